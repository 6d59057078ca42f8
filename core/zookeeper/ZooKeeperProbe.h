#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace mc::zookeeper {

// What the four-letter words say about one ZooKeeper server.
struct ZkServerStatus
{
    QString hostPort;
    bool healthy = false; // ruok -> imok
    QString mode; // leader, follower, standalone, observer
    QString version;
    double latencyMin = 0;
    double latencyAvg = 0;
    double latencyMax = 0;
    int connections = 0;
    int outstanding = 0;
    qint64 znodes = 0;
    QString error; // empty when the server answered

    bool operator==(const ZkServerStatus &) const = default;
};

// Asks one server `ruok`, `srvr` and `mntr` over plain TCP (each word its own
// connection, as ZooKeeper closes after answering). Servers must whitelist
// the words (4lw.commands.whitelist); a refused word is reported, not hidden.
class ZooKeeperProbe
{
    Q_DECLARE_TR_FUNCTIONS(mc::zookeeper::ZooKeeperProbe)

public:
    using Callback = std::function<void(ZkServerStatus)>;
    static void probe(const QString &host, quint16 port, QObject *context, Callback callback,
                      int timeoutMs = 3000);

    // One word, raw answer.
    static void ask(const QString &host, quint16 port, const QByteArray &word, QObject *context,
                    std::function<void(Result<QByteArray>)> callback, int timeoutMs = 3000);

    static void applySrvr(const QByteArray &answer, ZkServerStatus &status);
    static void applyMntr(const QByteArray &answer, ZkServerStatus &status);
};

} // namespace mc::zookeeper
