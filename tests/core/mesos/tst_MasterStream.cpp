// The test data is written as JSON object literals: plain string literals are QStrings here.
#undef QT_NO_CAST_FROM_ASCII

#include "core/http/RecordIoReader.h"
#include "core/mesos/MasterStream.h"
#include "core/mesos/MesosParser.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QTest>

using namespace mc::mesos;

namespace {
QByteArray fixture(const QString &name)
{
    QFile file(mc::test::fixturePath(QStringLiteral("mesos/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

MasterEvent parsed(const QByteArray &json)
{
    auto event = MesosParser::parseEvent(json);
    if (!event.ok())
        qFatal("event does not parse: %s", qPrintable(event.error().message));
    return std::move(event).value();
}

QJsonObject id(const QString &value)
{
    return { { QStringLiteral("value"), value } };
}

QJsonArray resources(double cpus, double mem, const QString &ports = {})
{
    QJsonArray list {
        QJsonObject { { "name", "cpus" }, { "type", "SCALAR" }, { "scalar", QJsonObject { { "value", cpus } } } },
        QJsonObject { { "name", "mem" }, { "type", "SCALAR" }, { "scalar", QJsonObject { { "value", mem } } } },
    };
    if (!ports.isEmpty()) {
        const QStringList bounds = ports.split(u'-');
        list.append(QJsonObject {
            { "name", "ports" },
            { "type", "RANGES" },
            { "ranges",
              QJsonObject { { "range", QJsonArray { QJsonObject { { "begin", bounds[0].toInt() },
                                                                  { "end", bounds[1].toInt() } } } } } } });
    }
    return list;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A cluster kept as v1 JSON the way a master would render it, changed by
// operations that also say what the master would stream about them.
class V1Cluster
{
public:
    QByteArray addAgent(const QString &agentId, double cpus)
    {
        const QJsonObject agent {
            { "active", true },
            { "agent_info",
              QJsonObject { { "hostname", QString(agentId + ".example") }, { "id", id(agentId) }, { "port", 5051 } } },
            { "pid", QStringLiteral("slave(1)@10.0.0.%1:5051").arg(m_agents.size() + 1) },
            { "total_resources", resources(cpus, 4096, QStringLiteral("31000-32000")) },
            { "registered_time", QJsonObject { { "nanoseconds", 1700000000000000000.0 } } },
            { "version", "1.11.0" },
        };
        m_agents.insert(agentId, agent);
        return event("AGENT_ADDED", "agent_added", { { "agent", agent } });
    }
    QByteArray removeAgent(const QString &agentId)
    {
        m_agents.remove(agentId);
        return event("AGENT_REMOVED", "agent_removed", { { "agent_id", id(agentId) } });
    }
    QByteArray addFramework(const QString &frameworkId, const QString &name)
    {
        const QJsonObject framework {
            { "active", true },
            { "connected", true },
            { "framework_info",
              QJsonObject { { "id", id(frameworkId) }, { "name", name }, { "user", "root" }, { "role", "*" } } },
            { "registered_time", QJsonObject { { "nanoseconds", 1700000000500000000.0 } } },
        };
        m_frameworks.insert(frameworkId, framework);
        return event("FRAMEWORK_ADDED", "framework_added", { { "framework", framework } });
    }
    QByteArray updateFramework(const QString &frameworkId, bool connected)
    {
        QJsonObject framework = m_frameworks.value(frameworkId);
        framework["connected"] = connected;
        m_frameworks.insert(frameworkId, framework);
        return event("FRAMEWORK_UPDATED", "framework_updated", { { "framework", framework } });
    }
    QByteArray removeFramework(const QString &frameworkId)
    {
        QJsonObject framework = m_frameworks.take(frameworkId);
        framework["active"] = false;
        framework["connected"] = false;
        m_completedFrameworks.insert(frameworkId, framework);
        return event("FRAMEWORK_REMOVED", "framework_removed",
                     { { "framework_info", framework.value("framework_info") } });
    }
    QByteArray launch(const QString &taskId, const QString &frameworkId, const QString &agentId, double cpus)
    {
        const QJsonObject task {
            { "task_id", id(taskId) },
            { "name", taskId.section(u'.', 0, 0) },
            { "framework_id", id(frameworkId) },
            { "agent_id", id(agentId) },
            { "state", "TASK_STAGING" },
            { "resources", resources(cpus, 128, QStringLiteral("31%1-31%1").arg(m_tasks.size() % 1000, 3, 10, QLatin1Char('0'))) },
            { "statuses", QJsonArray {} },
            { "container", QJsonObject { { "type", "DOCKER" }, { "docker", QJsonObject { { "image", "nginx:1.25" } } } } },
        };
        m_tasks.insert(taskId, task);
        m_order << taskId;
        return event("TASK_ADDED", "task_added", { { "task", task } });
    }
    QByteArray update(const QString &taskId, const QString &state, double timestamp,
                      std::optional<bool> healthy = std::nullopt)
    {
        QJsonObject task = m_tasks.value(taskId);
        QJsonObject status { { "task_id", id(taskId) },
                             { "agent_id", task.value("agent_id") },
                             { "state", state },
                             { "timestamp", timestamp },
                             { "source", "SOURCE_EXECUTOR" } };
        if (healthy)
            status["healthy"] = *healthy;
        if (state == u"TASK_RUNNING")
            status["container_status"] = QJsonObject {
                { "network_infos",
                  QJsonArray { QJsonObject { { "ip_addresses",
                                               QJsonArray { QJsonObject { { "ip_address", "10.1.2.3" } } } } } } }
            };
        QJsonArray statuses = task.value("statuses").toArray();
        statuses.append(status);
        task["statuses"] = statuses;
        task["state"] = state;
        m_tasks.insert(taskId, task);
        return event("TASK_UPDATED", "task_updated",
                     { { "framework_id", task.value("framework_id") }, { "status", status }, { "state", state } });
    }
    static QByteArray heartbeat() { return R"({"type":"HEARTBEAT"})"; }

    // SUBSCRIBED with the state as it is now: terminal tasks among the completed ones.
    QByteArray subscribed() const
    {
        static const QSet<QString> terminal { "TASK_FINISHED", "TASK_FAILED", "TASK_KILLED", "TASK_LOST",
                                              "TASK_ERROR",    "TASK_DROPPED", "TASK_GONE" };
        QJsonArray tasks, completed;
        for (const QString &taskId : m_order) {
            if (!m_tasks.contains(taskId))
                continue;
            const QJsonObject task = m_tasks.value(taskId);
            (terminal.contains(task.value("state").toString()) ? completed : tasks).append(task);
        }
        QJsonArray agents, frameworks, completedFrameworks;
        for (const QJsonObject &agent : m_agents)
            agents.append(agent);
        for (const QJsonObject &framework : m_frameworks)
            frameworks.append(framework);
        for (const QJsonObject &framework : m_completedFrameworks)
            completedFrameworks.append(framework);
        const QJsonObject state {
            { "get_tasks", QJsonObject { { "tasks", tasks }, { "completed_tasks", completed } } },
            { "get_executors", QJsonObject { { "executors", QJsonArray {} } } },
            { "get_frameworks",
              QJsonObject { { "frameworks", frameworks }, { "completed_frameworks", completedFrameworks } } },
            { "get_agents", QJsonObject { { "agents", agents } } },
        };
        return event("SUBSCRIBED", "subscribed", { { "get_state", state }, { "heartbeat_interval_seconds", 15 } });
    }

private:
    static QByteArray event(const char *type, const char *key, const QJsonObject &body)
    {
        return compact({ { "type", QString::fromLatin1(type) }, { QString::fromLatin1(key), body } });
    }

    QMap<QString, QJsonObject> m_agents;
    QMap<QString, QJsonObject> m_frameworks;
    QMap<QString, QJsonObject> m_completedFrameworks;
    QMap<QString, QJsonObject> m_tasks;
    QStringList m_order;
};

template<typename List> auto byId(const List &items)
{
    QMap<QString, typename List::value_type> map;
    for (const auto &item : items)
        map.insert(item.id, item);
    return map;
}

// The tasks' values now (a TaskList copy would share them).
std::vector<Task> deepCopy(const TaskList &tasks)
{
    return { tasks.begin(), tasks.end() };
}

// Compares two stream states list by list, by id (order is not part of the state).
void compareLists(MasterStream::Lists actual, MasterStream::Lists expected)
{
    const auto agents = byId(*actual.agents), wantAgents = byId(*expected.agents);
    QCOMPARE(agents.keys(), wantAgents.keys());
    for (const auto &[key, agent] : agents.asKeyValueRange()) {
        QCOMPARE(agent.used, wantAgents[key].used);
        QCOMPARE(agent.taskCounts, wantAgents[key].taskCounts);
        QVERIFY2(agent == wantAgents[key], qPrintable(key));
    }
    const auto frameworks = byId(*actual.frameworks), wantFrameworks = byId(*expected.frameworks);
    QCOMPARE(frameworks.keys(), wantFrameworks.keys());
    for (const auto &[key, framework] : frameworks.asKeyValueRange()) {
        QCOMPARE(framework.taskCounts, wantFrameworks[key].taskCounts);
        QVERIFY2(framework == wantFrameworks[key], qPrintable(key));
    }
    const auto tasks = byId(*actual.tasks), wantTasks = byId(*expected.tasks);
    QCOMPARE(tasks.keys(), wantTasks.keys());
    for (const auto &[key, task] : tasks.asKeyValueRange()) {
        QCOMPARE(task.state, wantTasks[key].state);
        QCOMPARE(task.completed, wantTasks[key].completed);
        QVERIFY2(task == wantTasks[key], qPrintable(key));
    }
}
} // namespace

class tst_MasterStream : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryRecordOfTheSubscribeStream();
    void readsTheDocumentedEvents_data();
    void readsTheDocumentedEvents();
    void rejectsRecordsThatAreNotEvents_data();
    void rejectsRecordsThatAreNotEvents();
    void ignoresUnknownEventsAndEventsBeforeSubscribed();
    void appliedEventsEqualAFreshSubscribe();
    void usedResourcesComeFromActiveTasks();
    void keepsTheLatestCompletedTasksPerFramework();
    void unchangedListsAreShared();
    void handedOutListsNeverChange();
    void unchangedTasksAreSharedAcrossLists();
    void resubscribingReplacesEverything();
};

void tst_MasterStream::readsEveryRecordOfTheSubscribeStream()
{
    mc::http::RecordIoReader reader;
    std::vector<QByteArray> records;
    QVERIFY(reader.feed(fixture(QStringLiteral("recordio/master-subscribe.json.assembled.recordio")), records).ok());
    QCOMPARE(records.size(), size_t(6));

    const MasterEvent subscribed = parsed(records[0]);
    QCOMPARE(subscribed.type, MasterEvent::Type::Subscribed);
    QCOMPARE(subscribed.heartbeatIntervalSeconds, 15.0);
    QCOMPARE(subscribed.state.agents.size(), size_t(1));
    const Agent &agent = subscribed.state.agents[0];
    QCOMPARE(agent.id, QStringLiteral("628984d0-4213-4140-bcb0-99d7ef46b1df-S0"));
    QCOMPARE(agent.hostname, QStringLiteral("myhost"));
    QCOMPARE(agent.port, 34626);
    QCOMPARE(agent.pid, QStringLiteral("slave(3)@127.0.1.1:34626"));
    QCOMPARE(agent.total.cpus, 2.0);
    QCOMPARE(agent.total.mem, 1024.0);
    QCOMPARE(agent.total.ports, QStringLiteral("[31000-32000]"));
    QCOMPARE(agent.version, QStringLiteral("1.1.0"));
    QVERIFY(qAbs(agent.registeredTime - 1470820172.0465) < 0.001);
    QCOMPARE(subscribed.state.frameworks.size(), size_t(1));
    const Framework &framework = subscribed.state.frameworks[0];
    QCOMPARE(framework.name, QStringLiteral("default"));
    QCOMPARE(framework.principal, QStringLiteral("my-principal"));
    QCOMPARE(framework.roles, QStringList { QStringLiteral("*") });
    QVERIFY(framework.active && framework.connected && !framework.completed);
    QCOMPARE(subscribed.state.tasks.size(), size_t(1));
    const Task &task = subscribed.state.tasks[0];
    QCOMPARE(task.id, QStringLiteral("eb5cb680-a998-4605-8811-e79db8734c02"));
    QCOMPARE(task.name, QStringLiteral("test-task"));
    QCOMPARE(task.frameworkId, framework.id);
    QCOMPARE(task.agentId, agent.id);
    QCOMPARE(task.executorId, QStringLiteral("default"));
    QCOMPARE(task.state, TaskState::Finished);
    QVERIFY(task.completed);
    QCOMPARE(task.startedAt, 1470820172.07315);
    QCOMPARE(task.updatedAt, 1470820172.09382);
    QCOMPARE(task.ipAddresses, QStringList { QStringLiteral("127.0.1.1") });
    QCOMPARE(task.resources.cpus, 2.0);

    QCOMPARE(parsed(records[1]).type, MasterEvent::Type::Heartbeat);
    const MasterEvent added = parsed(records[2]);
    QCOMPARE(added.type, MasterEvent::Type::TaskAdded);
    QCOMPARE(added.task.id, QStringLiteral("d40f3f3e-bbe3-44af-a230-4cb1eae72f67"));
    QCOMPARE(added.task.agentId, QStringLiteral("f1c9cdc5-195e-41a7-a0d7-adaa9af07f81"));
    const MasterEvent updated = parsed(records[3]);
    QCOMPARE(updated.type, MasterEvent::Type::TaskUpdated);
    QCOMPARE(updated.update.taskId, task.id);
    QCOMPARE(updated.update.frameworkId, framework.id);
    QCOMPARE(updated.update.state, TaskState::Running);
    QCOMPARE(updated.update.statusState, TaskState::Running);
    QCOMPARE(updated.update.timestamp, 1470820172.07315);
    const MasterEvent agentAdded = parsed(records[4]);
    QCOMPARE(agentAdded.type, MasterEvent::Type::AgentAdded);
    QCOMPARE(agentAdded.agent.id, QStringLiteral("c3946a13-75b4-4d3c-9d0e-fc10038dca85-S3"));
    QCOMPARE(agentAdded.agent.hostname, QStringLiteral("172.31.2.24"));
    QCOMPARE(agentAdded.agent.version, QStringLiteral("1.4.0"));
    QCOMPARE(parsed(records[5]).type, MasterEvent::Type::Heartbeat);
}

void tst_MasterStream::readsTheDocumentedEvents_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("id");
    using T = MasterEvent::Type;
    QTest::newRow("AGENT_ADDED") << "AGENT_ADDED" << int(T::AgentAdded) << "c3946a13-75b4-4d3c-9d0e-fc10038dca85-S3";
    QTest::newRow("AGENT_REMOVED") << "AGENT_REMOVED" << int(T::AgentRemoved)
                                   << "c3946a13-75b4-4d3c-9d0e-fc10038dca85-S3";
    QTest::newRow("FRAMEWORK_ADDED") << "FRAMEWORK_ADDED" << int(T::FrameworkAdded)
                                     << "a9ba2984-99c4-4183-8cd1-f7313426e21c-0147";
    QTest::newRow("FRAMEWORK_UPDATED") << "FRAMEWORK_UPDATED" << int(T::FrameworkUpdated)
                                       << "a9ba2984-99c4-4183-8cd1-f7313426e21c-0147";
    QTest::newRow("FRAMEWORK_REMOVED") << "FRAMEWORK_REMOVED" << int(T::FrameworkRemoved)
                                       << "a9ba2984-99c4-4183-8cd1-f7313426e21c-0147";
    QTest::newRow("HEARTBEAT") << "HEARTBEAT" << int(T::Heartbeat) << "";
    QTest::newRow("TASK_ADDED") << "TASK_ADDED" << int(T::TaskAdded) << "d40f3f3e-bbe3-44af-a230-4cb1eae72f67";
    // Upstream's example lacks the `status` master.proto requires: no task id, read as the state alone.
    QTest::newRow("TASK_UPDATED") << "TASK_UPDATED" << int(T::TaskUpdated) << "";
}

void tst_MasterStream::readsTheDocumentedEvents()
{
    QFETCH(QString, file);
    QFETCH(int, type);
    QFETCH(QString, id);
    const MasterEvent event = parsed(fixture(QStringLiteral("v1/events/%1.event.json").arg(file)));
    QCOMPARE(int(event.type), type);
    QCOMPARE(event.typeName, file);
    switch (event.type) {
    case MasterEvent::Type::AgentAdded:
        QCOMPARE(event.agent.id, id);
        QCOMPARE(event.agent.pid, QStringLiteral("slave(1)@172.31.2.24:5051"));
        break;
    case MasterEvent::Type::FrameworkAdded:
    case MasterEvent::Type::FrameworkUpdated:
        QCOMPARE(event.framework.id, id);
        QCOMPARE(event.framework.name, QStringLiteral("inverse-offer-example-framework"));
        break;
    case MasterEvent::Type::TaskAdded:
        QCOMPARE(event.task.id, id);
        QCOMPARE(event.task.name, QStringLiteral("dummy-task"));
        break;
    case MasterEvent::Type::TaskUpdated:
        QCOMPARE(event.update.taskId, id);
        QCOMPARE(event.update.state, TaskState::Running);
        break;
    default:
        QCOMPARE(event.id, id);
    }
}

void tst_MasterStream::rejectsRecordsThatAreNotEvents_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("says");
    QTest::newRow("not JSON") << QByteArray("{\"type\":\"HEARTB") << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("an array") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
    QTest::newRow("no type") << QByteArray("{\"heartbeat\":{}}") << QStringLiteral("no type");
    QTest::newRow("a type that is a number") << QByteArray("{\"type\":5}") << QStringLiteral("no type");
}

void tst_MasterStream::rejectsRecordsThatAreNotEvents()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, says);
    const auto event = MesosParser::parseEvent(record);
    QVERIFY(!event.ok());
    QVERIFY2(event.error().message.contains(says), qPrintable(event.error().message));
}

