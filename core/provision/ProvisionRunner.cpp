#include "core/provision/ProvisionRunner.h"

#include "core/provision/AgentIdentity.h"
#include "core/provision/RunJournal.h"

#include "core/ssh/SshSession.h"
#include "core/util/Logging.h"
#include "core/util/ShellQuote.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QScopeGuard>
#include <QThreadPool>
#include <QTimer>

namespace mc::provision {

ProvisionRunner::ProvisionRunner(ssh::SessionOptions options, QObject *parent)
    : QObject(parent)
    , m_sessionOptions(std::move(options))
{
    qRegisterMetaType<mc::provision::StepResult>();
    qRegisterMetaType<mc::provision::RunSummary>();
    qRegisterMetaType<mc::ssh::OutputLine>();
    // Prompts (host keys, passwords) come from worker threads: one at a time.
    auto mutex = std::make_shared<QMutex>();
    if (auto f = m_sessionOptions.prompts.unknownHostKey) {
        m_sessionOptions.prompts.unknownHostKey = [mutex, f](const ssh::UnknownHostKey &k) {
            QMutexLocker lock(mutex.get());
            return f(k);
        };
    }
    if (auto f = m_sessionOptions.prompts.secret) {
        m_sessionOptions.prompts.secret = [mutex, f](const ssh::SecretRequest &r) {
            QMutexLocker lock(mutex.get());
            return f(r);
        };
    }
}

ProvisionRunner::~ProvisionRunner()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
}

audit::Action ProvisionRunner::applyAction(const Plan &plan, const RunOptions &options)
{
    audit::Action action { QStringLiteral("provision.apply"), {}, {} };
    for (const HostPlan &h : plan.hosts)
        action.targets << h.host;
    action.parameters.insert(QStringLiteral("recipe"), plan.recipeName);
    action.parameters.insert(QStringLiteral("steps"), plan.stepCount());
    action.parameters.insert(QStringLiteral("serial"), options.serial);
    if (options.drainFirst)
        action.parameters.insert(QStringLiteral("drain_first"), true);
    return action;
}

Status ProvisionRunner::start(const Plan &plan, const RunOptions &options)
{
    if (m_running.load())
        return Error { tr("A provisioning run is going on already."), {} };
    if (m_gate && !options.check) {
        auto ticket = m_gate->admit(applyAction(plan, options));
        if (!ticket)
            return ticket.error();
        // Queued here from the run's thread: the line is written where the gate lives.
        connect(
            this, &ProvisionRunner::finished, this,
            [gate = m_gate, ticket = std::move(ticket).value()](const RunSummary &summary) {
                gate->finish(
                    ticket,
                    summary.success()
                        ? Status()
                        : Status(Error { summary.cancelled ? tr("cancelled")
                                                           : tr("%n host(s) failed or unreachable", nullptr,
                                                                int(summary.badHosts().size())),
                                         {} }));
            },
            Qt::SingleShotConnection);
    }
    if (m_thread) {
        m_thread->wait();
        m_thread.reset();
    }
    m_plan = plan;
    m_options = options;
    m_drainGate.reset();
    if (m_gate) {
        // The drain, reactivation and the rest were confirmed with the run: each is still one
        // line of the audit log, through a gate that does not ask again (from the run's threads).
        auto drainGate = std::make_shared<audit::ActionGate>(*m_gate);
        drainGate->setConfirm([](const audit::Action &, const QString &) { return true; });
        // A failed audit line is reported where the gate lives, not from the run's threads.
        if (const audit::ActionGate::LogFailed report = m_gate->logFailed()) {
            drainGate->setLogFailed([this, report](const Error &error) {
                QMetaObject::invokeMethod(this, [report, error] { report(error); }, Qt::QueuedConnection);
            });
        }
        m_drainGate = std::move(drainGate);
    }
    m_cancelled = false;
    m_running = true;
    {
        QMutexLocker lock(&m_mutex);
        m_summary = RunSummary {};
        m_summary.check = options.check;
        m_sessions.clear();
        m_spans.clear();
    }
    m_thread.reset(QThread::create([this] { drive(); }));
    m_thread->start();
    return {};
}

