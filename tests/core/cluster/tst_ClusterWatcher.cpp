// Test data (ids, JSON) is written as plain string literals.
#undef QT_NO_CAST_FROM_ASCII

#include "core/cluster/ClusterWatcher.h"
#include "core/zookeeper/ZkUrl.h"
#include "core/zookeeper/ZooKeeperSession.h"
#include "tests/support/TestPaths.h"
#include "tests/support/TinyHttpServer.h"
#include "tests/support/ZooKeeperServer.h"

#include <QFile>
#include <QTest>

using namespace mc::cluster;
using mc::test::TinyHttpServer;

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(mc::test::fixturePath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// A master over real HTTP: metrics say whether it leads; state is a fixture.
struct FakeMaster
{
    TinyHttpServer server;
    bool elected = false;
    QByteArray state = fixture(QStringLiteral("mesos/v0/master/state.assembled-1.11.json"));
    int stateStatus = 200;
    bool hang = false;
    QByteArray redirectTo; // Location for /master/redirect; empty: 503
    QByteArray subscribed; // the SUBSCRIBED record a 1.1+ master streams; empty: no SUBSCRIBE (404)

    FakeMaster()
    {
        server.listen();
        server.route("/api/v1", [this](const TinyHttpServer::Request &) {
            if (subscribed.isEmpty())
                return TinyHttpServer::jsonReply("not found", 404);
            TinyHttpServer::Reply reply;
            reply.headers = { { "Content-Type", "application/json" } };
            reply.body = QByteArray::number(subscribed.size()) + '\n' + subscribed;
            reply.stream = true;
            return reply;
        });
        server.route("/metrics/snapshot", [this](const TinyHttpServer::Request &) {
            return TinyHttpServer::jsonReply(elected ? R"({"master/elected":1.0})"
                                                     : R"({"master/elected":0.0})");
        });
        server.route("/master/state", [this](const TinyHttpServer::Request &) {
            TinyHttpServer::Reply reply = TinyHttpServer::jsonReply(state, stateStatus);
            reply.hang = hang;
            return reply;
        });
        server.route("/master/redirect", [this](const TinyHttpServer::Request &) {
            TinyHttpServer::Reply reply;
            if (redirectTo.isEmpty()) {
                reply.status = 503;
                reply.body = "No leader elected";
            } else {
                reply.status = 307;
                reply.headers = { { "Location", redirectTo } };
            }
            return reply;
        });
    }
    QUrl url() const { return server.url(); }
};

// Marathon over real HTTP with an event stream.
struct FakeMarathon
{
    TinyHttpServer server;
    QByteArray apps
        = R"({"apps":[{"id":"/web","instances":2,"cpus":0.5,"mem":256,"tasksRunning":1,"tasksStaged":1,
        "tasks":[{"id":"web.1","appId":"/web","host":"a1","state":"TASK_RUNNING","ports":[31000]}]}]})";

    FakeMarathon()
    {
        server.listen();
        server.json("/v2/info",
                    R"({"name":"marathon","version":"1.10.26","leader":"127.0.0.1:8080","elected":true})");
        server.json("/v2/leader", R"({"leader":"127.0.0.1:8080"})");
        server.json("/v2/deployments", "[]");
        server.route("/v2/apps",
                     [this](const TinyHttpServer::Request &) { return TinyHttpServer::jsonReply(apps); });
        server.route("/v2/events", [](const TinyHttpServer::Request &) {
            TinyHttpServer::Reply reply;
            reply.stream = true;
            reply.headers = { { "Content-Type", "text/event-stream" } };
            reply.body
                = "event: event_stream_attached\r\ndata: {\"eventType\":\"event_stream_attached\"}\r\n\r\n";
            return reply;
        });
    }
};

