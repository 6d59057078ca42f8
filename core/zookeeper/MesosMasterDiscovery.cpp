#include "core/zookeeper/MesosMasterDiscovery.h"

#include "core/mesos/MesosParser.h"
#include "core/zookeeper/ZooKeeperSession.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThreadPool>

#include <algorithm>

namespace mc::zookeeper {

namespace {
quint64 sequenceOf(const QString &node)
{
    return node.mid(node.lastIndexOf(u'_') + 1).toULongLong();
}
} // namespace

Result<MesosMasters> MesosMasterDiscovery::fetch(const ZkUrl &url, int timeoutMs)
{
    auto session = ZooKeeperSession::connect(url, timeoutMs);
    if (!session.ok())
        return session.error();
    const auto children = session.value()->children(url.path);
    if (!children.ok())
        return children.error();

    QStringList contenders;
    MesosMasters masters;
    for (const QString &child : children.value()) {
        if (child.startsWith(QStringLiteral("json.info_")))
            contenders << child;
        else if (child.startsWith(QStringLiteral("info_")))
            masters.legacyNodes << child;
    }
    std::sort(contenders.begin(), contenders.end(),
              [](const QString &a, const QString &b) { return sequenceOf(a) < sequenceOf(b); });
    for (const QString &node : std::as_const(contenders)) {
        // A contender may vanish between listing and reading (failover): skip it.
        const auto data = session.value()->data(url.path + u'/' + node);
        if (!data.ok())
            continue;
        const auto info = mesos::MesosParser::parseMasterInfo(data.value());
        if (!info.ok())
            return Error { info.error().message + u' '
                               + QCoreApplication::translate("mc::zookeeper::MesosMasterDiscovery",
                                                             "(ZooKeeper node %1)")
                                     .arg(url.path + u'/' + node),
                           info.error().detail };
        masters.members.push_back({ node, info.value() });
    }
    if (!masters.members.empty())
        masters.leader = masters.members.front().info;
    else if (!masters.legacyNodes.isEmpty())
        return Error { QCoreApplication::translate(
                           "mc::zookeeper::MesosMasterDiscovery",
                           "The masters under %1 are Mesos 0.19-0.23: they register binary "
                           "info_* nodes that the console cannot read. Connect with "
                           "--master http://host:5050 instead.")
                           .arg(url.path),
                       masters.legacyNodes.join(u' ') };
    return masters;
}

void MesosMasterDiscovery::discover(const ZkUrl &url, QObject *context,
                                    std::function<void(Result<MesosMasters>)> callback, int timeoutMs)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([url, guard, callback = std::move(callback), timeoutMs] {
        auto result = std::make_shared<Result<MesosMasters>>(fetch(url, timeoutMs));
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, callback, result] {
                if (guard)
                    callback(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

} // namespace mc::zookeeper
