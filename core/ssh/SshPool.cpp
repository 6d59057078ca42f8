#include "core/ssh/SshPool.h"

#include "core/ssh/SshSession.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QMutexLocker>
#include <QTimer>

namespace mc::ssh {

namespace {

HostState stateFor(FailureKind kind)
{
    return kind == FailureKind::Unreachable ? HostState::Unreachable : HostState::Failed;
}

} // namespace

SshPool::SshPool(SessionOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_promptMutex(std::make_shared<QMutex>())
{
    qRegisterMetaType<mc::ssh::OutputLine>();
    qRegisterMetaType<mc::ssh::HostResult>();
    qRegisterMetaType<QList<mc::ssh::HostResult>>();
    // One question at a time, whichever worker asks.
    auto promptMutex = m_promptMutex;
    if (auto ask = m_options.prompts.unknownHostKey) {
        m_options.prompts.unknownHostKey = [ask, promptMutex](const UnknownHostKey &key) {
            QMutexLocker lock(promptMutex.get());
            return ask(key);
        };
    }
    if (auto ask = m_options.prompts.secret) {
        m_options.prompts.secret = [ask, promptMutex](const SecretRequest &request) {
            QMutexLocker lock(promptMutex.get());
            return ask(request);
        };
    }
    setForks(m_forks);
}

SshPool::~SshPool()
{
    cancel();
    m_threads.waitForDone();
}

void SshPool::setForks(int forks)
{
    m_forks = qMax(1, forks);
    m_threads.setMaxThreadCount(m_forks);
}

void SshPool::run(const QList<HostSpec> &hosts, Job job)
{
    m_threads.waitForDone();
    m_job = std::move(job);
    m_cancelled = false;
    m_stopping = false;
    {
        QMutexLocker lock(&m_mutex);
        m_results.clear();
        for (const HostSpec &h : hosts)
            m_results.append({ h.displayName(), HostState::Skipped, tr("not run"), -1, 0, {} });
    }
    m_remaining = int(hosts.size());
    m_finishPending = true;
    if (hosts.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_finishPending = false;
                Q_EMIT finished({});
            },
            Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < hosts.size(); ++i) {
        const HostSpec &host = hosts[i];
        m_threads.start([this, host, i] { runOne(host, i); });
    }
}

void SshPool::cancel()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    for (SshSession *s : std::as_const(m_live))
        s->cancel();
}

void SshPool::cancelAfterRunning()
{
    QMutexLocker lock(&m_mutex);
    m_cancelled = true;
    for (SshSession *s : std::as_const(m_live))
        s->requestStop();
}

void SshPool::runOne(const HostSpec &host, int index)
{
    const QString name = host.displayName();
    SshSession session(host, m_options);
    bool starts = false;
    {
        // Under the lock cancel() takes: a host either is skipped here or is
        // in m_live when cancel() looks.
        QMutexLocker lock(&m_mutex);
        starts = !m_cancelled && !m_stopping;
        if (starts)
            m_live.append(&session);
    }
    if (!starts) {
        hostDone(
            index,
            { name,
              HostState::Skipped,
              m_cancelled ? tr("cancelled before it started") : tr("not started: an earlier host failed"),
              -1,
              0,
              {} });
        return;
    }
    Q_EMIT hostStarted(name);
    QElapsedTimer timer;
    timer.start();
    HostResult result { name, HostState::Ok, {}, -1, 0, {} };
    if (Status st = session.connect(); !st) {
        result.state = stateFor(session.lastFailure());
        result.reason = st.error().message;
    } else if (session.isStopRequested()) {
        // Cancelled while connecting: nothing ran on this host.
        result.state = HostState::Skipped;
        result.reason = tr("cancelled before it started");
    } else {
        const JobOutcome outcome = m_job(session, [this](const OutputLine &line) { Q_EMIT outputLine(line); });
        result.state = outcome.state;
        result.reason = outcome.reason;
        result.exitStatus = outcome.exitStatus;
        result.value = outcome.value;
    }
    {
        QMutexLocker lock(&m_mutex);
        m_live.removeOne(&session);
    }
    result.elapsedMs = timer.elapsed();
    if (result.state == HostState::Failed || result.state == HostState::Unreachable)
        m_stopping = m_stopOnFailure;
    hostDone(index, result);
}

void SshPool::hostDone(int index, const HostResult &result)
{
    {
        QMutexLocker lock(&m_mutex);
        m_results[index] = result;
    }
    Q_EMIT hostFinished(result);
    if (m_remaining.fetch_sub(1) == 1) {
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_finishPending = false;
                Q_EMIT finished(results());
            },
            Qt::QueuedConnection);
    }
}

QList<HostResult> SshPool::results() const
{
    QMutexLocker lock(&m_mutex);
    return m_results;
}

bool SshPool::waitForFinished(int timeoutMs)
{
    // Not `isRunning()`: the hosts may all be done (a refused port ends a host
    // at once) while their hostStarted / hostFinished / finished signals still
    // wait in this thread's queue; returning then dropped them with the pool.
    if (!m_finishPending)
        return true;
    QEventLoop loop;
    connect(this, &SshPool::finished, &loop, &QEventLoop::quit);
    if (timeoutMs >= 0)
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return !m_finishPending;
}

Job SshPool::commandJob(const QString &command, const ExecOptions &options)
{
    return [command, options](SshSession &session, const std::function<void(const OutputLine &)> &emitLine) {
        ExecOptions opts = options;
        opts.onLine = emitLine;
        auto r = session.exec(command, opts);
        if (!r)
            return JobOutcome { stateFor(session.lastFailure()) == HostState::Unreachable
                                    ? HostState::Unreachable
                                    : HostState::Failed,
                                r.error().message,
                                -1,
                                {} };
        if (r->exitStatus != 0)
            return JobOutcome {
                HostState::Failed, QObject::tr("exit status %1").arg(r->exitStatus), r->exitStatus, {}
            };
        return JobOutcome { HostState::Changed, {}, 0, {} };
    };
}

} // namespace mc::ssh
