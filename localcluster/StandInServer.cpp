#include "localcluster/StandInServer.h"

#include "localcluster/HttpServer.h"

#include <QDateTime>
#include <QLocale>

#include <cstdio>

namespace mc::localcluster {

StandInServer::StandInServer(QString taskId, QObject *parent)
    : QObject(parent)
    , m_taskId(std::move(taskId))
{
    m_server = new HttpServer(
        [this](const HttpRequest &request, HttpConnection *connection) {
            const QByteArray body = m_taskId.toUtf8() + '\n';
            connection->respond(HttpResponse::text(body));
            const QByteArray line = request.peer.toString().toUtf8() + " - - ["
                + QLocale::c()
                      .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("dd/MMM/yyyy:HH:mm:ss +0000"))
                      .toUtf8()
                + "] \"" + request.method + ' ' + request.target + " HTTP/1.1\" 200 "
                + QByteArray::number(body.size()) + " \"-\" \"" + request.header("user-agent") + "\"\n";
            std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
            std::fflush(stdout);
        },
        this);
}

bool StandInServer::listen(quint16 port, QString *error)
{
    // Every address, like a container port published on the host.
    if (!m_server->listen(QHostAddress::Any, port)) {
        *error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 StandInServer::port() const
{
    return m_server->port();
}

} // namespace mc::localcluster
