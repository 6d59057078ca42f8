#include "app/gui/Composition.h"

#include "app/gui/DemoCluster.h"

#include "core/settings/AppSettings.h"
#include "core/settings/NetworkProxy.h"
#include "widgets/common/EmptyState.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/provision/ProvisionWizard.h"
#include "widgets/services/ServicesView.h"
#include "widgets/settings/Appearance.h"
#include "widgets/settings/SettingsDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>

namespace mc::app {

namespace {
const QString kLastWorkspaceKey = QStringLiteral("workspace/last");

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}
} // namespace

Composition::Composition(widgets::MainWindow *window, const StartOptions &options)
    : QObject(window)
    , m_window(window)
{
    addEmptyPages();
    connect(m_window, &widgets::MainWindow::openWorkspaceRequested, this, &Composition::openWorkspace);
    connect(m_window, &widgets::MainWindow::settingsRequested, this, &Composition::editSettings);

    QString workspace = options.workspacePath;
    if (workspace.isEmpty() && !options.demo)
        workspace = QSettings().value(kLastWorkspaceKey).toString();
    if (!workspace.isEmpty())
        openWorkspace(workspace);

    if (options.demo)
        startDemo();
}

void Composition::startDemo()
{
    m_demo = new DemoCluster(this);
    connect(m_demo, &DemoCluster::ready, this, [this](const DemoEndpoints &e) {
        m_window->showBanner(
            tr("Demo cluster running (localcluster): Mesos leader %1 of %2 masters · Marathon %3 · "
               "agents %4. It stops when you close Mesos Console.")
                .arg(e.leaderUrl)
                .arg(e.masterUrls.size())
                .arg(e.marathonUrl, e.agentUrls.join(QStringLiteral(", "))),
            widgets::MainWindow::BannerKind::Info);
    });
    connect(m_demo, &DemoCluster::failed, this, [this](const QString &message) {
        m_window->showBanner(message, widgets::MainWindow::BannerKind::Error);
    });
    m_window->showBanner(tr("Starting the demo cluster (localcluster)…"),
                         widgets::MainWindow::BannerKind::Info);
    m_demo->start();
}

void Composition::addEmptyPages()
{
    using widgets::EmptyState;

    auto *inventory
        = new EmptyState(icon("inventory"), tr("No inventory yet"),
                         tr("Describe your machines: add masters (each with a ZooKeeper id) and agents, or "
                            "import the Ansible inventory you already have."));
    connect(inventory->addAction(tr("Open Workspace…")), &QPushButton::clicked, m_window,
            [this] { m_window->chooseWorkspace(); });
    m_window->addPage(QStringLiteral("inventory"), tr("Inventory"), icon("inventory"), inventory);

    // The set-up wizard; its first page says "nothing yet" until an inventory is chosen.
    auto *provision = new widgets::ProvisionWizard;
    if (const QString last = QSettings().value(kLastWorkspaceKey).toString(); !last.isEmpty())
        provision->setWorkspacePath(last);
    connect(provision, &widgets::ProvisionWizard::openClusterRequested, m_window,
            [this] { m_window->showPage(QStringLiteral("cluster")); });
    m_window->addPage(QStringLiteral("provision"), tr("Provision"), icon("provision"), provision);

    m_window->addPage(QStringLiteral("cluster"), tr("Cluster"), icon("cluster"),
                      new EmptyState(icon("cluster"), tr("Not connected to a cluster"),
                                     tr("Open a workspace whose masters are running to watch the "
                                        "leading master, ZooKeeper, agents and frameworks live.")));

    m_window->addPage(QStringLiteral("apps"), tr("Apps"), icon("apps"),
                      new EmptyState(icon("apps"), tr("No Marathon apps to show"),
                                     tr("Connect to a cluster to see its Marathon apps and launch "
                                        "Docker apps from a form.")));

    m_window->addPage(QStringLiteral("tasks"), tr("Tasks"), icon("tasks"),
                      new EmptyState(icon("tasks"), tr("No tasks to show"),
                                     tr("Connect to a cluster to see every task, filter by app, "
                                        "agent or state, and kill tasks.")));

    m_window->addPage(QStringLiteral("logs"), tr("Logs"), icon("logs"),
                      new EmptyState(icon("logs"), tr("No log open"),
                                     tr("Double-click a task in Tasks to tail its STDOUT and "
                                        "STDERR, or pick a service on a host in Services.")));

    // Shows its own empty state until it has hosts (from the workspace's inventory).
    m_window->addPage(QStringLiteral("services"), tr("Services"), icon("services"),
                      new widgets::ServicesView);

    m_window->addPage(QStringLiteral("routing"), tr("Routing"), icon("routing"),
                      new EmptyState(icon("routing"), tr("No routing to show"),
                                     tr("HAProxy on the masters routes <app>.<domain> to the app's tasks. "
                                        "Open a workspace with masters and a routing domain to see and "
                                        "sync it.")));
}

void Composition::editSettings()
{
    widgets::SettingsDialog dialog(settings::AppSettings::load(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const settings::AppSettings chosen = dialog.settings();
    chosen.save();
    widgets::applyTheme(chosen.theme);
    settings::applyProxy(chosen);
}

void Composition::openWorkspace(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        m_window->showBanner(tr("Cannot open the workspace %1: the file does not exist or is not "
                                "readable.")
                                 .arg(QDir::toNativeSeparators(path)),
                             widgets::MainWindow::BannerKind::Error);
        return;
    }
    m_window->setWorkspacePath(info.absoluteFilePath());
    QSettings().setValue(kLastWorkspaceKey, info.absoluteFilePath());
}

} // namespace mc::app
