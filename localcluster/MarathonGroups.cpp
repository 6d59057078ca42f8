// Marathon's /v2/groups writes (GroupsResource, GroupUpdate, RootGroup in Marathon 1.x):
// a group update replaces the apps and subgroups it names, keeps what it does not name,
// scales every app below it with `scaleBy`, and becomes one deployment.
#include "localcluster/Marathon.h"

#include "localcluster/AppDefinition.h"
#include "localcluster/HttpServer.h"

#include <QJsonDocument>

#include <QSet>

#include <algorithm>
#include <cmath>
#include <functional>

namespace mc::localcluster {

namespace {

QString childPrefix(const QString &groupId)
{
    return groupId == QLatin1String("/") ? groupId : groupId + QLatin1Char('/');
}

bool isUnder(const QString &id, const QString &groupId)
{
    return id == groupId || id.startsWith(childPrefix(groupId));
}

QString parentOf(const QString &id)
{
    const QString parent = id.section(QLatin1Char('/'), 0, -2);
    return parent.isEmpty() ? QStringLiteral("/") : parent;
}

// Marathon resolves a relative id against the group it appears in ("app" in /prod is /prod/app).
QString resolve(const QString &id, const QString &base)
{
    if (id.startsWith(QLatin1Char('/')))
        return AppDefinition::absoluteId(id);
    return AppDefinition::absoluteId(childPrefix(base) + id);
}

QJsonObject detail(const QString &path, const QString &message)
{
    return { { QStringLiteral("path"), path }, { QStringLiteral("errors"), QJsonArray { message } } };
}

} // namespace

bool Marathon::groupExists(const QString &groupId) const
{
    if (groupId == QLatin1String("/") || m_groups.contains(groupId))
        return true;
    const QString prefix = childPrefix(groupId);
    for (auto it = m_apps.cbegin(); it != m_apps.cend(); ++it) {
        if (!it->deleting && it.key().startsWith(prefix))
            return true;
    }
    for (auto it = m_pods.cbegin(); it != m_pods.cend(); ++it) {
        if (!it->deleting && it.key().startsWith(prefix))
            return true;
    }
    return std::any_of(m_groups.keyBegin(), m_groups.keyEnd(),
                       [&](const QString &g) { return g.startsWith(prefix); });
}

Marathon::GroupTarget Marathon::currentGroup(const QString &groupId) const
{
    GroupTarget t;
    for (auto it = m_apps.cbegin(); it != m_apps.cend(); ++it) {
        if (!it->deleting && isUnder(it.key(), groupId))
            t.apps.insert(it.key(), it->definition);
    }
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        if (isUnder(it.key(), groupId))
            t.groups.insert(it.key(), it->dependencies);
    }
    return t;
}

