#pragma once

#include "core/haproxy/HaproxyConfig.h"
#include "core/marathon/App.h"
#include "core/marathon/MarathonTask.h"

#include <vector>

namespace mc::haproxy {

// Marathon's apps and tasks as routing sees them. A task is running when its
// state is TASK_RUNNING (or, on 0.x servers without a state, once started).
[[nodiscard]] QList<RouteApp> routeAppsFrom(const std::vector<marathon::App> &apps,
                                            const std::vector<marathon::MarathonTask> &tasks);

} // namespace mc::haproxy
