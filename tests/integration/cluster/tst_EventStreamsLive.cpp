// The console on the event streams against localcluster: the master's
// SUBSCRIBE (v1 operator API) and Marathon's /v2/events are the data; nothing
// re-reads a full state while they flow (the servers' request counts say so);
// a killed leader, a dropped stream and each malformed stream end in a
// resubscription whose state matches a fresh full read.
#include "core/cluster/ClusterWatcher.h"
#include "core/cluster/MasterSubscription.h"
#include "models/cluster/ClusterModels.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QThread>

#include <map>

using namespace mc;
using cluster::ClusterSnapshot;
using cluster::ConnectionState;

namespace {
// Qt's own event dispatcher (as with QT_NO_GLIB or a Qt built without glib):
// there a timer that came due during a long event runs before the events the
// network thread posted meanwhile (quietClusterIsSubscribedOnce). Set before
// QTEST_MAIN makes the application.
[[maybe_unused]] const bool kQtDispatcher = qputenv("QT_NO_GLIB", "1");

constexpr int kPollMs = 400;
constexpr int kHeartbeatMs = 1000;

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

// Task id -> state of the live (not completed) Mesos tasks.
std::map<QString, mesos::TaskState> liveTasks(const ClusterSnapshot &s)
{
    std::map<QString, mesos::TaskState> tasks;
    for (const mesos::Task &task : *s.tasks) {
        if (!task.completed)
            tasks[task.id] = task.state;
    }
    return tasks;
}
} // namespace

class tst_EventStreamsLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void launchedTaskArrivesByEventsOnly();
    void malformedStreamsShowErrorKeepStateAndResubscribe_data();
    void malformedStreamsShowErrorKeepStateAndResubscribe();
    void quietClusterIsSubscribedOnce();
    void killedLeaderIsResubscribedAndMatchesAFreshRead_data();
    void killedLeaderIsResubscribedAndMatchesAFreshRead();
    void masterWithoutSubscribeIsPolled();
    void marathonAnsweringErrorsIsShownWhileItsStreamIsUp();
    void slowMarathonIsToldOnceUntilEveryAnswerComesBack();
    void appReReadThatFailsIsTriedAgainThenReadWhole();
    void droppedMarathonStreamIsNoStaleFlash();

private:
    std::unique_ptr<cluster::ClusterWatcher> watch(bool events = true, qsizetype arrivingOver = 0,
                                                   const std::function<void(cluster::WatcherConfig &)> &tweak
                                                   = {});
    void waitForMarathonStream();
    QJsonObject requestCounts(const QString &serverUrl, bool reset = false);
    qint64 subscribeCalls();
    void postJson(const QString &url, const QByteArray &body, int expectStatus);

    std::unique_ptr<test::LocalClusterProcess> m_cluster;
    std::unique_ptr<cluster::ClusterWatcher> m_watcher;
    std::unique_ptr<models::ClusterModels> m_models;
};

void tst_EventStreamsLive::initTestCase()
{
    m_cluster = std::make_unique<test::LocalClusterProcess>(
        QStringList { QStringLiteral("--masters"), QStringLiteral("3"), QStringLiteral("--agents"),
                      QStringLiteral("2"), QStringLiteral("--demo-apps"), QStringLiteral("--election-delay"),
                      QStringLiteral("800"), QStringLiteral("--sse-heartbeat"), QStringLiteral("1000"),
                      QStringLiteral("--operator-heartbeat"), QString::number(kHeartbeatMs) });
    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
}

void tst_EventStreamsLive::cleanupTestCase()
{
    m_watcher.reset();
    m_models.reset();
    m_cluster.reset();
}

void tst_EventStreamsLive::cleanup()
{
    m_watcher.reset();
    m_models.reset();
    if (m_cluster)
        test::httpRequest("DELETE", m_cluster->marathonUrl() + QStringLiteral("/__admin/faults"));
}

