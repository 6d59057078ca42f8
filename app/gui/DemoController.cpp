#include "app/gui/DemoController.h"

#include "app/gui/ClusterConnection.h"
#include "app/gui/DemoCluster.h"
#include "app/gui/DemoMenu.h"
#include "app/gui/DemoZooKeeper.h"
#include "app/gui/WorkspaceSession.h"
#include "core/cluster/ClusterWatcher.h"
#include "core/inventory/Workspace.h"
#include "models/inventory/InventoryDocument.h"
#include "widgets/cluster/ClusterOverview.h"
#include "widgets/cluster/ClusterPage.h"
#include "widgets/common/ConfirmDialog.h"
#include "widgets/mainwindow/MainWindow.h"

#include <QLocale>

namespace mc::app {

namespace {
constexpr int kDemoSshPort = 1; // nobody listens: the demo's hosts have no SSH
}

DemoController::DemoController(widgets::MainWindow *window, WorkspaceSession *workspace,
                               ClusterConnection *connection, std::shared_ptr<const audit::ActionGate> gate,
                               QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_workspace(workspace)
    , m_connection(connection)
    , m_demo(new DemoCluster(this))
{
    new DemoMenu(m_window, m_demo, std::move(gate), m_demo);
    connect(m_demo, &DemoCluster::ready, this, &DemoController::onReady);
    connect(m_demo, &DemoCluster::failed, this, [this](const QString &message) {
        m_problem = message;
        m_window->showBanner(message, widgets::MainWindow::BannerKind::Error);
    });
}

void DemoController::onReady(const DemoEndpoints &e)
{
    const bool zooKeeper = m_zooKeeper && m_zooKeeper->isReady();
    const QString summary = tr("Mesos leader %1 of %2 masters · Marathon %3 · agents %4")
                                .arg(e.leaderUrl)
                                .arg(e.masterUrls.size())
                                .arg(e.marathonUrl, e.agentUrls.join(QStringLiteral(", ")));
    m_window->showBanner(zooKeeper ? tr("Demo cluster running (localcluster), its masters registered in "
                                        "ZooKeeper %1: %2. It stops when you close Mesos Console.")
                                         .arg(m_zooKeeper->zkUrl(), summary)
                                   : tr("Demo cluster running (localcluster): %1. It stops when you close "
                                        "Mesos Console.")
                                         .arg(summary),
                         widgets::MainWindow::BannerKind::Info);
    if (!m_workspace->document()->hasWorkspace() || m_workspace->document()->inventory().hosts().isEmpty())
        openWorkspace(e);
    if (!m_connection->watcher()) {
        m_connection->connectCluster(zooKeeper ? QStringList { m_zooKeeper->zkUrl() } : e.masterUrls,
                                     { e.marathonUrl });
        showZooKeeperNote();
        m_window->showPage(QStringLiteral("cluster"));
    }
}

void DemoController::start()
{
    const QString unavailable = DemoZooKeeper::unavailableReason();
    if (!unavailable.isEmpty()) {
        m_zooKeeperNote = tr("Not watched: the demo runs without ZooKeeper. %1").arg(unavailable);
        m_window->showBanner(tr("Starting the demo cluster (localcluster)…"),
                             widgets::MainWindow::BannerKind::Info);
        m_demo->start();
        return;
    }
    m_zooKeeper = new DemoZooKeeper(this);
    connect(m_zooKeeper, &DemoZooKeeper::ready, this, [this] {
        m_demo->setExtraArguments({ QStringLiteral("--zk"), m_zooKeeper->zkUrl() });
        m_window->showBanner(
            tr("ZooKeeper serves (%1, after %2 s). Starting the demo cluster (localcluster)…")
                .arg(m_zooKeeper->zkUrl(),
                     QLocale().toString(double(m_zooKeeper->startupMs()) / 1000.0, 'f', 1)),
            widgets::MainWindow::BannerKind::Info);
        m_demo->start();
    });
    connect(m_zooKeeper, &DemoZooKeeper::failed, this, [this](const QString &reason) {
        m_zooKeeperNote
            = tr("Not watched: the demo's ZooKeeper ensemble did not start, so the demo runs without it. %1")
                  .arg(reason);
        m_window->showBanner(
            tr("The demo's ZooKeeper ensemble did not start; the demo runs without it. %1").arg(reason),
            widgets::MainWindow::BannerKind::Warning);
        m_demo->start();
    });
    m_window->showBanner(
        tr("Starting a three-member ZooKeeper ensemble, then the demo cluster (localcluster)…"),
        widgets::MainWindow::BannerKind::Info);
    m_zooKeeper->start(3);
}

void DemoController::showZooKeeperNote()
{
    if (auto *page = qobject_cast<widgets::ClusterPage *>(m_window->page(QStringLiteral("cluster"))))
        page->overview()->setZooKeeperNote(m_zooKeeperNote);
}

void DemoController::openWorkspace(const DemoEndpoints &e)
{
    // The demo cluster described as a workspace (not saved anywhere): the Inventory page lists its
    // masters (with ZooKeeper ids) and agents, and the Routing page renders the HAProxy config from
    // its Marathon. Its processes have no SSH: port 1 is refused at once, so the Services page says
    // "unreachable" instead of trying to log in to this machine.
    inventory::Inventory demo;
    demo.addGroup(QStringLiteral("masters"));
    demo.addGroup(QStringLiteral("agents"));
    // One loopback address per host (all of 127/8 is this machine): no "same address" warnings.
    int lastOctet = 10;
    const auto add = [&](const QString &group, const QString &name, int zooId) {
        demo.addHost(name, group, kDemoSshPort);
        demo.setVariable(name, QStringLiteral("ansible_host"), QStringLiteral("127.0.0.%1").arg(lastOctet++));
        if (zooId > 0)
            demo.setVariable(name, QStringLiteral("zoo_id"), zooId);
    };
    for (int i = 0; i < e.masterUrls.size(); ++i)
        add(QStringLiteral("masters"), QStringLiteral("master%1").arg(i + 1), i + 1);
    for (int i = 0; i < e.agentUrls.size(); ++i)
        add(QStringLiteral("agents"), QStringLiteral("agent%1").arg(i + 1), 0);
    demo.reconcile();
    inventory::ClusterProfile profile;
    profile.name = tr("Demo cluster");
    profile.ssh.port = kDemoSshPort;
    profile.haproxyDomain = QStringLiteral("demo.localcluster");
    profile.mesosUrl = e.leaderUrl;
    profile.marathonUrl = e.marathonUrl;
    m_workspace->document()->setWorkspace(inventory::Workspace(demo, profile), {});
}

bool DemoController::confirmStop() const
{
    if (!m_demo->isRunning())
        return true;
    const DemoEndpoints &e = m_demo->endpoints();
    QStringList objects;
    objects << tr("%n Mesos master(s): %1", nullptr, int(e.masterUrls.size()))
                   .arg(e.masterUrls.join(QStringLiteral(", ")));
    objects << tr("%n agent(s): %1", nullptr, int(e.agentUrls.size()))
                   .arg(e.agentUrls.join(QStringLiteral(", ")));
    objects << tr("Marathon: %1").arg(e.marathonUrl);
    const int tasks = m_connection->watcher() && m_connection->watcher()->snapshot()
        ? int(m_connection->watcher()->snapshot()->tasks->size())
        : 0;
    return widgets::confirm(
        m_window,
        { tr("Quit and stop the demo cluster?"), tr("Quit Mesos Console and stop the demo cluster?"), objects,
          tr("The demo cluster runs only as long as the console: its %n task(s) are killed and its "
             "sandboxes removed.",
             nullptr, tasks),
          tr("Quit and stop it") });
}

} // namespace mc::app