// v1 JSON of a SUBSCRIBED event with one agent, one framework and these running tasks.
QByteArray subscribedWith(const QStringList &taskIds)
{
    QByteArray tasks;
    for (const QString &id : taskIds) {
        tasks += (tasks.isEmpty() ? "" : ",") + QByteArray(R"({"task_id":{"value":")") + id.toUtf8()
            + R"("},"framework_id":{"value":"fw"},"agent_id":{"value":"a1"},"state":"TASK_RUNNING"})";
    }
    return R"({"type":"SUBSCRIBED","subscribed":{"get_state":{"get_tasks":{"tasks":[)" + tasks
        + R"(]},"get_frameworks":{"frameworks":[{"framework_info":{"id":{"value":"fw"},"name":"marathon"}}]},)"
          R"("get_agents":{"agents":[{"agent_info":{"id":{"value":"a1"},"hostname":"h1"}}]}},)"
          R"("heartbeat_interval_seconds":15}})";
}

QByteArray record(const QByteArray &json)
{
    return QByteArray::number(json.size()) + '\n' + json;
}

QStringList taskIdsOf(const ClusterSnapshot &snapshot)
{
    QStringList ids;
    for (const auto &task : *snapshot.tasks)
        ids << task.id;
    ids.sort();
    return ids;
}

WatcherConfig fastConfig()
{
    WatcherConfig config;
    config.pollIntervalMs = 200;
    config.maxPollIntervalMs = 400;
    config.mesosHttp.timeoutMs = 700;
    config.marathonHttp.timeoutMs = 700;
    return config;
}
} // namespace

class tst_ClusterWatcher : public QObject
{
    Q_OBJECT

private slots:
    void fillsSnapshotFromElectedMaster();
    void standbyRedirectReachesLeader();
    void noLeaderShowsElectingThenNewLeader();
    void leaderKilledNewLeaderShownOnItsOwn();
    void brokenAnswersKeepLastGoodData_data();
    void brokenAnswersKeepLastGoodData();
    void slowUpdatesTurnStaleBeforeTheyFail();
    void mesos019StandbyLeadsToLeader_data();
    void mesos019StandbyLeadsToLeader();
    void summaryModeHasNoTaskList();
    void marathonEventsAreTheDataAndDropResyncs();
    void subscribedMasterIsNotPolled();
    void droppedStreamResubscribesAndReconciles();
    void newLeaderIsSubscribedTo();
    void forcedPollingReadsState();
    void discoversLeaderThroughZooKeeper();
    void fileZkFlagIsSaidAndMastersFollowed();
    void unreadableFlagsAreSaid();
    void standbyTeachesTheLeader();
    void snapshotsAreImmutableAndShareUnchangedLists();
    void pollIntervalChangeTakesEffectAtOnce();

private:
    static bool waitFor(ClusterWatcher &watcher,
                        const std::function<bool(const ClusterSnapshot &)> &condition, int timeoutMs = 8000)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            if (condition(*watcher.snapshot()))
                return true;
            QTest::qWait(10);
        }
        return condition(*watcher.snapshot());
    }
};

void tst_ClusterWatcher::fillsSnapshotFromElectedMaster()
{
    FakeMaster standby;
    FakeMaster leader;
    leader.elected = true;
    FakeMarathon marathon;
    WatcherConfig config = fastConfig();
    config.masters = { standby.url(), leader.url() };
    config.marathons = { marathon.server.url() };
    ClusterWatcher watcher(config);
    int emitted = 0;
    connect(&watcher, &ClusterWatcher::snapshotChanged, this, [&](SnapshotPtr) { ++emitted; });
    watcher.start();
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) {
        return s.mesos.kind == ConnectionState::Kind::Live && s.marathon.kind == ConnectionState::Kind::Live;
    }));
    const SnapshotPtr s = watcher.snapshot();
    QCOMPARE(s->clusterName, QStringLiteral("devcluster"));
    QCOMPARE(int(s->agents->size()), 2);
    QCOMPARE(int(s->frameworks->size()), 3);
    QCOMPARE(int(s->tasks->size()), 5);
    QVERIFY(s->hasTaskList);
    QVERIFY(s->leader.has_value());
    QCOMPARE(s->leader->hostname, QStringLiteral("mesos-master-2.test"));
    QCOMPARE(int(s->masters.size()), 2);
    QVERIFY(!s->masters[0].leader);
    QVERIFY(s->masters[1].leader);
    QCOMPARE(s->totals.cpusTotal, 12.0);
    QVERIFY(s->totals.tasksByState[int(mc::mesos::TaskState::Running)] >= 2);
    QCOMPARE(int(s->apps->size()), 1);
    QCOMPARE(int(s->marathonTasks->size()), 1);
    QCOMPARE(s->marathonInfo->version, QStringLiteral("1.10.26"));
    QVERIFY(emitted >= 2);
    QCOMPARE(standby.server.count("/master/state"), 0);
}

