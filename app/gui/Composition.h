#pragma once

#include "app/gui/ClusterConnection.h"
#include "app/gui/DemoController.h"
#include "core/audit/ActionGate.h"

#include <QObject>
#include <QStringList>

#include <chrono>
#include <memory>

namespace mc::cluster {
class ClusterWatcher;
struct Notice;
} // namespace mc::cluster
namespace mc::http {
class HttpClient;
}
namespace mc::mesos {
struct Task;
}
namespace mc::settings {
struct AppSettings;
}
namespace mc::widgets {
class AuditPage;
class ChangeGuard;
class LogsPage;
class MainWindow;
class NotificationCenter;
class ServicesView;
} // namespace mc::widgets

namespace mc::app {

class ClusterSession;
class DemoCluster;
class DemoZooKeeper;
class TerminalController;
class WorkspaceSession;

struct StartOptions
{
    bool demo = false;
    QString workspacePath;
    QStringList masters; // --master: http://host:5050 (each master) or one zk://... URL
    QStringList marathons; // --marathon: http://host:8080
    // How often unsaved workspace changes go to the autosave sidecar.
    std::chrono::milliseconds autosaveInterval { std::chrono::seconds(30) };
};

// Builds the main window's pages and wires them to the core: the one place where the views, the
// models and the core clients meet. The open workspace is a WorkspaceSession, the watched
// clusters a ClusterConnection (one ClusterSession each), the Routing and Terminal pages have
// their controllers, --demo a DemoController; what is left here is the wiring between them, the
// pages every cluster shares (Logs, Services, Audit), notifications, the command palette and
// Settings.
class Composition : public QObject
{
    Q_OBJECT

public:
    explicit Composition(widgets::MainWindow *window, const StartOptions &options);

    // Opens the logs of a running task whose id contains `hint` (any running task when none
    // does); false when no task is known yet. For the screenshot tour.
    bool openLogsOfARunningTask(const QString &hint = {});
    // Why the demo cluster failed to start or stopped (the banner's text); empty while it is fine.
    [[nodiscard]] QString demoProblem() const { return m_demo ? m_demo->problem() : QString(); }
    // The watcher of the cluster shown, or nullptr.
    [[nodiscard]] cluster::ClusterWatcher *watcher() const { return m_connection->watcher(); }
    // Every watched cluster, in the order opened; the one the pages show.
    [[nodiscard]] const QList<ClusterSession *> &sessions() const { return m_connection->sessions(); }
    [[nodiscard]] ClusterSession *activeSession() const { return m_connection->activeSession(); }
    // Shows `session`'s pages (each as it was left) and its name and mode.
    void activate(ClusterSession *session) { m_connection->activate(session); }
    // Stops watching `session`; another one is shown (the empty states when none is left).
    void closeSession(ClusterSession *session) { m_connection->closeSession(session); }

    // The gate every change of the GUI passes (the open workspace's cluster, name and mode).
    [[nodiscard]] std::shared_ptr<const audit::ActionGate> gate() const { return m_gate; }
    [[nodiscard]] widgets::ChangeGuard *changeGuard() const { return m_guard; }

    // The embedded demo cluster of --demo, or nullptr.
    [[nodiscard]] DemoCluster *demoCluster() const { return m_demo ? m_demo->cluster() : nullptr; }
    // The demo's ZooKeeper ensemble, or nullptr (no --demo, or ZooKeeper not installed).
    [[nodiscard]] DemoZooKeeper *demoZooKeeper() const { return m_demo ? m_demo->zooKeeper() : nullptr; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The pages in their Ctrl+1… order, each wired to the workspace and the clusters.
    void addPages(std::chrono::milliseconds autosaveInterval);
    // The set-up wizard, following the workspace open on the Inventory page.
    void addProvisionPage();
    void addLogsPage();
    // The workspace's hosts: services, their logs and shells (Terminal page).
    void addServicesPage();
    // The Terminal page: shells on hosts, agents' hosts and in tasks.
    void addTerminalPage(widgets::ServicesView *services);
    // The Routing page, following the workspace's Marathon and masters.
    void addRoutingPage();
    // The notification center: its button in the status bar, a shortcut and a palette entry.
    void addNotifications();
    // Hosts, apps and tasks in the command palette (Ctrl+K).
    void addPaletteEntries();
    void editSettings();
    // Log font and window size of the Logs page (at start and after Settings).
    void applyLogSettings(const settings::AppSettings &prefs);
    // Opens a tab with the task's stdout, stderr and sandbox files on the Logs page (the files in front
    // with `showFiles`).
    void openTaskLogs(const mesos::Task &task, const QString &host, bool showFiles = false);
    // Goes to what a notification is about: its task (selected on Tasks), else its app (on Apps).
    void openNotice(const cluster::Notice &notice);

    widgets::MainWindow *m_window;
    std::shared_ptr<audit::ActionGate> m_gate;
    widgets::ChangeGuard *m_guard;
    WorkspaceSession *m_workspace;
    ClusterConnection *m_connection;
    ClusterConnection::Parts m_parts; // the notifications, terminals and HTTP clients every cluster uses
    widgets::LogsPage *m_logsPage = nullptr;
    widgets::AuditPage *m_auditPage = nullptr;

    DemoController *m_demo = nullptr; // --demo
};

} // namespace mc::app