std::unique_ptr<cluster::ClusterWatcher>
tst_EventStreamsLive::watch(bool events, qsizetype arrivingOver,
                            const std::function<void(cluster::WatcherConfig &)> &tweak)
{
    cluster::WatcherConfig config;
    if (arrivingOver > 0)
        config.mesosParseArrivingOver = arrivingOver;
    for (const QString &url : m_cluster->masterUrls())
        config.masters << QUrl(url);
    config.marathons << QUrl(m_cluster->marathonUrl());
    config.pollIntervalMs = kPollMs;
    config.maxPollIntervalMs = 2 * kPollMs;
    config.mesosHttp.timeoutMs = 1500;
    config.marathonHttp.timeoutMs = 1500;
    config.mesosEvents = events;
    if (tweak)
        tweak(config);
    auto watcher = std::make_unique<cluster::ClusterWatcher>(config);
    if (!m_models) {
        m_models = std::make_unique<models::ClusterModels>();
        connect(watcher.get(), &cluster::ClusterWatcher::snapshotChanged, m_models.get(),
                &models::ClusterModels::setSnapshot);
    }
    return watcher;
}

QJsonObject tst_EventStreamsLive::requestCounts(const QString &serverUrl, bool reset)
{
    const test::HttpResult result
        = test::httpRequest(reset ? "DELETE" : "GET", serverUrl + QStringLiteral("/__admin/requests"));
    return result.json().object();
}

// SUBSCRIBE calls every master answered since the counts were reset.
qint64 tst_EventStreamsLive::subscribeCalls()
{
    qint64 calls = 0;
    for (const QString &url : m_cluster->masterUrls())
        calls += requestCounts(url)
                     .value(QStringLiteral("calls"))
                     .toObject()
                     .value(QStringLiteral("SUBSCRIBE"))
                     .toInteger();
    return calls;
}

void tst_EventStreamsLive::postJson(const QString &url, const QByteArray &body, int expectStatus)
{
    const test::HttpResult result
        = test::httpRequest("POST", url, body, { { "Content-Type", "application/json" } });
    QVERIFY2(
        result.status == expectStatus,
        qPrintable(
            QStringLiteral("%1 -> %2 %3").arg(url).arg(result.status).arg(QString::fromUtf8(result.body))));
}

void tst_EventStreamsLive::launchedTaskArrivesByEventsOnly()
{
    m_watcher = watch();
    m_watcher->start();
    QVERIFY(waitFor([&] {
        const auto s = m_models->snapshot();
        return s && s->mesos.kind == ConnectionState::Kind::Live
            && s->marathon.kind == ConnectionState::Kind::Live && !s->tasks->empty() && !s->apps->empty();
    }));
    QTest::qWait(500); // Marathon's full read at connect is done
    for (const QString &url : m_cluster->masterUrls())
        requestCounts(url, true);
    requestCounts(m_cluster->marathonUrl(), true);

    postJson(m_cluster->marathonUrl() + QStringLiteral("/v2/apps"),
             R"({"id":"/itest/by-events","cmd":"sleep 300","instances":2,"cpus":0.1,"mem":16})", 201);
    QStringList mesosIds;
    QVERIFY(waitFor([&] {
        mesosIds.clear();
        for (const mesos::Task &t : *m_models->snapshot()->tasks) {
            if (t.id.startsWith(QStringLiteral("itest_by-events")) && t.state == mesos::TaskState::Running)
                mesosIds << t.id;
        }
        return mesosIds.size() == 2;
    }));
    QVERIFY(waitFor([&] {
        int running = 0;
        for (const marathon::MarathonTask &t : *m_models->snapshot()->marathonTasks)
            running += t.appId == u"/itest/by-events" && t.state == u"TASK_RUNNING" ? 1 : 0;
        return running == 2 && m_models->tasks()->rowOf(mesosIds.value(0)) >= 0;
    }));
    QTest::qWait(3 * kPollMs);

    // Mesos: only metrics were polled; the task came by TASK_ADDED / TASK_UPDATED.
    for (const QString &url : m_cluster->masterUrls()) {
        const QJsonObject requests = requestCounts(url).value(QStringLiteral("requests")).toObject();
        QVERIFY2(!requests.contains(QStringLiteral("GET /master/state")),
                 qPrintable(QString::fromUtf8(QJsonDocument(requests).toJson(QJsonDocument::Compact))));
        QVERIFY(!requests.contains(QStringLiteral("GET /master/state-summary")));
    }
    QCOMPARE(subscribeCalls(), 0); // the subscription from before the counts still runs
    // Marathon: the app was read alone, never the whole list.
    const QJsonObject marathon
        = requestCounts(m_cluster->marathonUrl()).value(QStringLiteral("requests")).toObject();
    QVERIFY2(!marathon.contains(QStringLiteral("GET /v2/apps")),
             qPrintable(QString::fromUtf8(QJsonDocument(marathon).toJson(QJsonDocument::Compact))));
    QVERIFY(!marathon.contains(QStringLiteral("GET /v2/tasks")));

    test::httpRequest("DELETE", m_cluster->marathonUrl() + QStringLiteral("/v2/apps/itest/by-events"));
    QVERIFY(waitFor([&] {
        const auto s = m_models->snapshot();
        return std::none_of(s->apps->cbegin(), s->apps->cend(),
                            [](const marathon::App &a) { return a.id == u"/itest/by-events"; })
            && std::none_of(s->marathonTasks->cbegin(), s->marathonTasks->cend(),
                            [](const marathon::MarathonTask &t) { return t.appId == u"/itest/by-events"; });
    }));
}

