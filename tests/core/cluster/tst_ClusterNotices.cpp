#include "core/cluster/ClusterNotices.h"

#include <QTest>

using namespace mc::cluster;
using Kind = Notice::Kind;

namespace {
mc::mesos::MasterInfo master(const QString &host)
{
    mc::mesos::MasterInfo info;
    info.hostname = host;
    info.port = 5050;
    return info;
}

ClusterSnapshot live()
{
    ClusterSnapshot s;
    s.mesos.kind = ConnectionState::Kind::Live;
    s.marathon.kind = ConnectionState::Kind::Live;
    s.leader = master(QStringLiteral("m1"));
    s.masters
        = { { QUrl(QStringLiteral("http://m1:5050")), QStringLiteral("m1:5050"), true, true, {}, {} },
            { QUrl(QStringLiteral("http://m2:5050")), QStringLiteral("m2:5050"), true, false, {}, {} } };
    return s;
}

QList<Kind> kinds(const QList<Notice> &notices)
{
    QList<Kind> k;
    for (const Notice &n : notices)
        k << n.kind;
    return k;
}
} // namespace

class tst_ClusterNotices : public QObject
{
    Q_OBJECT

private slots:
    void firstSnapshotSaysNothing();
    void sameSnapshotSaysNothing();
    void leaderLostThenElected();
    void deploymentLeavingTheListIsFinished();
    void deploymentsVanishingOnFailedReadSayNothing();
    void destroyIsToldAsDestroyed();
    void newTaskFailureIsReportedOnce();
    void masterUnreachableAndBack();
    void mastersLeavingAndJoiningZooKeeperAreToldOnce();
    void deploymentReportedFailedCarriesLastTaskFailure();
    void failedDeploymentLeavesOutAFailureFromBeforeIt();
    void deploymentNeverListedIsToldFromItsEvent();
    void taskFailureDuringDeploymentIsFailingDeployment();
    void marathonLeaderChange();
    void agentLostRemovedAndBack();
    void zooKeeperMemberDownAndBack();
    void otherFrameworksFailedTasks_data();
    void otherFrameworksFailedTasks();
    void manyFailedTasksAreOneNotice();
    void sharedTasksThatMovedAreNotToldAgain();
    void appFailuresAreFoundWhereverTheAppMoved();
    void feedSaysNothingFirstAndDropsRepeats();
    void flappingAppIsToldOnceAndItsRecoveryOnce();
    void failureEpisodeEndsWithTheApp();
};

void tst_ClusterNotices::firstSnapshotSaysNothing()
{
    QVERIFY(noticesBetween(nullptr, live()).isEmpty());
}

void tst_ClusterNotices::sameSnapshotSaysNothing()
{
    const ClusterSnapshot s = live();
    QVERIFY(noticesBetween(&s, s).isEmpty());
}

void tst_ClusterNotices::leaderLostThenElected()
{
    const ClusterSnapshot a = live();
    ClusterSnapshot b = live();
    b.leader.reset();
    b.electing = true;
    const QList<Notice> lost = noticesBetween(&a, b);
    QCOMPARE(kinds(lost), QList<Kind> { Kind::LeaderLost });
    QVERIFY(lost.first().text.contains(QStringLiteral("m1:5050")));

    ClusterSnapshot c = live();
    c.leader = master(QStringLiteral("m2"));
    const QList<Notice> elected = noticesBetween(&b, c);
    QCOMPARE(kinds(elected), QList<Kind> { Kind::LeaderChanged });
    QVERIFY(elected.first().text.contains(QStringLiteral("m2:5050")));
}

void tst_ClusterNotices::deploymentLeavingTheListIsFinished()
{
    ClusterSnapshot a = live();
    mc::marathon::Deployment d;
    d.id = QStringLiteral("d-1");
    d.affectedApps = { QStringLiteral("/www") };
    a.deployments = std::make_shared<const std::vector<mc::marathon::Deployment>>(std::vector { d });
    const ClusterSnapshot b = live();
    const QList<Notice> n = noticesBetween(&a, b);
    QCOMPARE(kinds(n), QList<Kind> { Kind::DeploymentFinished });
    QVERIFY(n.first().text.contains(QStringLiteral("/www")));
}

void tst_ClusterNotices::destroyIsToldAsDestroyed()
{
    // Listed with its StopApplication step, then gone with the app.
    mc::marathon::App app;
    app.id = QStringLiteral("/www");
    app.instances = 2;
    ClusterSnapshot a = live();
    a.apps = std::make_shared<const mc::SharedList<mc::marathon::App>>(std::vector { app });
    mc::marathon::Deployment d;
    d.id = QStringLiteral("d-1");
    d.affectedApps = { QStringLiteral("/www") };
    d.currentActions = { QStringLiteral("StopApplication /www") };
    a.deployments = std::make_shared<const std::vector<mc::marathon::Deployment>>(std::vector { d });
    const ClusterSnapshot b = live();
    QList<Notice> n = noticesBetween(&a, b);
    QCOMPARE(kinds(n), QList<Kind> { Kind::DeploymentFinished });
    QVERIFY2(n.first().title.contains(QStringLiteral("destroyed")), qPrintable(n.first().title));
    QVERIFY2(n.first().text.contains(QStringLiteral("/www: destroyed")), qPrintable(n.first().text));
    QVERIFY(!n.first().text.contains(QStringLiteral("finished")));
    QCOMPARE(n.first().appId, QStringLiteral("/www"));

    // Begun and ended between two reads: its event, and the app gone from the list, tell it.
    ClusterSnapshot c = live();
    c.apps = a.apps;
    ClusterSnapshot e = live();
    e.succeededDeployments = { { QStringLiteral("d-2"), { QStringLiteral("/www") } } };
    n = noticesBetween(&c, e);
    QCOMPARE(kinds(n), QList<Kind> { Kind::DeploymentFinished });
    QVERIFY2(n.first().text.contains(QStringLiteral("destroyed")), qPrintable(n.first().text));

    // A scale of an app that stays is still "finished".
    ClusterSnapshot f = c;
    f.succeededDeployments = e.succeededDeployments;
    n = noticesBetween(&c, f);
    QVERIFY2(n.first().text.contains(QStringLiteral("finished")), qPrintable(n.first().text));
}

