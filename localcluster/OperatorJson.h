#pragma once

#include "localcluster/Cluster.h"

#include <QByteArray>

namespace mc::localcluster {

class JsonWriter;

// Renders the v1 operator API messages of a master (include/mesos/v1/master/
// master.proto, Mesos 1.11) as Mesos' protobuf-to-JSON does: ids are
// {"value": ...}, times {"nanoseconds": N} (TaskStatus.timestamp stays
// seconds), enums are names, resources are v1 Resource objects, bytes are
// base64, empty repeated fields are left out, fields with a default value
// (Resource.role, FrameworkInfo.role...) are always there.
class OperatorJson
{
public:
    explicit OperatorJson(const Cluster &cluster)
        : m_cluster(cluster)
    { }

    // Response.GetState (get_tasks, get_executors, get_frameworks, get_agents).
    void writeGetState(JsonWriter &w) const;
    void writeGetTasks(JsonWriter &w) const;
    void writeGetAgents(JsonWriter &w) const;
    void writeGetFrameworks(JsonWriter &w) const;
    void writeGetExecutors(JsonWriter &w) const;

    // Whole Event records (one JSON object each).
    [[nodiscard]] QByteArray subscribed(double heartbeatSeconds) const;
    [[nodiscard]] QByteArray taskAdded(const Task &task) const;
    // The task's latest status and state.
    [[nodiscard]] QByteArray taskUpdated(const Task &task) const;
    [[nodiscard]] QByteArray agentAdded(const AgentNode &agent) const;
    [[nodiscard]] QByteArray agentRemoved(const AgentNode &agent) const;
    [[nodiscard]] QByteArray frameworkUpdated() const;
    // FRAMEWORK_REMOVED (a teardown) of the framework with this id.
    [[nodiscard]] QByteArray frameworkRemoved(const QString &frameworkId) const;
    [[nodiscard]] static QByteArray heartbeat();

    // A whole Response to a non-streaming call ({"type": T, "<t>": {...}}).
    [[nodiscard]] QByteArray response(const QString &type) const;

private:
    void writeTask(JsonWriter &w, const Task &task) const;
    void writeStatus(JsonWriter &w, const Task &task, qsizetype index) const;
    void writeAgent(JsonWriter &w, const AgentNode &agent) const;
    void writeFramework(JsonWriter &w, const FrameworkNode &framework) const;
    void writeFrameworkInfo(JsonWriter &w, const FrameworkNode &framework) const;

    const Cluster &m_cluster;
};

} // namespace mc::localcluster
