#pragma once

#include "localcluster/HttpRequest.h"
#include "localcluster/HttpRequestParser.h"
#include "localcluster/HttpResponse.h"

#include <QObject>

#include <functional>

class QTcpSocket;

namespace mc::localcluster {

// One client connection of HttpServer: parses requests one at a time
// (no pipelining: the next request is read once the current one has been
// answered), writes complete or streamed responses.
class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const HttpRequest &, HttpConnection *)>;

    HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent = nullptr);
    ~HttpConnection() override;

    // Answers the current request. May be called later than the handler
    // returned (slow endpoints); ignored when the connection is gone.
    void respond(const HttpResponse &response);
    // Starts an open-ended response (Server-Sent Events): status line and
    // headers, "Connection: close", no length. Then write() and close().
    void beginStream(int status, const QList<QPair<QByteArray, QByteArray>> &headers);
    void write(const QByteArray &bytes);
    [[nodiscard]] bool isStreaming() const { return m_streaming; }
    // Graceful close after pending bytes are written.
    void close();
    // Drops the connection at once (fault injection); what was not sent yet is lost.
    void abort();
    // Sends what is buffered now, as far as the socket takes it without blocking.
    void flush();
    [[nodiscard]] QByteArray peerAddress() const;

    static QByteArray reasonPhrase(int status);

Q_SIGNALS:
    void closed();

private:
    void readAvailable();
    void processBuffer();
    void fail(int status, const QByteArray &message);
    void finish();

    QTcpSocket *m_socket;
    Handler m_handler;
    HttpRequestParser m_parser;
    bool m_busy = false;
    bool m_keepAlive = true; // of the request being answered
    bool m_head = false;
    bool m_streaming = false;
    bool m_closing = false;
    bool m_finished = false;
};

} // namespace mc::localcluster