void tst_ClusterNotices::deploymentsVanishingOnFailedReadSayNothing()
{
    ClusterSnapshot a = live();
    mc::marathon::Deployment d;
    d.id = QStringLiteral("d-1");
    a.deployments = std::make_shared<const std::vector<mc::marathon::Deployment>>(std::vector { d });
    ClusterSnapshot b = live();
    b.marathon.kind = ConnectionState::Kind::Error;
    b.marathon.reason = QStringLiteral("timeout");
    QCOMPARE(kinds(noticesBetween(&a, b)), QList<Kind> { Kind::HostUnreachable });
    // And back.
    QCOMPARE(kinds(noticesBetween(&b, live())), QList<Kind> { Kind::HostBack });
}

void tst_ClusterNotices::newTaskFailureIsReportedOnce()
{
    mc::marathon::App app;
    app.id = QStringLiteral("/www");
    ClusterSnapshot a = live();
    a.apps = std::make_shared<const mc::SharedList<mc::marathon::App>>(std::vector { app });
    app.lastTaskFailure = mc::marathon::TaskFailure { QStringLiteral("www.1"),
                                                      QStringLiteral("TASK_FAILED"),
                                                      QStringLiteral("exit 1"),
                                                      QStringLiteral("agent1"),
                                                      {} };
    ClusterSnapshot b = live();
    b.apps = std::make_shared<const mc::SharedList<mc::marathon::App>>(std::vector { app });
    const QList<Notice> n = noticesBetween(&a, b);
    QCOMPARE(kinds(n), QList<Kind> { Kind::TaskFailed });
    QVERIFY(n.first().text.contains(QStringLiteral("exit 1")));
    QVERIFY(noticesBetween(&b, b).isEmpty());
}

void tst_ClusterNotices::masterUnreachableAndBack()
{
    const ClusterSnapshot a = live();
    ClusterSnapshot b = live();
    b.masters[1].reachable = false;
    b.masters[1].error = QStringLiteral("connection refused");
    const QList<Notice> down = noticesBetween(&a, b);
    QCOMPARE(kinds(down), QList<Kind> { Kind::HostUnreachable });
    QVERIFY(down.first().text.contains(QStringLiteral("m2:5050")));
    QCOMPARE(kinds(noticesBetween(&b, a)), QList<Kind> { Kind::HostBack });
}

namespace {
// Watched through ZooKeeper: the masters listed are the ones registered there.
ClusterSnapshot registered(const QStringList &hosts, const QString &leader)
{
    ClusterSnapshot s = live();
    s.watch.way = WatchRoute::Way::ZooKeeper;
    s.watch.zkUrl = QStringLiteral("zk://zk1:2181/mesos");
    s.masters.clear();
    for (const QString &host : hosts)
        s.masters.push_back({ QUrl(QStringLiteral("http://%1:5050").arg(host)),
                              QStringLiteral("%1:5050").arg(host),
                              true,
                              host == leader,
                              {},
                              {} });
    if (leader.isEmpty()) {
        s.leader.reset();
        s.electing = true;
        s.mesos.kind = ConnectionState::Kind::Error;
    } else {
        s.leader = master(leader);
    }
    return s;
}

QStringList titles(const QList<Notice> &notices)
{
    QStringList t;
    for (const Notice &n : notices)
        t << n.title + QStringLiteral(": ") + n.text;
    return t;
}
} // namespace