void Marathon::applyGroupUpdate(const QString &groupId, const QJsonObject &update, const QString &path,
                                GroupTarget &target, QJsonArray &details) const
{
    target.groups.insert(groupId,
                         update.contains(QLatin1String("dependencies"))
                             ? update.value(QLatin1String("dependencies")).toArray()
                             : target.groups.value(groupId));
    if (update.contains(QLatin1String("apps"))) {
        target.apps.removeIf([&](const auto &app) { return parentOf(app.key()) == groupId; });
        const QJsonArray apps = update.value(QLatin1String("apps")).toArray();
        for (qsizetype i = 0; i < apps.size(); ++i) {
            const QString at = QStringLiteral("%1/apps(%2)").arg(path).arg(i);
            QJsonObject app = apps[i].toObject();
            const QString rawId = app.value(QLatin1String("id")).toString();
            if (rawId.isEmpty()) {
                details.append(detail(at + QStringLiteral("/id"), QStringLiteral("error.path.missing")));
                continue;
            }
            const QString id = resolve(rawId, groupId);
            if (parentOf(id) != groupId) {
                details.append(detail(at + QStringLiteral("/id"),
                                      QStringLiteral("identifier %1 is not child of %2").arg(id, groupId)));
                continue;
            }
            app.insert(QStringLiteral("id"), id);
            const QJsonArray problems = AppDefinition::validate(app);
            for (const QJsonValue &p : problems) {
                QJsonObject o = p.toObject();
                o.insert(QStringLiteral("path"), QString(at + o.value(QLatin1String("path")).toString()));
                details.append(o);
            }
            if (problems.isEmpty())
                target.apps.insert(id, AppDefinition::normalize(app));
        }
    }
    if (update.contains(QLatin1String("groups"))) {
        const QJsonArray groups = update.value(QLatin1String("groups")).toArray();
        QStringList named;
        for (const QJsonValue &g : groups)
            named.append(resolve(g.toObject().value(QLatin1String("id")).toString(), groupId));
        // Subgroups the update does not name are removed with everything in them.
        auto dropped = [&](const QString &id) {
            return id != groupId && id.startsWith(childPrefix(groupId))
                && std::none_of(named.cbegin(), named.cend(),
                                [&](const QString &n) { return isUnder(id, n); });
        };
        target.apps.removeIf(
            [&](const auto &app) { return parentOf(app.key()) != groupId && dropped(app.key()); });
        target.groups.removeIf([&](const auto &g) { return dropped(g.key()); });
        for (qsizetype i = 0; i < groups.size(); ++i) {
            const QString at = QStringLiteral("%1/groups(%2)").arg(path).arg(i);
            const QString id = named[i];
            if (groups[i].toObject().value(QLatin1String("id")).toString().isEmpty()) {
                details.append(detail(at + QStringLiteral("/id"), QStringLiteral("error.path.missing")));
                continue;
            }
            if (!id.startsWith(childPrefix(groupId)) || !AppDefinition::isValidId(id)) {
                details.append(detail(at + QStringLiteral("/id"),
                                      QStringLiteral("identifier %1 is not child of %2").arg(id, groupId)));
                continue;
            }
            applyGroupUpdate(id, groups[i].toObject(), at, target, details);
        }
    }
}

std::optional<QHash<QString, int>> Marathon::dependencyLevels(const QMap<QString, QJsonObject> &apps,
                                                              const QMap<QString, QJsonArray> &groups) const
{
    // The apps a dependency names: the app itself, or every app of the group.
    auto expand = [&](const QJsonArray &dependencies, const QString &base, const QString &self) {
        QStringList ids;
        for (const QJsonValue &d : dependencies) {
            const QString target = resolve(d.toString(), base);
            for (auto it = apps.cbegin(); it != apps.cend(); ++it) {
                if (it.key() != self && isUnder(it.key(), target))
                    ids.append(it.key());
            }
        }
        return ids;
    };
    QHash<QString, QStringList> edges;
    for (auto it = apps.cbegin(); it != apps.cend(); ++it) {
        QStringList deps
            = expand(it->value(QLatin1String("dependencies")).toArray(), parentOf(it.key()), it.key());
        for (QString g = parentOf(it.key());; g = parentOf(g)) {
            deps += expand(groups.value(g, m_groups.value(g).dependencies), parentOf(g), it.key());
            if (g == QLatin1String("/"))
                break;
        }
        edges.insert(it.key(), deps);
    }
    QHash<QString, int> levels;
    QSet<QString> visiting;
    std::function<bool(const QString &)> visit = [&](const QString &id) {
        if (levels.contains(id))
            return true;
        if (visiting.contains(id))
            return false;
        visiting.insert(id);
        int level = 0;
        for (const QString &dep : edges.value(id)) {
            if (!visit(dep))
                return false;
            level = qMax(level, levels.value(dep) + 1);
        }
        visiting.remove(id);
        levels.insert(id, level);
        return true;
    };
    for (auto it = apps.cbegin(); it != apps.cend(); ++it) {
        if (!visit(it.key()))
            return std::nullopt;
    }
    return levels;
}

