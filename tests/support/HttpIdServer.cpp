#include "tests/support/HttpIdServer.h"

#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>

namespace mc::test {

HttpIdServer::HttpIdServer(QString id, const QHostAddress &address)
    : m_id(std::move(id))
{
    QSemaphore ready;
    m_thread.start();
    auto *server = new QTcpServer;
    server->moveToThread(&m_thread);
    QMetaObject::invokeMethod(server, [this, server, &ready, address] {
        QObject::connect(&m_thread, &QThread::finished, server, &QObject::deleteLater);
        server->listen(address, 0);
        m_port = server->serverPort();
        QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
            while (QTcpSocket *socket = server->nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray request = socket->peek(socket->bytesAvailable());
                    if (!request.contains("\r\n\r\n"))
                        return;
                    socket->readAll();
                    ++m_requests;
                    const QByteArray body = m_id.toUtf8() + '\n';
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
            }
        });
        ready.release();
    });
    ready.acquire();
}

HttpIdServer::~HttpIdServer()
{
    m_thread.quit();
    m_thread.wait();
}

quint16 freeTcpPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString httpGet(quint16 port, const QString &host, const QString &path, int timeoutMs)
{
    return httpGet(QHostAddress(QHostAddress::LocalHost), port, host, path, timeoutMs);
}

QString httpGet(const QHostAddress &address, quint16 port, const QString &host, const QString &path,
                int timeoutMs)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    if (!socket.waitForConnected(timeoutMs))
        return {};
    socket.write("GET " + path.toUtf8() + " HTTP/1.0\r\nHost: " + host.toUtf8() + "\r\n\r\n");
    QByteArray response;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(timeoutMs))
        response += socket.readAll();
    response += socket.readAll();
    const qsizetype headerEnd = response.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return {};
    const QList<QByteArray> statusLine = response.left(response.indexOf("\r\n")).split(' ');
    return QString::fromUtf8(statusLine.value(1) + ' ' + response.mid(headerEnd + 4).trimmed());
}

} // namespace mc::test
