#pragma once

#include "core/haproxy/HaproxyConfig.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonArray>

namespace mc::haproxy {

// The apps of Marathon's GET /v2/apps?embed=apps.tasks (any shape
// MarathonParser::parseApps reads), as routing sees them. A task is running
// when its state is TASK_RUNNING (or, on 0.x servers without a state, once
// started); its `healthCheckResults` make it healthy (every result alive),
// unhealthy, or not checked yet (none). The app's first HTTP health check on
// port index 0 gives httpHealthCheckPath.
[[nodiscard]] Result<QList<RouteApp>> routeAppsFromJson(const QByteArray &body);

// The path of the first HTTP (or MESOS_HTTP; no protocol means HTTP) health
// check on port index 0 of a task, the port HAProxy sends traffic to; "/" when
// it has no path; empty when there is none.
[[nodiscard]] QString httpHealthCheckPath(const QJsonArray &healthChecks);

} // namespace mc::haproxy
