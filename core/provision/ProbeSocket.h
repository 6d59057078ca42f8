#pragma once

#include <QByteArray>
#include <QString>

namespace mc::provision {

// Plain blocking TCP exchanges for checks run on worker threads: a
// ZooKeeper four-letter word, an HTTP/1.0 GET. Every call bounded by its
// timeout; errors say what happened ("Connection refused", "no answer within
// 3000 ms").
class ProbeSocket
{
public:
    struct Exchange
    {
        bool connected = false;
        QByteArray answer;
        QString error;
    };
    struct HttpAnswer
    {
        bool reached = false; // an HTTP status line came back
        int status = 0;
        QByteArray location;
        QByteArray body;
        QString error;
    };

    // Sends `request`, reads until the peer closes or the deadline passes.
    [[nodiscard]] static Exchange exchange(const QString &address, quint16 port, const QByteArray &request,
                                           int timeoutMs);
    [[nodiscard]] static HttpAnswer get(const QString &address, quint16 port, const QByteArray &path,
                                        int timeoutMs);
};

} // namespace mc::provision
