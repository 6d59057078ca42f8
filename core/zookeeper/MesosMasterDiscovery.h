#pragma once

#include "core/mesos/MasterInfo.h"
#include "core/util/Result.h"
#include "core/zookeeper/ZkUrl.h"

#include <QObject>

#include <functional>
#include <optional>
#include <vector>

namespace mc::zookeeper {

// The Mesos masters registered under a zk:// znode.
struct MesosMasters
{
    struct Member
    {
        QString node; // json.info_0000000007
        mesos::MasterInfo info;
    };
    std::vector<Member> members; // lowest sequence first
    std::optional<mesos::MasterInfo> leader; // none: no master registered ("electing")
    QStringList legacyNodes; // info_* (0.19-0.23, binary protobuf): not readable here
};

// Leader discovery the way Mesos does it: the contender with the lowest
// json.info_<sequence> child of the znode leads. Runs the blocking ZooKeeper
// client on the thread pool; results come back on the caller's thread.
class MesosMasterDiscovery
{
public:
    // Blocking; never call it on the GUI thread.
    [[nodiscard]] static Result<MesosMasters> fetch(const ZkUrl &url, int timeoutMs = 5000);
    // Asynchronous: `callback` runs on `context`'s thread unless `context` is gone.
    static void discover(const ZkUrl &url, QObject *context,
                         std::function<void(Result<MesosMasters>)> callback, int timeoutMs = 5000);
};

} // namespace mc::zookeeper
