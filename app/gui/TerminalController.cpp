#include "app/gui/TerminalController.h"

#include "core/audit/ActionGate.h"
#include "core/http/HttpClient.h"
#include "core/mesos/Task.h"
#include "core/terminal/TaskShell.h"
#include "widgets/common/EmptyState.h"
#include "widgets/common/ThemedIcon.h"
#include "widgets/palette/CommandPalette.h"
#include "widgets/terminal/ForwardDialog.h"
#include "widgets/terminal/ForwardsView.h"
#include "widgets/terminal/TerminalPage.h"

#include <QIcon>
#include <QPointer>
#include <QPushButton>

namespace mc::app {

namespace {
QIcon terminalIcon()
{
    return widgets::themedIcon(QStringLiteral("terminal"));
}
} // namespace

TerminalController::TerminalController(QObject *parent)
    : QObject(parent)
{
    auto *empty = new widgets::EmptyState(
        terminalIcon(), tr("No terminal open"),
        tr("Shells open here, one tab each. Open one on a host with Shell on the Services page, on an "
           "agent's host from Cluster > Agents, in a task (or forward its port) from Tasks, or press "
           "Ctrl+K and type “shell” and a host's name."));
    empty->setObjectName(QStringLiteral("terminalEmptyState"));
    QPushButton *palette = empty->addAction(tr("Shell on a Host… (Ctrl+K)"));
    palette->setObjectName(QStringLiteral("terminalEmptyPalette"));
    connect(palette, &QPushButton::clicked, this, &TerminalController::paletteWanted);
    QPushButton *services = empty->addAction(tr("Go to Services"));
    services->setObjectName(QStringLiteral("terminalEmptyServices"));
    connect(services, &QPushButton::clicked, this, [this] { Q_EMIT pageWanted(QStringLiteral("services")); });
    QPushButton *tasks = empty->addAction(tr("Go to Tasks"));
    tasks->setObjectName(QStringLiteral("terminalEmptyTasks"));
    connect(tasks, &QPushButton::clicked, this, [this] { Q_EMIT pageWanted(QStringLiteral("tasks")); });
    m_page = new widgets::TerminalPage(empty);
}

TerminalController::~TerminalController() = default;

namespace {
// A workspace host by name or address (one not in the workspace: as ~/.ssh/config has it).
ssh::HostSpec hostSpecIn(const QList<ssh::HostSpec> &hosts, const QString &nameOrAddress)
{
    for (const ssh::HostSpec &host : hosts) {
        if (host.name == nameOrAddress)
            return host;
    }
    for (const ssh::HostSpec &host : hosts) {
        if (host.effectiveAddress() == nameOrAddress)
            return host;
    }
    ssh::HostSpec spec;
    spec.name = nameOrAddress;
    // The workspace's user and key where its hosts agree on them (an agent not in the inventory).
    if (!hosts.isEmpty()) {
        spec.user = hosts.first().user;
        spec.keyPath = hosts.first().keyPath;
    }
    return spec;
}
} // namespace

ssh::HostSpec TerminalController::hostSpec(const QString &nameOrAddress) const
{
    return hostSpecIn(m_hosts ? m_hosts() : QList<ssh::HostSpec>(), nameOrAddress);
}

void TerminalController::openHost(const ssh::HostSpec &host, bool become)
{
    openHost(host, m_options ? m_options() : ssh::SessionOptions {}, become);
}

void TerminalController::openHost(const ssh::HostSpec &host, const ssh::SessionOptions &options, bool become)
{
    terminal::ShellRequest request;
    request.host = host;
    request.become = become;
    openGated(become ? QStringLiteral("host.root_shell") : QStringLiteral("host.shell"), host.displayName(),
              request, options, become ? tr("%1 (root)").arg(host.displayName()) : host.displayName());
}

widgets::TerminalTab *TerminalController::openGated(const QString &action, const QString &target,
                                                    const terminal::ShellRequest &request,
                                                    const ssh::SessionOptions &options, const QString &title)
{
    std::optional<EndLogger> admitted = admit(action, target);
    if (!admitted)
        return nullptr;
    widgets::TerminalTab *tab = m_page->open(request, options, title);
    logNextEnd(tab, std::move(*admitted));
    // A Reconnect opens a shell again: it passes the gate again (the mode may have changed).
    QPointer<widgets::TerminalTab> guardedTab(tab);
    tab->setAdmission([this, action, target, guardedTab] {
        std::optional<EndLogger> again = admit(action, target);
        if (!again)
            return false;
        if (guardedTab)
            logNextEnd(guardedTab, std::move(*again));
        return true;
    });
    Q_EMIT shown();
    return tab;
}

std::optional<TerminalController::EndLogger> TerminalController::admit(const QString &action,
                                                                       const QString &target)
{
    if (!m_gate)
        return EndLogger([](const terminal::ShellEnd &) {});
    auto ticket = m_gate->admit({ action, { target }, {} });
    if (!ticket) {
        Q_EMIT problem(ticket.error().message);
        return std::nullopt;
    }
    return EndLogger([gate = m_gate, ticket = *ticket](const terminal::ShellEnd &end) {
        const bool ok = end.kind == terminal::ShellEnd::Kind::Stopped
            || (end.kind == terminal::ShellEnd::Kind::Exited && end.exitStatus == 0);
        gate->finish(ticket, ok ? Status() : Status(Error { end.reason, {} }));
    });
}

void TerminalController::logNextEnd(widgets::TerminalTab *tab, EndLogger log)
{
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(tab, &widgets::TerminalTab::ended, this,
                          [log = std::move(log), connection](const terminal::ShellEnd &end) {
                              QObject::disconnect(*connection);
                              log(end);
                          });
}

void TerminalController::openTask(const mesos::Task &task, const QUrl &agentUrl, const QString &agentHost,
                                  http::HttpClient *http)
{
    if (!agentUrl.isValid() || agentHost.isEmpty()) {
        Q_EMIT problem(
            tr("Cannot open a shell in %1: its agent %2 is not known (yet).").arg(task.id, task.agentId));
        return;
    }
    const QString taskId = task.id;
    const ssh::HostSpec host = hostSpec(agentHost);
    const ssh::SessionOptions options = m_options ? m_options() : ssh::SessionOptions {};
    terminal::locateTaskSandbox(
        http, agentUrl, { task.id, task.frameworkId, task.executorId }, this,
        [this, taskId, host, options](Result<logs::Sandbox> sandbox) {
            if (!sandbox) {
                Q_EMIT problem(tr("Cannot open a shell in %1: %2").arg(taskId, sandbox.error().message));
                return;
            }
            const terminal::TaskShellPlan plan
                = terminal::taskShellPlan(*sandbox, taskId, {}, true, host.displayName());
            terminal::ShellRequest request;
            request.host = host;
            request.command = plan.command;
            // Which way it went is said in the tab's title; nsenter or the sandbox is known only
            // on the host, whose command sets the title then.
            const auto title = [&](terminal::TaskShellWay way) {
                return terminal::taskShellTitle(way, taskId, host.displayName());
            };
            const QString first = plan.docker ? title(terminal::TaskShellWay::Docker)
                : plan.nsenter                ? tr("%1 · shell on %2").arg(taskId, host.displayName())
                                              : title(terminal::TaskShellWay::Sandbox);
            widgets::TerminalTab *tab
                = openGated(QStringLiteral("task.shell"), taskId, request, options, first);
            if (tab && plan.nsenter)
                tab->adoptRemoteTitle(
                    { title(terminal::TaskShellWay::Nsenter), title(terminal::TaskShellWay::Sandbox) });
        });
}

void TerminalController::forwardTask(const mesos::Task &task, const QString &agentHost)
{
    const QList<quint16> ports = mesos::portList(task.resources.ports);
    if (agentHost.isEmpty() || ports.isEmpty()) {
        Q_EMIT problem(agentHost.isEmpty()
                           ? tr("Cannot forward a port of %1: its agent is not known (yet).").arg(task.id)
                           : tr("%1 has no host port to forward.").arg(task.id));
        return;
    }
    auto *dialog = new widgets::ForwardDialog(task.id, ports, bool(m_places), m_page);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, task, agentHost] {
        startForward(task, agentHost, { dialog->portIndex(), dialog->localPort(), dialog->follow() });
    });
    dialog->open();
}

