#include "localcluster/Marathon.h"

#include "localcluster/AppDefinition.h"
#include "localcluster/HealthChecker.h"
#include "localcluster/HttpServer.h"
#include "localcluster/Logging.h"
#include "localcluster/OfferMatcher.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace mc::localcluster {

namespace {

// Mesos offers an agent's resources again about once a second (the allocator's
// --allocation_interval); an app that found no room waits for the next round.
constexpr qint64 kOfferRoundMs = 1000;

// A reject summary as Marathon's queue has it: the reasons in funnel order, each with
// the offers it declined and the offers that reached it.
QJsonArray funnelSteps(int processed, const QHash<QString, int> &declined)
{
    QJsonArray steps;
    for (const QString &reason : OfferMatcher::reasonFunnel()) {
        const int n = declined.value(reason);
        steps.append(QJsonObject { { QStringLiteral("reason"), reason },
                                   { QStringLiteral("declined"), n },
                                   { QStringLiteral("processed"), processed } });
        processed -= n;
    }
    return steps;
}
QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString nowIso()
{
    return iso(QDateTime::currentMSecsSinceEpoch());
}

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// "/demo/web" -> "demo_web" (task id prefix)
QString taskPrefix(const QString &appId)
{
    return appId.mid(1).replace(QLatin1Char('/'), QLatin1Char('_'));
}

// "/demo/web" -> "web.demo" (Mesos task name)
QString taskName(const QString &appId)
{
    QStringList parts = appId.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    std::reverse(parts.begin(), parts.end());
    return parts.join(QLatin1Char('.'));
}

QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

bool labelsMatch(const QJsonObject &labels, const QString &selector)
{
    for (const QString &term : selector.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = term.trimmed();
        if (t.contains(QLatin1String("!="))) {
            const QString k = t.section(QLatin1String("!="), 0, 0).trimmed();
            if (labels.value(k).toString() == t.section(QLatin1String("!="), 1).trimmed())
                return false;
        } else if (t.contains(QLatin1String("=="))) {
            const QString k = t.section(QLatin1String("=="), 0, 0).trimmed();
            if (!labels.contains(k)
                || labels.value(k).toString() != t.section(QLatin1String("=="), 1).trimmed())
                return false;
        } else if (!labels.contains(t)) {
            return false;
        }
    }
    return true;
}
} // namespace

Marathon::Marathon(Cluster &cluster, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
{
    m_health = new HealthChecker(
        cluster.options().address,
        [this](const QString &id, int index, bool ok, const QString &cause) {
            onHealth(id, index, ok, cause);
        },
        this);
    connect(&m_cluster, &Cluster::taskChanged, this, &Marathon::onTaskChanged);
}

Marathon::~Marathon()
{
    stop();
}

void Marathon::start()
{
    m_tick = new QTimer(this);
    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, &Marathon::tick);
    m_tick->start();
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(m_cluster.options().sseHeartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, &Marathon::heartbeat);
    m_heartbeat->start();
}

void Marathon::stop()
{
    if (m_tick)
        m_tick->stop();
    if (m_heartbeat)
        m_heartbeat->stop();
    m_health->stopAll();
}

QString Marathon::leaderUrl() const
{
    return QStringLiteral("http://%1:%2").arg(m_cluster.hostname()).arg(m_cluster.marathonPort());
}

QString Marathon::newVersion()
{
    m_lastVersionMs = qMax(QDateTime::currentMSecsSinceEpoch(), m_lastVersionMs + 1);
    return iso(m_lastVersionMs);
}

// ---------------------------------------------------------------- JSON

HttpResponse Marathon::json(const QJsonValue &value, int status) const
{
    const QByteArray body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    HttpResponse r = HttpResponse::json(body, status);
    r.withHeader("Cache-Control", "no-cache, no-store, must-revalidate")
        .withHeader("Pragma", "no-cache")
        .withHeader("Expires", "0")
        .withHeader("X-Marathon-Leader", leaderUrl().toUtf8());
    return r;
}

HttpResponse Marathon::error(int status, const QString &message, const QJsonArray &details) const
{
    QJsonObject o { { QStringLiteral("message"), message } };
    if (!details.isEmpty())
        o.insert(QStringLiteral("details"), details);
    return json(o, status);
}

HttpResponse Marathon::locked(const QStringList &deployments) const
{
    QJsonArray list;
    for (const QString &id : deployments)
        list.append(QJsonObject { { QStringLiteral("id"), id } });
    return json(
        QJsonObject { { QStringLiteral("message"),
                        QStringLiteral("App is locked by one or more deployments. Override with the option "
                                       "'?force=true'. View details at '/v2/deployments/<DEPLOYMENT_ID>'.") },
                      { QStringLiteral("deployments"), list } },
        409);
}

HttpResponse Marathon::deploymentResult(const Deployment &d, int status) const
{
    HttpResponse r = json(
        QJsonObject { { QStringLiteral("deploymentId"), d.id }, { QStringLiteral("version"), d.version } },
        status);
    r.withHeader("Marathon-Deployment-Id", d.id.toUtf8());
    return r;
}

QString Marathon::instanceId(const Task &task) const
{
    const QString prefix = taskPrefix(task.appId) + QLatin1Char('.');
    return prefix + QStringLiteral("marathon-") + task.id.mid(prefix.size());
}

bool Marathon::isHealthy(const Task &task) const
{
    if (task.health.isEmpty())
        return true;
    return std::all_of(task.health.cbegin(), task.health.cend(),
                       [](const HealthResult &h) { return h.alive; });
}

QJsonObject Marathon::taskJson(const Task &t, bool withServicePorts) const
{
    const AgentNode &agent = m_cluster.agents()[size_t(t.agent)];
    QJsonArray ports;
    for (int p : t.ports)
        ports.append(p);
    QJsonObject o { { QStringLiteral("id"), t.id },
                    { QStringLiteral("appId"), t.appId },
                    { QStringLiteral("host"), agent.hostname },
                    { QStringLiteral("slaveId"), agent.id },
                    { QStringLiteral("state"), QLatin1String(mesosName(t.state)) },
                    { QStringLiteral("stagedAt"), iso(t.stagedAtMs) },
                    { QStringLiteral("ports"), ports },
                    { QStringLiteral("version"), t.appVersion },
                    { QStringLiteral("ipAddresses"),
                      QJsonArray { QJsonObject { { QStringLiteral("ipAddress"), agent.ip },
                                                 { QStringLiteral("protocol"), QStringLiteral("IPv4") } } } },
                    { QStringLiteral("localVolumes"), QJsonArray() },
                    { QStringLiteral("role"), QStringLiteral("*") } };
    if (t.startedAtMs > 0)
        o.insert(QStringLiteral("startedAt"), iso(t.startedAtMs));
    if (withServicePorts) {
        QJsonArray sp;
        for (int p : t.servicePorts)
            sp.append(p);
        o.insert(QStringLiteral("servicePorts"), sp);
    }
    if (!t.health.isEmpty()) {
        QJsonArray results;
        for (const HealthResult &h : t.health) {
            QJsonObject r { { QStringLiteral("alive"), h.alive },
                            { QStringLiteral("consecutiveFailures"), h.consecutiveFailures },
                            { QStringLiteral("instanceId"), instanceId(t) } };
            if (!h.firstSuccess.isEmpty())
                r.insert(QStringLiteral("firstSuccess"), h.firstSuccess);
            if (!h.lastSuccess.isEmpty())
                r.insert(QStringLiteral("lastSuccess"), h.lastSuccess);
            if (!h.lastFailure.isEmpty())
                r.insert(QStringLiteral("lastFailure"), h.lastFailure);
            if (!h.lastFailureCause.isEmpty())
                r.insert(QStringLiteral("lastFailureCause"), h.lastFailureCause);
            results.append(r);
        }
        o.insert(QStringLiteral("healthCheckResults"), results);
    }
    return o;
}

QJsonObject Marathon::appJson(const App &app, bool withTasks, bool withFailure) const
{
    QJsonObject o = app.definition;
    o.insert(QStringLiteral("version"), app.version);
    o.insert(QStringLiteral("versionInfo"),
             QJsonObject { { QStringLiteral("lastScalingAt"), app.lastScalingAt },
                           { QStringLiteral("lastConfigChangeAt"), app.lastConfigChangeAt } });
    int staged = 0, running = 0, healthy = 0, unhealthy = 0;
    const QList<TaskPtr> tasks = tasksOf(app.definition.value(QLatin1String("id")).toString());
    QJsonArray taskList;
    for (const TaskPtr &t : tasks) {
        if (t->state == TaskState::Staging || t->state == TaskState::Starting)
            ++staged;
        else if (t->state == TaskState::Running)
            ++running;
        if (!t->health.isEmpty()) {
            if (isHealthy(*t))
                ++healthy;
            else if (std::any_of(t->health.cbegin(), t->health.cend(),
                                 [](const HealthResult &h) { return !h.lastFailure.isEmpty(); }))
                ++unhealthy;
        }
        if (withTasks)
            taskList.append(taskJson(*t, false));
    }
    o.insert(QStringLiteral("tasksStaged"), staged);
    o.insert(QStringLiteral("tasksRunning"), running);
    o.insert(QStringLiteral("tasksHealthy"), healthy);
    o.insert(QStringLiteral("tasksUnhealthy"), unhealthy);
    QJsonArray deployments;
    const QString id = app.definition.value(QLatin1String("id")).toString();
    for (const Deployment &d : m_deployments) {
        if (d.apps.contains(id))
            deployments.append(QJsonObject { { QStringLiteral("id"), d.id } });
    }
    o.insert(QStringLiteral("deployments"), deployments);
    if (withTasks)
        o.insert(QStringLiteral("tasks"), taskList);
    if (withFailure && app.lastTaskFailure)
        o.insert(QStringLiteral("lastTaskFailure"), *app.lastTaskFailure);
    return o;
}

QJsonObject Marathon::planJson(const Deployment &d) const
{
    QJsonArray steps;
    for (const QList<Action> &step : d.steps) {
        QJsonArray actions;
        for (const Action &a : step)
            actions.append(QJsonObject { { QStringLiteral("action"), a.first },
                                         { isPodAction(a.first) ? QStringLiteral("pod") : QStringLiteral("app"),
                                           a.second } });
        steps.append(QJsonObject { { QStringLiteral("actions"), actions } });
    }
    return { { QStringLiteral("id"), d.id },
             { QStringLiteral("steps"), steps },
             { QStringLiteral("version"), d.version } };
}

