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
    // nsenter into the executor's namespaces is tried first (falls back to the sandbox).
    bool nsenter = false;
};

// How a shell got into a task, for the tab's title: "web.1 · nsenter on agent3".
enum class TaskShellWay { Docker, Nsenter, Sandbox };
[[nodiscard]] QString taskShellTitle(TaskShellWay way, const QString &taskId, const QString &host);

// A shell (`argv` empty) or a command in a task, run on its agent's host:
// - a Docker-containerizer task: `docker exec` into its container. Mesos names
//   it mesos-<container id> (1.0 and later) or mesos-<agent id>.<container id>
//   (0.2x); both are tried, the first that exists is used. The shell is bash
//   when the image has it, else sh.
// - otherwise (Mesos containerizer, command tasks): when the agent reports the
//   executor's pid and `sudo -n` lets this user run nsenter, inside the
//   executor's mount, UTS, IPC, network and PID namespaces as root, in the
//   sandbox (its path, else /mnt/mesos/sandbox where an image is used); else
//   in the task's sandbox directory on the host. Both with MESOS_SANDBOX and
//   MESOS_TASK_ID set as the executor sets them.
// `tty`: the command gets a terminal (docker exec -t); the channel must have a
// PTY. With a terminal and `host`, the command sets the window title to
// taskShellTitle() of the way it took (nsenter or sandbox is known only there).
[[nodiscard]] TaskShellPlan taskShellPlan(const logs::Sandbox &sandbox, const QString &taskId,
                                          const QStringList &argv = {}, bool tty = true,
                                          const QString &host = {});

// Finds the task's sandbox (and container) in its agent's state:
// /slave(1)/state, or /slave(1)/state.json on agents before 1.8. `done` runs
// on `context`'s thread.
void locateTaskSandbox(http::HttpClient *http, const QUrl &agentUrl, const logs::TaskRef &task,
                       QObject *context, std::function<void(Result<logs::Sandbox>)> done);

} // namespace mc::terminal
