#include "core/haproxy/HaproxyConfig.h"

#include "core/template/TemplateRenderer.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QVariantMap>

#include <algorithm>

namespace mc::haproxy {

namespace {

// The rules below are whole-string matches (\A...\z): "^...$" would also take a
// name with a trailing newline ('$' matches before a final '\n'), which
// would then end a line of haproxy.cfg early (tests/fuzz fuzz_marathon_apps
// checks that every server stays one line).

constexpr int kValidateTimeoutMs = 20000;
const QString kTemplate = QStringLiteral(":/templates/haproxy.cfg.mustache");

// Marathon's app id rule: segments of [a-z0-9] with inner '-' or '.'.
bool isValidAppId(const QString &id)
{
    static const QRegularExpression rule(QRegularExpression::anchoredPattern(
        QStringLiteral(R"((/?(([a-z0-9]|[a-z0-9][a-z0-9\-.]*[a-z0-9])))+)")));
    return !id.isEmpty() && rule.match(id).hasMatch();
}

bool isSafeHost(const QString &host)
{
    static const QRegularExpression rule(
        QRegularExpression::anchoredPattern(QStringLiteral(R"([A-Za-z0-9][A-Za-z0-9.\-]*)")));
    return rule.match(host).hasMatch();
}

// A path HAProxy takes as one word: no blanks, quotes, backslashes, '#' (comment) or '$' (variables).
bool isSafeCheckPath(const QString &path)
{
    static const QRegularExpression rule(
        QRegularExpression::anchoredPattern(QStringLiteral(R"(/[A-Za-z0-9._~!&()*+,;=:@%/?-]*)")));
    return rule.match(path).hasMatch();
}

bool isValidDomain(const QString &domain)
{
    static const QRegularExpression rule(QRegularExpression::anchoredPattern(
        QStringLiteral(R"(([a-z0-9]([a-z0-9\-]*[a-z0-9])?)(\.[a-z0-9]([a-z0-9\-]*[a-z0-9])?)*)")));
    return rule.match(domain).hasMatch();
}

QString serverName(const QString &host, int port)
{
    QString name = host + u'_' + QString::number(port);
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]"));
    return name.replace(unsafe, QStringLiteral("_"));
}

bool receivesTraffic(const RouteApp &app, const RouteTask &task)
{
    if (!task.running)
        return false;
    if (app.hasHealthChecks)
        return task.healthy.value_or(false);
    return true;
}

QVariantList serversFor(const QList<const RouteTask *> &tasks, qsizetype portIndex)
{
    QVariantList servers;
    for (const RouteTask *task : tasks) {
        if (portIndex >= task->ports.size())
            continue;
        const int port = task->ports.at(portIndex);
        servers << QVariantMap { { QStringLiteral("name"), serverName(task->host, port) },
                                 { QStringLiteral("address"), task->host },
                                 { QStringLiteral("port"), port } };
    }
    return servers;
}

} // namespace

QString backendName(const QString &appId)
{
    QString name = appId;
    if (name.startsWith(u'/'))
        name.remove(0, 1);
    return name.replace(u'/', u'_');
}

QString hostNameFor(const QString &appId, const QString &domain)
{
    QStringList segments = appId.split(u'/', Qt::SkipEmptyParts);
    std::reverse(segments.begin(), segments.end());
    if (!domain.isEmpty())
        segments << domain;
    return segments.join(u'.');
}

namespace {
// The tasks of `app` that take traffic; the others are counted in `route`, a host HAProxy
// cannot use is said in `warnings`.
QList<const RouteTask *> liveTasks(const RouteApp &app, Route &route, QStringList &warnings)
{
    QList<const RouteTask *> live;
    for (const RouteTask &task : std::as_const(app.tasks)) {
        if (!isSafeHost(task.host)) {
            warnings << QObject::tr("Task %1 of %2 reports the host \"%3\", which HAProxy "
                                    "cannot use; it is left out.")
                            .arg(task.id, app.id, task.host);
            ++route.excludedTasks;
        } else if (receivesTraffic(app, task)) {
            live << &task;
        } else {
            ++route.excludedTasks;
        }
    }
    return live;
}

// A TCP listener per service port of `app` (`<backend>_<port>` on `bindAddress`).
QVariantList tcpServicesOf(const RouteApp &app, const Route &route, const QList<const RouteTask *> &live,
                           const QString &bindAddress)
{
    QVariantList services;
    for (qsizetype i = 0; i < app.servicePorts.size(); ++i) {
        const int servicePort = app.servicePorts.at(i);
        if (servicePort <= 0)
            continue;
        services << QVariantMap {
            { QStringLiteral("name"), QString(route.name + u'_' + QString::number(servicePort)) },
            { QStringLiteral("bind"), QString(bindAddress + u':' + QString::number(servicePort)) },
            { QStringLiteral("servers"), serversFor(live, i) }
        };
    }
    return services;
}
} // namespace

