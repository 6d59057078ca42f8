#include "core/zookeeper/ZooKeeperProbe.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <memory>

namespace mc::zookeeper {

void ZooKeeperProbe::ask(const QString &host, quint16 port, const QByteArray &word, QObject *context,
                         std::function<void(Result<QByteArray>)> callback, int timeoutMs)
{
    auto *socket = new QTcpSocket(context);
    auto *timer = new QTimer(socket);
    auto buffer = std::make_shared<QByteArray>();
    auto done = std::make_shared<bool>(false);
    const QString where = QStringLiteral("%1:%2").arg(host, QString::number(port));
    auto finish = [socket, done, callback](Result<QByteArray> result) {
        if (*done)
            return;
        *done = true;
        socket->abort();
        socket->deleteLater();
        callback(std::move(result));
    };
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, socket, [finish, where, word, timeoutMs] {
        finish(Error { tr("ZooKeeper %1 did not answer '%2' within %3 s.")
                           .arg(where, QString::fromLatin1(word))
                           .arg(timeoutMs / 1000.0),
                       {} });
    });
    QObject::connect(socket, &QTcpSocket::connected, socket, [socket, word] { socket->write(word); });
    QObject::connect(socket, &QTcpSocket::readyRead, socket,
                     [socket, buffer] { *buffer += socket->readAll(); });
    QObject::connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer, finish, where, word] {
        *buffer += socket->readAll();
        if (buffer->contains("is not executed because it is not in the whitelist")) {
            finish(Error {
                tr("ZooKeeper %1 refuses the '%2' command: add it to 4lw.commands.whitelist in zoo.cfg.")
                    .arg(where, QString::fromLatin1(word)),
                QString::fromUtf8(*buffer) });
            return;
        }
        if (buffer->contains("not currently serving requests")) {
            finish(Error {
                tr("ZooKeeper %1 is not serving requests: it has no quorum or is still starting.").arg(where),
                QString::fromUtf8(*buffer) });
            return;
        }
        finish(*buffer);
    });
    QObject::connect(
        socket, &QTcpSocket::errorOccurred, socket, [socket, finish, where](QAbstractSocket::SocketError e) {
            if (e == QAbstractSocket::RemoteHostClosedError)
                return; // the answer ends with the close: handled in disconnected
            finish(Error { tr("Cannot reach ZooKeeper %1: %2").arg(where, socket->errorString()), {} });
        });
    timer->start(timeoutMs);
    socket->connectToHost(host, port);
}

void ZooKeeperProbe::applySrvr(const QByteArray &answer, ZkServerStatus &status)
{
    const QList<QByteArray> lines = answer.split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const qsizetype colon = line.indexOf(u':');
        if (colon < 0)
            continue;
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == u"Mode") {
            status.mode = value;
        } else if (key == u"Zookeeper version") {
            status.version = value.section(u',', 0, 0).section(u'-', 0, 0);
        } else if (key == u"Latency min/avg/max") {
            const QStringList parts = value.split(u'/');
            if (parts.size() == 3) {
                status.latencyMin = parts[0].toDouble();
                status.latencyAvg = parts[1].toDouble();
                status.latencyMax = parts[2].toDouble();
            }
        } else if (key == u"Connections") {
            status.connections = value.toInt();
        } else if (key == u"Outstanding") {
            status.outstanding = value.toInt();
        } else if (key == u"Node count") {
            status.znodes = value.toLongLong();
        }
    }
}

void ZooKeeperProbe::applyMntr(const QByteArray &answer, ZkServerStatus &status)
{
    const QList<QByteArray> lines = answer.split('\n');
    for (const QByteArray &raw : lines) {
        const QList<QByteArray> parts = raw.trimmed().split('\t');
        if (parts.size() != 2)
            continue;
        const QByteArray &key = parts[0];
        const QString value = QString::fromUtf8(parts[1]);
        if (key == "zk_server_state")
            status.mode = value;
        else if (key == "zk_avg_latency")
            status.latencyAvg = value.toDouble();
        else if (key == "zk_min_latency")
            status.latencyMin = value.toDouble();
        else if (key == "zk_max_latency")
            status.latencyMax = value.toDouble();
        else if (key == "zk_num_alive_connections")
            status.connections = value.toInt();
        else if (key == "zk_outstanding_requests")
            status.outstanding = value.toInt();
        else if (key == "zk_znode_count")
            status.znodes = value.toLongLong();
        else if (key == "zk_version")
            status.version = value.section(u',', 0, 0).section(u'-', 0, 0);
    }
}

void ZooKeeperProbe::probe(const QString &host, quint16 port, QObject *context, Callback callback,
                           int timeoutMs)
{
    auto status = std::make_shared<ZkServerStatus>();
    status->hostPort = QStringLiteral("%1:%2").arg(host, QString::number(port));
    auto pending = std::make_shared<int>(3);
    QPointer<QObject> guard(context);
    auto finishOne = [status, pending, callback, guard] {
        if (--*pending == 0 && guard)
            callback(*status);
    };
    auto noteError = [status](const Error &error) {
        if (status->error.isEmpty())
            status->error = error.message;
    };
    // Each answer applied to the status as it comes; the callback once all three are in.
    const auto askFor
        = [&](const char *word, std::function<void(const QByteArray &, ZkServerStatus &)> apply) {
              ask(
                  host, port, word, context,
                  [status, finishOne, noteError, apply = std::move(apply)](Result<QByteArray> r) {
                      if (r.ok())
                          apply(r.value(), *status);
                      else
                          noteError(r.error());
                      finishOne();
                  },
                  timeoutMs);
          };
    askFor("ruok",
           [](const QByteArray &answer, ZkServerStatus &s) { s.healthy = answer.trimmed() == "imok"; });
    askFor("srvr", applySrvr);
    askFor("mntr", applyMntr);
}

} // namespace mc::zookeeper
