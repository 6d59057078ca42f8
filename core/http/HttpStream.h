#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <optional>

class QSslSocket;

namespace mc::http {

class HttpClient;

// One HTTP/1.1 request whose answer is read as a stream, on a socket of its own: for
// answers that are long or never end (Mesos' SUBSCRIBE). QNetworkAccessManager reads its
// socket in its network thread without a limit, so a reader that falls behind leaves the
// bytes waiting in Qt (165 MB of a 100,000-task SUBSCRIBED, measured) instead of holding
// the server back. Here the socket's read buffer is bounded (`readBufferBytes`) and only
// what the caller read() is taken from it: beyond that TCP's flow control makes the
// sender wait.
//
// The client's credentials, TLS trust and proxy (the SSH tunnel's SOCKS port) apply as to
// its own requests; redirects are the caller's (status(), header("Location")). read()
// hands out the body decoded (chunked, Content-Length, or up to the close). Timeouts are
// the caller's too: a stream may rightly be silent between heartbeats.
class HttpStream : public QObject
{
    Q_OBJECT

public:
    HttpStream(const HttpClient *client, qint64 readBufferBytes, QObject *parent = nullptr);
    ~HttpStream() override;

    void post(const QUrl &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers);
    // Drops the connection; no signal follows.
    void abort();

    [[nodiscard]] QUrl url() const { return m_url; }
    // The answer's status, 0 until headersReceived().
    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    // Up to `max` bytes of the body; 0 when none are here yet (readyRead() tells when).
    qint64 read(char *data, qint64 max);
    // Why the stream ended early (after finished()); empty when the body ended as framed.
    [[nodiscard]] const std::optional<Error> &error() const { return m_error; }

    // Framing limits: a status or header line, all header lines, a chunk-size line.
    static constexpr qsizetype kMaxLineBytes = qsizetype(8) * 1024;
    static constexpr qsizetype kMaxHeadBytes = qsizetype(64) * 1024;

Q_SIGNALS:
    void headersReceived();
    void readyRead();
    // Once: the body ended, or the stream cannot go on (error() says why), and every byte
    // that came before was read.
    void finished();

private:
    enum class Phase { Connecting, StatusLine, Headers, Body, Done };
    enum class Framing { Chunked, Length, UntilClose };
    enum class Chunk { Size, Data, DataEnd, Trailers };

    void sendRequest();
    void onSocketReadyRead();
    void readHead();
    bool takeLine(QByteArray &line);
    void startBody();
    qint64 readChunked(char *data, qint64 max);
    void checkClosed(bool inRead = false);
    void onSocketError();
    void failWith(const Error &error);
    void finishLater();
    [[nodiscard]] QString where() const;

    const HttpClient *m_client;
    qint64 m_readBufferBytes;
    QSslSocket *m_socket = nullptr;
    QUrl m_url;
    QByteArray m_request;
    Phase m_phase = Phase::Connecting;
    Framing m_framing = Framing::UntilClose;
    Chunk m_chunk = Chunk::Size;
    qint64 m_remaining = 0; // of the chunk, or of the Content-Length body
    int m_status = 0;
    qsizetype m_headBytes = 0;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QStringList m_sslErrors;
    bool m_closed = false; // the peer closed, or the connection failed
    bool m_finishTold = false;
    std::optional<Error> m_error;
};

} // namespace mc::http
