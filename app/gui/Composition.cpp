#include "app/gui/Composition.h"

#include "app/gui/DemoCluster.h"
#include "app/gui/RoutingController.h"
#include "core/cluster/ClusterAddresses.h"
#include "core/cluster/ClusterNotices.h"
#include "core/cluster/ClusterWatcher.h"
#include "core/http/HttpClient.h"
#include "core/inventory/Workspace.h"
#include "core/logs/ServiceLogSource.h"
#include "core/logs/TaskLogSource.h"
#include "core/marathon/MarathonClient.h"
#include "core/settings/AppSettings.h"
#include "core/settings/NetworkProxy.h"
#include "core/ssh/InventoryHosts.h"
#include "core/ssh/JumpRoute.h"
#include "core/ssh/SshSocksProxy.h"
#include "core/zookeeper/ZkUrl.h"
#include "models/cluster/ClusterModels.h"
#include "models/inventory/InventoryDocument.h"
#include "widgets/apps/AppActions.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/ClusterPage.h"
#include "widgets/cluster/ConnectDialog.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/cluster/TasksPage.h"
#include "widgets/common/EmptyState.h"
#include "widgets/inventory/InventoryView.h"
#include "widgets/logs/LogsPage.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/notify/NotificationCenter.h"
#include "widgets/provision/ProvisionWizard.h"
#include "widgets/services/ServicesView.h"
#include "widgets/settings/Appearance.h"
#include "widgets/settings/SettingsDialog.h"
#include "widgets/ssh/GuiPrompts.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkProxy>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

#include <optional>
#include <utility>