void tst_EventStreamsLive::malformedStreamsShowErrorKeepStateAndResubscribe_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cut mid-record") << "stream-cut"
                                    << "";
    QTest::newRow("a length that lies") << "stream-lying-length"
                                        << "";
    QTest::newRow("truncated record") << "stream-truncated"
                                      << "inside a record";
    QTest::newRow("not JSON") << "stream-not-json"
                              << "not valid JSON";
    QTest::newRow("a huge length") << "stream-huge-length"
                                   << "more than";
    QTest::newRow("no heartbeats") << "stream-no-heartbeat"
                                   << "heartbeats";
    QTest::newRow("stalled") << "stream-stall"
                             << "heartbeats";
}

void tst_EventStreamsLive::malformedStreamsShowErrorKeepStateAndResubscribe()
{
    QFETCH(QString, mode);
    QFETCH(QString, expected);
    for (const QString &url : m_cluster->masterUrls())
        requestCounts(url, true);
    // The next SUBSCRIBE gets the fault a moment after its SUBSCRIBED.
    postJson(m_cluster->marathonUrl() + QStringLiteral("/__admin/faults"),
             QStringLiteral(
                 R"({"target":"master","index":-1,"path":"/api/v1","mode":"%1","delayMs":1500,"count":1})")
                 .arg(mode)
                 .toUtf8(),
             201);
    m_watcher = watch();
    QStringList errors;
    cluster::SnapshotPtr lastGood;
    bool keptOnError = false;
    QObject context; // declared after the captured locals: the connection ends before they do
    connect(m_watcher.get(), &cluster::ClusterWatcher::snapshotChanged, &context,
            [&errors, &lastGood, &keptOnError]( // clazy:exclude=lambda-in-connect the context goes first
                const cluster::SnapshotPtr &s) {
                if (s->mesos.kind == ConnectionState::Kind::Live) {
                    lastGood = s;
                } else if (s->mesos.kind == ConnectionState::Kind::Error && errors.isEmpty() && lastGood) {
                    errors << s->mesos.reason;
                    // The last good state stays on screen: the very lists the last good snapshot had.
                    keptOnError
                        = s->tasks == lastGood->tasks && s->agents == lastGood->agents && !s->tasks->empty();
                }
            });
    m_watcher->start();
    QVERIFY(waitFor([&] { return !errors.isEmpty(); }, 25000));
    QVERIFY2(errors.constFirst().contains(expected), qPrintable(errors.constFirst()));
    QVERIFY(keptOnError);
    QVERIFY(waitFor(
        [&] {
            return m_watcher->snapshot()->mesos.kind == ConnectionState::Kind::Live && subscribeCalls() == 2;
        },
        20000));
    QVERIFY(!m_watcher->snapshot()->tasks->empty());
    qInfo() << mode << "->" << errors;
}