Result<RenderedConfig> renderConfig(QList<RouteApp> apps, const RoutingOptions &options)
{
    const QString domain = options.domain.trimmed().toLower();
    if (!isValidDomain(domain)) {
        return Error { QObject::tr("The routing domain \"%1\" is not a valid DNS name. Set it in the "
                                   "workspace (e.g. apps.example.com).")
                           .arg(options.domain),
                       {} };
    }

    std::sort(apps.begin(), apps.end(), [](const RouteApp &a, const RouteApp &b) { return a.id < b.id; });
    RenderedConfig result;
    QVariantList httpApps;
    QVariantList tcpServices;
    QHash<QString, QString> hostOwners;

    for (RouteApp &app : apps) {
        if (!isValidAppId(app.id)) {
            result.warnings
                << QObject::tr("App id \"%1\" is not a valid Marathon id; it is not routed.").arg(app.id);
            continue;
        }
        std::sort(app.tasks.begin(), app.tasks.end(), [](const RouteTask &a, const RouteTask &b) {
            return std::tie(a.host, a.ports, a.id) < std::tie(b.host, b.ports, b.id);
        });
        Route route;
        route.appId = app.id;
        route.name = backendName(app.id);
        route.hostName = hostNameFor(app.id, domain);
        for (const int port : std::as_const(app.servicePorts)) {
            if (port > 0)
                route.servicePorts << port;
        }

        const QList<const RouteTask *> live = liveTasks(app, route, result.warnings);
        for (const RouteTask *task : std::as_const(live)) {
            if (!task->ports.isEmpty())
                route.servers << task->host + u':' + QString::number(task->ports.first());
        }

        if (app.tasks.isEmpty() || std::all_of(app.tasks.cbegin(), app.tasks.cend(), [](const RouteTask &t) {
                return t.ports.isEmpty();
            })) {
            if (!app.tasks.isEmpty())
                result.warnings << QObject::tr("App %1 has no ports; it cannot be routed.").arg(app.id);
        }

        const QString owner = hostOwners.value(route.hostName);
        if (!owner.isEmpty()) {
            result.warnings << QObject::tr("Apps %1 and %2 both map to %3; %1 keeps it.")
                                   .arg(owner, app.id, route.hostName);
        } else {
            hostOwners.insert(route.hostName, app.id);
            QVariantMap http { { QStringLiteral("name"), route.name },
                               { QStringLiteral("hostName"), route.hostName },
                               { QStringLiteral("servers"), serversFor(live, 0) } };
            if (isSafeCheckPath(app.httpHealthCheckPath)) {
                http.insert(QStringLiteral("httpCheckPath"), app.httpHealthCheckPath);
            } else if (!app.httpHealthCheckPath.isEmpty()) {
                result.warnings << QObject::tr("The health check path \"%1\" of %2 cannot go into HAProxy's "
                                               "configuration; HAProxy only checks that its tasks accept "
                                               "connections.")
                                       .arg(app.httpHealthCheckPath, app.id);
            }
            httpApps << http;
        }

        if (options.tcpServicePorts)
            tcpServices += tcpServicesOf(app, route, live, options.serviceBindAddress);
        result.routes << route;
    }

    QVariantMap values { { QStringLiteral("maxConnections"), options.maxConnections },
                         { QStringLiteral("statsBind"), options.statsBind },
                         { QStringLiteral("httpBind"), options.httpBind },
                         { QStringLiteral("httpApps"), httpApps },
                         { QStringLiteral("tcpServices"), tcpServices } };
    if (!options.runAsUser.isEmpty()) {
        values.insert(QStringLiteral("runAsUser"), options.runAsUser);
        values.insert(QStringLiteral("runAsGroup"),
                      options.runAsGroup.isEmpty() ? options.runAsUser : options.runAsGroup);
    }
    Result<QString> text = tmpl::renderFile(kTemplate, values);
    if (!text)
        return text.error();
    result.text = std::move(text).value();
    return result;
}

Status validateWithLocalHaproxy(const QString &configText, const QString &haproxyBinary)
{
    QTemporaryFile file(QStringLiteral("mc-haproxy-XXXXXX.cfg"));
    if (!file.open() || file.write(configText.toUtf8()) < 0 || !file.flush())
        return Error { QObject::tr("Cannot write a temporary file to check the HAProxy configuration."),
                       file.errorString() };
    QProcess haproxy;
    haproxy.setProcessChannelMode(QProcess::MergedChannels);
    haproxy.start(haproxyBinary, { QStringLiteral("-c"), QStringLiteral("-f"), file.fileName() });
    if (!haproxy.waitForStarted())
        return Error { QObject::tr("Cannot run %1 to check the configuration; install HAProxy or "
                                   "check it on a master.")
                           .arg(haproxyBinary),
                       haproxy.errorString() };
    if (!haproxy.waitForFinished(kValidateTimeoutMs)) {
        haproxy.kill();
        haproxy.waitForFinished();
        return Error { QObject::tr("haproxy -c did not finish in time."), {} };
    }
    const QString output = QString::fromUtf8(haproxy.readAll()).trimmed();
    if (haproxy.exitStatus() != QProcess::NormalExit || haproxy.exitCode() != 0)
        return Error { QObject::tr("HAProxy rejects the configuration."), output };
    return {};
}

} // namespace mc::haproxy