void Marathon::commitGroup(const QString &groupId, const GroupTarget &target, bool force, int status,
                           const HttpRequest &request, HttpConnection *connection)
{
    const std::optional<QHash<QString, int>> levels = dependencyLevels(target.apps, target.groups);
    if (!levels) {
        connection->respond(
            error(422, QStringLiteral("Object is not valid"),
                  QJsonArray { detail(QStringLiteral("/"),
                                      QStringLiteral("Dependency graph has cyclic dependencies.")) }));
        return;
    }
    const GroupTarget now = currentGroup(groupId);
    QStringList removed, created, changed;
    for (auto it = now.apps.cbegin(); it != now.apps.cend(); ++it) {
        if (!target.apps.contains(it.key()))
            removed.append(it.key());
    }
    for (auto it = target.apps.cbegin(); it != target.apps.cend(); ++it) {
        if (!now.apps.contains(it.key()))
            created.append(it.key());
        else if (now.apps.value(it.key()) != *it)
            changed.append(it.key());
    }
    if (!takeLock(removed + changed, force,
                  QStringLiteral("Cancelled by a forced update of group %1").arg(groupId), connection))
        return;

    QHash<QString, std::optional<QJsonObject>> original;
    QList<Action> stops, starts;
    QMap<int, QList<Action>> byLevel;
    for (const QString &id : std::as_const(removed)) {
        App &app = m_apps[id];
        original.insert(id, app.definition);
        app.deleting = true;
        m_dirty.insert(id);
        stops.append({ QStringLiteral("StopApplication"), id });
    }
    for (const QString &id : std::as_const(created)) {
        createApp(target.apps.value(id));
        original.insert(id, std::nullopt);
        starts.append({ QStringLiteral("StartApplication"), id });
        byLevel[levels->value(id)].append({ QStringLiteral("ScaleApplication"), id });
    }
    for (const QString &id : std::as_const(changed)) {
        App &app = m_apps[id];
        const QJsonObject previous = app.definition;
        QJsonObject a = target.apps.value(id), b = previous;
        a.remove(QStringLiteral("instances"));
        b.remove(QStringLiteral("instances"));
        const Change change = a == b ? Change::Scale : Change::Config;
        updateApp(app, target.apps.value(id), change);
        original.insert(id, previous);
        byLevel[levels->value(id)].append({ change == Change::Scale ? QStringLiteral("ScaleApplication")
                                                                    : QStringLiteral("RestartApplication"),
                                            id });
    }
    const QString version = newVersion();
    m_groups.removeIf([&](const auto &g) { return isUnder(g.key(), groupId); });
    for (auto it = target.groups.cbegin(); it != target.groups.cend(); ++it) {
        if (it.key() != QLatin1String("/") || !it->isEmpty())
            m_groups.insert(it.key(), GroupMeta { *it, version });
    }
    m_cluster.touch();

    QList<QList<Action>> steps;
    for (const QList<Action> &step : { stops, starts })
        if (!step.isEmpty())
            steps.append(step);
    for (const QList<Action> &step : std::as_const(byLevel))
        steps.append(step);
    Deployment &d = addDeployment(steps, original);
    emitEvent(QStringLiteral("api_post_event"),
              { { QStringLiteral("clientIp"), request.peer.toString() },
                { QStringLiteral("uri"), request.path },
                { QStringLiteral("groupDefinition"), groupJson(groupId) } });
    emitDeploymentInfo(d);
    HttpResponse r = deploymentResult(d, status);
    if (status == 201)
        r.withHeader("Location", (leaderUrl() + QStringLiteral("/v2/groups") + groupId).toUtf8());
    connection->respond(r);
}

QJsonObject Marathon::groupInfoJson(const QString &groupId)
{
    const std::function<QJsonObject(QJsonObject)> withStatus = [&](QJsonObject group) {
        QJsonArray pods, groups;
        for (const QJsonArray items = group.value(QLatin1String("pods")).toArray();
             const QJsonValue &p : items) {
            const auto pod = m_pods.find(p.toObject().value(QLatin1String("id")).toString());
            if (pod != m_pods.end())
                pods.append(podStatusJson(*pod));
        }
        for (const QJsonArray items = group.value(QLatin1String("groups")).toArray();
             const QJsonValue &g : items)
            groups.append(withStatus(g.toObject()));
        group.insert(QStringLiteral("pods"), pods);
        group.insert(QStringLiteral("groups"), groups);
        return group;
    };
    const QJsonObject group = groupJson(groupId);
    return group.isEmpty() ? group : withStatus(group);
}

