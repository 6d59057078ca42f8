// Notices from a real localcluster (real HTTP, real task processes, two
// masters) fed through ClusterWatcher -> NoticeFeed, as the GUI does: a
// deployment that succeeds gives one "finished" notice; an app whose command
// exits 7 gives one "failing" notice carrying Marathon's lastTaskFailure
// message, a forced update over it one "failed" notice; a killed leading
// master gives a leader change; a lost agent "unreachable", then "back".
#include "core/cluster/ClusterNotices.h"
#include "core/cluster/ClusterWatcher.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/ZooKeeperServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mc;
using cluster::Notice;
using Kind = Notice::Kind;

namespace {
constexpr int kPollMs = 300;

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (condition())
            return true;
        QTest::qWait(20);
    }
    return condition();
}
} // namespace

class tst_NoticesLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void firstSnapshotsSayNothing();
    void succeedingDeploymentIsOneFinishedNotice();
    void failingTasksGiveOneFailedNoticeWithLastTaskFailure();
    void lostAgentIsUnreachableThenBack();
    void killedLeaderGivesLeaderChanged();
    void stoppedZooKeeperMemberIsDown();
    void mastersStoppedAndRestartedThroughZooKeeperAreToldOnce();

private:
    [[nodiscard]] QList<Notice> matching(Kind kind, const QString &text) const;
    [[nodiscard]] QString dump() const;
    void request(const QByteArray &method, const QString &path, const QByteArray &body, int expectStatus);

    std::unique_ptr<test::LocalClusterProcess> m_cluster;
    std::unique_ptr<cluster::ClusterWatcher> m_watcher;
    cluster::NoticeFeed m_feed;
    QList<Notice> m_notices;
    int m_snapshots = 0;
    QHash<QString, std::pair<int, int>> m_steps; // affected apps -> highest step seen, steps
};

void tst_NoticesLive::initTestCase()
{
    m_cluster = std::make_unique<test::LocalClusterProcess>(
        QStringList { QStringLiteral("--masters"), QStringLiteral("2"), QStringLiteral("--agents"),
                      QStringLiteral("2"), QStringLiteral("--election-delay"), QStringLiteral("500"),
                      QStringLiteral("--kill-grace"), QStringLiteral("300") });
    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
    cluster::WatcherConfig config;
    for (const QString &url : m_cluster->masterUrls())
        config.masters << QUrl(url);
    config.marathons << QUrl(m_cluster->marathonUrl());
    config.pollIntervalMs = kPollMs;
    config.maxPollIntervalMs = 2 * kPollMs;
    config.mesosHttp.timeoutMs = 1500;
    config.marathonHttp.timeoutMs = 1500;
    m_watcher = std::make_unique<cluster::ClusterWatcher>(config);
    connect(m_watcher.get(), &cluster::ClusterWatcher::snapshotChanged, this,
            [this](const cluster::SnapshotPtr &s) {
                ++m_snapshots;
                for (const marathon::Deployment &d : *s->deployments) {
                    auto &[step, total] = m_steps[d.affectedApps.join(u',')];
                    step = qMax(step, d.currentStep);
                    total = qMax(total, d.totalSteps);
                }
                m_notices << m_feed.next(s);
            });
    m_watcher->start();
}

void tst_NoticesLive::cleanupTestCase()
{
    m_watcher.reset();
    m_cluster.reset();
}

QList<Notice> tst_NoticesLive::matching(Kind kind, const QString &text) const
{
    QList<Notice> found;
    for (const Notice &n : m_notices) {
        if (n.kind == kind && (n.title.contains(text) || n.text.contains(text)))
            found << n;
    }
    return found;
}

QString tst_NoticesLive::dump() const
{
    QStringList lines;
    for (const Notice &n : m_notices)
        lines << QStringLiteral("[%1] %2: %3").arg(int(n.kind)).arg(n.title, n.text);
    return lines.join(u'\n');
}

void tst_NoticesLive::request(const QByteArray &method, const QString &path, const QByteArray &body,
                              int expectStatus)
{
    const QString url = m_cluster->marathonUrl() + path;
    const test::HttpResult result
        = test::httpRequest(method, url, body, { { "Content-Type", "application/json" } });
    QVERIFY2(result.status == expectStatus,
             qPrintable(QStringLiteral("%1 %2 -> %3 %4")
                            .arg(QString::fromLatin1(method), url)
                            .arg(result.status)
                            .arg(QString::fromUtf8(result.body))));
}