QJsonObject Marathon::stepJson(const Deployment &d) const
{
    QJsonArray actions;
    for (const Action &a : d.steps.value(d.currentStep - 1))
        actions.append(QJsonObject { { QStringLiteral("action"), a.first },
                                     { isPodAction(a.first) ? QStringLiteral("pod") : QStringLiteral("app"),
                                       a.second },
                                     { QStringLiteral("readinessCheckResults"), QJsonArray() } });
    return { { QStringLiteral("actions"), actions } };
}

QJsonObject Marathon::deploymentJson(const Deployment &d) const
{
    QJsonObject o = planJson(d);
    QJsonArray apps;
    QJsonArray pods;
    for (const QList<Action> &step : d.steps) {
        for (const Action &a : step) {
            QJsonArray &list = isPodAction(a.first) ? pods : apps;
            if (!list.contains(a.second))
                list.append(a.second);
        }
    }
    o.insert(QStringLiteral("affectedApps"), apps);
    o.insert(QStringLiteral("affectedPods"), pods);
    o.insert(QStringLiteral("currentActions"), stepJson(d).value(QLatin1String("actions")));
    o.insert(QStringLiteral("currentStep"), d.currentStep);
    o.insert(QStringLiteral("totalSteps"), int(d.steps.size()));
    return o;
}

QJsonObject Marathon::groupJson(const QString &groupId) const
{
    // Groups are the explicit ones and the paths above the app ids: /a/b/app is in /a/b, in /a, in /.
    if (!groupExists(groupId))
        return {};
    const QString prefix = groupId == QLatin1String("/") ? groupId : groupId + QLatin1Char('/');
    QJsonArray apps;
    QStringList children;
    QString version = m_groups.value(groupId).version;
    auto addChild = [&](const QString &rest) {
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        const QString child = prefix + (slash < 0 ? rest : rest.left(slash));
        if (!children.contains(child))
            children.append(child);
    };
    // Apps and pods: those right in the group, and the subgroups the others are in.
    const auto collect = [&](const auto &specs, QJsonArray &here, const auto &toJson) {
        for (auto it = specs.cbegin(); it != specs.cend(); ++it) {
            if (it->deleting || !it.key().startsWith(prefix))
                continue;
            version = qMax(version, it->version);
            const QString rest = it.key().mid(prefix.size());
            if (rest.contains(QLatin1Char('/')))
                addChild(rest);
            else
                here.append(toJson(*it));
        }
    };
    collect(m_apps, apps, [this](const App &app) { return appJson(app, false, false); });
    QJsonArray pods;
    collect(m_pods, pods, [this](const Pod &pod) { return podJson(pod); });
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        if (it.key() != groupId && it.key().startsWith(prefix))
            addChild(it.key().mid(prefix.size()));
    }
    children.sort();
    QJsonArray groups;
    for (const QString &child : std::as_const(children))
        groups.append(groupJson(child));
    return { { QStringLiteral("id"), groupId },
             { QStringLiteral("apps"), apps },
             { QStringLiteral("groups"), groups },
             { QStringLiteral("pods"), pods },
             { QStringLiteral("dependencies"), m_groups.value(groupId).dependencies },
             { QStringLiteral("version"), version.isEmpty() ? nowIso() : version } };
}

// ---------------------------------------------------------------- events

void Marathon::emitEvent(const QString &type, QJsonObject payload)
{
    payload.insert(QStringLiteral("eventType"), type);
    payload.insert(QStringLiteral("timestamp"), nowIso());
    const QByteArray frame = "event: " + type.toUtf8()
        + "\r\ndata: " + QJsonDocument(payload).toJson(QJsonDocument::Compact) + "\r\n\r\n";
    m_subscribers.removeIf([](const Subscriber &s) { return s.connection.isNull(); });
    for (const Subscriber &s : std::as_const(m_subscribers)) {
        if (s.eventTypes.isEmpty() || s.eventTypes.contains(type))
            s.connection->write(frame);
    }
}

void Marathon::heartbeat()
{
    m_subscribers.removeIf([](const Subscriber &s) { return s.connection.isNull(); });
    for (const Subscriber &s : std::as_const(m_subscribers))
        s.connection->write("\r\n");
}

int Marathon::dropEventStreams()
{
    const auto subscribers = m_subscribers;
    m_subscribers.clear();
    int dropped = 0;
    for (const Subscriber &s : subscribers) {
        if (s.connection) {
            s.connection->abort();
            ++dropped;
        }
    }
    qCInfo(lcLocalCluster) << "Marathon dropped" << dropped << "event stream(s)";
    return dropped;
}

void Marathon::handleEvents(const HttpRequest &request, HttpConnection *connection)
{
    if (!request.header("accept").contains("text/event-stream")) {
        HttpResponse r;
        r.status = 405;
        r.contentType = "text/html;charset=iso-8859-1";
        r.body = "<html><body><h2>HTTP ERROR 405</h2><p>Problem accessing /v2/events. Reason: Method Not "
                 "Allowed</p></body></html>";
        connection->respond(r);
        return;
    }
    connection->beginStream(200,
                            { { "Content-Type", "text/event-stream;charset=UTF-8" },
                              { "Cache-Control", "no-cache, no-store, must-revalidate" },
                              { "Pragma", "no-cache" },
                              { "Expires", "0" },
                              { "X-Marathon-Leader", leaderUrl().toUtf8() } });
    m_subscribers.append(Subscriber { connection, request.queryValues(QStringLiteral("event_type")) });
    emitEvent(QStringLiteral("event_stream_attached"),
              { { QStringLiteral("remoteAddress"), QString::fromLatin1(connection->peerAddress()) } });
}

// ---------------------------------------------------------------- routing

void Marathon::handle(const HttpRequest &request, HttpConnection *connection)
{
    const QString path = request.path;
    const QByteArray method = request.method;
    if (path == QLatin1String("/ping")) {
        if (request.header("accept").contains("application/json"))
            connection->respond(HttpResponse::json("\"pong\""));
        else
            connection->respond(HttpResponse::text("pong\n"));
        return;
    }
    if (path == QLatin1String("/v2/info")) {
        // As Marathon started with --master and --zk: with localcluster's --zk the masters' group
        // (zk://…/mesos) and Marathon's own state in the same ensemble (zk://…/marathon); without
        // it the first master's host:port (Marathon's standalone --master) and Marathon's default --zk.
        const QString zk = m_cluster.options().zkUrl;
        const QString ensemble = zk.section(u'/', 0, 2); // zk://hosts
        const QString mesosMaster = !zk.isEmpty() ? zk
                                                  : QStringLiteral("%1:%2").arg(m_cluster.hostname()).arg(
                                                      m_cluster.masters().empty() ? 5050 : m_cluster.masters().front().port);
        const QString marathonZk = !zk.isEmpty() ? ensemble + QStringLiteral("/marathon")
                                                 : QStringLiteral("zk://localhost:2181/marathon");
        connection->respond(json(QJsonObject {
            { QStringLiteral("name"), QStringLiteral("marathon") },
            { QStringLiteral("version"), QLatin1String(kVersion) },
            { QStringLiteral("buildref"), QStringLiteral("localcluster") },
            { QStringLiteral("elected"), true },
            { QStringLiteral("leader"),
              QStringLiteral("%1:%2").arg(m_cluster.hostname()).arg(m_cluster.marathonPort()) },
            { QStringLiteral("frameworkId"), m_cluster.frameworkId() },
            { QStringLiteral("marathon_config"),
              QJsonObject { { QStringLiteral("master"), mesosMaster },
                            { QStringLiteral("mesos_role"), QStringLiteral("*") },
                            { QStringLiteral("mesos_user"), QStringLiteral("root") },
                            { QStringLiteral("framework_name"), QStringLiteral("marathon") },
                            { QStringLiteral("ha"), true },
                            { QStringLiteral("hostname"), m_cluster.hostname() },
                            { QStringLiteral("local_port_min"), 10000 },
                            { QStringLiteral("local_port_max"), 20000 },
                            { QStringLiteral("checkpoint"), true },
                            { QStringLiteral("failover_timeout"), 604800 },
                            { QStringLiteral("features"), QJsonArray() },
                            { QStringLiteral("webui_url"), leaderUrl() },
                            { QStringLiteral("mesos_leader_ui_url"),
                              m_cluster.leader() >= 0
                                  ? QStringLiteral("http://%1:%2/")
                                        .arg(m_cluster.hostname())
                                        .arg(m_cluster.masters()[size_t(m_cluster.leader())].port)
                                  : QString() } } },
            { QStringLiteral("zookeeper_config"),
              QJsonObject { { QStringLiteral("zk"), marathonZk },
                            { QStringLiteral("zk_timeout"), 10000 },
                            { QStringLiteral("zk_session_timeout"), 10000 },
                            { QStringLiteral("zk_max_versions"), 50 } } },
            { QStringLiteral("http_config"),
              QJsonObject { { QStringLiteral("http_port"), m_cluster.marathonPort() },
                            { QStringLiteral("https_port"), 8443 } } } }));
        return;
    }
    if (path == QLatin1String("/v2/leader")) {
        if (method == "DELETE") {
            connection->respond(
                error(400, QStringLiteral("localcluster runs a single Marathon; it does not abdicate")));
            return;
        }
        connection->respond(json(QJsonObject {
            { QStringLiteral("leader"),
              QStringLiteral("%1:%2").arg(m_cluster.hostname()).arg(m_cluster.marathonPort()) } }));
        return;
    }
    if (path == QLatin1String("/v2/events")) {
        handleEvents(request, connection);
        return;
    }
    if (path == QLatin1String("/v2/apps") || path == QLatin1String("/v2/apps/")) {
        handleApps(request, connection);
        return;
    }
    if (path.startsWith(QLatin1String("/v2/apps/"))) {
        const QString rest = path.mid(8); // "/id.../suffix"
        static const QStringList suffixes
            = { QStringLiteral("/restart"), QStringLiteral("/tasks"), QStringLiteral("/versions") };
        // A suffix (/restart, /tasks[/id], /versions[/ts]) only when the part
        // before it names an app; an unknown app gets its 404 under that id.
        QString candidateId;
        QString candidateSuffix;
        for (const QString &s : suffixes) {
            const qsizetype at = rest.lastIndexOf(s);
            if (at <= 0)
                continue;
            const QString tail = rest.mid(at + s.size());
            if (!tail.isEmpty()
                && (!tail.startsWith(QLatin1Char('/')) || tail.indexOf(QLatin1Char('/'), 1) >= 0))
                continue;
            const QString id = AppDefinition::absoluteId(rest.left(at));
            if (m_apps.contains(id)) {
                handleApp(id, rest.mid(at), request, connection);
                return;
            }
            if (candidateId.isEmpty()) {
                candidateId = id;
                candidateSuffix = rest.mid(at);
            }
        }
        if (!candidateId.isEmpty() && !m_apps.contains(AppDefinition::absoluteId(rest))) {
            handleApp(candidateId, candidateSuffix, request, connection);
            return;
        }
        handleApp(AppDefinition::absoluteId(rest), QString(), request, connection);
        return;
    }
    if (path == QLatin1String("/v2/tasks") || path == QLatin1String("/v2/tasks/delete")) {
        handleTasks(request, connection);
        return;
    }
    if (path.startsWith(QLatin1String("/v2/deployments"))) {
        handleDeployments(request, connection);
        return;
    }
    if (path.startsWith(QLatin1String("/v2/queue"))) {
        handleQueue(request, connection);
        return;
    }
    if (path == QLatin1String("/v2/pods") || path.startsWith(QLatin1String("/v2/pods/"))) {
        handlePods(request, connection);
        return;
    }
    if (path == QLatin1String("/v2/groups") || path.startsWith(QLatin1String("/v2/groups/"))) {
        handleGroups(request, connection);
        return;
    }
    connection->respond(error(404, QStringLiteral("Not found: %1").arg(path)));
}

