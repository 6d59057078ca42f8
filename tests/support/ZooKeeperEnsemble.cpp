#include "tests/support/ZooKeeperEnsemble.h"

#include "app/gui/DemoZooKeeper.h"
#include "core/zookeeper/ZkUrl.h"
#include "core/zookeeper/ZooKeeperSession.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>

namespace mc::test {

QString startEnsemble(app::DemoZooKeeper &ensemble, int members, int timeoutMs)
{
    QString failure;
    const QMetaObject::Connection failed = QObject::connect(
        &ensemble, &app::DemoZooKeeper::failed, &ensemble, [&failure](const QString &reason) { failure = reason; });
    ensemble.start(members);
    const bool done = QTest::qWaitFor([&] { return ensemble.isReady() || !failure.isEmpty(); }, timeoutMs);
    QObject::disconnect(failed);
    if (!failure.isEmpty())
        return failure;
    return done ? QString() : QStringLiteral("the ZooKeeper ensemble did not serve within %1 ms").arg(timeoutMs);
}

QList<QPair<QString, QJsonObject>> masterContenders(const QString &zkUrl, const QString &path)
{
    QList<QPair<QString, QJsonObject>> out;
    const auto url = zookeeper::ZkUrl::parse(zkUrl);
    if (!url.ok())
        return out;
    auto session = zookeeper::ZooKeeperSession::connect(url.value(), 10000);
    if (!session.ok())
        return out;
    auto children = session.value()->children(path);
    if (!children.ok())
        return out;
    QStringList names = children.value();
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names)) {
        if (!name.startsWith(u"json.info_"))
            continue;
        const auto data = session.value()->data(path + u'/' + name);
        out.append({ name, data.ok() ? QJsonDocument::fromJson(data.value()).object() : QJsonObject() });
    }
    return out;
}

} // namespace mc::test