void tst_ClusterWatcher::standbyRedirectReachesLeader()
{
    FakeMaster standby;
    FakeMaster leader;
    leader.elected = true;
    // Only the standby is configured: its state endpoint answers 307 to the leader (1.x).
    const QByteArray location = "//" + leader.server.hostPort().toUtf8() + "/master/state";
    standby.server.route("/master/state", [location](const TinyHttpServer::Request &) {
        TinyHttpServer::Reply reply;
        reply.status = 307;
        reply.headers = { { "Location", location } };
        return reply;
    });
    standby.redirectTo = "//" + leader.server.hostPort().toUtf8();
    WatcherConfig config = fastConfig();
    config.masters = { standby.url() };
    ClusterWatcher watcher(config);
    watcher.start();
    QVERIFY(waitFor(watcher,
                    [](const ClusterSnapshot &s) { return s.mesos.kind == ConnectionState::Kind::Live; }));
    QCOMPARE(int(watcher.snapshot()->agents->size()), 2);
    QVERIFY(leader.server.count("/master/state") >= 1);
}

void tst_ClusterWatcher::noLeaderShowsElectingThenNewLeader()
{
    FakeMaster a;
    FakeMaster b;
    WatcherConfig config = fastConfig();
    config.masters = { a.url(), b.url() };
    ClusterWatcher watcher(config);
    watcher.start();
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) { return s.electing; }));
    QVERIFY(!watcher.snapshot()->leader.has_value());
    QCOMPARE(watcher.snapshot()->mesos.kind, ConnectionState::Kind::Error);
    QVERIFY(watcher.snapshot()->mesos.reason.contains(QStringLiteral("electing")));
    b.elected = true;
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) { return !s.electing && s.leader.has_value(); }));
    QVERIFY(watcher.snapshot()->masters[1].leader);
}

void tst_ClusterWatcher::leaderKilledNewLeaderShownOnItsOwn()
{
    auto a = std::make_unique<FakeMaster>();
    FakeMaster b;
    a->elected = true;
    WatcherConfig config = fastConfig();
    config.masters = { a->url(), b.url() };
    ClusterWatcher watcher(config);
    QList<QString> leaders;
    connect(&watcher, &ClusterWatcher::snapshotChanged, this, [&](SnapshotPtr s) {
        const QString name = s->electing ? QStringLiteral("electing")
            : s->masters.size() == 2     ? (s->masters[0].leader       ? QStringLiteral("a")
                                                : s->masters[1].leader ? QStringLiteral("b")
                                                                       : QString())
                                         : QString();
        if (!name.isEmpty() && (leaders.isEmpty() || leaders.constLast() != name))
            leaders << name;
    });
    watcher.start();
    QVERIFY(waitFor(watcher,
                    [](const ClusterSnapshot &s) { return s.masters.size() == 2 && s.masters[0].leader; }));
    a->server.close(); // the leading master dies
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) { return s.electing; }));
    b.elected = true; // a standby wins the election
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) {
        return s.mesos.kind == ConnectionState::Kind::Live && s.masters.size() == 2 && s.masters[1].leader;
    }));
    QVERIFY(!watcher.snapshot()->masters[0].reachable);
    QCOMPARE(leaders,
             (QList<QString> { QStringLiteral("a"), QStringLiteral("electing"), QStringLiteral("b") }));
}

void tst_ClusterWatcher::brokenAnswersKeepLastGoodData_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("expected");
    QTest::newRow("malformed JSON") << "json"
                                    << "not valid JSON";
    QTest::newRow("HTTP 500") << "500"
                              << "HTTP 500";
    QTest::newRow("timeout") << "timeout"
                             << "did not answer within";
}

