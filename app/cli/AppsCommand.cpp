// mesos-console-cli apps launch|scale|restart|suspend|destroy ..., tasks kill ...,
// apps queue|why|reset-delay|versions|diff|rollback ...
// Verbs of the `apps` and `tasks` nouns (see CliCommand.h): one MarathonClient
// call each, in the dialect of the server (/v2/info), optionally waiting until
// the deployment it started is finished.
#include "app/cli/MarathonSession.h"

#include "core/http/HttpClient.h"
#include "core/marathon/AppDefinition.h"
#include "core/marathon/AppVersions.h"
#include "core/marathon/MarathonClient.h"
#include "core/marathon/MarathonParser.h"
#include "core/marathon/WhyNotRunning.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <variant>

namespace {

using namespace mc::cli;
using namespace mc::marathon;

// apps launch's own options, in the order --help lists them.
struct LaunchOptions
{
    const QCommandLineOption id { QStringLiteral("id"),
                                  QStringLiteral("App id (default: from the image name)."),
                                  QStringLiteral("id") };
    const QCommandLineOption image { QStringLiteral("image"), QStringLiteral("Docker image."),
                                     QStringLiteral("image") };
    const QCommandLineOption cmd { QStringLiteral("cmd"), QStringLiteral("Command (run with /bin/sh -c)."),
                                   QStringLiteral("cmd") };
    const QCommandLineOption instances { QStringLiteral("instances"),
                                         QStringLiteral("Instances (0-%1, default 1).").arg(kMaxInstances),
                                         QStringLiteral("n") };
    const QCommandLineOption cpus { QStringLiteral("cpus"), QStringLiteral("CPUs per instance (default 1)."),
                                    QStringLiteral("c") };
    const QCommandLineOption mem { QStringLiteral("mem"), QStringLiteral("Memory in MiB (default 128)."),
                                   QStringLiteral("m") };
    const QCommandLineOption port { QStringLiteral("port"),
                                    QStringLiteral(
                                        "A port (repeatable): the container port with --network bridge, "
                                        "else the service port; 0 = dynamic."),
                                    QStringLiteral("p") };
    const QCommandLineOption network { QStringLiteral("network"), QStringLiteral("host (default) or bridge."),
                                       QStringLiteral("mode"), QStringLiteral("host") };
    const QCommandLineOption dryRun { QStringLiteral("dry-run"),
                                      QStringLiteral("Print the request body instead of sending it.") };

