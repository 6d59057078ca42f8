#include "core/logs/ServiceLogSource.h"

#include "core/logs/ServiceLogCommand.h"
#include "core/ssh/SshSession.h"
#include "core/util/Logging.h"
#include "core/util/Numbers.h"

#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <mutex>

namespace mc::logs {

// What the worker thread and the source share.
struct ServiceLogSource::Shared
{
    QMutex mutex;
    QByteArray batch; // lines not yet taken by the GUI thread
    ssh::SshSession *session = nullptr; // while connected (guarded by mutex)
    std::atomic<bool> stopped { false };
};

ServiceLogSource::ServiceLogSource(ssh::HostSpec host, cluster::Service service, ssh::SessionOptions options,
                                   QObject *parent)
    : LogSource(parent)
    , m_host(std::move(host))
    , m_service(service)
    , m_options(std::move(options))
    , m_command(ServiceLogCommand::command(service))
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ServiceLogSource::launch);
}

ServiceLogSource::~ServiceLogSource()
{
    stop();
}

QString ServiceLogSource::title() const
{
    return QStringLiteral("%1 · %2").arg(m_host.displayName(), cluster::serviceName(m_service));
}

void ServiceLogSource::setFollow(bool follow)
{
    m_follow = follow;
    m_command = ServiceLogCommand::command(m_service, ServiceLogCommand::kDefaultBacklogLines, follow);
}

void ServiceLogSource::start()
{
    if (m_running)
        return;
    m_running = true;
    m_retryMs = 0;
    qCInfo(lcLogs).noquote() << "Following the log of" << cluster::serviceName(m_service) << "on"
                             << m_host.displayName() << (m_follow ? "" : "(once)");
    launch();
}

void ServiceLogSource::stop()
{
    if (m_running)
        qCInfo(lcLogs).noquote() << "Stopped following the log of" << cluster::serviceName(m_service) << "on"
                                 << m_host.displayName();
    m_running = false;
    m_retryTimer->stop();
    if (m_shared) {
        m_shared->stopped = true;
        QMutexLocker lock(&m_shared->mutex);
        if (m_shared->session)
            m_shared->session->cancel();
    }
    if (m_thread) {
        m_thread->wait(3000);
        m_thread = nullptr; // deleted through deleteLater when it finished
    }
    m_shared.reset();
    if (state() != LogState::Failed)
        setState(LogState::Stopped);
}

void ServiceLogSource::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused) {
        setState(LogState::Paused, tr("Paused; new lines are held"));
        return;
    }
    const QByteArray held = std::exchange(m_held, {});
    if (m_dropped > 0) {
        deliver(-1, tr("[… %1 bytes dropped while paused …]\n").arg(util::grouped(m_dropped)).toUtf8());
        m_dropped = 0;
    }
    deliver(-1, held);
    setState(m_running ? LogState::Following : LogState::Stopped);
}

