#include "core/terminal/TaskShell.h"

#include "core/http/HttpClient.h"
#include "core/util/Logging.h"
#include "core/util/ShellQuote.h"

#include <QCoreApplication>

namespace mc::terminal {

namespace {
// What a Docker task's shell is: bash where the image has it.
const QString kContainerShell = QStringLiteral("command -v bash >/dev/null && exec bash || exec sh");

QString tr(const char *text)
{
    return QCoreApplication::translate("mc::terminal", text); // the context lupdate files these under
}

void fetchState(http::HttpClient *http, const QUrl &agentUrl, const logs::TaskRef &task, QObject *context,
                bool legacy, std::function<void(Result<logs::Sandbox>)> done)
{
    QUrl url = agentUrl;
    url.setPath(legacy ? QStringLiteral("/slave(1)/state.json") : QStringLiteral("/slave(1)/state"));
    http->get(url, context, [=](Result<http::HttpResponse> response) {
        if (response.ok() && response->status == 404 && !legacy) {
            qCInfo(lcLogs) << "The agent has no /slave(1)/state (HTTP 404): reading /slave(1)/state.json";
            fetchState(http, agentUrl, task, context, true, done);
            return;
        }
        auto checked = http::HttpClient::expectSuccess(std::move(response));
        if (!checked) {
            done(Error { tr("Cannot read the state of the agent %1: %2")
                             .arg(agentUrl.toString(), checked.error().message),
                         checked.error().detail });
            return;
        }
        done(logs::SandboxLocator::locate(checked->body, task));
    });
}
} // namespace

QString taskShellTitle(TaskShellWay way, const QString &taskId, const QString &host)
{
    switch (way) {
    case TaskShellWay::Docker:
        return tr("%1 · docker exec on %2").arg(taskId, host);
    case TaskShellWay::Nsenter:
        return tr("%1 · nsenter on %2").arg(taskId, host);
    case TaskShellWay::Sandbox:
        break;
    }
    return tr("%1 · sandbox on %2").arg(taskId, host);
}

TaskShellPlan taskShellPlan(const logs::Sandbox &sandbox, const QString &taskId, const QStringList &argv,
                            bool tty, const QString &host)
{
    TaskShellPlan plan;
    plan.docker = sandbox.docker && !sandbox.containerId.isEmpty();
    if (plan.docker) {
        QStringList names { QStringLiteral("mesos-") + sandbox.containerId };
        if (!sandbox.agentId.isEmpty())
            names << QStringLiteral("mesos-%1.%2").arg(sandbox.agentId, sandbox.containerId);
        QStringList quoted;
        for (const QString &name : names)
            quoted << shellQuote(name);
        const QStringList run = argv.isEmpty()
            ? QStringList { QStringLiteral("sh"), QStringLiteral("-c"), kContainerShell }
            : argv;
        const QString missing = tr("No Docker container of task %1 on this host (looked for %2)")
                                    .arg(taskId, names.join(QStringLiteral(", ")));
        plan.command
            = QStringLiteral("for c in %1; do if docker inspect --type container \"$c\" >/dev/null 2>&1; "
                             "then exec docker exec %2 \"$c\" %3; fi; done; echo %4 >&2; exit 125")
                  .arg(quoted.join(QLatin1Char(' ')), tty ? QStringLiteral("-it") : QStringLiteral("-i"),
                       shellJoin(run), shellQuote(missing));
        return plan;
    }
    const QString dir = shellQuote(sandbox.directory);
    // The window title (OSC 2) says which way the shell took.
    const auto title = [&](TaskShellWay way) {
        return tty && !host.isEmpty() ? QStringLiteral("printf '\\033]2;%s\\007' %1; ")
                                            .arg(shellQuote(taskShellTitle(way, taskId, host)))
                                      : QString();
    };
    const QString env
        = QStringLiteral("export MESOS_SANDBOX=%1 MESOS_TASK_ID=%2").arg(dir, shellQuote(taskId));
    const QString sandboxShell
        = QStringLiteral("cd %1 || exit 1; %2; exec %3")
              .arg(dir, env, argv.isEmpty() ? QStringLiteral("\"${SHELL:-/bin/sh}\" -l") : shellJoin(argv));
    plan.nsenter = sandbox.executorPid > 0;
    if (!plan.nsenter) {
        plan.command = title(TaskShellWay::Sandbox) + sandboxShell;
        return plan;
    }
    // Inside the executor's namespaces (as root): its sandbox where the host's path is seen,
    // else where the Mesos containerizer mounts it for a task with an image.
    const QString inside
        = QStringLiteral("cd %1 2>/dev/null || cd /mnt/mesos/sandbox || exit 1; "
                         "export MESOS_SANDBOX=\"$PWD\" MESOS_TASK_ID=%2; exec %3")
              .arg(dir, shellQuote(taskId),
                   argv.isEmpty() ? QStringLiteral("sh -c %1").arg(shellQuote(kContainerShell))
                                  : shellJoin(argv));
    const QString nsenter
        = QStringLiteral("sudo -n nsenter -t %1 -m -u -i -n -p --").arg(sandbox.executorPid);
    plan.command = QStringLiteral("if %1 true 2>/dev/null; then %2exec %1 sh -c %3; fi; %4%5")
                       .arg(nsenter, title(TaskShellWay::Nsenter), shellQuote(inside),
                            title(TaskShellWay::Sandbox), sandboxShell);
    return plan;
}

void locateTaskSandbox(http::HttpClient *http, const QUrl &agentUrl, const logs::TaskRef &task,
                       QObject *context, std::function<void(Result<logs::Sandbox>)> done)
{
    fetchState(http, agentUrl, task, context, false, std::move(done));
}

} // namespace mc::terminal