std::optional<HttpResponse> Marathon::parseDefinition(const QByteArray &body, QJsonObject *out) const
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return error(400, QStringLiteral("Invalid JSON"),
                     QJsonArray { QJsonObject {
                         { QStringLiteral("path"), QStringLiteral("/") },
                         { QStringLiteral("errors"),
                           QJsonArray { parseError.error != QJsonParseError::NoError
                                            ? parseError.errorString()
                                            : QStringLiteral("error.expected.jsobject") } } } });
    }
    *out = doc.object();
    return std::nullopt;
}

void Marathon::handleApps(const HttpRequest &request, HttpConnection *connection)
{
    if (request.method == "GET") {
        const QString idFilter = request.queryValue(QStringLiteral("id")).toLower();
        const QString cmdFilter = request.queryValue(QStringLiteral("cmd"));
        const QString labelFilter = request.queryValue(QStringLiteral("label"));
        const QStringList embed = request.queryValues(QStringLiteral("embed"));
        const bool withTasks = embed.contains(QStringLiteral("apps.tasks"));
        const bool withFailure = embed.contains(QStringLiteral("apps.lastTaskFailure"))
            || embed.contains(QStringLiteral("apps.failures"));
        QJsonArray apps;
        for (const App &a : std::as_const(m_apps)) {
            const QJsonObject &d = a.definition;
            if (!idFilter.isEmpty() && !d.value(QLatin1String("id")).toString().toLower().contains(idFilter))
                continue;
            if (!cmdFilter.isEmpty() && !d.value(QLatin1String("cmd")).toString().contains(cmdFilter))
                continue;
            if (!labelFilter.isEmpty()
                && !labelsMatch(d.value(QLatin1String("labels")).toObject(), labelFilter))
                continue;
            apps.append(appJson(a, withTasks, withFailure));
        }
        connection->respond(json(QJsonObject { { QStringLiteral("apps"), apps } }));
        return;
    }
    if (request.method == "PUT" || request.method == "PATCH") {
        updateApps(request, connection);
        return;
    }
    if (request.method != "POST") {
        connection->respond(error(405, QStringLiteral("Method not allowed")));
        return;
    }
    QJsonObject body;
    if (auto bad = parseDefinition(request.body, &body)) {
        connection->respond(*bad);
        return;
    }
    const QJsonArray details = AppDefinition::validate(body);
    if (!details.isEmpty()) {
        connection->respond(error(422, QStringLiteral("Object is not valid"), details));
        return;
    }
    const QJsonObject normalized = AppDefinition::normalize(body);
    const QString id = normalized.value(QLatin1String("id")).toString();
    if (m_apps.contains(id)) {
        connection->respond(
            json(QJsonObject { { QStringLiteral("id"), id },
                               { QStringLiteral("message"),
                                 QStringLiteral("An app with id [%1] already exists.").arg(id) } },
                 409));
        return;
    }
    App &app = createApp(normalized);
    Deployment &d = addDeployment(
        { { { QStringLiteral("StartApplication"), id } }, { { QStringLiteral("ScaleApplication"), id } } },
        { { id, std::nullopt } });
    emitEvent(QStringLiteral("api_post_event"),
              { { QStringLiteral("clientIp"), request.peer.toString() },
                { QStringLiteral("uri"), QString(QStringLiteral("/v2/apps") + id) },
                { QStringLiteral("appDefinition"), appJson(app, false, false) } });
    emitEvent(QStringLiteral("deployment_info"),
              { { QStringLiteral("plan"), planJson(d) }, { QStringLiteral("currentStep"), stepJson(d) } });
    HttpResponse r = json(appJson(app, false, false), 201);
    r.withHeader("Location", (leaderUrl() + QStringLiteral("/v2/apps") + id).toUtf8());
    r.withHeader("Marathon-Deployment-Id", d.id.toUtf8());
    connection->respond(r);
}

void Marathon::updateApps(const HttpRequest &request, HttpConnection *connection)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        const QString why = parseError.error != QJsonParseError::NoError
            ? parseError.errorString()
            : QStringLiteral("error.expected.jsarray");
        connection->respond(
            error(400, QStringLiteral("Invalid JSON"),
                  QJsonArray { QJsonObject { { QStringLiteral("path"), QStringLiteral("/") },
                                             { QStringLiteral("errors"), QJsonArray { why } } } }));
        return;
    }
    const bool partial = request.method == "PATCH"
        || request.queryValue(QStringLiteral("partialUpdate")) != QLatin1String("false");
    struct Planned
    {
        QString id;
        QJsonObject merged;
        bool create = false;
    };
    QList<Planned> planned;
    QJsonArray details;
    const QJsonArray items = doc.array();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject body = items[i].toObject();
        if (!body.value(QLatin1String("id")).isString()) {
            details.append(QJsonObject {
                { QStringLiteral("path"), QStringLiteral("/(%1)/id").arg(i) },
                { QStringLiteral("errors"), QJsonArray { QStringLiteral("error.path.missing") } } });
            continue;
        }
        const QString id = AppDefinition::absoluteId(body.value(QLatin1String("id")).toString());
        const auto it = m_apps.constFind(id);
        const bool exists = it != m_apps.cend() && !it->deleting;
        if (!exists && request.method == "PATCH") {
            connection->respond(error(404, QStringLiteral("App '%1' does not exist").arg(id)));
            return;
        }
        QJsonObject merged = exists && partial ? it->definition : QJsonObject();
        for (auto k = body.constBegin(); k != body.constEnd(); ++k)
            merged.insert(k.key(), k.value());
        merged.insert(QStringLiteral("id"), id);
        for (const QJsonValue &d : AppDefinition::validate(merged)) {
            QJsonObject o = d.toObject();
            o.insert(QStringLiteral("path"),
                     QStringLiteral("/(%1)%2").arg(i).arg(o.value(QLatin1String("path")).toString()));
            details.append(o);
        }
        planned.append({ id, merged, !exists });
    }
    if (!details.isEmpty()) {
        connection->respond(error(422, QStringLiteral("Object is not valid"), details));
        return;
    }
    QStringList ids;
    for (const Planned &p : planned)
        ids.append(p.id);
    const QStringList blocking = blockingDeployments(ids);
    if (!blocking.isEmpty() && !request.queryFlag(QStringLiteral("force"))) {
        connection->respond(locked(blocking));
        return;
    }
    cancelDeployments(blocking, QStringLiteral("Cancelled by a forced update"));
    QList<Action> starts;
    QList<Action> changes;
    QHash<QString, std::optional<QJsonObject>> original;
    for (const Planned &p : planned) {
        const QJsonObject normalized = AppDefinition::normalize(p.merged);
        if (p.create) {
            createApp(normalized);
            starts.append({ QStringLiteral("StartApplication"), p.id });
            changes.append({ QStringLiteral("ScaleApplication"), p.id });
            original.insert(p.id, std::nullopt);
        } else {
            App &app = m_apps[p.id];
            const QJsonObject previous = app.definition;
            QJsonObject a = normalized;
            QJsonObject b = previous;
            a.remove(QStringLiteral("instances"));
            b.remove(QStringLiteral("instances"));
            const Change change = a == b ? Change::Scale : Change::Config;
            updateApp(app, normalized, change);
            const bool restart = change == Change::Config && app.definition != previous;
            changes.append(
                { restart ? QStringLiteral("RestartApplication") : QStringLiteral("ScaleApplication"),
                  p.id });
            original.insert(p.id, previous);
        }
        emitEvent(QStringLiteral("api_post_event"),
                  { { QStringLiteral("clientIp"), request.peer.toString() },
                    { QStringLiteral("uri"), QStringLiteral("/v2/apps") },
                    { QStringLiteral("appDefinition"), appJson(m_apps[p.id], false, false) } });
    }
    QList<QList<Action>> steps;
    if (!starts.isEmpty())
        steps.append(starts);
    steps.append(changes);
    Deployment &d = addDeployment(steps, original);
    emitEvent(QStringLiteral("deployment_info"),
              { { QStringLiteral("plan"), planJson(d) }, { QStringLiteral("currentStep"), stepJson(d) } });
    connection->respond(deploymentResult(d));
}

