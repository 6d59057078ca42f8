// mesos-console-cli agents drain|deactivate|reactivate|gone ID, maintenance schedule|status|down|up,
// roles, frameworks teardown ID: a Mesos master's operator calls (core/mesos/MesosOperator), every
// change through the gate. The master's version is read first: a call it lacks is refused
// before anything is sent; a call Mesos refuses exits 1 with Mesos' reason.
#include "app/cli/CliCommand.h"
#include "app/cli/GateCliOptions.h"
#include "app/cli/HttpCliOptions.h"

#include "core/http/HttpClient.h"
#include "core/mesos/MesosOperator.h"
#include "core/mesos/MesosParser.h"
#include "core/util/Numbers.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QTimeZone>

namespace {

using namespace mc::cli;
using namespace mc::mesos;

struct Connection
{
    QCommandLineOption master { QStringLiteral("master"),
                                QStringLiteral("A Mesos master, http://host:5050 (a standby redirects to the "
                                               "leader)."),
                                QStringLiteral("url") };
    HttpCliOptions http;
    GateCliOptions gate;

    void addTo(CommandParser &parser, bool changes) const
    {
        parser.addOption(master);
        http.addTo(parser, true);
        if (changes)
            gate.addTo(parser);
    }
};

// One master: its HTTP client, the operator with the gate and the master's version.
class Session
{
public:
    // nullopt: ready; otherwise the exit code (the reason printed).
    std::optional<int> open(const Connection &c, const CommandParser &parser, bool changes)
    {
        if (!parser.isSet(c.master))
            return usageError(QStringLiteral("--master URL is required, e.g. --master http://m1:5050"));
        const QString text = parser.value(c.master);
        const std::optional<QUrl> given = MesosOperator::masterUrl(text);
        if (!given)
            return usageError(QStringLiteral("\"%1\" is not a master URL (http://host:5050)").arg(text));
        const QUrl &url = *given;
        if (const auto exit = c.http.apply(parser))
            return *exit;
        m_http = std::make_unique<mc::http::HttpClient>(c.http.options());
        m_operator = std::make_unique<MesosOperator>(m_http.get(), url);
        if (changes)
            m_operator->setGate(c.gate.gate(parser, url.host()));
        const auto version = *await<mc::Result<QString>>(
            [&](auto done) { m_operator->fetchVersion(&m_context, [done](mc::Result<QString> v) { done(v); }); });
        if (!version)
            return failure(QStringLiteral("cannot read the master's version: %1").arg(version.error().message));
        m_operator->setVersion(*version);
        return std::nullopt;
    }

    MesosOperator &op() { return *m_operator; }
    QObject *context() { return &m_context; }

    // Runs one change; "done" or the reason. The exit code.
    int change(const std::function<void(MesosOperator::Done)> &start, const QString &success)
    {
        const auto status = *await<mc::Status>([&](auto done) { start([done](mc::Status s) { done(s); }); });
        if (!status)
            return failure(status.error().message);
        out() << success << '\n';
        return ExitOk;
    }