void tst_EventStreamsLive::killedLeaderIsResubscribedAndMatchesAFreshRead_data()
{
    QTest::addColumn<qsizetype>("arrivingOver");
    QTest::newRow("SUBSCRIBED read whole") << qsizetype(0);
    // Every SUBSCRIBED handed over in pieces and parsed as it arrives (as at 100k tasks).
    QTest::newRow("SUBSCRIBED parsed as it arrives") << qsizetype(1);
}

void tst_EventStreamsLive::killedLeaderIsResubscribedAndMatchesAFreshRead()
{
    QFETCH(qsizetype, arrivingOver);
    m_watcher = watch(true, arrivingOver);
    QStringList leaders;
    QObject context; // declared after the captured locals: the connection ends before they do
    connect(m_watcher.get(), &cluster::ClusterWatcher::snapshotChanged, &context,
            [&leaders]( // clazy:exclude=lambda-in-connect the context goes first
                const cluster::SnapshotPtr &s) {
                for (const cluster::MasterStatus &m : s->masters) {
                    if (m.leader && (leaders.isEmpty() || leaders.constLast() != m.url.toString()))
                        leaders << m.url.toString();
                }
            });
    m_watcher->start();
    QVERIFY(waitFor([&] {
        return !leaders.isEmpty() && m_watcher->snapshot()->mesos.kind == ConnectionState::Kind::Live
            && !m_watcher->snapshot()->tasks->empty();
    }));
    const QString oldLeader = leaders.constLast();
    for (const QString &url : m_cluster->masterUrls())
        requestCounts(url, true);

    postJson(m_cluster->marathonUrl() + QStringLiteral("/__admin/masters/leader/kill"), {}, 200);
    QVERIFY(waitFor(
        [&] {
            const auto s = m_watcher->snapshot();
            return leaders.constLast() != oldLeader && s->mesos.kind == ConnectionState::Kind::Live
                && !s->electing;
        },
        20000));
    QVERIFY(waitFor([&] { return subscribeCalls() >= 1; }));
    const QJsonObject newLeaderCalls
        = requestCounts(leaders.constLast()).value(QStringLiteral("calls")).toObject();
    QCOMPARE(newLeaderCalls.value(QStringLiteral("SUBSCRIBE")).toInteger(), 1);

    // A fresh full read by polling, next to the stream: the same agents and live tasks.
    auto fresh = watch(false);
    fresh->start();
    QVERIFY(waitFor([&] {
        return fresh->snapshot()->mesos.kind == ConnectionState::Kind::Live && fresh->snapshot()->hasTaskList;
    }));
    QVERIFY(
        waitFor([&] { return liveTasks(*fresh->snapshot()) == liveTasks(*m_watcher->snapshot()); }, 5000));
    QStringList streamed, polled;
    for (const mesos::Agent &a : *m_watcher->snapshot()->agents)
        streamed << a.id;
    for (const mesos::Agent &a : *fresh->snapshot()->agents)
        polled << a.id;
    streamed.sort();
    polled.sort();
    QCOMPARE(streamed, polled);

    const qsizetype killed
        = m_cluster->masterUrls().indexOf(QUrl(oldLeader).toString(QUrl::StripTrailingSlash));
    if (killed >= 0)
        postJson(m_cluster->marathonUrl() + QStringLiteral("/__admin/masters/%1/restart").arg(killed), {},
                 200);
}

