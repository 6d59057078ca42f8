#include "core/logs/TaskLogSource.h"

#include "core/http/HttpClient.h"
#include "core/logs/SandboxFetch.h"
#include "core/util/Logging.h"

#include <QTimer>

#include <algorithm>

namespace mc::logs {

TaskLogSource::TaskLogSource(http::HttpClient *http, QUrl agentUrl, TaskRef task, QString fileName,
                             TailOptions options, QObject *parent)
    : LogSource(parent)
    , m_http(http)
    , m_agentUrl(std::move(agentUrl))
    , m_task(std::move(task))
    , m_fileName(std::move(fileName))
    , m_options(options)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
}

QString TaskLogSource::title() const
{
    return QStringLiteral("%1 · %2").arg(m_task.taskId, m_fileName);
}

QUrl TaskLogSource::downloadUrl() const
{
    return m_tail ? m_tail->downloadUrl() : QUrl();
}

void TaskLogSource::start()
{
    if (m_running)
        return;
    m_running = true;
    if (m_tail) {
        m_tail->start();
        if (m_watching)
            m_timer->start(m_watchMs);
        return;
    }
    setState(LogState::Connecting,
             tr("Looking up the sandbox of %1 on %2").arg(m_task.taskId, m_agentUrl.authority()));
    lookup();
}

void TaskLogSource::stop()
{
    if (m_running)
        qCInfo(lcLogs).noquote() << "Stopped following" << m_fileName << "of task" << m_task.taskId;
    m_running = false;
    m_timer->stop();
    if (m_tail)
        m_tail->stop();
    else
        setState(LogState::Stopped);
}

void TaskLogSource::setPaused(bool paused)
{
    m_paused = paused;
    if (m_tail)
        m_tail->setPaused(paused);
}

void TaskLogSource::readRange(qint64 offset, qint64 length, QObject *context, RangeCallback callback)
{
    if (m_tail)
        m_tail->readRange(offset, length, context, std::move(callback));
    else
        LogSource::readRange(offset, length, context, std::move(callback));
}

void TaskLogSource::fetchState(bool legacy, std::function<void(Result<Sandbox>, bool reachable)> done)
{
    fetchSandbox(m_http, m_agentUrl, m_task, legacy, this,
                 [this, done](Result<Sandbox> sandbox, bool reachable, bool legacyUsed) {
                     m_legacyState = legacyUsed; // 0.19-1.7 agents: state.json
                     done(std::move(sandbox), reachable);
                 });
}

void TaskLogSource::lookup()
{
    fetchState(m_legacyState, [this](Result<Sandbox> sandbox, bool reachable) {
        if (!m_running)
            return;
        if (!reachable) {
            m_retryMs = m_retryMs == 0 ? m_options.retryMinMs : std::min(m_retryMs * 2, m_options.retryMaxMs);
            qCInfo(lcLogs).noquote() << QStringLiteral(
                                            "Log of task %1: agent unreachable (%2), trying again in %3 ms")
                                            .arg(m_task.taskId, sandbox.error().message,
                                                 QString::number(m_retryMs));
            setState(LogState::Retrying,
                     tr("Agent unreachable (%1); retrying in %2 s")
                         .arg(sandbox.error().message, QString::number(double(m_retryMs) / 1000.0, 'f', 1)));
            m_timer->disconnect(this);
            connect(m_timer, &QTimer::timeout, this, &TaskLogSource::lookup);
            m_timer->start(m_retryMs);
            return;
        }
        if (!sandbox) {
            qCInfo(lcLogs).noquote() << "Log of task" << m_task.taskId
                                     << "cannot be followed:" << sandbox.error().message;
            setState(LogState::Failed, sandbox.error().message);
            m_running = false;
            return;
        }
        qCInfo(lcLogs).noquote() << "Following" << m_fileName << "of task" << m_task.taskId << "on"
                                 << logging::shown(m_agentUrl) << (m_legacyState ? "(state.json agent)" : "");
        m_tail = new LogTail(m_http, m_agentUrl, sandbox->directory + u'/' + m_fileName, m_options, this);
        connect(m_tail, &LogSource::dataReceived, this,
                [this](qint64 offset, const QByteArray &bytes) { deliver(offset, bytes); });
        connect(m_tail, &LogSource::restarted, this, &LogSource::restarted);
        connect(m_tail, &LogSource::stateChanged, this,
                [this](LogState state, const QString &message) { setState(state, message); });
        if (sandbox->taskEnded || m_readOnce)
            m_tail->markFinished();
        m_tail->start();
        if (m_paused)
            m_tail->setPaused(true);
        m_timer->disconnect(this);
        if (!sandbox->taskEnded && !m_readOnce) {
            m_watching = true;
            connect(m_timer, &QTimer::timeout, this, &TaskLogSource::watch);
            m_timer->start(m_watchMs);
        }
    });
}

void TaskLogSource::watch()
{
    fetchState(m_legacyState, [this](Result<Sandbox> sandbox, bool) {
        if (!m_running || !m_tail)
            return;
        if (sandbox && sandbox->taskEnded) {
            m_watching = false;
            m_tail->markFinished();
            return;
        }
        m_timer->start(m_watchMs);
    });
}

} // namespace mc::logs
