#include "app/gui/Composition.h"

#include "app/gui/ClusterSession.h"
#include "app/gui/DemoCluster.h"
#include "app/gui/DemoMenu.h"
#include "app/gui/DemoZooKeeper.h"
#include "app/gui/RoutingController.h"
#include "app/gui/TerminalController.h"
#include "core/cluster/ClusterAddresses.h"
#include "core/cluster/ClusterNotices.h"
#include "core/cluster/ClusterWatcher.h"
#include "core/http/HttpClient.h"
#include "core/inventory/Workspace.h"
#include "core/logs/ServiceLogSource.h"
#include "core/cluster/UsageSampler.h"
#include "core/logs/SandboxBrowser.h"
#include "core/logs/TaskLogSource.h"
#include "core/marathon/MarathonClient.h"
#include "core/mesos/MesosOperator.h"
#include "core/settings/AppSettings.h"
#include "core/settings/NetworkProxy.h"
#include "core/ssh/InventoryHosts.h"
#include "core/ssh/JumpRoute.h"
#include "core/ssh/SshSocksProxy.h"
#include "core/zookeeper/ZkUrl.h"
#include "models/cluster/AppsModel.h"
#include "models/cluster/ClusterModels.h"
#include "models/cluster/ClustersModel.h"
#include "models/inventory/InventoryDocument.h"
#include "widgets/apps/AppActions.h"
#include "widgets/apps/AppWhy.h"
#include "widgets/apps/PodsPanel.h"
#include "widgets/apps/VersionsPane.h"
#include "widgets/audit/AuditPage.h"
#include "widgets/audit/TypeClusterNameDialog.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/ClusterOverview.h"
#include "widgets/cluster/ClusterPage.h"
#include "widgets/cluster/ClusterSwitcher.h"
#include "widgets/cluster/MesosActions.h"
#include "widgets/cluster/ConnectDialog.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/cluster/TasksPage.h"
#include "widgets/common/ChangeGuard.h"
#include "widgets/common/ConfirmDialog.h"
#include "widgets/common/ElidedLabel.h"
#include "widgets/common/EmptyState.h"
#include "widgets/common/ThemeFollow.h"
#include "widgets/common/ThemedIcon.h"
#include "widgets/inventory/InventoryView.h"
#include "widgets/logs/LogsPage.h"
#include "widgets/logs/SandboxView.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/notify/NotificationCenter.h"
#include "widgets/provision/ProvisionWizard.h"
#include "widgets/routing/RoutingView.h"
#include "widgets/services/ServicesView.h"
#include "widgets/settings/Appearance.h"
#include "widgets/settings/SettingsDialog.h"
#include "widgets/ssh/GuiPrompts.h"
#include "widgets/terminal/TerminalPage.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QTableView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <optional>
#include <utility>