// A quiet cluster: one SUBSCRIBE over many heartbeats and metric polls, also
// when the GUI thread was busy for longer than the heartbeat allowance (a
// 100k-task SUBSCRIBED applied to the models and views at -O0 takes that
// long): the heartbeats that arrived meanwhile count, the stream is kept.
void tst_EventStreamsLive::quietClusterIsSubscribedOnce()
{
    m_watcher = watch();
    QStringList errors;
    QObject context; // declared after the captured locals: the connection ends before they do
    connect(m_watcher.get(), &cluster::ClusterWatcher::snapshotChanged, &context,
            [&errors]( // clazy:exclude=lambda-in-connect the context goes first
                const cluster::SnapshotPtr &s) {
                if (s->mesos.kind == ConnectionState::Kind::Error && !errors.contains(s->mesos.reason))
                    errors << s->mesos.reason;
            });
    m_watcher->start();
    QVERIFY(waitFor([&] {
        const auto s = m_watcher->snapshot();
        return s->mesos.kind == ConnectionState::Kind::Live && !s->tasks->empty();
    }));
    for (const QString &url : m_cluster->masterUrls())
        requestCounts(url, true);
    // Each poll cycle reads the metrics of every master.
    auto metricPolls = [&] {
        qint64 most = 0;
        for (const QString &url : m_cluster->masterUrls()) {
            const QJsonObject requests = requestCounts(url).value(QStringLiteral("requests")).toObject();
            most = qMax(most, requests.value(QStringLiteral("GET /metrics/snapshot")).toInteger());
        }
        return most;
    };

    // Several heartbeat intervals and metric polls with nothing to do.
    QTest::qWait(4 * kHeartbeatMs);
    QVERIFY2(metricPolls() >= 3, qPrintable(QString::number(metricPolls())));
    QCOMPARE(subscribeCalls(), 0);

    // The GUI thread busy inside an event for longer than two heartbeats and
    // the slack, as when a big state is applied: the stream lives on.
    const int busyMs = 2 * kHeartbeatMs + cluster::MasterSubscription::kHeartbeatSlackMs + 1500;
    QMetaObject::invokeMethod(
        this, [busyMs] { QThread::msleep(busyMs); }, Qt::QueuedConnection);
    QTest::qWait(4 * kHeartbeatMs);
    const qint64 polls = metricPolls();
    QVERIFY(waitFor([&] { return metricPolls() >= polls + 3; }));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(subscribeCalls(), 0);
    QCOMPARE(m_watcher->snapshot()->mesos.kind, ConnectionState::Kind::Live);
}

// A master before 1.0 has no /api/v1 (libprocess answers 404): the watcher
// polls /master/state instead, shows the tasks and says that it polls.
void tst_EventStreamsLive::masterWithoutSubscribeIsPolled()
{
    for (const QString &url : m_cluster->masterUrls())
        requestCounts(url, true);
    postJson(m_cluster->marathonUrl() + QStringLiteral("/__admin/faults"),
             R"({"target":"master","index":-1,"path":"/api/v1","mode":"missing","count":-1})", 201);
    m_watcher = watch();
    QVERIFY(!m_watcher->pollsMesosState()); // it means to subscribe
    m_watcher->start();
    QVERIFY(waitFor([&] {
        const auto s = m_watcher->snapshot();
        return s->mesos.kind == ConnectionState::Kind::Live && s->hasTaskList && !s->tasks->empty();
    }));
    QVERIFY(m_watcher->pollsMesosState());
    qint64 subscribes = 0, stateReads = 0;
    for (const QString &url : m_cluster->masterUrls()) {
        const QJsonObject requests = requestCounts(url).value(QStringLiteral("requests")).toObject();
        subscribes += requests.value(QStringLiteral("POST /api/v1")).toInteger();
        stateReads += requests.value(QStringLiteral("GET /master/state")).toInteger();
    }
    QCOMPARE(subscribes, 1); // asked once, then polled: no SUBSCRIBE at every poll
    QVERIFY(stateReads >= 1);
    QCOMPARE(subscribeCalls(), 0); // the 404 came before any call was read

    // Polled on: the state is read again, SUBSCRIBE is not tried again.
    QVERIFY(waitFor([&] {
        qint64 reads = 0;
        for (const QString &url : m_cluster->masterUrls())
            reads += requestCounts(url)
                         .value(QStringLiteral("requests"))
                         .toObject()
                         .value(QStringLiteral("GET /master/state"))
                         .toInteger();
        return reads >= stateReads + 2;
    }));
    qint64 after = 0;
    for (const QString &url : m_cluster->masterUrls())
        after += requestCounts(url)
                     .value(QStringLiteral("requests"))
                     .toObject()
                     .value(QStringLiteral("POST /api/v1"))
                     .toInteger();
    QCOMPARE(after, 1);
    QVERIFY(m_watcher->pollsMesosState());
}

