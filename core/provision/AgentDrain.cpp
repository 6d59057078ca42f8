#include "core/provision/AgentDrain.h"

#include "core/mesos/MesosOperator.h"
#include "core/provision/Postflight.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

namespace mc::provision {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mc::provision::AgentDrain)
};

constexpr int kProgressEveryMs = 10000;

// Runs `start` and this thread's event loop until its callback answered.
template <typename T>
T awaitResult(const std::function<void(std::function<void(T)>)> &start)
{
    QEventLoop loop;
    std::optional<T> answer;
    start([&](T value) {
        answer = std::move(value);
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return std::move(*answer);
}

} // namespace

QList<QUrl> DrainOptions::mastersOf(const Plan &plan)
{
    QList<QUrl> masters;
    for (const PostflightTargets::Endpoint &m : PostflightTargets::fromPlan(plan).mesosMasters) {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(m.address);
        url.setPort(m.port);
        masters << url;
    }
    return masters;
}

AgentDrain::AgentDrain(DrainOptions options, std::shared_ptr<const audit::ActionGate> gate)
    : m_options(std::move(options))
    , m_http(std::make_unique<http::HttpClient>(m_options.http))
    , m_operator(std::make_unique<mesos::MesosOperator>(m_http.get(), m_options.masters.value(0)))
{
    m_operator->setGate(std::move(gate));
}

AgentDrain::~AgentDrain() = default;

QString AgentDrain::version() const
{
    return m_operator->version();
}

QUrl AgentDrain::master() const
{
    return m_operator->master();
}

Status AgentDrain::await(const std::function<void(std::function<void(Status)>)> &start)
{
    return awaitResult<Status>(start);
}

Status AgentDrain::connect()
{
    if (m_options.masters.isEmpty())
        return Error { Tr::tr("No Mesos master to drain the agents through: give the cluster's master."), {} };
    QStringList failures;
    for (const QUrl &master : std::as_const(m_options.masters)) {
        m_operator->setMaster(master);
        const auto version = awaitResult<Result<QString>>([&](auto done) {
            m_operator->fetchVersion(&m_context, [done](Result<QString> v) { done(std::move(v)); });
        });
        if (!version) {
            failures << QStringLiteral("%1: %2").arg(master.toString(), version.error().message);
            continue;
        }
        m_operator->setVersion(*version);
        if (const auto why = mesos::MesosOperator::unsupported(mesos::OperatorCall::DrainAgent, *version))
            return Error { *why, {} };
        return {};
    }
    return Error { Tr::tr("No Mesos master answers: %1").arg(failures.join(QStringLiteral("; "))), {} };
}

Result<QList<AgentDrain::Agent>> AgentDrain::agentsOn(const QStringList &hostnames)
{
    using States = Result<QHash<QString, mesos::AgentOperatorState>>;
    const auto states = awaitResult<States>([&](auto done) {
        m_operator->fetchAgentStates(&m_context, [done](States s) { done(std::move(s)); });
    });
    if (!states)
        return states.error();
    QList<Agent> agents;
    for (auto it = states->constBegin(); it != states->constEnd(); ++it) {
        if (hostnames.contains(it->hostname, Qt::CaseInsensitive))
            agents << Agent { it.key(), it->hostname, it->deactivated, it->drainState };
    }
    return agents;
}

Status AgentDrain::drain(const QString &agentId)
{
    return await([&](auto done) {
        m_operator->drainAgent(agentId, m_options.maxGraceSeconds, false, &m_context, std::move(done));
    });
}

Status AgentDrain::reactivate(const QString &agentId)
{
    return await([&](auto done) { m_operator->reactivateAgent(agentId, &m_context, std::move(done)); });
}

Status AgentDrain::waitDrained(const QString &agentId, const Progress &progress,
                               const std::atomic<bool> *cancelled)
{
    QElapsedTimer waited;
    waited.start();
    QString last;
    qint64 lastSaid = 0;
    for (;;) {
        using States = Result<QHash<QString, mesos::AgentOperatorState>>;
        const auto states = awaitResult<States>([&](auto done) {
            m_operator->fetchAgentStates(&m_context, [done](States s) { done(std::move(s)); });
        });
        const qint64 seconds = waited.elapsed() / 1000;
        if (!states)
            return Error { Tr::tr("Cannot read the state of agent %1: %2").arg(agentId, states.error().message), {} };
        if (!states->contains(agentId))
            return Error { Tr::tr("Agent %1 left the master while it drained.").arg(agentId), {} };
        const QString state = states->value(agentId).drainState;
        if (state != last || waited.elapsed() - lastSaid >= kProgressEveryMs) {
            progress(Tr::tr("agent %1: %2 (%n s)", nullptr, int(seconds))
                         .arg(agentId, state.isEmpty() ? Tr::tr("not draining") : state));
            last = state;
            lastSaid = waited.elapsed();
        }
        if (state == QLatin1String("DRAINED"))
            return {};
        if (state.isEmpty())
            return Error { Tr::tr("Agent %1 is no longer draining (reactivated meanwhile?).").arg(agentId), {} };
        if (cancelled && cancelled->load())
            return Error { Tr::tr("Cancelled while agent %1 was still %2.").arg(agentId, state), {} };
        if (waited.elapsed() >= qint64(m_options.timeoutSeconds) * 1000)
            return Error { Tr::tr("Agent %1 is still %2 after %n s, the drain timeout: nothing was applied to it. "
                                  "It stays deactivated; tasks with a long kill grace period keep it draining: "
                                  "run again later, with a longer timeout or a shorter max grace period, or "
                                  "reactivate it.",
                                  nullptr, m_options.timeoutSeconds)
                               .arg(agentId, state),
                           {} };
        QEventLoop pause;
        QTimer::singleShot(m_options.pollMs, &pause, &QEventLoop::quit);
        pause.exec();
    }
}

} // namespace mc::provision