void tst_ClusterWatcher::brokenAnswersKeepLastGoodData()
{
    QFETCH(QString, kind);
    QFETCH(QString, expected);
    FakeMaster leader;
    leader.elected = true;
    WatcherConfig config = fastConfig();
    config.masters = { leader.url() };
    ClusterWatcher watcher(config);
    watcher.start();
    QVERIFY(waitFor(watcher,
                    [](const ClusterSnapshot &s) { return s.mesos.kind == ConnectionState::Kind::Live; }));
    const QDateTime lastGood = watcher.snapshot()->mesos.lastSuccess;
    if (kind == u"json")
        leader.state = "{\"slaves\": [ {\"id\": ";
    else if (kind == u"500")
        leader.stateStatus = 500;
    else
        leader.hang = true;
    QVERIFY(waitFor(watcher,
                    [](const ClusterSnapshot &s) { return s.mesos.kind == ConnectionState::Kind::Error; }));
    const SnapshotPtr s = watcher.snapshot();
    QVERIFY2(s->mesos.reason.contains(expected), qPrintable(s->mesos.reason));
    QCOMPARE(int(s->agents->size()), 2); // last good data kept
    QCOMPARE(int(s->tasks->size()), 5);
    QCOMPARE(s->mesos.lastSuccess, lastGood);
    QVERIFY(s->mesos.describe().contains(QStringLiteral("last update")));
    leader.state = fixture(QStringLiteral("mesos/v0/master/state.assembled-1.11.json"));
    leader.stateStatus = 200;
    leader.hang = false;
    QVERIFY(waitFor(watcher,
                    [](const ClusterSnapshot &s) { return s.mesos.kind == ConnectionState::Kind::Live; }));
}

void tst_ClusterWatcher::slowUpdatesTurnStaleBeforeTheyFail()
{
    FakeMaster leader;
    leader.elected = true;
    WatcherConfig config = fastConfig();
    config.masters = { leader.url() };
    config.mesosHttp.timeoutMs = 3000;
    config.staleAfterMs = 600;
    ClusterWatcher watcher(config);
    watcher.start();
    QVERIFY(waitFor(watcher,
                    [](const ClusterSnapshot &s) { return s.mesos.kind == ConnectionState::Kind::Live; }));
    leader.hang = true; // the next answers take longer than the stale limit (and end in a timeout)
    QVERIFY(waitFor(
        watcher, [](const ClusterSnapshot &s) { return s.mesos.kind == ConnectionState::Kind::Stale; },
        2500));
    QVERIFY(watcher.snapshot()->mesos.describe().startsWith(QStringLiteral("stale (last update")));
    QCOMPARE(int(watcher.snapshot()->agents->size()), 2);
    QVERIFY(waitFor(
        watcher, [](const ClusterSnapshot &s) { return s.mesos.kind == ConnectionState::Kind::Error; },
        5000));
    leader.hang = false;
    QVERIFY(waitFor(
        watcher, [](const ClusterSnapshot &s) { return s.mesos.kind == ConnectionState::Kind::Live; }, 5000));
}

// Also when only the summary is wanted (the CLI's agents and frameworks): 0.19-0.23 have no
// state-summary either, and its 404 leads to the full state.
void tst_ClusterWatcher::mesos019StandbyLeadsToLeader_data()
{
    QTest::addColumn<bool>("fullState");
    QTest::newRow("full state") << true;
    QTest::newRow("summary wanted") << false;
}

