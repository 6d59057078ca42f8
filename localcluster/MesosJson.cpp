#include "localcluster/MesosJson.h"

#include "localcluster/JsonWriter.h"

#include <algorithm>
#include <array>

namespace mc::localcluster {

namespace {
const char *const kTaskStates[]
    = { "TASK_STAGING", "TASK_STARTING", "TASK_RUNNING", "TASK_KILLING", "TASK_FINISHED",
        "TASK_KILLED",  "TASK_FAILED",   "TASK_LOST",    "TASK_ERROR",   "TASK_UNREACHABLE" };
const char *const kAgentCapabilities[]
    = { "HIERARCHICAL_ROLE", "MULTI_ROLE",          "RESERVATION_REFINEMENT",
        "RESOURCE_PROVIDER", "RESIZE_VOLUME",       "AGENT_OPERATION_FEEDBACK",
        "AGENT_DRAINING",    "TASK_RESOURCE_LIMITS" };

QList<QPair<int, int>> toRanges(QList<int> ports)
{
    std::sort(ports.begin(), ports.end());
    QList<QPair<int, int>> ranges;
    for (int p : ports) {
        if (!ranges.isEmpty() && ranges.last().second + 1 == p)
            ranges.last().second = p;
        else
            ranges.append({ p, p });
    }
    return ranges;
}

int stateIndex(TaskState s)
{
    switch (s) {
    case TaskState::Staging:
        return 0;
    case TaskState::Starting:
        return 1;
    case TaskState::Running:
        return 2;
    case TaskState::Killing:
        return 3;
    case TaskState::Finished:
        return 4;
    case TaskState::Killed:
        return 5;
    case TaskState::Failed:
        return 6;
    case TaskState::Lost:
        return 7;
    case TaskState::Error:
        return 8;
    case TaskState::Unreachable:
        return 9;
    case TaskState::Gone:
    case TaskState::GoneByOperator:
        return -1;
    }
    return -1;
}
} // namespace

QString MesosJson::portRanges(QList<int> ports)
{
    QStringList parts;
    for (const auto &[b, e] : toRanges(std::move(ports)))
        parts.append(QStringLiteral("%1-%2").arg(b).arg(e));
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

QByteArray MesosJson::version(const QString &mesosVersion)
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.field("version", mesosVersion);
    w.field("build_user", "localcluster");
    w.field("build_time", qint64(1606231211));
    w.field("build_date", "2020-11-24 15:20:11");
    w.field("git_tag", mesosVersion);
    w.field("git_sha", "04bc7ee1984d86fbb0bd782ccc69ce44c13ae4b9");
    w.endObject();
    return out;
}

void MesosJson::writeBuildInfo(JsonWriter &w) const
{
    w.field("version", m_cluster.options().mesosVersion);
    w.field("git_sha", "04bc7ee1984d86fbb0bd782ccc69ce44c13ae4b9");
    w.field("git_tag", m_cluster.options().mesosVersion);
    w.field("build_date", "2020-11-24 15:20:11");
    w.field("build_time", 1606231211.0);
    w.field("build_user", "localcluster");
}

void MesosJson::writeResources(JsonWriter &w, double cpus, double mem, double disk, double gpus,
                               const QString &ports) const
{
    w.beginObject();
    w.field("cpus", cpus);
    w.field("disk", disk);
    w.field("gpus", gpus);
    w.field("mem", mem);
    if (!ports.isEmpty() && ports != QLatin1String("[]"))
        w.field("ports", ports);
    w.endObject();
}

void MesosJson::writeResourcesFull(JsonWriter &w, double cpus, double mem, double disk, double gpus,
                                   const QList<QPair<int, int>> &ranges) const
{
    w.beginArray();
    auto scalar = [&](const char *name, double v) {
        if (v <= 0)
            return;
        w.beginObject();
        w.field("name", name);
        w.field("type", "SCALAR");
        w.key("scalar").beginObject().field("value", v).endObject();
        w.field("role", "*");
        w.endObject();
    };
    scalar("cpus", cpus);
    scalar("mem", mem);
    scalar("disk", disk);
    scalar("gpus", gpus);
    if (!ranges.isEmpty()) {
        w.beginObject();
        w.field("name", "ports");
        w.field("type", "RANGES");
        w.key("ranges").beginObject().key("range").beginArray();
        for (const auto &[b, e] : ranges)
            w.beginObject().field("begin", qint64(b)).field("end", qint64(e)).endObject();
        w.endArray().endObject();
        w.field("role", "*");
        w.endObject();
    }
    w.endArray();
}

void MesosJson::writeDiscovery(JsonWriter &w, const Task &t)
{
    if (t.ports.isEmpty())
        return;
    w.key("discovery").beginObject();
    w.field("visibility", "FRAMEWORK");
    w.field("name", t.name);
    w.key("ports").beginObject().key("ports").beginArray();
    for (qsizetype i = 0; i < t.ports.size(); ++i) {
        const QString name = t.portNames.value(i);
        w.beginObject();
        w.field("number", qint64(t.ports[i]));
        w.field("name", name.isEmpty() ? QStringLiteral("port%1").arg(i) : name);
        w.field("protocol", "tcp");
        w.endObject();
    }
    w.endArray().endObject();
    w.endObject();
}

void MesosJson::writeContainer(JsonWriter &w, const Task &t)
{
    if (t.dockerImage.isEmpty())
        return;
    w.key("container").beginObject();
    w.field("type", "DOCKER");
    w.key("docker").beginObject();
    w.field("image", t.dockerImage);
    w.field("network", t.dockerNetwork.isEmpty() ? QStringLiteral("HOST") : t.dockerNetwork);
    if (!t.portMappings.isEmpty()) {
        w.key("port_mappings").beginArray();
        for (const PortMapping &pm : t.portMappings) {
            w.beginObject();
            w.field("host_port", qint64(pm.hostPort));
            w.field("container_port", qint64(pm.containerPort));
            w.field("protocol", pm.protocol);
            w.endObject();
        }
        w.endArray();
    }
    w.field("privileged", false);
    w.field("force_pull_image", false);
    w.endObject();
    w.endObject();
}

void MesosJson::writeTask(JsonWriter &w, const Task &t) const
{
    const AgentNode &agent = m_cluster.agents()[size_t(t.agent)];
    w.beginObject();
    w.field("id", t.id);
    w.field("name", t.name);
    w.field("framework_id", m_cluster.frameworkIdOf(t));
    w.field("executor_id", "");
    w.field("slave_id", agent.id);
    w.field("state", mesosName(t.state));
    w.key("resources");
    writeResources(w, t.cpus, t.mem, t.disk, t.gpus, portRanges(t.ports));
    w.field("role", t.frameworkId.isEmpty() ? QStringLiteral("*") : QStringLiteral("analytics"));
    w.key("statuses").beginArray();
    const QString &ip = agent.ip;
    for (const TaskStatusEntry &s : t.statuses) {
        w.beginObject();
        w.field("state", mesosName(s.state));
        w.field("timestamp", s.timestamp);
        w.key("container_status").beginObject();
        w.key("container_id").beginObject().field("value", t.containerId).endObject();
        w.key("network_infos").beginArray().beginObject();
        w.key("ip_addresses").beginArray().beginObject();
        w.field("protocol", "IPv4");
        w.field("ip_address", ip);
        w.endObject().endArray();
        w.endObject().endArray();
        w.endObject();
        if (s.healthy.has_value())
            w.field("healthy", *s.healthy);
        w.endObject();
    }
    w.endArray();
    if (!t.labels.isEmpty()) {
        w.key("labels").beginArray();
        for (const auto &[k, v] : t.labels)
            w.beginObject().field("key", k).field("value", v).endObject();
        w.endArray();
    }
    writeDiscovery(w, t);
    writeContainer(w, t);
    w.endObject();
}

void MesosJson::writeAgent(JsonWriter &w, const AgentNode &a, bool full) const
{
    const QString total = QStringLiteral("[%1-%2]").arg(a.portBegin).arg(a.portEnd);
    const QList<int> used(a.usedPorts.cbegin(), a.usedPorts.cend());
    w.beginObject();
    w.field("id", a.id);
    w.field("hostname", a.hostname);
    w.field("port", qint64(a.port));
    w.key("attributes").beginObject();
    for (const auto &[k, v] : a.attributes)
        w.field(k.toUtf8().constData(), v);
    w.endObject();
    w.field("pid", m_cluster.agentPid(a.index));
    w.field("registered_time", a.registeredTime);
    if (a.reregisteredTime > 0)
        w.field("reregistered_time", a.reregisteredTime);
    w.key("resources");
    writeResources(w, a.cpus, a.mem, a.disk, a.gpus, total);
    w.key("used_resources");
    writeResources(w, a.usedCpus, a.usedMem, a.usedDisk, 0, portRanges(used));
    w.key("offered_resources");
    writeResources(w, 0, 0, 0, 0, {});
    w.key("reserved_resources").beginObject().endObject();
    w.key("unreserved_resources");
    writeResources(w, a.cpus, a.mem, a.disk, a.gpus, total);
    w.field("active", a.connected && !a.deactivated);
    w.field("deactivated", a.deactivated);
    if (a.drain != AgentNode::Drain::None)
        writeDrainInfo(w, a);
    w.field("version", m_cluster.options().mesosVersion);
    w.key("capabilities").beginArray();
    for (const char *c : kAgentCapabilities)
        w.value(c);
    w.endArray();
    if (full) {
        w.key("reserved_resources_full").beginObject().endObject();
        w.key("unreserved_resources_full");
        writeResourcesFull(w, a.cpus, a.mem, a.disk, a.gpus, { { a.portBegin, a.portEnd } });
        w.key("used_resources_full");
        writeResourcesFull(w, a.usedCpus, a.usedMem, a.usedDisk, 0, toRanges(used));
        w.key("offered_resources_full").beginArray().endArray();
    }
    w.endObject();
}

void MesosJson::writeDrainInfo(JsonWriter &w, const AgentNode &a)
{
    // DrainInfo as Mesos renders it in both the v0 and the v1 JSON.
    w.key("drain_info").beginObject();
    w.field("state", a.drain == AgentNode::Drain::Draining ? "DRAINING" : "DRAINED");
    w.key("config").beginObject();
    if (a.drainMaxGraceNs >= 0)
        w.key("max_grace_period").beginObject().field("nanoseconds", a.drainMaxGraceNs).endObject();
    w.field("mark_gone", a.drainMarkGone);
    w.endObject();
    w.endObject();
}

void MesosJson::taskUsage(const FrameworkNode &framework, double &cpus, double &mem, double &disk,
                          QList<int> &ports) const
{
    for (const TaskPtr &t : m_cluster.activeTasks()) {
        if (!Cluster::belongsTo(*t, framework))
            continue;
        cpus += t->cpus;
        mem += t->mem;
        disk += t->disk;
        ports += t->ports;
    }
}

void MesosJson::writeFrameworkCore(JsonWriter &w, const FrameworkNode &fw) const
{
    double cpus = 0;
    double mem = 0;
    double disk = 0;
    QList<int> ports;
    taskUsage(fw, cpus, mem, disk, ports);
    const QString portText = m_cluster.activeTasks().size() > 5000 ? QString() : portRanges(ports);
    w.field("id", fw.id);
    w.field("name", fw.name);
    w.field("pid", fw.pid);
    w.key("used_resources");
    writeResources(w, cpus, mem, disk, 0, portText);
    w.key("offered_resources");
    writeResources(w, 0, 0, 0, 0, {});
    w.key("capabilities").beginArray().value("PARTITION_AWARE").value("MULTI_ROLE").endArray();
    w.field("hostname", fw.hostname);
    w.field("webui_url", fw.webuiUrl);
    w.field("active", fw.active);
    w.field("connected", fw.connected);
    w.field("recovered", false);
}

void MesosJson::writeFramework(JsonWriter &w, const FrameworkNode &fw) const
{
    w.beginObject();
    writeFrameworkCore(w, fw);
    double cpus = 0;
    double mem = 0;
    double disk = 0;
    QList<int> ports;
    taskUsage(fw, cpus, mem, disk, ports);
    w.field("user", "root");
    w.field("failover_timeout", 604800.0);
    w.field("checkpoint", true);
    w.field("registered_time", fw.registeredTime);
    if (fw.reregisteredTime != fw.registeredTime)
        w.field("reregistered_time", fw.reregisteredTime);
    w.field("unregistered_time", fw.unregisteredTime);
    w.field("principal", fw.principal);
    w.key("resources");
    writeResources(w, cpus, mem, disk, 0,
                   m_cluster.activeTasks().size() > 5000 ? QString() : portRanges(ports));
    w.key("roles").beginArray().value(fw.role).endArray();
    auto tasks = [&](const char *name, const QList<TaskPtr> &list) {
        w.key(name).beginArray();
        for (const TaskPtr &t : list) {
            if (Cluster::belongsTo(*t, fw))
                writeTask(w, *t);
        }
        w.endArray();
    };
    tasks("tasks", m_cluster.activeTasks());
    tasks("unreachable_tasks", m_cluster.unreachableTasks());
    tasks("completed_tasks", m_cluster.completedTasks());
    w.key("offers").beginArray().endArray();
    w.key("executors").beginArray().endArray();
    w.key("offer_constraints").beginObject().endObject();
    w.endObject();
}

void MesosJson::writeMasterFlags(JsonWriter &w, int master) const
{
    const MasterNode &m = m_cluster.masters()[size_t(master)];
    w.beginObject();
    w.field("agent_ping_timeout", "15secs");
    w.field("allocation_interval", "1secs");
    w.field("authenticate_http_readonly", "false");
    w.field("authenticate_http_readwrite", "false");
    w.field("cluster", m_cluster.options().clusterName);
    w.field("hostname", m_cluster.hostname());
    w.field("hostname_lookup", "false");
    w.field("ip", m_cluster.hostname());
    w.field("log_dir", m_cluster.workDir() + QStringLiteral("/log"));
    w.field("max_completed_tasks_per_framework", "1000");
    w.field("port", QString::number(m.port));
    w.field("quorum", QString::number(int(m_cluster.masters().size()) / 2 + 1));
    w.field("registry", "replicated_log");
    w.field("work_dir", m_cluster.workDir() + QStringLiteral("/master-%1").arg(master));
    // Only a master that registers in ZooKeeper has the flag, as in Mesos.
    if (!m_cluster.options().zkUrl.isEmpty())
        w.field("zk", m_cluster.options().zkUrl);
    w.endObject();
}

QByteArray MesosJson::masterInfo(int master) const
{
    const MasterNode &m = m_cluster.masters()[size_t(master)];
    // `ip` is the IPv4 address in network byte order read as a little-endian uint32 (127.0.1.2 ->
    // 33620095), as the protobuf's fixed32 comes out in Mesos' JSON.
    const quint32 host = m_cluster.options().address.toIPv4Address();
    const quint32 packed = (host >> 24) | ((host >> 8) & 0xff00u) | ((host << 8) & 0xff0000u) | (host << 24);
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.field("id", m.id);
    w.field("ip", qint64(packed));
    w.field("port", qint64(m.port));
    w.field("pid", m_cluster.masterPid(master));
    w.field("hostname", m_cluster.hostname());
    w.field("version", m_cluster.options().mesosVersion);
    w.key("address").beginObject();
    w.field("hostname", m_cluster.hostname());
    w.field("ip", m_cluster.options().address.toString());
    w.field("port", qint64(m.port));
    w.endObject();
    w.key("capabilities").beginArray();
    for (const char *type : { "AGENT_UPDATE", "AGENT_DRAINING", "QUOTA_V2" })
        w.beginObject().field("type", type).endObject();
    w.endArray();
    w.endObject();
    return out;
}

QByteArray MesosJson::flags(int master) const
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject().key("flags");
    writeMasterFlags(w, master);
    w.endObject();
    return out;
}

