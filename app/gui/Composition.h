#pragma once

#include "core/audit/ActionGate.h"
#include "core/cluster/ClusterAddresses.h"
#include "core/cluster/ClusterSnapshot.h"
#include "core/http/HttpClient.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>
#include <optional>

class QStackedWidget;

namespace mc::models {
class InventoryDocument;
}
namespace mc::cluster {
class ClusterWatcher;
struct WatcherConfig;
struct Notice;
}
namespace mc::models {
class ClusterModels;
class ClustersModel;
}

namespace mc::settings {
struct AppSettings;
}
namespace mc::ssh {
class SshSocksProxy;
}
class QLabel;
class QTimer;
namespace mc::mesos {
struct Task;
}

namespace mc::widgets {
class AppActions;
class AppsPage;
class AuditPage;
class ChangeGuard;
class ClusterSwitcher;
class ElidedLabel;
class ServicesView;
class InventoryView;
class TasksPage;
class LogsPage;
class MainWindow;
class NotificationCenter;
} // namespace mc::widgets

namespace mc::app {

class ClusterSession;
class DemoCluster;
class DemoZooKeeper;
class TerminalController;
struct DemoEndpoints;

struct StartOptions
{
    bool demo = false;
    QString workspacePath;
    QStringList masters; // --master: http://host:5050 (each master) or one zk://... URL
    QStringList marathons; // --marathon: http://host:8080
    // How often unsaved workspace changes go to the autosave sidecar.
    std::chrono::milliseconds autosaveInterval { std::chrono::seconds(30) };
};

// Builds the main window's pages and wires them to the core. The one place
// where the views, the models and the core clients meet.
class Composition : public QObject
{
    Q_OBJECT

public:
    explicit Composition(widgets::MainWindow *window, const StartOptions &options);

    // Opens the logs of a running task whose id contains `hint` (any running task when none
    // does); false when no task is known yet. For the screenshot tour.
    bool openLogsOfARunningTask(const QString &hint = {});
    // Why the demo cluster failed to start or stopped (the banner's text); empty while it is fine.
    [[nodiscard]] QString demoProblem() const { return m_demoProblem; }
    // The watcher of the cluster shown, or nullptr.
    [[nodiscard]] cluster::ClusterWatcher *watcher() const { return m_watcher; }
    // Every watched cluster, in the order opened; the one the pages show.
    [[nodiscard]] const QList<ClusterSession *> &sessions() const { return m_sessions; }
    [[nodiscard]] ClusterSession *activeSession() const { return m_active; }
    // Shows `session`'s pages (each as it was left) and its name and mode.
    void activate(ClusterSession *session);
    // Stops watching `session`; another one is shown (the empty states when none is left).
    void closeSession(ClusterSession *session);

    // The gate every change of the GUI passes (the open workspace's cluster, name and mode).
    [[nodiscard]] std::shared_ptr<const audit::ActionGate> gate() const { return m_gate; }
    [[nodiscard]] widgets::ChangeGuard *changeGuard() const { return m_guard; }