void tst_ClusterWatcher::mesos019StandbyLeadsToLeader()
{
    QFETCH(bool, fullState);
    FakeMaster leader;
    FakeMaster standby;
    const QByteArray old
        = fixture(QStringLiteral("mesos/v0/master/state.json.mesos-0.19.1.from-mesos-dns.json"));
    // 0.19: no /master/state, no metrics; every master answers state.json, standbys with their own view.
    for (FakeMaster *m : { &leader, &standby }) {
        m->server.route("/master/state",
                        [](const TinyHttpServer::Request &) { return TinyHttpServer::jsonReply("", 404); });
        m->server.route("/master/state-summary",
                        [](const TinyHttpServer::Request &) { return TinyHttpServer::jsonReply("", 404); });
        m->server.route("/metrics/snapshot",
                        [](const TinyHttpServer::Request &) { return TinyHttpServer::jsonReply("", 404); });
    }
    const QByteArray leaderPid = "master@" + leader.server.hostPort().toUtf8();
    QByteArray leaderState = old;
    leaderState.replace("\"leader\": \"master@1.2.3.4:5050\"",
                        QByteArray("\"leader\": \"" + leaderPid + "\""));
    leaderState.replace("\"pid\": \"master@1.2.3.4:5050\"", QByteArray("\"pid\": \"" + leaderPid + "\""));
    QVERIFY(leaderState.contains(leaderPid));
    leader.server.json("/master/state.json", leaderState);
    standby.server.json("/master/state.json",
                        R"({"pid":"master@127.0.0.9:5050","leader":")" + leaderPid
                            + R"(","slaves":[],"frameworks":[]})");
    standby.redirectTo = "http://" + standby.server.hostPort().toUtf8(); // 0.19 pointed at itself
    WatcherConfig config = fastConfig();
    config.masters = { standby.url() };
    config.fullState = fullState;
    ClusterWatcher watcher(config);
    watcher.start();
    QVERIFY(waitFor(watcher,
                    [](const ClusterSnapshot &s) { return s.mesos.kind == ConnectionState::Kind::Live; }));
    QCOMPARE(int(watcher.snapshot()->agents->size()), 3);
    QCOMPARE(watcher.snapshot()->mesosVersion, QStringLiteral("0.19.1"));
    QVERIFY(leader.server.count("/master/state.json") >= 1);
}

void tst_ClusterWatcher::summaryModeHasNoTaskList()
{
    FakeMaster leader;
    leader.elected = true;
    leader.server.json("/master/state-summary",
                       fixture(QStringLiteral("mesos/v0/master/state-summary.assembled-1.11.json")));
    WatcherConfig config = fastConfig();
    config.masters = { leader.url() };
    config.fullState = false;
    ClusterWatcher watcher(config);
    watcher.start();
    QVERIFY(waitFor(watcher,
                    [](const ClusterSnapshot &s) { return s.mesos.kind == ConnectionState::Kind::Live; }));
    QVERIFY(!watcher.snapshot()->hasTaskList);
    QCOMPARE(leader.server.count("/master/state"), 0);
    QCOMPARE(watcher.snapshot()->totals.tasksByState[int(mc::mesos::TaskState::Running)], 2);
    watcher.setFullStateWanted(true); // the Tasks view opens
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) { return s.hasTaskList; }));
    QCOMPARE(int(watcher.snapshot()->tasks->size()), 5);
}

void tst_ClusterWatcher::marathonEventsAreTheDataAndDropResyncs()
{
    FakeMarathon marathon;
    WatcherConfig config = fastConfig();
    config.pollIntervalMs = 60000; // only events and reconnects may cause a re-read here
    config.maxPollIntervalMs = 60000;
    config.marathons = { marathon.server.url() };
    ClusterWatcher watcher(config);
    watcher.start();
    QVERIFY(waitFor(watcher,
                    [](const ClusterSnapshot &s) { return s.marathon.kind == ConnectionState::Kind::Live; }));
    QTRY_COMPARE(marathon.server.streamCount(), 1);
    const int readsBefore = marathon.server.count("/v2/apps");

    marathon.apps = R"({"apps":[{"id":"/web","instances":2,"tasks":[
        {"id":"web.1","appId":"/web","host":"a1","state":"TASK_RUNNING"},
        {"id":"web.2","appId":"/web","host":"a2","state":"TASK_RUNNING"}]}]})";
    marathon.server.pushToStreams(
        "event: status_update_event\r\ndata: {\"eventType\":\"status_update_event\","
        "\"taskId\":\"web.2\",\"appId\":\"/web\",\"taskStatus\":\"TASK_RUNNING\"}\r\n\r\n");
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) { return s.marathonTasks->size() == 2; }));
    QCOMPARE(marathon.server.count("/v2/apps"), readsBefore); // the event was the data: nothing re-read
    QCOMPARE(watcher.snapshot()->apps->at(0).tasksRunning, 2);

    // The stream drops; what changes meanwhile arrives through the resync after the reconnect.
    marathon.server.closeStreams();
    marathon.apps = R"({"apps":[{"id":"/web","instances":3,"tasks":[
        {"id":"web.1","appId":"/web","host":"a1","state":"TASK_RUNNING"},
        {"id":"web.2","appId":"/web","host":"a2","state":"TASK_RUNNING"},
        {"id":"web.3","appId":"/web","host":"a3","state":"TASK_STAGING"}]},{"id":"/db","instances":1}]})";
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) {
        return s.marathonTasks->size() == 3 && s.apps->size() == 2;
    }));
    QTRY_COMPARE(marathon.server.streamCount(), 1);
}

