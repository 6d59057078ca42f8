// mesos-console-cli apps launch|scale|restart|suspend|destroy ..., tasks kill ..., deployments rollback ...
// Verbs of the `apps` and `tasks` nouns (see CliCommand.h): one MarathonClient
// call each, in the dialect of the server (/v2/info), optionally waiting until
// the deployment it started is finished.
#include "app/cli/CliCommand.h"
#include "app/cli/ViaOption.h"

#include "core/http/HttpClient.h"
#include "core/marathon/AppDefinition.h"
#include "core/marathon/MarathonClient.h"
#include "core/marathon/MarathonParser.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

namespace {

using namespace mc::cli;
using namespace mc::marathon;

struct Connection
{
    QCommandLineOption marathon { QStringLiteral("marathon"),
                                  QStringLiteral("Marathon URL, e.g. http://m1:8080."),
                                  QStringLiteral("url") };
    QCommandLineOption user { QStringLiteral("user"), QStringLiteral("HTTP Basic user."),
                              QStringLiteral("name") };
    QCommandLineOption passwordEnv { QStringLiteral("password-env"),
                                     QStringLiteral("Environment variable holding the HTTP Basic password."),
                                     QStringLiteral("var") };
    QCommandLineOption timeout { QStringLiteral("timeout"),
                                 QStringLiteral("Seconds per request (default 10)."), QStringLiteral("s"),
                                 QStringLiteral("10") };
    QCommandLineOption wait { QStringLiteral("wait"),
                              QStringLiteral("Wait up to this many seconds for the deployment to finish."),
                              QStringLiteral("s") };
    mc::cli::ViaOption via;

    void addTo(QCommandLineParser &parser, bool withWait = true) const
    {
        parser.addOptions({ marathon, user, passwordEnv, timeout });
        via.addTo(parser);
        if (withWait)
            parser.addOption(wait);
    }
};

template<typename T> std::optional<T> await(std::function<void(std::function<void(T)>)> start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](T value) {
        result = std::move(value);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result;
}

class Session
{
public:
    Session(const Connection &c, const QCommandLineParser &parser)
    {
        mc::http::HttpOptions options;
        options.timeoutMs = qMax(1, parser.value(c.timeout).toInt()) * 1000;
        options.user = parser.value(c.user);
        if (parser.isSet(c.passwordEnv))
            options.password = qEnvironmentVariable(parser.value(c.passwordEnv).toLocal8Bit().constData());
        m_http = std::make_unique<mc::http::HttpClient>(options);
        m_client = std::make_unique<MarathonClient>(m_http.get(), QUrl(parser.value(c.marathon)));
        if (parser.isSet(c.wait))
            m_waitSeconds = parser.value(c.wait).toInt();
    }

    MarathonClient &client() { return *m_client; }

    bool detectDialect()
    {
        const auto r = await<mc::Result<AppDialect>>([&](auto done) {
            m_client->detectDialect(&m_context, [done](mc::Result<AppDialect> d) { done(d); });
        });
        if (!r->ok()) {
            err() << "Cannot read Marathon's version: " << r->error().message << '\n';
            return false;
        }
        return true;
    }

    // Runs one change, reports it, waits for its deployment if asked. Returns the exit code.
    int change(const std::function<void(QObject *, MarathonClient::Callback)> &start)
    {
        const auto r = await<ActionResult>([&](auto done) { start(&m_context, done); });
        if (!r->ok()) {
            err() << r->outcome.error().message << '\n';
            for (const FieldError &e : r->fieldErrors)
                err() << "  " << e.path << ": " << e.message << '\n';
            if (r->isLocked())
                err() << "  Run again with --force to cancel the running deployment, or wait for it.\n";
            return ExitFailure;
        }
        const QString deployment = r->outcome->deploymentId;
        if (deployment.isEmpty()) {
            out() << "done\n";
            return ExitOk;
        }
        out() << "deployment " << deployment << " started\n";
        out().flush();
        if (m_waitSeconds <= 0)
            return ExitOk;
        return waitForDeployment(deployment);
    }

private:
    int waitForDeployment(const QString &id)
    {
        QDeadlineTimer deadline(qint64(m_waitSeconds) * 1000);
        while (!deadline.hasExpired()) {
            const QUrl url(m_client->baseUrl().toString() + QStringLiteral("/v2/deployments"));
            const auto r = await<mc::Result<mc::http::HttpResponse>>([&](auto done) {
                m_http->get(url, &m_context, [done](mc::Result<mc::http::HttpResponse> x) { done(x); });
            });
            if (r->ok() && (*r)->isSuccess()) {
                const auto deployments = MarathonParser::parseDeployments((*r)->body);
                if (deployments.ok()
                    && std::none_of(deployments->begin(), deployments->end(),
                                    [&](const Deployment &d) { return d.id == id; })) {
                    out() << "deployment " << id << " finished\n";
                    return ExitOk;
                }
            }
            QEventLoop pause;
            QTimer::singleShot(500, &pause, &QEventLoop::quit);
            pause.exec();
        }
        err() << "deployment " << id << " still running after " << m_waitSeconds
              << " s; follow it with 'mesos-console-cli apps --marathon URL'.\n";
        return ExitFailure;
    }