void Marathon::handleApp(const QString &appId, const QString &suffix, const HttpRequest &request,
                         HttpConnection *connection)
{
    const bool force = request.queryFlag(QStringLiteral("force"));
    const QByteArray method = request.method;

    // /v2/apps/<group>/*
    if (suffix.isEmpty() && appId.endsWith(QLatin1String("/*")) && method == "GET") {
        const QString group = appId.chopped(1);
        QJsonArray apps;
        for (auto it = m_apps.cbegin(); it != m_apps.cend(); ++it) {
            if (it.key().startsWith(group))
                apps.append(appJson(it.value(), true, true));
        }
        connection->respond(json(QJsonObject { { QStringLiteral("*"), apps } }));
        return;
    }

    auto it = m_apps.find(appId);
    const bool exists = it != m_apps.end() && !it->deleting;
    auto notFound
        = [&] { connection->respond(error(404, QStringLiteral("App '%1' does not exist").arg(appId))); };

    if (suffix.isEmpty()) {
        if (method == "GET") {
            if (!exists)
                return notFound();
            connection->respond(json(QJsonObject { { QStringLiteral("app"), appJson(*it, true, true) } }));
            return;
        }
        if (method == "DELETE") {
            if (!exists)
                return notFound();
            cancelDeployments(blockingDeployments({ appId }),
                              QStringLiteral("Cancelled by the deletion of %1").arg(appId));
            it->deleting = true;
            m_dirty.insert(appId);
            Deployment &d = addDeployment({ { { QStringLiteral("StopApplication"), appId } } },
                                          { { appId, it->definition } });
            emitEvent(
                QStringLiteral("deployment_info"),
                { { QStringLiteral("plan"), planJson(d) }, { QStringLiteral("currentStep"), stepJson(d) } });
            connection->respond(deploymentResult(d));
            return;
        }
        if (method == "PUT" || method == "PATCH") {
            QJsonObject body;
            if (auto bad = parseDefinition(request.body, &body)) {
                connection->respond(*bad);
                return;
            }
            if (method == "PATCH" && !exists)
                return notFound();
            body.insert(QStringLiteral("id"), appId);
            if (!exists) {
                const QJsonArray details = AppDefinition::validate(body);
                if (!details.isEmpty()) {
                    connection->respond(error(422, QStringLiteral("Object is not valid"), details));
                    return;
                }
                App &app = createApp(AppDefinition::normalize(body));
                Deployment &d = addDeployment({ { { QStringLiteral("StartApplication"), appId } },
                                                { { QStringLiteral("ScaleApplication"), appId } } },
                                              { { appId, std::nullopt } });
                emitEvent(QStringLiteral("api_post_event"),
                          { { QStringLiteral("clientIp"), request.peer.toString() },
                            { QStringLiteral("uri"), QString(QStringLiteral("/v2/apps") + appId) },
                            { QStringLiteral("appDefinition"), appJson(app, false, false) } });
                emitEvent(QStringLiteral("deployment_info"),
                          { { QStringLiteral("plan"), planJson(d) },
                            { QStringLiteral("currentStep"), stepJson(d) } });
                connection->respond(deploymentResult(d, 201));
                return;
            }
            QJsonObject merged;
            if (body.size() == 2 && body.contains(QLatin1String("version"))) {
                const QString wanted = body.value(QLatin1String("version")).toString();
                const auto v = std::find_if(it->versions.cbegin(), it->versions.cend(),
                                            [&](const auto &p) { return p.first == wanted; });
                if (v == it->versions.cend()) {
                    connection->respond(
                        error(404, QStringLiteral("Version %1 of app %2 does not exist").arg(wanted, appId)));
                    return;
                }
                merged = v->second;
            } else if (method == "PUT"
                       && request.queryValue(QStringLiteral("partialUpdate")) == QLatin1String("false")) {
                merged = body;
            } else {
                merged = it->definition;
                for (auto k = body.constBegin(); k != body.constEnd(); ++k)
                    merged.insert(k.key(), k.value());
            }
            const QJsonArray details = AppDefinition::validate(merged);
            if (!details.isEmpty()) {
                connection->respond(error(422, QStringLiteral("Object is not valid"), details));
                return;
            }
            const QStringList blocking = blockingDeployments({ appId });
            if (!blocking.isEmpty() && !force) {
                connection->respond(locked(blocking));
                return;
            }
            cancelDeployments(blocking, QStringLiteral("Cancelled by a forced update of %1").arg(appId));
            QJsonObject normalized = AppDefinition::normalize(merged);
            QJsonObject withoutInstances = normalized;
            QJsonObject oldWithoutInstances = it->definition;
            withoutInstances.remove(QStringLiteral("instances"));
            oldWithoutInstances.remove(QStringLiteral("instances"));
            // Service ports were assigned: compare with them in place.
            const QJsonObject previous = it->definition;
            const Change change = withoutInstances == oldWithoutInstances ? Change::Scale : Change::Config;
            updateApp(*it, normalized, change);
            const bool configChanged = change == Change::Config && it->definition != previous;
            Deployment &d = addDeployment({ { { configChanged ? QStringLiteral("RestartApplication")
                                                              : QStringLiteral("ScaleApplication"),
                                                appId } } },
                                          { { appId, previous } });
            emitEvent(QStringLiteral("api_post_event"),
                      { { QStringLiteral("clientIp"), request.peer.toString() },
                        { QStringLiteral("uri"), QString(QStringLiteral("/v2/apps") + appId) },
                        { QStringLiteral("appDefinition"), appJson(*it, false, false) } });
            emitEvent(
                QStringLiteral("deployment_info"),
                { { QStringLiteral("plan"), planJson(d) }, { QStringLiteral("currentStep"), stepJson(d) } });
            connection->respond(deploymentResult(d));
            return;
        }
        connection->respond(error(405, QStringLiteral("Method not allowed")));
        return;
    }

    if (!exists)
        return notFound();

    if (suffix == QLatin1String("/restart")) {
        if (method != "POST") {
            connection->respond(error(405, QStringLiteral("Method not allowed")));
            return;
        }
        const QStringList blocking = blockingDeployments({ appId });
        if (!blocking.isEmpty() && !force) {
            connection->respond(locked(blocking));
            return;
        }
        cancelDeployments(blocking, QStringLiteral("Cancelled by a forced restart of %1").arg(appId));
        const QJsonObject previous = it->definition;
        updateApp(*it, it->definition, Change::Config);
        Deployment &d
            = addDeployment({ { { QStringLiteral("RestartApplication"), appId } } }, { { appId, previous } });
        emitEvent(
            QStringLiteral("deployment_info"),
            { { QStringLiteral("plan"), planJson(d) }, { QStringLiteral("currentStep"), stepJson(d) } });
        connection->respond(deploymentResult(d));
        return;
    }
    if (suffix == QLatin1String("/versions")) {
        QJsonArray versions;
        for (auto v = it->versions.crbegin(); v != it->versions.crend(); ++v)
            versions.append(v->first);
        connection->respond(json(QJsonObject { { QStringLiteral("versions"), versions } }));
        return;
    }
    if (suffix.startsWith(QLatin1String("/versions/"))) {
        const QString wanted = suffix.mid(10);
        for (const auto &[version, definition] : std::as_const(it->versions)) {
            if (version == wanted) {
                QJsonObject o = definition;
                o.insert(QStringLiteral("version"), version);
                connection->respond(json(o));
                return;
            }
        }
        connection->respond(
            error(404, QStringLiteral("Version %1 of app %2 does not exist").arg(wanted, appId)));
        return;
    }
    if (suffix == QLatin1String("/tasks") && method == "GET") {
        QJsonArray tasks;
        for (const TaskPtr &t : tasksOf(appId))
            tasks.append(taskJson(*t, false));
        connection->respond(json(QJsonObject { { QStringLiteral("tasks"), tasks } }));
        return;
    }
    if (suffix.startsWith(QLatin1String("/tasks")) && method == "DELETE") {
        const bool scale = request.queryFlag(QStringLiteral("scale"));
        if (scale && request.queryFlag(QStringLiteral("wipe"))) {
            connection->respond(
                error(400, QStringLiteral("You cannot use scale and wipe at the same time.")));
            return;
        }
        QList<TaskPtr> victims;
        const QString one = suffix.mid(7);
        if (!one.isEmpty()) {
            const TaskPtr t = m_cluster.task(one);
            if (!t || t->appId != appId || isTerminal(t->state)) {
                connection->respond(error(404, QStringLiteral("Task '%1' does not exist").arg(one)));
                return;
            }
            victims.append(t);
        } else {
            const QString host = request.queryValue(QStringLiteral("host"));
            for (const TaskPtr &t : tasksOf(appId)) {
                if (host.isEmpty() || host == QLatin1String("*")
                    || m_cluster.agents()[size_t(t->agent)].hostname == host)
                    victims.append(t);
            }
        }
        if (scale) {
            const QStringList blocking = blockingDeployments({ appId });
            if (!blocking.isEmpty() && !force) {
                connection->respond(locked(blocking));
                return;
            }
            cancelDeployments(blocking, QStringLiteral("Cancelled by a forced kill of %1").arg(appId));
            QJsonObject def = it->definition;
            const QJsonObject previous = def;
            def.insert(QStringLiteral("instances"),
                       qMax(0, def.value(QLatin1String("instances")).toInt() - int(victims.size())));
            updateApp(*it, def, Change::Scale);
            for (const TaskPtr &t : victims)
                m_cluster.killTask(t->id);
            Deployment &d = addDeployment({ { { QStringLiteral("ScaleApplication"), appId } } },
                                          { { appId, previous } });
            emitEvent(
                QStringLiteral("deployment_info"),
                { { QStringLiteral("plan"), planJson(d) }, { QStringLiteral("currentStep"), stepJson(d) } });
            connection->respond(deploymentResult(d));
            return;
        }
        QJsonArray killed;
        for (const TaskPtr &t : victims) {
            killed.append(taskJson(*t, false));
            m_cluster.killTask(t->id);
        }
        if (!one.isEmpty())
            connection->respond(json(QJsonObject { { QStringLiteral("task"), killed.first() } }));
        else
            connection->respond(json(QJsonObject { { QStringLiteral("tasks"), killed } }));
        return;
    }
    connection->respond(error(405, QStringLiteral("Method not allowed")));
}

