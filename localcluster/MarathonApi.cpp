// Marathon's HTTP API (Marathon 1.x, docs/marathon-api.md): /ping, /v2/info, /v2/leader,
// /v2/events, /v2/apps, /v2/tasks, /v2/deployments, /v2/queue, and the dispatch to pods and groups
// (MarathonPods.cpp, MarathonGroups.cpp). Each route checks the request, changes the state
// through Marathon's scheduling (Marathon.cpp) and answers with its JSON (MarathonJson.cpp).
#include "localcluster/Marathon.h"

#include "localcluster/AppDefinition.h"
#include "localcluster/HttpServer.h"
#include "localcluster/MarathonUtil.h"

#include <QJsonDocument>

#include <algorithm>
#include <functional>

namespace mc::localcluster {

using namespace marathon;

namespace {

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
        connection->respond(json(infoJson()));
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
        handleAppPath(path.mid(8), request, connection);
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

void Marathon::handleAppPath(const QString &rest, const HttpRequest &request, HttpConnection *connection)
{
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
        if (!tail.isEmpty() && (!tail.startsWith(QLatin1Char('/')) || tail.indexOf(QLatin1Char('/'), 1) >= 0))
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
    if (!readDefinition(request, connection, &body))
        return;
    if (rejectInvalid(AppDefinition::validate(body), connection))
        return;
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
    emitApiPost(request, QString(QStringLiteral("/v2/apps") + id), app);
    emitDeploymentInfo(d);
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
        const QJsonArray problems = AppDefinition::validate(merged);
        for (const QJsonValue &d : problems) {
            QJsonObject o = d.toObject();
            o.insert(QStringLiteral("path"),
                     QStringLiteral("/(%1)%2").arg(i).arg(o.value(QLatin1String("path")).toString()));
            details.append(o);
        }
        planned.append({ id, merged, !exists });
    }
    if (rejectInvalid(details, connection))
        return;
    QStringList ids;
    for (const Planned &p : planned)
        ids.append(p.id);
    if (!takeLock(ids, request.queryFlag(QStringLiteral("force")),
                  QStringLiteral("Cancelled by a forced update"), connection))
        return;
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
        emitApiPost(request, QStringLiteral("/v2/apps"), m_apps[p.id]);
    }
    QList<QList<Action>> steps;
    if (!starts.isEmpty())
        steps.append(starts);
    steps.append(changes);
    Deployment &d = addDeployment(steps, original);
    emitDeploymentInfo(d);
    connection->respond(deploymentResult(d));
}

void Marathon::handleApp(const QString &appId, const QString &suffix, const HttpRequest &request,
                         HttpConnection *connection)
{
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

    const auto it = m_apps.find(appId);
    App *app = it != m_apps.end() && !it->deleting ? &*it : nullptr;
    if (suffix.isEmpty() && (method == "PUT" || method == "PATCH")) {
        putApp(appId, app, request, connection);
        return;
    }
    if (suffix.isEmpty() && method != "GET" && method != "DELETE") {
        connection->respond(error(405, QStringLiteral("Method not allowed")));
        return;
    }
    if (!app) {
        connection->respond(appNotFound(appId));
        return;
    }
    if (suffix.isEmpty() && method == "GET")
        connection->respond(json(QJsonObject { { QStringLiteral("app"), appJson(*app, true, true) } }));
    else if (suffix.isEmpty())
        deleteApp(appId, *app, connection);
    else if (suffix == QLatin1String("/restart") && method == "POST")
        restartApp(appId, *app, request, connection);
    else if (suffix == QLatin1String("/versions") || suffix.startsWith(QLatin1String("/versions/")))
        connection->respond(appVersions(appId, *app, suffix));
    else if (suffix == QLatin1String("/tasks") && method == "GET")
        connection->respond(appTasks(appId));
    else if (suffix.startsWith(QLatin1String("/tasks")) && method == "DELETE")
        killAppTasks(appId, suffix.mid(7), request, connection);
    else
        connection->respond(error(405, QStringLiteral("Method not allowed")));
}

HttpResponse Marathon::appNotFound(const QString &appId) const
{
    return error(404, QStringLiteral("App '%1' does not exist").arg(appId));
}

void Marathon::deleteApp(const QString &appId, App &app, HttpConnection *connection)
{
    cancelDeployments(blockingDeployments({ appId }),
                      QStringLiteral("Cancelled by the deletion of %1").arg(appId));
    app.deleting = true;
    m_dirty.insert(appId);
    Deployment &d
        = addDeployment({ { { QStringLiteral("StopApplication"), appId } } }, { { appId, app.definition } });
    emitDeploymentInfo(d);
    connection->respond(deploymentResult(d));
}

