#pragma once

#include "localcluster/Cluster.h"

#include <QHash>
#include <QObject>

class QProcess;
class QTimer;

namespace mc::localcluster {

// Runs tasks as real child processes, each the leader of its own process
// group (so a kill reaches whatever the task forked), with stdout/stderr in
// its sandbox, and drives STAGING -> STARTING -> RUNNING -> terminal.
class TaskRunner : public QObject
{
    Q_OBJECT

public:
    TaskRunner(Cluster &cluster, QObject *parent = nullptr);
    ~TaskRunner() override;

    void start(const TaskPtr &task, const LaunchSpec &launch);
    // SIGTERM to the group, SIGKILL after the grace period.
    void kill(const TaskPtr &task);
    // Kills the process group without reporting (agent lost).
    void forget(const QString &taskId);
    // SIGKILL to the running task's group, as the kernel's OOM killer would: the task ends
    // TASK_FAILED and its scheduler relaunches it. False when it has no running process.
    bool crash(const TaskPtr &task);
    // Stops every task and waits for them (shutdown).
    void stopAll();

    static bool portIsFree(const QHostAddress &address, int port);

private:
    struct Run
    {
        TaskPtr task;
        QProcess *process = nullptr;
        QTimer *killTimer = nullptr;
    };

    void spawn(const TaskPtr &task, const LaunchSpec &launch);
    void finished(const QString &taskId, int exitCode, bool crashed);

    Cluster &m_cluster;
    QHash<QString, Run> m_runs;
};

} // namespace mc::localcluster