void tst_MasterStream::ignoresUnknownEventsAndEventsBeforeSubscribed()
{
    V1Cluster cluster;
    MasterStream stream;
    stream.apply(parsed(cluster.addAgent("a1", 4)));
    QVERIFY(!stream.subscribed());
    QVERIFY(stream.lists().agents->empty());
    stream.apply(parsed(cluster.subscribed()));
    const auto before = stream.lists();
    const MasterEvent unknown = parsed(R"({"type":"OPERATION_UPDATED","operation_updated":{"x":[1,{"y":null}]}})");
    QCOMPARE(unknown.type, MasterEvent::Type::Unknown);
    QCOMPARE(unknown.typeName, QStringLiteral("OPERATION_UPDATED"));
    stream.apply(unknown);
    // Fields of unexpected types read as defaults.
    stream.apply(parsed(R"({"type":"TASK_ADDED","task_added":{"task":{"task_id":"notanobject","state":7,"resources":{}}}})"));
    stream.apply(parsed(R"({"type":"TASK_UPDATED","task_updated":{"status":[],"state":null}})"));
    const auto after = stream.lists();
    QCOMPARE(after.agents, before.agents);
    QCOMPARE(after.tasks, before.tasks);
}

void tst_MasterStream::appliedEventsEqualAFreshSubscribe()
{
    V1Cluster cluster;
    (void)cluster.addAgent("agent-1", 8);
    (void)cluster.addAgent("agent-2", 8);
    (void)cluster.addFramework("marathon", "marathon");
    for (int i = 0; i < 5; ++i) {
        (void)cluster.launch(QStringLiteral("web.%1").arg(i), "marathon", i % 2 ? "agent-1" : "agent-2", 0.1);
        (void)cluster.update(QStringLiteral("web.%1").arg(i), "TASK_RUNNING", 1000 + i);
    }
    MasterStream live;
    live.apply(parsed(cluster.subscribed()));

    QList<QByteArray> events;
    QRandomGenerator random(7);
    events << cluster.addAgent("agent-3", 16) << cluster.addFramework("chronos", "chronos");
    for (int i = 5; i < 40; ++i) {
        const QString taskId = QStringLiteral("job.%1").arg(i);
        events << cluster.launch(taskId, i % 3 ? "marathon" : "chronos",
                                 QStringLiteral("agent-%1").arg(1 + random.bounded(3)), 0.1 * (1 + i % 4));
        if (i % 7 == 0)
            events << V1Cluster::heartbeat();
        events << cluster.update(taskId, "TASK_STARTING", 2000 + i);
        if (i % 5 != 0)
            events << cluster.update(taskId, "TASK_RUNNING", 2001 + i, i % 2 == 0);
        if (i % 4 == 0)
            events << cluster.update(taskId, i % 8 ? "TASK_FINISHED" : "TASK_FAILED", 2002 + i);
    }
    events << cluster.update("web.1", "TASK_KILLED", 3000) << cluster.update("web.2", "TASK_UNREACHABLE", 3001);
    events << cluster.updateFramework("chronos", false) << cluster.removeAgent("agent-2");
    events << cluster.addFramework("spark", "spark") << cluster.removeFramework("spark");
    events << V1Cluster::heartbeat();
    for (const QByteArray &event : std::as_const(events)) {
        if (!event.isEmpty())
            live.apply(parsed(event));
    }

    MasterStream fresh;
    fresh.apply(parsed(cluster.subscribed()));
    compareLists(live.lists(), fresh.lists());
    QCOMPARE(live.lists().tasks->size(), size_t(40));
    // The live counts kept along the events (the overview's totals) are the tasks' own.
    std::array<int, kTaskStateCount> walked {};
    for (const Task &task : *live.lists().tasks) {
        if (!task.completed)
            ++walked[size_t(task.state)];
    }
    QCOMPARE(live.liveTasksByState(), walked);
    QCOMPARE(fresh.liveTasksByState(), walked);
    QVERIFY(walked[size_t(TaskState::Running)] > 0 && walked[size_t(TaskState::Unreachable)] == 1);
}

