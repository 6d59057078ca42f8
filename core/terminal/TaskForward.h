#pragma once

#include "core/mesos/Resources.h"
#include "core/mesos/TaskState.h"
#include "core/ssh/SshSocksProxy.h"
#include "core/ssh/SshTypes.h"
#include "core/util/Result.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace mc::terminal {

// Where a task is, as a forward to one of its ports needs it.
struct TaskPlace
{
    QString taskId;
    QString frameworkId;
    QString name; // Marathon names its tasks after their app ("/shop/web": "web.shop")
    QString agentHost;
    QList<quint16> ports; // host ports
    bool running = false;

    bool operator==(const TaskPlace &) const = default;
};

// The tasks of a cluster with their agents' host names (from the master's state or a snapshot).
template<typename Tasks, typename Agents>
[[nodiscard]] QList<TaskPlace> taskPlaces(const Tasks &tasks, const Agents &agents)
{
    QList<TaskPlace> places;
    for (const auto &task : tasks) {
        TaskPlace place { task.id,
                          task.frameworkId,
                          task.name,
                          {},
                          mesos::portList(task.resources.ports),
                          task.state == mesos::TaskState::Running && !task.completed };
        for (const auto &agent : agents) {
            if (agent.id == task.agentId)
                place.agentHost = agent.hostname;
        }
        places.append(place);
    }
    return places;
}

// The task that replaces `ended` (Marathon's replacement after a kill or a
// failure): running, of the same framework and name, another id, with a
// `portIndex`th host port. The earliest listed when there are several.
[[nodiscard]] std::optional<TaskPlace> replacementOf(const TaskPlace &ended, const QList<TaskPlace> &now,
                                                     int portIndex);

// The cluster's tasks now, asked for again every few seconds; `done` runs on `context`'s thread.
using TaskPlacesSource
    = std::function<void(QObject *context, std::function<void(Result<QList<TaskPlace>>)> done)>;

// A local port (127.0.0.1) forwarded over SSH to a task's PORT_INDEXth host
// port, watching the task: when it ends (is no longer running), the forward
// either follows the app's replacement task (follow; the same local port, a
// new SSH route when the replacement runs on another agent and there is no
// jump host) or stops and says so.
class TaskForward : public QObject
{
    Q_OBJECT

public:
    // The SSH host that reaches a task on `agentHost`: the jump host when one
    // is set, else the agent's host.
    using SshHostFor = std::function<ssh::HostSpec(const QString &agentHost)>;

    TaskForward(TaskPlace task, int portIndex, SshHostFor sshHostFor, ssh::SessionOptions options,
                QObject *parent = nullptr);
    ~TaskForward() override;

    void setFollow(bool follow) { m_follow = follow; }
    [[nodiscard]] bool follows() const { return m_follow; }
    // Before start(); 0: a free port.
    void setLocalPort(quint16 port) { m_localPort = port; }
    // Starts listening (and connecting now when asked); the error says why not.
    Status start(bool connectNow = false);
    // Watches the task through `source` every `intervalMs`.
    void watch(TaskPlacesSource source, int intervalMs = 2000);
    void stop();

    [[nodiscard]] bool isRunning() const { return m_proxy != nullptr; }
    [[nodiscard]] quint16 port() const { return m_localPort; }
    [[nodiscard]] const TaskPlace &task() const { return m_task; }
    [[nodiscard]] quint16 targetPort() const;
    [[nodiscard]] ssh::SshSocksProxy::Traffic traffic() const;
    // "web.1a2b port 31002 on agent3"
    [[nodiscard]] QString target() const;
    // The SSH route ("ssh via user@host:22").
    [[nodiscard]] QString describe() const;

Q_SIGNALS:
    // The forward goes to the app's replacement task now.
    void retargeted(const QString &target);
    // The task ended; the forward waits for the app's replacement.
    void waiting(const QString &reason);
    // The task ended and the forward stopped (not following), with the reason.
    void ended(const QString &reason);
    // The SSH session could not be opened or dropped.
    void error(const QString &reason);

private:
    Status open(bool connectNow);
    void check(const QList<TaskPlace> &now);

    TaskPlace m_task;
    int m_portIndex;
    SshHostFor m_sshHostFor;
    ssh::SessionOptions m_options;
    std::unique_ptr<ssh::SshSocksProxy> m_proxy;
    TaskPlacesSource m_source;
    QTimer *m_timer;
    quint16 m_localPort = 0;
    bool m_follow = false;
    bool m_asking = false;
    bool m_waiting = false;
};

} // namespace mc::terminal
