#include "core/cluster/ServiceProbe.h"

#include <QDeadlineTimer>
#include <QTcpSocket>
#include <QThread>

namespace mc::cluster {

namespace {

constexpr int kPollIntervalMs = 250;

// Sends `request` and reads until the peer closes (or the deadline).
std::optional<QByteArray> exchange(const QString &address, quint16 port, const QByteArray &request,
                                   int timeoutMs, QString *detail)
{
    QDeadlineTimer deadline(timeoutMs);
    QTcpSocket socket;
    socket.connectToHost(address, port);
    if (!socket.waitForConnected(int(qMax<qint64>(1, deadline.remainingTime())))) {
        if (detail)
            *detail = socket.errorString();
        return std::nullopt;
    }
    socket.write(request);
    socket.waitForBytesWritten(int(qMax<qint64>(1, deadline.remainingTime())));
    QByteArray answer;
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            answer += socket.readAll();
        else if (socket.state() == QAbstractSocket::ConnectedState && deadline.hasExpired())
            break;
    }
    answer += socket.readAll();
    return answer;
}

bool httpOk(const QString &address, quint16 port, const QByteArray &path, int timeoutMs, QString *detail)
{
    const QByteArray request
        = "GET " + path + " HTTP/1.0\r\nHost: " + address.toUtf8() + "\r\nConnection: close\r\n\r\n";
    const auto answer = exchange(address, port, request, timeoutMs, detail);
    if (!answer)
        return false;
    const QByteArray statusLine = answer->left(answer->indexOf("\r\n"));
    if (detail)
        *detail = QString::fromLatin1(statusLine);
    return statusLine.startsWith("HTTP/1.") && statusLine.mid(9, 3) == "200";
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
        auto answer = exchange(address, ports.zooKeeper, "srvr", timeoutMs, detail);
        if (answer && answer->contains("Mode:")) {
            if (detail) {
                const qsizetype at = answer->indexOf("Mode:");
                *detail = QString::fromLatin1(answer->mid(at, answer->indexOf('\n', at) - at)).trimmed();
            }
            return true;
        }
        if (!answer || !answer->contains("whitelist")) {
            if (answer && detail)
                *detail = QString::fromLatin1(answer->trimmed().left(200));
            return false;
        }
        answer = exchange(address, ports.zooKeeper, "ruok", timeoutMs, detail);
        if (answer && answer->startsWith("imok")) {
            if (detail)
                *detail = QStringLiteral("imok");
            return true;
        }
        return false;
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
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (answers(service, address, ports, 1000, detail))
            return true;
        if (deadline.hasExpired() || (cancelled && cancelled()))
            return false;
        QThread::msleep(kPollIntervalMs);
    }
}

} // namespace mc::cluster
