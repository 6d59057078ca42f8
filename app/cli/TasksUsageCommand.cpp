// tasks usage: what running tasks use now, from their agents' /monitor/statistics.

#include "app/cli/CliCommand.h"
#include "app/cli/HttpCliOptions.h"
#include "app/cli/TaskLookup.h"
#include "core/cluster/UsageSampler.h"
#include "core/http/HttpClient.h"
#include "core/marathon/MarathonClient.h"
#include "core/util/Numbers.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

namespace {

using namespace mc::cli;

// The ids of an app's tasks, from Marathon (GET /v2/apps/{id} carries them).
std::optional<int> appTasks(mc::http::HttpClient &http, const QString &marathon, const QString &appId,
                            QSet<QString> &ids)
{
    mc::marathon::MarathonClient client(&http, QUrl::fromUserInput(marathon));
    QEventLoop loop;
    mc::Result<QJsonObject> app = mc::Error {};
    client.fetchApp(appId, &loop, [&](mc::Result<QJsonObject> r) {
        app = std::move(r);
        loop.quit();
    });
    loop.exec();
    if (!app)
        return failure(app.error().message);
    const QJsonArray tasks = app->value(QLatin1String("tasks")).toArray();
    for (const QJsonValue &t : tasks)
        ids.insert(t.toObject().value(QLatin1String("id")).toString());
    return std::nullopt;
}

// The running tasks to sample (only those in `wanted` when it is given, the tasks of `appId`)
// and the agent each runs on, in `hostOf`.
QList<mc::cluster::UsageTarget> runningTargets(const mc::mesos::MasterState &state, const QString &appId,
                                               const QSet<QString> *wanted, QHash<QString, QString> *hostOf)
{
    QHash<QString, const mc::mesos::Agent *> agents;
    for (const mc::mesos::Agent &agent : state.agents)
        agents.insert(agent.id, &agent);
    QList<mc::cluster::UsageTarget> targets;
    for (const mc::mesos::Task &task : state.tasks) {
        if (task.completed || task.state != mc::mesos::TaskState::Running || !agents.contains(task.agentId))
            continue;
        if (wanted && !wanted->contains(task.id))
            continue;
        const mc::mesos::Agent *agent = agents.value(task.agentId);
        targets.append({ task.id, task.frameworkId, task.executorId, agent->url(), appId });
        hostOf->insert(task.id, agent->url().authority());
    }
    return targets;
}

// Two rounds, `seconds` apart: CPU is the difference of the CPU time over the time between.
void sampleTwice(mc::cluster::UsageSampler &sampler, double seconds)
{
    for (int round = 0; round < 2; ++round) {
        if (round > 0) {
            QEventLoop wait;
            QTimer::singleShot(int(seconds * 1000), &wait, &QEventLoop::quit);
            wait.exec();
        }
        QEventLoop loop;
        QObject::connect(&sampler, &mc::cluster::UsageSampler::usageChanged, &loop, &QEventLoop::quit);
        sampler.sampleNow();
        loop.exec();
    }
}

// --json: one array of the sampled tasks, raw numbers.
void printUsageJson(const QList<mc::cluster::UsageTarget> &targets, const mc::cluster::TaskUsageMap &usage,
                    const QHash<QString, QString> &hostOf)
{
    QJsonArray array;
    for (const mc::cluster::UsageTarget &t : targets) {
        const auto u = usage.constFind(t.taskId);
        if (u == usage.cend())
            continue;
        QJsonObject o { { QStringLiteral("id"), t.taskId },
                        { QStringLiteral("agent"), hostOf.value(t.taskId) },
                        { QStringLiteral("cpusUsed"), u->cpusUsed },
                        { QStringLiteral("cpusLimit"), u->cpusLimit },
                        { QStringLiteral("memRssBytes"), u->memRssBytes },
                        { QStringLiteral("memLimitBytes"), u->memLimitBytes } };
        if (u->throttledSecs)
            o.insert(QStringLiteral("cpusThrottledSecs"), *u->throttledSecs);
        array.append(o);
    }
    out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)) << '\n';
}

