#include "core/terminal/TaskForward.h"

#include <QPointer>
#include <QTimer>

namespace mc::terminal {

std::optional<TaskPlace> replacementOf(const TaskPlace &ended, const QList<TaskPlace> &now, int portIndex)
{
    for (const TaskPlace &place : now) {
        if (place.running && place.taskId != ended.taskId && place.frameworkId == ended.frameworkId
            && place.name == ended.name && !place.agentHost.isEmpty() && portIndex < place.ports.size())
            return place;
    }
    return std::nullopt;
}

TaskForward::TaskForward(TaskPlace task, int portIndex, SshHostFor sshHostFor, ssh::SessionOptions options,
                         QObject *parent)
    : QObject(parent)
    , m_task(std::move(task))
    , m_portIndex(portIndex)
    , m_sshHostFor(std::move(sshHostFor))
    , m_options(std::move(options))
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_source || m_asking)
            return;
        m_asking = true;
        QPointer<TaskForward> self(this);
        m_source(this, [self](Result<QList<TaskPlace>> now) {
            if (!self)
                return;
            self->m_asking = false;
            if (now) // a master that does not answer for a while ends nothing
                self->check(*now);
        });
    });
}

TaskForward::~TaskForward()
{
    stop();
}

quint16 TaskForward::targetPort() const
{
    return m_portIndex < m_task.ports.size() ? m_task.ports.at(m_portIndex) : quint16(0);
}

Status TaskForward::start(bool connectNow)
{
    if (m_task.agentHost.isEmpty())
        return Error { tr("The agent of %1 is not known (yet).").arg(m_task.taskId), {} };
    if (targetPort() == 0)
        return Error { tr("%1 has no host port number %2.").arg(m_task.taskId).arg(m_portIndex), {} };
    return open(connectNow);
}

Status TaskForward::open(bool connectNow)
{
    auto proxy = std::make_unique<ssh::SshSocksProxy>(m_sshHostFor(m_task.agentHost), m_options);
    proxy->setForward(m_task.agentHost, targetPort(), m_localPort);
    if (Status started = proxy->start(connectNow); !started)
        return started;
    connect(proxy.get(), &ssh::SshSocksProxy::error, this, &TaskForward::error);
    m_localPort = proxy->port(); // a replacement task gets the same one
    m_proxy = std::move(proxy);
    return {};
}

void TaskForward::watch(TaskPlacesSource source, int intervalMs)
{
    m_source = std::move(source);
    m_timer->start(intervalMs);
}

void TaskForward::stop()
{
    m_timer->stop();
    if (m_proxy)
        m_proxy->stop(); // the port is free again
    m_proxy.reset();
}

ssh::SshSocksProxy::Traffic TaskForward::traffic() const
{
    return m_proxy ? m_proxy->traffic() : ssh::SshSocksProxy::Traffic {};
}

QString TaskForward::target() const
{
    return tr("%1 port %2 on %3").arg(m_task.taskId).arg(targetPort()).arg(m_task.agentHost);
}

QString TaskForward::describe() const
{
    return m_proxy ? m_proxy->describe() : QString();
}

void TaskForward::check(const QList<TaskPlace> &now)
{
    if (!m_proxy)
        return;
    for (const TaskPlace &place : now) {
        if (place.taskId == m_task.taskId && place.running)
            return; // still there
    }
    if (!m_follow) {
        const QString reason
            = tr("%1 ended: the forward from 127.0.0.1:%2 stopped.").arg(m_task.taskId).arg(m_localPort);
        stop();
        Q_EMIT ended(reason);
        return;
    }
    const std::optional<TaskPlace> next = replacementOf(m_task, now, m_portIndex);
    if (!next) {
        if (!std::exchange(m_waiting, true))
            Q_EMIT waiting(tr("%1 ended: waiting for the app's replacement task.").arg(m_task.taskId));
        return;
    }
    m_waiting = false;
    // Stopped and started again on the same local port: the route may change with the agent.
    m_proxy->stop();
    m_proxy.reset();
    m_task = *next;
    if (Status opened = open(false); !opened) {
        stop();
        Q_EMIT ended(
            tr("Cannot follow %1 to %2: %3").arg(m_task.name, m_task.taskId, opened.error().message));
        return;
    }
    Q_EMIT retargeted(target());
}

} // namespace mc::terminal