    QObject m_context;
    std::unique_ptr<mc::http::HttpClient> m_http;
    std::unique_ptr<MarathonClient> m_client;
    int m_waitSeconds = 0;
};

int usage(const QString &message)
{
    err() << message << '\n';
    err().flush();
    return ExitUsage;
}

// Parses, checks --marathon and the number of positional arguments.
std::optional<int> prepare(QCommandLineParser &parser, const Connection &c, const QString &name,
                           const QStringList &args, int positional, const QString &example)
{
    if (const auto exit = parseArguments(parser, name, args))
        return *exit;
    if (const auto via = c.via.apply(parser); !via) {
        err() << name << ": " << via.error().message << Qt::endl;
        return ExitFailure;
    }
    if (!parser.isSet(c.marathon))
        return usage(name + QStringLiteral(": --marathon URL is required, e.g. '") + example + u'\'');
    if (positional >= 0 && parser.positionalArguments().size() != positional)
        return usage(name + QStringLiteral(": expected e.g. '") + example + u'\'');
    return std::nullopt;
}

int launch(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Launch a Marathon app from a JSON file (as Marathon and its CLIs use) or from options. "
        "The request is written in the dialect of the server's version."));
    Connection c;
    c.addTo(parser);
    const QCommandLineOption id(
        QStringLiteral("id"), QStringLiteral("App id (default: from the image name)."), QStringLiteral("id"));
    const QCommandLineOption image(QStringLiteral("image"), QStringLiteral("Docker image."),
                                   QStringLiteral("image"));
    const QCommandLineOption cmd(QStringLiteral("cmd"), QStringLiteral("Command (run with /bin/sh -c)."),
                                 QStringLiteral("cmd"));
    const QCommandLineOption instances(QStringLiteral("instances"), QStringLiteral("Instances (default 1)."),
                                       QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption cpus(QStringLiteral("cpus"), QStringLiteral("CPUs per instance (default 1)."),
                                  QStringLiteral("c"), QStringLiteral("1"));
    const QCommandLineOption mem(QStringLiteral("mem"), QStringLiteral("Memory in MiB (default 128)."),
                                 QStringLiteral("m"), QStringLiteral("128"));
    const QCommandLineOption port(
        QStringLiteral("port"),
        QStringLiteral("A port (repeatable): the container port with --network bridge, "
                       "else the service port; 0 = dynamic."),
        QStringLiteral("p"));
    const QCommandLineOption network(QStringLiteral("network"), QStringLiteral("host (default) or bridge."),
                                     QStringLiteral("mode"), QStringLiteral("host"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Print the request body instead of sending it."));
    parser.addOptions({ id, image, cmd, instances, cpus, mem, port, network, dryRun });
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("App definition (.json)."),
                                 QStringLiteral("[FILE.json]"));
    const QString example
        = QStringLiteral("apps launch --marathon http://m1:8080 --image nginx --instances 4 "
                         "--cpus 0.25 --mem 512 --port 0");
    if (const auto exit = parseArguments(parser, QStringLiteral("apps launch"), args))
        return *exit;
    if (!parser.isSet(c.marathon) && !parser.isSet(dryRun))
        return usage(QStringLiteral("apps launch: --marathon URL is required, e.g. '") + example + u'\'');

    AppDefinition app;
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1 || (files.isEmpty() && !parser.isSet(image) && !parser.isSet(cmd)))
        return usage(QStringLiteral("apps launch: give FILE.json or --image/--cmd, e.g. '") + example
                     + u'\'');
    if (!files.isEmpty()) {
        QFile f(files.first());
        if (!f.open(QIODevice::ReadOnly)) {
            err() << "apps launch: cannot read " << files.first() << ": " << f.errorString() << '\n';
            return ExitFailure;
        }
        auto parsed = AppDefinition::fromJsonBytes(f.readAll());
        if (!parsed.ok()) {
            err() << "apps launch: " << files.first() << ": " << parsed.error().message << '\n';
            return ExitFailure;
        }
        app = std::move(parsed).value();
    } else {
        app.image = parser.value(image);
        app.cmd = parser.value(cmd);
        QString name = app.image.section(u'/', -1).section(u':', 0, 0).toLower();
        app.id = u'/' + (name.isEmpty() ? QStringLiteral("app") : name);
    }
    auto number = [&](const QCommandLineOption &o, double &target) {
        if (!parser.isSet(o))
            return true;
        bool ok = false;
        target = parser.value(o).toDouble(&ok);
        return ok;
    };
    double n = app.instances;
    if (!number(cpus, app.cpus) || !number(mem, app.mem) || !number(instances, n))
        return usage(QStringLiteral("apps launch: --cpus, --mem and --instances take numbers"));
    app.instances = int(n);
    if (parser.isSet(id))
        app.id = parser.value(id);
    if (parser.isSet(network)) {
        const QString mode = parser.value(network);
        if (mode != u"host" && mode != u"bridge")
            return usage(QStringLiteral("apps launch: --network is host or bridge"));
        app.network = mode == u"bridge" ? NetworkMode::Bridge : NetworkMode::Host;
    }
    if (parser.isSet(port)) {
        app.ports.clear();
        for (const QString &p : parser.values(port)) {
            bool ok = false;
            const int value = p.toInt(&ok);
            if (!ok)
                return usage(QStringLiteral("apps launch: --port takes a number, got '%1'").arg(p));
            PortMapping m;
            (app.network == NetworkMode::Host ? m.servicePort : m.containerPort) = value;
            app.ports.append(m);
        }
    }
    const QList<FieldError> errors = app.validate();
    if (!errors.isEmpty()) {
        err() << "apps launch: the definition is not valid:\n";
        for (const FieldError &e : errors)
            err() << "  " << e.path << ": " << e.message << '\n';
        return ExitFailure;
    }
    if (parser.isSet(dryRun)) {
        out() << app.toJsonBytes(AppDialect::V15);
        return ExitOk;
    }
    Session session(c, parser);
    if (!session.detectDialect())
        return ExitFailure;
    return session.change([&](QObject *ctx, auto done) { session.client().createApp(app, ctx, done); });
}