namespace mc::app {

namespace {
const QString kLastWorkspaceKey = QStringLiteral("workspace/last");
constexpr int kDemoSshPort = 1; // nobody listens: the demo's hosts have no SSH

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
    connect(m_demo, &DemoCluster::ready, this, [this](const DemoEndpoints &e) {
        m_window->showBanner(
            tr("Demo cluster running (localcluster): Mesos leader %1 of %2 masters · Marathon %3 · "
               "agents %4. It stops when you close Mesos Console.")
                .arg(e.leaderUrl)
                .arg(e.masterUrls.size())
                .arg(e.marathonUrl, e.agentUrls.join(QStringLiteral(", "))),
            widgets::MainWindow::BannerKind::Info);
        if (!m_inventoryDocument->hasWorkspace() || m_inventoryDocument->inventory().hosts().isEmpty())
            openDemoWorkspace(e);
        if (!m_watcher) {
            connectCluster(e.masterUrls, { e.marathonUrl });
            m_window->showPage(QStringLiteral("cluster"));
        }
    });
    connect(m_demo, &DemoCluster::failed, this, [this](const QString &message) {
        m_demoProblem = message;
        m_window->showBanner(message, widgets::MainWindow::BannerKind::Error);
    });
    m_window->showBanner(tr("Starting the demo cluster (localcluster)…"),
                         widgets::MainWindow::BannerKind::Info);
    m_demo->start();
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
                                if (!m_tasksPage || m_tasksPage->table()->selectId(id))
                                    return;
                                // Hidden by the filters (a finished task under "Active"): show them all.
                                m_tasksPage->table()->filter()->clear();
                                m_tasksPage->appFilter()->setCurrentIndex(0);
                                m_tasksPage->agentFilter()->setCurrentIndex(0);
                                m_tasksPage->stateFilter()->setCurrentIndex(
                                    m_tasksPage->stateFilter()->findData(QStringLiteral("all")));
                                m_tasksPage->table()->selectId(id);
                            } });
        }
        return entries;
    });
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
    if (const QString last = QSettings().value(kLastWorkspaceKey).toString(); !last.isEmpty())
        provision->setWorkspacePath(last);
    // The workspace the Inventory page opened or saved is the one to set up (unless a run is going on).
    const auto followWorkspace = [this, provision] {
        const QString path = m_inventoryDocument->path();
        if (!path.isEmpty() && !provision->isBusy())
            provision->setWorkspacePath(path);
    };
    connect(m_inventoryDocument, &models::InventoryDocument::documentReset, provision, followWorkspace);
    connect(m_inventoryView, &widgets::InventoryView::saved, provision, followWorkspace);
    // "Open Cluster view" after a run: watch the masters and Marathon just set up.
    connect(provision, &widgets::ProvisionWizard::openClusterRequested, m_window, [this] {
        connectWorkspace();
        m_window->showPage(QStringLiteral("cluster"));
    });
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
                                               tr("Double-click a task in Tasks to tail its STDOUT and "
                                                  "STDERR, or pick a service on a host in Services.")));
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
    const auto showHosts = [this, services] {
        const inventory::Workspace &ws = m_inventoryDocument->workspace();
        const auto hosts = ws.hostsOf(QStringLiteral("all"));
        QList<ssh::HostSpec> specs
            = hosts ? ssh::hostSpecsFor(*hosts, ws.profile().ssh.keyPath) : QList<ssh::HostSpec>();
        // Settings > SSH: the default user and key where neither the host nor the workspace names one.
        const settings::AppSettings prefs = settings::AppSettings::load();
        for (ssh::HostSpec &spec : specs) {
            if (spec.user.isEmpty())
                spec.user = prefs.sshUser;
            if (spec.keyPath.isEmpty())
                spec.keyPath = prefs.sshKeyPath.startsWith(QStringLiteral("~/"))
                    ? QDir::homePath() + prefs.sshKeyPath.mid(1)
                    : prefs.sshKeyPath;
        }
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

    // The path the console's connections take, in sight on every page.
    m_routeLabel = new QLabel(m_window);
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
    const auto routeWorkspace = [this, routing] {
        routing->setWorkspace(m_inventoryDocument->workspace(), m_inventoryDocument->path());
    };
    connect(m_inventoryDocument, &models::InventoryDocument::documentReset, routing, routeWorkspace);
    // A domain or master edited in the inventory reaches the routing at once (undo too).
    connect(m_inventoryDocument, &models::InventoryDocument::inventoryChanged, routing, routeWorkspace);
    m_window->addPage(QStringLiteral("routing"), tr("Routing"), icon("routing"), routing->page());
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
        if (!m_inventoryView->maybeSave()) {
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
    base.user = m_auth.user;
    base.password = m_auth.password;
    base.token = m_auth.token;
    base.caFile = m_auth.caFile;
    return base;
}

void Composition::connectCluster(const QStringList &masters, const QStringList &marathons,
                                 const http::HttpOptions &auth)
{
    const auto addresses = cluster::ClusterAddresses::parse(masters, marathons);
    if (!addresses) {
        m_window->showBanner(tr("Cannot watch the cluster: %1").arg(addresses.error().message),
                             widgets::MainWindow::BannerKind::Error);
        return;
    }
    disconnectCluster();
    m_auth = auth;
    cluster::WatcherConfig config;
    config.masters = addresses->masters;
    config.zkUrl = addresses->zkUrl;
    config.marathons = addresses->marathons;
    config.pollIntervalMs = settings::AppSettings::load().clamped().pollIntervalMs;
    config.mesosHttp = withAuth(config.mesosHttp);
    config.marathonHttp = withAuth(config.marathonHttp);
    // The agents' sandboxes (logs) and the Routing page's Marathon reader sign in the same way.
    m_logsHttp->setOptions(withAuth(m_logsHttp->options()));
    if (m_routingHttp)
        m_routingHttp->setOptions(withAuth(m_routingHttp->options()));

    m_connection = new QObject(this);
    m_watcher = new cluster::ClusterWatcher(config, m_connection);
    if (m_tunnel)
        m_watcher->setProxy(
            http::HttpClient::socks5Proxy(m_tunnel->port()),
            [t = QPointer<ssh::SshSocksProxy>(m_tunnel)] { return t ? t->problem() : QString(); });
    m_models = new models::ClusterModels(m_connection);
    connect(m_watcher, &cluster::ClusterWatcher::snapshotChanged, m_models,
            &models::ClusterModels::setSnapshot);
    // Deployments, failed tasks, leader changes, unreachable hosts: once each, never for the first snapshot.
    connect(m_watcher, &cluster::ClusterWatcher::snapshotChanged, m_notifications,
            [this, feed = std::make_shared<cluster::NoticeFeed>()](const cluster::SnapshotPtr &s) {
                for (const cluster::Notice &n : feed->next(s))
                    m_notifications->notify(n);
            });
    if (!config.masters.isEmpty() || !config.zkUrl.isEmpty())
        m_window->replacePage(QStringLiteral("cluster"), new widgets::ClusterPage(m_models));
    auto *tasksPage = new widgets::TasksPage(m_models);
    m_tasksPage = tasksPage;
    connect(tasksPage, &widgets::TasksPage::logsRequested, this, &Composition::openTaskLogs);
    if (!config.marathons.isEmpty()) {
        auto *appsPage = new widgets::AppsPage(m_models);
        m_appsPage = appsPage;
        m_window->replacePage(QStringLiteral("apps"), appsPage);
        // App and task lifecycle actions (launch, scale, restart, kill...) on the first Marathon.
        m_marathonHttp = new http::HttpClient(config.marathonHttp, m_connection);
        useRoute(m_marathonHttp);
        auto *actions = new widgets::AppActions(
            new marathon::MarathonClient(m_marathonHttp, config.marathons.first(), m_connection), m_models,
            m_window, m_connection);
        actions->attachApps(appsPage);
        actions->attachTasks(tasksPage);
        connect(actions, &widgets::AppActions::noticed, m_notifications,
                &widgets::NotificationCenter::notify);
    }
    m_window->replacePage(QStringLiteral("tasks"), tasksPage);
    // The connection state stays in sight on every page.
    connect(m_models, &models::ClusterModels::snapshotApplied, this, [this](const cluster::SnapshotPtr &s) {
        QStringList parts;
        if (s->mesos.kind != cluster::ConnectionState::Kind::Disconnected) {
            parts << (s->leader
                          ? tr("Mesos %1 (leader %2)").arg(s->mesos.describe(), s->leader->displayName())
                          : tr("Mesos %1").arg(s->mesos.describe()));
        }
        if (s->marathon.kind != cluster::ConnectionState::Kind::Disconnected)
            parts << tr("Marathon %1").arg(s->marathon.describe());
        if (!parts.isEmpty() && !m_routeText.isEmpty())
            parts << m_routeText;
        m_window->statusBar()->showMessage(parts.join(QStringLiteral("  ·  ")));
    });
    m_watcher->start();
}

void Composition::disconnectCluster()
{
    if (!m_connection)
        return;
    // The watcher says nothing more; the old pages go (deleteLater) before the models they show.
    m_watcher->stop();
    QObject::disconnect(m_watcher, nullptr, nullptr, nullptr);
    for (const QString &page : { QStringLiteral("cluster"), QStringLiteral("apps"), QStringLiteral("tasks") })
        m_window->replacePage(page, clusterEmptyState(page));
    m_watcher = nullptr;
    m_models = nullptr;
    m_marathonHttp = nullptr;
    std::exchange(m_connection, nullptr)->deleteLater();
    m_window->statusBar()->clearMessage();
}

void Composition::chooseCluster()
{
    widgets::ConnectDialog dialog(m_window);
    QSettings settings;
    QString masters = settings.value(QStringLiteral("connect/masters")).toString();
    QString marathon = settings.value(QStringLiteral("connect/marathon")).toString();
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
    connectCluster(masterList, marathonList, dialog.httpOptions());
    m_window->showPage(QStringLiteral("cluster"));
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

void Composition::openTaskLogs(const mesos::Task &task, const QString &host)
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
    m_logsPage->openTask(host.isEmpty() ? task.id : QStringLiteral("%1 (%2)").arg(task.id, host), out, err);
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
        connectCluster(masters, marathons, auth);
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
                http::HttpClient::socks5Proxy(m_tunnel->port()),
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
            http::HttpClient::socks5Proxy(m_tunnel->port()),
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
        m_routeLabel->setStyleSheet(QString());
    } else {
        m_routeLabel->setText(tr("Connections: %1 — jump host unreachable").arg(route));
        m_routeLabel->setToolTip(problem);
        m_routeLabel->setStyleSheet(QStringLiteral("color: #d93025; font-weight: bold;"));
        m_window->statusBar()->showMessage(problem);
    }
}

} // namespace mc::app
