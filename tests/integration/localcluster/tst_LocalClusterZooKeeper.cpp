// `localcluster --zk`: three masters register in a real three-member ZooKeeper
// ensemble as Mesos masters do, the election follows ZooKeeper, and the
// console's watcher, given only the zk:// URL, finds the leader and follows a
// failover.
#include "app/gui/DemoZooKeeper.h"
#include "core/cluster/ClusterWatcher.h"
#include "core/zookeeper/ZkUrl.h"
#include "core/zookeeper/ZooKeeperSession.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/JsonShape.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TestPaths.h"
#include "tests/support/ZooKeeperEnsemble.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <csignal>

using namespace mc;

namespace {
constexpr int kEnsembleTimeoutMs = 120000; // three JVMs on a busy machine
constexpr int kElectionTimeoutMs = 30000;
} // namespace

class tst_LocalClusterZooKeeper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mastersRegisterAsJsonInfoNodes();
    void lowestSequenceLeadsEverywhere();
    void flagsNameTheZkUrlOnlyWithZk();
    void watcherFindsLeaderAndFollowsFailover();
    void restartedMasterIsAStandby();
    void killedProcessLosesItsSession();
    void cleanupTestCase();

private:
    // json.info_* children of `path`, sorted (lowest sequence first), with their JSON.
    QList<QPair<QString, QJsonObject>> members(const QString &path = QStringLiteral("/mesos"));
    int masterIndexOfPort(int port) const;

    app::DemoZooKeeper m_ensemble;
    std::unique_ptr<test::LocalClusterProcess> m_cluster;
};