void Marathon::putApp(const QString &appId, App *app, const HttpRequest &request, HttpConnection *connection)
{
    QJsonObject body;
    if (!readDefinition(request, connection, &body))
        return;
    if (request.method == "PATCH" && !app) {
        connection->respond(appNotFound(appId));
        return;
    }
    body.insert(QStringLiteral("id"), appId);
    if (!app) {
        if (rejectInvalid(AppDefinition::validate(body), connection))
            return;
        App &created = createApp(AppDefinition::normalize(body));
        Deployment &d = addDeployment({ { { QStringLiteral("StartApplication"), appId } },
                                        { { QStringLiteral("ScaleApplication"), appId } } },
                                      { { appId, std::nullopt } });
        emitApiPost(request, QString(QStringLiteral("/v2/apps") + appId), created);
        emitDeploymentInfo(d);
        connection->respond(deploymentResult(d, 201));
        return;
    }
    QJsonObject merged;
    if (body.size() == 2 && body.contains(QLatin1String("version"))) {
        // {"id", "version"}: back to that version.
        const QString wanted = body.value(QLatin1String("version")).toString();
        const auto v = std::find_if(app->versions.cbegin(), app->versions.cend(),
                                    [&](const auto &p) { return p.first == wanted; });
        if (v == app->versions.cend()) {
            connection->respond(
                error(404, QStringLiteral("Version %1 of app %2 does not exist").arg(wanted, appId)));
            return;
        }
        merged = v->second;
    } else if (request.method == "PUT"
               && request.queryValue(QStringLiteral("partialUpdate")) == QLatin1String("false")) {
        merged = body;
    } else {
        merged = app->definition;
        for (auto k = body.constBegin(); k != body.constEnd(); ++k)
            merged.insert(k.key(), k.value());
    }
    if (rejectInvalid(AppDefinition::validate(merged), connection))
        return;
    if (!takeLock({ appId }, request.queryFlag(QStringLiteral("force")),
                  QStringLiteral("Cancelled by a forced update of %1").arg(appId), connection))
        return;
    QJsonObject normalized = AppDefinition::normalize(merged);
    QJsonObject withoutInstances = normalized;
    QJsonObject oldWithoutInstances = app->definition;
    withoutInstances.remove(QStringLiteral("instances"));
    oldWithoutInstances.remove(QStringLiteral("instances"));
    // Service ports were assigned: compare with them in place.
    const QJsonObject previous = app->definition;
    const Change change = withoutInstances == oldWithoutInstances ? Change::Scale : Change::Config;
    updateApp(*app, normalized, change);
    const bool configChanged = change == Change::Config && app->definition != previous;
    Deployment &d = addDeployment(
        { { { configChanged ? QStringLiteral("RestartApplication") : QStringLiteral("ScaleApplication"),
              appId } } },
        { { appId, previous } });
    emitApiPost(request, QString(QStringLiteral("/v2/apps") + appId), *app);
    emitDeploymentInfo(d);
    connection->respond(deploymentResult(d));
}

void Marathon::restartApp(const QString &appId, App &app, const HttpRequest &request,
                          HttpConnection *connection)
{
    if (!takeLock({ appId }, request.queryFlag(QStringLiteral("force")),
                  QStringLiteral("Cancelled by a forced restart of %1").arg(appId), connection))
        return;
    const QJsonObject previous = app.definition;
    updateApp(app, app.definition, Change::Config);
    Deployment &d
        = addDeployment({ { { QStringLiteral("RestartApplication"), appId } } }, { { appId, previous } });
    emitDeploymentInfo(d);
    connection->respond(deploymentResult(d));
}

HttpResponse Marathon::appVersions(const QString &appId, const App &app, const QString &suffix) const
{
    if (suffix == QLatin1String("/versions")) {
        QJsonArray versions;
        for (auto v = app.versions.crbegin(); v != app.versions.crend(); ++v)
            versions.append(v->first);
        return json(QJsonObject { { QStringLiteral("versions"), versions } });
    }
    const QString version = suffix.mid(10); // "/versions/<version>"
    for (const auto &[at, definition] : app.versions) {
        if (at == version) {
            QJsonObject o = definition;
            o.insert(QStringLiteral("version"), at);
            return json(o);
        }
    }
    return error(404, QStringLiteral("Version %1 of app %2 does not exist").arg(version, appId));
}

HttpResponse Marathon::appTasks(const QString &appId) const
{
    QJsonArray tasks;
    for (const TaskPtr &t : tasksOf(appId))
        tasks.append(taskJson(*t, false));
    return json(QJsonObject { { QStringLiteral("tasks"), tasks } });
}