void tst_NoticesLive::firstSnapshotsSayNothing()
{
    QVERIFY(waitFor([&] {
        const auto s = m_watcher->snapshot();
        return s && s->mesos.kind == cluster::ConnectionState::Kind::Live
            && s->marathon.kind == cluster::ConnectionState::Kind::Live && s->hasTaskList && m_snapshots > 5;
    }));
    QTest::qWait(3 * kPollMs); // several polls of an unchanged cluster
    QVERIFY2(m_notices.isEmpty(), qPrintable(dump()));
}

void tst_NoticesLive::succeedingDeploymentIsOneFinishedNotice()
{
    request("POST", QStringLiteral("/v2/apps"),
            R"({"id":"/notify/ok","cmd":"sleep 600","cpus":0.1,"mem":16,"instances":2})", 201);
    QVERIFY2(
        waitFor([&] { return !matching(Kind::DeploymentFinished, QStringLiteral("/notify/ok")).isEmpty(); }),
        qPrintable(dump()));
    QTest::qWait(4 * kPollMs); // more polls: still one
    const QList<Notice> finished = matching(Kind::DeploymentFinished, QStringLiteral("/notify/ok"));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().severity, Notice::Severity::Info);
    QCOMPARE(finished.first().text, QStringLiteral("The deployment of /notify/ok finished."));
    // Its progress was followed live (re-read after deployment_info / deployment_step_success events).
    const auto [step, total] = m_steps.value(QStringLiteral("/notify/ok"));
    QVERIFY2(step >= 1 && total >= 2, qPrintable(QStringLiteral("step %1 of %2").arg(step).arg(total)));
    QVERIFY2(matching(Kind::DeploymentFailed, QStringLiteral("/notify/ok")).isEmpty(), qPrintable(dump()));
    QVERIFY2(matching(Kind::TaskFailed, QStringLiteral("/notify/ok")).isEmpty(), qPrintable(dump()));
}

void tst_NoticesLive::failingTasksGiveOneFailedNoticeWithLastTaskFailure()
{
    // Exits 7 after a moment, relaunched with a short back-off: several failures.
    request("POST", QStringLiteral("/v2/apps"),
            R"({"id":"/notify/bad","cmd":"sleep 0.2; echo giving up >&2; exit 7","cpus":0.1,"mem":16,)"
            R"("instances":1,"backoffSeconds":0.2,"backoffFactor":1})",
            201);
    QVERIFY2(
        waitFor([&] { return !matching(Kind::DeploymentFailed, QStringLiteral("/notify/bad")).isEmpty(); }),
        qPrintable(dump()));
    // What Marathon says about the failure is what the notice says.
    const test::HttpResult app
        = test::httpRequest("GET", m_cluster->marathonUrl() + QStringLiteral("/v2/apps/notify/bad"));
    QCOMPARE(app.status, 200);
    const QJsonObject failure
        = QJsonDocument::fromJson(app.body).object()[u"app"].toObject()[u"lastTaskFailure"].toObject();
    const QString message = failure[u"message"].toString();
    QCOMPARE(message, QStringLiteral("Command exited with status 7"));
    const Notice failing = matching(Kind::DeploymentFailed, QStringLiteral("/notify/bad")).constFirst();
    QCOMPARE(failing.severity, Notice::Severity::Error);
    QVERIFY2(failing.text.contains(message), qPrintable(failing.text));
    QVERIFY2(failing.text.contains(QStringLiteral("TASK_FAILED")), qPrintable(failing.text));

    // It keeps failing under back-off: no new notice per retry.
    QVERIFY(waitFor(
        [&] {
            const auto s = m_watcher->snapshot();
            for (const marathon::App &a : *s->apps) {
                if (a.id == u"/notify/bad" && a.lastTaskFailure
                    && a.lastTaskFailure->taskId != failure[u"taskId"].toString())
                    return true;
            }
            return false;
        },
        10000));
    QTest::qWait(3 * kPollMs);
    QCOMPARE(matching(Kind::DeploymentFailed, QStringLiteral("/notify/bad")).size(), 1);
    QVERIFY2(matching(Kind::TaskFailed, QStringLiteral("/notify/bad")).isEmpty(), qPrintable(dump()));

    // A forced update cancels the stuck deployment: Marathon reports it failed (with the last failure),
    // the new one (a command that stays up) finishes.
    request("PUT", QStringLiteral("/v2/apps/notify/bad?force=true"), R"({"cmd":"sleep 600"})", 200);
    QVERIFY2(waitFor([&] {
                 return !matching(Kind::DeploymentFinished, QStringLiteral("/notify/bad")).isEmpty()
                     && matching(Kind::DeploymentFailed, QStringLiteral("/notify/bad")).size() == 2;
             }),
             qPrintable(dump()));
    const Notice failed = matching(Kind::DeploymentFailed, QStringLiteral("/notify/bad")).constLast();
    QCOMPARE(failed.title, QStringLiteral("Deployment failed"));
    QVERIFY2(failed.text.contains(message), qPrintable(failed.text));
}

