#include "core/terminal/TaskShell.h"

#include "core/http/HttpClient.h"
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

TaskShellPlan taskShellPlan(const logs::Sandbox &sandbox, const QString &taskId, const QStringList &argv,
                            bool tty)
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
    const QString env
        = QStringLiteral("export MESOS_SANDBOX=%1 MESOS_TASK_ID=%2").arg(dir, shellQuote(taskId));
    plan.command
        = QStringLiteral("cd %1 || exit 1; %2; exec %3")
              .arg(dir, env, argv.isEmpty() ? QStringLiteral("\"${SHELL:-/bin/sh}\" -l") : shellJoin(argv));
    return plan;
}

void locateTaskSandbox(http::HttpClient *http, const QUrl &agentUrl, const logs::TaskRef &task,
                       QObject *context, std::function<void(Result<logs::Sandbox>)> done)
{
    fetchState(http, agentUrl, task, context, false, std::move(done));
}

} // namespace mc::terminal