void TerminalController::startForward(const mesos::Task &task, const QString &agentHost,
                                      const ForwardChoice &choice)
{
    terminal::TaskPlace place {
        task.id, task.frameworkId, task.name, agentHost, mesos::portList(task.resources.ports), true
    };
    ssh::SessionOptions options = m_options ? m_options() : ssh::SessionOptions {};
    terminal::TaskForward::SshHostFor sshHostFor;
    const std::optional<ssh::JumpRoute> jump = m_jumpRoute ? m_jumpRoute() : std::nullopt;
    if (jump) {
        // As the console's tunnel goes: the profile's known_hosts (unknown keys refused), a
        // password asked for when needed.
        const auto secret = options.prompts.secret;
        options = jump->options;
        options.prompts.secret = secret;
        sshHostFor = [host = jump->host](const QString &) { return host; };
    } else {
        sshHostFor = [hosts = m_hosts ? m_hosts() : QList<ssh::HostSpec>()](const QString &agent) {
            return hostSpecIn(hosts, agent);
        };
    }
    auto *forward = new terminal::TaskForward(place, choice.portIndex, std::move(sshHostFor), options);
    forward->setFollow(choice.follow);
    forward->setLocalPort(choice.localPort);
    // Listens now; the SSH session opens with the first connection (prompts on its thread).
    if (const Status started = forward->start(false); !started) {
        Q_EMIT problem(tr("Cannot forward a port of %1: %2").arg(task.id, started.error().message));
        delete forward;
        return;
    }
    if (m_places)
        forward->watch(m_places);
    m_page->forwards()->add(forward, true);
    Q_EMIT shown();
}

QList<widgets::PaletteEntry> TerminalController::paletteEntries()
{
    QList<widgets::PaletteEntry> entries;
    const QList<ssh::HostSpec> hosts = m_hosts ? m_hosts() : QList<ssh::HostSpec>();
    QPointer<TerminalController> self(this);
    for (const ssh::HostSpec &host : hosts) {
        entries.append({ tr("Shell %1").arg(host.displayName()), tr("Terminal"), [self, host] {
                            if (self)
                                self->openHost(host);
                        } });
        entries.append({ tr("Root shell %1").arg(host.displayName()), tr("Terminal"), [self, host] {
                            if (self)
                                self->openHost(host, true);
                        } });
    }
    return entries;
}

} // namespace mc::app