void tst_ClusterWatcher::subscribedMasterIsNotPolled()
{
    FakeMaster standby;
    FakeMaster leader;
    leader.elected = true;
    leader.subscribed = subscribedWith({ "t1", "t2" });
    WatcherConfig config = fastConfig();
    config.masters = { standby.url(), leader.url() };
    ClusterWatcher watcher(config);
    watcher.start();
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) {
        return s.mesos.kind == ConnectionState::Kind::Live && s.tasks->size() == 2;
    }));
    QVERIFY(watcher.snapshot()->hasTaskList);
    leader.server.pushToStreams(record(
        R"({"type":"TASK_ADDED","task_added":{"task":{"task_id":{"value":"t3"},"framework_id":{"value":"fw"},"agent_id":{"value":"a1"},"state":"TASK_STAGING"}}})"));
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) { return s.tasks->size() == 3; }));
    QTest::qWait(500); // several poll cycles (metrics) pass
    QCOMPARE(leader.server.count("/master/state"), 0);
    QCOMPARE(standby.server.count("/master/state"), 0);
    QCOMPARE(leader.server.count("/api/v1"), 1);
    QVERIFY(leader.server.count("/metrics/snapshot") > 1); // metrics stay polled
    QCOMPARE(watcher.snapshot()->mesos.kind, ConnectionState::Kind::Live);
}

void tst_ClusterWatcher::droppedStreamResubscribesAndReconciles()
{
    FakeMaster leader;
    leader.elected = true;
    leader.subscribed = subscribedWith({ "t1", "t2" });
    WatcherConfig config = fastConfig();
    config.masters = { leader.url() };
    ClusterWatcher watcher(config);
    watcher.start();
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) { return s.tasks->size() == 2; }));
    // Dropped in the middle of a record: the error shows, the last good state stays.
    leader.subscribed = subscribedWith({ "t2", "t3", "t4" });
    leader.server.pushToStreams("300\n{\"type\":\"TASK_ADD");
    QTest::qWait(50);
    leader.server.closeStreams();
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) {
        return s.mesos.kind == ConnectionState::Kind::Error && s.mesos.reason.contains(QStringLiteral("inside a record"));
    }));
    QCOMPARE(taskIdsOf(*watcher.snapshot()), (QStringList { "t1", "t2" }));
    // Resubscribed after the back-off: the new SUBSCRIBED state replaces what was shown.
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) {
        return s.mesos.kind == ConnectionState::Kind::Live && s.tasks->size() == 3;
    }));
    QCOMPARE(taskIdsOf(*watcher.snapshot()), (QStringList { "t2", "t3", "t4" }));
    QCOMPARE(leader.server.count("/api/v1"), 2);
    QCOMPARE(leader.server.count("/master/state"), 0);
}

void tst_ClusterWatcher::newLeaderIsSubscribedTo()
{
    auto a = std::make_unique<FakeMaster>();
    FakeMaster b;
    a->elected = true;
    a->subscribed = subscribedWith({ "t1" });
    b.subscribed = subscribedWith({ "t1", "t2" });
    WatcherConfig config = fastConfig();
    config.masters = { a->url(), b.url() };
    ClusterWatcher watcher(config);
    watcher.start();
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) { return s.tasks->size() == 1; }));
    a->server.close(); // the leading master dies: its stream ends
    b.elected = true;
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) {
        return s.mesos.kind == ConnectionState::Kind::Live && s.tasks->size() == 2 && s.masters.size() == 2
            && s.masters[1].leader;
    }));
    QCOMPARE(b.server.count("/api/v1"), 1);
    QCOMPARE(b.server.count("/master/state"), 0);
}