    void addTo(CommandParser &parser) const
    {
        parser.addOptions({ id, image, cmd, instances, cpus, mem, port, network, dryRun });
    }
};

// The definition in FILE.json, or one for --image / --cmd. The error is a failure.
mc::Result<AppDefinition> givenDefinition(const CommandParser &parser, const LaunchOptions &o)
{
    const QStringList files = parser.positionalArguments();
    AppDefinition app;
    if (!files.isEmpty()) {
        QFile f(files.first());
        if (!f.open(QIODevice::ReadOnly))
            return mc::Error { QStringLiteral("cannot read %1: %2").arg(files.first(), f.errorString()), {} };
        auto parsed = AppDefinition::fromJsonBytes(f.readAll());
        if (!parsed.ok())
            return mc::Error { QStringLiteral("%1: %2").arg(files.first(), parsed.error().message), {} };
        return std::move(parsed).value();
    }
    app.image = parser.value(o.image);
    app.cmd = parser.value(o.cmd);
    QString name = app.image.section(u'/', -1).section(u':', 0, 0).toLower();
    app.id = u'/' + (name.isEmpty() ? QStringLiteral("app") : name);
    return app;
}

// `app` with what the options say over it (instances, resources, id, network, ports). The
// error is a usage error.
mc::Result<AppDefinition> withOptions(const CommandParser &parser, const LaunchOptions &o, AppDefinition app)
{
    const auto count = wholeNumber(parser, o.instances, 0, kMaxInstances, app.instances);
    const auto cpuCount = decimalNumber(parser, o.cpus, 1024, app.cpus, true);
    const auto memory = decimalNumber(parser, o.mem, 1024 * 1024, app.mem, true);
    for (const mc::Error *e : { count ? nullptr : &count.error(), cpuCount ? nullptr : &cpuCount.error(),
                                memory ? nullptr : &memory.error() }) {
        if (e)
            return *e;
    }
    app.instances = *count;
    app.cpus = *cpuCount;
    app.mem = *memory;
    if (parser.isSet(o.id))
        app.id = parser.value(o.id);
    if (parser.isSet(o.network)) {
        const QString mode = parser.value(o.network);
        if (mode != u"host" && mode != u"bridge")
            return mc::Error { QStringLiteral("--network is host or bridge, not '%1'").arg(mode), {} };
        app.network = mode == u"bridge" ? NetworkMode::Bridge : NetworkMode::Host;
    }
    if (parser.isSet(o.port)) {
        app.ports.clear();
        for (const QString &p : parser.values(o.port)) {
            bool ok = false;
            const int value = p.toInt(&ok);
            if (!ok || value < 0 || value > 65535)
                return mc::Error { QStringLiteral("--port takes a port from 0 to 65535, not '%1'").arg(p),
                                   {} };
            PortMapping m;
            (app.network == NetworkMode::Host ? m.servicePort : m.containerPort) = value;
            app.ports.append(m);
        }
    }
    return app;
}

// Prints what is wrong with `app` (and returns false), if anything.
bool isValid(const AppDefinition &app)
{
    const QList<FieldError> errors = app.validate();
    if (errors.isEmpty())
        return true;
    failure(QStringLiteral("the definition is not valid:"));
    for (const FieldError &e : errors)
        err() << "  " << e.path << ": " << e.message << '\n';
    return false;
}

int launch(const QStringList &args)
{
    CommandParser parser(QStringLiteral("apps launch"));
    parser.setApplicationDescription(QStringLiteral(
        "Launch a Marathon app from a JSON file (as Marathon and its CLIs use) or from options. "
        "The request is written in the dialect of the server's version."));
    Connection c;
    c.addTo(parser);
    const LaunchOptions o;
    o.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("App definition (.json)."),
                                 QStringLiteral("[FILE.json]"));
    const QString example
        = QStringLiteral("apps launch --marathon http://m1:8080 --image nginx --instances 4 "
                         "--cpus 0.25 --mem 512 --port 0");
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (!parser.isSet(c.marathon) && !parser.isSet(o.dryRun))
        return usageError(QStringLiteral("--marathon URL is required, e.g. '%1'").arg(example));
    const auto wait = wholeNumber(parser, c.wait, 0, 86400, 0);
    if (!wait)
        return usageError(wait.error().message);
    if (parser.positionalArguments().isEmpty() && !parser.isSet(o.image) && !parser.isSet(o.cmd))
        return usageError(QStringLiteral("give FILE.json or --image/--cmd, e.g. '%1'").arg(example));
    const auto given = givenDefinition(parser, o);
    if (!given)
        return failure(given.error().message);
    const auto app = withOptions(parser, o, *given);
    if (!app)
        return usageError(app.error().message);
    if (!isValid(*app))
        return ExitFailure;
    if (parser.isSet(o.dryRun)) {
        out() << app->toJsonBytes(AppDialect::V15);
        return ExitOk;
    }
    if (const auto exit = c.http.apply(parser))
        return *exit;
    Session session(c, parser, *wait);
    if (!session.detectDialect())
        return ExitFailure;
    return session.change([&](QObject *ctx, auto done) { session.client().createApp(*app, ctx, done); });
}

int scale(const QStringList &args)
{
    CommandParser parser(QStringLiteral("apps scale"));
    parser.setApplicationDescription(QStringLiteral("Scale a Marathon app to N instances."));
    return runScale(parser, args, QStringLiteral("App"),
                    QStringLiteral("apps scale /prod/web 4 --marathon http://m1:8080"), &Session::appExists,
                    &MarathonClient::scaleApp);
}

// restart, suspend, destroy: ID only.
int simple(const QString &verb, const QStringList &args)
{
    CommandParser parser(QStringLiteral("apps ") + verb);
    parser.setApplicationDescription(verb == u"restart" ? QStringLiteral("Rolling restart of a Marathon app.")
                                         : verb == u"suspend"
                                         ? QStringLiteral("Scale a Marathon app to 0 instances.")
                                         : QStringLiteral("Destroy a Marathon app and its tasks."));
    return runById(parser, args, QStringLiteral("App"),
                   parser.command() + QStringLiteral(" /prod/web --marathon http://m1:8080"),
                   verb != u"destroy", &Session::appExists,
                   [&verb](MarathonClient &client, const QString &id, bool force, QObject *ctx,
                           MarathonClient::Callback done) {
                       if (verb == u"restart")
                           client.restartApp(id, force, ctx, done);
                       else if (verb == u"suspend")
                           client.suspendApp(id, force, ctx, done);
                       else
                           client.destroyApp(id, ctx, done);
                   });
}

