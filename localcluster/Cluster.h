#pragma once

#include "localcluster/Fault.h"
#include "localcluster/HttpConnection.h"
#include "localcluster/Maintenance.h"
#include "localcluster/Nodes.h"
#include "localcluster/Options.h"
#include "localcluster/RequestCounts.h"
#include "localcluster/Task.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <vector>

namespace mc::localcluster {

class AgentApi;
class HttpServer;
class Marathon;
class MasterApi;
class TaskRunner;
class ZooKeeperContender;

using TaskPtr = std::shared_ptr<Task>;

// What runs for a task: a shell command or an argv, plus extra environment.
struct LaunchSpec
{
    QString shell;
    QStringList argv;
    QHash<QString, QString> env;
};

// The whole stand-in: masters (one leader), agents, the Marathon framework,
// tasks as real processes. Single-threaded, lives on the event loop.
class Cluster : public QObject
{
    Q_OBJECT

public:
    explicit Cluster(Options options, QObject *parent = nullptr);
    ~Cluster() override;

    // Binds every server and, unless in scale mode, starts the sample apps.
    bool start(QString *error);
    // Stops every task (SIGTERM, then SIGKILL of the process group).
    void shutdown();

    [[nodiscard]] const Options &options() const { return m_options; }
    [[nodiscard]] QJsonObject endpoints() const;
    [[nodiscard]] QString hostname() const;

    // Masters
    [[nodiscard]] const std::vector<MasterNode> &masters() const { return m_masters; }
    [[nodiscard]] int leader() const { return m_leader; }
    [[nodiscard]] QString masterPid(int index) const;
    bool killMaster(int index);
    bool restartMaster(int index);
    // With --zk: what keeps the masters from registering (empty when every running one is).
    [[nodiscard]] QString zooKeeperProblem() const;

    // Agents
    [[nodiscard]] const std::vector<AgentNode> &agents() const { return m_agents; }
    [[nodiscard]] QString agentPid(int index) const;
    bool loseAgent(int index);
    bool restoreAgent(int index);
    // The agent with this id, or -1.
    [[nodiscard]] int agentIndex(const QString &id) const;
    [[nodiscard]] static MachineId machineOf(const AgentNode &agent) { return { agent.hostname, agent.ip }; }
    // Operator actions on an agent, as Mesos' v1 calls of the same names: each answers an empty
    // string, or why Mesos refuses it (a 400). Draining deactivates the agent and kills its tasks
    // (grace period at most maxGraceNs when >= 0); the agent is DRAINED once none is left, then
    // marked gone when asked to. A gone agent is removed for good: its tasks TASK_GONE_BY_OPERATOR.
    QString drainAgent(int index, qint64 maxGraceNs, bool markGone);
    QString deactivateAgent(int index);
    QString reactivateAgent(int index);
    QString markAgentGone(int index);

    // Maintenance primitives (`/master/maintenance/*`, `/master/machine/*`).
    [[nodiscard]] const QList<MaintenanceWindow> &maintenanceSchedule() const { return m_schedule; }
    [[nodiscard]] bool isScheduled(const MachineId &machine) const;
    [[nodiscard]] const QList<MachineId> &downMachines() const { return m_down; }
    // Each answers an empty string or Mesos' reason for refusing.
    QString updateMaintenanceSchedule(const QList<MaintenanceWindow> &schedule);
    QString startMaintenance(const QList<MachineId> &machines);
    QString stopMaintenance(const QList<MachineId> &machines);

    // Roles: weights and quota (Mesos 1.9+ QuotaConfig), both empty at start.
    [[nodiscard]] const QHash<QString, double> &weights() const { return m_weights; }
    void setWeight(const QString &role, double weight);
    [[nodiscard]] const QHash<QString, QuotaConfig> &quotas() const { return m_quotas; }
    // Sets (or, with nothing guaranteed or limited, removes) quotas; without force, refuses
    // guarantees above the cluster's capacity, as Mesos.
    QString updateQuota(const QList<QuotaConfig> &configs, bool force);