void Marathon::handleTasks(const HttpRequest &request, HttpConnection *connection)
{
    if (request.path == QLatin1String("/v2/tasks/delete")) {
        if (request.method != "POST") {
            connection->respond(error(405, QStringLiteral("Method not allowed")));
            return;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (!doc.isObject() || !doc.object().value(QLatin1String("ids")).isArray()) {
            connection->respond(error(
                400, QStringLiteral("Invalid JSON"),
                QJsonArray { QJsonObject {
                    { QStringLiteral("path"), QStringLiteral("/ids") },
                    { QStringLiteral("errors"), QJsonArray { QStringLiteral("error.path.missing") } } } }));
            return;
        }
        const bool scale = request.queryFlag(QStringLiteral("scale"));
        const bool force = request.queryFlag(QStringLiteral("force"));
        if (scale && request.queryFlag(QStringLiteral("wipe"))) {
            connection->respond(
                error(400, QStringLiteral("You cannot use scale and wipe at the same time.")));
            return;
        }
        QList<TaskPtr> victims;
        for (const QJsonArray items = doc.object().value(QLatin1String("ids")).toArray();
             const QJsonValue &v : items) {
            const QString id = v.toString();
            if (!id.contains(QLatin1Char('.')) || id.startsWith(QLatin1Char('.'))) {
                connection->respond(error(
                    400,
                    QStringLiteral(
                        "Invalid task id '%1'. A task id must contain the app id, a '.' and a unique part.")
                        .arg(id)));
                return;
            }
            const TaskPtr t = m_cluster.task(id);
            if (t && !isTerminal(t->state) && m_apps.contains(t->appId))
                victims.append(t);
        }
        if (scale) {
            QStringList appIds;
            for (const TaskPtr &t : victims) {
                if (!appIds.contains(t->appId))
                    appIds.append(t->appId);
            }
            const QStringList blocking = blockingDeployments(appIds);
            if (!blocking.isEmpty() && !force) {
                connection->respond(locked(blocking));
                return;
            }
            cancelDeployments(blocking, QStringLiteral("Cancelled by a forced kill"));
            QList<Action> actions;
            QHash<QString, std::optional<QJsonObject>> original;
            for (const QString &appId : appIds) {
                App &app = m_apps[appId];
                QJsonObject def = app.definition;
                original.insert(appId, def);
                const int n = int(std::count_if(victims.cbegin(), victims.cend(),
                                                [&](const TaskPtr &t) { return t->appId == appId; }));
                def.insert(QStringLiteral("instances"),
                           qMax(0, def.value(QLatin1String("instances")).toInt() - n));
                updateApp(app, def, Change::Scale);
                actions.append({ QStringLiteral("ScaleApplication"), appId });
            }
            for (const TaskPtr &t : victims)
                m_cluster.killTask(t->id);
            Deployment &d = addDeployment({ actions }, original);
            emitEvent(
                QStringLiteral("deployment_info"),
                { { QStringLiteral("plan"), planJson(d) }, { QStringLiteral("currentStep"), stepJson(d) } });
            connection->respond(deploymentResult(d));
            return;
        }
        QJsonArray killed;
        for (const TaskPtr &t : victims) {
            killed.append(taskJson(*t, false));
            m_cluster.killTask(t->id);
        }
        connection->respond(json(QJsonObject { { QStringLiteral("tasks"), killed } }));
        return;
    }

    if (request.method != "GET") {
        connection->respond(error(405, QStringLiteral("Method not allowed")));
        return;
    }
    QStringList statuses
        = request.queryValues(QStringLiteral("status")) + request.queryValues(QStringLiteral("status[]"));
    auto wanted = [&](const Task &t) {
        if (statuses.isEmpty())
            return true;
        if (statuses.contains(QStringLiteral("running")) && t.state == TaskState::Running)
            return true;
        return statuses.contains(QStringLiteral("staging"))
            && (t.state == TaskState::Staging || t.state == TaskState::Starting);
    };
    if (request.header("accept").startsWith("text/plain")) {
        QByteArray out;
        for (auto it = m_apps.cbegin(); it != m_apps.cend(); ++it) {
            const QList<TaskPtr> tasks = tasksOf(it.key());
            const QByteArray name = taskPrefix(it.key()).toUtf8();
            const QList<int> service = it->servicePorts.isEmpty() ? QList<int> { -1 } : it->servicePorts;
            for (qsizetype i = 0; i < service.size(); ++i) {
                out += name + '\t' + (service[i] < 0 ? QByteArray(" ") : QByteArray::number(service[i]));
                for (const TaskPtr &t : tasks) {
                    if (wanted(*t) && i < t->ports.size())
                        out += '\t' + m_cluster.agents()[size_t(t->agent)].hostname.toUtf8() + ':'
                            + QByteArray::number(t->ports[i]);
                }
                out += '\n';
            }
        }
        connection->respond(HttpResponse::text(out));
        return;
    }
    QJsonArray tasks;
    for (auto it = m_appTasks.cbegin(); it != m_appTasks.cend(); ++it) {
        for (const TaskPtr &t : it.value()) {
            if (wanted(*t))
                tasks.append(taskJson(*t, true));
        }
    }
    connection->respond(json(QJsonObject { { QStringLiteral("tasks"), tasks } }));
}

void Marathon::handleDeployments(const HttpRequest &request, HttpConnection *connection)
{
    const QString id = request.path.mid(QStringLiteral("/v2/deployments").size()).remove(0, 1);
    if (id.isEmpty()) {
        if (request.method != "GET") {
            connection->respond(error(405, QStringLiteral("Method not allowed")));
            return;
        }
        QJsonArray list;
        for (const Deployment &d : std::as_const(m_deployments))
            list.append(deploymentJson(d));
        connection->respond(json(list));
        return;
    }
    if (request.method != "DELETE") {
        connection->respond(error(405, QStringLiteral("Method not allowed")));
        return;
    }
    const auto found = std::find_if(m_deployments.cbegin(), m_deployments.cend(),
                                    [&](const Deployment &d) { return d.id == id; });
    if (found == m_deployments.cend()) {
        connection->respond(error(404, QStringLiteral("DeploymentPlan %1 does not exist").arg(id)));
        return;
    }
    const Deployment cancelled = *found;
    cancelDeployments({ id },
                      request.queryFlag(QStringLiteral("force"))
                          ? QStringLiteral("Deployment was forcefully cancelled")
                          : QStringLiteral("Deployment was rolled back"));
    if (request.queryFlag(QStringLiteral("force"))) {
        HttpResponse r = HttpResponse::empty(202);
        r.contentType = "application/json";
        connection->respond(r);
        return;
    }
    // Roll back: every affected app returns to its definition before the deployment.
    QList<Action> actions;
    QHash<QString, std::optional<QJsonObject>> original;
    for (auto it = cancelled.original.cbegin(); it != cancelled.original.cend(); ++it) {
        const QString appId = it.key();
        auto app = m_apps.find(appId);
        if (!it.value()) {
            if (app != m_apps.end()) {
                original.insert(appId, app->definition);
                app->deleting = true;
                m_dirty.insert(appId);
                actions.append({ QStringLiteral("StopApplication"), appId });
            }
            continue;
        }
        if (app == m_apps.end()) {
            createApp(*it.value());
            original.insert(appId, std::nullopt);
            actions.append({ QStringLiteral("StartApplication"), appId });
            actions.append({ QStringLiteral("ScaleApplication"), appId });
            continue;
        }
        original.insert(appId, app->definition);
        app->deleting = false;
        QJsonObject a = app->definition, b = *it.value();
        a.remove(QStringLiteral("instances"));
        b.remove(QStringLiteral("instances"));
        const Change change = a == b ? Change::Scale : Change::Config;
        updateApp(*app, *it.value(), change);
        actions.append({ change == Change::Scale ? QStringLiteral("ScaleApplication")
                                                 : QStringLiteral("RestartApplication"),
                         appId });
    }
    Deployment &d = addDeployment({ actions }, original);
    emitEvent(QStringLiteral("deployment_info"),
              { { QStringLiteral("plan"), planJson(d) }, { QStringLiteral("currentStep"), stepJson(d) } });
    connection->respond(deploymentResult(d));
}

void Marathon::handleQueue(const HttpRequest &request, HttpConnection *connection)
{
    if (request.method == "DELETE" && request.path.endsWith(QLatin1String("/delay"))) {
        const QString appId = AppDefinition::absoluteId(request.path.mid(9).chopped(6));
        auto it = m_apps.find(appId);
        if (it == m_apps.end()) {
            connection->respond(
                error(404, QStringLiteral("Application %1 not found in tasks queue.").arg(appId)));
            return;
        }
        it->delayUntilMs = 0;
        it->consecutiveFailures = 0;
        m_dirty.insert(appId);
        connection->respond(HttpResponse::empty(204));
        return;
    }
    const bool withOffers
        = request.queryValues(QStringLiteral("embed")).contains(QStringLiteral("lastUnusedOffers"));
    QJsonArray queue;
    for (const App &a : std::as_const(m_apps)) {
        if (a.deleting)
            continue;
        const QString id = a.definition.value(QLatin1String("id")).toString();
        int current = 0;
        for (const TaskPtr &t : tasksOf(id)) {
            if (!t->killRequested && t->configVersion == a.lastConfigChangeAt)
                ++current;
        }
        const int missing = a.definition.value(QLatin1String("instances")).toInt() - current;
        if (missing <= 0)
            continue;
        queue.append(queueEntry(a, missing, withOffers));
    }
    connection->respond(json(QJsonObject { { QStringLiteral("queue"), queue } }));
}

QJsonObject Marathon::queueEntry(const App &a, int missing, bool withOffers) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 left = qMax<qint64>(0, a.delayUntilMs - now);
    QJsonObject summary { { QStringLiteral("processedOffersCount"), a.processedOffers },
                          { QStringLiteral("unusedOffersCount"), a.unusedOffers } };
    if (a.lastUnusedOfferAtMs > 0)
        summary.insert(QStringLiteral("lastUnusedOfferAt"), iso(a.lastUnusedOfferAtMs));
    if (a.lastUsedOfferAtMs > 0)
        summary.insert(QStringLiteral("lastUsedOfferAt"), iso(a.lastUsedOfferAtMs));
    // The last offer of every agent, each under the first reason that declined it.
    QHash<QString, int> last;
    for (const QStringList &why : a.lastOffers) {
        if (!why.isEmpty())
            last[OfferMatcher::funnelReason(why)] += 1;
    }
    summary.insert(QStringLiteral("rejectSummaryLastOffers"), funnelSteps(int(a.lastOffers.size()), last));
    summary.insert(QStringLiteral("rejectSummaryLaunchAttempt"),
                   funnelSteps(a.processedOffers, a.attemptRejects));
    QJsonObject entry { { QStringLiteral("app"), appJson(a, false, false) },
                        { QStringLiteral("count"), missing },
                        { QStringLiteral("role"), QStringLiteral("*") },
                        { QStringLiteral("delay"),
                          QJsonObject {
                              { QStringLiteral("timeLeftSeconds"), int(std::ceil(double(left) / 1000.0)) },
                              { QStringLiteral("overdue"), left == 0 } } },
                        { QStringLiteral("since"), iso(a.queuedSinceMs ? a.queuedSinceMs : now) },
                        { QStringLiteral("processedOffersSummary"), summary } };
    if (withOffers) {
        QJsonArray offers;
        for (const UnusedOffer &u : a.lastUnused)
            offers.append(
                QJsonObject { { QStringLiteral("offer"), u.offer },
                              { QStringLiteral("timestamp"), iso(u.atMs) },
                              { QStringLiteral("reason"), QJsonArray::fromStringList(u.reasons) } });
        entry.insert(QStringLiteral("lastUnusedOffers"), offers);
    }
    return entry;
}

