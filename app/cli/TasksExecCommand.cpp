// mesos-console-cli tasks exec TASKID --master URL [ssh options] -- CMD...
#include "app/cli/CliCommand.h"
#include "app/cli/GateCliOptions.h"
#include "app/cli/HttpCliOptions.h"
#include "app/cli/SshCliOptions.h"
#include "app/cli/TaskLookup.h"

#include "core/ssh/SshSession.h"
#include "core/terminal/TaskShell.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QUrl>

#include <cstdio>

namespace {

using namespace mc::cli;

const char *const kHelp = "Run a command in a task, without a terminal, and exit with its status.\n"
                          "  tasks exec TASKID --master URL [-u USER] [-i KEY] [-b] -- CMD [ARG...]\n"
                          "Over SSH to the task's agent host (--on [user@]host[:port] names another way\n"
                          "there; -w WORKSPACE takes the host's SSH settings from the inventory). A Docker\n"
                          "task's command runs in its container (docker exec); any other task's in its\n"
                          "sandbox directory with MESOS_SANDBOX and MESOS_TASK_ID set. Every argument is\n"
                          "passed as one word (quoted for the remote shell). Exit: the command's status;\n"
                          "255 when the host cannot be reached; 1/2 for other errors as every command.";

constexpr int kExitUnreachable = 255; // as ssh(1)

int tasksExec(const QStringList &args)
{
    CommandParser parser(QStringLiteral("tasks exec"));
    parser.setApplicationDescription(QString::fromLatin1(kHelp));
    SshCliOptions ssh;
    ssh.addTo(parser, SshDefaults { 1, false, true });
    const QCommandLineOption master(
        QStringLiteral("master"), QStringLiteral("A Mesos master: http://host:5050."), QStringLiteral("url"));
    parser.addOption(master);
    parser.addPositionalArgument(QStringLiteral("task"), QStringLiteral("Task id (or a unique prefix)."),
                                 QStringLiteral("TASKID"));
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("The command and its arguments, after --."),
                                 QStringLiteral("CMD..."));
    const HttpCliOptions httpOptions;
    httpOptions.addTo(parser, false);
    // A command in a task may change anything there: it passes the gate (modes, audit log).
    GateCliOptions gateOptions;
    gateOptions.addTo(parser);
    if (const auto exit = ssh.parse(parser, args, &httpOptions))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return usageError(QStringLiteral("expected TASKID -- CMD [ARG...]"));
    if (!parser.isSet(master))
        return usageError(QStringLiteral("--master URL is required"));

    mc::http::HttpClient http(httpOptions.options());
    FoundTask found;
    if (const auto exit = lookupTask(positional.first(), parser.value(master), http, found))
        return *exit;
    std::optional<mc::Result<mc::logs::Sandbox>> sandbox;
    {
        QEventLoop loop;
        mc::terminal::locateTaskSandbox(&http, found.agent.url(),
                                        { found.task.id, found.task.frameworkId, found.task.executorId },
                                        &loop, [&](mc::Result<mc::logs::Sandbox> s) {
                                            sandbox = std::move(s);
                                            loop.quit();
                                        });
        if (!sandbox)
            loop.exec();
    }
    if (!*sandbox)
        return failure(sandbox->error().message);

    // The agent's host: --on, else its host name (a workspace host with -w).
    const QString where
        = parser.isSet(QStringLiteral("on")) ? parser.value(QStringLiteral("on")) : found.agent.hostname;
    auto hosts = ssh.hostsMatching(parser, where);
    if (!hosts)
        return usageError(hosts.error().message);
    if (hosts->size() != 1)
        return usageError(QStringLiteral("%1 names %2 hosts; give one").arg(where).arg(hosts->size()));

    const mc::terminal::TaskShellPlan plan
        = mc::terminal::taskShellPlan(**sandbox, found.task.id, positional.mid(1), false);
    const QString masterHost = QUrl::fromUserInput(parser.value(master)).host();
    const auto gate = gateOptions.gate(parser, masterHost, ssh.workspacePath(parser));
    const auto ticket
        = gate->admit({ QStringLiteral("task.exec"),
                        { found.task.id },
                        QJsonObject { { QStringLiteral("command"), positional.mid(1).join(u' ') },
                                      { QStringLiteral("host"), hosts->first().displayName() } } });
    if (!ticket)
        return failure(ticket.error().message);
    mc::ssh::SshSession session(hosts->first(), ssh.sessionOptions(parser));
    if (const mc::Status connected = session.connect(); !connected) {
        gate->finish(*ticket, connected);
        err() << "tasks exec: " << connected.error().message << '\n';
        return kExitUnreachable;
    }
    mc::ssh::ExecOptions exec;
    exec.become = ssh.become(parser);
    exec.keepOutput = false;
    exec.onLine = [](const mc::ssh::OutputLine &line) {
        const QByteArray bytes = line.text.toUtf8() + '\n';
        std::FILE *stream = line.stream == mc::ssh::OutputStream::Stderr ? stderr : stdout;
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
        std::fflush(stream);
    };
    const auto result = session.exec(plan.command, exec);
    gate->finish(
        *ticket,
        !result ? mc::Status(result.error())
            : result->exitStatus == 0
            ? mc::Status()
            : mc::Status(mc::Error { QStringLiteral("exit status %1").arg(result->exitStatus), {} }));
    if (!result) {
        err() << "tasks exec: " << result.error().message << '\n';
        return session.lastFailure() == mc::ssh::FailureKind::Unreachable ? kExitUnreachable : ExitFailure;
    }
    return result->exitStatus < 0 ? ExitFailure : result->exitStatus;
}

const Registration
    execVerb({ QStringLiteral("tasks exec"),
               QStringLiteral("Run a command in a task (its container or sandbox) and exit with its status."),
               tasksExec });

} // namespace