void ServiceLogSource::launch()
{
    if (!m_running)
        return;
    if (!m_paused)
        setState(LogState::Connecting, tr("Connecting to %1").arg(m_host.displayName()));
    auto shared = std::make_shared<Shared>();
    m_shared = shared;
    QPointer<ServiceLogSource> self(this);
    const ssh::HostSpec host = m_host;
    const ssh::SessionOptions options = m_options;
    const QString command = m_command;
    const bool become = m_become;
    m_thread = QThread::create([shared, self, host, options, command, become] {
        ssh::SshSession session(host, options);
        const auto post
            = [&](auto function) { QMetaObject::invokeMethod(self.data(), function, Qt::QueuedConnection); };
        const Status connected = session.connect();
        if (!connected) {
            const QString error = connected.error().message;
            post([self, error] {
                if (self)
                    self->ended(false, -1, error);
            });
            return;
        }
        {
            // std::lock_guard, not QMutexLocker: QMutexLocker accepts a null mutex and tests for
            // one, so at -O2 GCC follows a branch where `shared` is null into the read of
            // `stopped` below and reports a write into a region of size 0 (-Wstringop-overflow).
            // `shared` is never null; a reference says so.
            const std::lock_guard lock(shared->mutex);
            if (shared->stopped)
                return;
            shared->session = &session;
        }
        post([self] {
            if (self && self->m_running && !self->m_paused)
                self->setState(LogState::Following, tr("Following"));
            if (self)
                self->m_everConnected = true;
        });
        ssh::ExecOptions exec;
        exec.become = become;
        exec.keepOutput = false;
        exec.onLine = [&](const ssh::OutputLine &line) {
            bool first = false;
            {
                const std::lock_guard lock(shared->mutex);
                first = shared->batch.isEmpty();
                shared->batch += line.text.toUtf8();
                shared->batch += '\n';
            }
            if (first) {
                post([self] {
                    if (self)
                        self->takeBatch();
                });
            }
        };
        const auto result = session.exec(command, exec);
        {
            const std::lock_guard lock(shared->mutex);
            shared->session = nullptr;
        }
        if (shared->stopped)
            return;
        const int exitStatus = result.ok() ? result->exitStatus : -1;
        const QString error = result.ok() ? QString() : result.error().message;
        post([self, exitStatus, error] {
            if (self) {
                self->takeBatch();
                self->ended(true, exitStatus, error);
            }
        });
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start();
}

void ServiceLogSource::takeBatch()
{
    if (!m_shared)
        return;
    QByteArray batch;
    {
        QMutexLocker lock(&m_shared->mutex);
        batch = std::exchange(m_shared->batch, {});
    }
    if (batch.isEmpty())
        return;
    if (!m_paused) {
        m_retryMs = 0;
        deliver(-1, batch);
        return;
    }
    m_held += batch;
    if (m_held.size() > kPausedBufferBytes) {
        qsizetype cut = m_held.size() - kPausedBufferBytes;
        const qsizetype newline = m_held.indexOf('\n', cut);
        cut = newline < 0 ? m_held.size() : newline + 1;
        m_dropped += cut;
        m_held.remove(0, cut);
        setState(LogState::Paused,
                 tr("Paused; %1 bytes of older lines dropped").arg(util::grouped(m_dropped)));
    }
}

void ServiceLogSource::ended(bool connected, int exitStatus, const QString &error)
{
    if (m_thread) {
        m_thread->wait(1000);
        m_thread = nullptr;
    }
    if (!m_running)
        return;
    if (connected && error.isEmpty() && exitStatus == 0 && !m_follow) {
        m_running = false;
        setState(LogState::Finished, tr("Done"));
        return;
    }
    if (connected && error.isEmpty() && exitStatus != 0 && exitStatus != -1) {
        // The command itself failed (no log found, journalctl refused): retrying will not help.
        m_running = false;
        qCInfo(lcLogs).noquote() << "The log command of" << cluster::serviceName(m_service) << "failed on"
                                 << m_host.displayName() << "with exit status" << exitStatus;
        setState(LogState::Failed,
                 tr("The log command failed on %1 (exit %2).").arg(m_host.displayName()).arg(exitStatus));
        return;
    }
    m_retryMs = m_retryMs == 0 ? m_retryMinMs : std::min(m_retryMs * 2, m_retryMaxMs);
    const QString why = error.isEmpty() ? tr("the log command ended") : error;
    qCInfo(lcLogs).noquote() << QStringLiteral("The log of %1 on %2 stopped (%3): trying again in %4 ms")
                                    .arg(cluster::serviceName(m_service), m_host.displayName(), why,
                                         QString::number(m_retryMs));
    setState(LogState::Retrying,
             tr("%1; retrying in %2 s").arg(why, QString::number(double(m_retryMs) / 1000.0, 'f', 1)));
    m_retryTimer->start(m_retryMs);
}

} // namespace mc::logs
