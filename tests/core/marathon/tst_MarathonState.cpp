// The test data is written as JSON object literals: plain string literals are QStrings here.
#undef QT_NO_CAST_FROM_ASCII

#include "core/marathon/MarathonParser.h"
#include "core/marathon/MarathonState.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTest>

using namespace mc::marathon;

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(mc::test::fixturePath(QStringLiteral("marathon/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

MarathonEvent marathonEvent(const QJsonObject &payload)
{
    auto parsed = MarathonParser::parseEvent({}, QJsonDocument(payload).toJson(QJsonDocument::Compact));
    if (!parsed.ok())
        qFatal("bad event");
    return parsed.value();
}

// Marathon's apps and tasks kept as /v2/apps?embed=apps.tasks would render them,
// changed by operations that also give the event Marathon would send.
class Cluster
{
public:
    void addApp(const QString &id, int instances)
    {
        m_apps.insert(
            id,
            QJsonObject { { "id", id },
                          { "instances", instances },
                          { "cpus", 0.1 },
                          { "mem", 64 },
                          { "version", "2024-01-01T00:00:00.000Z" },
                          { "portDefinitions", QJsonArray { QJsonObject { { "port", 10000 } } } } });
    }
    QJsonObject status(const QString &appId, const QString &taskId, const QString &state, const QString &time)
    {
        QJsonObject event { { "eventType", "status_update_event" },
                            { "timestamp", time },
                            { "slaveId", "agent-1" },
                            { "taskId", taskId },
                            { "taskStatus", state },
                            { "appId", appId },
                            { "host", "h1.example" },
                            { "ports", QJsonArray { 31000 } },
                            { "version", "2024-01-01T00:00:00.000Z" } };
        static const QStringList gone { "TASK_FINISHED", "TASK_FAILED", "TASK_KILLED", "TASK_LOST",
                                        "TASK_ERROR" };
        if (gone.contains(state)) {
            m_tasks.remove(taskId);
            return event;
        }
        QJsonObject task = m_tasks.value(taskId);
        task["id"] = taskId;
        task["appId"] = appId;
        task["state"] = state;
        task["host"] = "h1.example";
        task["slaveId"] = "agent-1";
        task["ports"] = QJsonArray { 31000 };
        task["servicePorts"] = QJsonArray { 10000 };
        task["version"] = "2024-01-01T00:00:00.000Z";
        if (!task.contains("stagedAt"))
            task["stagedAt"] = time;
        if (state == u"TASK_RUNNING" && !task.contains("startedAt"))
            task["startedAt"] = time;
        m_tasks.insert(taskId, task);
        m_order.removeAll(taskId);
        m_order << taskId;
        return event;
    }
    QJsonObject health(const QString &appId, const QString &taskId, bool alive)
    {
        QJsonObject task = m_tasks.value(taskId);
        task["healthCheckResults"] = QJsonArray { QJsonObject { { "alive", alive } } };
        m_tasks.insert(taskId, task);
        return { { "eventType", "health_status_changed_event" },
                 { "appId", appId },
                 { "taskId", taskId },
                 { "alive", alive } };
    }
    QByteArray apps() const
    {
        QJsonArray list;
        for (const QJsonObject &app : m_apps) {
            QJsonObject withTasks = app;
            QJsonArray tasks;
            for (const QString &taskId : m_order) {
                if (m_tasks.contains(taskId) && m_tasks.value(taskId).value("appId") == app.value("id"))
                    tasks.append(m_tasks.value(taskId));
            }
            withTasks["tasks"] = tasks;
            list.append(withTasks);
        }
        return QJsonDocument(QJsonObject { { "apps", list } }).toJson(QJsonDocument::Compact);
    }

private:
    QMap<QString, QJsonObject> m_apps;
    QMap<QString, QJsonObject> m_tasks;
    QStringList m_order;
};

MarathonState stateOf(const QByteArray &apps)
{
    auto parsed = MarathonParser::parseApps(apps);
    if (!parsed.ok())
        qFatal("bad apps");
    MarathonState state;
    state.reset(std::move(parsed.value().apps), std::move(parsed.value().tasks), {});
    return state;
}

template<typename List> auto byId(const List &items)
{
    QMap<QString, typename List::value_type> map;
    for (const auto &item : items)
        map.insert(item.id, item);
    return map;
}
} // namespace

class tst_MarathonState : public QObject
{
    Q_OBJECT

private slots:
    void appliedEventsEqualAFreshRead();
    void countsAppTasksFromTheTasks();
    void aFailureBecomesTheLastTaskFailure();
    void partitionAwareEndsAreFailuresToo();
    void legacyInstanceHealthReachesItsTask();
    void unknownAppsAreReadAlone();
    void deploymentsFollowTheirEvents();
    void instanceHealthReachesItsTasks();
    void everyDocumentedEventApplies();
    void replacingAnAppReplacesItsTasks();
    void rawEventsAreReadAndBadOnesAskForARefresh();
};

void tst_MarathonState::appliedEventsEqualAFreshRead()
{
    Cluster cluster;
    cluster.addApp("/web", 3);
    cluster.addApp("/db", 1);
    (void)cluster.status("/web", "web.1", "TASK_RUNNING", "t0");
    (void)cluster.status("/db", "db.1", "TASK_RUNNING", "t0");
    MarathonState live = stateOf(cluster.apps());
    QList<QJsonObject> events;
    events << cluster.status("/web", "web.2", "TASK_STAGING", "t1")
           << cluster.status("/web", "web.2", "TASK_RUNNING", "t2")
           << cluster.status("/web", "web.3", "TASK_STAGING", "t3") << cluster.health("/web", "web.2", true)
           << cluster.health("/web", "web.1", false) << cluster.status("/db", "db.1", "TASK_KILLED", "t4")
           << cluster.status("/db", "db.2", "TASK_STARTING", "t5");
    for (const QJsonObject &e : std::as_const(events))
        live.apply(marathonEvent(e));
    QVERIFY(live.takeFollowUp().apps.isEmpty());
    MarathonState fresh = stateOf(cluster.apps());
    const auto a = live.lists(), b = fresh.lists();
    QCOMPARE(byId(*a.tasks).keys(), byId(*b.tasks).keys());
    const auto tasks = byId(*a.tasks), want = byId(*b.tasks);
    for (const auto &[id, task] : tasks.asKeyValueRange())
        QVERIFY2(task == want[id], qPrintable(id));
    const auto apps = byId(*a.apps), wantApps = byId(*b.apps);
    for (const auto &[id, wantApp] : wantApps.asKeyValueRange())
        QVERIFY2(apps[id] == wantApp, qPrintable(id));
    QCOMPARE(apps["/web"].tasksRunning, 2);
    QCOMPARE(apps["/web"].tasksStaged, 1);
    QCOMPARE(apps["/web"].tasksHealthy, 1);
    QCOMPARE(apps["/web"].tasksUnhealthy, 1);
    QCOMPARE(apps["/db"].tasksStaged, 1);
    QCOMPARE(apps["/db"].tasksRunning, 0);
}

// The watcher hands events over as they came off the bus (type and bytes); they are read with the batch.
void tst_MarathonState::rawEventsAreReadAndBadOnesAskForARefresh()
{
    Cluster cluster;
    cluster.addApp("/web", 2);
    MarathonState state = stateOf(cluster.apps());
    const QJsonObject running = cluster.status("/web", "web.1", "TASK_RUNNING", "t1");
    state.apply(QStringLiteral("status_update_event"), QJsonDocument(running).toJson(QJsonDocument::Compact));
    QCOMPARE(state.lists().apps->at(0).tasksRunning, 1);
    auto followUp = state.takeFollowUp();
    QVERIFY(!followUp.refresh);
    QVERIFY(!followUp.everything);

    const auto before = state.lists();
    state.apply(QStringLiteral("status_update_event"),
                QByteArray(R"({"eventType":"status_update_event","taskId":)"));
    followUp = state.takeFollowUp();
    QVERIFY(followUp.refresh); // the watcher reads again rather than guess
    QVERIFY(!followUp.everything);
    QCOMPARE(state.lists().tasks, before.tasks); // nothing applied from half an event
    QVERIFY(!state.takeFollowUp().refresh); // asked once
}

void tst_MarathonState::countsAppTasksFromTheTasks()
{
    Cluster cluster;
    cluster.addApp("/web", 3);
    MarathonState state = stateOf(cluster.apps());
    const auto before = state.lists();
    state.apply(marathonEvent(cluster.status("/web", "web.1", "TASK_RUNNING", "t1")));
    const auto after = state.lists();
    QVERIFY(after.tasks != before.tasks);
    QCOMPARE(after.apps->at(0).tasksRunning, 1);
    QCOMPARE(before.apps->at(0).tasksRunning, 0); // handed-out lists never change
    QCOMPARE(after.tasks->at(0).servicePorts, QList<int> { 10000 });
    const auto again = state.lists();
    QCOMPARE(again.tasks, after.tasks);
    QCOMPARE(again.apps, after.apps);
}

void tst_MarathonState::aFailureBecomesTheLastTaskFailure()
{
    Cluster cluster;
    cluster.addApp("/web", 1);
    MarathonState state = stateOf(cluster.apps());
    state.apply(marathonEvent(cluster.status("/web", "web.1", "TASK_RUNNING", "t1")));
    QJsonObject failed = cluster.status("/web", "web.1", "TASK_FAILED", "t2");
    failed["message"] = "Command exited with status 1";
    state.apply(marathonEvent(failed));
    const auto lists = state.lists();
    QVERIFY(lists.tasks->empty());
    const App &app = lists.apps->at(0);
    QVERIFY(app.lastTaskFailure);
    QCOMPARE(app.lastTaskFailure->taskId, QStringLiteral("web.1"));
    QCOMPARE(app.lastTaskFailure->message, QStringLiteral("Command exited with status 1"));
    QCOMPARE(app.tasksRunning, 0);
}

// As Marathon 1.4+ records them (TaskFailure.isFailureState): an agent gone for good ends its
// tasks TASK_GONE, and that is the app's last failure; a task killed on request is none.
void tst_MarathonState::partitionAwareEndsAreFailuresToo()
{
    for (const char *end : { "TASK_GONE", "TASK_GONE_BY_OPERATOR", "TASK_DROPPED" }) {
        Cluster cluster;
        cluster.addApp("/web", 1);
        MarathonState state = stateOf(cluster.apps());
        state.apply(marathonEvent(cluster.status("/web", "web.1", "TASK_RUNNING", "t1")));
        state.apply(marathonEvent(cluster.status("/web", "web.1", end, "t2")));
        const auto lists = state.lists();
        QVERIFY2(lists.apps->at(0).lastTaskFailure, end);
        QCOMPARE(lists.apps->at(0).lastTaskFailure->state, QString::fromLatin1(end));
    }
    Cluster cluster;
    cluster.addApp("/web", 1);
    MarathonState state = stateOf(cluster.apps());
    state.apply(marathonEvent(cluster.status("/web", "web.1", "TASK_RUNNING", "t1")));
    state.apply(marathonEvent(cluster.status("/web", "web.1", "TASK_KILLED", "t2")));
    QVERIFY(!state.lists().apps->at(0).lastTaskFailure);
}

// A legacy instance id "app.marathon-<uuid>" (tasks launched before 1.4) names the task "app.<uuid>".
void tst_MarathonState::legacyInstanceHealthReachesItsTask()
{
    Cluster cluster;
    cluster.addApp("/web", 1);
    MarathonState state = stateOf(cluster.apps());
    const QString uuid = "c7c311a4-b669-11e6-a48f-0ea4f4b1778c";
    state.apply(marathonEvent(cluster.status("/web", "web." + uuid, "TASK_RUNNING", "t1")));
    const QByteArray health = R"({"eventType":"instance_health_changed_event","instanceId":"web.marathon-)"
        + uuid.toUtf8() + R"(","runSpecId":"/web","healthy":true,"timestamp":"t2"})";
    state.apply(marathonEvent(QJsonDocument::fromJson(health).object()));
    const auto lists = state.lists();
    QCOMPARE(lists.tasks->at(0).healthy, std::optional<bool>(true));
    QCOMPARE(lists.apps->at(0).tasksHealthy, 1);
}