// Marathon answers 500 while its event stream stays up (the soak's "Marathon 500s", never told
// before): the light reads between events show the error, and Marathon is live again after.
void tst_EventStreamsLive::marathonAnsweringErrorsIsShownWhileItsStreamIsUp()
{
    m_watcher = watch();
    m_watcher->start();
    QVERIFY(waitFor([&] {
        const auto s = m_models->snapshot();
        return s && s->marathon.kind == ConnectionState::Kind::Live && !s->apps->empty();
    }));
    QTest::qWait(500); // Marathon's full read at connect is done; its stream is up
    const QByteArray fault = R"({"target":"marathon","path":"/v2/info","mode":"error"})";
    postJson(m_cluster->marathonUrl() + QStringLiteral("/__admin/faults"), fault, 201);
    QVERIFY(waitFor([&] {
        const auto s = m_models->snapshot();
        return s->marathon.kind == ConnectionState::Kind::Error
            && s->marathon.reason.contains(QStringLiteral("500"));
    }));
    test::httpRequest("DELETE", m_cluster->marathonUrl() + QStringLiteral("/__admin/faults"));
    QVERIFY(waitFor([&] { return m_models->snapshot()->marathon.kind == ConnectionState::Kind::Live; }));
}

// Marathon's event stream is up and the full read at connect done: reads between events are light.
void tst_EventStreamsLive::waitForMarathonStream()
{
    QVERIFY(waitFor([&] {
        const auto s = m_models->snapshot();
        return s && s->marathon.kind == ConnectionState::Kind::Live && !s->apps->empty()
            && !s->marathonTasks->empty();
    }));
    QTest::qWait(500);
}