// Through ZooKeeper a master that stops leaves the list (it never turns unreachable) and one
// that starts joins it: each is told once; a leader that left is told by the leader's notice;
// the first listing and a change of the way of watching say nothing.
void tst_ClusterNotices::mastersLeavingAndJoiningZooKeeperAreToldOnce()
{
    const QStringList all { QStringLiteral("m1"), QStringLiteral("m2"), QStringLiteral("m3") };
    const ClusterSnapshot a = registered(all, QStringLiteral("m1"));

    // Connect: the first listing (no masters before), or the way of watching changed, says nothing.
    ClusterSnapshot connecting;
    QVERIFY(noticesBetween(&connecting, a).isEmpty());
    ClusterSnapshot polled = live();
    polled.watch.way = WatchRoute::Way::Masters;
    QVERIFY2(noticesBetween(&polled, a).isEmpty(),
             qPrintable(titles(noticesBetween(&polled, a)).join(u'\n')));

    // A standby stops: "left", once; it starts again: "joined", as a standby, once.
    const ClusterSnapshot b
        = registered({ QStringLiteral("m1"), QStringLiteral("m3") }, QStringLiteral("m1"));
    const QList<Notice> left = noticesBetween(&a, b);
    QCOMPARE(kinds(left), QList<Kind> { Kind::HostUnreachable });
    QCOMPARE(left.first().title, QStringLiteral("Master left"));
    QVERIFY2(left.first().text.contains(QStringLiteral("m2:5050")), qPrintable(left.first().text));
    QVERIFY(noticesBetween(&b, b).isEmpty());
    const QList<Notice> joined = noticesBetween(&b, a);
    QCOMPARE(kinds(joined), QList<Kind> { Kind::HostBack });
    QCOMPARE(joined.first().title, QStringLiteral("Master joined"));
    QVERIFY2(joined.first().text.contains(QStringLiteral("m2:5050"))
                 && joined.first().text.contains(QStringLiteral("standby")),
             qPrintable(joined.first().text));

    // The leader is killed: the leader's notice says it left, nothing else does.
    const ClusterSnapshot electing = registered({ QStringLiteral("m2"), QStringLiteral("m3") }, {});
    const QList<Notice> lost = noticesBetween(&a, electing);
    QCOMPARE(kinds(lost), QList<Kind> { Kind::LeaderLost });
    QVERIFY2(lost.first().text.contains(QStringLiteral("m1:5050"))
                 && lost.first().text.contains(QStringLiteral("left the masters")),
             qPrintable(lost.first().text));
    const ClusterSnapshot elected
        = registered({ QStringLiteral("m2"), QStringLiteral("m3") }, QStringLiteral("m2"));
    QCOMPARE(kinds(noticesBetween(&electing, elected)), QList<Kind> { Kind::LeaderChanged });
    // ... or the next one leads at once.
    const QList<Notice> changed = noticesBetween(&a, elected);
    QCOMPARE(kinds(changed), QList<Kind> { Kind::LeaderChanged });
    QVERIFY2(changed.first().text.contains(QStringLiteral("m2:5050 now leads instead of m1:5050"))
                 && changed.first().text.contains(QStringLiteral("left the masters")),
             qPrintable(changed.first().text));
    // It is restarted: back as a standby, told once.
    ClusterSnapshot back = registered({ QStringLiteral("m2"), QStringLiteral("m3"), QStringLiteral("m1") },
                                      QStringLiteral("m2"));
    const QList<Notice> rejoined = noticesBetween(&elected, back);
    QCOMPARE(kinds(rejoined), QList<Kind> { Kind::HostBack });
    QVERIFY2(rejoined.first().text.contains(QStringLiteral("m1:5050 joined the masters as a standby")),
             qPrintable(rejoined.first().text));

    // A leader change among masters that all stay listed: the leader's notice alone, as before.
    const ClusterSnapshot moved = registered(all, QStringLiteral("m2"));
    const QList<Notice> moving = noticesBetween(&a, moved);
    QCOMPARE(kinds(moving), QList<Kind> { Kind::LeaderChanged });
    QCOMPARE(moving.first().text, QStringLiteral("m2:5050 now leads instead of m1:5050."));

    // Through the feed: the same standby leaving twice (two outages) is told twice, each once.
    NoticeFeed feed;
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    int leftTold = 0;
    int joinedTold = 0;
    const std::vector<ClusterSnapshot> steps { a, b, b, a, a, b, a };
    for (size_t i = 0; i < steps.size(); ++i) {
        for (const Notice &n :
             feed.next(std::make_shared<ClusterSnapshot>(steps[i]), t0.addSecs(qint64(i)))) {
            leftTold += n.title == u"Master left" ? 1 : 0;
            joinedTold += n.title == u"Master joined" ? 1 : 0;
        }
    }
    QCOMPARE(leftTold, 2);
    QCOMPARE(joinedTold, 2);
}

namespace {
mc::marathon::App failingApp(const QString &taskId)
{
    mc::marathon::App app;
    app.id = QStringLiteral("/www");
    app.instances = 1; // and none running
    if (!taskId.isEmpty())
        app.lastTaskFailure = mc::marathon::TaskFailure { taskId,
                                                          QStringLiteral("TASK_FAILED"),
                                                          QStringLiteral("Command exited with status 1"),
                                                          QStringLiteral("agent1"),
                                                          {} };
    return app;
}

mc::marathon::App failingApp(const QString &appId, const QString &taskId)
{
    mc::marathon::App app = failingApp(taskId);
    app.id = appId;
    return app;
}

std::shared_ptr<const mc::SharedList<mc::marathon::App>> apps(std::vector<mc::marathon::App> list)
{
    return std::make_shared<const mc::SharedList<mc::marathon::App>>(std::move(list));
}

std::shared_ptr<const std::vector<mc::marathon::Deployment>> deploying(const QString &id, const QString &app)
{
    mc::marathon::Deployment d;
    d.id = id;
    d.affectedApps = { app };
    return std::make_shared<const std::vector<mc::marathon::Deployment>>(std::vector { d });
}

mc::mesos::Agent agent(const QString &id, const QString &host, bool active)
{
    mc::mesos::Agent a;
    a.id = id;
    a.hostname = host;
    a.active = active;
    return a;
}

mc::mesos::Task task(const QString &id, const QString &framework, mc::mesos::TaskState state)
{
    mc::mesos::Task t;
    t.id = id;
    t.frameworkId = framework;
    t.agentId = QStringLiteral("S0");
    t.state = state;
    return t;
}

ClusterSnapshot withTasks(std::vector<mc::mesos::Task> tasks)
{
    ClusterSnapshot s = live();
    s.hasTaskList = true;
    s.marathonInfo = mc::marathon::MarathonInfo {};
    s.marathonInfo->frameworkId = QStringLiteral("marathon-fw");
    s.agents = std::make_shared<const std::vector<mc::mesos::Agent>>(
        std::vector { agent(QStringLiteral("S0"), QStringLiteral("a1"), true) });
    s.tasks = std::make_shared<const mc::mesos::TaskList>(std::move(tasks));
    return s;
}
} // namespace