void tst_MarathonState::unknownAppsAreReadAlone()
{
    Cluster cluster;
    cluster.addApp("/web", 1);
    MarathonState state = stateOf(cluster.apps());
    state.apply(marathonEvent(cluster.status("/new", "new.1", "TASK_STAGING", "t1")));
    state.apply(marathonEvent(cluster.status("/new", "new.2", "TASK_STAGING", "t1")));
    state.apply(marathonEvent(QJsonObject { { "eventType", "api_post_event" },
                                            { "appDefinition", QJsonObject { { "id", "/web" } } } }));
    const MarathonState::FollowUp followUp = state.takeFollowUp();
    QCOMPARE(followUp.apps, (QStringList { "/new", "/web" }));
    QVERIFY(!followUp.everything);
    QVERIFY(state.takeFollowUp().apps.isEmpty());
    // Marathon sends group_change_success after every app change: never a full read for it; the
    // deployment's end names the apps, read alone, even when its deployment_info was missed.
    state.apply(marathonEvent(QJsonObject { { "eventType", "group_change_success" }, { "groupId", "/" } }));
    state.apply(marathonEvent(QJsonObject { { "eventType", "pod_updated_event" }, { "podId", "/p" } }));
    MarathonState::FollowUp none = state.takeFollowUp();
    QVERIFY(!none.everything);
    QVERIFY(none.apps.isEmpty());
    // 1.x: the plan in deployment_success (steps [{actions:[{action, app}]}], as /v2/deployments).
    const QJsonObject plan = QJsonDocument::fromJson(fixture("deployments.json")).array()[0].toObject();
    state.apply(marathonEvent(
        QJsonObject { { "eventType", "deployment_success" }, { "id", plan.value("id") }, { "plan", plan } }));
    const MarathonState::FollowUp ended = state.takeFollowUp();
    QVERIFY(!ended.everything);
    QVERIFY2(!ended.apps.isEmpty(), "the apps of the ended plan are read alone");
    QVERIFY(ended.apps.contains(plan.value("affectedApps").toArray()[0].toString()));
}

