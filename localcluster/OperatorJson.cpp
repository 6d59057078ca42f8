#include "localcluster/OperatorJson.h"

#include "localcluster/JsonWriter.h"
#include "localcluster/MesosJson.h"

#include <QCryptographicHash>
#include <QHash>

#include <algorithm>

namespace mc::localcluster {

namespace {
const char *const kAgentCapabilities[]
    = { "HIERARCHICAL_ROLE", "MULTI_ROLE",          "RESERVATION_REFINEMENT",
        "RESOURCE_PROVIDER", "RESIZE_VOLUME",       "AGENT_OPERATION_FEEDBACK",
        "AGENT_DRAINING",    "TASK_RESOURCE_LIMITS" };

void writeId(JsonWriter &w, const char *name, const QString &value)
{
    w.key(name).beginObject().field("value", value).endObject();
}

void writeTime(JsonWriter &w, const char *name, double seconds)
{
    w.key(name).beginObject().field("nanoseconds", qint64(seconds * 1e9)).endObject();
}

QList<QPair<int, int>> ranges(QList<int> ports)
{
    std::sort(ports.begin(), ports.end());
    QList<QPair<int, int>> out;
    for (int p : std::as_const(ports)) {
        if (!out.isEmpty() && out.last().second + 1 == p)
            out.last().second = p;
        else
            out.append({ p, p });
    }
    return out;
}

// One Resource per non-zero scalar and one RANGES for the ports; allocated
// resources carry allocation_info as the 1.11 master renders them.
struct Resources
{
    double cpus = 0;
    double mem = 0;
    double disk = 0;
    double gpus = 0;
    QList<QPair<int, int>> ports;

    [[nodiscard]] bool isEmpty() const
    {
        return cpus <= 0 && mem <= 0 && disk <= 0 && gpus <= 0 && ports.isEmpty();
    }

    void write(JsonWriter &w, const char *name, bool allocated) const
    {
        if (isEmpty())
            return; // empty repeated fields are left out
        w.key(name).beginArray();
        writeElements(w, allocated);
        w.endArray();
    }