void tst_ClusterNotices::deploymentReportedFailedCarriesLastTaskFailure()
{
    ClusterSnapshot a = live();
    a.deployments = deploying(QStringLiteral("d-1"), QStringLiteral("/www"));
    a.apps = apps({ failingApp({}) });
    ClusterSnapshot b = live();
    b.apps = apps({ failingApp(QStringLiteral("www.2")) });
    b.failedDeployments = { { QStringLiteral("d-1"), QStringLiteral("Cancelled by a forced update") } };
    const QList<Notice> n = noticesBetween(&a, b);
    // The failure itself is told by the deployment notice; the app is no longer deploying in b.
    QVERIFY(kinds(n).contains(Kind::DeploymentFailed));
    const Notice failed = n.at(kinds(n).indexOf(Kind::DeploymentFailed));
    QCOMPARE(failed.severity, Notice::Severity::Error);
    QVERIFY(failed.text.contains(QStringLiteral("/www")));
    QVERIFY(failed.text.contains(QStringLiteral("Cancelled by a forced update")));
    QVERIFY(failed.text.contains(QStringLiteral("Command exited with status 1")));
}

void tst_ClusterNotices::failedDeploymentLeavesOutAFailureFromBeforeIt()
{
    // The app failed an hour before the deployment began (its version); the deployment is then
    // forced out. Its notice must not blame that old failure, but does name one since it began.
    mc::marathon::Deployment d;
    d.id = QStringLiteral("d-1");
    d.version = QStringLiteral("2026-11-25T04:00:00.000Z");
    d.affectedApps = { QStringLiteral("/www") };
    mc::marathon::App old = failingApp(QStringLiteral("www.1"));
    old.lastTaskFailure->timestamp = QStringLiteral("2026-11-25T03:00:00.000Z");
    ClusterSnapshot a = live();
    a.deployments = std::make_shared<const std::vector<mc::marathon::Deployment>>(std::vector { d });
    a.apps = apps({ old });
    ClusterSnapshot b = live();
    b.apps = apps({ old });
    b.failedDeployments = { { QStringLiteral("d-1"), QStringLiteral("Cancelled by a forced update") } };
    QList<Notice> n = noticesBetween(&a, b);
    QCOMPARE(kinds(n), QList<Kind> { Kind::DeploymentFailed });
    QVERIFY(n.first().text.contains(QStringLiteral("Cancelled by a forced update")));
    QVERIFY2(!n.first().text.contains(QStringLiteral("www.1")), qPrintable(n.first().text));
    QVERIFY(!n.first().text.contains(QStringLiteral("Last task failure")));

    mc::marathon::App recent = failingApp(QStringLiteral("www.2"));
    recent.lastTaskFailure->timestamp = QStringLiteral("2026-11-25T04:00:05.000Z");
    b.apps = apps({ recent });
    n = noticesBetween(&a, b);
    QCOMPARE(kinds(n), QList<Kind> { Kind::DeploymentFailed });
    QVERIFY2(n.first().text.contains(QStringLiteral("www.2")), qPrintable(n.first().text));
}

void tst_ClusterNotices::deploymentNeverListedIsToldFromItsEvent()
{
    // Began and ended between two reads of /v2/deployments: only its event tells.
    const ClusterSnapshot a = live();
    ClusterSnapshot b = live();
    b.succeededDeployments = { { QStringLiteral("d-9"), { QStringLiteral("/fast") } } };
    QList<Notice> n = noticesBetween(&a, b);
    QCOMPARE(kinds(n), QList<Kind> { Kind::DeploymentFinished });
    QVERIFY(n.first().text.contains(QStringLiteral("/fast")));
    QCOMPARE(n.first().key, QStringLiteral("deployment-done:d-9"));
    QVERIFY(noticesBetween(&b, b).isEmpty());

    ClusterSnapshot failed = live();
    failed.failedDeployments
        = { { QStringLiteral("d-8"), QStringLiteral("Cancelled by a forced update of /fast") } };
    n = noticesBetween(&a, failed);
    QCOMPARE(kinds(n), QList<Kind> { Kind::DeploymentFailed });
    QVERIFY(n.first().text.contains(QStringLiteral("Cancelled by a forced update of /fast")));
    QCOMPARE(n.first().key, QStringLiteral("deployment-done:d-8"));

    // Still listed when its event arrives: told once, when it leaves the list.
    ClusterSnapshot c = live();
    c.deployments = deploying(QStringLiteral("d-10"), QStringLiteral("/slow"));
    ClusterSnapshot d = c;
    d.succeededDeployments = { { QStringLiteral("d-10"), { QStringLiteral("/slow") } } };
    QVERIFY(noticesBetween(&c, d).isEmpty());
    ClusterSnapshot e = live();
    e.succeededDeployments = d.succeededDeployments;
    QCOMPARE(kinds(noticesBetween(&d, e)), QList<Kind> { Kind::DeploymentFinished });
    QVERIFY(noticesBetween(&e, e).isEmpty());
}

