#pragma once

#include "core/provision/Plan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mc::provision {

// One answer (or silence) of one service on one host.
struct PostflightCheck
{
    QString service; // "ZooKeeper", "Mesos master", "Marathon"
    QString host;
    QString endpoint; // address:port asked
    bool reached = false; // the service answered at all
    bool ok = false; // it answered what a working cluster answers
    QString role; // ZooKeeper: leader/follower/standalone; Mesos: the leader it names
    QString detail; // what it said, or why it could not be asked
};

// The verdict on one service across the cluster.
struct PostflightVerdict
{
    QString service;
    bool ok = false;
    QString text; // "1 leader, 2 followers" / "leader 10.0.0.1:5050" / why not
};

struct PostflightReport
{
    QList<PostflightCheck> checks; // in target order
    QList<PostflightVerdict> verdicts; // ZooKeeper, Mesos, Marathon (those with targets)

    [[nodiscard]] bool ok() const
    {
        for (const PostflightVerdict &v : verdicts) {
            if (!v.ok)
                return false;
        }
        return !verdicts.isEmpty();
    }
    [[nodiscard]] const PostflightVerdict *verdict(const QString &service) const
    {
        for (const PostflightVerdict &v : verdicts) {
            if (v.service == service)
                return &v;
        }
        return nullptr;
    }
    // One line per check, then one per verdict.
    [[nodiscard]] QString text() const;
};

// Where the postflight asks.
struct PostflightTargets
{
    struct Endpoint
    {
        QString host; // inventory name
        QString address;
        quint16 port = 0;
    };
    QList<Endpoint> zooKeeper;
    QList<Endpoint> mesosMasters;
    QList<Endpoint> marathons;
    // Where the masters register (zk://…/mesos): the leader as ZooKeeper
    // sees it (lowest json.info_* node), also when the masters' HTTP ports
    // cannot be reached from here. Empty: not asked.
    QString mesosZkUrl;

    // The masters of a plan that run these roles ("zookeeper", "mesos-master",
    // "marathon"), at their address and the recipe's ports (zk_client_port,
    // mesos_master_port, marathon_http_port; defaults 2181, 5050, 8080), and
    // the masters' zk_url.
    [[nodiscard]] static PostflightTargets fromPlan(const Plan &plan);
};

// Asks a provisioned cluster whether it works: ZooKeeper `srvr` on every
// server (exactly one leader, the rest followers, or one standalone); Mesos
// GET /master/redirect on every master (all name the same elected leader);
// Marathon GET /ping (pong). The Mesos leader is also read from ZooKeeper's
// json.info_* nodes when a zk:// URL is given (a leader known there but not
// reachable over HTTP from here still counts as elected). Every endpoint at
// once, each bounded by `timeoutMs`. Blocking: call it off the GUI thread.
class Postflight
{
public:
    [[nodiscard]] static PostflightReport run(const PostflightTargets &targets, int timeoutMs = 3000);

    static inline const QString kZooKeeper = QStringLiteral("ZooKeeper");
    static inline const QString kMesos = QStringLiteral("Mesos master");
    static inline const QString kMarathon = QStringLiteral("Marathon");
};

} // namespace mc::provision
