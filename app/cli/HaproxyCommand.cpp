#include "app/cli/CliCommand.h"
#include "app/cli/GateCliOptions.h"
#include "app/cli/HttpCliOptions.h"
#include "app/cli/SshCliOptions.h"

#include "core/haproxy/HaproxyConfig.h"
#include "core/haproxy/HaproxySync.h"
#include "core/haproxy/MarathonRoutes.h"
#include "core/http/HttpClient.h"
#include "core/inventory/Workspace.h"
#include "core/ssh/SshPool.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QUrl>

#include <memory>
#include <optional>

namespace {

using namespace mc::cli;

// Reads apps with their tasks from Marathon, waiting for the answer.
mc::Result<QList<mc::haproxy::RouteApp>> readRoutes(const QUrl &marathon, const mc::http::HttpOptions &http)
{
    mc::http::HttpClient client(http);
    QUrl url = marathon;
    static const QRegularExpression trailingSlashes(QStringLiteral("/+$"));
    url.setPath(url.path().remove(trailingSlashes) + QStringLiteral("/v2/apps"));
    url.setQuery(QStringLiteral("embed=apps.tasks"));
    std::optional<mc::Result<mc::http::HttpResponse>> answer;
    QEventLoop loop;
    client.get(url, &loop, [&](mc::Result<mc::http::HttpResponse> response) {
        answer = std::move(response);
        loop.quit();
    });
    loop.exec();
    const auto ok = mc::http::HttpClient::expectSuccess(std::move(*answer));
    if (!ok)
        return ok.error();
    return mc::haproxy::routeAppsFromJson(ok->body);
}

// The options render and sync share: what the generated config routes and where it listens.
struct RoutingFlags
{
    QCommandLineOption marathon { QStringLiteral("marathon"), QStringLiteral("Marathon URL."),
                                  QStringLiteral("URL") };
    QCommandLineOption domain { QStringLiteral("domain"), QStringLiteral("Domain: app www -> www.<domain>."),
                                QStringLiteral("DOMAIN") };
    QCommandLineOption httpBind { QStringLiteral("http-bind"),
                                  QStringLiteral("Host-header frontend (default *:80)."),
                                  QStringLiteral("ADDR:PORT"), QStringLiteral("*:80") };
    QCommandLineOption serviceBind { QStringLiteral("service-bind"),
                                     QStringLiteral("Address of the service-port frontends (default *)."),
                                     QStringLiteral("ADDR"), QStringLiteral("*") };
    QCommandLineOption statsBind { QStringLiteral("stats-bind"),
                                   QStringLiteral("Stats page (default 127.0.0.1:9090)."),
                                   QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:9090") };
    QCommandLineOption noTcp { QStringLiteral("no-service-ports"),
                               QStringLiteral("Only Host-header routing.") };
    mc::cli::HttpCliOptions http;

    void addTo(CommandParser &parser) const
    {
        parser.addOptions({ marathon, domain, httpBind, serviceBind, statsBind, noTcp });
        http.addTo(parser, false);
    }

    // --marathon (or the caller's default) and the HTTP options; nullopt: go on, otherwise the
    // exit code.
    std::optional<int> check(const CommandParser &parser, const QString &defaultMarathon) const
    {
        const QUrl url(parser.isSet(marathon) ? parser.value(marathon) : defaultMarathon);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            return usageError(QStringLiteral("--marathon must be a URL such as http://master1:8080"));
        return http.apply(parser);
    }

    // Reads Marathon and renders the config, after check(); the defaults for --marathon and
    // --domain come from the caller (the workspace for sync). Prints what went wrong.
    std::optional<mc::haproxy::RenderedConfig> render(const QCommandLineParser &parser,
                                                      const QString &defaultMarathon,
                                                      const QString &defaultDomain) const
    {
        const QUrl url(parser.isSet(marathon) ? parser.value(marathon) : defaultMarathon);
        const auto routes = readRoutes(url, http.options());
        if (!routes) {
            failure(QStringLiteral("cannot read Marathon's apps at %1: %2")
                        .arg(url.toDisplayString(), routes.error().message));
            return std::nullopt;
        }
        mc::haproxy::RoutingOptions options;
        options.domain = parser.isSet(domain) ? parser.value(domain) : defaultDomain;
        options.httpBind = parser.value(httpBind);
        options.serviceBindAddress = parser.value(serviceBind);
        options.statsBind = parser.value(statsBind);
        options.tcpServicePorts = !parser.isSet(noTcp);
        auto config = mc::haproxy::renderConfig(routes.value(), options);
        if (!config) {
            err() << config.error().message << '\n';
            return std::nullopt;
        }
        for (const QString &warning : config->warnings)
            err() << "warning: " << warning << '\n';
        return std::move(config.value());
    }
};

int render(const QStringList &args)
{
    CommandParser parser(QStringLiteral("haproxy render"));
    parser.setApplicationDescription(QStringLiteral(
        "Prints the HAProxy configuration that routes <app>.<domain> and the apps' service ports to "
        "the tasks Marathon runs."));
    const RoutingFlags flags;
    flags.addTo(parser);
    const QCommandLineOption check(
        QStringLiteral("check"),
        QStringLiteral("Also check the result with the local `haproxy -c`; exit 1 if it fails."));
    parser.addOption(check);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (!parser.isSet(flags.marathon) || !parser.isSet(flags.domain))
        return usageError(QStringLiteral("--marathon and --domain are required"));
    if (const auto exit = flags.check(parser, {}))
        return *exit;
    const auto config = flags.render(parser, {}, {});
    if (!config)
        return ExitFailure;
    out() << config->text;
    out().flush();
    if (parser.isSet(check)) {
        const mc::Status valid = mc::haproxy::validateWithLocalHaproxy(config->text);
        if (!valid) {
            err() << valid.error().message << '\n' << valid.error().detail << '\n';
            return ExitFailure;
        }
        err() << "haproxy -c: configuration is valid\n";
    }
    return ExitOk;
}

int sync(const QStringList &args)
{
    CommandParser parser(QStringLiteral("haproxy sync"));
    parser.setApplicationDescription(QStringLiteral(
        "Renders the HAProxy configuration from Marathon and brings every master of the workspace to it "
        "over SSH: the new file is checked with `haproxy -c` on the host, replaced atomically and HAProxy "
        "reloaded, only where it changed. --marathon and --domain default to the workspace's."));
    const RoutingFlags flags;
    flags.addTo(parser);
    mc::cli::SshCliOptions ssh;
    ssh.addTo(parser, { .forks = 10, .become = true, .hostsOn = true });
    const QCommandLineOption check(QStringLiteral("check"),
                                   QStringLiteral("Change nothing: print what would change on each master."));
    const QCommandLineOption diff(QStringLiteral("diff"),
                                  QStringLiteral("Print the changes also when syncing."));
    const QCommandLineOption configPath(QStringLiteral("config-path"),
                                        QStringLiteral("HAProxy's config file on the masters "
                                                       "(default /etc/haproxy/haproxy.cfg)."),
                                        QStringLiteral("PATH"), QStringLiteral("/etc/haproxy/haproxy.cfg"));
    const QCommandLineOption reload(
        QStringLiteral("reload-command"),
        QStringLiteral("Shell command that reloads HAProxy (default: systemd, else the init script)."),
        QStringLiteral("CMD"));
    parser.addOptions({ check, diff, configPath, reload });
    GateCliOptions gate;
    gate.addTo(parser);
    if (const auto exit = ssh.parse(parser, args))
        return *exit;
    auto hosts = ssh.hostsOrMasters(parser);
    if (!hosts)
        return usageError(hosts.error().message);
    QString defaultMarathon;
    QString defaultDomain;
    if (!ssh.workspacePath(parser).isEmpty()) {
        const auto opened = mc::inventory::Workspace::openAny(ssh.workspacePath(parser));
        if (opened) {
            defaultMarathon = opened->workspace.marathonEndpoints().value(0);
            defaultDomain = opened->workspace.profile().haproxyDomain;
        }
    }
    if (!parser.isSet(flags.domain) && defaultDomain.isEmpty())
        return usageError(QStringLiteral("no routing domain: set it in the workspace or pass --domain"));
    if (!parser.isSet(flags.marathon) && defaultMarathon.isEmpty())
        return usageError(QStringLiteral("no Marathon: the workspace names none; pass --marathon"));
    if (const auto exit = flags.check(parser, defaultMarathon))
        return *exit;
    const auto config = flags.render(parser, defaultMarathon, defaultDomain);
    if (!config)
        return ExitFailure;

    mc::haproxy::SyncOptions options;
    options.checkOnly = parser.isSet(check);
    options.remotePath = parser.value(configPath);
    options.reloadCommand = parser.value(reload);
    options.become = ssh.become(parser);
    auto diffs = std::make_shared<mc::haproxy::SyncDiffs>();
    mc::ssh::SshPool pool(ssh.sessionOptions(parser));
    pool.setForks(ssh.forks(parser));
    const bool showDiff = options.checkOnly || parser.isSet(diff);
    QObject::connect(&pool, &mc::ssh::SshPool::hostFinished, [&](const mc::ssh::HostResult &r) {
        const auto lock = lockOutput();
        out() << r.host << " | " << mc::ssh::hostStateName(r.state).toUpper();
        if (!r.value.isEmpty())
            out() << " | " << r.value;
        out() << '\n';
        if (showDiff && !diffs->get(r.host).isEmpty())
            out() << diffs->get(r.host);
        out().flush();
    });
    if (const mc::Status started
        = mc::haproxy::runSync(pool, *hosts, config->text, options, diffs, gate.gate(parser, QString(), ssh.workspacePath(parser)));
        !started)
        return failure(started.error().message);
    pool.waitForFinished();
    if (options.checkOnly)
        out() << "(check mode: nothing was changed)\n";
    return mc::cli::SshCliOptions::printRecap(pool.results());
}

const Registration haproxy({ QStringLiteral("haproxy"),
                             QStringLiteral("Render the HAProxy routing config from Marathon; sync it to the "
                                            "masters."),
                             {} });
const Registration renderVerb(
    { QStringLiteral("haproxy render"),
      QStringLiteral("Print the HAProxy config for Marathon's apps (--check: haproxy -c)."), render });
const Registration syncVerb({ QStringLiteral("haproxy sync"),
                              QStringLiteral("Bring the masters' HAProxy to that config over SSH."), sync });

} // namespace