void tst_MarathonState::deploymentsFollowTheirEvents()
{
    Cluster cluster;
    cluster.addApp("/my-app", 1);
    MarathonState state = stateOf(cluster.apps());
    state.apply(marathonEvent(
        QJsonDocument::fromJson(fixture("events/doc-examples/25_deployment_info.json")).object()));
    auto lists = state.lists();
    QCOMPARE(lists.deployments->size(), size_t(1));
    const Deployment &deployment = lists.deployments->at(0);
    QCOMPARE(deployment.id, QStringLiteral("867ed450-f6a8-4d33-9b0e-e11c5513990b"));
    QCOMPARE(deployment.affectedApps, QStringList { "/my-app" });
    QCOMPARE(deployment.currentActions, QStringList { "ScaleApplication /my-app" });
    QCOMPARE(deployment.currentStep, 1);
    QCOMPARE(deployment.totalSteps, 1);
    QCOMPARE(lists.apps->at(0).deploymentIds, QStringList { deployment.id });
    (void)state.takeFollowUp();
    state.apply(marathonEvent(
        QJsonDocument::fromJson(fixture("events/doc-examples/23_deployment_success.json")).object()));
    lists = state.lists();
    QVERIFY(lists.deployments->empty());
    QVERIFY(lists.apps->at(0).deploymentIds.isEmpty());
    QCOMPARE(state.takeFollowUp().apps, QStringList { "/my-app" }); // its definition changed: read it
}