void tst_ClusterNotices::taskFailureDuringDeploymentIsFailingDeployment()
{
    ClusterSnapshot a = live();
    a.deployments = deploying(QStringLiteral("d-1"), QStringLiteral("/www"));
    a.apps = apps({ failingApp({}) });
    ClusterSnapshot b = a;
    b.apps = apps({ failingApp(QStringLiteral("www.1")) });
    const QList<Notice> n = noticesBetween(&a, b);
    QCOMPARE(kinds(n), QList<Kind> { Kind::DeploymentFailed });
    QVERIFY(n.first().title.contains(QStringLiteral("/www")));
    QVERIFY(n.first().text.contains(QStringLiteral("Command exited with status 1")));
    QCOMPARE(n.first().key, QStringLiteral("deployment-failing:d-1"));

    // A failure that arrives together with a new deployment (a forced update over a failing one)
    // belongs to the config being replaced: the failed deployment's notice carries it, once.
    ClusterSnapshot c = live();
    c.deployments = deploying(QStringLiteral("d-2"), QStringLiteral("/www"));
    c.apps = apps({ failingApp(QStringLiteral("www.2")) });
    c.failedDeployments = { { QStringLiteral("d-1"), QStringLiteral("Cancelled") } };
    const QList<Notice> m = noticesBetween(&b, c);
    QCOMPARE(kinds(m), QList<Kind> { Kind::DeploymentFailed });
    QCOMPARE(m.first().title, QStringLiteral("Deployment failed"));
    QVERIFY(m.first().text.contains(QStringLiteral("www.2")));

    // A task of the replaced config failing while the new one deploys says nothing.
    ClusterSnapshot d = c;
    d.failedDeployments.clear();
    mc::marathon::App replaced = failingApp(QStringLiteral("www.3"));
    replaced.version = QStringLiteral("2026-11-25T04:00:00.000Z");
    replaced.lastTaskFailure->version = QStringLiteral("2026-11-25T03:00:00.000Z");
    d.apps = apps({ replaced });
    QVERIFY(noticesBetween(&c, d).isEmpty());
    replaced.lastTaskFailure->version = replaced.version;
    d.apps = apps({ replaced });
    QCOMPARE(kinds(noticesBetween(&c, d)), QList<Kind> { Kind::DeploymentFailed });
}

void tst_ClusterNotices::marathonLeaderChange()
{
    ClusterSnapshot a = live();
    a.marathonInfo = mc::marathon::MarathonInfo {};
    a.marathonInfo->leader = QStringLiteral("mar1:8080");
    ClusterSnapshot b = a;
    b.marathonInfo->leader = QStringLiteral("mar2:8080");
    const QList<Notice> n = noticesBetween(&a, b);
    QCOMPARE(kinds(n), QList<Kind> { Kind::LeaderChanged });
    QVERIFY(n.first().text.contains(QStringLiteral("mar2:8080")));
    QVERIFY(n.first().title.contains(QStringLiteral("Marathon")));
}

void tst_ClusterNotices::agentLostRemovedAndBack()
{
    ClusterSnapshot a = live();
    a.agents = std::make_shared<const std::vector<mc::mesos::Agent>>(
        std::vector { agent(QStringLiteral("S0"), QStringLiteral("a1"), true),
                      agent(QStringLiteral("S1"), QStringLiteral("a2"), true) });
    ClusterSnapshot b = live();
    b.agents = std::make_shared<const std::vector<mc::mesos::Agent>>(
        std::vector { agent(QStringLiteral("S0"), QStringLiteral("a1"), false) });
    const QList<Notice> n = noticesBetween(&a, b);
    QCOMPARE(kinds(n), (QList<Kind> { Kind::HostUnreachable, Kind::HostUnreachable }));
    QVERIFY(n[0].text.contains(QStringLiteral("a1:5051")));
    QVERIFY(n[1].text.contains(QStringLiteral("a2:5051")));
    ClusterSnapshot c = live();
    c.agents = std::make_shared<const std::vector<mc::mesos::Agent>>(
        std::vector { agent(QStringLiteral("S0"), QStringLiteral("a1"), true) });
    QCOMPARE(kinds(noticesBetween(&b, c)), QList<Kind> { Kind::HostBack });
    // An agent that was gone registers again.
    ClusterSnapshot e = live();
    e.agents = std::make_shared<const std::vector<mc::mesos::Agent>>(
        std::vector { agent(QStringLiteral("S0"), QStringLiteral("a1"), true),
                      agent(QStringLiteral("S1"), QStringLiteral("a2"), true) });
    const QList<Notice> back = noticesBetween(&c, e);
    QCOMPARE(kinds(back), QList<Kind> { Kind::HostBack });
    QVERIFY(back.first().text.contains(QStringLiteral("a2:5051")));
    // A failed read of the master keeps the old list and says nothing about agents.
    ClusterSnapshot d = b;
    d.mesos.kind = ConnectionState::Kind::Error;
    QVERIFY(noticesBetween(&a, d).isEmpty());
}

