#include "core/haproxy/MarathonRoutes.h"

#include <QHash>

namespace mc::haproxy {

QList<RouteApp> routeAppsFrom(const std::vector<marathon::App> &apps,
                              const std::vector<marathon::MarathonTask> &tasks)
{
    QHash<QString, QList<RouteTask>> tasksByApp;
    for (const marathon::MarathonTask &task : tasks) {
        const bool running = task.state.isEmpty() ? !task.startedAt.isEmpty() : task.state == u"TASK_RUNNING";
        tasksByApp[task.appId].append(RouteTask { task.id, task.host, task.ports, running, task.healthy });
    }
    QList<RouteApp> routes;
    routes.reserve(qsizetype(apps.size()));
    for (const marathon::App &app : apps) {
        RouteApp route;
        route.id = app.id;
        route.servicePorts = app.servicePorts;
        route.hasHealthChecks = app.hasHealthChecks;
        route.tasks = tasksByApp.value(app.id);
        routes << route;
    }
    return routes;
}

} // namespace mc::haproxy