    void writeElements(JsonWriter &w, bool allocated) const
    {
        auto common = [&] {
            w.field("role", "*");
            if (allocated)
                w.key("allocation_info").beginObject().field("role", "*").endObject();
        };
        auto scalar = [&](const char *n, double v) {
            if (v <= 0)
                return;
            w.beginObject().field("name", n).field("type", "SCALAR");
            w.key("scalar").beginObject().field("value", v).endObject();
            common();
            w.endObject();
        };
        scalar("cpus", cpus);
        scalar("mem", mem);
        scalar("disk", disk);
        scalar("gpus", gpus);
        if (!ports.isEmpty()) {
            w.beginObject().field("name", "ports").field("type", "RANGES");
            w.key("ranges").beginObject().key("range").beginArray();
            for (const auto &[b, e] : ports)
                w.beginObject().field("begin", qint64(b)).field("end", qint64(e)).endObject();
            w.endArray().endObject();
            common();
            w.endObject();
        }
    }
};

// A status update's uuid (bytes, so base64): stable for a task's n-th status.
QString statusUuid(const QString &taskId, qsizetype index)
{
    const QByteArray digest = QCryptographicHash::hash(
        QByteArray(taskId.toUtf8() + '/' + QByteArray::number(index)), QCryptographicHash::Md5);
    return QString::fromLatin1(digest.toBase64());
}

const char *sourceOf(TaskState state)
{
    // The master itself reports tasks of agents it lost.
    return state == TaskState::Unreachable || state == TaskState::Gone
            || state == TaskState::GoneByOperator || state == TaskState::Lost
        ? "SOURCE_MASTER"
        : "SOURCE_EXECUTOR";
}

QByteArray typeOf(const QString &call)
{
    return call.toLower().toUtf8();
}
} // namespace

void OperatorJson::writeStatus(JsonWriter &w, const Task &t, qsizetype index) const
{
    const TaskStatusEntry &s = t.statuses[index];
    const AgentNode &agent = m_cluster.agents()[size_t(t.agent)];
    w.beginObject();
    writeId(w, "task_id", t.id);
    w.field("state", mesosName(s.state));
    if (index == t.statuses.size() - 1 && !t.message.isEmpty())
        w.field("message", t.message);
    writeId(w, "agent_id", agent.id);
    w.field("timestamp", s.timestamp);
    writeId(w, "executor_id", t.id); // the command executor's id is the task's
    if (s.healthy.has_value())
        w.field("healthy", *s.healthy);
    w.field("source", sourceOf(s.state));
    if (s.state == TaskState::Unreachable)
        w.field("reason", "REASON_AGENT_REMOVED");
    w.field("uuid", statusUuid(t.id, index));
    w.key("container_status").beginObject();
    writeId(w, "container_id", t.containerId);
    w.key("network_infos").beginArray().beginObject();
    w.key("ip_addresses").beginArray().beginObject();
    w.field("protocol", "IPv4").field("ip_address", agent.ip);
    w.endObject().endArray();
    w.endObject().endArray();
    w.endObject();
    w.endObject();
}

void OperatorJson::writeTask(JsonWriter &w, const Task &t) const
{
    const AgentNode &agent = m_cluster.agents()[size_t(t.agent)];
    w.beginObject();
    w.field("name", t.name);
    writeId(w, "task_id", t.id);
    writeId(w, "framework_id", m_cluster.frameworkIdOf(t));
    writeId(w, "agent_id", agent.id);
    w.field("state", mesosName(t.state));
    Resources r { t.cpus, t.mem, t.disk, t.gpus, ranges(t.ports) };
    r.write(w, "resources", true);
    if (!t.statuses.isEmpty()) {
        w.key("statuses").beginArray();
        for (qsizetype i = 0; i < t.statuses.size(); ++i)
            writeStatus(w, t, i);
        w.endArray();
        w.field("status_update_state", mesosName(t.statuses.constLast().state));
        w.field("status_update_uuid", statusUuid(t.id, t.statuses.size() - 1));
    }
    if (!t.labels.isEmpty()) {
        w.key("labels").beginObject().key("labels").beginArray();
        for (const auto &[k, v] : t.labels)
            w.beginObject().field("key", k).field("value", v).endObject();
        w.endArray().endObject();
    }
    MesosJson::writeDiscovery(w, t);
    MesosJson::writeContainer(w, t);
    w.endObject();
}

void OperatorJson::writeAgent(JsonWriter &w, const AgentNode &a) const
{
    const Resources total { a.cpus, a.mem, a.disk, a.gpus, { { a.portBegin, a.portEnd } } };
    w.beginObject();
    w.key("agent_info").beginObject();
    w.field("hostname", a.hostname);
    w.field("port", qint64(a.port));
    total.write(w, "resources", false);
    if (!a.attributes.isEmpty()) {
        w.key("attributes").beginArray();
        for (const auto &[k, v] : a.attributes) {
            w.beginObject().field("name", k).field("type", "TEXT");
            w.key("text").beginObject().field("value", v).endObject();
            w.endObject();
        }
        w.endArray();
    }
    writeId(w, "id", a.id);
    w.endObject();
    w.field("active", a.connected && !a.deactivated);
    w.field("version", m_cluster.options().mesosVersion);
    w.field("pid", m_cluster.agentPid(a.index));
    writeTime(w, "registered_time", a.registeredTime);
    if (a.reregisteredTime > 0)
        writeTime(w, "reregistered_time", a.reregisteredTime);
    total.write(w, "total_resources", false);
    const Resources used { a.usedCpus, a.usedMem, a.usedDisk, 0,
                           ranges(QList<int>(a.usedPorts.cbegin(), a.usedPorts.cend())) };
    used.write(w, "allocated_resources", true);
    w.key("capabilities").beginArray();
    for (const char *c : kAgentCapabilities)
        w.beginObject().field("type", c).endObject();
    w.endArray();
    w.field("deactivated", a.deactivated);
    if (a.drain != AgentNode::Drain::None)
        MesosJson::writeDrainInfo(w, a);
    w.endObject();
}

void OperatorJson::writeFrameworkInfo(JsonWriter &w, const FrameworkNode &fw) const
{
    w.beginObject();
    w.field("user", "root");
    w.field("name", fw.name);
    writeId(w, "id", fw.id);
    w.field("failover_timeout", 604800.0);
    w.field("checkpoint", true);
    w.field("role", "*"); // default value of the deprecated field, rendered by Mesos
    w.field("hostname", m_cluster.hostname());
    w.field("principal", fw.principal);
    if (!fw.webuiUrl.isEmpty())
        w.field("webui_url", fw.webuiUrl);
    w.key("capabilities").beginArray();
    w.beginObject().field("type", "PARTITION_AWARE").endObject();
    w.beginObject().field("type", "MULTI_ROLE").endObject();
    w.endArray();
    w.key("roles").beginArray().value(fw.role).endArray();
    w.endObject();
}

void OperatorJson::writeFramework(JsonWriter &w, const FrameworkNode &fw) const
{
    w.beginObject();
    w.key("framework_info");
    writeFrameworkInfo(w, fw);
    w.field("active", fw.active);
    w.field("connected", fw.connected);
    w.field("recovered", false);
    writeTime(w, "registered_time", fw.registeredTime);
    writeTime(w, "reregistered_time", fw.reregisteredTime);
    if (fw.completed)
        writeTime(w, "unregistered_time", fw.unregisteredTime);
    // Allocated resources per agent, as the master keeps them.
    QHash<int, Resources> perAgent;
    QHash<int, QList<int>> portsPerAgent;
    for (const TaskPtr &t : m_cluster.activeTasks()) {
        if (!Cluster::belongsTo(*t, fw))
            continue;
        Resources &r = perAgent[t->agent];
        r.cpus += t->cpus;
        r.mem += t->mem;
        r.disk += t->disk;
        portsPerAgent[t->agent] += t->ports;
    }
    if (!perAgent.isEmpty()) {
        QList<int> agents = perAgent.keys();
        std::sort(agents.begin(), agents.end());
        w.key("allocated_resources").beginArray();
        for (int agent : std::as_const(agents)) {
            Resources r = perAgent.value(agent);
            r.ports = ranges(portsPerAgent.value(agent));
            r.writeElements(w, true);
        }
        w.endArray();
    }
    w.endObject();
}

void OperatorJson::writeGetTasks(JsonWriter &w) const
{
    w.beginObject();
    auto list = [&](const char *name, const QList<TaskPtr> &tasks) {
        if (tasks.isEmpty())
            return;
        w.key(name).beginArray();
        for (const TaskPtr &t : tasks)
            writeTask(w, *t);
        w.endArray();
    };
    list("tasks", m_cluster.activeTasks());
    list("unreachable_tasks", m_cluster.unreachableTasks());
    list("completed_tasks", m_cluster.completedTasks());
    w.endObject();
}

void OperatorJson::writeGetAgents(JsonWriter &w) const
{
    w.beginObject();
    bool any = false;
    for (const AgentNode &a : m_cluster.agents()) {
        if (!a.connected)
            continue;
        if (!any)
            w.key("agents").beginArray();
        any = true;
        writeAgent(w, a);
    }
    if (any)
        w.endArray();
    w.endObject();
}

void OperatorJson::writeGetFrameworks(JsonWriter &w) const
{
    const QList<FrameworkNode> frameworks = m_cluster.frameworks();
    w.beginObject();
    for (const bool completed : { false, true }) {
        if (completed && std::none_of(frameworks.cbegin(), frameworks.cend(),
                                      [](const FrameworkNode &f) { return f.completed; }))
            continue;
        w.key(completed ? "completed_frameworks" : "frameworks").beginArray();
        for (const FrameworkNode &fw : frameworks) {
            if (fw.completed == completed)
                writeFramework(w, fw);
        }
        w.endArray();
    }
    w.endObject();
}

void OperatorJson::writeGetExecutors(JsonWriter &w) const
{
    // Marathon's tasks are command tasks: their executors are the agents' own,
    // which the master does not list.
    w.beginObject().endObject();
}

void OperatorJson::writeGetState(JsonWriter &w) const
{
    w.beginObject();
    w.key("get_tasks");
    writeGetTasks(w);
    w.key("get_executors");
    writeGetExecutors(w);
    w.key("get_frameworks");
    writeGetFrameworks(w);
    w.key("get_agents");
    writeGetAgents(w);
    w.endObject();
}

QByteArray OperatorJson::subscribed(double heartbeatSeconds) const
{
    QByteArray out;
    out.reserve(4096 + m_cluster.activeTasks().size() * 1400);
    JsonWriter w(out);
    w.beginObject().field("type", "SUBSCRIBED").key("subscribed").beginObject();
    w.key("get_state");
    writeGetState(w);
    w.field("heartbeat_interval_seconds", heartbeatSeconds);
    w.endObject().endObject();
    return out;
}

QByteArray OperatorJson::taskAdded(const Task &task) const
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject().field("type", "TASK_ADDED").key("task_added").beginObject().key("task");
    writeTask(w, task);
    w.endObject().endObject();
    return out;
}