namespace mc::app {

namespace {
const QString kLastWorkspaceKey = QStringLiteral("workspace/last");
constexpr int kDemoSshPort = 1; // nobody listens: the demo's hosts have no SSH
// How long File > Connect waits for a new cluster to answer before it keeps the one watched.
constexpr int kSwitchTimeoutMs = 20000;

QIcon icon(const char *name)
{
    return widgets::themedIcon(QLatin1String(name));
}

// Every host of the workspace as SSH reaches it, with Settings > SSH's default
// user and key where neither the host nor the workspace names one.
QList<ssh::HostSpec> workspaceHostSpecs(const inventory::Workspace &ws)
{
    const auto hosts = ws.hostsOf(QStringLiteral("all"));
    QList<ssh::HostSpec> specs = hosts ? ssh::hostSpecsFor(*hosts, ws.profile().ssh.keyPath) : QList<ssh::HostSpec>();
    const settings::AppSettings prefs = settings::AppSettings::load();
    for (ssh::HostSpec &spec : specs) {
        if (spec.user.isEmpty())
            spec.user = prefs.sshUser;
        if (spec.keyPath.isEmpty())
            spec.keyPath = prefs.sshKeyPath.startsWith(QStringLiteral("~/"))
                ? QDir::homePath() + prefs.sshKeyPath.mid(1)
                : prefs.sshKeyPath;
    }
    return specs;
}
} // namespace

Composition::Composition(widgets::MainWindow *window, const StartOptions &options)
    : QObject(window)
    , m_window(window)
{
    addEmptyPages();
    addClusterSwitcher();
    addNotifications();
    addPaletteEntries();
    m_autosave->setInterval(options.autosaveInterval);
    connect(m_window, &widgets::MainWindow::openWorkspaceRequested, this, &Composition::openWorkspace);
    connect(m_window, &widgets::MainWindow::settingsRequested, this, &Composition::editSettings);
    connect(m_window, &widgets::MainWindow::connectRequested, this, &Composition::chooseCluster);

    m_autoConnect = options.masters.isEmpty() && options.marathons.isEmpty() && !options.demo;
    QString workspace = options.workspacePath;
    QString autosaveProblem;
    // Unsaved changes to a workspace that was never saved come before reopening the last one.
    if (workspace.isEmpty() && !options.demo && !recoverUntitled(autosaveProblem))
        workspace = QSettings().value(kLastWorkspaceKey).toString();
    if (!workspace.isEmpty())
        openWorkspace(workspace);
    if (!autosaveProblem.isEmpty())
        m_window->showBanner(autosaveProblem, widgets::MainWindow::BannerKind::Warning);
    if (!options.masters.isEmpty() || !options.marathons.isEmpty())
        connectCluster(options.masters, options.marathons);

    if (options.demo)
        startDemo();
}

void Composition::startDemo()
{
    m_demo = new DemoCluster(this);
    new DemoMenu(m_window, m_demo, m_gate, m_demo);
    connect(m_demo, &DemoCluster::ready, this, [this](const DemoEndpoints &e) {
        const bool zooKeeper = m_demoZooKeeper && m_demoZooKeeper->isReady();
        const QString summary = tr("Mesos leader %1 of %2 masters · Marathon %3 · agents %4")
                                    .arg(e.leaderUrl)
                                    .arg(e.masterUrls.size())
                                    .arg(e.marathonUrl, e.agentUrls.join(QStringLiteral(", ")));
        m_window->showBanner(zooKeeper
                                 ? tr("Demo cluster running (localcluster), its masters registered in "
                                      "ZooKeeper %1: %2. It stops when you close Mesos Console.")
                                       .arg(m_demoZooKeeper->zkUrl(), summary)
                                 : tr("Demo cluster running (localcluster): %1. It stops when you close "
                                      "Mesos Console.")
                                       .arg(summary),
                             widgets::MainWindow::BannerKind::Info);
        if (!m_inventoryDocument->hasWorkspace() || m_inventoryDocument->inventory().hosts().isEmpty())
            openDemoWorkspace(e);
        if (!m_watcher) {
            connectCluster(zooKeeper ? QStringList { m_demoZooKeeper->zkUrl() } : e.masterUrls,
                           { e.marathonUrl });
            showDemoZooKeeperNote();
            m_window->showPage(QStringLiteral("cluster"));
        }
    });
    connect(m_demo, &DemoCluster::failed, this, [this](const QString &message) {
        m_demoProblem = message;
        m_window->showBanner(message, widgets::MainWindow::BannerKind::Error);
    });
    startDemoZooKeeper();
}

void Composition::startDemoZooKeeper()
{
    const QString unavailable = DemoZooKeeper::unavailableReason();
    if (!unavailable.isEmpty()) {
        m_demoZooKeeperNote = tr("Not watched: the demo runs without ZooKeeper. %1").arg(unavailable);
        m_window->showBanner(tr("Starting the demo cluster (localcluster)…"),
                             widgets::MainWindow::BannerKind::Info);
        m_demo->start();
        return;
    }
    m_demoZooKeeper = new DemoZooKeeper(this);
    connect(m_demoZooKeeper, &DemoZooKeeper::ready, this, [this] {
        m_demo->setExtraArguments({ QStringLiteral("--zk"), m_demoZooKeeper->zkUrl() });
        m_window->showBanner(
            tr("ZooKeeper serves (%1, after %2 s). Starting the demo cluster (localcluster)…")
                .arg(m_demoZooKeeper->zkUrl())
                .arg(QLocale().toString(double(m_demoZooKeeper->startupMs()) / 1000.0, 'f', 1)),
            widgets::MainWindow::BannerKind::Info);
        m_demo->start();
    });
    connect(m_demoZooKeeper, &DemoZooKeeper::failed, this, [this](const QString &reason) {
        m_demoZooKeeperNote
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
    m_demoZooKeeper->start(3);
}

void Composition::showDemoZooKeeperNote()
{
    if (auto *page = qobject_cast<widgets::ClusterPage *>(m_window->page(QStringLiteral("cluster"))))
        page->overview()->setZooKeeperNote(m_demoZooKeeperNote);
}

void Composition::openDemoWorkspace(const DemoEndpoints &e)
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
    m_inventoryDocument->setWorkspace(inventory::Workspace(demo, profile), {});
}

void Composition::addClusterSwitcher()
{
    m_clusters = new models::ClustersModel(this);
    m_switcher = new widgets::ClusterSwitcher(m_clusters);
    QToolBar *bar = m_window->addToolBar(tr("Clusters"));
    bar->setObjectName(QStringLiteral("clustersToolBar"));
    bar->setMovable(false);
    bar->addWidget(m_switcher);
    const auto byKey = [this](const QString &key) -> ClusterSession * {
        for (ClusterSession *session : std::as_const(m_sessions)) {
            if (session->key() == key)
                return session;
        }
        return nullptr;
    };
    connect(m_switcher, &widgets::ClusterSwitcher::switchRequested, this,
            [this, byKey](const QString &key) { activate(byKey(key)); });
    connect(m_switcher, &widgets::ClusterSwitcher::closeRequested, this,
            [this, byKey](const QString &key) { closeSession(byKey(key)); });
    auto *overview = new widgets::ClustersPage(m_clusters);
    connect(overview, &widgets::ClustersPage::switchRequested, this, [this, byKey](const QString &key) {
        if (ClusterSession *session = byKey(key)) {
            activate(session);
            m_window->showPage(QStringLiteral("cluster"));
        }
    });
    m_window->addPage(QStringLiteral("clusters"), tr("All Clusters"), icon("cluster"), overview);
    // Ctrl+K: "cluster NAME" shows it, "close cluster NAME" stops watching it.
    m_window->addPaletteSource([this] {
        QList<widgets::PaletteEntry> entries;
        for (ClusterSession *session : std::as_const(m_sessions)) {
            const QPointer<ClusterSession> guarded(session);
            entries.append({ tr("cluster %1").arg(session->name()),
                             tr("Cluster (%1)").arg(models::ClustersModel::healthText(session->summary().health)),
                             [this, guarded] {
                                 if (guarded)
                                     activate(guarded);
                             } });
            entries.append({ tr("close cluster %1").arg(session->name()), tr("Action"), [this, guarded] {
                                if (guarded)
                                    closeSession(guarded);
                            } });
        }
        entries.append({ tr("All Clusters"), tr("Page"), [this] { m_window->showPage(QStringLiteral("clusters")); } });
        return entries;
    });
}

void Composition::addNotifications()
{
    m_notifications = new widgets::NotificationCenter(m_window);
    m_notifications->setTrayMessagesEnabled(settings::AppSettings::load().trayNotifications);
    m_window->statusBar()->addPermanentWidget(m_notifications->button());
    m_notifications->button()->show();
    auto *show = new QAction(tr("Notifications"), m_window);
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    show->setShortcutContext(Qt::ApplicationShortcut);
    connect(show, &QAction::triggered, m_notifications, &widgets::NotificationCenter::showPanel);
    m_window->addAction(show);
    // Warnings and errors of the banner, whole (the banner shows a few lines of them).
    connect(m_window, &widgets::MainWindow::bannerShown, m_notifications,
            [this](const QString &text, widgets::MainWindow::BannerKind kind) {
                using cluster::Notice;
                if (kind == widgets::MainWindow::BannerKind::Info)
                    return;
                const bool error = kind == widgets::MainWindow::BannerKind::Error;
                m_notifications->notify(Notice { Notice::Kind::Message,
                                                 error ? Notice::Severity::Error : Notice::Severity::Warning,
                                                 tr("Message"), text });
            });
    connect(m_notifications, &widgets::NotificationCenter::openRequested, this, &Composition::openNotice);
    m_window->addPaletteSource([this] {
        const int unread = m_notifications->unreadCount();
        return QList<widgets::PaletteEntry> { { unread > 0 ? tr("Notifications (%1 unread)").arg(unread)
                                                           : tr("Notifications"),
                                                tr("Panel"), [this] { m_notifications->showPanel(); } } };
    });
}

void Composition::addPaletteEntries()
{
    // Ctrl+K finds every host of the workspace and every app and task of the watched cluster.
    m_window->addPaletteSource([this] {
        QList<widgets::PaletteEntry> entries;
        for (const inventory::Host &host : m_inventoryDocument->inventory().hosts()) {
            entries.append({ host.name, tr("Host"), [this, name = host.name] {
                                m_window->showPage(QStringLiteral("inventory"));
                                m_inventoryView->selectHost(name);
                            } });
        }
        const cluster::SnapshotPtr snapshot = m_watcher ? m_watcher->snapshot() : nullptr;
        if (!snapshot)
            return entries;
        entries.reserve(entries.size() + qsizetype(snapshot->apps->size() + snapshot->tasks->size()));
        for (const marathon::App &app : *snapshot->apps) {
            entries.append({ app.id, tr("App"), [this, id = app.id] {
                                m_window->showPage(QStringLiteral("apps"));
                                if (m_appsPage)
                                    m_appsPage->apps()->selectId(id);
                            } });
        }
        for (const mesos::Task &task : *snapshot->tasks) {
            entries.append({ task.id, tr("Task"), [this, id = task.id] {
                                m_window->showPage(QStringLiteral("tasks"));
                                if (m_tasksPage)
                                    m_tasksPage->showTask(id);
                            } });
        }
        return entries;
    });
    // Actions: what the console can do, besides where it can go.
    m_window->addPaletteSource([this] {
        QList<widgets::PaletteEntry> entries {
            { tr("Connect to Cluster…"), tr("Action"), [this] { chooseCluster(); } },
            { tr("Settings…"), tr("Action"), [this] { editSettings(); } },
        };
        if (m_actions)
            entries.append(m_actions->paletteEntries());
        return entries;
    });
    // "Shell HOST" after the host itself: typing a host's name still jumps to it first.
    m_window->addPaletteSource([this] { return m_terminals->paletteEntries(); });
}

void Composition::openNotice(const cluster::Notice &notice)
{
    if (!notice.taskId.isEmpty() && m_tasksPage) {
        m_window->showPage(QStringLiteral("tasks"));
        if (m_tasksPage->showTask(notice.taskId))
            return;
    }
    if (!notice.appId.isEmpty() && m_appsPage) {
        m_window->showPage(QStringLiteral("apps"));
        if (!m_appsPage->apps()->selectId(notice.appId))
            m_window->statusBar()->showMessage(tr("%1 is not listed any more.").arg(notice.appId), 5000);
        return;
    }
    if (!notice.taskId.isEmpty())
        m_window->statusBar()->showMessage(tr("%1 is not listed any more.").arg(notice.taskId), 5000);
}

bool Composition::confirmStopDemo()
{
    if (!m_demo || !m_demo->isRunning())
        return true;
    const DemoEndpoints &e = m_demo->endpoints();
    QStringList objects;
    objects << tr("%n Mesos master(s): %1", nullptr, int(e.masterUrls.size()))
                   .arg(e.masterUrls.join(QStringLiteral(", ")));
    objects << tr("%n agent(s): %1", nullptr, int(e.agentUrls.size())).arg(e.agentUrls.join(QStringLiteral(", ")));
    objects << tr("Marathon: %1").arg(e.marathonUrl);
    const int tasks = m_watcher && m_watcher->snapshot() ? int(m_watcher->snapshot()->tasks->size()) : 0;
    return widgets::confirm(
        m_window, { tr("Quit and stop the demo cluster?"), tr("Quit Mesos Console and stop the demo cluster?"),
                    objects,
                    tr("The demo cluster runs only as long as the console: its %n task(s) are killed and its "
                       "sandboxes removed.",
                       nullptr, tasks),
                    tr("Quit and stop it") });
}

QWidget *Composition::clusterEmptyState(const QString &page)
{
    using widgets::EmptyState;
    EmptyState *state = nullptr;
    if (page == u"cluster") {
        state = new EmptyState(
            icon("cluster"), tr("Not connected to a cluster"),
            tr("Connect to a running cluster, or open a workspace whose masters are running, "
               "to watch the leading master, ZooKeeper, agents and frameworks live."));
    } else if (page == u"apps") {
        state = new EmptyState(icon("apps"), tr("No Marathon apps to show"),
                               tr("Connect to a cluster to see its Marathon apps and launch "
                                  "Docker apps from a form."));
    } else {
        state = new EmptyState(icon("tasks"), tr("No tasks to show"),
                               tr("Connect to a cluster to see every task, filter by app, "
                                  "agent or state, and kill tasks."));
    }
    connect(state->addAction(tr("Connect to Cluster…")), &QPushButton::clicked, this,
            &Composition::chooseCluster);
    return state;
}

void Composition::addEmptyPages()
{
    using widgets::EmptyState;

    // One gate for every change the GUI makes, following the open workspace's cluster; the guard
    // greys what a read-only cluster refuses anyway.
    m_guard = new widgets::ChangeGuard(this);
    m_gate
        = std::make_shared<audit::ActionGate>(audit::ActionGate::Scope { {}, {}, {}, QStringLiteral("gui") });
    configureGate(*m_gate);

    // Inventory: the empty state until a workspace is open, then the editor.
    m_inventoryDocument = new models::InventoryDocument(this);
    m_inventoryView = new widgets::InventoryView(m_inventoryDocument);
    auto *inventoryEmpty
        = new EmptyState(icon("inventory"), tr("No inventory yet"),
                         tr("Describe your machines: add masters (each with a ZooKeeper id) and agents, or "
                            "import the Ansible inventory you already have."));
    connect(inventoryEmpty->addAction(tr("Open Workspace…")), &QPushButton::clicked, m_window,
            [this] { m_window->chooseWorkspace(); });
    connect(inventoryEmpty->addAction(tr("Import Ansible Inventory…")), &QPushButton::clicked, this,
            [this] { m_inventoryView->fileActions().at(2)->trigger(); });
    connect(inventoryEmpty->addAction(tr("New Workspace")), &QPushButton::clicked, this,
            [this] { m_inventoryDocument->setWorkspace(inventory::Workspace(), {}); });
    m_inventoryStack = new QStackedWidget;
    m_inventoryStack->addWidget(inventoryEmpty);
    m_inventoryStack->addWidget(m_inventoryView);
    connect(m_inventoryDocument, &models::InventoryDocument::documentReset, this,
            [this] { m_inventoryStack->setCurrentWidget(m_inventoryView); });
    connect(m_inventoryView, &widgets::InventoryView::errorOccurred, this, [this](const QString &message) {
        m_window->showBanner(message, widgets::MainWindow::BannerKind::Error);
    });
    connect(m_inventoryView, &widgets::InventoryView::saved, this, [this](const QString &path) {
        // A cluster opened from the workspace before it was first saved stays bound to it.
        for (ClusterSession *session : std::as_const(m_sessions)) {
            if (session->workspaceBound && session->workspace().isEmpty())
                session->setIdentity(session->name(), session->mode(), session->colour(), path);
        }
        m_window->setWorkspacePath(path);
        QSettings().setValue(kLastWorkspaceKey, path);
    });
    m_window->addPage(QStringLiteral("inventory"), tr("Inventory"), icon("inventory"), m_inventoryStack);
    addInventoryFileActions();

    // The set-up wizard; its first page says "nothing yet" until an inventory is chosen.
    auto *provision = new widgets::ProvisionWizard;
    {
        const settings::AppSettings prefs = settings::AppSettings::load().clamped();
        provision->setDefaults(prefs.sshForks, prefs.sshUser, prefs.sshKeyPath);
    }
    // The workspace open on the Inventory page, saved or not, as it is edited, is the one to set up
    // (unless a run is going on).
    const auto followWorkspace = [this, provision] {
        if (m_inventoryDocument->hasWorkspace() && !provision->isBusy())
            provision->setWorkspace(m_inventoryDocument->workspace(), m_inventoryDocument->path());
    };
    connect(m_inventoryDocument, &models::InventoryDocument::documentReset, provision, followWorkspace);
    connect(m_inventoryDocument, &models::InventoryDocument::inventoryChanged, provision, followWorkspace);
    connect(m_inventoryView, &widgets::InventoryView::saved, provision, followWorkspace);
    // "Open Cluster view" after a run: watch the masters and Marathon just set up.
    connect(provision, &widgets::ProvisionWizard::openClusterRequested, m_window, [this] {
        connectWorkspace();
        m_window->showPage(QStringLiteral("cluster"));
    });
    provision->setGate(m_gate, m_guard);
    m_window->addPage(QStringLiteral("provision"), tr("Provision"), icon("provision"), provision);

    m_window->addPage(QStringLiteral("cluster"), tr("Cluster"), icon("cluster"),
                      clusterEmptyState(QStringLiteral("cluster")));
    m_window->addPage(QStringLiteral("apps"), tr("Apps"), icon("apps"),
                      clusterEmptyState(QStringLiteral("apps")));
    m_window->addPage(QStringLiteral("tasks"), tr("Tasks"), icon("tasks"),
                      clusterEmptyState(QStringLiteral("tasks")));

    // Logs: the empty state until a log is open, then one tab per log.
    m_logsHttp = new http::HttpClient({}, this);
    m_logsPage
        = new widgets::LogsPage(m_logsHttp,
                                new EmptyState(icon("logs"), tr("No log open"),
                                               tr("Select a task in Tasks and press Logs (or double-click it) to tail "
                                                  "its STDOUT and STDERR, or pick a service on a host in Services.")));
    applyLogSettings(settings::AppSettings::load().clamped());
    connect(m_logsPage, &widgets::LogsPage::message, this, [this](const QString &text, bool error) {
        if (error)
            m_window->showBanner(text, widgets::MainWindow::BannerKind::Error);
        else
            m_window->statusBar()->showMessage(text, 5000);
    });
    m_window->addPage(QStringLiteral("logs"), tr("Logs"), icon("logs"), m_logsPage);

    // Shows the workspace's hosts (its own empty state until there are some).
    auto *services = new widgets::ServicesView;
    services->setGate(m_gate, m_guard);
    const auto showHosts = [this, services] {
        const inventory::Workspace &ws = m_inventoryDocument->workspace();
        const QList<ssh::HostSpec> specs = workspaceHostSpecs(ws);
        // The workspace's own known_hosts is trusted besides ~/.ssh/known_hosts (a new watcher only
        // when it changes).
        const QString extraKnownHosts = ssh::workspaceKnownHosts(ws, m_inventoryDocument->path());
        if (extraKnownHosts != services->sessionOptions().extraKnownHostsPath) {
            ssh::SessionOptions options = services->sessionOptions();
            options.extraKnownHostsPath = extraKnownHosts;
            services->setSessionOptions(options);
        }
        services->setHosts(specs);
        services->setGroups(ssh::hostGroupsFor(ws.inventory()));
    };
    connect(m_inventoryDocument, &models::InventoryDocument::documentReset, services, showHosts);
    connect(m_inventoryDocument, &models::InventoryDocument::inventoryChanged, services, showHosts);
    connect(services, &widgets::ServicesView::logsRequested, this,
            [this](const ssh::HostSpec &host, cluster::Service service, const ssh::SessionOptions &options) {
                auto *source = new logs::ServiceLogSource(host, service, options);
                m_logsPage->openService(source->title(), source);
                m_window->showPage(QStringLiteral("logs"));
            });
    connect(services, &widgets::ServicesView::hostReachabilityChanged, this,
            [this](const QString &host, bool reachable, const QString &reason) {
                if (!m_notifications)
                    return;
                using cluster::Notice;
                m_notifications->notify(
                    reachable
                        ? Notice { Notice::Kind::HostBack, Notice::Severity::Info, tr("Host reachable again"),
                                   tr("%1 answers over SSH again.").arg(host) }
                        : Notice { Notice::Kind::HostUnreachable, Notice::Severity::Error,
                                   tr("Host unreachable"),
                                   reason.isEmpty() ? tr("%1 does not answer over SSH.").arg(host)
                                                    : tr("Over SSH: %1").arg(reason) });
            });
    m_window->addPage(QStringLiteral("services"), tr("Services"), icon("services"), services);
    addTerminalPage(services);

    // The path the console's connections take, in sight on every page.
    m_routeLabel = new widgets::ElidedLabel(m_window);
    m_routeLabel->setObjectName(QStringLiteral("connectionRoute"));
    m_routeLabel->setAccessibleName(tr("Connection path"));
    m_window->statusBar()->addPermanentWidget(m_routeLabel);
    connect(m_inventoryDocument, &models::InventoryDocument::documentReset, this, &Composition::applyRoute);
    connect(m_inventoryDocument, &models::InventoryDocument::inventoryChanged, this,
            &Composition::applyRoute);
    showRoute();

    // Follows the workspace's Marathon and masters.
    auto *routing = new RoutingController(this);
    m_routingHttp = routing->httpClient();
    useRoute(m_routingHttp);
    routing->setGate(m_gate);
    for (QWidget *control : routing->view()->changeControls())
        m_guard->guard(control);
    const auto routeWorkspace = [this, routing] {
        routing->setWorkspace(m_inventoryDocument->workspace(), m_inventoryDocument->path());
    };
    connect(m_inventoryDocument, &models::InventoryDocument::documentReset, routing, routeWorkspace);
    // A domain or master edited in the inventory reaches the routing at once (undo too).
    connect(m_inventoryDocument, &models::InventoryDocument::inventoryChanged, routing, routeWorkspace);
    m_window->addPage(QStringLiteral("routing"), tr("Routing"), icon("routing"), routing->page());

    // Every change, from here and from the CLI.
    m_auditPage = new widgets::AuditPage(audit::AuditLog());
    m_window->addPage(QStringLiteral("audit"), tr("Audit"), icon("audit"), m_auditPage);

    connect(m_inventoryDocument, &models::InventoryDocument::documentReset, this,
            &Composition::applyClusterMode);
    connect(m_inventoryDocument, &models::InventoryDocument::inventoryChanged, this,
            &Composition::applyClusterMode);
    applyClusterMode();
}

void Composition::configureGate(audit::ActionGate &gate) const
{
    gate.setConfirm(widgets::TypeClusterNameDialog::confirmer(m_window));
    gate.setLogFailed([window = m_window](const Error &error) {
        window->showBanner(tr("The audit log was not written: %1").arg(error.message),
                           widgets::MainWindow::BannerKind::Warning);
    });
}

void Composition::applyClusterMode()
{
    // The clusters opened from the open workspace follow its name, mode and colour.
    for (ClusterSession *session : std::as_const(m_sessions))
        nameSession(session);
    const inventory::ClusterProfile &profile = m_inventoryDocument->workspace().profile();
    const bool workspace = m_inventoryDocument->hasWorkspace();
    // The shown cluster's, else the open workspace's.
    const QString name = m_active ? m_active->name() : workspace ? profile.name : QString();
    const audit::ClusterMode mode = m_active ? m_active->mode()
        : workspace                          ? profile.mode
                                             : audit::ClusterMode::ReadWrite;
    const QColor colour = m_active ? m_active->colour()
        : workspace && !profile.colour.isEmpty() ? QColor(profile.colour)
                                                 : QColor();
    // Hosts (services, provisioning, routing, shells) follow the open workspace; its name, else the
    // shown cluster's.
    m_gate->setScope({ workspace && !profile.name.isEmpty() ? profile.name : name,
                       workspace ? m_inventoryDocument->path() : QString(),
                       workspace ? profile.mode : audit::ClusterMode::ReadWrite, QStringLiteral("gui") });
    m_guard->setCluster(name, mode, colour);
    m_window->setClusterBadge(name, models::ClustersModel::modeText(mode), colour);
}

void Composition::addTerminalPage(widgets::ServicesView *services)
{
    m_terminals = new TerminalController(this);
    connect(m_terminals, &TerminalController::paletteWanted, m_window,
            &widgets::MainWindow::openCommandPalette);
    connect(m_terminals, &TerminalController::pageWanted, m_window, &widgets::MainWindow::showPage);
    m_terminals->setHostsSource([this] { return workspaceHostSpecs(m_inventoryDocument->workspace()); });
    m_terminals->setSessionOptionsSource([services] { return services->sessionOptions(); });
    m_terminals->setGate(m_gate);
    m_terminals->setJumpRouteSource([this]() -> std::optional<ssh::JumpRoute> {
        auto route = ssh::jumpRouteFor(m_inventoryDocument->workspace());
        return route ? *route : std::nullopt;
    });
    m_terminals->setTaskPlacesSource(
        [this](QObject *, std::function<void(Result<QList<terminal::TaskPlace>>)> done) {
            const cluster::SnapshotPtr snapshot = m_watcher ? m_watcher->snapshot() : nullptr;
            if (!snapshot || !snapshot->hasTaskList)
                return done(Error { tr("The cluster's tasks are not known (yet)."), {} });
            done(terminal::taskPlaces(*snapshot->tasks, *snapshot->agents));
        });
    connect(m_terminals, &TerminalController::shown, m_window, [this] { m_window->showPage(QStringLiteral("terminal")); });
    connect(m_terminals, &TerminalController::problem, m_window, [this](const QString &text) {
        m_window->showBanner(text, widgets::MainWindow::BannerKind::Warning);
    });
    connect(services, &widgets::ServicesView::shellRequested, m_terminals,
            [this](const ssh::HostSpec &host, const ssh::SessionOptions &options) {
                m_terminals->openHost(host, options);
            });
    m_window->addPage(QStringLiteral("terminal"), tr("Terminal"), icon("terminal"), m_terminals->page());
    applyLogSettings(settings::AppSettings::load().clamped());
}

void Composition::editSettings()
{
    widgets::SettingsDialog dialog(settings::AppSettings::load(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const settings::AppSettings chosen = dialog.settings();
    chosen.save();
    widgets::applyTheme(chosen.theme);
    m_notifications->setTrayMessagesEnabled(chosen.trayNotifications);
    settings::applyProxy(chosen);
    const settings::AppSettings applied = chosen.clamped();
    if (m_watcher)
        m_watcher->setPollInterval(applied.pollIntervalMs);
    applyLogSettings(applied);
}

void Composition::applyLogSettings(const settings::AppSettings &prefs)
{
    m_logsPage->setWindowBytes(qint64(prefs.logWindowMiB) * 1024 * 1024);
    QFont font(prefs.logFontFamily, prefs.logFontPointSize);
    font.setStyleHint(QFont::TypeWriter);
    m_logsPage->setLogFont(font);
    if (m_terminals)
        m_terminals->page()->setTerminalFont(font); // the console's one monospace font
}

void Composition::addInventoryFileActions()
{
    QMenu *menu = m_window->fileMenu();
    // Before the separator that precedes Quit.
    QAction *before = nullptr;
    const QList<QAction *> actions = menu->actions();
    for (auto it = actions.crbegin(); it != actions.crend(); ++it) {
        if ((*it)->isSeparator()) {
            before = *it;
            break;
        }
    }
    menu->insertSeparator(before);
    menu->insertActions(before, m_inventoryView->fileActions());
    menu->insertSeparator(before);
    menu->insertActions(before, { m_inventoryView->undoAction(), m_inventoryView->redoAction() });

    // Unsaved changes: asked before the window closes.
    m_window->installEventFilter(this);
    // Autosave to a sidecar file while there are unsaved changes (interval: StartOptions).
    m_autosave = new QTimer(this);
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (auto s = m_inventoryDocument->saveAutosave(); !s)
            m_window->showBanner(s.error().message, widgets::MainWindow::BannerKind::Warning);
    });
    m_autosave->start();
}

bool Composition::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close) {
        if (!m_inventoryView->maybeSave() || !confirmStopDemo()) {
            event->ignore();
            return true;
        }
        // Closed cleanly (saved or discarded): no autosave may bring the changes back.
        m_autosave->stop();
    } else if (watched == m_window && event->type() == QEvent::Show && !m_autosave->isActive()) {
        m_autosave->start();
    }
    return QObject::eventFilter(watched, event);
}

