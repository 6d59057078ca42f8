#pragma once

#include "localcluster/HttpConnection.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

class QTcpServer;

namespace mc::localcluster {

// A small HTTP/1.1 server on QTcpServer: keep-alive, Content-Length bodies,
// answers that may come later, streamed answers. Every request goes to one
// handler.
class HttpServer : public QObject
{
    Q_OBJECT

public:
    explicit HttpServer(HttpConnection::Handler handler, QObject *parent = nullptr);
    ~HttpServer() override;

    // port 0 = any free port. Returns false (see errorString()) on failure.
    bool listen(const QHostAddress &address, quint16 port);
    // Stops listening and drops every open connection (a process that dies).
    void close();
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QHostAddress address() const { return m_address; }
    [[nodiscard]] QString errorString() const { return m_error; }
    // Open streamed connections (SSE) etc.
    [[nodiscard]] QList<HttpConnection *> connections() const;

private:
    void acceptConnections();

    HttpConnection::Handler m_handler;
    QTcpServer *m_server = nullptr;
    QList<QPointer<HttpConnection>> m_connections;
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_error;
};

} // namespace mc::localcluster
