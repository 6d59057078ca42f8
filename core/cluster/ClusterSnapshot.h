#pragma once

#include "core/cluster/ConnectionState.h"
#include "core/cluster/ResourceTotals.h"
#include "core/marathon/App.h"
#include "core/marathon/Deployment.h"
#include "core/marathon/MarathonInfo.h"
#include "core/marathon/MarathonTask.h"
#include "core/mesos/Agent.h"
#include "core/mesos/Framework.h"
#include "core/mesos/MasterInfo.h"
#include "core/mesos/MesosParser.h"
#include "core/mesos/Task.h"
#include "core/mesos/TaskList.h"
#include "core/zookeeper/ZooKeeperProbe.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QUrl>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace mc::cluster {

// One master as the watcher last saw it.
struct MasterStatus
{
    QUrl url;
    QString name; // hostname:port
    bool reachable = false;
    bool leader = false;
    QString version;
    QString error;

    bool operator==(const MasterStatus &) const = default;
};

// How the watcher finds the masters: through ZooKeeper (given, or learned from
// the masters' --zk flag or Marathon's --master), or by polling the masters it
// was given and learned (from ZooKeeper before, or from the state's leader).
struct WatchRoute
{
    enum class Way { None, ZooKeeper, Masters };
    Way way = Way::None;
    QString zkUrl; // the ensemble (credentials removed); empty: none known
    bool zkLearned = false; // zkUrl came from the cluster, not from the user
    QList<QUrl> masters; // every master known: given and learned
    bool mastersLearned = false; // masters holds some the user did not give
    QString reason; // why not ZooKeeper (file:// flag, unreachable from here); empty: no reason to tell

    bool operator==(const WatchRoute &) const = default;
};

// An immutable picture of the cluster at one moment. The big lists are
// shared between consecutive snapshots when they did not change.
struct ClusterSnapshot
{
    template<typename T> using List = std::shared_ptr<const std::vector<T>>;

    quint64 generation = 0;
    QDateTime time;

    ConnectionState mesos;
    ConnectionState marathon;

    QString clusterName;
    QString mesosVersion;
    std::optional<mesos::MasterInfo> leader; // none: no leader known / electing
    bool electing = false;
    std::vector<MasterStatus> masters;
    std::vector<zookeeper::ZkServerStatus> zookeeper;
    WatchRoute watch;
    bool mesosPolled = true; // the leader's state is polled; false: followed by its event stream
    ResourceTotals totals;
    mesos::Metrics metrics;
    bool hasTaskList = false; // tasks come from full state only

    List<mesos::Agent> agents = std::make_shared<const std::vector<mesos::Agent>>();
    List<mesos::Framework> frameworks = std::make_shared<const std::vector<mesos::Framework>>();
    std::shared_ptr<const mesos::TaskList> tasks = std::make_shared<const mesos::TaskList>();

    std::optional<marathon::MarathonInfo> marathonInfo;
    // A changed app is a new object, an unchanged one the same in every snapshot (see SharedList).
    std::shared_ptr<const SharedList<marathon::App>> apps = std::make_shared<const SharedList<marathon::App>>();
    std::shared_ptr<const SharedList<marathon::MarathonTask>> marathonTasks
        = std::make_shared<const SharedList<marathon::MarathonTask>>();
    List<marathon::Deployment> deployments = std::make_shared<const std::vector<marathon::Deployment>>();
    // Deployments Marathon reported as failed on its event stream (cancelled,
    // rolled back, forced over): id and reason, oldest first, the last few.
    QList<QPair<QString, QString>> failedDeployments;
    // Deployments Marathon reported as succeeded on its event stream: id and the
    // apps of its plan (when the event has one), oldest first, the last few.
    QList<QPair<QString, QStringList>> succeededDeployments;
    // Of those, the ones whose plan stopped apps (StopApplication: destroyed): id and the apps.
    QList<QPair<QString, QStringList>> destroyingDeployments;
};

using SnapshotPtr = std::shared_ptr<const ClusterSnapshot>;

} // namespace mc::cluster