http::HttpOptions Composition::withAuth(http::HttpOptions base) const
{
    return withAuth(std::move(base), m_auth);
}

http::HttpOptions Composition::withAuth(http::HttpOptions base, const http::HttpOptions &auth)
{
    base.user = auth.user;
    base.password = auth.password;
    base.token = auth.token;
    base.caFile = auth.caFile;
    return base;
}

cluster::WatcherConfig Composition::watcherConfig(const cluster::ClusterAddresses &addresses,
                                                  const http::HttpOptions &auth)
{
    cluster::WatcherConfig config;
    config.masters = addresses.masters;
    config.zkUrl = addresses.zkUrl;
    config.marathons = addresses.marathons;
    config.pollIntervalMs = settings::AppSettings::load().clamped().pollIntervalMs;
    config.mesosHttp = withAuth(config.mesosHttp, auth);
    config.marathonHttp = withAuth(config.marathonHttp, auth);
    return config;
}

void Composition::watchThroughTunnel(cluster::ClusterWatcher *watcher) const
{
    if (m_tunnel)
        watcher->setProxy(
            m_tunnel->proxy(),
            [t = QPointer<ssh::SshSocksProxy>(m_tunnel)] { return t ? t->problem() : QString(); });
}

namespace {
// The masters (or the zk:// URL) and the Marathons a watcher was given, as URLs.
QStringList masterTexts(const cluster::WatcherConfig &config)
{
    QStringList out;
    for (const QUrl &url : config.masters)
        out << url.toString();
    if (!config.zkUrl.isEmpty())
        out << config.zkUrl;
    return out;
}

QStringList marathonTexts(const cluster::WatcherConfig &config)
{
    QStringList out;
    for (const QUrl &url : config.marathons)
        out << url.toString();
    return out;
}

QString describeAddresses(const cluster::WatcherConfig &config)
{
    return (masterTexts(config) + marathonTexts(config)).join(QStringLiteral(", "));
}
} // namespace