void ProvisionRunner::cancel()
{
    m_cancelled = true;
}

bool ProvisionRunner::waitForFinished(int timeoutMs)
{
    if (!m_running.load())
        return true;
    QEventLoop loop;
    connect(this, &ProvisionRunner::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    QTimer poll;
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!m_running.load())
            loop.quit();
    });
    poll.start(50);
    if (timeoutMs >= 0)
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (m_running.load())
        loop.exec();
    return !m_running.load();
}

RunSummary ProvisionRunner::summary() const
{
    QMutexLocker lock(&m_mutex);
    return m_summary;
}

void ProvisionRunner::log(const QString &text)
{
    QMutexLocker lock(&m_mutex);
    if (!m_log)
        return;
    m_log->write(QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss.zzz ")).toUtf8());
    m_log->write(text.toUtf8());
    m_log->write("\n");
    m_log->flush();
}

std::shared_ptr<ssh::SshSession> ProvisionRunner::sessionFor(const HostPlan &host)
{
    QMutexLocker lock(&m_mutex);
    auto session = m_sessions.value(host.host);
    if (!session) {
        session = std::make_shared<ssh::SshSession>(host.spec, m_sessionOptions);
        // One shell (one sudo) per host for the run's commands, not a channel and a sudo each.
        session->setKeepShell(true);
        m_sessions.insert(host.host, session);
    }
    return session;
}

void ProvisionRunner::report(QList<StepResult> *results, StepResult r)
{
    if (results)
        results->append(r);
    QString line = QStringLiteral("%1 | %2 | %3%4 | %5 | %6")
                       .arg(r.host, r.role, r.handler ? QStringLiteral("handler ") : QString(), r.step,
                            stepStateName(r.state).toUpper(), r.message);
    if (!r.warning.isEmpty())
        line += QStringLiteral("\nWARNING: ") + r.warning;
    if (!r.diff.isEmpty())
        line += u'\n' + r.diff;
    log(line);
    Q_EMIT stepFinished(r);
}

void ProvisionRunner::addSpan(const TimedSpan &span)
{
    QMutexLocker lock(&m_mutex);
    m_spans << span;
}

void ProvisionRunner::say(const QString &host, const QString &text)
{
    log(QStringLiteral("%1 | %2").arg(host, text));
    Q_EMIT notice(host, text);
}

StepExecutor::Outcome ProvisionRunner::runHostRole(const HostPlan &host, const RolePlan &role,
                                                   QString *reason, QList<StepResult> *results,
                                                   const ExecutionMode *modeOverride)
{
    const std::shared_ptr<ssh::SshSession> session = sessionFor(host);
    auto dropSession = [&] {
        QMutexLocker lock(&m_mutex);
        m_sessions.remove(host.host);
    };
    if (!session->isConnected()) {
        const qint64 connectStart = QDateTime::currentMSecsSinceEpoch();
        const Status st = session->connect();
        addSpan({ host.host, ProfileKind::Connect, connectStart,
                  QDateTime::currentMSecsSinceEpoch() - connectStart });
        if (!st) {
            *reason = st.error().message;
            dropSession();
            return session->lastFailure() == ssh::FailureKind::Unreachable
                ? StepExecutor::Outcome::Unreachable
                : StepExecutor::Outcome::Failed;
        }
    }
    ExecutionMode mode;
    mode.check = m_options.check;
    mode.diff = m_options.diff;
    mode.become = m_options.become;
    const bool quiet = modeOverride != nullptr; // a look before the run: nothing said
    if (modeOverride)
        mode = *modeOverride;
    bool drained = false;
    {
        QMutexLocker lock(&m_mutex);
        drained = m_drained.contains(host.host);
    }
    StepExecutor executor(
        *session, mode,
        [&](StepResult r) {
            if (r.state == StepState::Failed || r.state == StepState::Unreachable)
                *reason = QStringLiteral("%1: %2").arg(r.step, r.message);
            if (quiet) {
                results->append(r);
                return;
            }
            if (!r.warning.isEmpty() && drained)
                r.warning = AgentIdentity::drainedWarning(r.host, r.path, mode.check);
            report(results, r);
        },
        [&](const ssh::OutputLine &line) {
            if (quiet)
                return;
            log(QStringLiteral("%1 | %2 %3")
                    .arg(line.host,
                         line.stream == ssh::OutputStream::Stderr ? QStringLiteral("!") : QStringLiteral(">"),
                         line.text));
            Q_EMIT outputLine(line);
        },
        &m_cancelled);
    executor.setSpanCallback([this](const TimedSpan &span) { addSpan(span); });
    const auto outcome = executor.runRole(host, role);
    if (outcome == StepExecutor::Outcome::Unreachable) {
        session->disconnect();
        dropSession();
        if (reason->isEmpty())
            *reason = tr("the connection was lost");
    }
    return outcome;
}

QHash<QString, QString> ProvisionRunner::agentsToDrain(QThreadPool &pool, QString *error)
{
    QMutex found;
    QHash<QString, QString> drain;
    for (const HostPlan &h : std::as_const(m_plan.hosts)) {
        if (!h.agent)
            continue;
        const auto role = std::find_if(h.roles.cbegin(), h.roles.cend(), AgentIdentity::writesIdentity);
        if (role == h.roles.cend())
            continue;
        pool.start([this, &found, &drain, host = &h, role = &*role] {
            ExecutionMode look;
            look.check = true;
            look.become = m_options.become;
            QString reason;
            QList<StepResult> checked;
            // An unreachable host is said by the run itself.
            runHostRole(*host, *role, &reason, &checked, &look);
            if (!AgentIdentity::warnings(checked).isEmpty()) {
                QMutexLocker lock(&found);
                drain.insert(host->host, role->role);
            }
        });
    }
    pool.waitForDone();
    if (drain.isEmpty())
        return drain;
    QStringList hosts = drain.keys();
    hosts.sort();
    AgentDrain master(m_options.drain, m_drainGate);
    if (const Status connected = master.connect(); !connected) {
        *error = tr("The attributes/resources of agent(s) %1 would change, and they cannot be drained first: "
                    "%2 Nothing was changed.")
                     .arg(hosts.join(QStringLiteral(", ")), connected.error().message);
        return {};
    }
    log(QStringLiteral("drain first: %1, through %2 (Mesos %3)")
            .arg(hosts.join(QStringLiteral(", ")), master.master().toString(), master.version()));
    return drain;
}

namespace {
// A role of one command step, `name`, that removes the agent's checkpointed id.
RolePlan removalOf(const QString &checkpoint, const QString &role, const QString &name)
{
    RolePlan wipe;
    wipe.role = role;
    PlannedStep remove;
    remove.step.kind = StepKind::Command;
    remove.step.name = name;
    remove.step.role = role;
    remove.args.insert(QStringLiteral("run"),
                       QStringLiteral("rm -f %1 && echo %2")
                           .arg(shellQuote(checkpoint), shellQuote(QStringLiteral("removed ") + checkpoint)));
    wipe.steps << remove;
    return wipe;
}

// Of the agents registered on the host after the change: the one under its new id once it
// registered; until then the drained old one (Mesos removes that one when the new one
// registers at its address).
std::optional<AgentDrain::Agent> agentAfter(const QList<AgentDrain::Agent> &after,
                                            const std::optional<AgentDrain::Agent> &before)
{
    std::optional<AgentDrain::Agent> now;
    for (const AgentDrain::Agent &a : after) {
        if (!now || (before && now->id == before->id))
            now = a;
    }
    return now;
}
} // namespace

StepExecutor::Outcome ProvisionRunner::drainAndRun(const HostPlan &host, const RolePlan &role, QString *reason,
                                                   QList<StepResult> *results)
{
    StepResult step;
    step.host = host.host;
    step.role = role.role;
    step.kind = StepKind::Command;
    auto done = [&](const QString &name, StepState state, const QString &message) {
        StepResult r = step;
        r.step = name;
        r.state = state;
        r.message = message;
        // Draining and reactivating change the cluster: each outcome is a line of the log.
        qCInfo(lcProvision).noquote() << host.host << name << stepStateName(state) << message;
        report(results, r);
    };
    auto fail = [&](const QString &name, const QString &why) {
        done(name, StepState::Failed, why);
        *reason = QStringLiteral("%1: %2").arg(name, why);
        return StepExecutor::Outcome::Failed;
    };
    const QString drainStep = tr("drain agent");
    const QString wipeStep = tr("remove the agent id");
    const QString reactivateStep = tr("reactivate agent");
    AgentDrain drain(m_options.drain, m_drainGate);
    if (const Status connected = drain.connect(); !connected)
        return fail(drainStep, connected.error().message);
    const QStringList names { host.host, host.values.value(QStringLiteral("address"), host.host).toString() };
    const auto before = drain.agentsOn(names);
    if (!before)
        return fail(drainStep, before.error().message);
    const QString checkpoint = AgentIdentity::latestCheckpoint(host);
    const std::optional<AgentDrain::Agent> agent
        = before->isEmpty() ? std::nullopt : std::optional(before->constFirst());

    // The identity warnings of this host say it is drained first.
    {
        QMutexLocker lock(&m_mutex);
        m_drained.insert(host.host);
    }
    const auto unmark = qScopeGuard([this, &host] {
        QMutexLocker lock(&m_mutex);
        m_drained.remove(host.host);
    });
    if (m_options.check) {
        done(drainStep, StepState::Changed,
             agent ? tr("would drain agent %1 at %2 (Mesos %3) until DRAINED, remove %4, apply, reactivate it")
                         .arg(agent->id, drain.master().toString(), drain.version(), checkpoint)
                   : tr("no agent of %1 is registered at %2: nothing to drain; would remove %3 and apply")
                         .arg(host.host, drain.master().toString(), checkpoint));
        return runHostRole(host, role, reason, results);
    }

    if (agent) {
        say(host.host, tr("draining agent %1 before its attributes/resources change").arg(agent->id));
        if (agent->drainState.isEmpty()) {
            if (const Status drained = drain.drain(agent->id); !drained)
                return fail(drainStep, drained.error().message);
        }
        QElapsedTimer waited;
        waited.start();
        const Status drained
            = drain.waitDrained(agent->id, [&](const QString &text) { say(host.host, text); }, &m_cancelled);
        if (!drained)
            return fail(drainStep, drained.error().message);
        done(drainStep, StepState::Changed,
             tr("agent %1 DRAINED after %n s", nullptr, int(waited.elapsed() / 1000)).arg(agent->id));
    } else {
        done(drainStep, StepState::Ok,
             tr("no agent of %1 is registered at %2: nothing to drain").arg(host.host, drain.master().toString()));
    }

    // The running agent keeps its id in memory; the recipe's restart then registers a new one.
    const RolePlan wipe = removalOf(checkpoint, role.role, wipeStep);
    if (const auto removed = runHostRole(host, wipe, reason, results); removed != StepExecutor::Outcome::Ok)
        return removed;

    const auto applied = runHostRole(host, role, reason, results);
    if (applied != StepExecutor::Outcome::Ok) {
        if (agent)
            *reason += tr(" (agent %1 stays drained and deactivated)").arg(agent->id);
        return applied;
    }

    const auto after = drain.agentsOn(names);
    if (!after)
        return fail(reactivateStep, after.error().message);
    const std::optional<AgentDrain::Agent> now = agentAfter(*after, agent);
    if (!now) {
        done(reactivateStep, StepState::Ok,
             tr("no agent of %1 is registered yet: it registers under a new id when it starts").arg(host.host));
    } else if (!now->deactivated) {
        done(reactivateStep, StepState::Ok,
             agent && now->id != agent->id ? tr("agent %1 registered under a new id, active").arg(now->id)
                                           : tr("agent %1 is active").arg(now->id));
    } else if (const Status reactivated = drain.reactivate(now->id); !reactivated) {
        return fail(reactivateStep, reactivated.error().message);
    } else {
        done(reactivateStep, StepState::Changed, tr("reactivated agent %1").arg(now->id));
    }
    return StepExecutor::Outcome::Ok;
}

namespace {
// What one host's role came to in one attempt.
struct HostRun
{
    StepExecutor::Outcome outcome = StepExecutor::Outcome::Failed;
    QString reason;
    QList<StepResult> results;
    qint64 elapsedMs = 0;
};
} // namespace

// What a run has come to so far, host by host.
struct ProvisionRunner::Tally
{
    QHash<QString, HostRecap> recap;
    QHash<QString, qint64> hostElapsed;
    QSet<QString> dead; // failed or unreachable: no later role runs there
    QList<StepResult> allSteps;

    // Counts the steps and the outcome of `name`'s `role`; returns the outcome's name.
    QString record(const QString &name, const QString &roleName, const HostRun &run);
};

QString ProvisionRunner::Tally::record(const QString &name, const QString &roleName, const HostRun &run)
{
    HostRecap &r = recap[name];
    for (const StepResult &s : run.results) {
        allSteps << s;
        switch (s.state) {
        case StepState::Ok:
            ++r.ok;
            break;
        case StepState::Changed:
            ++r.changed;
            break;
        case StepState::Skipped:
            ++r.skipped;
            break;
        default:
            break;
        }
    }
    switch (run.outcome) {
    case StepExecutor::Outcome::Ok:
        return QStringLiteral("ok");
    case StepExecutor::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case StepExecutor::Outcome::Failed:
        ++r.failed;
        break;
    case StepExecutor::Outcome::Unreachable:
        ++r.unreachable;
        break;
    }
    r.reason = run.reason;
    r.failedRole = roleName;
    dead.insert(name);
    return run.outcome == StepExecutor::Outcome::Failed ? QStringLiteral("failed")
                                                        : QStringLiteral("unreachable");
}

void ProvisionRunner::drive()
{
    QElapsedTimer total;
    total.start();
    openRunLog();
    qCInfo(lcProvision).noquote() << "Run of" << m_plan.recipeName << "on" << m_plan.hosts.size() << "hosts"
                                  << (m_options.check ? "(check mode)" : "");
    log(QStringLiteral("recipe %1, %2 hosts, %3 steps%4")
            .arg(m_plan.recipeName)
            .arg(m_plan.hosts.size())
            .arg(m_plan.stepCount())
            .arg(m_options.check ? QStringLiteral(", check mode") : QString()));

    Tally tally;
    for (const HostPlan &h : m_plan.hosts) {
        HostRecap r;
        r.host = h.host;
        tally.recap.insert(h.host, r);
    }
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, m_options.forks));
    QString runError;
    // host -> the role before which it is drained
    const QHash<QString, QString> drainBefore
        = m_options.drainFirst ? agentsToDrain(pool, &runError) : QHash<QString, QString>();
    if (!runError.isEmpty()) {
        qCWarning(lcProvision).noquote() << "Not run:" << runError;
        log(QStringLiteral("NOT RUN: %1").arg(runError));
    }

    for (const QString &roleName : m_plan.roleOrder) {
        if (!runError.isEmpty())
            break;
        QStringList hosts;
        for (const HostPlan &h : m_plan.hosts) {
            if (h.role(roleName) && !tally.dead.contains(h.host))
                hosts << h.host;
        }
        if (hosts.isEmpty())
            continue;
        if (m_cancelled.load())
            break;
        log(QStringLiteral("ROLE %1 on %2").arg(roleName, hosts.join(QStringLiteral(", "))));
        Q_EMIT phaseStarted(roleName, hosts);
        runRole(pool, roleName, hosts, drainBefore, tally);
    }
    {
        QMutexLocker lock(&m_mutex);
        m_sessions.clear(); // disconnects
    }
    finishRun(total.elapsed(), tally, runError);
}