void tst_MasterStream::usedResourcesComeFromActiveTasks()
{
    V1Cluster cluster;
    (void)cluster.addAgent("agent-1", 4);
    (void)cluster.addFramework("marathon", "marathon");
    MasterStream stream;
    stream.apply(parsed(cluster.subscribed()));
    for (int i = 0; i < 3; ++i)
        stream.apply(parsed(cluster.launch(QStringLiteral("t%1").arg(i), "marathon", "agent-1", 0.1)));
    Agent agent = stream.lists().agents->at(0);
    QCOMPARE(agent.used.cpus, 0.3); // fixed point: not 0.30000000000000004
    QCOMPARE(agent.used.mem, 384.0);
    QCOMPARE(agent.taskCounts[size_t(TaskState::Staging)], 3);
    stream.apply(parsed(cluster.update("t1", "TASK_RUNNING", 10)));
    stream.apply(parsed(cluster.update("t2", "TASK_FAILED", 11)));
    agent = stream.lists().agents->at(0);
    QCOMPARE(agent.used.cpus, 0.2);
    QCOMPARE(agent.taskCounts[size_t(TaskState::Running)], 1);
    QCOMPARE(agent.taskCounts[size_t(TaskState::Failed)], 0); // completed tasks count for the framework only
    const Framework framework = stream.lists().frameworks->at(0);
    QCOMPARE(framework.taskCounts[size_t(TaskState::Failed)], 1);
    QCOMPARE(framework.taskCounts[size_t(TaskState::Staging)], 1);
}

