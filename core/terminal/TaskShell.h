#pragma once

#include "core/logs/SandboxLocator.h"
#include "core/util/Result.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QObject;

namespace mc::http {
class HttpClient;
}

namespace mc::terminal {

// What runs on a task's agent host for a shell (or a command) in the task.
struct TaskShellPlan
{
    QString command; // the remote command line; every value in it quoted
    bool docker = false; // docker exec into the task's container; else the sandbox
};

// A shell (`argv` empty) or a command in a task, run on its agent's host:
// - a Docker-containerizer task: `docker exec` into its container. Mesos names
//   it mesos-<container id> (1.0 and later) or mesos-<agent id>.<container id>
//   (0.2x); both are tried, the first that exists is used. The shell is bash
//   when the image has it, else sh.
// - otherwise (Mesos containerizer, command tasks): in the task's sandbox
//   directory, with MESOS_SANDBOX and MESOS_TASK_ID set as the executor sets them.
// `tty`: the command gets a terminal (docker exec -t); the channel must have a PTY.
[[nodiscard]] TaskShellPlan taskShellPlan(const logs::Sandbox &sandbox, const QString &taskId,
                                          const QStringList &argv = {}, bool tty = true);

// Finds the task's sandbox (and container) in its agent's state:
// /slave(1)/state, or /slave(1)/state.json on agents before 1.8. `done` runs
// on `context`'s thread.
void locateTaskSandbox(http::HttpClient *http, const QUrl &agentUrl, const logs::TaskRef &task,
                       QObject *context, std::function<void(Result<logs::Sandbox>)> done);

} // namespace mc::terminal