void ProvisionRunner::openRunLog()
{
    if (m_options.logDir.isEmpty() || !QDir().mkpath(m_options.logDir))
        return;
    const QString name
        = QStringLiteral("provision-%1%2.log")
              .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")),
                   m_options.check ? QStringLiteral("-check") : QString());
    auto file = std::make_unique<QFile>(QDir(m_options.logDir).filePath(name));
    if (file->open(QIODevice::WriteOnly | QIODevice::Text)) {
        QMutexLocker lock(&m_mutex);
        m_summary.logPath = file->fileName();
        m_log = std::move(file);
    }
}

// One role on `hosts`: `serial` of them at a time (all when 0), the hosts of a batch in
// parallel on `pool`, an unreachable one again up to `retries` times.
void ProvisionRunner::runRole(QThreadPool &pool, const QString &roleName, const QStringList &hosts,
                              const QHash<QString, QString> &drainBefore, Tally &tally)
{
    const int batchSize = m_options.serial > 0 ? m_options.serial : int(hosts.size());
    for (qsizetype b = 0; b < hosts.size(); b += batchSize) {
        if (m_cancelled.load())
            break;
        QStringList pending = hosts.mid(b, batchSize);
        for (int attempt = 0; !pending.isEmpty(); ++attempt) {
            QHash<QString, std::shared_ptr<HostRun>> work;
            for (const QString &name : pending) {
                auto slot = std::make_shared<HostRun>();
                work.insert(name, slot);
                const HostPlan *hp = m_plan.host(name);
                const RolePlan *rp = hp->role(roleName);
                const bool drainFirst = drainBefore.value(name) == roleName;
                pool.start([this, hp, rp, slot, name, roleName, drainFirst] {
                    QElapsedTimer t;
                    t.start();
                    if (m_cancelled.load()) {
                        slot->outcome = StepExecutor::Outcome::Cancelled;
                        return;
                    }
                    Q_EMIT hostRoleStarted(name, roleName);
                    slot->outcome = drainFirst ? drainAndRun(*hp, *rp, &slot->reason, &slot->results)
                                               : runHostRole(*hp, *rp, &slot->reason, &slot->results);
                    slot->elapsedMs = t.elapsed();
                });
            }
            pool.waitForDone();
            QStringList retry;
            for (const QString &name : pending) {
                const auto slot = work.value(name);
                tally.hostElapsed[name] += slot->elapsedMs;
                const bool again = slot->outcome == StepExecutor::Outcome::Unreachable
                    && attempt < m_options.retries && !m_cancelled.load();
                if (again) {
                    qCInfo(lcProvision).noquote()
                        << name << roleName
                        << QStringLiteral("unreachable (%1): retrying in %2 ms")
                               .arg(slot->reason, QString::number(m_options.retryDelayMs));
                    log(QStringLiteral("%1 | %2 | unreachable (%3), retrying")
                            .arg(name, roleName, slot->reason));
                    retry << name;
                    continue;
                }
                const QString state = tally.record(name, roleName, *slot);
                qCInfo(lcProvision).noquote() << name << roleName << state << slot->reason;
                Q_EMIT hostRoleFinished(name, roleName, state, slot->reason);
            }
            pending = retry;
            if (!pending.isEmpty())
                QThread::msleep(ulong(m_options.retryDelayMs));
        }
    }
}