std::optional<cluster::ClusterAddresses> Composition::parseAddresses(const QStringList &masters,
                                                                    const QStringList &marathons) const
{
    auto addresses = cluster::ClusterAddresses::parse(masters, marathons);
    if (addresses)
        return *addresses;
    m_window->showBanner(tr("Cannot watch the cluster: %1").arg(addresses.error().message),
                         widgets::MainWindow::BannerKind::Error);
    return std::nullopt;
}

void Composition::switchCluster(const QStringList &masters, const QStringList &marathons,
                                const http::HttpOptions &auth)
{
    const auto addresses = parseAddresses(masters, marathons);
    if (!addresses)
        return;
    delete m_probe; // a newer choice replaces a switch still waiting
    if (!m_watcher) {
        connectCluster(masters, marathons, auth);
        m_window->showPage(QStringLiteral("cluster"));
        return;
    }
    // The cluster watched now stays until the new one answers: a typo costs nothing.
    cluster::WatcherConfig config = watcherConfig(*addresses, auth);
    config.fullState = false;
    config.marathonEvents = false;
    m_probe = new cluster::ClusterWatcher(config, this);
    watchThroughTunnel(m_probe);
    const QString wanted = describeAddresses(config);
    const QString current = describeAddresses(m_watcher->config());
    const bool wantsMesos = !config.masters.isEmpty() || !config.zkUrl.isEmpty();
    const bool wantsMarathon = !config.marathons.isEmpty();
    cluster::ClusterWatcher *probe = m_probe;
    const auto giveUp = [this, probe, wanted, current](const QString &reason) {
        if (m_probe != probe)
            return; // decided already, or replaced by a newer choice
        std::exchange(m_probe, nullptr)->deleteLater();
        m_window->showBanner(tr("Cannot connect to %1: %2. Still watching %3.").arg(wanted, reason, current),
                             widgets::MainWindow::BannerKind::Error);
    };
    auto *timeout = new QTimer(m_probe);
    timeout->setSingleShot(true);
    connect(timeout, &QTimer::timeout, this,
            [giveUp] { giveUp(tr("no answer within %1 s").arg(kSwitchTimeoutMs / 1000)); });
    timeout->start(kSwitchTimeoutMs);
    connect(m_probe, &cluster::ClusterWatcher::snapshotChanged, this,
            [=, this](const cluster::SnapshotPtr &s) {
                using Kind = cluster::ConnectionState::Kind;
                if (wantsMesos && s->mesos.kind == Kind::Error)
                    return giveUp(tr("Mesos: %1").arg(s->mesos.reason));
                if (wantsMarathon && s->marathon.kind == Kind::Error)
                    return giveUp(tr("Marathon: %1").arg(s->marathon.reason));
                if (m_probe != probe || (wantsMesos && s->mesos.kind != Kind::Live)
                    || (wantsMarathon && s->marathon.kind != Kind::Live))
                    return;
                std::exchange(m_probe, nullptr)->deleteLater();
                if (m_window->bannerKind() == widgets::MainWindow::BannerKind::Info)
                    m_window->hideBanner(); // it spoke of the cluster before
                connectCluster(masters, marathons, auth);
                m_window->showPage(QStringLiteral("cluster"));
            });
    m_window->statusBar()->showMessage(
        tr("Connecting to %1… (still watching %2 until it answers)").arg(wanted, current));
    m_probe->start();
}