void tst_LocalClusterZooKeeper::initTestCase()
{
    if (const QString why = app::DemoZooKeeper::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    const QString failure = test::startEnsemble(m_ensemble, 3, kEnsembleTimeoutMs);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(m_ensemble.modes().contains(QStringLiteral("leader")));
    QCOMPARE(m_ensemble.modes().count(QStringLiteral("follower")), 2);

    m_cluster = std::make_unique<test::LocalClusterProcess>(
        QStringList { QStringLiteral("--masters"), QStringLiteral("3"), QStringLiteral("--agents"),
                      QStringLiteral("1"), QStringLiteral("--zk"), m_ensemble.zkUrl() });
    QVERIFY2(m_cluster->start(kElectionTimeoutMs), qPrintable(m_cluster->error()));
    QCOMPARE(m_cluster->endpoints().value(u"zk").toString(), m_ensemble.zkUrl());
    QVERIFY2(!m_cluster->leaderUrl().isEmpty(), "the endpoints came before ZooKeeper elected a leader");
}

void tst_LocalClusterZooKeeper::cleanupTestCase()
{
    m_cluster.reset();
    m_ensemble.stop();
}

QList<QPair<QString, QJsonObject>> tst_LocalClusterZooKeeper::members(const QString &path)
{
    return test::masterContenders(m_ensemble.zkUrl(path), path);
}

int tst_LocalClusterZooKeeper::masterIndexOfPort(int port) const
{
    const QJsonArray masters = m_cluster->endpoints().value(u"masters").toArray();
    for (const QJsonValue &m : masters) {
        if (m.toObject().value(u"port").toInt() == port)
            return m.toObject().value(u"index").toInt();
    }
    return -1;
}

void tst_LocalClusterZooKeeper::mastersRegisterAsJsonInfoNodes()
{
    QTRY_COMPARE_WITH_TIMEOUT(members().size(), 3, kElectionTimeoutMs);
    QFile fixture(
        test::fixturePath(QStringLiteral("mesos/zookeeper/json.info_0000000007.assembled-1.11.json")));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    const QJsonObject reference = QJsonDocument::fromJson(fixture.readAll()).object();
    QSet<int> ports;
    static const QRegularExpression memberName(QStringLiteral("^json\\.info_\\d{10}$"));
    for (const auto &[name, info] : members()) {
        QVERIFY2(memberName.match(name).hasMatch(), qPrintable(name));
        const QStringList problems = test::jsonShapeProblems(info, reference);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(info.value(u"address").toObject().value(u"ip").toString(), QStringLiteral("127.0.0.1"));
        QCOMPARE(info.value(u"ip").toInteger(), 16777343); // 127.0.0.1 packed as Mesos does
        const int port = info.value(u"port").toInt();
        QCOMPARE(info.value(u"pid").toString(), QStringLiteral("master@127.0.0.1:%1").arg(port));
        QVERIFY(masterIndexOfPort(port) >= 0);
        ports << port;
    }
    QCOMPARE(ports.size(), 3); // one node per master
}

void tst_LocalClusterZooKeeper::lowestSequenceLeadsEverywhere()
{
    const auto nodes = members();
    QCOMPARE(nodes.size(), 3);
    const int leaderPort = nodes.first().second.value(u"port").toInt();
    const QString leader = QStringLiteral("http://127.0.0.1:%1").arg(leaderPort);
    QCOMPARE(m_cluster->leaderUrl(), leader);
    for (const QString &master : m_cluster->masterUrls()) {
        const test::HttpResult redirect = test::httpGet(master + QStringLiteral("/master/redirect"));
        QCOMPARE(redirect.status, 307);
        QCOMPARE(redirect.header("Location"), QStringLiteral("//127.0.0.1:%1").arg(leaderPort).toUtf8());
        const test::HttpResult metrics = test::httpGet(master + QStringLiteral("/metrics/snapshot"));
        QCOMPARE(metrics.json().object().value(u"master/elected").toDouble(), master == leader ? 1.0 : 0.0);
    }
    const QJsonObject state = test::httpGet(leader + QStringLiteral("/master/state")).json().object();
    QCOMPARE(state.value(u"leader").toString(), QStringLiteral("master@127.0.0.1:%1").arg(leaderPort));
    QCOMPARE(state.value(u"leader_info").toObject().value(u"id").toString(),
             nodes.first().second.value(u"id").toString());
}

void tst_LocalClusterZooKeeper::flagsNameTheZkUrlOnlyWithZk()
{
    for (const QString &master : m_cluster->masterUrls()) {
        const QJsonObject flags = test::httpGet(master + QStringLiteral("/master/flags"))
                                      .json()
                                      .object()
                                      .value(u"flags")
                                      .toObject();
        QCOMPARE(flags.value(u"zk").toString(), m_ensemble.zkUrl());
    }
    test::LocalClusterProcess plain({ QStringLiteral("--masters"), QStringLiteral("3"),
                                      QStringLiteral("--agents"), QStringLiteral("0") });
    QVERIFY2(plain.start(), qPrintable(plain.error()));
    QVERIFY(!plain.endpoints().contains(u"zk"));
    for (const QString &master : plain.masterUrls()) {
        const QJsonObject flags = test::httpGet(master + QStringLiteral("/master/flags"))
                                      .json()
                                      .object()
                                      .value(u"flags")
                                      .toObject();
        QVERIFY(flags.contains(u"port")); // the flags are there...
        QVERIFY2(!flags.contains(u"zk"), qPrintable(flags.value(u"zk").toString())); // ...but no zk
    }
}

void tst_LocalClusterZooKeeper::watcherFindsLeaderAndFollowsFailover()
{
    cluster::WatcherConfig config;
    config.zkUrl = m_ensemble.zkUrl();
    config.pollIntervalMs = 500;
    config.marathonEvents = false;
    cluster::ClusterWatcher watcher(config);
    watcher.start();
    const auto leaderPort = [&]() -> int {
        const cluster::SnapshotPtr s = watcher.snapshot();
        return s && s->leader ? s->leader->port : 0;
    };
    const int first = members().constFirst().second.value(u"port").toInt();
    QTRY_COMPARE_WITH_TIMEOUT(leaderPort(), first, kElectionTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(int(watcher.snapshot()->masters.size()), 3, kElectionTimeoutMs);
    // The ensemble itself: one leader and two followers.
    QTRY_COMPARE_WITH_TIMEOUT(int(watcher.snapshot()->zookeeper.size()), 3, kElectionTimeoutMs);
    QStringList modes;
    for (const zookeeper::ZkServerStatus &z : watcher.snapshot()->zookeeper)
        modes << z.mode;
    modes.sort();
    QCOMPARE(
        modes,
        (QStringList { QStringLiteral("follower"), QStringLiteral("follower"), QStringLiteral("leader") }));

    const test::HttpResult kill = test::httpRequest(
        "POST", m_cluster->marathonUrl() + QStringLiteral("/__admin/masters/leader/kill"));
    QCOMPARE(kill.status, 200);
    QCOMPARE(kill.json().object().value(u"killed").toInt(), masterIndexOfPort(first));
    // Its session closed: its node is gone and the next lowest leads, as the watcher sees it.
    QTRY_COMPARE_WITH_TIMEOUT(members().size(), 2, kElectionTimeoutMs);
    const int next = members().constFirst().second.value(u"port").toInt();
    QVERIFY(next != first);
    QTRY_COMPARE_WITH_TIMEOUT(leaderPort(), next, kElectionTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(int(watcher.snapshot()->masters.size()), 2, kElectionTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.snapshot()->mesos.kind == cluster::ConnectionState::Kind::Live,
                             kElectionTimeoutMs);
    const QJsonObject state
        = test::httpGet(QStringLiteral("http://127.0.0.1:%1/master/state").arg(next)).json().object();
    QCOMPARE(state.value(u"leader").toString(), QStringLiteral("master@127.0.0.1:%1").arg(next));
    watcher.stop();
}

void tst_LocalClusterZooKeeper::restartedMasterIsAStandby()
{
    const QJsonArray masters = m_cluster->currentMasters();
    int stopped = -1;
    for (const QJsonValue &m : masters) {
        if (!m.toObject().value(u"running").toBool())
            stopped = m.toObject().value(u"index").toInt();
    }
    QVERIFY(stopped >= 0); // killed by the failover test
    const QString leaderBefore = members().constFirst().first;
    QCOMPARE(test::httpRequest("POST",
                               m_cluster->marathonUrl()
                                   + QStringLiteral("/__admin/masters/%1/restart").arg(stopped))
                 .status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(members().size(), 3, kElectionTimeoutMs);
    const auto nodes = members();
    QCOMPARE(nodes.first().first, leaderBefore); // the leader keeps leading
    QCOMPARE(masterIndexOfPort(nodes.last().second.value(u"port").toInt()), stopped); // the newest node
}

void tst_LocalClusterZooKeeper::killedProcessLosesItsSession()
{
    // A localcluster that dies without closing its sessions: ZooKeeper drops its node after the
    // session timeout.
    test::LocalClusterProcess doomed({ QStringLiteral("--masters"), QStringLiteral("1"),
                                       QStringLiteral("--agents"), QStringLiteral("0"),
                                       QStringLiteral("--zk"), m_ensemble.zkUrl(QStringLiteral("/doomed")),
                                       QStringLiteral("--zk-session-timeout"), QStringLiteral("2000") });
    QVERIFY2(doomed.start(kElectionTimeoutMs), qPrintable(doomed.error()));
    QTRY_COMPARE_WITH_TIMEOUT(members(QStringLiteral("/doomed")).size(), 1, kElectionTimeoutMs);
    QVERIFY(::kill(pid_t(doomed.pid()), SIGKILL) == 0);
    QTRY_COMPARE_WITH_TIMEOUT(members(QStringLiteral("/doomed")).size(), 0, kElectionTimeoutMs);
    QCOMPARE(members().size(), 3); // the other group is untouched
}

QTEST_GUILESS_MAIN(tst_LocalClusterZooKeeper)
#include "tst_LocalClusterZooKeeper.moc"