void tst_MarathonState::instanceHealthReachesItsTasks()
{
    Cluster cluster;
    cluster.addApp("/app-id", 1);
    MarathonState state = stateOf(cluster.apps());
    const QString instance = "my-app.instance-c7c311a4-b669-11e6-a48f-0ea4f4b1778c";
    state.apply(marathonEvent(cluster.status("/app-id", instance + "._app.1", "TASK_RUNNING", "t1")));
    state.apply(marathonEvent(
        QJsonDocument::fromJson(fixture("events/doc-examples/09_instance_health_changed_event.json"))
            .object()));
    const auto lists = state.lists();
    QCOMPARE(lists.tasks->at(0).healthy, std::optional<bool>(true));
    QCOMPARE(lists.apps->at(0).tasksHealthy, 1);
}

void tst_MarathonState::everyDocumentedEventApplies()
{
    Cluster cluster;
    cluster.addApp("/my-app", 1);
    MarathonState state = stateOf(cluster.apps());
    const QDir dir(mc::test::fixturePath("marathon/events/doc-examples"));
    const QStringList files = dir.entryList({ "*.json" }, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 27);
    for (const QString &file : files) {
        auto parsed = MarathonParser::parseEvent({}, fixture("events/doc-examples/" + file));
        QVERIFY2(parsed.ok(), qPrintable(file));
        state.apply(parsed.value());
    }
    (void)state.lists();
}

void tst_MarathonState::replacingAnAppReplacesItsTasks()
{
    Cluster cluster;
    cluster.addApp("/web", 2);
    (void)cluster.status("/web", "web.1", "TASK_RUNNING", "t0");
    MarathonState state = stateOf(cluster.apps());
    Cluster elsewhere; // a task the read no longer has
    state.apply(marathonEvent(elsewhere.status("/web", "ghost", "TASK_RUNNING", "t1")));
    QCOMPARE(state.lists().tasks->size(), size_t(2));
    auto read = MarathonParser::parseApps(cluster.apps());
    QVERIFY(read.ok());
    state.replaceApp("/web", read.value().apps.front(), read.value().tasks);
    auto lists = state.lists();
    QCOMPARE(lists.tasks->size(), size_t(1));
    QCOMPARE(lists.apps->at(0).tasksRunning, 1);
    state.replaceApp("/web", std::nullopt, {});
    lists = state.lists();
    QVERIFY(lists.apps->empty());
    QVERIFY(lists.tasks->empty());
}

QTEST_GUILESS_MAIN(tst_MarathonState)
#include "tst_MarathonState.moc"
