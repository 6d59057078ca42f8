#pragma once

#include "core/ssh/HostSpec.h"
#include "core/ssh/JumpRoute.h"
#include "core/ssh/SshTypes.h"
#include "core/terminal/ShellSession.h"
#include "core/terminal/TaskForward.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace mc::audit {
class ActionGate;
}

namespace mc::http {
class HttpClient;
}
namespace mc::mesos {
struct Task;
}
namespace mc::widgets {
class TerminalPage;
class TerminalTab;
struct PaletteEntry;
} // namespace mc::widgets

namespace mc::app {

// Opens shells as Terminal tabs: on a host of the workspace (by name, with its
// SSH settings), on an agent's host, or in a task (docker exec into its
// container, else a shell in its sandbox; TaskShell). The SSH trust and
// prompts come from `sessionOptions` (the Services page's: the workspace's
// known_hosts and the GUI's dialogs).
class TerminalController : public QObject
{
    Q_OBJECT

public:
    // The page without tabs says where shells come from, with buttons for
    // Ctrl+K ("shell HOST") and the Services and Tasks pages.
    explicit TerminalController(QObject *parent = nullptr);
    ~TerminalController() override;

    [[nodiscard]] widgets::TerminalPage *page() const { return m_page; }
    void setHostsSource(std::function<QList<ssh::HostSpec>()> hosts) { m_hosts = std::move(hosts); }
    void setSessionOptionsSource(std::function<ssh::SessionOptions()> options)
    {
        m_options = std::move(options);
    }
    // A shell can change anything on its host: opening one, and every
    // Reconnect, passes the gate (host.shell, host.root_shell, task.shell;
    // refused on a read-only cluster, confirmed on a protected one) and its end
    // is logged with the exit status.
    void setGate(std::shared_ptr<const audit::ActionGate> gate) { m_gate = std::move(gate); }

    // A workspace host by name or address (one not in the workspace: as ~/.ssh/config has it).
    [[nodiscard]] ssh::HostSpec hostSpec(const QString &nameOrAddress) const;
    void openHost(const ssh::HostSpec &host, bool become = false);
    void openHost(const ssh::HostSpec &host, const ssh::SessionOptions &options, bool become = false);
    // A shell in the task, on `agentHost` (its agent's host name), found through the agent's state.
    void openTask(const mesos::Task &task, const QUrl &agentUrl, const QString &agentHost,
                  http::HttpClient *http);
    // The workspace's jump host (nullopt: direct): forwards go through it when set.
    void setJumpRouteSource(std::function<std::optional<ssh::JumpRoute>()> route)
    {
        m_jumpRoute = std::move(route);
    }
    // The cluster's tasks, for forwards that watch theirs (follow or stop).
    void setTaskPlacesSource(terminal::TaskPlacesSource places) { m_places = std::move(places); }
    // Forward Port: asks which port, the local port and whether to follow the
    // app (ForwardDialog), then forwards.
    void forwardTask(const mesos::Task &task, const QString &agentHost);
    struct ForwardChoice
    {
        int portIndex = 0;
        quint16 localPort = 0; // 0: a free one
        bool follow = false;
    };
    // Forwards the local port to the task's PORT_INDEXth host port through the
    // jump host, else its agent's host (listed under the terminals until stopped).
    void startForward(const mesos::Task &task, const QString &agentHost, const ForwardChoice &choice);
    // Ctrl+K: "Shell HOST" and "Root shell HOST" for every workspace host.
    [[nodiscard]] QList<widgets::PaletteEntry> paletteEntries();

Q_SIGNALS:
    // The Terminal page should come to the front.
    void shown();
    // From the empty page: open Ctrl+K (to type "shell HOST"), or go to a page ("services", "tasks").
    void paletteWanted();
    void pageWanted(const QString &page);
    void problem(const QString &text);

private:
    // Opens the tab when the gate admits `action` (named after what the shell is); nullptr: refused.
    widgets::TerminalTab *openGated(const QString &action, const QString &target,
                                    const terminal::ShellRequest &request, const ssh::SessionOptions &options,
                                    const QString &title);
    // Asks the gate for `action` on `target`: nullopt when refused (said through
    // problem()); else a function that logs the outcome of one shell from its end.
    using EndLogger = std::function<void(const terminal::ShellEnd &)>;
    [[nodiscard]] std::optional<EndLogger> admit(const QString &action, const QString &target);
    // The next end of `tab`'s shell goes to `log`.
    void logNextEnd(widgets::TerminalTab *tab, EndLogger log);

    widgets::TerminalPage *m_page;
    std::shared_ptr<const audit::ActionGate> m_gate;
    std::function<QList<ssh::HostSpec>()> m_hosts;
    std::function<ssh::SessionOptions()> m_options;
    std::function<std::optional<ssh::JumpRoute>()> m_jumpRoute;
    terminal::TaskPlacesSource m_places;
};

} // namespace mc::app
