#include "localcluster/HttpServer.h"

#include <QTcpServer>
#include <QTcpSocket>

namespace mc::localcluster {

HttpServer::HttpServer(HttpConnection::Handler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{ }

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    m_server = new QTcpServer(this);
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    m_address = address;
    m_port = m_server->serverPort();
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
    return true;
}

void HttpServer::close()
{
    if (m_server) {
        m_server->close();
        delete m_server;
        m_server = nullptr;
    }
    const auto connections = m_connections;
    m_connections.clear();
    for (const QPointer<HttpConnection> &c : connections) {
        if (c)
            c->abort();
    }
}

bool HttpServer::isListening() const
{
    return m_server && m_server->isListening();
}

QList<HttpConnection *> HttpServer::connections() const
{
    QList<HttpConnection *> list;
    for (const QPointer<HttpConnection> &c : m_connections) {
        if (c)
            list.append(c.data());
    }
    return list;
}

void HttpServer::acceptConnections()
{
    while (m_server && m_server->hasPendingConnections()) {
        QTcpSocket *socket = m_server->nextPendingConnection();
        auto *connection = new HttpConnection(socket, m_handler, this);
        m_connections.removeIf([](const QPointer<HttpConnection> &c) { return c.isNull(); });
        m_connections.append(connection);
    }
}

} // namespace mc::localcluster
