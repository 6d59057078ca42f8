// Given one master URL (or a Marathon URL alone), the watcher reads the masters' --zk flag
// (or Marathon's marathon_config.master), finds every master of a three-master localcluster
// registered in a real ZooKeeper ensemble, and follows a failover on its own. Where ZooKeeper
// cannot be reached from here it polls the masters it learned and says why.
#include "app/gui/DemoZooKeeper.h"
#include "core/cluster/ClusterWatcher.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TestPaths.h"
#include "tests/support/ZooKeeperEnsemble.h"
#include "widgets/cluster/ClusterOverview.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <algorithm>

using namespace mc;

namespace {
constexpr int kEnsembleTimeoutMs = 120000; // three JVMs on a busy machine
constexpr int kElectionTimeoutMs = 45000;

// TCP forwarders to the ensemble's members, on their own thread (the test's thread blocks in
// waits). close() stops accepting: connections made before keep working, new ones are refused,
// as ZooKeeper behind a firewall that the masters (already connected) still reach.
class Relay : public QObject
{
public:
    void listen(const QStringList &targets)
    {
        for (const QString &target : targets) {
            auto *server = new QTcpServer(this);
            server->listen(QHostAddress::LocalHost);
            const auto port = quint16(target.section(u':', -1).toUInt());
            connect(server, &QTcpServer::newConnection, this, [this, server, port] {
                while (QTcpSocket *in = server->nextPendingConnection()) {
                    auto *out = new QTcpSocket(this);
                    out->connectToHost(QHostAddress::LocalHost, port);
                    const auto pipe = [](QTcpSocket *from, QTcpSocket *to) {
                        connect(from, &QTcpSocket::readyRead, to, [from, to] { to->write(from->readAll()); });
                        connect(from, &QTcpSocket::disconnected, to, [to] { to->disconnectFromHost(); });
                    };
                    pipe(in, out);
                    pipe(out, in);
                }
            });
            m_servers << server;
            m_hostPorts << QStringLiteral("127.0.0.1:%1").arg(server->serverPort());
        }
    }
    void close()
    {
        for (QTcpServer *server : std::as_const(m_servers))
            server->close();
    }
    [[nodiscard]] QStringList hostPorts() const { return m_hostPorts; }

private:
    QList<QTcpServer *> m_servers;
    QStringList m_hostPorts;
};
} // namespace

class tst_EnsembleDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneMasterFindsTheRestAndFollowsFailover();
    void marathonAloneFindsTheMasters();
    void cliLeaderListsEveryMaster();
    void unreachableZooKeeperFallsBackToLearnedMasters();
    void cleanupTestCase();

private:
    [[nodiscard]] int lowestPort(const QString &path = QStringLiteral("/mesos")) const;
    void killLeaderAndCheckTakeover(cluster::ClusterWatcher &watcher, test::LocalClusterProcess &cluster,
                                    const QString &path);
    void restartStopped(test::LocalClusterProcess &cluster);
    static int leaderPort(const cluster::ClusterWatcher &watcher)
    {
        const cluster::SnapshotPtr s = watcher.snapshot();
        return s->leader ? s->leader->port : 0;
    }
    static int leadersAndReachable(const cluster::ClusterWatcher &watcher, int *leaders)
    {
        int reachable = 0;
        *leaders = 0;
        for (const cluster::MasterStatus &m : watcher.snapshot()->masters) {
            reachable += m.reachable ? 1 : 0;
            *leaders += m.leader ? 1 : 0;
        }
        return reachable;
    }

    app::DemoZooKeeper m_ensemble;
    std::unique_ptr<test::LocalClusterProcess> m_cluster;
};

