#include "core/mesos/MesosOperator.h"

#include "core/http/HttpClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace mc::mesos {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mc::mesos::MesosOperator)
};

constexpr qint64 kNanosPerSecond = 1000000000;

const QList<QPair<QByteArray, QByteArray>> kJsonHeaders { { "Content-Type", "application/json" },
                                                          { "Accept", "application/json" } };

struct CallInfo
{
    const char *v1Name; // as Mesos names the call (the v1 Call type, or the endpoint)
    const char *action; // audit action
    int major;
    int minor; // the first version that has it
};

CallInfo info(OperatorCall call)
{
    switch (call) {
    case OperatorCall::DrainAgent:
        return { "DRAIN_AGENT", "agent.drain", 1, 9 };
    case OperatorCall::DeactivateAgent:
        return { "DEACTIVATE_AGENT", "agent.deactivate", 1, 9 };
    case OperatorCall::ReactivateAgent:
        return { "REACTIVATE_AGENT", "agent.reactivate", 1, 9 };
    case OperatorCall::MarkAgentGone:
        return { "MARK_AGENT_GONE", "agent.gone", 1, 5 };
    case OperatorCall::UpdateMaintenanceSchedule:
        return { "/master/maintenance/schedule", "maintenance.schedule", 0, 25 };
    case OperatorCall::MachinesDown:
        return { "/master/machine/down", "maintenance.down", 0, 25 };
    case OperatorCall::MachinesUp:
        return { "/master/machine/up", "maintenance.up", 0, 25 };
    case OperatorCall::TeardownFramework:
        return { "/master/teardown", "framework.teardown", 0, 19 };
    }
    return { "", "", 0, 0 };
}

QJsonObject machineJson(const MachineId &m)
{
    QJsonObject o;
    if (!m.hostname.isEmpty())
        o.insert(QStringLiteral("hostname"), m.hostname);
    if (!m.ip.isEmpty())
        o.insert(QStringLiteral("ip"), m.ip);
    return o;
}

QByteArray machinesJson(const QList<MachineId> &machines)
{
    QJsonArray list;
    for (const MachineId &m : machines)
        list.append(machineJson(m));
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

MachineId machineFrom(const QJsonValue &v)
{
    return { v[QLatin1String("hostname")].toString(), v[QLatin1String("ip")].toString() };
}

qint64 nanos(const QJsonValue &duration)
{
    return qint64(duration[QLatin1String("nanoseconds")].toDouble());
}

Result<QJsonObject> objectOf(const QByteArray &json, const QString &what)
{
    auto document = http::HttpClient::parseJson(json, what);
    if (!document)
        return document.error();
    if (!document->isObject())
        return Error { Tr::tr("%1 is not a JSON object.").arg(what), {} };
    return document->object();
}

ScalarMap scalars(const QJsonValue &v)
{
    ScalarMap map;
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.value().isDouble())
            map.insert(it.key(), it.value().toDouble());
    }
    return map;
}

// "Draining agent …-S0" for messages.
QString describe(OperatorCall call, const QStringList &targets)
{
    QString list = targets.join(QStringLiteral(", "));
    switch (call) {
    case OperatorCall::DrainAgent:
        return Tr::tr("Draining agent %1").arg(list);
    case OperatorCall::DeactivateAgent:
        return Tr::tr("Deactivating agent %1").arg(list);
    case OperatorCall::ReactivateAgent:
        return Tr::tr("Reactivating agent %1").arg(list);
    case OperatorCall::MarkAgentGone:
        return Tr::tr("Marking agent %1 gone").arg(list);
    case OperatorCall::UpdateMaintenanceSchedule:
        return Tr::tr("Scheduling maintenance of %1").arg(list);
    case OperatorCall::MachinesDown:
        return Tr::tr("Bringing %1 down").arg(list);
    case OperatorCall::MachinesUp:
        return Tr::tr("Bringing %1 up").arg(list);
    case OperatorCall::TeardownFramework:
        return Tr::tr("Tearing down framework %1").arg(list);
    }
    return list;
}

QStringList machineNames(const QList<MachineId> &machines)
{
    QStringList names;
    for (const MachineId &m : machines)
        names << m.text();
    return names;
}

} // namespace

QString MachineId::text() const
{
    if (ip.isEmpty())
        return hostname;
    if (hostname.isEmpty())
        return ip;
    return QStringLiteral("%1 (%2)").arg(hostname, ip);
}