void Marathon::handleGroups(const HttpRequest &request, HttpConnection *connection)
{
    const QString urlId = AppDefinition::absoluteId(request.path.mid(10));
    const QByteArray method = request.method;
    const bool force = request.queryFlag(QStringLiteral("force"));
    if (method == "GET") {
        const QJsonObject group = groupInfoJson(urlId);
        if (group.isEmpty())
            connection->respond(error(404, QStringLiteral("Group '%1' does not exist").arg(urlId)));
        else
            connection->respond(json(group));
        return;
    }
    if (method == "DELETE") {
        if (!groupExists(urlId)) {
            connection->respond(error(404, QStringLiteral("Group '%1' does not exist").arg(urlId)));
            return;
        }
        GroupTarget empty;
        if (urlId == QLatin1String("/"))
            empty.groups.insert(urlId, {});
        commitGroup(urlId, empty, force, 200, request, connection);
        return;
    }
    if (method != "POST" && method != "PUT") {
        connection->respond(error(405, QStringLiteral("Method not allowed")));
        return;
    }
    QJsonObject body;
    if (!readDefinition(request, connection, &body))
        return;
    // POST /v2/groups[/{base}] {"id": "x"} creates base/x; PUT names the group in its URL.
    const QString rawId = body.value(QLatin1String("id")).toString();
    const QString groupId = method == "POST" && !rawId.isEmpty() ? resolve(rawId, urlId) : urlId;
    if (groupId != QLatin1String("/") && !AppDefinition::isValidId(groupId)) {
        connection->respond(
            error(422, QStringLiteral("Object is not valid"),
                  QJsonArray { detail(QStringLiteral("/id"),
                                      QStringLiteral("'%1' is not a valid group id").arg(groupId)) }));
        return;
    }
    if (method == "POST" && groupExists(groupId)
        && (groupId != QLatin1String("/") || !m_apps.isEmpty() || !m_groups.isEmpty())) {
        connection->respond(error(
            409, QStringLiteral("Group %1 is already created. Use PUT to change this group.").arg(groupId)));
        return;
    }
    const bool scale = body.contains(QLatin1String("scaleBy"));
    const bool content = body.contains(QLatin1String("apps")) || body.contains(QLatin1String("groups"))
        || body.contains(QLatin1String("dependencies"));
    if (body.contains(QLatin1String("version"))) {
        connection->respond(error(
            422, QStringLiteral("localcluster keeps no group versions: a group cannot be rolled back here")));
        return;
    }
    if (scale) {
        const double factor = body.value(QLatin1String("scaleBy")).toDouble(-1);
        if (content || method == "POST" || factor < 0) {
            connection->respond(error(
                422, QStringLiteral("Object is not valid"),
                QJsonArray { detail(QStringLiteral("/scaleBy"),
                                    content || method == "POST"
                                        ? QStringLiteral("scaleBy may not be combined with apps, groups or "
                                                         "dependencies")
                                        : QStringLiteral("error.min.0")) }));
            return;
        }
        if (!groupExists(groupId)) {
            connection->respond(error(404, QStringLiteral("Group '%1' does not exist").arg(groupId)));
            return;
        }
        GroupTarget target = currentGroup(groupId);
        for (QJsonObject &app : target.apps) {
            const double instances = app.value(QLatin1String("instances")).toDouble();
            app.insert(QStringLiteral("instances"), int(std::ceil(instances * factor)));
        }
        commitGroup(groupId, target, force, 200, request, connection);
        return;
    }
    GroupTarget target = currentGroup(groupId);
    QJsonArray details;
    applyGroupUpdate(groupId, body, QString(), target, details);
    if (rejectInvalid(details, connection))
        return;
    commitGroup(groupId, target, force, method == "POST" ? 201 : 200, request, connection);
}

} // namespace mc::localcluster
