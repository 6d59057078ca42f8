// Marathon's /v2/apps in every shape (MarathonParser::parseApps, appArray),
// and what routing makes of it: the apps as routes and haproxy.cfg rendered
// from them, whose every server line must stay one line.

#include "FuzzInput.h"

#include "core/haproxy/HaproxyConfig.h"
#include "core/haproxy/MarathonRoutes.h"
#include "core/marathon/MarathonParser.h"

using namespace mc;

MC_FUZZ_TARGET(fuzz_marathon_apps)
{
    const QByteArray body = fuzz::bytes(data, size);
    (void)marathon::MarathonParser::parseApps(body);
    const auto routes = haproxy::routeAppsFromJson(body);
    if (!routes.ok())
        return 0;
    haproxy::RoutingOptions options;
    options.domain = QStringLiteral("apps.example.com");
    const auto config = haproxy::renderConfig(routes.value(), options);
    if (!config.ok())
        return 0;
    for (const haproxy::Route &route : config->routes) {
        for (const QString &server : route.servers)
            fuzz::check(!server.contains(u'\n') && !server.contains(u'\r'), "a server address is one line");
        fuzz::check(!route.hostName.contains(u'\n') && !route.name.contains(u'\n'),
                    "a route name is one line");
    }
    return 0;
}
