#pragma once

#include "core/audit/ActionGate.h"
#include "core/provision/AgentDrain.h"
#include "core/provision/Plan.h"
#include "core/provision/RunSummary.h"
#include "core/provision/StepExecutor.h"
#include "core/ssh/SshTypes.h"

#include <QFile>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace mc::provision {

struct RunOptions
{
    bool check = false; // nothing changes on any host
    bool diff = false; // diffs of changed files also when applying
    bool become = true;
    int forks = 20; // hosts at a time
    int serial = 0; // >0: rolling batches of this many hosts per role
    int retries = 2; // re-tries of a host whose SSH connection failed (transient faults)
    int retryDelayMs = 500;
    QString logDir; // a run log "provision-<UTC>.log" is written here; empty: none
    // Agents whose attributes/resources would change (a check of their role first) are drained
    // before that role (DRAIN_AGENT, Mesos 1.9+, through the gate), their agent id removed
    // (the recipe's restart of the agent then registers it under a new id), the role applied,
    // and the agent reactivated. On a Mesos without DRAIN_AGENT nothing runs (summary.error).
    // Check mode says what it would drain.
    bool drainFirst = false;
    DrainOptions drain;
};

// Runs a plan: role by role in the recipe's order (every host finishes
// ZooKeeper before any starts Mesos, masters before agents), hosts of a role
// in parallel (`forks`), optionally in serial batches. One SSH session per
// host for the whole run. A host that fails or stays unreachable drops out of
// later roles; the others go on. cancel() lets running steps finish (files are
// written atomically) and starts nothing new. Signals are emitted from worker
// threads (queued to receivers in other threads).
class ProvisionRunner : public QObject
{
    Q_OBJECT

public:
    explicit ProvisionRunner(ssh::SessionOptions options, QObject *parent = nullptr);
    ~ProvisionRunner() override;

    // A run that changes hosts (not `check`) passes `gate` ("provision.apply" of the plan's
    // hosts, the recipe and the step count), its outcome logged when it finishes.
    void setGate(std::shared_ptr<const audit::ActionGate> gate) { m_gate = std::move(gate); }
    // The audit action of a run that changes hosts: "provision.apply" of the plan's hosts.
    [[nodiscard]] static audit::Action applyAction(const Plan &plan, const RunOptions &options);
    // Starts the run; the gate's refusal instead (nothing is started, finished() is not emitted).
    Status start(const Plan &plan, const RunOptions &options);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running.load(); }
    // Runs the caller's event loop until the run ends (CLI, tests).
    bool waitForFinished(int timeoutMs = -1);
    [[nodiscard]] RunSummary summary() const;

Q_SIGNALS:
    void phaseStarted(const QString &role, const QStringList &hosts);
    void hostRoleStarted(const QString &host, const QString &role);
    void stepFinished(const mc::provision::StepResult &result);
    void outputLine(const mc::ssh::OutputLine &line);
    void hostRoleFinished(const QString &host, const QString &role, const QString &state,
                          const QString &reason);
    // Progress of draining an agent first ("agent …-S0: DRAINING (4 s)").
    void notice(const QString &host, const QString &text);
    void finished(const mc::provision::RunSummary &summary);

private:
    struct Tally;
    void drive();
    void openRunLog();
    void runRole(QThreadPool &pool, const QString &roleName, const QStringList &hosts,
                 const QHash<QString, QString> &drainBefore, Tally &tally);
    void finishRun(qint64 elapsedMs, const Tally &tally, const QString &runError);
    StepExecutor::Outcome runHostRole(const HostPlan &host, const RolePlan &role, QString *reason,
                                      QList<StepResult> *results, const ExecutionMode *mode = nullptr);
    // Drain first: the agents of the plan whose identity files would change, each with the role
    // that changes them; `error` when the drain cannot be done (nothing may run then).
    QHash<QString, QString> agentsToDrain(QThreadPool &pool, QString *error);
    StepExecutor::Outcome drainAndRun(const HostPlan &host, const RolePlan &role, QString *reason,
                                      QList<StepResult> *results);
    std::shared_ptr<ssh::SshSession> sessionFor(const HostPlan &host);
    void report(QList<StepResult> *results, StepResult result);
    void say(const QString &host, const QString &text);
    void addSpan(const TimedSpan &span);
    void log(const QString &text);

    ssh::SessionOptions m_sessionOptions;
    Plan m_plan;
    RunOptions m_options;
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_running { false };
    std::atomic<bool> m_cancelled { false };
    mutable QMutex m_mutex; // guards m_summary, m_sessions, m_log
    RunSummary m_summary;
    QHash<QString, std::shared_ptr<ssh::SshSession>> m_sessions;
    std::unique_ptr<QFile> m_log;
    std::shared_ptr<const audit::ActionGate> m_gate;
    std::shared_ptr<const audit::ActionGate> m_drainGate; // m_gate, confirmed with the run
    QList<TimedSpan> m_spans; // connects, stat/checksum round trips (guarded by m_mutex)
    QSet<QString> m_drained; // hosts whose role runs after their agent was drained (guarded by m_mutex)
};

} // namespace mc::provision
