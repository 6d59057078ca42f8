#pragma once

#include "core/util/Result.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace mc::haproxy {

// What routing needs of a Marathon task.
struct RouteTask
{
    QString id;
    QString host; // agent host name or IP the task runs on
    QList<int> ports; // host ports, by port index
    bool running = false;
    std::optional<bool> healthy; // nullopt: no health check result yet

    bool operator==(const RouteTask &) const = default;
};

// What routing needs of a Marathon app.
struct RouteApp
{
    QString id; // "/shop/web"
    QList<int> servicePorts; // by port index; 0 = none
    bool hasHealthChecks = false;
    QString httpHealthCheckPath; // first HTTP health check's path on port index 0, if any (option httpchk)
    QList<RouteTask> tasks;

    bool operator==(const RouteApp &) const = default;
};

struct RoutingOptions
{
    QString domain; // "example.com": app "www" -> www.example.com
    QString httpBind = QStringLiteral("*:80");
    QString serviceBindAddress = QStringLiteral("*"); // TCP frontends bind <this>:<servicePort>
    QString statsBind = QStringLiteral("127.0.0.1:9090");
    QString runAsUser = QStringLiteral("haproxy"); // empty: stay as the starting user
    QString runAsGroup = QStringLiteral("haproxy");
    int maxConnections = 4096;
    bool tcpServicePorts = true;
};

// One app as routed: its host name, its service ports and the servers behind them.
struct Route
{
    QString appId;
    QString name; // HAProxy-safe name ("shop_web")
    QString hostName; // "web.shop.example.com"
    QList<int> servicePorts;
    QStringList servers; // "host:port" of the tasks that receive traffic (port index 0)
    int excludedTasks = 0; // not running, or unhealthy where the app has health checks

    bool operator==(const Route &) const = default;
};

struct RenderedConfig
{
    QString text;
    QList<Route> routes; // sorted by app id
    QStringList warnings; // name clashes, apps without ports, unusable health check paths
};

// The HAProxy-safe name of an app id: "/shop/web" -> "shop_web". Marathon ids
// hold only [a-z0-9.-] and '/', so the mapping cannot collide.
[[nodiscard]] QString backendName(const QString &appId);

// The host name of an app: path segments reversed, then the domain:
// "/www" -> "www.<domain>", "/shop/web" -> "web.shop.<domain>".
[[nodiscard]] QString hostNameFor(const QString &appId, const QString &domain);

// Renders haproxy.cfg from the apps. Deterministic: the same apps in any order
// give byte-identical text, so an unchanged cluster causes no reload.
[[nodiscard]] Result<RenderedConfig> renderConfig(QList<RouteApp> apps, const RoutingOptions &options);

// Checks a configuration with the local `haproxy -c` (blocking, bounded by a
// timeout; run it off the GUI thread). An error carries HAProxy's own words.
[[nodiscard]] Status validateWithLocalHaproxy(const QString &configText,
                                              const QString &haproxyBinary = QStringLiteral("haproxy"));

} // namespace mc::haproxy
Q_DECLARE_METATYPE(mc::haproxy::RenderedConfig)