void tst_ClusterWatcher::forcedPollingReadsState()
{
    FakeMaster leader;
    leader.elected = true;
    leader.subscribed = subscribedWith({ "t1" });
    WatcherConfig config = fastConfig();
    config.masters = { leader.url() };
    config.mesosEvents = false;
    ClusterWatcher watcher(config);
    watcher.start();
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) { return s.tasks->size() == 5; })); // the v0 fixture
    QCOMPARE(leader.server.count("/api/v1"), 0);
}

void tst_ClusterWatcher::discoversLeaderThroughZooKeeper()
{
    mc::test::ZooKeeperServer zk;
    const QString error = zk.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    FakeMaster leader;
    const QByteArray info
        = QStringLiteral(R"({"id":"m1","pid":"master@127.0.0.1:%1","port":%1,"hostname":"localhost",
        "version":"1.11.0","address":{"hostname":"localhost","ip":"127.0.0.1","port":%1}})")
              .arg(leader.server.port())
              .toUtf8();
    {
        auto session = mc::zookeeper::ZooKeeperSession::connect(
            mc::zookeeper::ZkUrl::parse(zk.zkUrl(QStringLiteral("/mesos"))).value(), 5000);
        QVERIFY(session.ok());
        QVERIFY(session.value()->create(QStringLiteral("/mesos/json.info_0000000003"), info).ok());
    }
    WatcherConfig config = fastConfig();
    config.zkUrl = zk.zkUrl(QStringLiteral("/mesos"));
    config.mesosHttp.timeoutMs = 3000;
    ClusterWatcher watcher(config);
    watcher.start();
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) {
        return s.mesos.kind == ConnectionState::Kind::Live && !s.zookeeper.empty();
    }));
    const SnapshotPtr s = watcher.snapshot();
    QCOMPARE(int(s->masters.size()), 1);
    QVERIFY(s->masters.front().leader);
    QCOMPARE(s->masters.front().name, QStringLiteral("localhost:%1").arg(leader.server.port()));
    QCOMPARE(s->masters.front().version, QStringLiteral("1.11.0"));
    QVERIFY(s->leader.has_value());
    QCOMPARE(int(s->agents->size()), 2);
    QCOMPARE(s->zookeeper.front().mode, QStringLiteral("standalone"));
    watcher.stop();
}

// --zk=file:///etc/mesos/zk: the ensemble is in a file on the masters' hosts, out of reach.
void tst_ClusterWatcher::fileZkFlagIsSaidAndMastersFollowed()
{
    FakeMaster leader;
    leader.elected = true;
    leader.server.json("/master/flags", R"({"flags":{"zk":"file:///etc/mesos/zk","port":"5050"}})");
    WatcherConfig config = fastConfig();
    config.masters = { leader.url() };
    ClusterWatcher watcher(config);
    watcher.start();
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) { return s.mesos.kind == ConnectionState::Kind::Live; }));
    const WatchRoute route = watcher.snapshot()->watch;
    QCOMPARE(route.way, WatchRoute::Way::Masters);
    QVERIFY(route.zkUrl.isEmpty());
    QVERIFY2(route.reason.contains(QStringLiteral("the file /etc/mesos/zk")), qPrintable(route.reason));
    QVERIFY2(route.reason.contains(QStringLiteral("cannot be read from here")), qPrintable(route.reason));
    QCOMPARE(ClusterWatcher::describeWatch(route), QStringLiteral("via masters %1").arg(leader.server.hostPort()));
    watcher.stop();
}