// A Marathon slower than the console's timeout while its event stream is up: /v2/info still
// answers, /v2/deployments times out (as when the light read's first answer came before the
// fault). That is one outage: Marathon turns Error once, the events that keep coming on the
// stream do not make it live between, and only the first read whose every answer comes back does.
void tst_EventStreamsLive::slowMarathonIsToldOnceUntilEveryAnswerComesBack()
{
    m_watcher = watch();
    QList<ConnectionState::Kind> kinds; // Marathon's state, each change
    QObject context; // declared after the captured locals: the connection ends before they do
    connect(
        m_watcher.get(), &cluster::ClusterWatcher::snapshotChanged, &context,
        [&kinds](const cluster::SnapshotPtr &s) { // clazy:exclude=lambda-in-connect the context goes first
            if (kinds.isEmpty() || kinds.constLast() != s->marathon.kind)
                kinds << s->marathon.kind;
        });
    m_watcher->start();
    waitForMarathonStream();
    const qsizetype before = kinds.size();
    postJson(m_cluster->marathonUrl() + QStringLiteral("/__admin/faults"),
             R"({"target":"marathon","path":"/v2/deployments","mode":"slow","delayMs":4000})", 201);
    QVERIFY(waitFor([&] {
        const auto s = m_models->snapshot();
        return s->marathon.kind == ConnectionState::Kind::Error
            && s->marathon.reason.contains(QStringLiteral("/v2/deployments"));
    }));
    // Events during the outage: a task of /demo/ticker killed, its replacement launched.
    QString taskId;
    for (const marathon::MarathonTask &t : *m_models->snapshot()->marathonTasks) {
        if (t.appId == u"/demo/ticker")
            taskId = t.id;
    }
    QVERIFY(!taskId.isEmpty());
    postJson(m_cluster->marathonUrl() + QStringLiteral("/__admin/tasks/%1/fail").arg(taskId), {}, 200);
    QVERIFY(waitFor([&] {
        const auto &tasks = *m_models->snapshot()->marathonTasks;
        return std::none_of(tasks.begin(), tasks.end(),
                            [&](const marathon::MarathonTask &t) { return t.id == taskId; });
    }));
    QTest::qWait(3 * kPollMs * 5); // three more light reads
    QVERIFY2(
        kinds.mid(before) == QList<ConnectionState::Kind> { ConnectionState::Kind::Error },
        qPrintable(QStringLiteral("Marathon's states since the fault: %1").arg(kinds.mid(before).size())));
    test::httpRequest("DELETE", m_cluster->marathonUrl() + QStringLiteral("/__admin/faults"));
    QVERIFY(waitFor([&] { return m_models->snapshot()->marathon.kind == ConnectionState::Kind::Live; }));
    QTest::qWait(2 * kPollMs * 5);
    QCOMPARE(kinds.mid(before),
             (QList<ConnectionState::Kind> { ConnectionState::Kind::Error, ConnectionState::Kind::Live }));
}

namespace {
QString labelOf(const ClusterSnapshot &s, const QString &appId, const QString &key)
{
    for (const marathon::App &app : *s.apps) {
        if (app.id != appId)
            continue;
        for (const auto &[k, v] : app.labels) {
            if (k == key)
                return v;
        }
    }
    return {};
}
} // namespace

// An event names an app to re-read alone (/v2/apps/{id}) and that read fails: it is tried again
// after a back-off, and after a few failures Marathon is read whole, so the app is not left as
// it was until the next reconnect.
void tst_EventStreamsLive::appReReadThatFailsIsTriedAgainThenReadWhole()
{
    m_watcher = watch();
    m_watcher->start();
    waitForMarathonStream();
    requestCounts(m_cluster->marathonUrl(), true);
    // Every read of one app fails (the list, /v2/apps, does not start with /v2/apps/).
    postJson(m_cluster->marathonUrl() + QStringLiteral("/__admin/faults"),
             R"({"target":"marathon","path":"/v2/apps/","mode":"error"})", 201);
    // The change comes as an api_post_event the app is re-read for.
    const test::HttpResult patched = test::httpRequest(
        "PATCH", m_cluster->marathonUrl() + QStringLiteral("/v2/apps"),
        R"([{"id":"/demo/web","labels":{"soak":"re-read"}}])", { { "Content-Type", "application/json" } });
    QVERIFY2(patched.status == 200 || patched.status == 201, qPrintable(QString::fromUtf8(patched.body)));
    QVERIFY2(waitFor(
                 [&] {
                     return labelOf(*m_models->snapshot(), QStringLiteral("/demo/web"),
                                    QStringLiteral("soak"))
                         == u"re-read";
                 },
                 30000),
             qPrintable(QString::fromUtf8(QJsonDocument(requestCounts(m_cluster->marathonUrl())).toJson())));
    const QJsonObject requests
        = requestCounts(m_cluster->marathonUrl()).value(QStringLiteral("requests")).toObject();
    qint64 appReads = 0;
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        if (it.key().startsWith(QStringLiteral("GET /v2/apps/demo/web")))
            appReads += it.value().toInteger();
    }
    QVERIFY2(appReads >= 2, qPrintable(QString::fromUtf8(QJsonDocument(requests).toJson()))); // tried again
    QVERIFY2(requests.value(QStringLiteral("GET /v2/apps")).toInteger() >= 1,
             qPrintable(QString::fromUtf8(QJsonDocument(requests).toJson()))); // then read whole
    QCOMPARE(m_models->snapshot()->marathon.kind, ConnectionState::Kind::Live);
}