// ---------------------------------------------------------------- apps and deployments

void Marathon::assignServicePorts(App &app)
{
    QJsonObject &d = app.definition;
    app.servicePorts.clear();
    auto assign = [&](QJsonArray list, const char *key) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject p = list[i].toObject();
            int port = p.value(QLatin1String(key)).toInt(0);
            if (port == 0) {
                port = m_nextServicePort++;
                p.insert(QLatin1String(key), port);
            }
            app.servicePorts.append(port);
            list[i] = p;
        }
        return list;
    };
    if (d.contains(QLatin1String("portDefinitions"))) {
        d.insert(QStringLiteral("portDefinitions"),
                 assign(d.value(QLatin1String("portDefinitions")).toArray(), "port"));
    } else {
        QJsonObject container = d.value(QLatin1String("container")).toObject();
        if (container.contains(QLatin1String("portMappings"))) {
            container.insert(QStringLiteral("portMappings"),
                             assign(container.value(QLatin1String("portMappings")).toArray(), "servicePort"));
            d.insert(QStringLiteral("container"), container);
        }
    }
}

Marathon::App &Marathon::createApp(const QJsonObject &normalized)
{
    const QString id = normalized.value(QLatin1String("id")).toString();
    App app;
    app.definition = normalized;
    assignServicePorts(app);
    app.version = newVersion();
    app.lastScalingAt = app.version;
    app.lastConfigChangeAt = app.version;
    app.versions.append({ app.version, app.definition });
    app.queuedSinceMs = QDateTime::currentMSecsSinceEpoch();
    m_apps.insert(id, app);
    m_dirty.insert(id);
    m_cluster.touch();
    return m_apps[id];
}

void Marathon::updateApp(App &app, const QJsonObject &normalized, Change change)
{
    app.definition = normalized;
    assignServicePorts(app);
    app.version = newVersion();
    app.lastScalingAt = app.version;
    if (change == Change::Config) {
        app.lastConfigChangeAt = app.version;
        app.consecutiveFailures = 0;
        app.delayUntilMs = 0;
    }
    app.versions.append({ app.version, app.definition });
    app.queuedSinceMs = QDateTime::currentMSecsSinceEpoch();
    m_dirty.insert(app.definition.value(QLatin1String("id")).toString());
    m_cluster.touch();
}

QStringList Marathon::blockingDeployments(const QStringList &appIds) const
{
    QStringList ids;
    for (const Deployment &d : m_deployments) {
        for (const QString &a : appIds) {
            if (d.apps.contains(a) && !ids.contains(d.id))
                ids.append(d.id);
        }
    }
    return ids;
}

void Marathon::cancelDeployments(const QStringList &ids, const QString &reason)
{
    for (const QString &id : ids) {
        const auto it = std::find_if(m_deployments.begin(), m_deployments.end(),
                                     [&](const Deployment &d) { return d.id == id; });
        if (it == m_deployments.end())
            continue;
        const Deployment d = *it;
        m_deployments.erase(it);
        emitEvent(QStringLiteral("deployment_failed"),
                  { { QStringLiteral("id"), d.id },
                    { QStringLiteral("plan"), planJson(d) },
                    { QStringLiteral("reason"), reason } });
    }
}

Marathon::Deployment &Marathon::addDeployment(const QList<QList<Action>> &steps,
                                              const QHash<QString, std::optional<QJsonObject>> &original)
{
    Deployment d;
    d.id = uuid();
    d.version = newVersion();
    d.steps = steps;
    d.original = original;
    for (const QList<Action> &step : steps) {
        for (const Action &a : step) {
            if (!d.apps.contains(a.second))
                d.apps.append(a.second);
        }
    }
    m_deployments.append(d);
    m_cluster.touch();
    // Marathon publishes this after every change of its root group that made a plan
    // (GroupManagerImpl.updateRootEither): apps created, changed, scaled, restarted,
    // killed with scale, deleted. The group is the one changed: an app's parent, else the root.
    QString group;
    for (const QString &app : std::as_const(d.apps)) {
        const QString parent = app.section(u'/', 0, -2).isEmpty() ? QStringLiteral("/") : app.section(u'/', 0, -2);
        group = group.isNull() || group == parent ? parent : QStringLiteral("/");
    }
    emitEvent(QStringLiteral("group_change_success"),
              { { QStringLiteral("groupId"), group.isNull() ? QStringLiteral("/") : group },
                { QStringLiteral("version"), d.version } });
    return m_deployments.last();
}

// ---------------------------------------------------------------- scheduling

QString Marathon::standInCommand(const QString &image) const
{
    const Options &o = m_cluster.options();
    if (o.dockerStandIns.contains(image))
        return o.dockerStandIns.value(image);
    if (!o.standInExecutable.isEmpty() && QFileInfo(o.standInExecutable).isExecutable())
        return QStringLiteral("exec %1 --serve-http \"$PORT0\" --task-id \"$MESOS_TASK_ID\"")
            .arg(shellQuote(o.standInExecutable));
    return QStringLiteral("echo 'localcluster: no stand-in command for Docker image %1' >&2; exit 1")
        .arg(image);
}

bool Marathon::launch(App &app)
{
    const QJsonObject &d = app.definition;
    const QString appId = d.value(QLatin1String("id")).toString();
    if (app.synthetic) // scale mode churn: replacements are synthetic too
        return m_cluster.launchSyntheticTask(newTask(appId, app)) != nullptr;
    const int agent = matchOffers(app);
    if (agent < 0)
        return false;
    Task spec = newTask(appId, app);
    spec.agent = agent;
    if (d.contains(QLatin1String("taskKillGracePeriodSeconds")))
        spec.killGracePeriodMs = int(d.value(QLatin1String("taskKillGracePeriodSeconds")).toDouble() * 1000);
    for (const QJsonArray items = d.value(QLatin1String("portDefinitions")).toArray();
         const QJsonValue &p : items)
        spec.portNames.append(p.toObject().value(QLatin1String("name")).toString());
    const QJsonObject container = d.value(QLatin1String("container")).toObject();
    for (const QJsonArray items = container.value(QLatin1String("portMappings")).toArray();
         const QJsonValue &m : items) {
        const QJsonObject mo = m.toObject();
        if (!mo.contains(QLatin1String("hostPort")))
            continue;
        PortMapping pm;
        pm.containerPort = mo.value(QLatin1String("containerPort")).toInt();
        pm.protocol = mo.value(QLatin1String("protocol")).toString(QStringLiteral("tcp"));
        pm.name = mo.value(QLatin1String("name")).toString();
        spec.portMappings.append(pm);
        spec.portNames.append(pm.name);
    }
    if (!container.value(QLatin1String("portMappings")).toArray().isEmpty())
        spec.dockerNetwork = QStringLiteral("BRIDGE");

    LaunchSpec launch;
    if (AppDefinition::isDocker(d)) {
        spec.dockerImage = AppDefinition::dockerImage(d);
        if (spec.dockerNetwork.isEmpty())
            spec.dockerNetwork = QStringLiteral("HOST");
        launch.shell = standInCommand(spec.dockerImage);
        launch.env.insert(QStringLiteral("MARATHON_APP_DOCKER_IMAGE"), spec.dockerImage);
    } else if (d.value(QLatin1String("cmd")).isString()) {
        launch.shell = d.value(QLatin1String("cmd")).toString();
    } else {
        for (const QJsonArray items = d.value(QLatin1String("args")).toArray(); const QJsonValue &a : items)
            launch.argv.append(a.toString());
    }
    spec.command = launch.shell.isEmpty() ? launch.argv.join(QLatin1Char(' ')) : launch.shell;
    const QJsonObject env = d.value(QLatin1String("env")).toObject();
    for (auto it = env.constBegin(); it != env.constEnd(); ++it) {
        if (it.value().isString())
            launch.env.insert(it.key(), it.value().toString());
    }
    launch.env.insert(QStringLiteral("MARATHON_APP_ID"), appId);
    launch.env.insert(QStringLiteral("MARATHON_APP_VERSION"), app.version);
    launch.env.insert(QStringLiteral("MARATHON_APP_RESOURCE_CPUS"), QString::number(spec.cpus));
    launch.env.insert(QStringLiteral("MARATHON_APP_RESOURCE_MEM"), QString::number(spec.mem));
    if (!m_cluster.options().standInExecutable.isEmpty())
        launch.env.insert(QStringLiteral("LOCALCLUSTER_BIN"), m_cluster.options().standInExecutable);

    const TaskPtr task = m_cluster.launchTask(spec, launch);
    const QJsonArray checks = d.value(QLatin1String("healthChecks")).toArray();
    task->health = QList<HealthResult>(checks.size());
    return true;
}