int killTasks(const QStringList &args)
{
    CommandParser parser(QStringLiteral("tasks kill"));
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
    int waitSeconds = 0;
    if (const auto exit
        = prepare(parser, c, args, -1,
                  QStringLiteral("tasks kill web.1234 --scale --marathon http://m1:8080"), &waitSeconds))
        return *exit;
    const QStringList ids = parser.positionalArguments();
    if (ids.isEmpty())
        return usageError(QStringLiteral("give at least one task id"));
    Session session(c, parser, waitSeconds);
    return session.change([&](QObject *ctx, auto done) {
        session.client().killTasks(ids, parser.isSet(scaleOption), parser.isSet(force), ctx, done);
    });
}

// The queue entry of `id` (nullopt: not queued), or the exit code when the queue cannot be read.
std::variant<std::optional<QueueEntry>, int> queueEntry(Session &session, const QString &id)
{
    const auto queue = session.read<QList<QueueEntry>>(
        [&](QObject *ctx, auto done) { session.client().fetchQueue(ctx, done); });
    if (!queue)
        return int(ExitFailure);
    for (const QueueEntry &e : *queue) {
        if (e.appId == id)
            return std::optional<QueueEntry>(e);
    }
    return std::optional<QueueEntry>();
}

int queue(const QStringList &args)
{
    CommandParser parser(QStringLiteral("apps queue"));
    parser.setApplicationDescription(
        QStringLiteral("Apps waiting to launch: instances left, back-off delay and the main reason offers "
                       "were declined (Marathon 1.4+)."));
    Connection c;
    c.addTo(parser, false, false);
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("One JSON object per app (the why "
                                                 "of each)."));
    parser.addOption(json);
    if (const auto exit = prepare(parser, c, args, 0, QStringLiteral("apps queue --marathon http://m1:8080")))
        return *exit;
    Session session(c, parser, 0);
    const auto queue = session.read<QList<QueueEntry>>(
        [&](QObject *ctx, auto done) { session.client().fetchQueue(ctx, done); });
    if (!queue)
        return ExitFailure;
    if (parser.isSet(json)) {
        QJsonArray all;
        for (const QueueEntry &e : *queue)
            all.append(WhyNotRunning::toJson(e.appId, e, std::nullopt));
        out() << QJsonDocument(all).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    QList<QStringList> rows;
    for (const QueueEntry &e : *queue) {
        const QString main = WhyNotRunning::mainReason(e);
        rows.append({ e.appId, QString::number(e.count),
                      e.isDelayed() ? QStringLiteral("%1 s").arg(e.timeLeftSeconds) : QStringLiteral("-"),
                      !e.hasOfferSummary ? QStringLiteral("(no offer summary before Marathon 1.4)")
                          : main.isEmpty()
                          ? QStringLiteral("-")
                          : QStringLiteral("%1 (%2)").arg(WhyNotRunning::reasonText(main), main) });
    }
    if (rows.isEmpty()) {
        out() << "no app waits to be launched\n";
        return ExitOk;
    }
    printColumns({ QStringLiteral("APP"), QStringLiteral("WAITING"), QStringLiteral("DELAY"),
                   QStringLiteral("REASON") },
                 rows);
    return ExitOk;
}