void tst_EnsembleDiscovery::initTestCase()
{
    if (const QString why = app::DemoZooKeeper::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    const QString failure = test::startEnsemble(m_ensemble, 3, kEnsembleTimeoutMs);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_cluster = std::make_unique<test::LocalClusterProcess>(
        QStringList { QStringLiteral("--masters"), QStringLiteral("3"), QStringLiteral("--agents"),
                      QStringLiteral("1"), QStringLiteral("--zk"), m_ensemble.zkUrl() });
    QVERIFY2(m_cluster->start(kElectionTimeoutMs), qPrintable(m_cluster->error()));
    QVERIFY2(!m_cluster->leaderUrl().isEmpty(), "no leader elected through ZooKeeper");
}

void tst_EnsembleDiscovery::cleanupTestCase()
{
    m_cluster.reset();
    m_ensemble.stop();
}

// The port of the contender with the lowest json.info_ sequence (the leader, as Mesos elects).
int tst_EnsembleDiscovery::lowestPort(const QString &path) const
{
    const auto contenders = test::masterContenders(m_ensemble.zkUrl(path), path);
    return contenders.isEmpty() ? 0 : contenders.first().second.value(u"port").toInt();
}

void tst_EnsembleDiscovery::killLeaderAndCheckTakeover(cluster::ClusterWatcher &watcher,
                                                       test::LocalClusterProcess &cluster, const QString &path)
{
    const int first = lowestPort(path);
    QTRY_COMPARE_WITH_TIMEOUT(leaderPort(watcher), first, kElectionTimeoutMs);
    QElapsedTimer clock;
    clock.start();
    const test::HttpResult kill
        = test::httpRequest("POST", cluster.marathonUrl() + QStringLiteral("/__admin/masters/leader/kill"));
    QCOMPARE(kill.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(lowestPort(path) != first && lowestPort(path) != 0, kElectionTimeoutMs);
    const int next = lowestPort(path);
    // No user action: the watcher finds the new leader itself.
    const qint64 elected = clock.elapsed();
    QTRY_COMPARE_WITH_TIMEOUT(leaderPort(watcher), next, kElectionTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.snapshot()->mesos.kind == cluster::ConnectionState::Kind::Live,
                             kElectionTimeoutMs);
    qInfo("%s: ZooKeeper elected the next leader %lld ms after the kill, the watcher showed it live after %lld ms",
          qPrintable(path), elected, clock.elapsed());
}

void tst_EnsembleDiscovery::restartStopped(test::LocalClusterProcess &cluster)
{
    const QJsonArray masters = cluster.currentMasters();
    for (const QJsonValue &m : masters) {
        if (m.toObject().value(u"running").toBool())
            continue;
        const int index = m.toObject().value(u"index").toInt();
        QCOMPARE(test::httpRequest("POST", cluster.marathonUrl()
                                               + QStringLiteral("/__admin/masters/%1/restart").arg(index))
                     .status,
                 200);
    }
}

void tst_EnsembleDiscovery::oneMasterFindsTheRestAndFollowsFailover()
{
    cluster::WatcherConfig config;
    config.masters = { QUrl(m_cluster->leaderUrl()) }; // the one that will die
    config.pollIntervalMs = 500;
    cluster::ClusterWatcher watcher(config);
    watcher.start();
    int leaders = 0;
    QTRY_COMPARE_WITH_TIMEOUT(leadersAndReachable(watcher, &leaders), 3, kElectionTimeoutMs);
    QCOMPARE(leaders, 1);
    const cluster::WatchRoute route = watcher.snapshot()->watch;
    QCOMPARE(route.way, cluster::WatchRoute::Way::ZooKeeper);
    QCOMPARE(route.zkUrl, m_ensemble.zkUrl());
    QVERIFY(route.zkLearned);
    QCOMPARE(route.masters.size(), 3);
    QVERIFY(route.mastersLearned);
    QCOMPARE(cluster::ClusterWatcher::describeWatch(route),
             QStringLiteral("via ZooKeeper %1 (learned from the cluster)").arg(m_ensemble.zkUrl()));
    QTRY_COMPARE_WITH_TIMEOUT(int(watcher.snapshot()->zookeeper.size()), 3, kElectionTimeoutMs);

    killLeaderAndCheckTakeover(watcher, *m_cluster, QStringLiteral("/mesos"));
    QTRY_COMPARE_WITH_TIMEOUT(int(watcher.snapshot()->masters.size()), 2, kElectionTimeoutMs);
    watcher.stop();
    restartStopped(*m_cluster);
}

void tst_EnsembleDiscovery::marathonAloneFindsTheMasters()
{
    // Marathon's /v2/info names the masters' group it registers with, as Marathon's --master.
    const QJsonObject info = test::httpGet(m_cluster->marathonUrl() + QStringLiteral("/v2/info")).json().object();
    QCOMPARE(info.value(u"marathon_config").toObject().value(u"master").toString(), m_ensemble.zkUrl());
    QCOMPARE(info.value(u"zookeeper_config").toObject().value(u"zk").toString(),
             m_ensemble.zkUrl(QStringLiteral("/marathon")));

    cluster::WatcherConfig config;
    config.marathons = { QUrl(m_cluster->marathonUrl()) };
    config.pollIntervalMs = 500;
    config.marathonEvents = false;
    cluster::ClusterWatcher watcher(config);
    watcher.start();
    int leaders = 0;
    QTRY_COMPARE_WITH_TIMEOUT(leadersAndReachable(watcher, &leaders), 3, kElectionTimeoutMs);
    QCOMPARE(leaders, 1);
    QCOMPARE(watcher.snapshot()->watch.way, cluster::WatchRoute::Way::ZooKeeper);
    QCOMPARE(watcher.snapshot()->watch.zkUrl, m_ensemble.zkUrl());
    killLeaderAndCheckTakeover(watcher, *m_cluster, QStringLiteral("/mesos"));
    watcher.stop();
    restartStopped(*m_cluster);
}

void tst_EnsembleDiscovery::cliLeaderListsEveryMaster()
{
    QTRY_COMPARE_WITH_TIMEOUT(lowestPort() > 0, true, kElectionTimeoutMs);
    int standby = 0;
    for (const QString &url : m_cluster->masterUrls()) {
        if (QUrl(url).port() != lowestPort())
            standby = QUrl(url).port();
    }
    QVERIFY(standby > 0);
    // Wait until the restarted master registered again: three contenders.
    QTRY_COMPARE_WITH_TIMEOUT(test::masterContenders(m_ensemble.zkUrl(), QStringLiteral("/mesos")).size(), 3,
                              kElectionTimeoutMs);
    QProcess cli;
    cli.start(test::executablePath(QStringLiteral("mesos-console-cli")),
              { QStringLiteral("leader"), QStringLiteral("--master"),
                QStringLiteral("http://127.0.0.1:%1").arg(standby) });
    QVERIFY(cli.waitForFinished(60000));
    const QString out = QString::fromUtf8(cli.readAllStandardOutput());
    QVERIFY2(cli.exitCode() == 0, qPrintable(out + QString::fromUtf8(cli.readAllStandardError())));
    static const QRegularExpression role(QStringLiteral("  (leader|standby)(\\s|$)"),
                                         QRegularExpression::MultilineOption);
    QCOMPARE(int(out.count(role)), 3);
    QVERIFY2(out.contains(QStringLiteral("Watching via ZooKeeper %1").arg(m_ensemble.zkUrl())), qPrintable(out));
    for (const QString &url : m_cluster->masterUrls())
        QVERIFY2(out.contains(QUrl(url).authority()), qPrintable(out));
}

void tst_EnsembleDiscovery::unreachableZooKeeperFallsBackToLearnedMasters()
{
    // A second cluster whose masters reach the ensemble through relays: once they are registered
    // the relays take no new connection, so the console cannot reach ZooKeeper, the masters can.
    QThread thread;
    auto *relay = new Relay;
    relay->moveToThread(&thread);
    connect(&thread, &QThread::finished, relay, &QObject::deleteLater);
    thread.start();
    const auto stopRelay = qScopeGuard([&thread] { // also when a check fails half-way
        thread.quit();
        thread.wait();
    });
    const QStringList members = m_ensemble.hostPorts();
    QMetaObject::invokeMethod(relay, [relay, members] { relay->listen(members); }, Qt::BlockingQueuedConnection);
    const QString relayed = QStringLiteral("zk://%1/behind").arg(relay->hostPorts().join(u','));
    test::LocalClusterProcess cluster({ QStringLiteral("--masters"), QStringLiteral("3"), QStringLiteral("--agents"),
                                        QStringLiteral("0"), QStringLiteral("--zk"), relayed });
    QVERIFY2(cluster.start(kElectionTimeoutMs), qPrintable(cluster.error()));
    QVERIFY(!cluster.leaderUrl().isEmpty());

    cluster::WatcherConfig config;
    config.masters = { QUrl(cluster.masterUrls().constLast()) };
    config.pollIntervalMs = 500;
    config.mesosHttp.timeoutMs = 3000;
    cluster::ClusterWatcher watcher(config);
    widgets::ClusterOverview overview; // what the person watching sees
    connect(&watcher, &cluster::ClusterWatcher::snapshotChanged, &overview, &widgets::ClusterOverview::setSnapshot);
    watcher.start();
    // Through ZooKeeper first: all three learned.
    QTRY_COMPARE_WITH_TIMEOUT(int(watcher.snapshot()->watch.masters.size()), 3, kElectionTimeoutMs);
    QCOMPARE(watcher.snapshot()->watch.way, cluster::WatchRoute::Way::ZooKeeper);

    QMetaObject::invokeMethod(relay, [relay] { relay->close(); }, Qt::BlockingQueuedConnection);
    QTRY_COMPARE_WITH_TIMEOUT(watcher.snapshot()->watch.way, cluster::WatchRoute::Way::Masters, kElectionTimeoutMs);
    const cluster::WatchRoute route = watcher.snapshot()->watch;
    QVERIFY2(route.reason.contains(QStringLiteral("cannot be reached from here")), qPrintable(route.reason));
    QVERIFY2(route.reason.contains(QStringLiteral("zk://%1/behind").arg(relay->hostPorts().join(u','))),
             qPrintable(route.reason));
    QVERIFY2(cluster::ClusterWatcher::describeWatch(route).startsWith(QStringLiteral("via masters 127.0.0.1:")),
             qPrintable(cluster::ClusterWatcher::describeWatch(route)));
    int leaders = 0;
    QTRY_COMPARE_WITH_TIMEOUT(leadersAndReachable(watcher, &leaders), 3, kElectionTimeoutMs);
    QCOMPARE(leaders, 1);
    QVERIFY2(overview.routeText().startsWith(QStringLiteral("Watching via masters 127.0.0.1:")),
             qPrintable(overview.routeText()));
    QVERIFY2(overview.routeText().contains(QStringLiteral("cannot be reached from here")), qPrintable(overview.routeText()));
    QVERIFY2(overview.routeText().contains(QStringLiteral("Mesos: the leader's event stream is followed")),
             qPrintable(overview.routeText()));
    if (const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR"); !dir.isEmpty()) {
        overview.resize(1100, 560);
        overview.show();
        QTest::qWait(100);
        overview.grab().save(dir + QStringLiteral("/overview-live-unreachable-zk.png"));
    }

    // The election still runs in ZooKeeper (the masters' sessions pass the relays); the console
    // follows it by asking the masters it learned.
    killLeaderAndCheckTakeover(watcher, cluster, QStringLiteral("/behind"));
    QCOMPARE(watcher.snapshot()->watch.way, cluster::WatchRoute::Way::Masters);
    QCOMPARE(int(watcher.snapshot()->masters.size()), 3); // the killed one listed as down
    watcher.stop();
    cluster.stop();
}

QTEST_MAIN(tst_EnsembleDiscovery)
#include "tst_EnsembleDiscovery.moc"
