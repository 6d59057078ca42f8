#pragma once

#include <QHostAddress>
#include <QString>
#include <QThread>

#include <atomic>

namespace mc::test {

// A tiny HTTP server on 127.0.0.1 in its own thread that answers every
// request with its id (body "<id>\n"), so a test can see which backend a
// load balancer picked. Counts the requests it served.
class HttpIdServer
{
public:
    explicit HttpIdServer(QString id, const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    ~HttpIdServer();
    HttpIdServer(const HttpIdServer &) = delete;
    HttpIdServer &operator=(const HttpIdServer &) = delete;

    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString id() const { return m_id; }
    [[nodiscard]] int requestCount() const { return m_requests.load(); }

private:
    QString m_id;
    quint16 m_port = 0;
    std::atomic<int> m_requests { 0 };
    QThread m_thread;
};

// A TCP port on 127.0.0.1 that was free a moment ago.
quint16 freeTcpPort();

// A blocking HTTP/1.0 GET with a Host header; returns "<status> <body>" or an
// empty string when nothing answered within the timeout.
QString httpGet(quint16 port, const QString &host, const QString &path = QStringLiteral("/"),
                int timeoutMs = 5000);
QString httpGet(const QHostAddress &address, quint16 port, const QString &host,
                const QString &path = QStringLiteral("/"), int timeoutMs = 5000);

} // namespace mc::test