void tst_MasterStream::keepsTheLatestCompletedTasksPerFramework()
{
    V1Cluster cluster;
    (void)cluster.addAgent("agent-1", 4);
    (void)cluster.addFramework("marathon", "marathon");
    MasterStream stream;
    stream.apply(parsed(cluster.subscribed()));
    const int over = 5;
    for (int i = 0; i < MasterStream::kMaxCompletedTasksPerFramework + over; ++i) {
        const QString taskId = QStringLiteral("t%1").arg(i);
        stream.apply(parsed(cluster.launch(taskId, "marathon", "agent-1", 0.01)));
        stream.apply(parsed(cluster.update(taskId, "TASK_FINISHED", i)));
    }
    stream.apply(parsed(cluster.launch("alive", "marathon", "agent-1", 0.5)));
    const auto lists = stream.lists();
    QCOMPARE(lists.tasks->size(), size_t(MasterStream::kMaxCompletedTasksPerFramework + 1));
    const auto tasks = byId(*lists.tasks);
    for (int i = 0; i < over; ++i)
        QVERIFY(!tasks.contains(QStringLiteral("t%1").arg(i)));
    QVERIFY(tasks.contains(QStringLiteral("t%1").arg(over)));
    QVERIFY(tasks.contains(QStringLiteral("alive")));
    QCOMPARE(lists.frameworks->at(0).taskCounts[size_t(TaskState::Finished)],
             MasterStream::kMaxCompletedTasksPerFramework);
    QCOMPARE(lists.agents->at(0).used.cpus, 0.5);
}

