#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace mc::logs {

// Which task's sandbox to find on its agent.
struct TaskRef
{
    QString taskId;
    QString frameworkId; // empty: any framework
    QString executorId; // empty: the command executor, whose id is the task id

    bool operator==(const TaskRef &) const = default;
};

struct Sandbox
{
    QString directory; // absolute path on the agent; the task's stdout/stderr are in it
    bool taskEnded = false; // the task (or its executor / framework) is completed on the agent
    // For a shell in the task: the executor's container id, whether the task
    // runs in a Docker container (its ContainerInfo type DOCKER), the agent's id.
    QString containerId;
    bool docker = false;
    // The executor's pid on the agent's host, when the agent reports it (a task
    // status's container_status.executor_pid; Mesos containerizer); 0: not known.
    qint64 executorPid = 0;
    QString agentId;
    // What the agent calls the task's executor (the task id for command tasks) and its
    // framework, and the agent's version ("1.11.0"; empty when its state has none):
    // 1.5+ agents also serve the sandbox under its virtual path (virtualPath()).
    QString frameworkId;
    QString executorId;
    QString agentVersion;
    bool podTask = false; // a DEFAULT executor's task: its files are under tasks/<task id>

    bool operator==(const Sandbox &) const = default;

    // True when the agent serves /frameworks/<fw>/executors/<ex>/runs/latest (1.5+).
    [[nodiscard]] bool hasVirtualPath() const;
    // That path (with /tasks/<task id> for a pod task); empty when the agent has none.
    [[nodiscard]] QString virtualPath(const QString &taskId) const;
};

// Finds a task's sandbox in an agent's /slave(1)/state (state.json before
// 1.8): frameworks then completed_frameworks, executors then
// completed_executors; the executor whose tasks / queued_tasks /
// completed_tasks hold the task, else the one whose id is the executor id
// (the task id for command tasks). DEFAULT (pod) executors keep each task's
// files under tasks/<task id>.
class SandboxLocator
{
public:
    [[nodiscard]] static Result<Sandbox> locate(const QByteArray &agentState, const TaskRef &task);
};

} // namespace mc::logs