void Composition::connectCluster(const QStringList &masters, const QStringList &marathons,
                                 const http::HttpOptions &auth, bool fromWorkspace)
{
    const auto addresses = parseAddresses(masters, marathons);
    if (!addresses)
        return;
    m_auth = auth;
    const cluster::WatcherConfig config = watcherConfig(*addresses, auth);
    // The same cluster again: it is shown, not watched twice.
    const QString key = describeAddresses(config);
    for (ClusterSession *session : std::as_const(m_sessions)) {
        if (session->key() != key)
            continue;
        const http::HttpOptions &had = session->auth;
        if (had.user == auth.user && had.password == auth.password && had.token == auth.token
            && had.caFile == auth.caFile) {
            activate(session);
            return;
        }
        closeSession(session); // given again with other credentials: watched again with them
        break;
    }
    // The agents' sandboxes (logs) and the Routing page's Marathon reader sign in the same way.
    m_logsHttp->setOptions(withAuth(m_logsHttp->options()));
    if (m_routingHttp)
        m_routingHttp->setOptions(withAuth(m_routingHttp->options()));

    auto *session = new ClusterSession(key, new cluster::ClusterWatcher(config), this);
    session->auth = auth;
    cluster::ClusterWatcher *watcher = session->watcher();
    models::ClusterModels *models = session->models();
    watchThroughTunnel(watcher);
    // The open workspace names the cluster opened from it (or the first one watched with it open).
    const bool workspaceTaken = std::any_of(m_sessions.cbegin(), m_sessions.cend(), [this](ClusterSession *s) {
        return s->workspaceBound && s->workspace() == m_inventoryDocument->path();
    });
    session->workspaceBound
        = m_inventoryDocument->hasWorkspace() && (fromWorkspace || (m_sessions.isEmpty() && !workspaceTaken));
    configureGate(*session->gate());
    m_sessions.append(session);
    nameSession(session);
    connect(session, &ClusterSession::summaryChanged, this, [this, session] {
        m_clusters->setSummary(session->summary());
        if (session == m_active)
            m_switcher->setCurrentKey(session->key());
    });
    m_clusters->setSummary(session->summary());
    // Deployments, failed tasks, leader changes, unreachable hosts: once each, never for the first
    // snapshot; each names its cluster.
    connect(watcher, &cluster::ClusterWatcher::snapshotChanged, m_notifications,
            [this, session](const cluster::SnapshotPtr &s) {
                for (const cluster::Notice &n : session->notices(s))
                    m_notifications->notify(n);
            });
    const auto notify = [this, session](const cluster::Notice &notice) {
        m_notifications->notify(session->named(notice));
    };
    if (!config.masters.isEmpty() || !config.zkUrl.isEmpty() || (config.discover && !config.marathons.isEmpty())) {
        auto *clusterPage = new widgets::ClusterPage(models);
        connect(clusterPage, &widgets::ClusterPage::shellRequested, this, [this, watcher](const QString &agentId) {
            const cluster::SnapshotPtr snapshot = watcher->snapshot();
            if (!snapshot)
                return;
            for (const mesos::Agent &agent : *snapshot->agents) {
                if (agent.id == agentId)
                    m_terminals->openHost(m_terminals->hostSpec(agent.hostname));
            }
        });
        // Drain, deactivate, maintenance, teardown and the roles: through the leader's operator API.
        auto *mesosHttp = new http::HttpClient(config.mesosHttp, session);
        useRoute(mesosHttp);
        auto *op = new mesos::MesosOperator(mesosHttp, QUrl(), session);
        op->setGate(session->gate());
        auto *mesosActions = new widgets::MesosActions(clusterPage, models, session);
        mesosActions->setGuard(m_guard);
        mesosActions->setOperator(op);
        connect(mesosActions, &widgets::MesosActions::finished, m_notifications,
                [notify](const QString &text, bool ok) {
                    cluster::Notice notice;
                    notice.kind = cluster::Notice::Kind::Message;
                    notice.severity = ok ? cluster::Notice::Severity::Info : cluster::Notice::Severity::Error;
                    notice.title = ok ? tr("Mesos") : tr("Mesos refused");
                    notice.text = text;
                    notify(notice);
                });
        session->clusterPage = clusterPage;
    }
    auto *tasksPage = new widgets::TasksPage(models);
    session->tasksPage = tasksPage;
    connect(tasksPage, &widgets::TasksPage::logsRequested, this,
            [this](const mesos::Task &task, const QString &host) { openTaskLogs(task, host); });
    connect(tasksPage, &widgets::TasksPage::filesRequested, this,
            [this](const mesos::Task &task, const QString &host) { openTaskLogs(task, host, true); });
    // A shell in a task or a forward to its port: through its agent's host.
    const auto agentOf = [watcher](const mesos::Task &task) -> std::optional<mesos::Agent> {
        const cluster::SnapshotPtr snapshot = watcher->snapshot();
        if (snapshot) {
            for (const mesos::Agent &agent : *snapshot->agents) {
                if (agent.id == task.agentId)
                    return agent;
            }
        }
        return std::nullopt;
    };
    connect(tasksPage, &widgets::TasksPage::shellRequested, this, [this, agentOf](const mesos::Task &task) {
        const std::optional<mesos::Agent> agent = agentOf(task);
        m_terminals->openTask(task, agent ? agent->url() : QUrl(), agent ? agent->hostname : QString(), m_logsHttp);
    });
    connect(tasksPage, &widgets::TasksPage::forwardRequested, this, [this, agentOf](const mesos::Task &task) {
        const std::optional<mesos::Agent> agent = agentOf(task);
        m_terminals->forwardTask(task, agent ? agent->hostname : QString());
    });
    if (!config.marathons.isEmpty()) {
        auto *appsPage = new widgets::AppsPage(models);
        session->appsPage = appsPage;
        // App and task lifecycle actions (launch, scale, restart, kill...) on the first Marathon.
        session->marathonHttp = new http::HttpClient(config.marathonHttp, session);
        useRoute(session->marathonHttp);
        auto *client = new marathon::MarathonClient(session->marathonHttp, config.marathons.first(), session);
        client->setGate(session->gate());
        auto *actions = new widgets::AppActions(client, models, m_window, session);
        actions->setGuard(m_guard);
        actions->attachApps(appsPage);
        actions->attachTasks(tasksPage);
        session->actions = actions;
        auto *why = new widgets::AppWhy(client, models, actions, appsPage, m_guard, session);
        connect(why, &widgets::AppWhy::noticed, m_notifications, notify);
        new widgets::VersionsPane(client, actions, appsPage, m_guard);
        appsPage->pods()->setClient(client);
        appsPage->pods()->setGuard(m_guard);
        connect(appsPage->pods(), &widgets::PodsPanel::noticed, m_notifications, notify);
        connect(actions, &widgets::AppActions::noticed, m_notifications, notify);
    }
    watchUsage(session, config.pollIntervalMs);
    // The connection state stays in sight on every page (the shown cluster's).
    connect(models, &models::ClusterModels::snapshotApplied, this, [this, session](const cluster::SnapshotPtr &s) {
        if (session == m_active)
            showConnectionState(s);
    });
    watcher->start();
    activate(session);
}