void tst_MasterStream::unchangedListsAreShared()
{
    V1Cluster cluster;
    (void)cluster.addAgent("agent-1", 4);
    (void)cluster.addFramework("marathon", "marathon");
    (void)cluster.launch("t1", "marathon", "agent-1", 1);
    MasterStream stream;
    stream.apply(parsed(cluster.subscribed()));
    const auto first = stream.lists();
    stream.apply(parsed(V1Cluster::heartbeat()));
    const auto second = stream.lists();
    QCOMPARE(second.agents, first.agents);
    QCOMPARE(second.frameworks, first.frameworks);
    QCOMPARE(second.tasks, first.tasks);
    stream.apply(parsed(cluster.updateFramework("marathon", false)));
    const auto third = stream.lists();
    QCOMPARE(third.agents, first.agents);
    QCOMPARE(third.tasks, first.tasks);
    QVERIFY(third.frameworks != first.frameworks);
    QVERIFY(!third.frameworks->at(0).connected);
    QVERIFY(first.frameworks->at(0).connected); // what was handed out never changes
}

// lists() hands out the stream's own lists (no copy of 100k tasks each time); the first change
// after that copies them, so what a snapshot shows never changes under it, whatever the event.
void tst_MasterStream::handedOutListsNeverChange()
{
    V1Cluster cluster;
    (void)cluster.addAgent("agent-1", 4);
    (void)cluster.addFramework("marathon", "marathon");
    for (int i = 0; i < 5; ++i)
        (void)cluster.launch(QStringLiteral("t%1").arg(i), "marathon", "agent-1", 1);
    MasterStream stream;
    stream.apply(parsed(cluster.subscribed()));
    const MasterStream::Lists shown = stream.lists();
    const std::vector<Agent> agents = *shown.agents;
    const std::vector<Framework> frameworks = *shown.frameworks;
    const std::vector<Task> tasks = deepCopy(*shown.tasks); // by value: shared tasks must not change
    const auto unchanged = [&] {
        return *shown.agents == agents && *shown.frameworks == frameworks && deepCopy(*shown.tasks) == tasks;
    };
    const QList<QByteArray> events {
        cluster.launch("t9", "marathon", "agent-1", 1), // added: counters and used change too
        cluster.update("t1", "TASK_RUNNING", 1700000001),
        cluster.update("t2", "TASK_FINISHED", 1700000002), // completed
        cluster.addAgent("agent-2", 8),
        cluster.removeAgent("agent-1"),
        cluster.updateFramework("marathon", false),
        cluster.removeFramework("marathon"),
    };
    double time = 1700000010;
    for (const QByteArray &event : events) {
        stream.apply(parsed(event));
        QVERIFY2(unchanged(), event.constData());
        const MasterStream::Lists now = stream.lists(); // handed out too: the next change copies again
        const std::vector<Task> nowTasks = deepCopy(*now.tasks);
        stream.apply(parsed(cluster.update("t3", "TASK_RUNNING", ++time)));
        QVERIFY(unchanged());
        QVERIFY(deepCopy(*now.tasks) == nowTasks);
        QVERIFY(deepCopy(*stream.lists().tasks) != nowTasks);
    }
    QCOMPARE(stream.lists().tasks->size(), size_t(6));
    QVERIFY(stream.lists().tasks != shown.tasks);
}