QByteArray MesosJson::state(int master) const
{
    const MasterNode &m = m_cluster.masters()[size_t(master)];
    const int leader = m_cluster.leader();
    QByteArray out;
    out.reserve(4096 + m_cluster.activeTasks().size() * 1200);
    JsonWriter w(out);
    w.beginObject();
    writeBuildInfo(w);
    w.field("start_time", m.startTime);
    if (m.electedTime > 0)
        w.field("elected_time", m.electedTime);
    w.field("id", m.id);
    w.field("pid", m_cluster.masterPid(master));
    w.field("hostname", m_cluster.hostname());
    w.key("capabilities")
        .beginArray()
        .value("AGENT_UPDATE")
        .value("AGENT_DRAINING")
        .value("QUOTA_V2")
        .endArray();
    int active = 0;
    int unreachable = 0;
    int deactivated = 0;
    for (const AgentNode &a : m_cluster.agents()) {
        if (a.gone || a.down)
            continue;
        (a.connected ? active : unreachable) += 1;
        deactivated += a.connected && a.deactivated ? 1 : 0;
    }
    w.field("activated_slaves", double(active - deactivated));
    w.field("deactivated_slaves", double(deactivated));
    w.field("unreachable_slaves", double(unreachable));
    if (leader >= 0) {
        const MasterNode &l = m_cluster.masters()[size_t(leader)];
        w.field("leader", m_cluster.masterPid(leader));
        w.key("leader_info").beginObject();
        w.field("id", l.id);
        w.field("pid", m_cluster.masterPid(leader));
        w.field("port", qint64(l.port));
        w.field("hostname", m_cluster.hostname());
        w.endObject();
    }
    w.field("cluster", m_cluster.options().clusterName);
    w.field("log_dir", m_cluster.workDir() + QStringLiteral("/log"));
    w.key("flags");
    writeMasterFlags(w, master);
    w.key("slaves").beginArray();
    for (const AgentNode &a : m_cluster.agents()) {
        if (a.connected)
            writeAgent(w, a, false);
    }
    w.endArray();
    w.key("recovered_slaves").beginArray().endArray();
    const QList<FrameworkNode> frameworks = m_cluster.frameworks();
    for (const bool completed : { false, true }) {
        w.key(completed ? "completed_frameworks" : "frameworks").beginArray();
        for (const FrameworkNode &fw : frameworks) {
            if (fw.completed == completed)
                writeFramework(w, fw);
        }
        w.endArray();
    }
    w.key("orphan_tasks").beginArray().endArray();
    w.key("unregistered_frameworks").beginArray().endArray();
    w.endObject();
    return out;
}