void Composition::showConnectionState(const cluster::SnapshotPtr &s)
{
    QStringList parts;
    if (s->mesos.kind != cluster::ConnectionState::Kind::Disconnected) {
        parts << (s->leader ? tr("Mesos %1 (leader %2)").arg(s->mesos.describe(), s->leader->displayName())
                            : tr("Mesos %1").arg(s->mesos.describe()));
    }
    if (s->marathon.kind != cluster::ConnectionState::Kind::Disconnected)
        parts << tr("Marathon %1").arg(s->marathon.describe());
    if (!parts.isEmpty() && !m_routeText.isEmpty())
        parts << m_routeText;
    m_window->statusBar()->showMessage(parts.join(QStringLiteral("  ·  ")));
    // What the cluster told about itself, offered in Cluster Settings to keep.
    if (s->watch.zkLearned || (s->watch.mastersLearned && m_watcher && m_watcher->config().zkUrl.isEmpty())) {
        QStringList masters;
        for (const QUrl &master : s->watch.masters)
            masters << master.toString();
        m_inventoryView->setLearnedAddresses(s->watch.zkLearned ? s->watch.zkUrl : QString(), masters);
    }
}

void Composition::activate(ClusterSession *session)
{
    if (session == m_active)
        return;
    const QString current = m_window->currentPageId();
    if (m_active) {
        m_active->lastPage = current;
        m_active->setActive(false);
    }
    const auto show = [this](const QString &id, QWidget *page, ClusterSession *leaving) {
        QWidget *old = m_window->takePage(id, page ? page : clusterEmptyState(id));
        const bool kept = leaving
            && (old == leaving->clusterPage || old == static_cast<QWidget *>(leaving->appsPage.data())
                || old == static_cast<QWidget *>(leaving->tasksPage.data()));
        if (old && !kept)
            old->deleteLater(); // an empty state
    };
    ClusterSession *leaving = m_active;
    m_active = session;
    show(QStringLiteral("cluster"), session ? session->clusterPage.data() : nullptr, leaving);
    show(QStringLiteral("apps"), session ? session->appsPage.data() : nullptr, leaving);
    show(QStringLiteral("tasks"), session ? session->tasksPage.data() : nullptr, leaving);
    m_watcher = session ? session->watcher() : nullptr;
    m_models = session ? session->models() : nullptr;
    m_appsPage = session ? session->appsPage : nullptr;
    m_tasksPage = session ? session->tasksPage : nullptr;
    m_actions = session ? session->actions : nullptr;
    m_marathonHttp = session ? session->marathonHttp : nullptr;
    if (!session) {
        m_window->statusBar()->clearMessage();
        m_switcher->setCurrentKey({});
        applyClusterMode();
        return;
    }
    session->setActive(true);
    m_switcher->setCurrentKey(session->key());
    applyClusterMode();
    if (const cluster::SnapshotPtr s = session->models()->snapshot())
        showConnectionState(s);
    else
        m_window->statusBar()->clearMessage();
    // Back to the page it was left on; a cluster page stays the page in sight.
    if (!session->lastPage.isEmpty() && leaving)
        m_window->showPage(session->lastPage);
}

void Composition::closeSession(ClusterSession *session)
{
    if (!session)
        return;
    // The watcher says nothing more; the pages go (deleteLater) before the models they show.
    session->watcher()->stop();
    QObject::disconnect(session->watcher(), nullptr, nullptr, nullptr);
    m_sessions.removeOne(session);
    m_clusters->removeKey(session->key());
    if (session == m_active) {
        for (const QString &page : { QStringLiteral("cluster"), QStringLiteral("apps"), QStringLiteral("tasks") })
            m_window->replacePage(page, clusterEmptyState(page));
        m_active = nullptr;
        m_watcher = nullptr;
        m_models = nullptr;
        m_marathonHttp = nullptr;
        session->clusterPage = nullptr;
        session->appsPage = nullptr;
        session->tasksPage = nullptr;
        activate(m_sessions.isEmpty() ? nullptr : m_sessions.constLast());
    }
    session->deleteLater();
}

void Composition::nameSession(ClusterSession *session)
{
    const inventory::ClusterProfile &profile = m_inventoryDocument->workspace().profile();
    if (session->workspaceBound && m_inventoryDocument->hasWorkspace()
        && (session->name().isEmpty() || session->workspace() == m_inventoryDocument->path())) {
        if (!profile.name.isEmpty()) {
            session->setIdentity(profile.name, profile.mode,
                                 profile.colour.isEmpty() ? QColor() : QColor(profile.colour),
                                 m_inventoryDocument->path());
            return;
        }
        session->setIdentity(addressName(session), profile.mode,
                             profile.colour.isEmpty() ? QColor() : QColor(profile.colour),
                             m_inventoryDocument->path());
        return;
    }
    if (!session->name().isEmpty())
        return; // named when it was opened
    session->setIdentity(addressName(session), audit::ClusterMode::ReadWrite, QColor(), {});
}

