#include "core/haproxy/MarathonRoutes.h"

#include "core/marathon/MarathonParser.h"

#include <QJsonObject>

namespace mc::haproxy {

namespace {
RouteTask routeTask(const marathon::MarathonTask &task)
{
    const bool running = task.state.isEmpty() ? !task.startedAt.isEmpty() : task.state == u"TASK_RUNNING";
    return RouteTask { task.id, task.host, task.ports, running, task.healthy };
}
} // namespace

Result<QList<RouteApp>> routeAppsFromJson(const QByteArray &body)
{
    const auto apps = marathon::MarathonParser::appArray(body);
    if (!apps)
        return apps.error();
    const QJsonArray &array = apps.value();
    QList<RouteApp> routes;
    routes.reserve(array.size());
    for (const QJsonValue &value : std::as_const(array)) {
        const QJsonObject object = value.toObject();
        const marathon::App app = marathon::MarathonParser::appFromJson(object);
        RouteApp route;
        route.id = app.id;
        route.servicePorts = app.servicePorts;
        route.hasHealthChecks = app.hasHealthChecks;
        route.httpHealthCheckPath = httpHealthCheckPath(object.value(u"healthChecks").toArray());
        for (const QJsonArray tasks = object.value(u"tasks").toArray(); const QJsonValue &task : tasks)
            route.tasks << routeTask(marathon::MarathonParser::taskFromJson(task.toObject(), route.id));
        routes << route;
    }
    return routes;
}

QString httpHealthCheckPath(const QJsonArray &healthChecks)
{
    for (const QJsonValue &value : healthChecks) {
        const QJsonObject check = value.toObject();
        const QString protocol
            = check.value(u"protocol").toString(QStringLiteral("HTTP")); // Marathon's default
        if (protocol != u"HTTP" && protocol != u"MESOS_HTTP")
            continue;
        // `port` (`overridePort` in some 1.x answers) is a fixed port; `portIndex` may name another
        // of the task's ports.
        if (check.value(u"port").isDouble() || check.value(u"overridePort").isDouble()
            || check.value(u"portIndex").toInt(0) != 0)
            continue;
        const QString path = check.value(u"path").toString();
        return path.isEmpty() ? QStringLiteral("/") : path;
    }
    return {};
}

} // namespace mc::haproxy