// The table for people: a task not sampled shows "?".
void printUsageTable(const QList<mc::cluster::UsageTarget> &targets, const mc::cluster::TaskUsageMap &usage,
                     const QHash<QString, QString> &hostOf)
{
    QList<QStringList> rows;
    for (const mc::cluster::UsageTarget &t : targets) {
        const auto u = usage.constFind(t.taskId);
        if (u == usage.cend()) {
            rows.append(
                { t.taskId, hostOf.value(t.taskId), QStringLiteral("?"), QString(), QString(), QString() });
            continue;
        }
        rows.append(
            { t.taskId, hostOf.value(t.taskId),
              u->cpuFraction() < 0 ? QStringLiteral("?")
                                   : mc::util::decimal(u->cpuFraction() * 100, 0) + QStringLiteral(" %"),
              mc::util::decimal(std::max(u->cpusUsed, 0.0), 2) + u'/' + mc::util::decimal(u->cpusLimit, 2),
              mc::util::bytes(double(u->memRssBytes)) + u'/' + mc::util::bytes(double(u->memLimitBytes)),
              u->throttledSecs ? mc::util::decimal(*u->throttledSecs, 1) + QStringLiteral(" s")
                               : QStringLiteral("-") });
    }
    printColumns({ QStringLiteral("TASK"), QStringLiteral("AGENT"), QStringLiteral("CPU%"),
                   QStringLiteral("CPUS"), QStringLiteral("MEM"), QStringLiteral("THROTTLED") },
                 rows);
}

int tasksUsage(const QStringList &args)
{
    CommandParser parser(QStringLiteral("tasks usage"));
    parser.setApplicationDescription(QStringLiteral(
        "What running tasks use now, from their agents' /monitor/statistics: CPU (cores used over\n"
        "--interval, from the CPU time of two samples, and % of the task's CPU limit), resident\n"
        "memory against its limit, CPU throttling where the agent reports it (cgroups).\n"
        "Agents are asked a few at a time, only those running the tasks shown."));
    const QCommandLineOption master(
        QStringLiteral("master"), QStringLiteral("A Mesos master: http://host:5050."), QStringLiteral("url"));
    const QCommandLineOption marathon(QStringLiteral("marathon"),
                                      QStringLiteral("Marathon (needed for --app): http://host:8080."),
                                      QStringLiteral("url"));
    const QCommandLineOption app(
        QStringLiteral("app"), QStringLiteral("Only the tasks of this Marathon app."), QStringLiteral("id"));
    const QCommandLineOption interval(QStringLiteral("interval"),
                                      QStringLiteral("Seconds between the two samples (0.2-60, default 1)."),
                                      QStringLiteral("s"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("One JSON array, raw numbers."));
    parser.addOptions({ master, marathon, app, interval, json });
    HttpCliOptions httpOptions;
    httpOptions.addTo(parser, false);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (const auto exit = httpOptions.apply(parser))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().constFirst()));
    if (!parser.isSet(master))
        return usageError(QStringLiteral("--master URL is required"));
    if (parser.isSet(app) && !parser.isSet(marathon))
        return usageError(QStringLiteral("--app needs --marathon URL (Marathon knows the app's tasks)"));
    const auto seconds = decimalNumber(parser, interval, 60, 1, true);
    if (!seconds)
        return usageError(seconds.error().message);
    if (*seconds < 0.2)
        return usageError(QStringLiteral("--interval must be at least 0.2 s"));

    mc::http::HttpClient http(httpOptions.options());
    mc::mesos::MasterState state;
    if (const auto exit = readMasterState(parser.value(master), http, state))
        return *exit;
    QSet<QString> wanted;
    if (parser.isSet(app)) {
        if (const auto exit = appTasks(http, parser.value(marathon), parser.value(app), wanted))
            return *exit;
    }
    QHash<QString, QString> hostOf;
    const QList<mc::cluster::UsageTarget> targets
        = runningTargets(state, parser.isSet(app) ? parser.value(app) : QString(),
                         parser.isSet(app) ? &wanted : nullptr, &hostOf);
    if (targets.isEmpty()) {
        err() << "tasks usage: no running task"
              << (parser.isSet(app) ? QStringLiteral(" of ") + parser.value(app) : QString()) << '\n';
        return parser.isSet(app) ? ExitFailure : ExitOk;
    }

    mc::cluster::UsageSampler sampler(&http);
    sampler.setTargets(targets);
    sampleTwice(sampler, *seconds);
    for (auto it = sampler.agentErrors().cbegin(); it != sampler.agentErrors().cend(); ++it)
        err() << "tasks usage: the agent " << it.key() << " did not answer: " << it.value() << '\n';

    const auto usage = sampler.usage();
    if (parser.isSet(json))
        printUsageJson(targets, *usage, hostOf);
    else
        printUsageTable(targets, *usage, hostOf);
    return sampler.agentErrors().isEmpty() ? ExitOk : ExitFailure;
}

const Registration usageVerb({ QStringLiteral("tasks usage"),
                               QStringLiteral("What running tasks use: CPU %, memory, throttling."),
                               tasksUsage });

} // namespace