int Marathon::matchOffers(App &app)
{
    const QJsonObject &d = app.definition;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto &agents = m_cluster.agents();
    QList<const AgentNode *> placed;
    for (const TaskPtr &t : tasksOf(d.value(QLatin1String("id")).toString())) {
        if (!t->killRequested && t->agent >= 0)
            placed.append(&agents[size_t(t->agent)]);
    }
    // Spread: of the agents that fit, the one with the most free CPU.
    int best = -1;
    double bestFree = -1;
    for (const AgentNode &a : agents) {
        // Deactivated (also draining or drained) agents and machines down get no offers.
        if (!a.connected || a.synthetic || a.deactivated)
            continue;
        const QStringList why = OfferMatcher::reasons(d, a, placed);
        app.processedOffers += 1;
        app.lastOffers.insert(a.index, why);
        if (!why.isEmpty()) {
            app.unusedOffers += 1;
            app.attemptRejects[OfferMatcher::funnelReason(why)] += 1;
            const QString offerId = QStringLiteral("%1-O%2").arg(m_cluster.clusterId()).arg(++m_nextOffer);
            app.lastUnused.insert(a.index, { OfferMatcher::offerJson(a, offerId), why, now });
            app.lastUnusedOfferAtMs = now;
            continue;
        }
        app.lastUnused.remove(a.index);
        const double free = a.cpus - a.usedCpus;
        if (free > bestFree) {
            best = a.index;
            bestFree = free;
        }
    }
    if (best < 0)
        app.nextOfferRoundMs = now + kOfferRoundMs;
    else
        app.lastUsedOfferAtMs = now;
    return best;
}

void Marathon::clearOfferStatistics(App &app)
{
    app.processedOffers = 0;
    app.unusedOffers = 0;
    app.attemptRejects.clear();
    app.lastOffers.clear();
    app.lastUnused.clear();
    app.lastUnusedOfferAtMs = 0;
    app.lastUsedOfferAtMs = 0;
    app.nextOfferRoundMs = 0;
}

bool Marathon::reconcile(App &app)
{
    const QString appId = app.definition.value(QLatin1String("id")).toString();
    const QList<TaskPtr> tasks = tasksOf(appId);
    if (app.deleting) {
        for (const TaskPtr &t : tasks) {
            if (!t->killRequested)
                m_cluster.killTask(t->id);
        }
        return false;
    }
    const int instances = app.definition.value(QLatin1String("instances")).toInt();
    QList<TaskPtr> current;
    QList<TaskPtr> old;
    for (const TaskPtr &t : tasks) {
        if (t->killRequested)
            continue;
        (t->configVersion == app.lastConfigChangeAt ? current : old).append(t);
    }
    if (current.size() > instances) {
        std::sort(current.begin(), current.end(), [&](const TaskPtr &a, const TaskPtr &b) {
            const bool youngest = app.definition.value(QLatin1String("killSelection")).toString()
                != QLatin1String("OLDEST_FIRST");
            return youngest ? a->stagedAtMs > b->stagedAtMs : a->stagedAtMs < b->stagedAtMs;
        });
        for (qsizetype i = 0; i < current.size() - instances; ++i)
            m_cluster.killTask(current[i]->id);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (current.size() >= instances)
        clearOfferStatistics(app); // Marathon's LaunchFinished
    else if (now >= app.delayUntilMs && now >= app.nextOfferRoundMs) {
        for (qsizetype i = current.size(); i < instances; ++i) {
            if (!launch(app))
                break;
        }
    }
    // Old tasks go once the new ones run (and are healthy).
    if (!old.isEmpty()) {
        const qsizetype ready = std::count_if(current.cbegin(), current.cend(), [this](const TaskPtr &t) {
            return t->state == TaskState::Running && isHealthy(*t);
        });
        if (ready >= instances) {
            for (const TaskPtr &t : old)
                m_cluster.killTask(t->id);
        }
        return false;
    }
    // Settled: nothing to do until a task or the definition changes.
    return current.size() == instances;
}

bool Marathon::converged(const App &app) const
{
    const int instances = app.definition.value(QLatin1String("instances")).toInt();
    int ready = 0;
    for (const TaskPtr &t : tasksOf(app.definition.value(QLatin1String("id")).toString())) {
        if (t->configVersion != app.lastConfigChangeAt || t->killRequested)
            return false;
        if (t->state == TaskState::Running && isHealthy(*t))
            ++ready;
        else
            return false;
    }
    return ready == instances;
}

bool Marathon::actionDone(const Action &action)
{
    if (isPodAction(action.first))
        return podActionDone(action);
    const QString &appId = action.second;
    auto it = m_apps.find(appId);
    if (action.first == QLatin1String("StartApplication"))
        return true;
    if (action.first == QLatin1String("StopApplication")) {
        if (it == m_apps.end())
            return true;
        if (!tasksOf(appId).isEmpty())
            return false;
        m_health->stop(appId);
        m_apps.erase(it);
        m_appTasks.remove(appId);
        m_cluster.touch();
        emitEvent(QStringLiteral("app_terminated_event"), { { QStringLiteral("appId"), appId } });
        return true;
    }
    return it == m_apps.end() || converged(*it);
}

void Marathon::tick()
{
    const QSet<QString> dirty = m_dirty;
    for (const QString &id : dirty) {
        auto it = m_apps.find(id);
        if (it != m_apps.end()) {
            if (reconcile(*it))
                m_dirty.remove(id);
            continue;
        }
        auto pod = m_pods.find(id);
        if (pod == m_pods.end() || reconcilePod(*pod))
            m_dirty.remove(id);
    }
    // Deployments progress step by step.
    for (qsizetype i = 0; i < m_deployments.size();) {
        Deployment &d = m_deployments[i];
        const QList<Action> step = d.steps.value(d.currentStep - 1);
        bool done = true;
        for (const Action &a : step)
            done = actionDone(a) && done;
        if (!done) {
            ++i;
            continue;
        }
        emitEvent(
            QStringLiteral("deployment_step_success"),
            { { QStringLiteral("plan"), planJson(d) }, { QStringLiteral("currentStep"), stepJson(d) } });
        if (d.currentStep < d.steps.size()) {
            ++d.currentStep;
            m_cluster.touch();
            emitEvent(
                QStringLiteral("deployment_info"),
                { { QStringLiteral("plan"), planJson(d) }, { QStringLiteral("currentStep"), stepJson(d) } });
            ++i;
            continue;
        }
        const Deployment finished = d;
        m_deployments.removeAt(i);
        m_cluster.touch();
        emitEvent(QStringLiteral("deployment_success"),
                  { { QStringLiteral("id"), finished.id }, { QStringLiteral("plan"), planJson(finished) } });
    }
}

void Marathon::emitTaskEvents(const Task &task, const QString &instance)
{
    const AgentNode &agent = m_cluster.agents()[size_t(task.agent)];
    if (task.state != TaskState::Staging) {
        QJsonArray ports;
        for (int p : std::as_const(task.ports))
            ports.append(p);
        emitEvent(QStringLiteral("status_update_event"),
                  { { QStringLiteral("slaveId"), agent.id },
                    { QStringLiteral("taskId"), task.id },
                    { QStringLiteral("taskStatus"), QLatin1String(mesosName(task.state)) },
                    { QStringLiteral("message"), task.message },
                    { QStringLiteral("appId"), task.appId },
                    { QStringLiteral("host"), agent.hostname },
                    { QStringLiteral("ipAddresses"),
                      QJsonArray { QJsonObject { { QStringLiteral("ipAddress"), agent.ip },
                                                 { QStringLiteral("protocol"), QStringLiteral("IPv4") } } } },
                    { QStringLiteral("ports"), ports },
                    { QStringLiteral("version"), task.appVersion } });
    }
    emitEvent(QStringLiteral("instance_changed_event"),
              { { QStringLiteral("instanceId"), instance },
                { QStringLiteral("condition"), QLatin1String(marathonCondition(task.state)) },
                { QStringLiteral("runSpecId"), task.appId },
                { QStringLiteral("agentId"), agent.id },
                { QStringLiteral("host"), agent.hostname },
                { QStringLiteral("runSpecVersion"), task.appVersion } });
}

void Marathon::onTaskChanged(const TaskPtr &task, TaskState)
{
    if (task->appId.isEmpty())
        return;
    if (!task->podInstance.isEmpty()) {
        onPodTaskChanged(task);
        emitTaskEvents(*task, task->podInstance);
        return;
    }
    m_dirty.insert(task->appId);
    QList<TaskPtr> &list = m_appTasks[task->appId];
    const bool active = !isTerminal(task->state) && task->state != TaskState::Unreachable;
    if (active && !list.contains(task))
        list.append(task);
    else if (!active)
        list.removeOne(task);

    const AgentNode &agent = m_cluster.agents()[size_t(task->agent)];
    emitTaskEvents(*task, instanceId(*task));

    auto app = m_apps.find(task->appId);
    if (task->state == TaskState::Running && app != m_apps.end()) {
        const QJsonArray checks = app->definition.value(QLatin1String("healthChecks")).toArray();
        if (!checks.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("MESOS_TASK_ID"), task->id);
            env.insert(QStringLiteral("MESOS_SANDBOX"), task->sandbox);
            env.insert(QStringLiteral("HOST"), m_cluster.hostname());
            for (qsizetype i = 0; i < task->ports.size(); ++i)
                env.insert(QStringLiteral("PORT%1").arg(i), QString::number(task->ports[i]));
            if (!task->ports.isEmpty())
                env.insert(QStringLiteral("PORT"), QString::number(task->ports.first()));
            m_health->watch(task->id, checks, task->ports, env);
        }
    }
    if (task->state == TaskState::Killing || !active)
        m_health->stop(task->id);

    if (isTerminal(task->state) && app != m_apps.end() && !task->killRequested) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (task->startedAtMs > 0 && now - task->startedAtMs > 10000)
            app->consecutiveFailures = 0;
        app->consecutiveFailures += 1;
        const QJsonObject &d = app->definition;
        const double delay = qMin(d.value(QLatin1String("backoffSeconds")).toDouble(1)
                                      * std::pow(d.value(QLatin1String("backoffFactor")).toDouble(1.15),
                                                 app->consecutiveFailures - 1),
                                  d.value(QLatin1String("maxLaunchDelaySeconds")).toDouble(300));
        app->delayUntilMs = now + qint64(delay * 1000);
        app->queuedSinceMs = now;
        if (task->state != TaskState::Finished) {
            app->lastTaskFailure
                = QJsonObject { { QStringLiteral("appId"), task->appId },
                                { QStringLiteral("host"), agent.hostname },
                                { QStringLiteral("message"), task->message },
                                { QStringLiteral("state"), QLatin1String(mesosName(task->state)) },
                                { QStringLiteral("taskId"), task->id },
                                { QStringLiteral("timestamp"), nowIso() },
                                { QStringLiteral("version"), task->appVersion },
                                { QStringLiteral("slaveId"), agent.id } };
        }
    }
    if (task->state == TaskState::Unreachable && app != m_apps.end())
        app->queuedSinceMs = QDateTime::currentMSecsSinceEpoch();
}

