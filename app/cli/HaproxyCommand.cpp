#include "app/cli/CliCommand.h"
#include "app/cli/SshCliOptions.h"
#include "app/cli/ViaOption.h"

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
    url.setPath(url.path().remove(QRegularExpression(QStringLiteral("/+$"))) + QStringLiteral("/v2/apps"));
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
    QCommandLineOption user { QStringLiteral("http-user"),
                              QStringLiteral("HTTP Basic user for Marathon; the password is read from the "
                                             "MC_HTTP_PASSWORD environment variable."),
                              QStringLiteral("USER") };
    mc::cli::ViaOption via;

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({ marathon, domain, httpBind, serviceBind, statsBind, noTcp, user });
        via.addTo(parser);
    }

    // Reads Marathon and renders the config; the defaults for --marathon and
    // --domain come from the caller (the workspace for sync). Prints what went wrong.
    std::optional<mc::haproxy::RenderedConfig> render(const QCommandLineParser &parser,
                                                      const QString &command, const QString &defaultMarathon,
                                                      const QString &defaultDomain) const
    {
        if (const auto proxied = via.apply(parser); !proxied) {
            err() << "mesos-console-cli " << command << ": " << proxied.error().message << Qt::endl;
            return std::nullopt;
        }
        const QUrl url(parser.isSet(marathon) ? parser.value(marathon) : defaultMarathon);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
            err() << "mesos-console-cli " << command
                  << ": --marathon must be a URL such as http://master1:8080\n";
            return std::nullopt;
        }
        mc::http::HttpOptions http;
        http.user = parser.value(user);
        http.password = qEnvironmentVariable("MC_HTTP_PASSWORD");
        const auto routes = readRoutes(url, http);
        if (!routes) {
            err() << "Cannot read Marathon's apps at " << url.toDisplayString() << ": "
                  << routes.error().message << '\n';
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
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints the HAProxy configuration that routes <app>.<domain> and the apps' service ports to "
        "the tasks Marathon runs."));
    const RoutingFlags flags;
    flags.addTo(parser);
    const QCommandLineOption check(
        QStringLiteral("check"),
        QStringLiteral("Also check the result with the local `haproxy -c`; exit 1 if it fails."));
    parser.addOption(check);
    if (const auto exit = parseArguments(parser, QStringLiteral("haproxy render"), args))
        return *exit;
    if (!parser.isSet(flags.marathon) || !parser.isSet(flags.domain)) {
        err() << "mesos-console-cli haproxy render: --marathon and --domain are required\n";
        return ExitUsage;
    }
    if (!QUrl(parser.value(flags.marathon)).isValid()
        || QUrl(parser.value(flags.marathon)).host().isEmpty()) {
        err() << "mesos-console-cli haproxy render: --marathon must be a URL such as http://master1:8080\n";
        return ExitUsage;
    }
    const auto config = flags.render(parser, QStringLiteral("haproxy render"), {}, {});
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
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Renders the HAProxy configuration from Marathon and brings every master of the workspace to it "
        "over SSH: the new file is checked with `haproxy -c` on the host, replaced atomically and HAProxy "
        "reloaded, only where it changed. --marathon and --domain default to the workspace's."));
    const RoutingFlags flags;
    flags.addTo(parser);
    mc::cli::SshCliOptions ssh;
    ssh.addTo(parser);
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
    const QCommandLineOption noBecome(QStringLiteral("no-become"), QStringLiteral("Do not use sudo."));
    parser.addOptions({ check, diff, configPath, reload, noBecome });
    if (const auto exit = parseArguments(parser, QStringLiteral("haproxy sync"), args))
        return *exit;
    auto hosts = ssh.hostsOrMasters(parser);
    if (!hosts) {
        err() << "mesos-console-cli haproxy sync: " << hosts.error().message << '\n';
        return ExitUsage;
    }
    QString defaultMarathon;
    QString defaultDomain;
    if (!ssh.workspacePath(parser).isEmpty()) {
        const auto opened = mc::inventory::Workspace::openAny(ssh.workspacePath(parser));
        if (opened) {
            defaultMarathon = opened->workspace.marathonEndpoints().value(0);
            defaultDomain = opened->workspace.profile().haproxyDomain;
        }
    }
    if (!parser.isSet(flags.domain) && defaultDomain.isEmpty()) {
        err() << "mesos-console-cli haproxy sync: no routing domain: set it in the workspace or pass "
                 "--domain\n";
        return ExitUsage;
    }
    if (!parser.isSet(flags.marathon) && defaultMarathon.isEmpty()) {
        err() << "mesos-console-cli haproxy sync: no Marathon: the workspace names none; pass --marathon\n";
        return ExitUsage;
    }
    const auto config = flags.render(parser, QStringLiteral("haproxy sync"), defaultMarathon, defaultDomain);
    if (!config)
        return ExitFailure;

    mc::haproxy::SyncOptions options;
    options.checkOnly = parser.isSet(check);
    options.remotePath = parser.value(configPath);
    options.reloadCommand = parser.value(reload);
    options.become = !parser.isSet(noBecome);
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
    pool.run(*hosts, mc::haproxy::syncJob(config->text, options, diffs));
    pool.waitForFinished();
    if (options.checkOnly)
        out() << "(check mode: nothing was changed)\n";
    return mc::cli::SshCliOptions::printRecap(pool.results());
}

int haproxyCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"render")
        return render(args.mid(1));
    if (sub == u"sync")
        return sync(args.mid(1));
    if (sub == u"--help" || sub == u"-h" || sub.isEmpty()) {
        (sub.isEmpty() ? err() : out())
            << "Usage: mesos-console-cli haproxy render --marathon URL --domain D [options]\n"
               "       mesos-console-cli haproxy sync -w WORKSPACE [--check] [options]\n"
               "Run 'mesos-console-cli haproxy render --help' or '... sync --help' for the options.\n";
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    err() << "mesos-console-cli haproxy: unknown subcommand '" << sub << "'\n";
    return ExitUsage;
}

const Registration
    registration({ QStringLiteral("haproxy"),
                   QStringLiteral("Render the HAProxy routing config from Marathon; sync it to the masters."),
                   haproxyCommand });

} // namespace
