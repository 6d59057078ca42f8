#pragma once

#include "core/audit/ActionGate.h"

#include <QObject>
#include <QString>

#include <memory>

namespace mc::widgets {
class MainWindow;
}

namespace mc::app {

class ClusterConnection;
class DemoCluster;
class DemoZooKeeper;
class WorkspaceSession;
struct DemoEndpoints;

// --demo: a three-member ZooKeeper ensemble when ZooKeeper is installed, then the demo cluster
// (localcluster as a child, its masters registered in that ensemble); once it runs, its banner,
// the demo as an unsaved workspace (when no workspace has hosts) and its cluster watched through
// ClusterConnection. File ▸ Quit asks before it stops the demo (confirmStop).
class DemoController : public QObject
{
    Q_OBJECT

public:
    DemoController(widgets::MainWindow *window, WorkspaceSession *workspace, ClusterConnection *connection,
                   std::shared_ptr<const audit::ActionGate> gate, QObject *parent);

    // Starts the ensemble (or says why there is none) and then the demo cluster.
    void start();
    [[nodiscard]] DemoCluster *cluster() const { return m_demo; }
    // The ensemble, or nullptr (ZooKeeper not installed).
    [[nodiscard]] DemoZooKeeper *zooKeeper() const { return m_zooKeeper; }
    // Why the demo cluster failed to start or stopped (the banner's text); empty while it is fine.
    [[nodiscard]] const QString &problem() const { return m_problem; }
    // The window closes with the demo cluster running: asks before stopping it.
    [[nodiscard]] bool confirmStop() const;

private:
    void onReady(const DemoEndpoints &endpoints);
    // Why the demo's ZooKeeper panel is empty, on the Cluster page; nothing when it is watched.
    void showZooKeeperNote();
    // The demo cluster as an unsaved workspace (Inventory, Routing).
    void openWorkspace(const DemoEndpoints &endpoints);

    widgets::MainWindow *m_window;
    WorkspaceSession *m_workspace;
    ClusterConnection *m_connection;
    DemoCluster *m_demo;
    DemoZooKeeper *m_zooKeeper = nullptr;
    QString m_zooKeeperNote;
    QString m_problem;
};

} // namespace mc::app