int why(const QStringList &args)
{
    CommandParser parser(QStringLiteral("apps why"));
    parser.setApplicationDescription(
        QStringLiteral("Why an app is not running: its launch queue entry, the reasons offers were "
                       "declined, what it asks against the largest free offer, unmatched constraints, "
                       "the back-off delay and the last task failure."));
    Connection c;
    c.addTo(parser, false, false);
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("JSON instead of text."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("App id."), QStringLiteral("ID"));
    if (const auto exit
        = prepare(parser, c, args, 1, QStringLiteral("apps why /prod/web --marathon http://m1:8080")))
        return *exit;
    Session session(c, parser, 0);
    const QString id = absoluteId(parser.positionalArguments().at(0));
    const auto app = session.read<QJsonObject>(
        [&](QObject *ctx, auto done) { session.client().fetchApp(id, ctx, done); });
    if (!app)
        return ExitFailure;
    const auto entry = queueEntry(session, id);
    if (const int *exit = std::get_if<int>(&entry))
        return *exit;
    const auto health = session.read<QList<TaskHealth>>(
        [&](QObject *ctx, auto done) { session.client().fetchTaskHealth(id, ctx, done); });
    if (!health)
        return ExitFailure;
    const auto failure = MarathonParser::appFromJson(*app).lastTaskFailure;
    const auto &queued = std::get<std::optional<QueueEntry>>(entry);
    if (parser.isSet(json)) {
        QJsonObject o = WhyNotRunning::toJson(id, queued, failure);
        o.insert(QStringLiteral("health"), QJsonArray::fromStringList(WhyNotRunning::healthLines(*health)));
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const QString &line :
         WhyNotRunning::explain(id, queued, failure) + WhyNotRunning::healthLines(*health))
        out() << line << '\n';
    return ExitOk;
}

int resetDelay(const QStringList &args)
{
    CommandParser parser(QStringLiteral("apps reset-delay"));
    parser.setApplicationDescription(
        QStringLiteral("End an app's back-off delay: Marathon launches it at the next offer."));
    Connection c;
    c.addTo(parser, false);
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("App id."), QStringLiteral("ID"));
    if (const auto exit
        = prepare(parser, c, args, 1, QStringLiteral("apps reset-delay /prod/web --marathon http://m1:8080")))
        return *exit;
    Session session(c, parser, 0);
    const QString id = absoluteId(parser.positionalArguments().at(0));
    return session.change([&](QObject *ctx, auto done) { session.client().resetDelay(id, ctx, done); });
}

// The app's versions, oldest first; nullopt when they cannot be read (said).
std::optional<QStringList> versionsOf(Session &session, const QString &id)
{
    return session.read<QStringList>(
        [&](QObject *ctx, auto done) { session.client().fetchVersions(id, ctx, done); });
}

int versions(const QStringList &args)
{
    CommandParser parser(QStringLiteral("apps versions"));
    parser.setApplicationDescription(
        QStringLiteral("An app's versions, oldest first; * marks the running one."));
    Connection c;
    c.addTo(parser, false, false);
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("App id."), QStringLiteral("ID"));
    if (const auto exit
        = prepare(parser, c, args, 1, QStringLiteral("apps versions /prod/web --marathon http://m1:8080")))
        return *exit;
    Session session(c, parser, 0);
    const QString id = absoluteId(parser.positionalArguments().at(0));
    const auto list = versionsOf(session, id);
    if (!list)
        return ExitFailure;
    for (const QString &v : *list)
        out() << (v == list->constLast() ? "* " : "  ") << v << '\n';
    return ExitOk;
}

// Version `version` of the app (as Marathon stored it); nullopt when it cannot be read (said).
std::optional<QJsonObject> versionOf(Session &session, const QString &id, const QString &version)
{
    return session.read<QJsonObject>(
        [&](QObject *ctx, auto done) { session.client().fetchVersion(id, version, ctx, done); });
}