// The summary of the run: kept, written to the log and the journal, and sent with finished().
void ProvisionRunner::finishRun(qint64 elapsedMs, const Tally &tally, const QString &runError)
{
    RunSummary summary;
    summary.check = m_options.check;
    summary.cancelled = m_cancelled.load();
    summary.elapsedMs = elapsedMs;
    for (const HostPlan &h : m_plan.hosts) {
        HostRecap r = tally.recap.value(h.host);
        r.elapsedMs = tally.hostElapsed.value(h.host);
        summary.recap << r;
    }
    summary.steps = tally.allSteps;
    summary.error = runError;
    {
        QMutexLocker lock(&m_mutex);
        summary.logPath = m_summary.logPath;
        summary.spans = m_spans;
    }
    qCInfo(lcProvision).noquote() << "Run finished in" << summary.elapsedMs << "ms"
                                  << (summary.cancelled ? "(cancelled)" : "");
    log(summary.recapText());
    if (!m_options.logDir.isEmpty()) {
        const QString runId = summary.logPath.isEmpty()
            ? QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))
            : QFileInfo(summary.logPath).completeBaseName();
        QString error;
        if (!RunJournal::append(m_options.logDir, runId, summary, &error))
            log(QStringLiteral("journal: %1").arg(error));
    }
    {
        QMutexLocker lock(&m_mutex);
        m_summary = summary;
        if (m_log) {
            m_log->close();
            m_log.reset();
        }
    }
    m_running = false;
    Q_EMIT finished(summary);
}

} // namespace mc::provision