    // The embedded demo cluster of --demo, or nullptr.
    [[nodiscard]] DemoCluster *demoCluster() const { return m_demo; }
    // The demo's ZooKeeper ensemble, or nullptr (no --demo, or ZooKeeper not installed).
    [[nodiscard]] DemoZooKeeper *demoZooKeeper() const { return m_demoZooKeeper; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addEmptyPages();
    void addInventoryFileActions();
    // File > Open, Open Recent, the command line: a workspace, or an Ansible inventory that
    // becomes a new workspace without a file.
    void openWorkspace(const QString &path);
    // At start: offers the autosave of a workspace that was never saved. True when recovered;
    // `problem` says why an autosave could not be read.
    bool recoverUntitled(QString &problem);
    void editSettings();
    // Log font and window size of the Logs page (at start and after Settings).
    void applyLogSettings(const settings::AppSettings &prefs);
    // --demo: runs localcluster as a child; its endpoints: demoCluster()->endpoints().
    void startDemo();
    // --demo: a three-member ZooKeeper ensemble first when ZooKeeper is installed (the masters register
    // in it and the demo is watched through its zk:// URL), then the demo cluster.
    void startDemoZooKeeper();
    // Why the demo's ZooKeeper panel is empty, on the Cluster page; nothing when it is watched.
    void showDemoZooKeeperNote();
    // The demo cluster as an unsaved workspace (Inventory, Routing); when no workspace has hosts.
    void openDemoWorkspace(const DemoEndpoints &endpoints);
    // The notification center: its button in the status bar, a shortcut and a palette entry.
    void addNotifications();
    // Hosts, apps and tasks in the command palette (Ctrl+K).
    void addPaletteEntries();
    // The open workspace's cluster name, mode and colour into the gate, the guard, the status bar
    // and the window title.
    void applyClusterMode();
    std::shared_ptr<audit::ActionGate> m_gate;
    widgets::ChangeGuard *m_guard = nullptr;
    widgets::AuditPage *m_auditPage = nullptr;

    widgets::MainWindow *m_window;
    DemoCluster *m_demo = nullptr;
    DemoZooKeeper *m_demoZooKeeper = nullptr;
    QString m_demoZooKeeperNote;
    models::InventoryDocument *m_inventoryDocument = nullptr;
    widgets::InventoryView *m_inventoryView = nullptr;
    QStackedWidget *m_inventoryStack = nullptr;
    QTimer *m_autosave = nullptr;
    // Watches a cluster (command line, workspace, Connect dialog, demo) besides those watched already
    // and shows it on the Cluster, Apps and Tasks pages (one watched already is shown). `auth`: the
    // HTTP user and password, token and CA file for Mesos, the agents (logs) and Marathon (routing
    // too). `fromWorkspace`: the open workspace's cluster, named (and guarded) by it.
    void connectCluster(const QStringList &masters, const QStringList &marathons,
                        const http::HttpOptions &auth = {}, bool fromWorkspace = false);
    // The cluster's name, mode and colour: its workspace's while bound to the open one, else its
    // address ("127.0.0.1", with the port when another cluster has that host).
    void nameSession(ClusterSession *session);
    [[nodiscard]] QString addressName(const ClusterSession *session) const;
    // The status bar's "Mesos live (leader …) · Marathon live" of the cluster shown.
    void showConnectionState(const cluster::SnapshotPtr &snapshot);
    // Asks for the cluster's name on a protected cluster; says when the audit log was not written.
    void configureGate(audit::ActionGate &gate) const;
    // The cluster switcher in the toolbar, "All clusters" and their palette entries.
    void addClusterSwitcher();
    QList<ClusterSession *> m_sessions;
    ClusterSession *m_active = nullptr;
    models::ClustersModel *m_clusters = nullptr;
    widgets::ClusterSwitcher *m_switcher = nullptr;
    // `base` (timeouts, redirects) with the user, password, token and CA file of the connection.
    [[nodiscard]] http::HttpOptions withAuth(http::HttpOptions base) const;
    http::HttpOptions m_auth; // in memory only: passwords and tokens are never written
    // Stops watching the cluster shown (closeSession).
    void disconnectCluster();
    // File > Connect to Cluster…: asks for the masters and Marathon.
    void chooseCluster();
    // Watches another cluster once it answers; until then (and when it never does, said in the
    // banner) the cluster watched now stays.
    void switchCluster(const QStringList &masters, const QStringList &marathons,
                       const http::HttpOptions &auth);
    // The addresses, or nothing and the reason in the banner.
    [[nodiscard]] std::optional<cluster::ClusterAddresses> parseAddresses(const QStringList &masters,
                                                                         const QStringList &marathons) const;
    [[nodiscard]] static cluster::WatcherConfig watcherConfig(const cluster::ClusterAddresses &addresses,
                                                              const http::HttpOptions &auth);
    [[nodiscard]] static http::HttpOptions withAuth(http::HttpOptions base, const http::HttpOptions &auth);
    // Through the jump host's tunnel when the workspace names one.
    void watchThroughTunnel(cluster::ClusterWatcher *watcher) const;
    QPointer<cluster::ClusterWatcher> m_probe; // the cluster being switched to, until it answers
    // The Cluster / Apps / Tasks page as it is before any cluster is watched.
    QWidget *clusterEmptyState(const QString &page);

    // Samples what the tasks in sight use for the Tasks and Apps pages (UsageSampler).
    void watchUsage(ClusterSession *session, int pollIntervalMs);
    // Opens a tab with the task's stdout, stderr and sandbox files on the Logs page (the files in front
    // with `showFiles`).
    void openTaskLogs(const mesos::Task &task, const QString &host, bool showFiles = false);

    // The shown cluster's (m_active's) watcher, pages and actions.
    cluster::ClusterWatcher *m_watcher = nullptr;
    QPointer<widgets::AppsPage> m_appsPage;
    QPointer<widgets::TasksPage> m_tasksPage;
    QPointer<widgets::AppActions> m_actions;
    // Goes to what a notification is about: its task (selected on Tasks), else its app (on Apps).
    void openNotice(const cluster::Notice &notice);
    // File > Quit (any close of the window) with the demo cluster running: asks before stopping it.
    [[nodiscard]] bool confirmStopDemo();
    http::HttpClient *m_logsHttp = nullptr;
    widgets::LogsPage *m_logsPage = nullptr;
    models::ClusterModels *m_models = nullptr;
    widgets::NotificationCenter *m_notifications = nullptr;

    // "Reach the cluster through" (the open workspace's profile): one SSH
    // SOCKS tunnel that every HTTP client of the console uses, or direct.
    void applyRoute();
    void useRoute(http::HttpClient *client) const;
    void showRoute(const QString &problem = {});
    // Watches the open workspace's masters and Marathon (when nothing was given on the command line).
    void connectWorkspace();
    ssh::SshSocksProxy *m_tunnel = nullptr;
    QString m_routeText; // "direct" or "via SSH user@jump:22"
    widgets::ElidedLabel *m_routeLabel = nullptr;
    http::HttpClient *m_marathonHttp = nullptr;
    bool m_autoConnect = false;
    QString m_demoProblem;
    http::HttpClient *m_routingHttp = nullptr; // the Routing page's Marathon reader

    // The Terminal page: shells on hosts, agents' hosts and in tasks.
    void addTerminalPage(widgets::ServicesView *services);
    TerminalController *m_terminals = nullptr;
};

} // namespace mc::app