QByteArray MesosJson::stateSummary(int master) const
{
    Q_UNUSED(master)
    const auto &agents = m_cluster.agents();
    const QList<FrameworkNode> frameworks = m_cluster.frameworks();
    using Counts = std::array<int, 10>;
    // Per framework: counts per state, and per agent.
    std::vector<Counts> perFramework(size_t(frameworks.size()), Counts {});
    std::vector<std::vector<Counts>> perFrameworkAgent(size_t(frameworks.size()),
                                                       std::vector<Counts>(agents.size(), Counts {}));
    auto count = [&](const QList<TaskPtr> &list) {
        for (const TaskPtr &t : list) {
            const int s = stateIndex(t->state);
            if (s < 0)
                continue;
            for (qsizetype f = 0; f < frameworks.size(); ++f) {
                if (Cluster::belongsTo(*t, frameworks[f])) {
                    perFramework[size_t(f)][size_t(s)] += 1;
                    perFrameworkAgent[size_t(f)][size_t(t->agent)][size_t(s)] += 1;
                }
            }
        }
    };
    count(m_cluster.activeTasks());
    count(m_cluster.unreachableTasks());
    count(m_cluster.completedTasks());
    auto anyOn = [&](size_t f, int agent) {
        const Counts &c = perFrameworkAgent[f][size_t(agent)];
        return std::any_of(c.begin(), c.end(), [](int n) { return n > 0; });
    };

    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.field("hostname", m_cluster.hostname());
    w.field("cluster", m_cluster.options().clusterName);
    w.key("slaves").beginArray();
    for (const AgentNode &a : agents) {
        if (!a.connected)
            continue;
        // writeAgent closes the object; render counters into a copy instead.
        QByteArray agentJson;
        JsonWriter aw(agentJson);
        writeAgent(aw, a, false);
        agentJson.chop(1);
        for (size_t s = 0; s < 10; ++s) {
            int n = 0;
            for (size_t f = 0; f < perFramework.size(); ++f)
                n += perFrameworkAgent[f][size_t(a.index)][s];
            agentJson += ",\"" + QByteArray(kTaskStates[s]) + "\":" + QByteArray::number(n);
        }
        agentJson += ",\"framework_ids\":[";
        bool first = true;
        for (size_t f = 0; f < perFramework.size(); ++f) {
            if (!anyOn(f, a.index))
                continue;
            agentJson += QByteArray(first ? "" : ",") + '"' + frameworks[qsizetype(f)].id.toUtf8() + '"';
            first = false;
        }
        agentJson += "]}";
        w.rawJson(agentJson);
    }
    w.endArray();
    w.key("frameworks").beginArray();
    for (qsizetype f = 0; f < frameworks.size(); ++f) {
        if (frameworks[f].completed)
            continue;
        w.beginObject();
        writeFrameworkCore(w, frameworks[f]);
        for (size_t s = 0; s < 10; ++s)
            w.field(kTaskStates[s], qint64(perFramework[size_t(f)][s]));
        w.key("slave_ids").beginArray();
        for (const AgentNode &a : agents) {
            if (a.connected && anyOn(size_t(f), a.index))
                w.value(a.id);
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return out;
}

QByteArray MesosJson::tasks(int limit, int offset, bool ascending, const QString &frameworkId,
                            const QString &taskId) const
{
    QList<const Task *> all;
    for (const auto *list :
         { &m_cluster.activeTasks(), &m_cluster.unreachableTasks(), &m_cluster.completedTasks() }) {
        for (const TaskPtr &t : *list) {
            if ((taskId.isEmpty() || t->id == taskId)
                && (frameworkId.isEmpty() || m_cluster.frameworkIdOf(*t) == frameworkId))
                all.append(t.get());
        }
    }
    auto started = [](const Task *t) {
        return t->statuses.isEmpty() ? double(t->stagedAtMs) / 1000.0 : t->statuses.constFirst().timestamp;
    };
    // Oldest first; ties broken by staging time and id so desc is exactly the reverse.
    std::sort(all.begin(), all.end(), [&](const Task *a, const Task *b) {
        if (started(a) != started(b))
            return started(a) < started(b);
        if (a->stagedAtMs != b->stagedAtMs)
            return a->stagedAtMs < b->stagedAtMs;
        return a->id < b->id;
    });
    if (!ascending)
        std::reverse(all.begin(), all.end());
    QByteArray out;
    JsonWriter w(out);
    w.beginObject().key("tasks").beginArray();
    for (qsizetype i = qMax(0, offset); i < all.size() && i < qsizetype(offset) + limit; ++i)
        writeTask(w, *all[i]);
    w.endArray().endObject();
    return out;
}

QByteArray MesosJson::slaves(const QString &slaveId) const
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject().key("slaves").beginArray();
    for (const AgentNode &a : m_cluster.agents()) {
        if (a.connected && (slaveId.isEmpty() || a.id == slaveId))
            writeAgent(w, a, true);
    }
    w.endArray();
    w.key("recovered_slaves").beginArray().endArray();
    w.endObject();
    return out;
}

QByteArray MesosJson::frameworks(const QString &frameworkId) const
{
    QByteArray out;
    JsonWriter w(out);
    const QList<FrameworkNode> frameworks = m_cluster.frameworks();
    w.beginObject();
    for (const bool completed : { false, true }) {
        w.key(completed ? "completed_frameworks" : "frameworks").beginArray();
        for (const FrameworkNode &fw : frameworks) {
            if (fw.completed == completed && (frameworkId.isEmpty() || frameworkId == fw.id))
                writeFramework(w, fw);
        }
        w.endArray();
    }
    w.key("unregistered_frameworks").beginArray().endArray();
    w.endObject();
    return out;
}

void MesosJson::writeExecutor(JsonWriter &w, const Task &t, bool completed) const
{
    w.beginObject();
    w.field("id", t.id);
    w.field("name",
            QStringLiteral("Command Executor (Task: %1) (Command: sh -c '%2')")
                .arg(t.id, t.command.left(20) + (t.command.size() > 20 ? QStringLiteral("...") : QString())));
    w.field("source", t.id);
    w.field("container", t.containerId);
    w.field("directory", t.sandbox);
    w.key("resources");
    writeResources(w, t.cpus + 0.1, t.mem + 32, t.disk, t.gpus, portRanges(t.ports));
    if (!t.labels.isEmpty()) {
        w.key("labels").beginArray();
        for (const auto &[k, v] : t.labels)
            w.beginObject().field("key", k).field("value", v).endObject();
        w.endArray();
    }
    w.key("tasks").beginArray();
    if (!completed)
        writeTask(w, t);
    w.endArray();
    w.key("queued_tasks").beginArray().endArray();
    w.key("completed_tasks").beginArray();
    if (completed)
        writeTask(w, t);
    w.endArray();
    w.endObject();
}

QByteArray MesosJson::agentState(int agentIndex) const
{
    const AgentNode &a = m_cluster.agents()[size_t(agentIndex)];
    const int leader = m_cluster.leader();
    const QString total = QStringLiteral("[%1-%2]").arg(a.portBegin).arg(a.portEnd);
    QList<const Task *> running;
    QList<const Task *> done;
    for (const TaskPtr &t : m_cluster.activeTasks()) {
        if (t->agent == agentIndex)
            running.append(t.get());
    }
    for (const TaskPtr &t : m_cluster.completedTasks()) {
        if (t->agent == agentIndex && !t->sandbox.isEmpty())
            done.append(t.get());
    }
    const QList<int> used(a.usedPorts.cbegin(), a.usedPorts.cend());

    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    writeBuildInfo(w);
    w.field("start_time", a.startTime);
    w.field("id", a.id);
    w.field("pid", m_cluster.agentPid(agentIndex));
    w.field("hostname", a.hostname);
    w.key("capabilities").beginArray();
    for (const char *c : kAgentCapabilities)
        w.value(c);
    w.endArray();
    w.key("resources");
    writeResources(w, a.cpus, a.mem, a.disk, a.gpus, total);
    w.key("reserved_resources").beginObject().endObject();
    w.key("unreserved_resources");
    writeResources(w, a.cpus, a.mem, a.disk, a.gpus, total);
    w.key("reserved_resources_full").beginObject().endObject();
    w.key("unreserved_resources_full");
    writeResourcesFull(w, a.cpus, a.mem, a.disk, a.gpus, { { a.portBegin, a.portEnd } });
    w.key("reserved_resources_allocated").beginObject().endObject();
    w.key("unreserved_resources_allocated");
    writeResources(w, a.usedCpus + 0.1 * running.size(), a.usedMem + 32 * running.size(), a.usedDisk, 0,
                   portRanges(used));
    w.key("resource_providers").beginArray().endArray();
    w.key("attributes").beginObject();
    for (const auto &[k, v] : a.attributes)
        w.field(k.toUtf8().constData(), v);
    w.endObject();
    if (leader >= 0)
        w.field("master_hostname", m_cluster.hostname());
    w.field("log_dir", a.workDir + QStringLiteral("/log"));
    w.key("flags").beginObject();
    w.field("containerizers", "docker,mesos");
    w.field("hostname", a.hostname);
    w.field("ip", m_cluster.hostname());
    w.field("port", QString::number(a.port));
    w.field("work_dir", a.workDir);
    w.field("resources",
            QStringLiteral("cpus:%1;mem:%2;disk:%3;ports:%4").arg(a.cpus).arg(a.mem).arg(a.disk).arg(total));
    w.endObject();
    w.key("frameworks").beginArray();
    for (const FrameworkNode &fw : m_cluster.frameworks()) {
        auto mine = [&](const Task *t) { return Cluster::belongsTo(*t, fw); };
        if (std::none_of(running.cbegin(), running.cend(), mine) && std::none_of(done.cbegin(), done.cend(), mine))
            continue;
        w.beginObject();
        w.field("id", fw.id);
        w.field("name", fw.name);
        w.field("user", "root");
        w.field("failover_timeout", 604800.0);
        w.field("checkpoint", true);
        w.field("hostname", fw.hostname);
        w.field("principal", fw.principal);
        w.key("roles").beginArray().value(fw.role).endArray();
        w.key("executors").beginArray();
        for (const Task *t : running) {
            if (mine(t))
                writeExecutor(w, *t, false);
        }
        w.endArray();
        w.key("completed_executors").beginArray();
        for (const Task *t : done) {
            if (mine(t))
                writeExecutor(w, *t, true);
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key("completed_frameworks").beginArray().endArray();
    w.endObject();
    return out;
}

} // namespace mc::localcluster
