#include "app/cli/CliCommand.h"
#include "app/cli/HttpCliOptions.h"
#include "app/cli/LogPump.h"
#include "app/cli/SshCliOptions.h"
#include "app/cli/TaskLookup.h"

#include "core/http/HttpClient.h"
#include "core/inventory/Workspace.h"
#include "core/logs/ServiceLogSource.h"
#include "core/logs/TaskLogSource.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QUrl>

#include <cstdio>

namespace {

using namespace mc::cli;
using mc::logs::LogSource;
using mc::logs::LogState;

const char *const kHelp
    = "Print a task's stdout (or --stderr) from its sandbox, or a service's log on a host.\n"
      "  logs TASKID [--stderr] [--follow] --master URL\n"
      "  logs --host HOST --service NAME [-w WORKSPACE | --on HOST[:PORT]] [--follow]\n"
      "Task output is written byte for byte. With --follow it keeps printing until the\n"
      "task ends (exit 0) or Ctrl+C. SERVICE: zookeeper, mesos-master, marathon, haproxy,\n"
      "mesos-agent (mesos-slave), docker.";

int fail(const QString &message, int code = ExitFailure)
{
    return code == ExitUsage ? usageError(message) : failure(message);
}

int taskLogs(const QString &taskId, const QString &master, bool stderrFile, bool follow,
             const mc::http::HttpOptions &options)
{
    mc::http::HttpClient http(options);
    FoundTask found;
    if (const auto exit = lookupTask(taskId, master, http, found))
        return *exit;
    mc::logs::TaskLogSource source(&http, found.agent.url(),
                                   { found.task.id, found.task.frameworkId, found.task.executorId },
                                   stderrFile ? QStringLiteral("stderr") : QStringLiteral("stdout"));
    source.setReadOnce(!follow);
    return pump(source);
}

int logsCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("logs"));
    parser.setApplicationDescription(QString::fromLatin1(kHelp));
    SshCliOptions ssh;
    ssh.addTo(parser);
    const QCommandLineOption master(
        QStringLiteral("master"), QStringLiteral("A Mesos master: http://host:5050."), QStringLiteral("url"));
    const QCommandLineOption stderrOption(QStringLiteral("stderr"),
                                          QStringLiteral("The task's stderr instead of stdout."));
    const QCommandLineOption follow({ QStringLiteral("F"), QStringLiteral("follow") },
                                    QStringLiteral("Keep printing new output."));
    const QCommandLineOption host(QStringLiteral("host"),
                                  QStringLiteral("Host of the service (inventory name)."),
                                  QStringLiteral("host"));
    const QCommandLineOption service(QStringLiteral("service"), QStringLiteral("The service."),
                                     QStringLiteral("name"));
    parser.addOptions({ master, stderrOption, follow, host, service });
    parser.addPositionalArgument(QStringLiteral("task"), QStringLiteral("Task id (or a unique prefix)."),
                                 QStringLiteral("[TASKID]"));
    const HttpCliOptions httpOptions;
    httpOptions.addTo(parser, false);
    if (const auto exit = ssh.parse(parser, args, &httpOptions))
        return *exit;
    const QStringList positional = parser.positionalArguments();

    if (parser.isSet(service)) {
        const auto which = mc::cluster::serviceFromName(parser.value(service));
        if (!which)
            return fail(QStringLiteral("unknown service '%1' (%2)")
                            .arg(parser.value(service), serviceNames().join(QStringLiteral(", "))),
                        ExitUsage);
        mc::ssh::HostSpec spec;
        // -w (SshCliOptions): the workspace whose inventory has --host.
        if (const QString workspace = ssh.workspacePath(parser); !workspace.isEmpty()) {
            if (!parser.isSet(host))
                return fail(QStringLiteral("--workspace needs --host"), ExitUsage);
            auto found = ssh.hostsMatching(parser, parser.value(host));
            if (!found)
                return fail(found.error().message, ExitUsage);
            if (found->size() != 1)
                return fail(QStringLiteral("--host %1 names %2 hosts of the workspace; give one")
                                .arg(parser.value(host))
                                .arg(found->size()),
                            ExitUsage);
            spec = found->first();
        } else {
            auto hosts = ssh.hosts(parser); // --on [user@]host[:port]
            if (!hosts && parser.isSet(host)) {
                spec.name = parser.value(host);
            } else if (!hosts || hosts->size() != 1) {
                return fail(QStringLiteral("give one host: --host HOST -w WORKSPACE, or --on HOST[:PORT]"),
                            ExitUsage);
            } else {
                spec = hosts->first();
            }
        }
        mc::logs::ServiceLogSource source(spec, *which, ssh.sessionOptions(parser));
        source.setBecome(ssh.become(parser));
        source.setFollow(parser.isSet(follow));
        source.setRetryDelays(1000, 10000);
        return pump(source, parser.isSet(follow));
    }

    if (positional.size() != 1)
        return fail(QStringLiteral("expected TASKID --master URL, or --host HOST --service NAME"), ExitUsage);
    if (!parser.isSet(master))
        return fail(QStringLiteral("--master URL is required for task logs"), ExitUsage);
    return taskLogs(positional.first(), parser.value(master), parser.isSet(stderrOption),
                    parser.isSet(follow), httpOptions.options());
}

const Registration reg({ QStringLiteral("logs"),
                         QStringLiteral("Print or follow a task's stdout/stderr or a service's log."),
                         [](const QStringList &args) { return logsCommand(args); } });

} // namespace