void tst_ClusterNotices::zooKeeperMemberDownAndBack()
{
    ClusterSnapshot a = live();
    mc::zookeeper::ZkServerStatus zk;
    zk.hostPort = QStringLiteral("zk1:2181");
    zk.healthy = true;
    zk.mode = QStringLiteral("follower");
    a.zookeeper = { zk };
    ClusterSnapshot b = live();
    zk.healthy = false;
    zk.error = QStringLiteral("connection refused");
    b.zookeeper = { zk };
    const QList<Notice> n = noticesBetween(&a, b);
    QCOMPARE(kinds(n), QList<Kind> { Kind::HostUnreachable });
    QVERIFY(n.first().text.contains(QStringLiteral("zk1:2181")));
    QVERIFY(n.first().text.contains(QStringLiteral("connection refused")));
    QCOMPARE(kinds(noticesBetween(&b, a)), QList<Kind> { Kind::HostBack });
}

void tst_ClusterNotices::otherFrameworksFailedTasks_data()
{
    QTest::addColumn<QString>("framework");
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("told");
    using S = mc::mesos::TaskState;
    QTest::newRow("failed") << QStringLiteral("spark-fw") << int(S::Failed) << true;
    QTest::newRow("lost") << QStringLiteral("spark-fw") << int(S::Lost) << true;
    QTest::newRow("error") << QStringLiteral("spark-fw") << int(S::Error) << true;
    QTest::newRow("finished") << QStringLiteral("spark-fw") << int(S::Finished) << false;
    QTest::newRow("killed") << QStringLiteral("spark-fw") << int(S::Killed) << false;
    // Marathon's own tasks are told through lastTaskFailure, with the message.
    QTest::newRow("marathon's") << QStringLiteral("marathon-fw") << int(S::Failed) << false;
}

void tst_ClusterNotices::otherFrameworksFailedTasks()
{
    QFETCH(QString, framework);
    QFETCH(int, state);
    QFETCH(bool, told);
    const ClusterSnapshot a
        = withTasks({ task(QStringLiteral("t1"), framework, mc::mesos::TaskState::Running) });
    const ClusterSnapshot b
        = withTasks({ task(QStringLiteral("t1"), framework, mc::mesos::TaskState(state)) });
    const QList<Notice> n = noticesBetween(&a, b);
    QCOMPARE(n.size(), told ? 1 : 0);
    if (told) {
        QCOMPARE(n.first().kind, Kind::TaskFailed);
        QVERIFY(n.first().text.contains(QStringLiteral("t1")));
        QVERIFY(n.first().text.contains(mc::mesos::taskStateName(mc::mesos::TaskState(state))));
        QVERIFY(n.first().text.contains(QStringLiteral("a1:5051")));
        QVERIFY(noticesBetween(&b, b).isEmpty());
    }
}

void tst_ClusterNotices::manyFailedTasksAreOneNotice()
{
    std::vector<mc::mesos::Task> running, failed;
    for (int i = 0; i < 10; ++i) {
        running.push_back(
            task(QStringLiteral("t%1").arg(i), QStringLiteral("spark-fw"), mc::mesos::TaskState::Running));
        failed.push_back(
            task(QStringLiteral("t%1").arg(i), QStringLiteral("spark-fw"), mc::mesos::TaskState::Failed));
    }
    const ClusterSnapshot a = withTasks(running);
    const ClusterSnapshot b = withTasks(failed);
    const QList<Notice> n = noticesBetween(&a, b);
    QCOMPARE(kinds(n), QList<Kind> { Kind::TaskFailed });
    QVERIFY(n.first().title.contains(QStringLiteral("10")));
}

// The stream's lists share unchanged tasks and move the last task into a
// removed one's place: a failure seen before is not told again where it moved,
// a new one among shared tasks is told once.
void tst_ClusterNotices::sharedTasksThatMovedAreNotToldAgain()
{
    using mc::mesos::TaskList;
    using S = mc::mesos::TaskState;
    const ClusterSnapshot a = withTasks({ task(QStringLiteral("f"), QStringLiteral("spark-fw"), S::Failed),
                                          task(QStringLiteral("r1"), QStringLiteral("spark-fw"), S::Running),
                                          task(QStringLiteral("r2"), QStringLiteral("spark-fw"), S::Running) });
    const TaskList &was = *a.tasks;
    ClusterSnapshot moved = a;
    auto movedTasks = std::make_shared<TaskList>(was);
    movedTasks->set(0, was.ptr(2)); // r2 replaces a removed task's place ...
    movedTasks->set(2, was.ptr(0)); // ... and f moved
    moved.tasks = movedTasks;
    QVERIFY(noticesBetween(&a, moved).isEmpty());

    ClusterSnapshot failing = moved;
    auto failingTasks = std::make_shared<TaskList>(*movedTasks);
    failingTasks->set(1, std::make_shared<const mc::mesos::Task>(
                             task(QStringLiteral("r1"), QStringLiteral("spark-fw"), S::Failed)));
    failing.tasks = failingTasks;
    const QList<Notice> n = noticesBetween(&moved, failing);
    QCOMPARE(kinds(n), QList<Kind> { Kind::TaskFailed });
    QVERIFY(n.first().text.contains(QStringLiteral("r1")));
}