void tst_NoticesLive::lostAgentIsUnreachableThenBack()
{
    request("POST", QStringLiteral("/__admin/agents/1/lose"), {}, 200);
    QVERIFY2(waitFor([&] { return !matching(Kind::HostUnreachable, QStringLiteral("Agent")).isEmpty(); }),
             qPrintable(dump()));
    request("POST", QStringLiteral("/__admin/agents/1/restore"), {}, 200);
    QVERIFY2(waitFor([&] { return !matching(Kind::HostBack, QStringLiteral("Agent registered")).isEmpty(); }),
             qPrintable(dump()));
    QCOMPARE(matching(Kind::HostUnreachable, QStringLiteral("Agent")).size(), 1);
}

void tst_NoticesLive::killedLeaderGivesLeaderChanged()
{
    const QString oldLeader = m_watcher->snapshot()->leader->displayName();
    request("POST", QStringLiteral("/__admin/masters/leader/kill"), {}, 200);
    QVERIFY2(waitFor([&] { return !matching(Kind::LeaderChanged, QString()).isEmpty(); }),
             qPrintable(dump()));
    QTest::qWait(4 * kPollMs);
    const QList<Notice> changed = matching(Kind::LeaderChanged, QString());
    QCOMPARE(changed.size(), 1);
    const QString newLeader = m_watcher->snapshot()->leader->displayName();
    QVERIFY(newLeader != oldLeader);
    QVERIFY2(changed.first().text.contains(newLeader), qPrintable(changed.first().text));
    QVERIFY2(!matching(Kind::HostUnreachable, oldLeader).isEmpty(), qPrintable(dump()));
    qInfo().noquote() << "notices:\n" << dump();
}