    // An agent with room for the task, or -1 and the reason (InsufficientCpus...).
    int placeTask(double cpus, double mem, double disk, int portCount, QString *reason) const;

    // The Marathon framework as Mesos sees it
    [[nodiscard]] QString clusterId() const { return m_clusterId; }
    [[nodiscard]] QString frameworkId() const { return m_clusterId + QStringLiteral("-0000"); }
    [[nodiscard]] double frameworkRegisteredTime() const { return m_frameworkRegistered; }
    [[nodiscard]] double frameworkReregisteredTime() const { return m_frameworkReregistered; }
    [[nodiscard]] bool frameworkConnected() const { return m_frameworkConnected; }
    // Every framework the master knows (Marathon first), torn down ones included.
    [[nodiscard]] QList<FrameworkNode> frameworks() const;
    [[nodiscard]] QString frameworkIdOf(const Task &task) const
    {
        return task.frameworkId.isEmpty() ? frameworkId() : task.frameworkId;
    }
    [[nodiscard]] static bool belongsTo(const Task &task, const FrameworkNode &framework)
    {
        return task.frameworkId.isEmpty() ? framework.marathon : task.frameworkId == framework.id;
    }
    // POST /master/teardown: the framework's tasks are killed and it is completed. Empty, or why not.
    QString teardownFramework(const QString &id);
    // Marathon's scheduler driver drops its connection (a failover) or subscribes again.
    bool setFrameworkConnected(bool connected);

    // Tasks
    [[nodiscard]] const QList<TaskPtr> &activeTasks() const { return m_active; }
    [[nodiscard]] const QList<TaskPtr> &unreachableTasks() const { return m_unreachable; }
    [[nodiscard]] const QList<TaskPtr> &completedTasks() const { return m_completed; }
    [[nodiscard]] TaskPtr task(const QString &id) const { return m_byId.value(id); }
    // Places ports, creates the sandbox path and starts the process.
    TaskPtr launchTask(Task spec, const LaunchSpec &launch);
    // A synthetic task (scale mode): no process, already running.
    void addSyntheticTask(Task spec);
    // A new synthetic task (scale mode churn): placed on a synthetic agent with room, then
    // STAGING -> STARTING -> RUNNING on timers, no process. nullptr when no agent has room.
    TaskPtr launchSyntheticTask(Task spec);
    void killTask(const QString &id);
    // Appends a status, moves the task between lists, notifies.
    void setTaskState(const TaskPtr &task, TaskState state, const QString &message = {});
    void setTaskHealth(const TaskPtr &task, std::optional<bool> healthy);

    // Bumped on every change; cached documents compare against it.
    [[nodiscard]] quint64 generation() const { return m_generation; }
    void touch() { ++m_generation; }

    FaultTable &faults() { return m_faults; }
    // Requests served per server ("master"/"agent"/"marathon", index) and endpoint (GET /__admin/requests).
    [[nodiscard]] RequestCounts &requestCounts(const QString &role, int index)
    {
        return m_requestCounts[role + QLatin1Char(':') + QString::number(index)];
    }
    // A master's v1 operator API (GET_HEALTH, GET_VERSION).
    [[nodiscard]] HttpResponse operatorCall(const HttpRequest &request) const;
    [[nodiscard]] Marathon *marathon() const { return m_marathon; }
    [[nodiscard]] quint16 marathonPort() const;
    [[nodiscard]] QString workDir() const { return m_workDir; }
    [[nodiscard]] double now() const;