// Apps are matched by place first (the lists keep one order), by id once one moved: a new
// failure of an app that moved is told once, an old one that moved is not told again.
void tst_ClusterNotices::appFailuresAreFoundWhereverTheAppMoved()
{
    ClusterSnapshot a = live();
    a.apps = apps({ failingApp(QStringLiteral("/a"), QStringLiteral("a.1")), failingApp(QStringLiteral("/b"), QStringLiteral("b.1")),
                    failingApp(QStringLiteral("/c"), {}) });
    ClusterSnapshot b = live();
    b.apps = apps({ failingApp(QStringLiteral("/new"), QStringLiteral("new.1")), failingApp(QStringLiteral("/c"), QStringLiteral("c.1")),
                    failingApp(QStringLiteral("/b"), QStringLiteral("b.1")), failingApp(QStringLiteral("/a"), QStringLiteral("a.2")) });
    const QList<Notice> n = noticesBetween(&a, b);
    QStringList told;
    for (const Notice &notice : n)
        told << notice.appId;
    told.sort();
    QCOMPARE(told, (QStringList { QStringLiteral("/a"), QStringLiteral("/c") }));
    // The same apps in the same places: nothing new.
    ClusterSnapshot c = live();
    c.apps = apps(std::vector<mc::marathon::App>(b.apps->begin(), b.apps->end()));
    QVERIFY(noticesBetween(&b, c).isEmpty());
}

void tst_ClusterNotices::feedSaysNothingFirstAndDropsRepeats()
{
    NoticeFeed feed;
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    auto a = std::make_shared<ClusterSnapshot>(live());
    a->apps = apps({ failingApp({}) });
    QVERIFY(feed.next(a, t0).isEmpty());
    QVERIFY(feed.next(a, t0).isEmpty());
    // The app fails again and again under back-off: one notice.
    auto b = std::make_shared<ClusterSnapshot>(live());
    b->apps = apps({ failingApp(QStringLiteral("www.1")) });
    QCOMPARE(kinds(feed.next(b, t0.addSecs(1))), QList<Kind> { Kind::TaskFailed });
    auto c = std::make_shared<ClusterSnapshot>(live());
    c->apps = apps({ failingApp(QStringLiteral("www.2")) });
    QVERIFY(feed.next(c, t0.addSecs(5)).isEmpty());
    QVERIFY(feed.next(c, t0.addSecs(6)).isEmpty());
    // ...even after kRepeatAfterSecs: the app has not run again since.
    auto d = std::make_shared<ClusterSnapshot>(live());
    d->apps = apps({ failingApp(QStringLiteral("www.3")) });
    QVERIFY(feed.next(d, t0.addSecs(NoticeFeed::kRepeatAfterSecs + 2)).isEmpty());
    // Notices without a key (edges like a leader change) always pass.
    auto e = std::make_shared<ClusterSnapshot>(*d);
    e->leader = master(QStringLiteral("m2"));
    QCOMPARE(kinds(feed.next(e, t0.addSecs(NoticeFeed::kRepeatAfterSecs + 3))),
             QList<Kind> { Kind::LeaderChanged });
    QCOMPARE(kinds(feed.next(d, t0.addSecs(NoticeFeed::kRepeatAfterSecs + 4))),
             QList<Kind> { Kind::LeaderChanged });
    // Other keyed notices, a task of another framework failing again and again under the same id
    // (a framework that reuses its task ids), pass once per kRepeatAfterSecs.
    const auto otherFailing = [&](mc::mesos::TaskState state) {
        auto s = std::make_shared<ClusterSnapshot>(
            withTasks({ task(QStringLiteral("job.1"), QStringLiteral("chronos"), state) }));
        s->apps = d->apps;
        return s;
    };
    (void)feed.next(otherFailing(mc::mesos::TaskState::Running),
                    t0.addSecs(NoticeFeed::kRepeatAfterSecs + 10)); // its agent appears
    QCOMPARE(kinds(feed.next(otherFailing(mc::mesos::TaskState::Failed),
                             t0.addSecs(NoticeFeed::kRepeatAfterSecs + 11))),
             QList<Kind> { Kind::TaskFailed });
    QVERIFY(
        feed.next(otherFailing(mc::mesos::TaskState::Running), t0.addSecs(NoticeFeed::kRepeatAfterSecs + 12))
            .isEmpty());
    QVERIFY(
        feed.next(otherFailing(mc::mesos::TaskState::Failed), t0.addSecs(NoticeFeed::kRepeatAfterSecs + 13))
            .isEmpty());
    QVERIFY(feed.next(otherFailing(mc::mesos::TaskState::Running),
                      t0.addSecs(2 * NoticeFeed::kRepeatAfterSecs + 14))
                .isEmpty());
    QCOMPARE(kinds(feed.next(otherFailing(mc::mesos::TaskState::Failed),
                             t0.addSecs(2 * NoticeFeed::kRepeatAfterSecs + 15))),
             QList<Kind> { Kind::TaskFailed });
}

