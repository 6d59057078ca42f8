#include "core/cluster/ServiceProbe.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QThread>

namespace mc::cluster {

namespace {

constexpr qint64 kPollIntervalMs = 250;
constexpr qint64 kAttemptTimeoutMs = 1000;
// A later attempt needs at least this long to be worth making: one cut shorter by the deadline
// would only say "no answer within 1 ms" in place of what the service last answered.
constexpr qint64 kShortestRetryMs = 50;

QString tr(const char *text)
{
    return QCoreApplication::translate("mc::cluster::ServiceProbe", text);
}

QString hostPort(const QString &address, quint16 port)
{
    return address.contains(u':') ? QStringLiteral("[%1]:%2").arg(address, QString::number(port))
                                  : QStringLiteral("%1:%2").arg(address, QString::number(port));
}

// What one request/answer exchange got: the bytes until the peer closed (or
// the deadline), or why there were none.
struct Exchange
{
    bool connected = false;
    bool timedOut = false; // the deadline passed before the peer closed
    QByteArray answer;
    QString error; // connecting failed: the socket's reason
};

// Sends `request` and reads until the peer closes (or the deadline).
Exchange exchange(const QString &address, quint16 port, const QByteArray &request, int timeoutMs)
{
    Exchange result;
    QDeadlineTimer deadline(timeoutMs);
    QTcpSocket socket;
    socket.connectToHost(address, port);
    if (!socket.waitForConnected(int(qMax<qint64>(1, deadline.remainingTime())))) {
        result.timedOut = socket.error() == QAbstractSocket::SocketTimeoutError;
        result.error
            = result.timedOut ? tr("no connection within %1 ms").arg(timeoutMs) : socket.errorString();
        return result;
    }
    result.connected = true;
    socket.write(request);
    socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())));
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            result.answer += socket.readAll();
    }
    result.timedOut = socket.state() == QAbstractSocket::ConnectedState;
    result.answer += socket.readAll();
    return result;
}

// GET `path`; true on 200. `detail`: the status line, or why there is none,
// naming the URL.
bool httpOk(const QString &address, quint16 port, const QByteArray &path, int timeoutMs, QString *detail)
{
    const QString url = QStringLiteral("http://%1%2").arg(hostPort(address, port), QString::fromLatin1(path));
    const QByteArray request
        = "GET " + path + " HTTP/1.0\r\nHost: " + address.toUtf8() + "\r\nConnection: close\r\n\r\n";
    const Exchange got = exchange(address, port, request, timeoutMs);
    const qsizetype lineEnd = got.answer.indexOf("\r\n");
    const QByteArray statusLine = lineEnd >= 0 ? got.answer.left(lineEnd) : QByteArray();
    const bool ok = statusLine.startsWith("HTTP/1.") && statusLine.mid(9, 3) == "200";
    if (detail) {
        if (!got.connected)
            *detail = tr("GET %1: %2").arg(url, got.error);
        else if (!statusLine.isEmpty())
            *detail = tr("GET %1: %2").arg(url, QString::fromLatin1(statusLine));
        else if (got.timedOut)
            *detail = tr("GET %1: no answer within %2 ms").arg(url).arg(timeoutMs);
        else
            *detail = tr("GET %1: the connection was closed without an answer").arg(url);
    }
    return ok;
}

} // namespace

bool ServiceProbe::hasProbe(Service service)
{
    return isMasterService(service);
}

bool ServiceProbe::answers(Service service, const QString &address, const Ports &ports, int timeoutMs,
                           QString *detail)
{
    switch (service) {
    case Service::ZooKeeper: {
        // `srvr` answers with "Mode: leader|follower|standalone" only while the
        // server serves (is in a quorum); `ruok` only says the process is up, so it
        // is used only where srvr is not whitelisted.
        const QString where = hostPort(address, ports.zooKeeper);
        const auto failed = [&](const Exchange &got, const char *command) {
            if (detail) {
                if (!got.connected)
                    *detail = tr("%1 %2: %3").arg(QString::fromLatin1(command), where, got.error);
                else if (!got.answer.trimmed().isEmpty())
                    *detail = tr("%1 %2: %3")
                                  .arg(QString::fromLatin1(command), where,
                                       QString::fromLatin1(got.answer.trimmed().left(200)));
                else if (got.timedOut)
                    *detail = tr("%1 %2: no answer within %3 ms")
                                  .arg(QString::fromLatin1(command), where)
                                  .arg(timeoutMs);
                else
                    *detail = tr("%1 %2: the connection was closed without an answer")
                                  .arg(QString::fromLatin1(command), where);
            }
            return false;
        };
        const Exchange srvr = exchange(address, ports.zooKeeper, "srvr", timeoutMs);
        if (srvr.answer.contains("Mode:")) {
            if (detail) {
                const qsizetype at = srvr.answer.indexOf("Mode:");
                *detail
                    = QString::fromLatin1(srvr.answer.mid(at, srvr.answer.indexOf('\n', at) - at)).trimmed();
            }
            return true;
        }
        if (!srvr.answer.contains("whitelist"))
            return failed(srvr, "srvr");
        const Exchange ruok = exchange(address, ports.zooKeeper, "ruok", timeoutMs);
        if (ruok.answer.startsWith("imok")) {
            if (detail)
                *detail = QStringLiteral("imok");
            return true;
        }
        return failed(ruok, "ruok");
    }
    case Service::MesosMaster:
        return httpOk(address, ports.mesosMaster, "/health", timeoutMs, detail);
    case Service::Marathon:
        return httpOk(address, ports.marathon, "/ping", timeoutMs, detail);
    case Service::HAProxy:
    case Service::MesosAgent:
    case Service::Docker:
        break;
    }
    return false;
}

bool ServiceProbe::waitUntilAnswers(Service service, const QString &address, const Ports &ports,
                                    int timeoutMs, const std::function<bool()> &cancelled, QString *detail)
{
    // No attempt outlasts the deadline: each gets at most what is left of it.
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        const qint64 left = deadline.isForever() ? kAttemptTimeoutMs : deadline.remainingTime();
        if (answers(service, address, ports, int(qBound<qint64>(1, left, kAttemptTimeoutMs)), detail))
            return true;
        if (deadline.hasExpired() || (cancelled && cancelled()))
            return false;
        const qint64 pause = deadline.isForever() ? kPollIntervalMs : deadline.remainingTime();
        QThread::msleep(quint64(qBound<qint64>(0, pause, kPollIntervalMs)));
        if (!deadline.isForever() && deadline.remainingTime() < kShortestRetryMs)
            return false;
    }
}

} // namespace mc::cluster