MesosOperator::MesosOperator(http::HttpClient *http, QUrl master, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_master(std::move(master))
{ }

std::optional<QString> MesosOperator::unsupported(OperatorCall call, const QString &version)
{
    const QStringList parts = version.split(QLatin1Char('.'));
    bool okMajor = false;
    bool okMinor = false;
    const int major = parts.value(0).toInt(&okMajor);
    const int minor = parts.value(1).toInt(&okMinor);
    if (!okMajor || !okMinor)
        return std::nullopt;
    const CallInfo c = info(call);
    if (major > c.major || (major == c.major && minor >= c.minor))
        return std::nullopt;
    return Tr::tr("Mesos %1 has no %2: it came with Mesos %3.%4.")
        .arg(version, QLatin1String(c.v1Name))
        .arg(c.major)
        .arg(c.minor);
}

std::optional<QUrl> MesosOperator::masterUrl(const QString &text)
{
    const QString given = text.trimmed();
    QUrl url = QUrl::fromUserInput(given.contains(u"://") ? given : QStringLiteral("http://") + given);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return std::nullopt;
    if (url.port() < 0)
        url.setPort(5050);
    url.setPath({});
    return url;
}

QString MesosOperator::actionName(OperatorCall call)
{
    return QLatin1String(info(call).action);
}

QUrl MesosOperator::url(const QString &path) const
{
    QUrl u = m_master;
    u.setPath(path);
    return u;
}

void MesosOperator::read(const QString &path, QObject *context,
                         std::function<void(Result<QByteArray>)> callback)
{
    m_http->get(url(path), context, [callback](Result<http::HttpResponse> response) {
        auto checked = http::HttpClient::expectSuccess(std::move(response));
        if (!checked)
            callback(checked.error());
        else
            callback(checked->body);
    });
}

void MesosOperator::fetchVersion(QObject *context, std::function<void(Result<QString>)> callback)
{
    read(QStringLiteral("/version"), context, [callback](Result<QByteArray> body) {
        if (!body)
            return callback(body.error());
        auto o = objectOf(*body, Tr::tr("The master's /version"));
        if (!o)
            return callback(o.error());
        callback(o->value(QLatin1String("version")).toString());
    });
}

void MesosOperator::fetchSchedule(QObject *context,
                                  std::function<void(Result<QList<MaintenanceWindow>>)> callback)
{
    read(QStringLiteral("/master/maintenance/schedule"), context, [callback](Result<QByteArray> body) {
        callback(body ? parseSchedule(*body) : Result<QList<MaintenanceWindow>>(body.error()));
    });
}

void MesosOperator::fetchStatus(QObject *context, std::function<void(Result<MaintenanceStatus>)> callback)
{
    read(QStringLiteral("/master/maintenance/status"), context, [callback](Result<QByteArray> body) {
        callback(body ? parseStatus(*body) : Result<MaintenanceStatus>(body.error()));
    });
}

void MesosOperator::fetchRoles(QObject *context, std::function<void(Result<QList<RoleInfo>>)> callback)
{
    read(QStringLiteral("/master/roles"), context, [callback](Result<QByteArray> body) {
        callback(body ? parseRoles(*body) : Result<QList<RoleInfo>>(body.error()));
    });
}

void MesosOperator::fetchAgentStates(QObject *context,
                                     std::function<void(Result<QHash<QString, AgentOperatorState>>)> callback)
{
    read(QStringLiteral("/master/slaves"), context, [callback](Result<QByteArray> body) {
        callback(body ? parseAgentStates(*body) : Result<QHash<QString, AgentOperatorState>>(body.error()));
    });
}

Result<QHash<QString, AgentOperatorState>> MesosOperator::parseAgentStates(const QByteArray &json)
{
    auto o = objectOf(json, Tr::tr("The master's agents"));
    if (!o)
        return o.error();
    QHash<QString, AgentOperatorState> states;
    const QJsonArray agents = o->value(QLatin1String("slaves")).toArray();
    for (const QJsonValue &a : agents) {
        states.insert(a[QLatin1String("id")].toString(),
                      { a[QLatin1String("deactivated")].toBool(),
                        a[QLatin1String("drain_info")][QLatin1String("state")].toString(),
                        a[QLatin1String("hostname")].toString() });
    }
    return states;
}

Result<QList<MaintenanceWindow>> MesosOperator::parseSchedule(const QByteArray &json)
{
    auto o = objectOf(json, Tr::tr("The maintenance schedule"));
    if (!o)
        return o.error();
    QList<MaintenanceWindow> windows;
    const QJsonArray windowArray = o->value(QLatin1String("windows")).toArray();
    for (const QJsonValue &w : windowArray) {
        MaintenanceWindow window;
        const QJsonArray machineIds = w[QLatin1String("machine_ids")].toArray();
        for (const QJsonValue &m : machineIds)
            window.machines.append(machineFrom(m));
        const QJsonValue u = w[QLatin1String("unavailability")];
        window.start = QDateTime::fromMSecsSinceEpoch(nanos(u[QLatin1String("start")]) / 1000000, Qt::UTC);
        if (u[QLatin1String("duration")].isObject())
            window.durationSeconds = nanos(u[QLatin1String("duration")]) / kNanosPerSecond;
        windows.append(window);
    }
    return windows;
}

QByteArray MesosOperator::scheduleJson(const QList<MaintenanceWindow> &schedule)
{
    // Written by hand: nanoseconds since the epoch are beyond what a JSON double holds exactly.
    QByteArray out = "{\"windows\":[";
    for (qsizetype i = 0; i < schedule.size(); ++i) {
        const MaintenanceWindow &w = schedule[i];
        out += (i ? "," : "") + QByteArray("{\"machine_ids\":") + machinesJson(w.machines);
        out += ",\"unavailability\":{\"start\":{\"nanoseconds\":"
            + QByteArray::number(w.start.toMSecsSinceEpoch() * 1000000) + "}";
        if (w.durationSeconds >= 0)
            out += ",\"duration\":{\"nanoseconds\":" + QByteArray::number(w.durationSeconds * kNanosPerSecond)
                + "}";
        out += "}}";
    }
    return out + "]}";
}

Result<MaintenanceStatus> MesosOperator::parseStatus(const QByteArray &json)
{
    auto o = objectOf(json, Tr::tr("The maintenance status"));
    if (!o)
        return o.error();
    MaintenanceStatus status;
    const QJsonArray draining = o->value(QLatin1String("draining_machines")).toArray();
    for (const QJsonValue &m : draining)
        status.draining.append(machineFrom(m[QLatin1String("id")]));
    const QJsonArray down = o->value(QLatin1String("down_machines")).toArray();
    for (const QJsonValue &m : down)
        status.down.append(machineFrom(m));
    return status;
}

Result<QList<RoleInfo>> MesosOperator::parseRoles(const QByteArray &json)
{
    auto o = objectOf(json, Tr::tr("The master's roles"));
    if (!o)
        return o.error();
    QList<RoleInfo> roles;
    const QJsonArray roleArray = o->value(QLatin1String("roles")).toArray();
    for (const QJsonValue &v : roleArray) {
        RoleInfo role;
        role.name = v[QLatin1String("name")].toString();
        role.weight = v[QLatin1String("weight")].toDouble(1);
        const QJsonArray frameworks = v[QLatin1String("frameworks")].toArray();
        for (const QJsonValue &f : frameworks)
            role.frameworks.append(f.toString());
        // 1.9+ says `allocated`; before, `resources` is what the role's frameworks use.
        role.allocated = scalars(v[QLatin1String("allocated")].isObject() ? v[QLatin1String("allocated")]
                                                                           : v[QLatin1String("resources")]);
        role.offered = scalars(v[QLatin1String("offered")]);
        role.reserved = scalars(v[QLatin1String("reserved")]);
        const QJsonValue quota = v[QLatin1String("quota")];
        role.quotaGuarantee = scalars(quota[QLatin1String("guarantee")]);
        role.quotaLimit = scalars(quota[QLatin1String("limit")]);
        role.quotaConsumed = scalars(quota[QLatin1String("consumed")]);
        // Mesos prints every scalar of a guarantee or limit; a 0 is "not set" there.
        for (ScalarMap *m : { &role.quotaGuarantee, &role.quotaLimit })
            m->removeIf([](const auto &it) { return it.value() == 0; });
        roles.append(role);
    }
    return roles;
}

void MesosOperator::change(OperatorCall call, const QString &path, const QByteArray &body,
                           const QByteArray &contentType, audit::Action action, QObject *context, Done done)
{
    auto later = [context, done](Status s) {
        QMetaObject::invokeMethod(context, [done, s] { done(s); }, Qt::QueuedConnection);
    };
    const QString what = describe(call, action.targets);
    if (const auto why = unsupported(call, m_version)) {
        later(Error { *why, {} });
        return;
    }
    std::optional<audit::ActionGate::Ticket> ticket;
    if (m_gate) {
        auto admitted = m_gate->admit(std::move(action));
        if (!admitted) {
            later(admitted.error());
            return;
        }
        ticket = std::move(admitted).value();
    }
    const QList<QPair<QByteArray, QByteArray>> headers { { "Content-Type", contentType },
                                                         { "Accept", "application/json" } };
    m_http->send(
        "POST", url(path), body, context,
        [what, done, gate = m_gate, ticket](Result<http::HttpResponse> response) {
            Status outcome;
            if (response.ok() && (response->status == 400 || response->status == 409)) {
                // Mesos' refusal is plain text that says why.
                const QString reason = QString::fromUtf8(response->body.left(2048)).trimmed();
                outcome = Error { Tr::tr("%1: Mesos refused: %2").arg(what, reason), reason };
            } else if (auto checked = http::HttpClient::expectSuccess(std::move(response)); !checked) {
                outcome = Error { Tr::tr("%1: %2").arg(what, checked.error().message), checked.error().detail };
            }
            if (gate && ticket)
                gate->finish(*ticket, outcome);
            done(outcome);
        },
        headers);
}

void MesosOperator::v1Call(OperatorCall call, const QJsonObject &body, const QStringList &targets,
                           const QJsonObject &parameters, QObject *context, Done done)
{
    change(call, QStringLiteral("/api/v1"), QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
           { actionName(call), targets, parameters }, context, std::move(done));
}

void MesosOperator::agentCall(OperatorCall call, const QString &agentId, QJsonObject args,
                              const QJsonObject &parameters, QObject *context, Done done)
{
    // {"type": "DRAIN_AGENT", "drain_agent": {"agent_id": {"value": …}, …}}
    const QString type = QLatin1String(info(call).v1Name);
    args.insert(QStringLiteral("agent_id"), QJsonObject { { QStringLiteral("value"), agentId } });
    v1Call(call, { { QStringLiteral("type"), type }, { type.toLower(), args } }, { agentId }, parameters, context,
           std::move(done));
}

void MesosOperator::drainAgent(const QString &agentId, int maxGraceSeconds, bool markGone, QObject *context,
                               Done done)
{
    QJsonObject args { { QStringLiteral("mark_gone"), markGone } };
    QJsonObject parameters { { QStringLiteral("mark_gone"), markGone } };
    if (maxGraceSeconds >= 0) {
        args.insert(QStringLiteral("max_grace_period"),
                    QJsonObject { { QStringLiteral("nanoseconds"), double(maxGraceSeconds) * kNanosPerSecond } });
        parameters.insert(QStringLiteral("max_grace_seconds"), maxGraceSeconds);
    }
    agentCall(OperatorCall::DrainAgent, agentId, args, parameters, context, std::move(done));
}

void MesosOperator::deactivateAgent(const QString &agentId, QObject *context, Done done)
{
    agentCall(OperatorCall::DeactivateAgent, agentId, {}, {}, context, std::move(done));
}

void MesosOperator::reactivateAgent(const QString &agentId, QObject *context, Done done)
{
    agentCall(OperatorCall::ReactivateAgent, agentId, {}, {}, context, std::move(done));
}

void MesosOperator::markAgentGone(const QString &agentId, QObject *context, Done done)
{
    agentCall(OperatorCall::MarkAgentGone, agentId, {}, {}, context, std::move(done));
}

void MesosOperator::updateSchedule(const QList<MaintenanceWindow> &schedule, QObject *context, Done done)
{
    QList<MachineId> machines;
    QJsonArray windows;
    for (const MaintenanceWindow &w : schedule) {
        machines += w.machines;
        windows.append(QJsonObject { { QStringLiteral("machines"), QJsonArray::fromStringList(machineNames(w.machines)) },
                                     { QStringLiteral("start"), w.start.toString(Qt::ISODate) },
                                     { QStringLiteral("duration_seconds"), double(w.durationSeconds) } });
    }
    change(OperatorCall::UpdateMaintenanceSchedule, QStringLiteral("/master/maintenance/schedule"),
           scheduleJson(schedule), "application/json",
           { actionName(OperatorCall::UpdateMaintenanceSchedule), machineNames(machines),
             { { QStringLiteral("windows"), windows } } },
           context, std::move(done));
}

void MesosOperator::machinesDown(const QList<MachineId> &machines, QObject *context, Done done)
{
    change(OperatorCall::MachinesDown, QStringLiteral("/master/machine/down"), machinesJson(machines),
           "application/json", { actionName(OperatorCall::MachinesDown), machineNames(machines), {} }, context,
           std::move(done));
}

void MesosOperator::machinesUp(const QList<MachineId> &machines, QObject *context, Done done)
{
    change(OperatorCall::MachinesUp, QStringLiteral("/master/machine/up"), machinesJson(machines),
           "application/json", { actionName(OperatorCall::MachinesUp), machineNames(machines), {} }, context,
           std::move(done));
}

void MesosOperator::teardownFramework(const QString &frameworkId, QObject *context, Done done)
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("frameworkId"), frameworkId);
    change(OperatorCall::TeardownFramework, QStringLiteral("/master/teardown"),
           form.toString(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded",
           { actionName(OperatorCall::TeardownFramework), { frameworkId }, {} }, context, std::move(done));
}

} // namespace mc::mesos