void tst_NoticesLive::stoppedZooKeeperMemberIsDown()
{
    if (const QString why = test::ZooKeeperServer::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    test::ZooKeeperServer zk;
    const QString started = zk.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    cluster::WatcherConfig config;
    config.zkUrl = zk.zkUrl(QStringLiteral("/mesos"));
    config.pollIntervalMs = kPollMs;
    config.maxPollIntervalMs = 2 * kPollMs;
    cluster::ClusterWatcher watcher(config);
    cluster::NoticeFeed feed;
    QList<Notice> notices;
    connect(&watcher, &cluster::ClusterWatcher::snapshotChanged, this,
            [&](const cluster::SnapshotPtr &s) { notices << feed.next(s); });
    watcher.start();
    QVERIFY(waitFor([&] {
        const auto s = watcher.snapshot();
        return s->zookeeper.size() == 1 && s->zookeeper.front().healthy;
    }));
    zk.stop();
    QVERIFY(waitFor([&] {
        return std::any_of(notices.cbegin(), notices.cend(), [&](const Notice &n) {
            return n.kind == Kind::HostUnreachable && n.title == u"ZooKeeper member down"
                && n.text.contains(zk.hostPort());
        });
    }));
}

// Watched through ZooKeeper (as the demo is) a killed master's node goes: it leaves the masters
// listed instead of turning unreachable. A standby killed is told "left" once and "joined" once
// when restarted; the leader killed is told by the leader's notice (which says it left), and
// "joined" once when it is back as a standby.
void tst_NoticesLive::mastersStoppedAndRestartedThroughZooKeeperAreToldOnce()
{
    if (const QString why = test::ZooKeeperServer::unavailableReason(); !why.isEmpty())
        QSKIP(qPrintable(why));
    test::ZooKeeperServer zk;
    const QString started = zk.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QString zkUrl = zk.zkUrl(QStringLiteral("/mesos"));
    test::LocalClusterProcess cluster({ QStringLiteral("--masters"), QStringLiteral("3"),
                                        QStringLiteral("--agents"), QStringLiteral("1"),
                                        QStringLiteral("--zk"), zkUrl });
    QVERIFY2(cluster.start(30000), qPrintable(cluster.error()));
    cluster::WatcherConfig config;
    config.zkUrl = zkUrl;
    config.pollIntervalMs = kPollMs;
    config.maxPollIntervalMs = 2 * kPollMs;
    config.mesosHttp.timeoutMs = 1500;
    cluster::ClusterWatcher watcher(config);
    cluster::NoticeFeed feed;
    QList<Notice> notices;
    connect(&watcher, &cluster::ClusterWatcher::snapshotChanged, this,
            [&](const cluster::SnapshotPtr &s) { notices << feed.next(s); });
    const auto dumped = [&] {
        QStringList lines;
        for (const Notice &n : std::as_const(notices))
            lines << QStringLiteral("[%1] %2: %3").arg(int(n.kind)).arg(n.title, n.text);
        return lines.join(u'\n');
    };
    const auto told = [&](const QString &title, const QString &port) {
        return std::count_if(notices.cbegin(), notices.cend(), [&](const Notice &n) {
            return n.title == title && n.text.contains(u':' + port);
        });
    };
    const auto masterPorts = [&](bool leader) {
        QStringList ports;
        const QJsonArray masters = cluster.currentMasters();
        for (const QJsonValue &m : masters) {
            const QJsonObject o = m.toObject();
            if (o.value(u"running").toBool() && o.value(u"leader").toBool() == leader)
                ports << QString::number(o.value(u"port").toInt()) + u'/'
                        + QString::number(o.value(u"index").toInt());
        }
        return ports;
    };
    const auto admin = [&](const QString &path) {
        const test::HttpResult r
            = test::httpRequest("POST", cluster.marathonUrl() + QStringLiteral("/__admin/") + path);
        QVERIFY2(r.status == 200, qPrintable(path + u' ' + QString::fromUtf8(r.body)));
    };
    watcher.start();
    QTRY_VERIFY_WITH_TIMEOUT(watcher.snapshot()->mesos.kind == cluster::ConnectionState::Kind::Live
                                 && watcher.snapshot()->masters.size() == 3 && watcher.snapshot()->leader,
                             30000);
    QTest::qWait(3 * kPollMs);
    QVERIFY2(notices.isEmpty(), qPrintable(dumped())); // connecting says nothing

    // A standby killed, then restarted.
    const QStringList standby = masterPorts(false).value(0).split(u'/');
    QCOMPARE(standby.size(), 2);
    admin(QStringLiteral("masters/%1/kill").arg(standby[1]));
    QTRY_VERIFY2_WITH_TIMEOUT(told(QStringLiteral("Master left"), standby[0]) == 1, qPrintable(dumped()),
                              30000);
    admin(QStringLiteral("masters/%1/restart").arg(standby[1]));
    QTRY_VERIFY2_WITH_TIMEOUT(told(QStringLiteral("Master joined"), standby[0]) == 1, qPrintable(dumped()),
                              30000);

    // The leader killed, then restarted (a standby now).
    const QStringList leader = masterPorts(true).value(0).split(u'/');
    QCOMPARE(leader.size(), 2);
    admin(QStringLiteral("masters/leader/kill"));
    QTRY_VERIFY2_WITH_TIMEOUT(std::any_of(notices.cbegin(), notices.cend(),
                                          [&](const Notice &n) {
                                              return (n.kind == Kind::LeaderLost
                                                      || n.kind == Kind::LeaderChanged)
                                                  && n.text.contains(u':' + leader[0])
                                                  && n.text.contains(QStringLiteral("left the masters"));
                                          }),
                              qPrintable(dumped()), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(watcher.snapshot()->leader
                                 && watcher.snapshot()->mesos.kind == cluster::ConnectionState::Kind::Live,
                             30000);
    admin(QStringLiteral("masters/%1/restart").arg(leader[1]));
    QTRY_VERIFY2_WITH_TIMEOUT(told(QStringLiteral("Master joined"), leader[0]) == 1, qPrintable(dumped()),
                              30000);
    QTRY_COMPARE_WITH_TIMEOUT(int(watcher.snapshot()->masters.size()), 3, 30000);
    QTest::qWait(4 * kPollMs); // more polls: each told once
    QVERIFY2(told(QStringLiteral("Master left"), standby[0]) == 1, qPrintable(dumped()));
    QVERIFY2(told(QStringLiteral("Master joined"), standby[0]) == 1, qPrintable(dumped()));
    QVERIFY2(told(QStringLiteral("Master left"), leader[0]) == 0,
             qPrintable(dumped())); // the leader's notice said it
    QVERIFY2(told(QStringLiteral("Master joined"), leader[0]) == 1, qPrintable(dumped()));
    qInfo().noquote() << "notices:\n" << dumped();
}

QTEST_GUILESS_MAIN(tst_NoticesLive)
#include "tst_NoticesLive.moc"
