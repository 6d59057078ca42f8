#pragma once

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

class QStackedWidget;
class QTimer;

namespace mc::cluster {
class ClusterWatcher;
}
namespace mc::http {
class HttpClient;
}
namespace mc::models {
class InventoryDocument;
}
namespace mc::ssh {
class SshSocksProxy;
}
namespace mc::widgets {
class ElidedLabel;
class InventoryView;
class MainWindow;
} // namespace mc::widgets

namespace mc::app {

// The workspace open in the console: the Inventory page (its empty state until a workspace is
// open, then the editor), File > Open / Save / Export and the autosave sidecar, recovering unsaved
// changes at start, and the way the console's connections take ("reach the cluster through": one
// SSH SOCKS tunnel to the profile's jump host, or direct). It watches no cluster itself: it says
// when one is wanted (clusterWanted) and ClusterConnection watches it.
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    WorkspaceSession(widgets::MainWindow *window, QObject *parent);

    [[nodiscard]] models::InventoryDocument *document() const { return m_document; }
    [[nodiscard]] widgets::InventoryView *view() const { return m_view; }
    // The Inventory page, to add to the window.
    [[nodiscard]] QWidget *page() const;
    // The workspace opened last (QSettings), to open again at start.
    [[nodiscard]] static QString lastPath();

    // File > Open, Open Recent, the command line: a workspace, or an Ansible inventory that becomes
    // a new workspace without a file. A file that cannot be read leaves the open one alone.
    void open(const QString &path);
    // At start: offers the autosave of a workspace that was never saved. True when recovered;
    // `problem` says why an autosave could not be read.
    bool recoverUntitled(QString &problem);
    // Open emits clusterWanted (nothing was given on the command line: the workspace's cluster is watched).
    void setAutoConnect(bool on) { m_autoConnect = on; }

    // The workspace's actions in the File menu (before Quit) and the autosave of unsaved changes
    // every `interval`.
    void addFileActions(std::chrono::milliseconds interval);
    // Asks about unsaved changes (the window is closing); false: the user cancelled.
    [[nodiscard]] bool maybeSave();
    // Off once the window closed cleanly (no autosave may bring the changes back), on when shown.
    void setAutosaving(bool on);

    // The status bar's "Connections: …" label; from now on the route follows the workspace.
    void followRoute();
    // Points `client` (or `watcher`) at the tunnel, or at the application's proxy when direct.
    void useRoute(http::HttpClient *client) const;
    void useRoute(cluster::ClusterWatcher *watcher) const;
    // Only when there is a tunnel: a new watcher is direct already.
    void watchThroughTunnel(cluster::ClusterWatcher *watcher) const;
    // "direct" or "via SSH user@jump:22"; empty until the first workspace.
    [[nodiscard]] const QString &routeText() const { return m_routeText; }

Q_SIGNALS:
    // A workspace was opened while auto-connect is on: watch its masters and Marathon.
    void clusterWanted();
    // The tunnel changed: clients made before it are to use the route again (useRoute).
    void routeChanged();

private:
    // The tunnel, or direct.
    void applyRoute();
    void showRoute(const QString &problem = {});
    [[nodiscard]] std::function<QString()> tunnelProblem() const;

    widgets::MainWindow *m_window;
    models::InventoryDocument *m_document;
    widgets::InventoryView *m_view;
    QStackedWidget *m_stack;
    QTimer *m_autosave = nullptr;
    bool m_autoConnect = false;
    ssh::SshSocksProxy *m_tunnel = nullptr;
    QString m_routeText; // "direct" or "via SSH user@jump:22"
    widgets::ElidedLabel *m_routeLabel = nullptr;
};

} // namespace mc::app
