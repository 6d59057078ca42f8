#pragma once

#include "localcluster/Cluster.h"

#include <QByteArray>

namespace mc::localcluster {

class JsonWriter;

// Renders the Mesos 1.x v0 JSON documents (field names, types and nesting as
// in Mesos 1.11's readonly_handler.cpp / slave/http.cpp).
class MesosJson
{
public:
    explicit MesosJson(const Cluster &cluster)
        : m_cluster(cluster)
    { }

    [[nodiscard]] QByteArray state(int master) const;
    [[nodiscard]] QByteArray stateSummary(int master) const;
    // limit/offset/order applied; framework and task filters optional.
    [[nodiscard]] QByteArray tasks(int limit, int offset, bool ascending, const QString &frameworkId,
                                   const QString &taskId) const;
    [[nodiscard]] QByteArray slaves(const QString &slaveId) const;
    [[nodiscard]] QByteArray frameworks(const QString &frameworkId) const;
    [[nodiscard]] QByteArray flags(int master) const;
    // The MasterInfo a master stores in its ZooKeeper node (json.info_<seq>), as Mesos 1.x writes it.
    [[nodiscard]] QByteArray masterInfo(int master) const;
    [[nodiscard]] QByteArray agentState(int agent) const;
    [[nodiscard]] static QByteArray version(const QString &mesosVersion);

    // A task's "discovery" (its ports) and Docker "container" fields, when it has them: the same
    // in the v0 state and the v1 operator API.
    static void writeDiscovery(JsonWriter &w, const Task &task);
    static void writeContainer(JsonWriter &w, const Task &task);
    // An agent's "drain_info" (1.9+, only while it drains or drained).
    static void writeDrainInfo(JsonWriter &w, const AgentNode &agent);

    // "[31000-31001, 31005-31005]"
    [[nodiscard]] static QString portRanges(QList<int> ports);

private:
    void writeBuildInfo(JsonWriter &w) const;
    void writeResources(JsonWriter &w, double cpus, double mem, double disk, double gpus,
                        const QString &ports) const;
    void writeResourcesFull(JsonWriter &w, double cpus, double mem, double disk, double gpus,
                            const QList<QPair<int, int>> &ranges) const;
    void writeTask(JsonWriter &w, const Task &task) const;
    void writeAgent(JsonWriter &w, const AgentNode &agent, bool full) const;
    void writeFrameworkCore(JsonWriter &w, const FrameworkNode &framework) const;
    void writeFramework(JsonWriter &w, const FrameworkNode &framework) const;
    void writeMasterFlags(JsonWriter &w, int master) const;
    void writeExecutor(JsonWriter &w, const Task &task, bool completed) const;
    void taskUsage(const FrameworkNode &framework, double &cpus, double &mem, double &disk,
                   QList<int> &ports) const;

    const Cluster &m_cluster;
};

} // namespace mc::localcluster