namespace {
// /www with `running` of its 2 instances running (healthy when it has health checks) and
// `failure` as its last task failure.
SnapshotPtr www(int running, const QString &failure, bool healthChecks = false, int healthy = 0)
{
    mc::marathon::App app = failingApp(failure);
    app.instances = 2;
    app.tasksRunning = running;
    app.hasHealthChecks = healthChecks;
    app.tasksHealthy = healthy;
    auto s = std::make_shared<ClusterSnapshot>(live());
    s->apps = apps({ app });
    return s;
}
} // namespace

void tst_ClusterNotices::flappingAppIsToldOnceAndItsRecoveryOnce()
{
    NoticeFeed feed;
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    const auto at = [&](int secs) { return t0.addSecs(secs); };
    QVERIFY(feed.next(www(2, {}), at(0)).isEmpty());
    // A task flaps: killed three times, each replacement running a second later.
    QCOMPARE(kinds(feed.next(www(1, QStringLiteral("www.1")), at(1))), QList<Kind> { Kind::TaskFailed });
    QVERIFY(feed.next(www(2, QStringLiteral("www.1")), at(2)).isEmpty());
    QVERIFY(feed.next(www(1, QStringLiteral("www.2")), at(3)).isEmpty());
    QVERIFY(feed.next(www(2, QStringLiteral("www.2")), at(4)).isEmpty());
    QVERIFY(feed.next(www(1, QStringLiteral("www.3")), at(5)).isEmpty());
    QVERIFY(feed.next(www(2, QStringLiteral("www.3")), at(6)).isEmpty());
    // Running again once both have run kRunningAgainAfterSecs with no new failure, told once.
    const int steady = 6 + NoticeFeed::kRunningAgainAfterSecs;
    QVERIFY(feed.next(www(2, QStringLiteral("www.3")), at(steady - 1)).isEmpty());
    const QList<Notice> back = feed.next(www(2, QStringLiteral("www.3")), at(steady));
    QCOMPARE(kinds(back), QList<Kind> { Kind::AppRunningAgain });
    QCOMPARE(back.first().appId, QStringLiteral("/www"));
    QCOMPARE(back.first().severity, Notice::Severity::Info);
    QVERIFY(back.first().title.contains(QStringLiteral("/www")));
    QVERIFY(feed.next(www(2, QStringLiteral("www.3")), at(steady + 60)).isEmpty());
    // The next failure, however soon, begins a new episode.
    QCOMPARE(kinds(feed.next(www(1, QStringLiteral("www.4")), at(steady + 61))),
             QList<Kind> { Kind::TaskFailed });
    // Running but not healthy is not running again.
    QVERIFY(feed.next(www(2, QStringLiteral("www.4"), true, 1), at(steady + 62)).isEmpty());
    QVERIFY(feed.next(www(2, QStringLiteral("www.4"), true, 1), at(steady + 200)).isEmpty());
    QVERIFY(feed.next(www(2, QStringLiteral("www.4"), true, 2), at(steady + 201)).isEmpty());
    QCOMPARE(kinds(feed.next(www(2, QStringLiteral("www.4"), true, 2),
                             at(steady + 201 + NoticeFeed::kRunningAgainAfterSecs))),
             QList<Kind> { Kind::AppRunningAgain });
}

void tst_ClusterNotices::failureEpisodeEndsWithTheApp()
{
    NoticeFeed feed;
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    QVERIFY(feed.next(www(2, {}), t0).isEmpty());
    QCOMPARE(kinds(feed.next(www(1, QStringLiteral("www.1")), t0.addSecs(1))),
             QList<Kind> { Kind::TaskFailed });
    // While Marathon is not answering nothing is known: the episode goes on.
    auto away = std::make_shared<ClusterSnapshot>(*www(1, QStringLiteral("www.1")));
    away->marathon.kind = ConnectionState::Kind::Error;
    away->apps = apps({});
    (void)feed.next(away, t0.addSecs(2));
    QCOMPARE(kinds(feed.next(www(1, QStringLiteral("www.2")), t0.addSecs(3))),
             QList<Kind> { Kind::HostBack }); // Marathon, not /www
    // Destroyed: the episode ends without a word, and an app of the same name later begins anew.
    auto gone = std::make_shared<ClusterSnapshot>(live());
    gone->apps = apps({});
    QVERIFY(feed.next(gone, t0.addSecs(4)).isEmpty());
    QVERIFY(feed.next(www(2, {}), t0.addSecs(5)).isEmpty());
    QCOMPARE(kinds(feed.next(www(1, QStringLiteral("www.5")), t0.addSecs(6))),
             QList<Kind> { Kind::TaskFailed });
    QVERIFY(feed.next(www(2, QStringLiteral("www.5")), t0.addSecs(400)).isEmpty());
    QCOMPARE(kinds(feed.next(www(2, QStringLiteral("www.5")),
                             t0.addSecs(400 + NoticeFeed::kRunningAgainAfterSecs))),
             QList<Kind> { Kind::AppRunningAgain });
}

QTEST_GUILESS_MAIN(tst_ClusterNotices)
#include "tst_ClusterNotices.moc"
