#pragma once

#include "core/ssh/HostResult.h"
#include "core/ssh/SshTypes.h"

#include <QList>
#include <QMutex>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <functional>
#include <memory>

namespace mc::ssh {

class SshSession;

// What a job tells about its host. state Ok/Changed/Failed; the pool turns
// connection problems into Unreachable itself.
struct JobOutcome
{
    // A constructor (not an aggregate) so that `{ state, reason, exit }` stays valid
    // when fields are added.
    JobOutcome(HostState state = HostState::Ok, QString reason = {}, int exitStatus = -1, QString value = {})
        : state(state)
        , reason(std::move(reason))
        , exitStatus(exitStatus)
        , value(std::move(value))
    { }

    HostState state = HostState::Ok;
    QString reason;
    int exitStatus = -1;
    QString value; // e.g. a service status; copied into HostResult::value
};

// A job: the work for one host on a connected session. Runs on a worker thread;
// `emitLine` streams output to the pool's outputLine signal.
using Job
    = std::function<JobOutcome(SshSession &session, const std::function<void(const OutputLine &)> &emitLine)>;

// Runs one job per host, `forks` at a time on worker threads. One host's failure
// never stops the others (unless stopOnFailure, for rolling restarts: the hosts
// not yet started are then skipped). Signals reach the receiver's thread queued.
class SshPool : public QObject
{
    Q_OBJECT

public:
    explicit SshPool(SessionOptions options, QObject *parent = nullptr);
    ~SshPool() override;

    void setForks(int forks);
    [[nodiscard]] int forks() const { return m_forks; }
    void setStopOnFailure(bool stop) { m_stopOnFailure = stop; }

    // Starts the run; returns at once. One run at a time.
    void run(const QList<HostSpec> &hosts, Job job);
    // Interrupts the running commands; hosts not started are skipped.
    void cancel();
    // Starts no further host (they are skipped, "cancelled before it started");
    // the commands running now finish, but their jobs are asked to stop
    // (SshSession::requestStop: e.g. no more waiting for a service to answer).
    void cancelAfterRunning();
    [[nodiscard]] bool isCancelled() const { return m_cancelled.load(); }
    [[nodiscard]] bool isRunning() const { return m_remaining.load() > 0; }
    // Blocks (running the event loop) until the run ends and `finished` has
    // been emitted, so every signal the hosts queued to this thread was
    // delivered first; for the CLI, tests and jobs on a worker thread.
    bool waitForFinished(int timeoutMs = -1);
    [[nodiscard]] QList<HostResult> results() const;

    // A job running one shell command; Ok on exit 0, Failed otherwise.
    static Job commandJob(const QString &command, const ExecOptions &options = {});

Q_SIGNALS:
    void hostStarted(const QString &host);
    void outputLine(const mc::ssh::OutputLine &line);
    void hostFinished(const mc::ssh::HostResult &result);
    void finished(const QList<mc::ssh::HostResult> &results);

private:
    void runOne(const HostSpec &host, int index);
    void hostDone(int index, const HostResult &result);

    SessionOptions m_options;
    QThreadPool m_threads;
    int m_forks = 10;
    bool m_stopOnFailure = false;
    Job m_job;
    std::atomic<int> m_remaining { 0 };
    bool m_finishPending = false; // `finished` queued, not yet emitted (owner thread only)
    std::atomic<bool> m_cancelled { false };
    std::atomic<bool> m_stopping { false };
    mutable QMutex m_mutex;
    QList<HostResult> m_results;
    QList<SshSession *> m_live; // sessions running now (guarded by m_mutex), for cancel()
    std::shared_ptr<QMutex> m_promptMutex;
};

} // namespace mc::ssh
