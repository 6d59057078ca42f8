#pragma once

#include "core/audit/ActionGate.h"
#include "core/cluster/ClusterAddresses.h"
#include "core/cluster/ClusterSnapshot.h"
#include "core/http/HttpClient.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace mc::cluster {
class ClusterWatcher;
struct Notice;
struct WatcherConfig;
} // namespace mc::cluster
namespace mc::models {
class ClustersModel;
}
namespace mc::widgets {
class AppActions;
class AppsPage;
class ChangeGuard;
class ClusterSwitcher;
class MainWindow;
class NotificationCenter;
class TasksPage;
} // namespace mc::widgets

namespace mc::app {

class ClusterSession;
class TerminalController;
class WorkspaceSession;

// Asks for the cluster's name on a protected cluster; says when the audit log was not written.
void configureGate(audit::ActionGate &gate, widgets::MainWindow *window);

// The clusters the console watches: File > Connect to Cluster… (a new cluster replaces the
// shown one only once it answers), the command line's and the open workspace's cluster, one
// ClusterSession each with its Cluster / Apps / Tasks pages, the switcher in the toolbar and
// All Clusters, which one is shown (its name, mode and colour in the gate, the guard and the
// badge) and its connection state in the status bar. Composition gives it the shared parts
// (notifications, terminals, the logs' HTTP client) before the first cluster is watched.
class ClusterConnection : public QObject
{
    Q_OBJECT

public:
    // `gate`: the GUI's gate for hosts (the open workspace's scope); `guard` greys changes on a
    // read-only cluster.
    ClusterConnection(widgets::MainWindow *window, WorkspaceSession *workspace,
                      std::shared_ptr<audit::ActionGate> gate, widgets::ChangeGuard *guard, QObject *parent);

    // What every cluster's pages are wired to besides the window.
    struct Parts
    {
        widgets::NotificationCenter *notifications = nullptr;
        TerminalController *terminals = nullptr;
        http::HttpClient *logsHttp = nullptr; // the agents' sandboxes: logs and usage
        http::HttpClient *routingHttp = nullptr; // the Routing page's Marathon reader
    };
    void setParts(const Parts &parts) { m_parts = parts; }

    // Watches a cluster (command line, workspace, Connect dialog, demo) besides those watched already
    // and shows it on the Cluster, Apps and Tasks pages (one watched already is shown). `auth`: the
    // HTTP user and password, token and CA file for Mesos, the agents (logs) and Marathon (routing
    // too). `fromWorkspace`: the open workspace's cluster, named (and guarded) by it.
    void connectCluster(const QStringList &masters, const QStringList &marathons,
                        const http::HttpOptions &auth = {}, bool fromWorkspace = false);
    // Watches the open workspace's masters and Marathon.
    void connectWorkspace();
    // File > Connect to Cluster…: asks for the masters and Marathon.
    void chooseCluster();

    // Every watched cluster, in the order opened; the one the pages show.
    [[nodiscard]] const QList<ClusterSession *> &sessions() const { return m_sessions; }
    [[nodiscard]] ClusterSession *activeSession() const { return m_active; }
    // The shown cluster's watcher, pages and actions (nullptr when none is shown).
    [[nodiscard]] cluster::ClusterWatcher *watcher() const;
    [[nodiscard]] widgets::AppsPage *appsPage() const;
    [[nodiscard]] widgets::TasksPage *tasksPage() const;
    [[nodiscard]] widgets::AppActions *actions() const;
    // Shows `session`'s pages (each as it was left) and its name and mode.
    void activate(ClusterSession *session);
    // Stops watching `session`; another one is shown (the empty states when none is left).
    void closeSession(ClusterSession *session);

    // The Cluster / Apps / Tasks page as it is before any cluster is watched.
    [[nodiscard]] QWidget *emptyState(const QString &page);
    // The cluster switcher in the toolbar, "All clusters" and their palette entries.
    void addClusterSwitcher();
    // The open workspace's cluster name, mode and colour into the gate, the guard, the status bar
    // and the window title.
    void applyClusterMode();

Q_SIGNALS:
    // A task's stdout, stderr and sandbox files wanted on the Logs page (the files in front with
    // `showFiles`).
    void taskLogsRequested(const mc::mesos::Task &task, const QString &host, bool showFiles);

private:
    // Watches another cluster once it answers; until then (and when it never does, said in the
    // banner) the cluster watched now stays.
    void switchCluster(const QStringList &masters, const QStringList &marathons,
                       const http::HttpOptions &auth);
    // The session already watching `key` with the same credentials, or nullptr (one with other
    // credentials is closed: it is watched again with them).
    [[nodiscard]] ClusterSession *sessionFor(const QString &key, const http::HttpOptions &auth);
    // A session's pages: Cluster (with the operator actions) when Mesos is watched, Tasks, and
    // Apps (with the app actions) when Marathon is.
    void addClusterPage(ClusterSession *session, const cluster::WatcherConfig &config);
    void addTasksPage(ClusterSession *session);
    void addAppsPage(ClusterSession *session, const cluster::WatcherConfig &config);
    // Notifies of `session`'s notices, titled with its name.
    [[nodiscard]] std::function<void(const cluster::Notice &)> notifier(const ClusterSession *session) const;
    // The cluster's name, mode and colour: its workspace's while bound to the open one, else its
    // address ("127.0.0.1", with the port when another cluster has that host).
    void nameSession(ClusterSession *session);
    [[nodiscard]] QString addressName(const ClusterSession *session) const;
    // The status bar's "Mesos live (leader …) · Marathon live" of the cluster shown.
    void showConnectionState(const cluster::SnapshotPtr &snapshot);
    // Samples what the tasks in sight use for the Tasks and Apps pages (UsageSampler).
    void watchUsage(ClusterSession *session, int pollIntervalMs);
    // The addresses, or nothing and the reason in the banner.
    [[nodiscard]] std::optional<cluster::ClusterAddresses> parseAddresses(const QStringList &masters,
                                                                          const QStringList &marathons) const;
    // `base` (timeouts, redirects) with the user, password, token and CA file of `auth`.
    [[nodiscard]] static http::HttpOptions withAuth(http::HttpOptions base, const http::HttpOptions &auth);
    [[nodiscard]] static cluster::WatcherConfig watcherConfig(const cluster::ClusterAddresses &addresses,
                                                              const http::HttpOptions &auth);

    widgets::MainWindow *m_window;
    WorkspaceSession *m_workspace;
    std::shared_ptr<audit::ActionGate> m_gate;
    widgets::ChangeGuard *m_guard;
    Parts m_parts;
    QList<ClusterSession *> m_sessions;
    ClusterSession *m_active = nullptr;
    models::ClustersModel *m_clusters = nullptr;
    widgets::ClusterSwitcher *m_switcher = nullptr;
    http::HttpOptions m_auth; // in memory only: passwords and tokens are never written
    QPointer<cluster::ClusterWatcher> m_probe; // the cluster being switched to, until it answers
};

} // namespace mc::app