int diff(const QStringList &args)
{
    CommandParser parser(QStringLiteral("apps diff"));
    parser.setApplicationDescription(
        QStringLiteral("The difference between two versions of an app (default: the previous and the "
                       "current one; with V1 only: V1 and the current one)."));
    Connection c;
    c.addTo(parser, false, false);
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("App id."), QStringLiteral("ID"));
    parser.addPositionalArgument(QStringLiteral("v1"), QStringLiteral("Older version."),
                                 QStringLiteral("[V1]"));
    parser.addPositionalArgument(QStringLiteral("v2"), QStringLiteral("Newer version."),
                                 QStringLiteral("[V2]"));
    if (const auto exit
        = prepare(parser, c, args, -1, QStringLiteral("apps diff /prod/web --marathon http://m1:8080")))
        return *exit;
    const QStringList given = parser.positionalArguments();
    if (given.isEmpty() || given.size() > 3)
        return usageError(
            QStringLiteral("expected e.g. 'apps diff /prod/web [V1] [V2] --marathon http://m1:8080'"));
    Session session(c, parser, 0);
    const QString id = absoluteId(given[0]);
    const auto list = versionsOf(session, id);
    if (!list)
        return ExitFailure;
    if (given.size() == 1 && list->size() < 2) {
        out() << id << " has one version only: nothing to compare\n";
        return ExitOk;
    }
    const QString older = given.size() > 1 ? given[1] : list->at(list->size() - 2);
    const QString newer = given.size() > 2 ? given[2] : list->constLast();
    for (const QString &v : { older, newer }) {
        if (!list->contains(v))
            return failure(QStringLiteral("%1 has no version %2; its versions: %3")
                               .arg(id, v, list->join(QStringLiteral(", "))));
    }
    const auto a = versionOf(session, id, older);
    const auto b = a ? versionOf(session, id, newer) : std::nullopt;
    if (!a || !b)
        return ExitFailure;
    const QString text
        = versionDiff(*a, *b, QStringLiteral("%1 %2").arg(id, older), QStringLiteral("%1 %2").arg(id, newer));
    out() << (text.isEmpty() ? QStringLiteral("no difference in the definition (only scaling or a restart)\n")
                             : text);
    return ExitOk;
}

int rollback(const QStringList &args)
{
    CommandParser parser(QStringLiteral("apps rollback"));
    parser.setApplicationDescription(
        QStringLiteral("Deploy an earlier (or later) version of an app: prints the difference to the "
                       "running version, then sends {\"version\": VERSION}."));
    Connection c;
    c.addTo(parser);
    const QCommandLineOption to(QStringLiteral("to"),
                                QStringLiteral("The version to deploy (see apps versions)."),
                                QStringLiteral("version"));
    const QCommandLineOption force(QStringLiteral("force"), QStringLiteral("Override a deployment lock."));
    parser.addOptions({ to, force });
    parser.addPositionalArgument(QStringLiteral("id"), QStringLiteral("App id."), QStringLiteral("ID"));
    int waitSeconds = 0;
    const QString example = QStringLiteral("apps rollback /prod/web --to 2026-12-06T10:00:00.000Z --marathon "
                                           "http://m1:8080");
    if (const auto exit = prepare(parser, c, args, 1, example, &waitSeconds))
        return *exit;
    if (!parser.isSet(to))
        return usageError(QStringLiteral("--to VERSION is required, e.g. '%1'").arg(example));
    Session session(c, parser, waitSeconds);
    const QString id = absoluteId(parser.positionalArguments().at(0));
    const QString version = parser.value(to);
    const auto list = versionsOf(session, id);
    if (!list)
        return ExitFailure;
    if (!list->contains(version))
        return failure(QStringLiteral("%1 has no version %2; its versions: %3")
                           .arg(id, version, list->join(QStringLiteral(", "))));
    const auto target = versionOf(session, id, version);
    const auto current = target ? session.read<QJsonObject>(
                             [&](QObject *ctx, auto done) { session.client().fetchApp(id, ctx, done); })
                                : std::nullopt;
    if (!target || !current)
        return ExitFailure;
    const QString text = versionDiff(*current, *target, QStringLiteral("%1 (running)").arg(id),
                                     QStringLiteral("%1 %2").arg(id, version));
    out() << (text.isEmpty() ? QStringLiteral("the definition does not change (instances may)\n") : text);
    out().flush();
    return session.change([&](QObject *ctx, auto done) {
        session.client().applyVersion(id, version, parser.isSet(force), ctx, done);
    });
}

const Registration queueVerb({ QStringLiteral("apps queue"),
                               QStringLiteral("Apps waiting to launch, their delay and main decline reason."),
                               queue });
const Registration whyVerb({ QStringLiteral("apps why"), QStringLiteral("Why an app is not running."), why });
const Registration resetDelayVerb({ QStringLiteral("apps reset-delay"),
                                    QStringLiteral("End an app's back-off delay."), resetDelay });
const Registration versionsVerb({ QStringLiteral("apps versions"), QStringLiteral("An app's versions."),
                                  versions });
const Registration diffVerb({ QStringLiteral("apps diff"), QStringLiteral("Compare two versions of an app."),
                              diff });
const Registration rollbackVerb({ QStringLiteral("apps rollback"),
                                  QStringLiteral("Deploy another version of an app (--to VERSION)."),
                                  rollback });

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