    // The agents the leader knows (state-summary: no task lists).
    mc::Result<std::vector<Agent>> agents()
    {
        QUrl url = m_operator->master();
        url.setPath(QStringLiteral("/master/state-summary"));
        auto response = *await<mc::Result<mc::http::HttpResponse>>([&](auto done) {
            m_http->get(url, &m_context, [done](mc::Result<mc::http::HttpResponse> r) { done(r); });
        });
        auto checked = mc::http::HttpClient::expectSuccess(std::move(response));
        if (!checked)
            return checked.error();
        auto state = MesosParser::parseStateSummary(checked->body);
        if (!state)
            return state.error();
        return state->agents;
    }

private:
    QObject m_context;
    std::unique_ptr<mc::http::HttpClient> m_http;
    std::unique_ptr<MesosOperator> m_operator;
};

// An agent by its id, a unique end of it ("S3"), or its hostname when one agent has it.
std::optional<int> resolveAgent(Session &session, const QString &given, QString *agentId)
{
    const auto agents = session.agents();
    if (!agents)
        return failure(QStringLiteral("cannot read the master's agents: %1").arg(agents.error().message));
    QStringList matches;
    for (const Agent &a : *agents) {
        if (a.id == given) {
            *agentId = a.id;
            return std::nullopt;
        }
        if (a.id.endsWith(u'-' + given) || a.hostname == given)
            matches << a.id;
    }
    if (matches.size() == 1) {
        *agentId = matches.constFirst();
        return std::nullopt;
    }
    if (matches.isEmpty())
        return failure(QStringLiteral("the master knows no agent %1").arg(given));
    return usageError(
        QStringLiteral("%1 names %2 agents (%3); give the whole id").arg(given).arg(matches.size()).arg(matches.join(u", ")));
}

// --hosts H1,H2 or H1=IP1: machines as hostname + IP, the IP from the agent of that hostname.
std::optional<int> resolveMachines(Session &session, const QString &hosts, QList<MachineId> *machines)
{
    std::optional<std::vector<Agent>> agents;
    for (const QString &entry : hosts.split(u',', Qt::SkipEmptyParts)) {
        const QString host = entry.section(u'=', 0, 0).trimmed();
        QString ip = entry.section(u'=', 1).trimmed();
        if (host.isEmpty())
            return usageError(QStringLiteral("an empty host in --hosts \"%1\"").arg(hosts));
        if (ip.isEmpty()) {
            if (!agents) {
                auto read = session.agents();
                if (!read)
                    return failure(QStringLiteral("cannot read the master's agents: %1").arg(read.error().message));
                agents = *read;
            }
            for (const Agent &a : *agents) {
                if (a.hostname.compare(host, Qt::CaseInsensitive) == 0)
                    ip = a.url().host();
            }
            if (ip.isEmpty())
                return failure(QStringLiteral("no agent has the hostname %1; give its IP as %1=IP").arg(host));
        }
        machines->append({ host, ip });
    }
    if (machines->isEmpty())
        return usageError(QStringLiteral("--hosts H1,H2 names no machine"));
    return std::nullopt;
}

// "90m", "2h", "1h30m", "45s", "3600" (seconds) -> seconds, or -1.
qint64 durationSeconds(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^\\d+$"));
    if (plain.match(text).hasMatch())
        return text.toLongLong();
    static const QRegularExpression parts(QStringLiteral("^(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$"));
    const auto m = parts.match(text);
    if (text.isEmpty() || !m.hasMatch())
        return -1;
    return m.captured(1).toLongLong() * 86400 + m.captured(2).toLongLong() * 3600 + m.captured(3).toLongLong() * 60
        + m.captured(4).toLongLong();
}

std::optional<int> prepare(CommandParser &parser, const QStringList &args, int positional,
                           const QString &example)
{
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (positional >= 0 && parser.positionalArguments().size() != positional)
        return usageError(QStringLiteral("expected e.g. '%1'").arg(example));
    return std::nullopt;
}

enum class AgentVerb { Drain, Deactivate, Reactivate, Gone };

int agentCommand(AgentVerb verb, const QString &name, const QString &description, const QStringList &args)
{
    CommandParser parser(QStringLiteral("agents ") + name);
    parser.setApplicationDescription(description);
    Connection c;
    c.addTo(parser, true);
    parser.addPositionalArgument(QStringLiteral("agent"),
                                 QStringLiteral("Agent id, the end of it (S3) or its hostname."), QStringLiteral("ID"));
    const QCommandLineOption grace(QStringLiteral("grace"),
                                   QStringLiteral("At most this many seconds between SIGTERM and SIGKILL of each "
                                                  "task (0-86400; default: each task's own)."),
                                   QStringLiteral("s"));
    const QCommandLineOption markGone(QStringLiteral("mark-gone"),
                                      QStringLiteral("Mark the agent gone once drained (it never comes back)."));
    if (verb == AgentVerb::Drain)
        parser.addOptions({ grace, markGone });
    if (const auto exit = prepare(parser, args, 1, QStringLiteral("agents %1 S3 --master URL").arg(name)))
        return *exit;
    const auto graceSeconds = verb == AgentVerb::Drain ? wholeNumber(parser, grace, 0, 86400, -1)
                                                       : mc::Result<int>(-1);
    if (!graceSeconds)
        return usageError(graceSeconds.error().message);
    Session session;
    if (const auto exit = session.open(c, parser, true))
        return *exit;
    QString agentId;
    if (const auto exit = resolveAgent(session, parser.positionalArguments().constFirst(), &agentId))
        return *exit;
    MesosOperator &op = session.op();
    switch (verb) {
    case AgentVerb::Drain:
        return session.change(
            [&](auto done) { op.drainAgent(agentId, *graceSeconds, parser.isSet(markGone), session.context(), done); },
            QStringLiteral("draining agent %1: its tasks are being killed").arg(agentId));
    case AgentVerb::Deactivate:
        return session.change([&](auto done) { op.deactivateAgent(agentId, session.context(), done); },
                              QStringLiteral("deactivated agent %1").arg(agentId));
    case AgentVerb::Reactivate:
        return session.change([&](auto done) { op.reactivateAgent(agentId, session.context(), done); },
                              QStringLiteral("reactivated agent %1").arg(agentId));
    case AgentVerb::Gone:
        return session.change([&](auto done) { op.markAgentGone(agentId, session.context(), done); },
                              QStringLiteral("marked agent %1 gone").arg(agentId));
    }
    return ExitFailure;
}

int maintenanceSchedule(const QStringList &args)
{
    CommandParser parser(QStringLiteral("maintenance schedule"));
    parser.setApplicationDescription(QStringLiteral(
        "Add a maintenance window for machines (hostname and IP, the IP from the agent of that hostname or "
        "given as HOST=IP) to the master's schedule. The machines are DRAINING from now on; 'maintenance "
        "down' takes them down."));
    Connection c;
    c.addTo(parser, true);
    const QCommandLineOption hosts(QStringLiteral("hosts"), QStringLiteral("Machines: H1,H2 or H1=IP1,H2=IP2."),
                                   QStringLiteral("hosts"));
    const QCommandLineOption start(QStringLiteral("start"),
                                   QStringLiteral("When the window starts: 'now' or ISO 8601 (2026-12-24T08:00:00Z)."),
                                   QStringLiteral("time"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      QStringLiteral("How long: 90m, 2h, 1h30m, 1d or seconds."),
                                      QStringLiteral("d"));
    parser.addOptions({ hosts, start, duration });
    if (const auto exit = prepare(parser, args, 0,
                                  QStringLiteral("maintenance schedule --hosts a1,a2 --start now --duration 2h "
                                                 "--master URL")))
        return *exit;
    if (!parser.isSet(hosts) || !parser.isSet(start) || !parser.isSet(duration))
        return usageError(QStringLiteral("--hosts, --start and --duration are required"));
    MaintenanceWindow window;
    window.start = parser.value(start) == u"now" ? QDateTime::currentDateTimeUtc()
                                                 : QDateTime::fromString(parser.value(start), Qt::ISODate);
    if (!window.start.isValid())
        return usageError(QStringLiteral("--start \"%1\" is neither 'now' nor an ISO 8601 time").arg(parser.value(start)));
    window.durationSeconds = durationSeconds(parser.value(duration));
    if (window.durationSeconds < 0)
        return usageError(QStringLiteral("--duration \"%1\" is not e.g. 90m, 2h or 3600").arg(parser.value(duration)));
    Session session;
    if (const auto exit = session.open(c, parser, true))
        return *exit;
    if (const auto exit = resolveMachines(session, parser.value(hosts), &window.machines))
        return *exit;
    // Mesos keeps one schedule, replaced by each POST: the new window goes next to the others.
    auto current = *await<mc::Result<QList<MaintenanceWindow>>>([&](auto done) {
        session.op().fetchSchedule(session.context(), [done](mc::Result<QList<MaintenanceWindow>> r) { done(r); });
    });
    if (!current)
        return failure(QStringLiteral("cannot read the maintenance schedule: %1").arg(current.error().message));
    QList<MaintenanceWindow> schedule = *current;
    schedule.append(window);
    QStringList names;
    for (const MachineId &m : std::as_const(window.machines))
        names << m.text();
    return session.change([&](auto done) { session.op().updateSchedule(schedule, session.context(), done); },
                          QStringLiteral("scheduled maintenance of %1").arg(names.join(u", ")));
}

int maintenanceDownUp(bool down, const QStringList &args)
{
    const QString name = down ? QStringLiteral("down") : QStringLiteral("up");
    CommandParser parser(QStringLiteral("maintenance ") + name);
    parser.setApplicationDescription(down ? QStringLiteral("Take scheduled (DRAINING) machines down: their agents "
                                                           "are shut down and their tasks end.")
                                          : QStringLiteral("Bring machines that are down up again: they leave the "
                                                           "schedule and their agents register."));
    Connection c;
    c.addTo(parser, true);
    const QCommandLineOption hosts(QStringLiteral("hosts"), QStringLiteral("Machines: H1,H2 or H1=IP1,H2=IP2."),
                                   QStringLiteral("hosts"));
    parser.addOption(hosts);
    if (const auto exit = prepare(parser, args, 0, QStringLiteral("maintenance %1 --hosts a1 --master URL").arg(name)))
        return *exit;
    if (!parser.isSet(hosts))
        return usageError(QStringLiteral("--hosts is required"));
    Session session;
    if (const auto exit = session.open(c, parser, true))
        return *exit;
    QList<MachineId> machines;
    if (down) {
        if (const auto exit = resolveMachines(session, parser.value(hosts), &machines))
            return *exit;
    } else {
        // A machine that is down has no agent to take the IP from: the status names it.
        const auto status = *await<mc::Result<MaintenanceStatus>>([&](auto done) {
            session.op().fetchStatus(session.context(), [done](mc::Result<MaintenanceStatus> r) { done(r); });
        });
        if (!status)
            return failure(QStringLiteral("cannot read the maintenance status: %1").arg(status.error().message));
        for (const QString &entry : parser.value(hosts).split(u',', Qt::SkipEmptyParts)) {
            const QString host = entry.section(u'=', 0, 0).trimmed();
            const QString ip = entry.section(u'=', 1).trimmed();
            bool found = false;
            for (const MachineId &m : status->down) {
                if (m.hostname.compare(host, Qt::CaseInsensitive) == 0 && (ip.isEmpty() || ip == m.ip)) {
                    machines.append(m);
                    found = true;
                }
            }
            if (!found)
                machines.append({ host, ip }); // Mesos says why it cannot come up
        }
    }
    QStringList names;
    for (const MachineId &m : std::as_const(machines))
        names << m.text();
    return session.change(
        [&](auto done) {
            if (down)
                session.op().machinesDown(machines, session.context(), done);
            else
                session.op().machinesUp(machines, session.context(), done);
        },
        (down ? QStringLiteral("down: %1") : QStringLiteral("up: %1")).arg(names.join(u", ")));
}

QString durationText(qint64 seconds)
{
    if (seconds < 0)
        return QStringLiteral("-");
    QString text;
    if (seconds >= 86400)
        text += QStringLiteral("%1d").arg(seconds / 86400);
    if (seconds % 86400 >= 3600)
        text += QStringLiteral("%1h").arg(seconds % 86400 / 3600);
    if (seconds % 3600 >= 60)
        text += QStringLiteral("%1m").arg(seconds % 3600 / 60);
    if (seconds % 60 || text.isEmpty())
        text += QStringLiteral("%1s").arg(seconds % 60);
    return text;
}

int maintenanceStatus(const QStringList &args)
{
    CommandParser parser(QStringLiteral("maintenance status"));
    parser.setApplicationDescription(
        QStringLiteral("The maintenance schedule and each scheduled machine's mode (DRAINING or DOWN)."));
    Connection c;
    c.addTo(parser, false);
    if (const auto exit = prepare(parser, args, 0, QStringLiteral("maintenance status --master URL")))
        return *exit;
    Session session;
    if (const auto exit = session.open(c, parser, false))
        return *exit;
    const auto schedule = *await<mc::Result<QList<MaintenanceWindow>>>([&](auto done) {
        session.op().fetchSchedule(session.context(), [done](mc::Result<QList<MaintenanceWindow>> r) { done(r); });
    });
    const auto status = *await<mc::Result<MaintenanceStatus>>([&](auto done) {
        session.op().fetchStatus(session.context(), [done](mc::Result<MaintenanceStatus> r) { done(r); });
    });
    if (!schedule)
        return failure(schedule.error().message);
    if (!status)
        return failure(status.error().message);
    QList<QStringList> rows;
    for (const MaintenanceWindow &w : *schedule) {
        for (const MachineId &m : w.machines) {
            const QString mode = status->down.contains(m) ? QStringLiteral("DOWN") : QStringLiteral("DRAINING");
            rows.append({ m.hostname, m.ip, mode, w.start.toUTC().toString(Qt::ISODate), durationText(w.durationSeconds) });
        }
    }
    if (rows.isEmpty()) {
        out() << "no maintenance scheduled\n";
        return ExitOk;
    }
    printColumns({ QStringLiteral("HOST"), QStringLiteral("IP"), QStringLiteral("MODE"), QStringLiteral("START"),
                   QStringLiteral("DURATION") },
                 rows);
    return ExitOk;
}

QString scalarsText(const ScalarMap &m)
{
    if (m.isEmpty())
        return QStringLiteral("-");
    QStringList parts;
    if (m.contains(QStringLiteral("cpus")))
        parts << QStringLiteral("%1 cpus").arg(mc::util::decimal(m.value(QStringLiteral("cpus")), 2, QLocale::c()));
    if (m.contains(QStringLiteral("mem")))
        parts << mc::util::mebibytes(m.value(QStringLiteral("mem")), QLocale::c());
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

int roles(const QStringList &args)
{
    CommandParser parser(QStringLiteral("roles"));
    parser.setApplicationDescription(QStringLiteral(
        "Mesos roles: weight, frameworks, what is allocated, offered and reserved, and quota (guarantee, "
        "limit, consumed)."));
    Connection c;
    c.addTo(parser, false);
    if (const auto exit = prepare(parser, args, 0, QStringLiteral("roles --master URL")))
        return *exit;
    Session session;
    if (const auto exit = session.open(c, parser, false))
        return *exit;
    const auto roles = *await<mc::Result<QList<RoleInfo>>>([&](auto done) {
        session.op().fetchRoles(session.context(), [done](mc::Result<QList<RoleInfo>> r) { done(r); });
    });
    if (!roles)
        return failure(roles.error().message);
    QList<QStringList> rows;
    for (const RoleInfo &r : *roles) {
        rows.append({ r.name, mc::util::decimal(r.weight, 2, QLocale::c()), QString::number(r.frameworks.size()),
                      scalarsText(r.allocated), scalarsText(r.offered), scalarsText(r.reserved),
                      scalarsText(r.quotaGuarantee), scalarsText(r.quotaLimit), scalarsText(r.quotaConsumed) });
    }
    printColumns({ QStringLiteral("ROLE"), QStringLiteral("WEIGHT"), QStringLiteral("FRAMEWORKS"),
                   QStringLiteral("ALLOCATED"), QStringLiteral("OFFERED"), QStringLiteral("RESERVED"),
                   QStringLiteral("GUARANTEE"), QStringLiteral("LIMIT"), QStringLiteral("CONSUMED") },
                 rows);
    return ExitOk;
}

int frameworksTeardown(const QStringList &args)
{
    CommandParser parser(QStringLiteral("frameworks teardown"));
    parser.setApplicationDescription(QStringLiteral(
        "Tear down a framework: Mesos kills all its tasks and removes it (it cannot register again with that id)."));
    Connection c;
    c.addTo(parser, true);
    parser.addPositionalArgument(QStringLiteral("framework"), QStringLiteral("Framework id."), QStringLiteral("ID"));
    if (const auto exit = prepare(parser, args, 1, QStringLiteral("frameworks teardown ID --master URL")))
        return *exit;
    Session session;
    if (const auto exit = session.open(c, parser, true))
        return *exit;
    const QString id = parser.positionalArguments().constFirst();
    return session.change([&](auto done) { session.op().teardownFramework(id, session.context(), done); },
                          QStringLiteral("tore down framework %1: its tasks are being killed").arg(id));
}

const Registration drain({ QStringLiteral("agents drain"),
                           QStringLiteral("Drain an agent: kill its tasks, no new ones (Mesos 1.9+)."),
                           [](const QStringList &args) {
                               return agentCommand(AgentVerb::Drain, QStringLiteral("drain"),
                                                   QStringLiteral("Drain an agent (Mesos 1.9+): it is deactivated, "
                                                                  "every task on it killed (schedulers such as "
                                                                  "Marathon start replacements elsewhere); DRAINING "
                                                                  "until none is left, then DRAINED."),
                                                   args);
                           } });
const Registration deactivate({ QStringLiteral("agents deactivate"),
                                QStringLiteral("Deactivate an agent: no new tasks there (Mesos 1.9+)."),
                                [](const QStringList &args) {
                                    return agentCommand(AgentVerb::Deactivate, QStringLiteral("deactivate"),
                                                        QStringLiteral("Deactivate an agent (Mesos 1.9+): it gets no "
                                                                       "new tasks; running ones keep running."),
                                                        args);
                                } });
const Registration reactivate({ QStringLiteral("agents reactivate"),
                                QStringLiteral("Reactivate a deactivated or drained agent (Mesos 1.9+)."),
                                [](const QStringList &args) {
                                    return agentCommand(AgentVerb::Reactivate, QStringLiteral("reactivate"),
                                                        QStringLiteral("Reactivate a deactivated or drained agent "
                                                                       "(Mesos 1.9+): it gets tasks again."),
                                                        args);
                                } });
const Registration gone({ QStringLiteral("agents gone"),
                          QStringLiteral("Mark an agent gone for good (Mesos 1.5+)."), [](const QStringList &args) {
                              return agentCommand(AgentVerb::Gone, QStringLiteral("gone"),
                                                  QStringLiteral("Mark an agent gone (Mesos 1.5+): it is removed for "
                                                                 "good, its tasks end TASK_GONE_BY_OPERATOR."),
                                                  args);
                          } });
const Registration maintenance({ QStringLiteral("maintenance"),
                                 QStringLiteral("Mesos maintenance windows: schedule, status, down, up."),
                                 {} });
const Registration schedule({ QStringLiteral("maintenance schedule"),
                              QStringLiteral("Add a maintenance window for machines."), maintenanceSchedule });
const Registration status({ QStringLiteral("maintenance status"),
                            QStringLiteral("The maintenance schedule and the machines' modes."), maintenanceStatus });
const Registration down({ QStringLiteral("maintenance down"), QStringLiteral("Take scheduled machines down."),
                          [](const QStringList &args) { return maintenanceDownUp(true, args); } });
const Registration up({ QStringLiteral("maintenance up"), QStringLiteral("Bring machines up again."),
                        [](const QStringList &args) { return maintenanceDownUp(false, args); } });
const Registration rolesCommand({ QStringLiteral("roles"),
                                  QStringLiteral("Mesos roles: weights, allocation, quota."), roles });
const Registration teardown({ QStringLiteral("frameworks teardown"),
                              QStringLiteral("Tear down a framework and kill its tasks."), frameworksTeardown });

} // namespace