void Marathon::killAppTasks(const QString &appId, const QString &taskId, const HttpRequest &request,
                            HttpConnection *connection)
{
    const bool scale = request.queryFlag(QStringLiteral("scale"));
    if (scale && request.queryFlag(QStringLiteral("wipe"))) {
        connection->respond(error(400, QStringLiteral("You cannot use scale and wipe at the same time.")));
        return;
    }
    QList<TaskPtr> victims;
    if (!taskId.isEmpty()) {
        const TaskPtr t = m_cluster.task(taskId);
        if (!t || t->appId != appId || isTerminal(t->state)) {
            connection->respond(error(404, QStringLiteral("Task '%1' does not exist").arg(taskId)));
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
        if (!takeLock({ appId }, request.queryFlag(QStringLiteral("force")),
                      QStringLiteral("Cancelled by a forced kill of %1").arg(appId), connection))
            return;
        killAndScale({ appId }, victims, connection);
        return;
    }
    const QJsonArray killed = kill(victims);
    if (!taskId.isEmpty())
        connection->respond(json(QJsonObject { { QStringLiteral("task"), killed.first() } }));
    else
        connection->respond(json(QJsonObject { { QStringLiteral("tasks"), killed } }));
}

void Marathon::killAndScale(const QStringList &appIds, const QList<TaskPtr> &victims,
                            HttpConnection *connection)
{
    QList<Action> actions;
    QHash<QString, std::optional<QJsonObject>> original;
    for (const QString &appId : appIds) {
        App &app = m_apps[appId];
        QJsonObject def = app.definition;
        original.insert(appId, def);
        const int n = int(std::count_if(victims.cbegin(), victims.cend(),
                                        [&](const TaskPtr &t) { return t->appId == appId; }));
        def.insert(QStringLiteral("instances"), qMax(0, def.value(QLatin1String("instances")).toInt() - n));
        updateApp(app, def, Change::Scale);
        actions.append({ QStringLiteral("ScaleApplication"), appId });
    }
    for (const TaskPtr &t : victims)
        m_cluster.killTask(t->id);
    Deployment &d = addDeployment({ actions }, original);
    emitDeploymentInfo(d);
    connection->respond(deploymentResult(d));
}

QJsonArray Marathon::kill(const QList<TaskPtr> &victims)
{
    QJsonArray killed;
    for (const TaskPtr &t : victims) {
        killed.append(taskJson(*t, false));
        m_cluster.killTask(t->id);
    }
    return killed;
}

bool Marathon::readDefinition(const HttpRequest &request, HttpConnection *connection, QJsonObject *out) const
{
    if (auto bad = parseDefinition(request.body, out)) {
        connection->respond(*bad);
        return false;
    }
    return true;
}

bool Marathon::rejectInvalid(const QJsonArray &details, HttpConnection *connection) const
{
    if (details.isEmpty())
        return false;
    connection->respond(error(422, QStringLiteral("Object is not valid"), details));
    return true;
}

bool Marathon::takeLock(const QStringList &appIds, bool force, const QString &reason,
                        HttpConnection *connection)
{
    const QStringList blocking = blockingDeployments(appIds);
    if (!blocking.isEmpty() && !force) {
        connection->respond(locked(blocking));
        return false;
    }
    cancelDeployments(blocking, reason);
    return true;
}

void Marathon::handleTasks(const HttpRequest &request, HttpConnection *connection)
{
    if (request.path == QLatin1String("/v2/tasks/delete")) {
        killTasks(request, connection);
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
        connection->respond(HttpResponse::text(tasksText(wanted)));
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

void Marathon::killTasks(const HttpRequest &request, HttpConnection *connection)
{
    if (request.method != "POST") {
        connection->respond(error(405, QStringLiteral("Method not allowed")));
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject() || !doc.object().value(QLatin1String("ids")).isArray()) {
        connection->respond(
            error(400, QStringLiteral("Invalid JSON"),
                  QJsonArray { QJsonObject {
                      { QStringLiteral("path"), QStringLiteral("/ids") },
                      { QStringLiteral("errors"), QJsonArray { QStringLiteral("error.path.missing") } } } }));
        return;
    }
    const bool scale = request.queryFlag(QStringLiteral("scale"));
    const bool force = request.queryFlag(QStringLiteral("force"));
    if (scale && request.queryFlag(QStringLiteral("wipe"))) {
        connection->respond(error(400, QStringLiteral("You cannot use scale and wipe at the same time.")));
        return;
    }
    QList<TaskPtr> victims;
    for (const QJsonArray items = doc.object().value(QLatin1String("ids")).toArray();
         const QJsonValue &v : items) {
        const QString id = v.toString();
        if (!id.contains(QLatin1Char('.')) || id.startsWith(QLatin1Char('.'))) {
            connection->respond(
                error(400,
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
        if (!takeLock(appIds, force, QStringLiteral("Cancelled by a forced kill"), connection))
            return;
        killAndScale(appIds, victims, connection);
        return;
    }
    const QJsonArray killed = kill(victims);
    connection->respond(json(QJsonObject { { QStringLiteral("tasks"), killed } }));
}

QByteArray Marathon::tasksText(const std::function<bool(const Task &)> &wanted) const
{
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
    return out;
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
    // NOLINTNEXTLINE(performance-unnecessary-copy-initialization): cancelDeployments() removes it
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
        const QString &appId = it.key();
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
    emitDeploymentInfo(d);
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

} // namespace mc::localcluster