    // Metrics counters since start.
    [[nodiscard]] const QHash<int, int> &terminalCounts() const { return m_terminalCounts; }

Q_SIGNALS:
    void taskChanged(const mc::localcluster::TaskPtr &task, mc::localcluster::TaskState previous);
    // For the v1 event stream: a task became known (TASK_ADDED), a task got a status (TASK_UPDATED),
    // an agent (re-)registered or was removed.
    void taskAdded(const mc::localcluster::TaskPtr &task);
    void taskStatusAdded(const mc::localcluster::TaskPtr &task);
    void agentAdded(int agent);
    void agentRemoved(int agent);
    // An agent's operator state changed (deactivated, draining, drained, reactivated).
    void agentUpdated(int agent);
    void leaderChanged(int leader);
    // The master's v1 SUBSCRIBE streams are cut by the network (/__admin/masters/<i>/drop-streams).
    void streamsDropped(int master);
    // With --zk: the first leader came out of ZooKeeper.
    void firstLeaderElected();
    void frameworkChanged();
    void frameworkRemoved(const QString &frameworkId);

private:
    void dispatch(const QString &role, int index, const HttpRequest &request, HttpConnection *connection);
    void route(const QString &role, int index, const HttpRequest &request, HttpConnection *connection);
    bool handleAdmin(const QString &role, int index, const HttpRequest &request, HttpConnection *connection);
    // The admin actions (/__admin/...): false when the path names none.
    bool adminMaster(const QString &which, const QString &action, HttpConnection *connection);
    bool adminAgent(int target, const QString &action, HttpConnection *connection);
    bool adminFaults(const HttpRequest &request, HttpConnection *connection);
    void truncateTaskFile(const QString &taskId, const QString &file, HttpConnection *connection);
    void collectSandbox(const QString &taskId, HttpConnection *connection);
    void crashTask(const QString &taskId, HttpConnection *connection);
    [[nodiscard]] QByteArray requestCountsJson(const QString &role, int index, bool reset);
    [[nodiscard]] bool authorized(const HttpRequest &request) const;
    void scheduleElection();
    void elect();
    // With --zk: a master joins the ZooKeeper group (after start or restart) or leaves it.
    void contend(int index);
    // With --zk: the master owning the lowest json.info_ node leads.
    void electFromZooKeeper(const QStringList &children);
    void setLeader(int index);
    [[nodiscard]] QByteArray masterInfo(int index) const;
    void createAgents();
    void synthesizeScale();
    void releaseResources(const TaskPtr &task);
    [[nodiscard]] QList<TaskPtr> activeTasksOn(int agent) const;
    // Takes an agent out of the cluster (machine down, marked gone): its processes killed, its
    // tasks ended with `state`, AGENT_REMOVED.
    void removeAgent(int index, TaskState state, const QString &message);
    // A draining agent whose tasks all ended becomes DRAINED (and gone when asked to).
    void checkDrained(int index);
    void startSecondFramework();

    Options m_options;
    QString m_clusterId;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_workDir;
    std::vector<MasterNode> m_masters;
    std::vector<AgentNode> m_agents;
    int m_leader = -1;
    bool m_electionPending = false;
    std::vector<ZooKeeperContender *> m_contenders; // per master with --zk; nullptr while it is down
    bool m_everElected = false;
    double m_frameworkRegistered = 0;
    double m_frameworkReregistered = 0;
    bool m_frameworkConnected = true;
    QList<TaskPtr> m_active;
    QList<TaskPtr> m_unreachable;
    QList<TaskPtr> m_completed;
    QHash<QString, TaskPtr> m_byId;
    QHash<int, int> m_terminalCounts;
    quint64 m_generation = 1;
    FaultTable m_faults;
    QHash<QString, RequestCounts> m_requestCounts;
    int m_nextSyntheticAgent = 0;
    QList<MaintenanceWindow> m_schedule;
    QList<MachineId> m_down;
    QHash<QString, double> m_weights;
    QHash<QString, QuotaConfig> m_quotas;
    std::optional<FrameworkNode> m_second; // --second-framework
    MasterApi *m_masterApi = nullptr;
    AgentApi *m_agentApi = nullptr;
    Marathon *m_marathon = nullptr;
    TaskRunner *m_runner = nullptr;
    HttpServer *m_marathonServer = nullptr;
    bool m_shutDown = false;
};

} // namespace mc::localcluster
