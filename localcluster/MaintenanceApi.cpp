#include "localcluster/MaintenanceApi.h"

#include "localcluster/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mc::localcluster {

namespace {
QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HttpResponse badRequest(const QString &reason)
{
    return HttpResponse::text(reason.toUtf8(), 400);
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

qint64 nanosOf(const QJsonValue &v, qint64 fallback)
{
    const QJsonValue n = v.toObject().value(QLatin1String("nanoseconds"));
    return n.isDouble() ? qint64(n.toDouble()) : fallback;
}

bool parseMachines(const QJsonArray &array, QList<MachineId> *out, QString *error)
{
    for (const QJsonValue &v : array) {
        if (!v.isObject()) {
            *error = QStringLiteral("Expecting a list of MachineIDs");
            return false;
        }
        out->append({ v[QLatin1String("hostname")].toString(), v[QLatin1String("ip")].toString() });
    }
    return true;
}

bool parseSchedule(const QJsonObject &o, QList<MaintenanceWindow> *out, QString *error)
{
    const QJsonArray windows = o.value(QLatin1String("windows")).toArray();
    for (const QJsonValue &wv : windows) {
        const QJsonObject w = wv.toObject();
        MaintenanceWindow window;
        if (!parseMachines(w.value(QLatin1String("machine_ids")).toArray(), &window.machines, error))
            return false;
        const QJsonObject u = w.value(QLatin1String("unavailability")).toObject();
        if (!u.contains(QLatin1String("start"))) {
            *error = QStringLiteral("Unavailability 'start' is missing");
            return false;
        }
        window.startNs = nanosOf(u.value(QLatin1String("start")), 0);
        window.durationNs = nanosOf(u.value(QLatin1String("duration")), -1);
        if (u.contains(QLatin1String("duration")) && window.durationNs < 0)
            window.durationNs = -2; // refused by the validation as negative
        out->append(window);
    }
    return true;
}

ScalarResources scalars(const QJsonObject &o)
{
    // {"cpus": {"value": 1}, ...} (QuotaConfig's maps of Value.Scalar)
    ScalarResources r;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        r.insert(it.key(), it.value().toObject().value(QLatin1String("value")).toDouble());
    return r;
}

QJsonObject scalarsJson(const ScalarResources &r)
{
    QJsonObject o;
    for (auto it = r.cbegin(); it != r.cend(); ++it)
        o.insert(it.key(), QJsonObject { { QStringLiteral("value"), it.value() } });
    return o;
}

QJsonObject resourcesJson(const ScalarResources &r)
{
    // v0 resource objects: every scalar present, 0 when unused.
    QJsonObject o;
    for (const char *name : { "cpus", "disk", "gpus", "mem" })
        o.insert(QLatin1String(name), r.value(QLatin1String(name)));
    return o;
}

QJsonObject setScalars(const ScalarResources &r)
{
    // Only what is set: no guarantee or no limit is an empty object.
    QJsonObject o;
    for (auto it = r.cbegin(); it != r.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

HttpResponse ok(const QJsonObject &o)
{
    return HttpResponse::json(compact(o));
}
} // namespace

QPair<int, int> MaintenanceApi::majorMinor(const QString &version)
{
    const QStringList parts = version.split(QLatin1Char('.'));
    return { parts.value(0).toInt(), parts.value(1).toInt() };
}

QPair<int, int> MaintenanceApi::introducedIn(const QString &type)
{
    static const QHash<QString, QPair<int, int>> since {
        { QStringLiteral("MARK_AGENT_GONE"), { 1, 5 } },  { QStringLiteral("DRAIN_AGENT"), { 1, 9 } },
        { QStringLiteral("DEACTIVATE_AGENT"), { 1, 9 } }, { QStringLiteral("REACTIVATE_AGENT"), { 1, 9 } },
        { QStringLiteral("UPDATE_QUOTA"), { 1, 9 } },
    };
    return since.value(type, { 1, 0 });
}

QByteArray MaintenanceApi::scheduleJson() const
{
    // Written by hand: nanoseconds since the epoch exceed what a JSON double holds exactly.
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    // Protobuf's JSON leaves an empty repeated field out: an empty schedule is {}.
    if (!m_cluster.maintenanceSchedule().isEmpty()) {
        w.key("windows").beginArray();
        for (const MaintenanceWindow &window : m_cluster.maintenanceSchedule()) {
            w.beginObject().key("machine_ids").beginArray();
            for (const MachineId &m : window.machines)
                w.rawJson(compact(machineJson(m)));
            w.endArray();
            w.key("unavailability").beginObject();
            w.key("start").beginObject().field("nanoseconds", window.startNs).endObject();
            if (window.durationNs >= 0)
                w.key("duration").beginObject().field("nanoseconds", window.durationNs).endObject();
            w.endObject().endObject();
        }
        w.endArray();
    }
    w.endObject();
    return out;
}

QJsonObject MaintenanceApi::statusJson() const
{
    QJsonArray draining;
    QJsonArray down;
    for (const MaintenanceWindow &w : m_cluster.maintenanceSchedule()) {
        for (const MachineId &m : w.machines) {
            if (!m_cluster.downMachines().contains(m))
                draining.append(QJsonObject { { QStringLiteral("id"), machineJson(m) } });
        }
    }
    for (const MachineId &m : m_cluster.downMachines())
        down.append(machineJson(m));
    QJsonObject o;
    if (!draining.isEmpty())
        o.insert(QStringLiteral("draining_machines"), draining);
    if (!down.isEmpty())
        o.insert(QStringLiteral("down_machines"), down);
    return o;
}

QJsonArray MaintenanceApi::weightsJson() const
{
    QJsonArray list;
    const auto &weights = m_cluster.weights();
    for (auto it = weights.cbegin(); it != weights.cend(); ++it)
        list.append(QJsonObject { { QStringLiteral("role"), it.key() }, { QStringLiteral("weight"), it.value() } });
    return list;
}

QJsonObject MaintenanceApi::quotaJson() const
{
    // QuotaStatus (1.9+): `infos` (guarantees as the pre-1.9 QuotaInfo) and `configs`.
    QJsonArray infos;
    QJsonArray configs;
    for (const QuotaConfig &c : m_cluster.quotas()) {
        QJsonArray guarantee;
        for (auto it = c.guarantees.cbegin(); it != c.guarantees.cend(); ++it)
            guarantee.append(QJsonObject { { QStringLiteral("name"), it.key() },
                                           { QStringLiteral("type"), QStringLiteral("SCALAR") },
                                           { QStringLiteral("scalar"),
                                             QJsonObject { { QStringLiteral("value"), it.value() } } } });
        infos.append(QJsonObject { { QStringLiteral("role"), c.role }, { QStringLiteral("guarantee"), guarantee } });
        QJsonObject config { { QStringLiteral("role"), c.role } };
        if (!c.guarantees.isEmpty())
            config.insert(QStringLiteral("guarantees"), scalarsJson(c.guarantees));
        if (!c.limits.isEmpty())
            config.insert(QStringLiteral("limits"), scalarsJson(c.limits));
        configs.append(config);
    }
    QJsonObject o;
    if (!infos.isEmpty()) {
        o.insert(QStringLiteral("infos"), infos);
        o.insert(QStringLiteral("configs"), configs);
    }
    return o;
}

QByteArray MaintenanceApi::rolesJson() const
{
    // Roles known to the master: those of frameworks (Marathon's "*", the second framework's
    // "analytics"), with a weight or a quota. Nothing is offered or reserved in localcluster.
    QHash<QString, ScalarResources> allocated; // per role
    QHash<QString, QJsonArray> frameworks; // per role
    QStringList names;
    for (const FrameworkNode &fw : m_cluster.frameworks()) {
        if (fw.completed)
            continue;
        frameworks[fw.role].append(fw.id);
        names.append(fw.role);
        for (const TaskPtr &t : m_cluster.activeTasks()) {
            if (!Cluster::belongsTo(*t, fw))
                continue;
            ScalarResources &r = allocated[fw.role];
            r[QStringLiteral("cpus")] += t->cpus;
            r[QStringLiteral("mem")] += t->mem;
            r[QStringLiteral("disk")] += t->disk;
            r[QStringLiteral("gpus")] += t->gpus;
        }
    }
    for (auto it = m_cluster.weights().cbegin(); it != m_cluster.weights().cend(); ++it)
        names.append(it.key());
    for (auto it = m_cluster.quotas().cbegin(); it != m_cluster.quotas().cend(); ++it)
        names.append(it.key());
    names.removeDuplicates();
    names.sort();
    QJsonArray roles;
    for (const QString &name : std::as_const(names)) {
        const ScalarResources used = allocated.value(name);
        QJsonObject role { { QStringLiteral("name"), name },
                           { QStringLiteral("weight"), m_cluster.weights().value(name, 1.0) },
                           { QStringLiteral("frameworks"), frameworks.value(name) },
                           { QStringLiteral("resources"), resourcesJson(used) },
                           { QStringLiteral("allocated"), resourcesJson(used) },
                           { QStringLiteral("offered"), resourcesJson({}) },
                           { QStringLiteral("reserved"), resourcesJson({}) } };
        const QuotaConfig quota = m_cluster.quotas().value(name);
        role.insert(QStringLiteral("quota"),
                    QJsonObject { { QStringLiteral("role"), name },
                                  { QStringLiteral("guarantee"), setScalars(quota.guarantees) },
                                  { QStringLiteral("limit"), setScalars(quota.limits) },
                                  { QStringLiteral("consumed"), resourcesJson(used) } });
        roles.append(role);
    }
    return compact({ { QStringLiteral("roles"), roles } });
}

HttpResponse MaintenanceApi::teardown(const QString &frameworkId)
{
    if (frameworkId.isEmpty())
        return badRequest(QStringLiteral("Missing 'frameworkId' query parameter in the request body"));
    const QString error = m_cluster.teardownFramework(frameworkId);
    return error.isEmpty() ? HttpResponse::empty(200) : badRequest(error);
}

HttpResponse MaintenanceApi::agentCall(const QString &type, const QJsonObject &args)
{
    const QString id = args.value(QLatin1String("agent_id")).toObject().value(QLatin1String("value")).toString();
    if (id.isEmpty())
        return badRequest(QStringLiteral("Expecting 'agent_id' to be present"));
    const int index = m_cluster.agentIndex(id);
    QString error;
    if (type == QLatin1String("DRAIN_AGENT"))
        error = m_cluster.drainAgent(index, nanosOf(args.value(QLatin1String("max_grace_period")), -1),
                                     args.value(QLatin1String("mark_gone")).toBool());
    else if (type == QLatin1String("DEACTIVATE_AGENT"))
        error = m_cluster.deactivateAgent(index);
    else if (type == QLatin1String("REACTIVATE_AGENT"))
        error = m_cluster.reactivateAgent(index);
    else
        error = m_cluster.markAgentGone(index);
    if (!error.isEmpty())
        return badRequest(error == QLatin1String("Unknown agent") ? QStringLiteral("Unknown agent '%1'").arg(id)
                                                                  : error);
    return HttpResponse::empty(200);
}

std::optional<HttpResponse> MaintenanceApi::handleV1(const QString &type, const QJsonObject &call)
{
    const QJsonObject args = call.value(type.toLower()).toObject();
    QString error;
    if (type == QLatin1String("GET_MAINTENANCE_SCHEDULE"))
        return HttpResponse::json(R"({"type":"GET_MAINTENANCE_SCHEDULE","get_maintenance_schedule":{"schedule":)"
                                  + scheduleJson() + "}}");
    if (type == QLatin1String("GET_MAINTENANCE_STATUS"))
        return ok({ { QStringLiteral("type"), type },
                    { QStringLiteral("get_maintenance_status"),
                      QJsonObject { { QStringLiteral("status"), statusJson() } } } });
    if (type == QLatin1String("UPDATE_MAINTENANCE_SCHEDULE")) {
        QList<MaintenanceWindow> schedule;
        if (!parseSchedule(args.value(QLatin1String("schedule")).toObject(), &schedule, &error)
            || !(error = m_cluster.updateMaintenanceSchedule(schedule)).isEmpty())
            return badRequest(error);
        return HttpResponse::empty(200);
    }
    if (type == QLatin1String("START_MAINTENANCE") || type == QLatin1String("STOP_MAINTENANCE")) {
        QList<MachineId> machines;
        if (!parseMachines(args.value(QLatin1String("machines")).toArray(), &machines, &error))
            return badRequest(error);
        error = type == QLatin1String("START_MAINTENANCE") ? m_cluster.startMaintenance(machines)
                                                           : m_cluster.stopMaintenance(machines);
        return error.isEmpty() ? HttpResponse::empty(200) : badRequest(error);
    }
    if (type == QLatin1String("DRAIN_AGENT") || type == QLatin1String("DEACTIVATE_AGENT")
        || type == QLatin1String("REACTIVATE_AGENT") || type == QLatin1String("MARK_AGENT_GONE"))
        return agentCall(type, args);
    if (type == QLatin1String("GET_WEIGHTS"))
        return ok({ { QStringLiteral("type"), type },
                    { QStringLiteral("get_weights"), QJsonObject { { QStringLiteral("weight_infos"), weightsJson() } } } });
    if (type == QLatin1String("UPDATE_WEIGHTS")) {
        const QJsonArray infos = args.value(QLatin1String("weight_infos")).toArray();
        for (const QJsonValue &v : infos) {
            if (v[QLatin1String("weight")].toDouble() <= 0)
                return badRequest(QStringLiteral("Invalid weight: weights must be positive"));
        }
        for (const QJsonValue &v : infos)
            m_cluster.setWeight(v[QLatin1String("role")].toString(), v[QLatin1String("weight")].toDouble());
        return HttpResponse::empty(200);
    }
    if (type == QLatin1String("GET_QUOTA"))
        return ok({ { QStringLiteral("type"), type },
                    { QStringLiteral("get_quota"), QJsonObject { { QStringLiteral("status"), quotaJson() } } } });
    if (type == QLatin1String("UPDATE_QUOTA")) {
        QList<QuotaConfig> configs;
        const QJsonArray quotaConfigs = args.value(QLatin1String("quota_configs")).toArray();
        for (const QJsonValue &v : quotaConfigs)
            configs.append({ v[QLatin1String("role")].toString(), scalars(v[QLatin1String("guarantees")].toObject()),
                             scalars(v[QLatin1String("limits")].toObject()) });
        error = m_cluster.updateQuota(configs, args.value(QLatin1String("force")).toBool());
        return error.isEmpty() ? HttpResponse::empty(200) : badRequest(error);
    }
    if (type == QLatin1String("TEARDOWN"))
        return teardown(args.value(QLatin1String("framework_id")).toObject().value(QLatin1String("value")).toString());
    return std::nullopt;
}

std::optional<HttpResponse> MaintenanceApi::handleV0(const HttpRequest &request)
{
    const QString path = request.path.startsWith(QLatin1String("/master/"))
        ? request.path.mid(7)
        : request.path;
    const bool get = request.method == "GET" || request.method == "HEAD";
    const bool post = request.method == "POST";
    auto methodNotAllowed = [&](const char *allowed) {
        return HttpResponse::text("Expecting " + QByteArray(allowed) + ", received '" + request.method + "'", 405);
    };
    QString error;
    if (path == QLatin1String("/maintenance/schedule")) {
        if (get)
            return HttpResponse::json(scheduleJson());
        if (!post)
            return methodNotAllowed("'GET' or 'POST'");
        QJsonParseError parseError {};
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        QList<MaintenanceWindow> schedule;
        if (!doc.isObject())
            return badRequest(QStringLiteral("Failed to parse the request body as JSON: %1")
                                  .arg(parseError.errorString()));
        if (!parseSchedule(doc.object(), &schedule, &error)
            || !(error = m_cluster.updateMaintenanceSchedule(schedule)).isEmpty())
            return badRequest(error);
        return HttpResponse::empty(200);
    }
    if (path == QLatin1String("/maintenance/status"))
        return get ? ok(statusJson()) : methodNotAllowed("'GET'");
    if (path == QLatin1String("/machine/down") || path == QLatin1String("/machine/up")) {
        if (!post)
            return methodNotAllowed("'POST'");
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        QList<MachineId> machines;
        if (!doc.isArray() || !parseMachines(doc.array(), &machines, &error))
            return badRequest(error.isEmpty() ? QStringLiteral("Expecting a JSON array of MachineIDs") : error);
        error = path.endsWith(QLatin1String("down")) ? m_cluster.startMaintenance(machines)
                                                     : m_cluster.stopMaintenance(machines);
        return error.isEmpty() ? HttpResponse::empty(200) : badRequest(error);
    }
    if (path == QLatin1String("/weights")) {
        if (get)
            return HttpResponse::json(QJsonDocument(weightsJson()).toJson(QJsonDocument::Compact));
        if (request.method != "PUT")
            return methodNotAllowed("'GET' or 'PUT'");
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (!doc.isArray())
            return badRequest(QStringLiteral("Expecting a JSON array of WeightInfos"));
        return *handleV1(QStringLiteral("UPDATE_WEIGHTS"),
                         { { QStringLiteral("update_weights"),
                             QJsonObject { { QStringLiteral("weight_infos"), doc.array() } } } });
    }
    if (path == QLatin1String("/quota"))
        return get ? ok(quotaJson()) : methodNotAllowed("'GET'");
    if (path == QLatin1String("/roles"))
        return get ? HttpResponse::json(rolesJson()) : methodNotAllowed("'GET'");
    if (path == QLatin1String("/teardown")) {
        if (!post)
            return methodNotAllowed("'POST'");
        return teardown(QUrlQuery(QString::fromUtf8(request.body)).queryItemValue(QStringLiteral("frameworkId")));
    }
    return std::nullopt;
}

} // namespace mc::localcluster
