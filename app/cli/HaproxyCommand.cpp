#include "app/cli/CliCommand.h"
#include "app/cli/ViaOption.h"

#include "core/haproxy/HaproxyConfig.h"
#include "core/haproxy/MarathonRoutes.h"
#include "core/http/HttpClient.h"
#include "core/marathon/MarathonParser.h"

#include <QEventLoop>
#include <QRegularExpression>
#include <QUrl>

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
    const auto parsed = mc::marathon::MarathonParser::parseApps(ok->body);
    if (!parsed)
        return parsed.error();
    return mc::haproxy::routeAppsFrom(parsed->apps, parsed->tasks);
}

int render(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints the HAProxy configuration that routes <app>.<domain> and the apps' service ports to "
        "the tasks Marathon runs."));
    const QCommandLineOption marathon(QStringLiteral("marathon"), QStringLiteral("Marathon URL."),
                                      QStringLiteral("URL"));
    const QCommandLineOption domain(QStringLiteral("domain"),
                                    QStringLiteral("Domain: app www -> www.<domain>."),
                                    QStringLiteral("DOMAIN"));
    const QCommandLineOption httpBind(QStringLiteral("http-bind"),
                                      QStringLiteral("Host-header frontend (default *:80)."),
                                      QStringLiteral("ADDR:PORT"), QStringLiteral("*:80"));
    const QCommandLineOption serviceBind(QStringLiteral("service-bind"),
                                         QStringLiteral("Address of the service-port frontends (default *)."),
                                         QStringLiteral("ADDR"), QStringLiteral("*"));
    const QCommandLineOption statsBind(QStringLiteral("stats-bind"),
                                       QStringLiteral("Stats page (default 127.0.0.1:9090)."),
                                       QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:9090"));
    const QCommandLineOption noTcp(QStringLiteral("no-service-ports"),
                                   QStringLiteral("Only Host-header routing."));
    const QCommandLineOption check(
        QStringLiteral("check"),
        QStringLiteral("Also check the result with the local `haproxy -c`; exit 1 if it fails."));
    const QCommandLineOption user(
        QStringLiteral("http-user"),
        QStringLiteral("HTTP Basic user for Marathon; the password is read from the "
                       "MC_HTTP_PASSWORD environment variable."),
        QStringLiteral("USER"));
    parser.addOptions({ marathon, domain, httpBind, serviceBind, statsBind, noTcp, check, user });
    const mc::cli::ViaOption viaOption;
    viaOption.addTo(parser);
    if (const auto exit = parseArguments(parser, QStringLiteral("haproxy render"), args))
        return *exit;
    if (const auto via = viaOption.apply(parser); !via) {
        err() << "mesos-console-cli haproxy render"
              << ": " << via.error().message << Qt::endl;
        return ExitFailure;
    }
    if (!parser.isSet(marathon) || !parser.isSet(domain)) {
        err() << "mesos-console-cli haproxy render: --marathon and --domain are required\n";
        return ExitUsage;
    }
    const QUrl url(parser.value(marathon));
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        err() << "mesos-console-cli haproxy render: --marathon must be a URL such as http://master1:8080\n";
        return ExitUsage;
    }
    mc::http::HttpOptions http;
    http.user = parser.value(user);
    http.password = qEnvironmentVariable("MC_HTTP_PASSWORD");
    const auto routes = readRoutes(url, http);
    if (!routes) {
        err() << "Cannot read Marathon's apps: " << routes.error().message << '\n';
        return ExitFailure;
    }
    mc::haproxy::RoutingOptions options;
    options.domain = parser.value(domain);
    options.httpBind = parser.value(httpBind);
    options.serviceBindAddress = parser.value(serviceBind);
    options.statsBind = parser.value(statsBind);
    options.tcpServicePorts = !parser.isSet(noTcp);
    const auto config = mc::haproxy::renderConfig(routes.value(), options);
    if (!config) {
        err() << config.error().message << '\n';
        return ExitFailure;
    }
    for (const QString &warning : config->warnings)
        err() << "warning: " << warning << '\n';
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

int haproxyCommand(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"render")
        return render(args.mid(1));
    if (sub == u"--help" || sub == u"-h" || sub.isEmpty()) {
        (sub.isEmpty() ? err() : out())
            << "Usage: mesos-console-cli haproxy render --marathon URL --domain D [options]\n"
               "Run 'mesos-console-cli haproxy render --help' for the options.\n";
        return sub.isEmpty() ? ExitUsage : ExitOk;
    }
    err() << "mesos-console-cli haproxy: unknown subcommand '" << sub << "'\n";
    return ExitUsage;
}

const Registration registration({ QStringLiteral("haproxy"),
                                  QStringLiteral("Render the HAProxy routing config from Marathon."),
                                  haproxyCommand });

} // namespace