// Marathon's event stream drops (and stays down a few seconds): its data was current until then,
// and Marathon is polled at the poll pace from then on, so it never shows stale; data that is
// really old (Marathon slow, the stream down) still does.
void tst_EventStreamsLive::droppedMarathonStreamIsNoStaleFlash()
{
    constexpr int kSlowPollMs = 1000; // reads between events every 5 s; stale after 2.5 s without the stream
    m_watcher = watch(true, 0, [](cluster::WatcherConfig &config) {
        config.pollIntervalMs = kSlowPollMs;
        config.maxPollIntervalMs = 2 * kSlowPollMs;
        config.staleAfterMs = 2500;
        config.marathonHttp.timeoutMs = 8000;
    });
    int stale = 0;
    cluster::SnapshotPtr previous;
    bool read = false; // a read between events (a new last success, the same lists) since `read` was reset
    QObject context; // declared after the captured locals: the connection ends before they do
    connect(m_watcher.get(), &cluster::ClusterWatcher::snapshotChanged, &context,
            [&stale, &previous, &read]( // clazy:exclude=lambda-in-connect the context goes first
                const cluster::SnapshotPtr &s) {
                if (s->marathon.kind == ConnectionState::Kind::Stale)
                    ++stale;
                if (previous && s->marathon.lastSuccess != previous->marathon.lastSuccess
                    && s->apps == previous->apps && s->marathonTasks == previous->marathonTasks)
                    read = true;
                previous = s;
            });
    m_watcher->start();
    waitForMarathonStream();
    QCOMPARE(stale, 0);
    // The stream's reconnects are refused three times: down for about 0.5 + 1 + 2 + 4 s.
    postJson(m_cluster->marathonUrl() + QStringLiteral("/__admin/faults"),
             R"({"target":"marathon","path":"/v2/events","mode":"error","count":3})", 201);
    requestCounts(m_cluster->marathonUrl(), true);
    read = false;
    // Dropped just after a read between events: the next is 5 s away, the data ages from there.
    QVERIFY(waitFor([&] { return read; }));
    postJson(m_cluster->marathonUrl() + QStringLiteral("/__admin/events/drop"), {}, 200);
    QVERIFY(waitFor(
        [&] {
            return requestCounts(m_cluster->marathonUrl())
                       .value(QStringLiteral("requests"))
                       .toObject()
                       .value(QStringLiteral("GET /v2/events"))
                       .toInteger()
                >= 4; // refused three times, then subscribed
        },
        30000));
    QTest::qWait(2000); // read whole after subscribing
    QCOMPARE(stale, 0);
    QCOMPARE(m_models->snapshot()->marathon.kind, ConnectionState::Kind::Live);

    // Really old: the stream down for good and every read slower than the stale limit.
    postJson(m_cluster->marathonUrl() + QStringLiteral("/__admin/faults"),
             R"({"target":"marathon","path":"/v2/events","mode":"error"})", 201);
    postJson(m_cluster->marathonUrl() + QStringLiteral("/__admin/faults"),
             R"({"target":"marathon","path":"/v2","mode":"slow","delayMs":6000})", 201);
    postJson(m_cluster->marathonUrl() + QStringLiteral("/__admin/events/drop"), {}, 200);
    QVERIFY(waitFor([&] { return stale > 0; }, 20000));
    test::httpRequest("DELETE", m_cluster->marathonUrl() + QStringLiteral("/__admin/faults"));
    QVERIFY(
        waitFor([&] { return m_models->snapshot()->marathon.kind == ConnectionState::Kind::Live; }, 30000));
}

QTEST_MAIN(tst_EventStreamsLive)
#include "tst_EventStreamsLive.moc"