QString Composition::addressName(const ClusterSession *session) const
{
    // The first address's host; with its port when another cluster has that host already.
    const cluster::WatcherConfig &config = session->watcher()->config();
    const QUrl first = !config.masters.isEmpty() ? config.masters.first()
        : !config.marathons.isEmpty()            ? config.marathons.first()
                                                 : QUrl(config.zkUrl);
    const QString host = first.host();
    const bool taken = std::any_of(m_sessions.cbegin(), m_sessions.cend(), [&](const ClusterSession *s) {
        return s != session && (s->name() == host || s->name().startsWith(host + u':'));
    });
    return taken && first.port() > 0 ? QStringLiteral("%1:%2").arg(host).arg(first.port()) : host;
}

void Composition::watchUsage(ClusterSession *session, int pollIntervalMs)
{
    // Asked only of the agents of the tasks in sight (Tasks rows on screen or selected, the tasks
    // of the apps on screen), at the poll pace.
    auto *sampler = new cluster::UsageSampler(m_logsHttp, session);
    sampler->setIntervalMs(pollIntervalMs);
    widgets::TasksPage *tasksPage = session->tasksPage;
    models::ClusterModels *models = session->models();
    QPointer<widgets::AppsPage> appsPage = session->appsPage;
    tasksPage->setUsageSampler(sampler);
    const auto updateTargets = [sampler, tasksPage, models, appsPage] {
        const cluster::SnapshotPtr snapshot = models->snapshot();
        if (!snapshot)
            return;
        QHash<QString, QUrl> agents;
        for (const mesos::Agent &agent : *snapshot->agents)
            agents.insert(agent.id, agent.url());
        QList<cluster::UsageTarget> targets;
        QSet<QString> taken;
        const auto add = [&](const mesos::Task &task, const QString &appId) {
            if (!taken.contains(task.id) && agents.contains(task.agentId)) {
                taken.insert(task.id);
                targets.append({ task.id, task.frameworkId, task.executorId, agents.value(task.agentId), appId });
            }
        };
        const models::TasksModel *tasks = models->tasks();
        for (const models::TaskRow &row : tasksPage->tasksInSight())
            add(*row.task, row.appId());
        if (appsPage && appsPage->isVisible()) {
            const QSet<QString> apps = appsPage->apps()->idsInSight();
            constexpr int kMaxAppTasks = 200;
            for (int r = 0; r < tasks->rowCount() && !apps.isEmpty() && targets.size() < kMaxAppTasks; ++r) {
                const models::TaskRow &row = tasks->row(r);
                if (!row.task->completed && apps.contains(row.appId()))
                    add(*row.task, row.appId());
            }
        }
        sampler->setTargets(targets);
    };
    connect(tasksPage, &widgets::TasksPage::usageWanted, sampler, updateTargets);
    connect(models, &models::ClusterModels::snapshotApplied, sampler, updateTargets);
    if (appsPage) {
        QHeaderView *header = appsPage->apps()->view()->horizontalHeader();
        header->moveSection(header->visualIndex(models::AppsModel::Used), models::AppsModel::Memory + 1);
        connect(appsPage->apps(), &widgets::DetailTable::sightChanged, sampler, updateTargets);
        connect(sampler, &cluster::UsageSampler::usageChanged, models,
                [models, sampler] { models->apps()->setUsage(sampler->appUsage()); });
    }
    connect(models, &models::ClusterModels::updateIntervalChanged, sampler,
            [sampler, pollIntervalMs](int ms) { sampler->setIntervalMs(std::max(ms, pollIntervalMs)); });
    sampler->start();
}

void Composition::disconnectCluster()
{
    closeSession(m_active);
}