void Marathon::onHealth(const QString &taskId, int index, bool passed, const QString &cause)
{
    const TaskPtr task = m_cluster.task(taskId);
    if (!task || index >= task->health.size() || task->state != TaskState::Running)
        return;
    auto app = m_apps.find(task->appId);
    if (app == m_apps.end())
        return;
    const QJsonObject check
        = app->definition.value(QLatin1String("healthChecks")).toArray().at(index).toObject();
    const bool wasHealthy = isHealthy(*task) && !task->health[index].lastSuccess.isEmpty();
    const bool hadResult = std::any_of(task->health.cbegin(), task->health.cend(), [](const HealthResult &h) {
        return !h.lastSuccess.isEmpty() || !h.lastFailure.isEmpty();
    });
    HealthResult &h = task->health[index];
    const QString now = nowIso();
    if (passed) {
        h.alive = true;
        h.consecutiveFailures = 0;
        h.lastSuccess = now;
        if (h.firstSuccess.isEmpty())
            h.firstSuccess = now;
    } else {
        const qint64 grace = qint64(check.value(QLatin1String("gracePeriodSeconds")).toDouble(300) * 1000);
        const bool inGrace
            = h.firstSuccess.isEmpty() && QDateTime::currentMSecsSinceEpoch() - task->startedAtMs < grace;
        h.lastFailure = now;
        h.lastFailureCause = cause;
        h.alive = false;
        if (!inGrace)
            h.consecutiveFailures += 1;
        const int max = check.value(QLatin1String("maxConsecutiveFailures")).toInt(3);
        if (max > 0 && h.consecutiveFailures >= max) {
            const AgentNode &agent = m_cluster.agents()[size_t(task->agent)];
            emitEvent(QStringLiteral("unhealthy_instance_kill_event"),
                      { { QStringLiteral("appId"), task->appId },
                        { QStringLiteral("taskId"), task->id },
                        { QStringLiteral("instanceId"), instanceId(*task) },
                        { QStringLiteral("version"), task->appVersion },
                        { QStringLiteral("reason"), cause },
                        { QStringLiteral("host"), agent.hostname },
                        { QStringLiteral("slaveId"), agent.id } });
            task->message = QStringLiteral("Health check failed: %1").arg(cause);
            m_cluster.killTask(task->id);
        }
    }
    const bool healthy = isHealthy(*task);
    if (healthy != wasHealthy || !hadResult) {
        if (healthy || !h.lastFailure.isEmpty()) {
            m_cluster.setTaskHealth(task, healthy);
            emitEvent(QStringLiteral("health_status_changed_event"),
                      { { QStringLiteral("appId"), task->appId },
                        { QStringLiteral("instanceId"), instanceId(*task) },
                        { QStringLiteral("version"), task->appVersion },
                        { QStringLiteral("alive"), healthy } });
            emitEvent(QStringLiteral("instance_health_changed_event"),
                      { { QStringLiteral("instanceId"), instanceId(*task) },
                        { QStringLiteral("runSpecId"), task->appId },
                        { QStringLiteral("runSpecVersion"), task->appVersion },
                        { QStringLiteral("healthy"), healthy } });
        }
    }
    m_cluster.touch();
}

// ---------------------------------------------------------------- demo and scale

void Marathon::createDemoApps()
{
    const QList<QJsonObject> apps = {
        QJsonObject {
            { QStringLiteral("id"), QStringLiteral("/demo/web") },
            { QStringLiteral("instances"), 2 },
            { QStringLiteral("cpus"), 0.1 },
            { QStringLiteral("mem"), 32 },
            { QStringLiteral("container"),
              QJsonObject {
                  { QStringLiteral("type"), QStringLiteral("DOCKER") },
                  { QStringLiteral("docker"),
                    QJsonObject { { QStringLiteral("image"), QStringLiteral("nginx:1.25") } } },
                  { QStringLiteral("portMappings"),
                    QJsonArray { QJsonObject { { QStringLiteral("containerPort"), 80 },
                                               { QStringLiteral("hostPort"), 0 },
                                               { QStringLiteral("name"), QStringLiteral("http") } } } } } },
            { QStringLiteral("networks"),
              QJsonArray { QJsonObject { { QStringLiteral("mode"), QStringLiteral("container/bridge") } } } },
            { QStringLiteral("labels"),
              QJsonObject { { QStringLiteral("HAPROXY_GROUP"), QStringLiteral("external") },
                            { QStringLiteral("HAPROXY_0_VHOST"), QStringLiteral("web.demo.localhost") } } },
            { QStringLiteral("healthChecks"),
              QJsonArray { QJsonObject { { QStringLiteral("protocol"), QStringLiteral("HTTP") },
                                         { QStringLiteral("path"), QStringLiteral("/") },
                                         { QStringLiteral("portIndex"), 0 },
                                         { QStringLiteral("gracePeriodSeconds"), 10 },
                                         { QStringLiteral("intervalSeconds"), 5 },
                                         { QStringLiteral("timeoutSeconds"), 2 } } } } },
        QJsonObject {
            { QStringLiteral("id"), QStringLiteral("/demo/ticker") },
            { QStringLiteral("instances"), 2 },
            { QStringLiteral("cpus"), 0.1 },
            { QStringLiteral("mem"), 16 },
            { QStringLiteral("cmd"),
              QStringLiteral(
                  "i=0; while true; do i=$((i+1)); echo \"tick $i at $(date +%T) from $MESOS_TASK_ID\"; "
                  "if [ $((i % 3)) -eq 0 ]; then echo \"warning: sample stderr line $i\" >&2; fi; sleep 2; "
                  "done") } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("/demo/flaky") },
                      { QStringLiteral("instances"), 1 },
                      { QStringLiteral("cpus"), 0.1 },
                      { QStringLiteral("mem"), 16 },
                      { QStringLiteral("backoffSeconds"), 5 },
                      { QStringLiteral("cmd"),
                        QStringLiteral("echo \"starting $MESOS_TASK_ID\"; sleep 20; echo 'giving up: "
                                       "simulated crash' >&2; exit 3") } },
    };
    for (const QJsonObject &def : apps) {
        const QJsonObject normalized = AppDefinition::normalize(def);
        const QString id = normalized.value(QLatin1String("id")).toString();
        createApp(normalized);
        addDeployment({ { { QStringLiteral("StartApplication"), id } },
                        { { QStringLiteral("ScaleApplication"), id } } },
                      { { id, std::nullopt } });
    }
}

void Marathon::synthesizeScale(const ScaleSpec &scale)
{
    const int appCount = qMax(1, scale.apps);
    const int agentCount = int(m_cluster.agents().size());
    const int firstSynthetic = qMin(m_cluster.options().agents, agentCount);
    const int syntheticAgents = agentCount - firstSynthetic;
    const int spread = syntheticAgents > 0 ? syntheticAgents : agentCount;
    const int taskCount = scale.tasks;
    const double t = m_cluster.now();
    qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < appCount; ++i) {
        const int instances = taskCount / appCount + (i < taskCount % appCount ? 1 : 0);
        const QJsonObject def = AppDefinition::normalize(QJsonObject {
            { QStringLiteral("id"), QStringLiteral("/scale/group-%1/app-%2").arg(i / 100).arg(i) },
            { QStringLiteral("cmd"), QStringLiteral("sleep 3600") },
            { QStringLiteral("instances"), instances },
            { QStringLiteral("cpus"), 0.1 },
            { QStringLiteral("mem"), 64 },
            { QStringLiteral("labels"),
              QJsonObject { { QStringLiteral("team"), QStringLiteral("t%1").arg(i % 10) } } } });
        createApp(def);
    }
    int n = 0;
    for (auto it = m_apps.begin(); it != m_apps.end(); ++it) {
        it->synthetic = true;
        const int instances = it->definition.value(QLatin1String("instances")).toInt();
        for (int k = 0; k < instances; ++k, ++n) {
            Task spec = newTask(it.key(), *it);
            // Synthetic agents only, when there are any: real agents keep real tasks.
            spec.agent = syntheticAgents > 0 ? firstSynthetic + n % spread : n % spread;
            spec.ports = { 31000 + (n / spread) % 1000 };
            spec.containerId = uuid();
            spec.state = TaskState::Running;
            spec.stagedAtMs = nowMs - 60000;
            spec.startedAtMs = nowMs - 55000;
            spec.statuses = { TaskStatusEntry { TaskState::Starting, t - 56, std::nullopt },
                              TaskStatusEntry { TaskState::Running, t - 55, std::nullopt } };
            m_cluster.addSyntheticTask(spec);
            m_appTasks[it.key()].append(m_cluster.task(spec.id));
        }
    }
    m_cluster.touch();
}

Task Marathon::newTask(const QString &appId, const App &app) const
{
    const QJsonObject &d = app.definition;
    Task spec;
    spec.id = taskPrefix(appId) + QLatin1Char('.') + uuid();
    spec.name = taskName(appId);
    spec.appId = appId;
    spec.appVersion = app.version;
    spec.configVersion = app.lastConfigChangeAt;
    spec.cpus = d.value(QLatin1String("cpus")).toDouble();
    spec.mem = d.value(QLatin1String("mem")).toDouble();
    spec.disk = d.value(QLatin1String("disk")).toDouble();
    spec.gpus = d.value(QLatin1String("gpus")).toDouble();
    spec.ports = QList<int>(AppDefinition::hostPortCount(d), 0);
    spec.servicePorts = app.servicePorts;
    const QJsonObject labels = d.value(QLatin1String("labels")).toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        spec.labels.append({ it.key(), it.value().toString() });
    return spec;
}

} // namespace mc::localcluster