// Flags behind authorization the console lacks: said, and the masters followed anyway.
void tst_ClusterWatcher::unreadableFlagsAreSaid()
{
    FakeMaster leader;
    leader.elected = true;
    leader.server.json("/master/flags", R"({"message":"Forbidden"})", 403);
    WatcherConfig config = fastConfig();
    config.masters = { leader.url() };
    ClusterWatcher watcher(config);
    watcher.start();
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) { return s.mesos.kind == ConnectionState::Kind::Live; }));
    QCOMPARE(watcher.snapshot()->watch.way, WatchRoute::Way::Masters);
    QVERIFY2(watcher.snapshot()->watch.reason.contains(QStringLiteral("HTTP 403")),
             qPrintable(watcher.snapshot()->watch.reason));
    watcher.stop();
}

// No zk flag (a master without ZooKeeper): the leader a standby names is learned and polled.
void tst_ClusterWatcher::standbyTeachesTheLeader()
{
    FakeMaster leader;
    leader.elected = true;
    FakeMaster standby;
    standby.server.json("/master/flags", R"({"flags":{"port":"5050","quorum":"1"}})");
    standby.redirectTo = "//" + leader.server.hostPort().toUtf8();
    WatcherConfig config = fastConfig();
    config.masters = { standby.url() };
    ClusterWatcher watcher(config);
    watcher.start();
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) {
        return s.mesos.kind == ConnectionState::Kind::Live && s.watch.masters.size() == 2;
    }));
    const WatchRoute route = watcher.snapshot()->watch;
    QCOMPARE(route.way, WatchRoute::Way::Masters);
    QVERIFY(route.mastersLearned);
    QVERIFY(route.reason.isEmpty());
    QCOMPARE(route.masters.at(1).port(), int(leader.server.port()));
    watcher.stop();
}

void tst_ClusterWatcher::snapshotsAreImmutableAndShareUnchangedLists()
{
    FakeMaster leader;
    leader.elected = true;
    FakeMarathon marathon;
    WatcherConfig config = fastConfig();
    config.masters = { leader.url() };
    config.marathons = { marathon.server.url() };
    config.marathonEvents = false;
    ClusterWatcher watcher(config);
    std::vector<SnapshotPtr> seen;
    connect(&watcher, &ClusterWatcher::snapshotChanged, this, [&](SnapshotPtr s) { seen.push_back(s); });
    watcher.start();
    QVERIFY(waitFor(watcher, [](const ClusterSnapshot &s) {
        return s.mesos.kind == ConnectionState::Kind::Live && s.marathon.kind == ConnectionState::Kind::Live;
    }));
    QVERIFY(seen.size() >= 3);
    for (size_t i = 1; i < seen.size(); ++i)
        QCOMPARE(seen[i]->generation, seen[i - 1]->generation + 1);
    // A Marathon update does not copy the Mesos task list.
    const SnapshotPtr last = seen.back();
    const auto it
        = std::find_if(seen.rbegin() + 1, seen.rend(), [](const SnapshotPtr &p) { return p->hasTaskList; });
    if (it != seen.rend() && (*it)->mesos.lastSuccess == last->mesos.lastSuccess)
        QCOMPARE((*it)->tasks.get(), last->tasks.get());
    QCOMPARE(seen.front()->agents->size(), size_t(0)); // the first snapshot was not changed afterwards
}

// Settings > poll interval on a running watcher: the next poll comes at the new pace, not after
// the old (long) interval.
void tst_ClusterWatcher::pollIntervalChangeTakesEffectAtOnce()
{
    FakeMaster leader;
    leader.elected = true;
    WatcherConfig config = fastConfig();
    config.pollIntervalMs = 60000;
    config.maxPollIntervalMs = 60000;
    config.masters = { leader.url() };
    ClusterWatcher watcher(config);
    watcher.start();
    QVERIFY(waitFor(watcher,
                    [](const ClusterSnapshot &s) { return s.mesos.kind == ConnectionState::Kind::Live; }));
    QTest::qWait(300);
    const int before = leader.server.count("/master/state");
    QTest::qWait(1000);
    QCOMPARE(leader.server.count("/master/state"), before);
    watcher.setPollInterval(200);
    QTRY_VERIFY_WITH_TIMEOUT(leader.server.count("/master/state") >= before + 3, 5000);
    QCOMPARE(watcher.config().pollIntervalMs, 200);
}

QTEST_GUILESS_MAIN(tst_ClusterWatcher)
#include "tst_ClusterWatcher.moc"