int scale(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Scale a Marathon app to N instances."));
    Connection c;
    c.addTo(parser);
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Override a deployment lock."));
    parser.addOption(force);
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("App id."));
    parser.addPositionalArgument(QStringLiteral("n"), QStringLiteral("Instances."));
    if (const auto exit = prepare(parser, c, QStringLiteral("apps scale"), args, 2,
                                  QStringLiteral("apps scale /prod/web 4 --marathon http://m1:8080")))
        return *exit;
    bool ok = false;
    const int n = parser.positionalArguments()[1].toInt(&ok);
    if (!ok || n < 0)
        return usage(QStringLiteral("apps scale: N is a whole number of 0 or more"));
    Session session(c, parser);
    const QString id = parser.positionalArguments()[0];
    return session.change(
        [&](QObject *ctx, auto done) { session.client().scaleApp(id, n, parser.isSet(force), ctx, done); });
}

// restart, suspend, destroy: ID only.
int simple(const QString &verb, const QStringList &args)
{
    QCommandLineParser parser;
    Connection c;
    c.addTo(parser);
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Override a deployment lock."));
    if (verb != u"destroy")
        parser.addOption(force);
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("App id."));
    const QString name = QStringLiteral("apps ") + verb;
    if (const auto exit
        = prepare(parser, c, name, args, 1, name + QStringLiteral(" /prod/web --marathon http://m1:8080")))
        return *exit;
    Session session(c, parser);
    const QString id = parser.positionalArguments()[0];
    const bool forced = verb != u"destroy" && parser.isSet(force);
    return session.change([&](QObject *ctx, auto done) {
        if (verb == u"restart")
            session.client().restartApp(id, forced, ctx, done);
        else if (verb == u"suspend")
            session.client().suspendApp(id, forced, ctx, done);
        else
            session.client().destroyApp(id, ctx, done);
    });
}

int killTasks(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Kill Marathon tasks. Without --scale Marathon starts replacements; with it the app shrinks."));
    Connection c;
    c.addTo(parser);
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("Scale the app down by the killed tasks."));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("Override a deployment lock (with --scale)."));
    parser.addOptions({ scaleOption, force });
    parser.addPositionalArgument(QStringLiteral("task"), QStringLiteral("Task ids."),
                                 QStringLiteral("TASKID..."));
    if (const auto exit = prepare(parser, c, QStringLiteral("tasks kill"), args, -1,
                                  QStringLiteral("tasks kill web.1234 --scale --marathon http://m1:8080")))
        return *exit;
    const QStringList ids = parser.positionalArguments();
    if (ids.isEmpty())
        return usage(QStringLiteral("tasks kill: give at least one task id"));
    Session session(c, parser);
    return session.change([&](QObject *ctx, auto done) {
        session.client().killTasks(ids, parser.isSet(scaleOption), parser.isSet(force), ctx, done);
    });
}

const Registration launchVerb(
    { QStringLiteral("apps launch"),
      QStringLiteral("Launch an app from FILE.json or --image/--instances/--cpus/--mem."), launch });
const Registration scaleVerb({ QStringLiteral("apps scale"), QStringLiteral("Scale an app: ID N."), scale });
const Registration restartVerb({ QStringLiteral("apps restart"), QStringLiteral("Rolling restart of an app."),
                                 [](const QStringList &a) { return simple(QStringLiteral("restart"), a); } });
const Registration suspendVerb({ QStringLiteral("apps suspend"), QStringLiteral("Scale an app to 0."),
                                 [](const QStringList &a) { return simple(QStringLiteral("suspend"), a); } });
const Registration destroyVerb({ QStringLiteral("apps destroy"),
                                 QStringLiteral("Destroy an app and its tasks."),
                                 [](const QStringList &a) { return simple(QStringLiteral("destroy"), a); } });
const Registration killVerb({ QStringLiteral("tasks kill"),
                              QStringLiteral("Kill tasks (--scale: do not replace)."), killTasks });

} // namespace