// A change makes a new task object; the other tasks are the same objects in the
// lists before and after (so the next list copies pointers and a diff skips
// them by address).
void tst_MasterStream::unchangedTasksAreSharedAcrossLists()
{
    V1Cluster cluster;
    (void)cluster.addAgent("agent-1", 4);
    (void)cluster.addFramework("marathon", "marathon");
    for (int i = 0; i < 4; ++i)
        (void)cluster.launch(QStringLiteral("t%1").arg(i), "marathon", "agent-1", 1);
    MasterStream stream;
    stream.apply(parsed(cluster.subscribed()));
    const auto before = stream.lists().tasks;
    stream.apply(parsed(cluster.update("t2", "TASK_KILLING", 1700000003)));
    const auto after = stream.lists().tasks;
    QVERIFY(after != before);
    QCOMPARE(after->size(), before->size());
    int same = 0;
    for (size_t i = 0; i < after->size(); ++i) {
        const bool changed = (*after)[i].id == QLatin1String("t2");
        QCOMPARE(after->ptr(i) == before->ptr(i), !changed);
        QCOMPARE((*before)[i].state == TaskState::Killing, false);
        same += after->ptr(i) == before->ptr(i) ? 1 : 0;
    }
    QCOMPARE(same, 3);
}

void tst_MasterStream::resubscribingReplacesEverything()
{
    V1Cluster before;
    (void)before.addAgent("agent-1", 4);
    (void)before.addFramework("marathon", "marathon");
    (void)before.launch("gone", "marathon", "agent-1", 1);
    V1Cluster after;
    (void)after.addAgent("agent-2", 4);
    (void)after.addFramework("marathon", "marathon");
    (void)after.launch("new", "marathon", "agent-2", 1);
    MasterStream stream;
    stream.apply(parsed(before.subscribed()));
    stream.apply(parsed(after.subscribed()));
    MasterStream fresh;
    fresh.apply(parsed(after.subscribed()));
    compareLists(stream.lists(), fresh.lists());
}

QTEST_GUILESS_MAIN(tst_MasterStream)
#include "tst_MasterStream.moc"