QByteArray OperatorJson::taskUpdated(const Task &task) const
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject().field("type", "TASK_UPDATED").key("task_updated").beginObject();
    writeId(w, "framework_id", m_cluster.frameworkIdOf(task));
    w.key("status");
    writeStatus(w, task, task.statuses.size() - 1);
    w.field("state", mesosName(task.state));
    w.endObject().endObject();
    return out;
}

QByteArray OperatorJson::agentAdded(const AgentNode &agent) const
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject().field("type", "AGENT_ADDED").key("agent_added").beginObject().key("agent");
    writeAgent(w, agent);
    w.endObject().endObject();
    return out;
}

QByteArray OperatorJson::agentRemoved(const AgentNode &agent) const
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject().field("type", "AGENT_REMOVED").key("agent_removed").beginObject();
    writeId(w, "agent_id", agent.id);
    w.endObject().endObject();
    return out;
}

QByteArray OperatorJson::frameworkUpdated() const
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject().field("type", "FRAMEWORK_UPDATED").key("framework_updated").beginObject();
    w.key("framework");
    writeFramework(w, m_cluster.frameworks().constFirst());
    w.endObject().endObject();
    return out;
}

QByteArray OperatorJson::frameworkRemoved(const QString &frameworkId) const
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject().field("type", "FRAMEWORK_REMOVED").key("framework_removed").beginObject();
    for (const FrameworkNode &fw : m_cluster.frameworks()) {
        if (fw.id == frameworkId) {
            w.key("framework_info");
            writeFrameworkInfo(w, fw);
        }
    }
    w.endObject().endObject();
    return out;
}

QByteArray OperatorJson::heartbeat()
{
    return QByteArrayLiteral(R"({"type":"HEARTBEAT"})");
}

QByteArray OperatorJson::response(const QString &type) const
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject().field("type", type).key(typeOf(type).constData());
    if (type == QLatin1String("GET_STATE"))
        writeGetState(w);
    else if (type == QLatin1String("GET_TASKS"))
        writeGetTasks(w);
    else if (type == QLatin1String("GET_AGENTS"))
        writeGetAgents(w);
    else if (type == QLatin1String("GET_FRAMEWORKS"))
        writeGetFrameworks(w);
    else if (type == QLatin1String("GET_EXECUTORS"))
        writeGetExecutors(w);
    else
        return {};
    w.endObject();
    return out;
}

} // namespace mc::localcluster