void Composition::chooseCluster()
{
    widgets::ConnectDialog dialog(m_window);
    QSettings settings;
    QString masters = settings.value(QStringLiteral("connect/masters")).toString();
    QString marathon = settings.value(QStringLiteral("connect/marathon")).toString();
    if (m_watcher && !m_probe) {
        // The cluster watched now, with every master it was given (not only the leader).
        masters = masterTexts(m_watcher->config()).join(QStringLiteral(", "));
        marathon = marathonTexts(m_watcher->config()).join(QStringLiteral(", "));
    }
    if (masters.isEmpty() && marathon.isEmpty() && m_inventoryDocument->hasWorkspace()) {
        masters = m_inventoryDocument->workspace().mesosEndpoints().join(QStringLiteral(", "));
        marathon = m_inventoryDocument->workspace().marathonEndpoints().value(0);
    }
    dialog.setAddresses(masters, marathon);
    QString user = settings.value(QStringLiteral("connect/user")).toString();
    if (user.isEmpty() && m_inventoryDocument->hasWorkspace())
        user = m_inventoryDocument->workspace().profile().httpUser;
    dialog.setAuthentication(user, settings.value(QStringLiteral("connect/caFile")).toString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(QStringLiteral("connect/masters"), dialog.mastersText());
    settings.setValue(QStringLiteral("connect/marathon"), dialog.marathonText());
    // Never the password or the token.
    settings.setValue(QStringLiteral("connect/user"), dialog.httpOptions().user);
    settings.setValue(QStringLiteral("connect/caFile"), dialog.httpOptions().caFile);
    QStringList masterList;
    for (const QUrl &url : dialog.addresses().masters)
        masterList << url.toString();
    if (!dialog.addresses().zkUrl.isEmpty())
        masterList << dialog.addresses().zkUrl;
    QStringList marathonList;
    for (const QUrl &url : dialog.addresses().marathons)
        marathonList << url.toString();
    switchCluster(masterList, marathonList, dialog.httpOptions());
}

bool Composition::openLogsOfARunningTask(const QString &hint)
{
    if (!m_watcher || !m_watcher->snapshot())
        return false;
    const mesos::Task *chosen = nullptr;
    for (const mesos::Task &task : *m_watcher->snapshot()->tasks) {
        if (task.state != mesos::TaskState::Running)
            continue;
        if (!chosen || (!hint.isEmpty() && task.id.contains(hint) && !chosen->id.contains(hint)))
            chosen = &task;
    }
    if (!chosen)
        return false;
    QString host;
    for (const mesos::Agent &agent : *m_watcher->snapshot()->agents) {
        if (agent.id == chosen->agentId)
            host = agent.hostname;
    }
    openTaskLogs(*chosen, host);
    return true;
}

void Composition::openTaskLogs(const mesos::Task &task, const QString &host, bool showFiles)
{
    QUrl agentUrl;
    if (m_watcher && m_watcher->snapshot()) {
        for (const mesos::Agent &agent : *m_watcher->snapshot()->agents) {
            if (agent.id == task.agentId)
                agentUrl = agent.url();
        }
    }
    if (!agentUrl.isValid()) {
        m_window->showBanner(tr("Cannot open the logs of %1: its agent %2 is not known (yet).")
                                 .arg(task.id, host.isEmpty() ? task.agentId : host),
                             widgets::MainWindow::BannerKind::Warning);
        return;
    }
    const logs::TaskRef ref { task.id, task.frameworkId, task.executorId };
    logs::TailOptions options;
    options.startOffset = -1; // the end of the file, with a backlog
    auto *out = new logs::TaskLogSource(m_logsHttp, agentUrl, ref, QStringLiteral("stdout"), options);
    auto *err = new logs::TaskLogSource(m_logsHttp, agentUrl, ref, QStringLiteral("stderr"), options);
    auto *files = new widgets::SandboxView(new logs::SandboxBrowser(m_logsHttp, agentUrl, ref));
    connect(files, &widgets::SandboxView::openRequested, this, [this, files, agentUrl, ref](const QString &path) {
        logs::TailOptions fileOptions;
        fileOptions.startOffset = -1; // as the logs: the end, with a backlog ("Earlier" reads back)
        m_logsPage->openFile(files, path, new logs::TaskLogSource(m_logsHttp, agentUrl, ref, path, fileOptions));
    });
    QString title = host.isEmpty() ? task.id : QStringLiteral("%1 (%2)").arg(task.id, host);
    if (m_sessions.size() > 1 && m_active) // the tab stays when another cluster is shown: it says whose
        title = tr("%1 · %2", "task log tab: task · cluster").arg(title, m_active->name());
    m_logsPage->openTask(title, out, err, files, showFiles);
    m_window->showPage(QStringLiteral("logs"));
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
    const QString absolute = info.absoluteFilePath();
    const auto cannotOpen = [this](const Error &error) {
        // The open workspace (if any) stays as it is. The message names the file.
        m_window->showBanner(tr("Cannot open the workspace or inventory: %1").arg(error.message),
                             widgets::MainWindow::BannerKind::Error);
    };
    // Read first: a file that cannot be opened leaves the open workspace and its edits alone.
    auto opened = inventory::Workspace::openAny(absolute);
    if (!opened) {
        cannotOpen(opened.error());
        return;
    }
    // Unsaved changes are asked about whatever is opened, the open workspace itself included
    // (Open Recent on it): opening it again drops the edits and the undo history.
    if (!m_inventoryView->maybeSave())
        return;
    if (absolute == m_inventoryDocument->path()) {
        // As it is on disk now: it may just have been saved.
        opened = inventory::Workspace::openAny(absolute);
        if (!opened) {
            cannotOpen(opened.error());
            return;
        }
    }

    if (!opened->isWorkspace) {
        // An Ansible inventory: a new workspace without a file, so Save asks where to keep it and
        // never writes workspace YAML over the inventory.
        m_inventoryDocument->setWorkspace(opened->workspace, {});
        m_window->setWorkspacePath({});
        QString text = tr("Opened the Ansible inventory %1 as a new workspace; Save Workspace asks where to "
                          "keep it (the inventory file stays as it is).")
                           .arg(QDir::toNativeSeparators(absolute));
        if (opened->warnings.isEmpty()) {
            m_window->showBanner(text, widgets::MainWindow::BannerKind::Info);
        } else {
            text += u'\n' + tr("Warnings:") + u'\n' + opened->warnings.join(u'\n');
            m_window->showBanner(text, widgets::MainWindow::BannerKind::Warning);
        }
        if (m_autoConnect)
            connectWorkspace();
        return;
    }

    std::optional<inventory::Workspace> recovered;
    if (inventory::Workspace::hasRecoverableAutosave(absolute)) {
        const auto answer = QMessageBox::question(
            m_window, tr("Recover Unsaved Changes"),
            tr("Mesos Console was closed with unsaved changes to %1. Recover them? (The workspace file stays "
               "as it is until you save.)")
                .arg(QDir::toNativeSeparators(absolute)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes) {
            auto autosaved = inventory::Workspace::loadAutosave(absolute);
            if (!autosaved) {
                // Kept: the user may want to look at it.
                m_window->showBanner(tr("Cannot recover the unsaved changes of %1: %2")
                                         .arg(QDir::toNativeSeparators(absolute), autosaved.error().message),
                                     widgets::MainWindow::BannerKind::Error);
                return;
            }
            recovered = autosaved.value();
        } else {
            inventory::Workspace::discardAutosave(absolute);
        }
    }
    m_inventoryDocument->setWorkspace(opened->workspace, absolute);
    // Recovered changes (inventory and cluster settings) count as unsaved: one undoable step.
    if (recovered)
        m_inventoryDocument->recover(*recovered, tr("Recovered changes"));
    m_window->hideBanner();
    m_window->setWorkspacePath(absolute);
    QSettings().setValue(kLastWorkspaceKey, absolute);
    if (m_autoConnect)
        connectWorkspace();
}

bool Composition::recoverUntitled(QString &problem)
{
    if (!inventory::Workspace::hasRecoverableAutosave({}))
        return false;
    const QString sidecar = QDir::toNativeSeparators(inventory::Workspace::untitledAutosavePath());
    auto autosaved = inventory::Workspace::loadAutosave({});
    if (!autosaved) {
        // Kept for the user to look at; the message says where it is.
        problem = tr("Cannot recover the unsaved changes of a workspace that was never saved (%1): %2")
                      .arg(sidecar, autosaved.error().message);
        return false;
    }
    const auto answer = QMessageBox::question(
        m_window, tr("Recover Unsaved Changes"),
        tr("Mesos Console was closed with unsaved changes to a workspace that was never saved. Recover "
           "them? (Save Workspace then asks where to keep it.)"),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        inventory::Workspace::discardAutosave({});
        return false;
    }
    m_inventoryDocument->setWorkspace(inventory::Workspace(), {});
    m_inventoryDocument->recover(autosaved.value(), tr("Recovered changes"));
    m_window->setWorkspacePath({});
    return true;
}

void Composition::connectWorkspace()
{
    const inventory::Workspace &ws = m_inventoryDocument->workspace();
    const QStringList masters = ws.mesosEndpoints();
    const QStringList marathons = ws.marathonEndpoints();
    // The credentials typed for this workspace's HTTP user this session (asked in the Connect
    // dialog when the cluster wants them: a 401 says so).
    http::HttpOptions auth;
    if (!ws.profile().httpUser.isEmpty() && ws.profile().httpUser == m_auth.user)
        auth = m_auth;
    if (!masters.isEmpty() || !marathons.isEmpty())
        connectCluster(masters, marathons, auth, true);
}

void Composition::applyRoute()
{
    auto route = ssh::jumpRouteFor(m_inventoryDocument->workspace());
    if (!route) {
        m_window->showBanner(
            tr("Cannot reach the cluster through the jump host: %1 Fix it in Cluster Settings.")
                .arg(route.error().message),
            widgets::MainWindow::BannerKind::Error);
    }
    const std::optional<ssh::JumpRoute> wanted = route ? *route : std::nullopt;
    if (m_tunnel && wanted && m_tunnel->jumpHost() == wanted->host
        && m_tunnel->knownHostsPath() == wanted->options.knownHostsPath)
        return; // unchanged
    const QString routeText = wanted ? wanted->describe()
        : route                      ? tr("direct")
                                     : tr("direct (the jump host setting is invalid)");
    if (!m_tunnel && !wanted && routeText == m_routeText)
        return;
    delete m_tunnel;
    m_tunnel = nullptr;
    if (wanted) {
        ssh::SessionOptions options = wanted->options;
        // A password is asked for when the tunnel connects, never stored; unknown host keys are refused.
        options.prompts.secret = widgets::guiPrompts(m_window).secret;
        m_tunnel = new ssh::SshSocksProxy(wanted->host, options, this);
        if (Status started = m_tunnel->start(); !started)
            m_window->showBanner(tr("Cannot start the SSH tunnel: %1").arg(started.error().message),
                                 widgets::MainWindow::BannerKind::Error);
        connect(m_tunnel, &ssh::SshSocksProxy::error, this,
                [this](const QString &reason) { showRoute(reason); });
        connect(m_tunnel, &ssh::SshSocksProxy::connected, this, [this] { showRoute(); });
    }
    m_routeText = routeText;
    useRoute(m_logsHttp);
    useRoute(m_marathonHttp);
    useRoute(m_routingHttp);
    if (m_watcher) {
        if (m_tunnel)
            m_watcher->setProxy(
                m_tunnel->proxy(),
                [t = QPointer<ssh::SshSocksProxy>(m_tunnel)] { return t ? t->problem() : QString(); });
        else
            m_watcher->setProxy(QNetworkProxy());
    }
    showRoute();
}

void Composition::useRoute(http::HttpClient *client) const
{
    if (!client)
        return;
    if (m_tunnel)
        client->setProxy(
            m_tunnel->proxy(),
            [t = QPointer<ssh::SshSocksProxy>(m_tunnel)] { return t ? t->problem() : QString(); });
    else
        client->setProxy(QNetworkProxy()); // the application's proxy setting
}

void Composition::showRoute(const QString &problem)
{
    const QString route = m_routeText.isEmpty() ? tr("direct") : m_routeText;
    if (problem.isEmpty()) {
        m_routeLabel->setText(tr("Connections: %1").arg(route));
        m_routeLabel->setToolTip(
            tr("How the console reaches the masters, agents and Marathon (Cluster Settings)."));
        widgets::clearThemedStyleSheet(m_routeLabel);
    } else {
        m_routeLabel->setText(tr("Connections: %1 — jump host unreachable").arg(route));
        m_routeLabel->setToolTip(problem);
        widgets::setStateTextColor(m_routeLabel, models::StateColorPalette::Role::Error,
                                   QStringLiteral("font-weight: bold;"));
        m_window->statusBar()->showMessage(problem);
    }
}

} // namespace mc::app
