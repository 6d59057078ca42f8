#include "app/gui/Composition.h"

#include "app/gui/ClusterSession.h"
#include "app/gui/DemoController.h"
#include "app/gui/RoutingController.h"
#include "app/gui/TerminalController.h"
#include "app/gui/WorkspaceSession.h"
#include "core/cluster/ClusterNotices.h"
#include "core/cluster/ClusterWatcher.h"
#include "core/http/HttpClient.h"
#include "core/inventory/Workspace.h"
#include "core/logs/SandboxBrowser.h"
#include "core/logs/ServiceLogSource.h"
#include "core/logs/TaskLogSource.h"
#include "core/settings/AppSettings.h"
#include "core/settings/NetworkProxy.h"
#include "core/ssh/InventoryHosts.h"
#include "core/ssh/JumpRoute.h"
#include "models/inventory/InventoryDocument.h"
#include "widgets/apps/AppActions.h"
#include "widgets/audit/AuditPage.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/cluster/TasksPage.h"
#include "widgets/common/ChangeGuard.h"
#include "widgets/common/EmptyState.h"
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
#include "widgets/terminal/TerminalPage.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QStatusBar>
#include <QToolButton>

#include <optional>

namespace mc::app {

namespace {
QIcon icon(const char *name)
{
    return widgets::themedIcon(QLatin1String(name));
}

// Every host of the workspace as SSH reaches it, with Settings > SSH's default
// user and key where neither the host nor the workspace names one.
QList<ssh::HostSpec> workspaceHostSpecs(const inventory::Workspace &ws)
{
    const auto hosts = ws.hostsOf(QStringLiteral("all"));
    QList<ssh::HostSpec> specs
        = hosts ? ssh::hostSpecsFor(*hosts, ws.profile().ssh.keyPath) : QList<ssh::HostSpec>();
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
    , m_gate(
          std::make_shared<audit::ActionGate>(audit::ActionGate::Scope { {}, {}, {}, QStringLiteral("gui") }))
    , m_guard(new widgets::ChangeGuard(this))
    , m_workspace(new WorkspaceSession(window, this))
    , m_connection(new ClusterConnection(window, m_workspace, m_gate, m_guard, this))
{
    // One gate for every change the GUI makes, following the open workspace's cluster; the guard
    // greys what a read-only cluster refuses anyway.
    configureGate(*m_gate, m_window);
    addPages(options.autosaveInterval);
    m_connection->addClusterSwitcher();
    addNotifications();
    m_connection->setParts(m_parts);
    addPaletteEntries();
    connect(m_window, &widgets::MainWindow::openWorkspaceRequested, m_workspace, &WorkspaceSession::open);
    connect(m_window, &widgets::MainWindow::settingsRequested, this, &Composition::editSettings);
    connect(m_window, &widgets::MainWindow::connectRequested, m_connection,
            &ClusterConnection::chooseCluster);
    connect(m_workspace, &WorkspaceSession::clusterWanted, m_connection,
            &ClusterConnection::connectWorkspace);
    connect(m_workspace, &WorkspaceSession::routeChanged, this, [this] {
        m_workspace->useRoute(m_parts.logsHttp);
        m_workspace->useRoute(m_parts.routingHttp);
    });
    connect(m_connection, &ClusterConnection::taskLogsRequested, this, &Composition::openTaskLogs);

    m_workspace->setAutoConnect(options.masters.isEmpty() && options.marathons.isEmpty() && !options.demo);
    QString workspace = options.workspacePath;
    QString autosaveProblem;
    // Unsaved changes to a workspace that was never saved come before reopening the last one.
    if (workspace.isEmpty() && !options.demo && !m_workspace->recoverUntitled(autosaveProblem))
        workspace = WorkspaceSession::lastPath();
    if (!workspace.isEmpty())
        m_workspace->open(workspace);
    if (!autosaveProblem.isEmpty())
        m_window->showBanner(autosaveProblem, widgets::MainWindow::BannerKind::Warning);
    if (!options.masters.isEmpty() || !options.marathons.isEmpty())
        m_connection->connectCluster(options.masters, options.marathons);

    if (options.demo) {
        m_demo = new DemoController(m_window, m_workspace, m_connection, m_gate, this);
        m_demo->start();
    }
}

void Composition::addNotifications()
{
    m_parts.notifications = new widgets::NotificationCenter(m_window);
    m_parts.notifications->setTrayMessagesEnabled(settings::AppSettings::load().trayNotifications);
    m_window->statusBar()->addPermanentWidget(m_parts.notifications->button());
    m_parts.notifications->button()->show();
    auto *show = new QAction(tr("Notifications"), m_window);
    show->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    show->setShortcutContext(Qt::ApplicationShortcut);
    connect(show, &QAction::triggered, m_parts.notifications, &widgets::NotificationCenter::showPanel);
    m_window->addAction(show);
    // Warnings and errors of the banner, whole (the banner shows a few lines of them).
    connect(m_window, &widgets::MainWindow::bannerShown, m_parts.notifications,
            [this](const QString &text, widgets::MainWindow::BannerKind kind) {
                using cluster::Notice;
                if (kind == widgets::MainWindow::BannerKind::Info)
                    return;
                const bool error = kind == widgets::MainWindow::BannerKind::Error;
                m_parts.notifications->notify(Notice {
                    Notice::Kind::Message, error ? Notice::Severity::Error : Notice::Severity::Warning,
                    tr("Message"), text });
            });
    connect(m_parts.notifications, &widgets::NotificationCenter::openRequested, this,
            &Composition::openNotice);
    m_window->addPaletteSource([this] {
        const int unread = m_parts.notifications->unreadCount();
        return QList<widgets::PaletteEntry> {
            { unread > 0 ? tr("Notifications (%1 unread)").arg(unread) : tr("Notifications"), tr("Panel"),
              [this] { m_parts.notifications->showPanel(); } }
        };
    });
}

void Composition::addPaletteEntries()
{
    // Ctrl+K finds every host of the workspace and every app and task of the watched cluster.
    m_window->addPaletteSource([this] {
        QList<widgets::PaletteEntry> entries;
        for (const inventory::Host &host : m_workspace->document()->inventory().hosts()) {
            entries.append({ host.name, tr("Host"), [this, name = host.name] {
                                m_window->showPage(QStringLiteral("inventory"));
                                m_workspace->view()->selectHost(name);
                            } });
        }
        const cluster::SnapshotPtr snapshot = watcher() ? watcher()->snapshot() : nullptr;
        if (!snapshot)
            return entries;
        entries.reserve(entries.size() + qsizetype(snapshot->apps->size() + snapshot->tasks->size()));
        for (const marathon::App &app : *snapshot->apps) {
            entries.append({ app.id, tr("App"), [this, id = app.id] {
                                m_window->showPage(QStringLiteral("apps"));
                                if (m_connection->appsPage())
                                    m_connection->appsPage()->apps()->selectId(id);
                            } });
        }
        for (const mesos::Task &task : *snapshot->tasks) {
            entries.append({ task.id, tr("Task"), [this, id = task.id] {
                                m_window->showPage(QStringLiteral("tasks"));
                                if (m_connection->tasksPage())
                                    m_connection->tasksPage()->showTask(id);
                            } });
        }
        return entries;
    });
    // Actions: what the console can do, besides where it can go.
    m_window->addPaletteSource([this] {
        QList<widgets::PaletteEntry> entries {
            { tr("Connect to Cluster…"), tr("Action"), [this] { m_connection->chooseCluster(); } },
            { tr("Settings…"), tr("Action"), [this] { editSettings(); } },
        };
        if (m_connection->actions())
            entries.append(m_connection->actions()->paletteEntries());
        return entries;
    });
    // "Shell HOST" after the host itself: typing a host's name still jumps to it first.
    m_window->addPaletteSource([this] { return m_parts.terminals->paletteEntries(); });
}

void Composition::openNotice(const cluster::Notice &notice)
{
    if (!notice.taskId.isEmpty() && m_connection->tasksPage()) {
        m_window->showPage(QStringLiteral("tasks"));
        if (m_connection->tasksPage()->showTask(notice.taskId))
            return;
    }
    if (!notice.appId.isEmpty() && m_connection->appsPage()) {
        m_window->showPage(QStringLiteral("apps"));
        if (!m_connection->appsPage()->apps()->selectId(notice.appId))
            m_window->statusBar()->showMessage(tr("%1 is not listed any more.").arg(notice.appId), 5000);
        return;
    }
    if (!notice.taskId.isEmpty())
        m_window->statusBar()->showMessage(tr("%1 is not listed any more.").arg(notice.taskId), 5000);
}

void Composition::addPages(std::chrono::milliseconds autosaveInterval)
{
    // Inventory: the empty state until a workspace is open, then the editor.
    m_window->addPage(QStringLiteral("inventory"), tr("Inventory"), icon("inventory"), m_workspace->page());
    m_workspace->addFileActions(autosaveInterval);
    // Unsaved changes and the demo: asked before the window closes.
    m_window->installEventFilter(this);
    addProvisionPage();
    m_window->addPage(QStringLiteral("cluster"), tr("Cluster"), icon("cluster"),
                      m_connection->emptyState(QStringLiteral("cluster")));
    m_window->addPage(QStringLiteral("apps"), tr("Apps"), icon("apps"),
                      m_connection->emptyState(QStringLiteral("apps")));
    m_window->addPage(QStringLiteral("tasks"), tr("Tasks"), icon("tasks"),
                      m_connection->emptyState(QStringLiteral("tasks")));
    addLogsPage();
    addServicesPage();
    m_workspace->followRoute();
    addRoutingPage();

    // Every change, from here and from the CLI.
    m_auditPage = new widgets::AuditPage(audit::AuditLog());
    m_window->addPage(QStringLiteral("audit"), tr("Audit"), icon("audit"), m_auditPage);

    models::InventoryDocument *document = m_workspace->document();
    connect(document, &models::InventoryDocument::documentReset, m_connection,
            &ClusterConnection::applyClusterMode);
    connect(document, &models::InventoryDocument::inventoryChanged, m_connection,
            &ClusterConnection::applyClusterMode);
    m_connection->applyClusterMode();
}

void Composition::addProvisionPage()
{
    // The set-up wizard; its first page says "nothing yet" until an inventory is chosen.
    auto *provision = new widgets::ProvisionWizard;
    {
        const settings::AppSettings prefs = settings::AppSettings::load().clamped();
        provision->setDefaults(prefs.sshForks, prefs.sshUser, prefs.sshKeyPath);
    }
    // The workspace open on the Inventory page, saved or not, as it is edited, is the one to set up
    // (unless a run is going on).
    models::InventoryDocument *document = m_workspace->document();
    const auto followWorkspace = [document, provision] {
        if (document->hasWorkspace() && !provision->isBusy())
            provision->setWorkspace(document->workspace(), document->path());
    };
    connect(document, &models::InventoryDocument::documentReset, provision, followWorkspace);
    connect(document, &models::InventoryDocument::inventoryChanged, provision, followWorkspace);
    connect(m_workspace->view(), &widgets::InventoryView::saved, provision, followWorkspace);
    // "Open Cluster view" after a run: watch the masters and Marathon just set up.
    connect(provision, &widgets::ProvisionWizard::openClusterRequested, m_window, [this] {
        m_connection->connectWorkspace();
        m_window->showPage(QStringLiteral("cluster"));
    });
    provision->setGate(m_gate, m_guard);
    m_window->addPage(QStringLiteral("provision"), tr("Provision"), icon("provision"), provision);
}

void Composition::addLogsPage()
{
    // Logs: the empty state until a log is open, then one tab per log.
    m_parts.logsHttp = new http::HttpClient({}, this);
    m_logsPage = new widgets::LogsPage(
        m_parts.logsHttp,
        new widgets::EmptyState(icon("logs"), tr("No log open"),
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
}

void Composition::addServicesPage()
{
    // Shows the workspace's hosts (its own empty state until there are some).
    auto *services = new widgets::ServicesView;
    services->setGate(m_gate, m_guard);
    models::InventoryDocument *document = m_workspace->document();
    const auto showHosts = [document, services] {
        const inventory::Workspace &ws = document->workspace();
        const QList<ssh::HostSpec> specs = workspaceHostSpecs(ws);
        // The workspace's own known_hosts is trusted besides ~/.ssh/known_hosts (a new watcher only
        // when it changes).
        const QString extraKnownHosts = ssh::workspaceKnownHosts(ws, document->path());
        if (extraKnownHosts != services->sessionOptions().extraKnownHostsPath) {
            ssh::SessionOptions options = services->sessionOptions();
            options.extraKnownHostsPath = extraKnownHosts;
            services->setSessionOptions(options);
        }
        services->setHosts(specs);
        services->setGroups(ssh::hostGroupsFor(ws.inventory()));
    };
    connect(document, &models::InventoryDocument::documentReset, services, showHosts);
    connect(document, &models::InventoryDocument::inventoryChanged, services, showHosts);
    connect(services, &widgets::ServicesView::logsRequested, this,
            [this](const ssh::HostSpec &host, cluster::Service service, const ssh::SessionOptions &options) {
                auto *source = new logs::ServiceLogSource(host, service, options);
                m_logsPage->openService(source->title(), source);
                m_window->showPage(QStringLiteral("logs"));
            });
    connect(services, &widgets::ServicesView::hostReachabilityChanged, this,
            [this](const QString &host, bool reachable, const QString &reason) {
                if (!m_parts.notifications)
                    return;
                using cluster::Notice;
                m_parts.notifications->notify(
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
}

void Composition::addRoutingPage()
{
    // Follows the workspace's Marathon and masters.
    auto *routing = new RoutingController(this);
    m_parts.routingHttp = routing->httpClient();
    m_workspace->useRoute(m_parts.routingHttp);
    routing->setGate(m_gate);
    for (QWidget *control : routing->view()->changeControls())
        m_guard->guard(control);
    models::InventoryDocument *document = m_workspace->document();
    const auto routeWorkspace
        = [document, routing] { routing->setWorkspace(document->workspace(), document->path()); };
    connect(document, &models::InventoryDocument::documentReset, routing, routeWorkspace);
    // A domain or master edited in the inventory reaches the routing at once (undo too).
    connect(document, &models::InventoryDocument::inventoryChanged, routing, routeWorkspace);
    m_window->addPage(QStringLiteral("routing"), tr("Routing"), icon("routing"), routing->page());
}

void Composition::addTerminalPage(widgets::ServicesView *services)
{
    m_parts.terminals = new TerminalController(this);
    connect(m_parts.terminals, &TerminalController::paletteWanted, m_window,
            &widgets::MainWindow::openCommandPalette);
    connect(m_parts.terminals, &TerminalController::pageWanted, m_window, &widgets::MainWindow::showPage);
    m_parts.terminals->setHostsSource(
        [this] { return workspaceHostSpecs(m_workspace->document()->workspace()); });
    m_parts.terminals->setSessionOptionsSource([services] { return services->sessionOptions(); });
    m_parts.terminals->setGate(m_gate);
    m_parts.terminals->setJumpRouteSource([this]() -> std::optional<ssh::JumpRoute> {
        auto route = ssh::jumpRouteFor(m_workspace->document()->workspace());
        return route ? *route : std::nullopt;
    });
    m_parts.terminals->setTaskPlacesSource(
        [this](QObject *, std::function<void(Result<QList<terminal::TaskPlace>>)> done) {
            const cluster::SnapshotPtr snapshot = watcher() ? watcher()->snapshot() : nullptr;
            if (!snapshot || !snapshot->hasTaskList)
                return done(Error { tr("The cluster's tasks are not known (yet)."), {} });
            done(terminal::taskPlaces(*snapshot->tasks, *snapshot->agents));
        });
    connect(m_parts.terminals, &TerminalController::shown, m_window,
            [this] { m_window->showPage(QStringLiteral("terminal")); });
    connect(m_parts.terminals, &TerminalController::problem, m_window, [this](const QString &text) {
        m_window->showBanner(text, widgets::MainWindow::BannerKind::Warning);
    });
    connect(services, &widgets::ServicesView::shellRequested, m_parts.terminals,
            [this](const ssh::HostSpec &host, const ssh::SessionOptions &options) {
                m_parts.terminals->openHost(host, options);
            });
    m_window->addPage(QStringLiteral("terminal"), tr("Terminal"), icon("terminal"),
                      m_parts.terminals->page());
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
    m_parts.notifications->setTrayMessagesEnabled(chosen.trayNotifications);
    settings::applyProxy(chosen);
    const settings::AppSettings applied = chosen.clamped();
    if (watcher())
        watcher()->setPollInterval(applied.pollIntervalMs);
    applyLogSettings(applied);
}

void Composition::applyLogSettings(const settings::AppSettings &prefs)
{
    m_logsPage->setWindowBytes(qint64(prefs.logWindowMiB) * 1024 * 1024);
    QFont font(prefs.logFontFamily, prefs.logFontPointSize);
    font.setStyleHint(QFont::TypeWriter);
    m_logsPage->setLogFont(font);
    if (m_parts.terminals)
        m_parts.terminals->page()->setTerminalFont(font); // the console's one monospace font
}

bool Composition::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close) {
        if (!m_workspace->maybeSave() || (m_demo && !m_demo->confirmStop())) {
            event->ignore();
            return true;
        }
        // Closed cleanly (saved or discarded): no autosave may bring the changes back.
        m_workspace->setAutosaving(false);
    } else if (watched == m_window && event->type() == QEvent::Show) {
        m_workspace->setAutosaving(true);
    }
    return QObject::eventFilter(watched, event);
}

bool Composition::openLogsOfARunningTask(const QString &hint)
{
    if (!watcher() || !watcher()->snapshot())
        return false;
    const mesos::Task *chosen = nullptr;
    for (const mesos::Task &task : *watcher()->snapshot()->tasks) {
        if (task.state != mesos::TaskState::Running)
            continue;
        if (!chosen || (!hint.isEmpty() && task.id.contains(hint) && !chosen->id.contains(hint)))
            chosen = &task;
    }
    if (!chosen)
        return false;
    QString host;
    for (const mesos::Agent &agent : *watcher()->snapshot()->agents) {
        if (agent.id == chosen->agentId)
            host = agent.hostname;
    }
    openTaskLogs(*chosen, host);
    return true;
}

void Composition::openTaskLogs(const mesos::Task &task, const QString &host, bool showFiles)
{
    QUrl agentUrl;
    if (watcher() && watcher()->snapshot()) {
        for (const mesos::Agent &agent : *watcher()->snapshot()->agents) {
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
    auto *out = new logs::TaskLogSource(m_parts.logsHttp, agentUrl, ref, QStringLiteral("stdout"), options);
    auto *err = new logs::TaskLogSource(m_parts.logsHttp, agentUrl, ref, QStringLiteral("stderr"), options);
    auto *files = new widgets::SandboxView(new logs::SandboxBrowser(m_parts.logsHttp, agentUrl, ref));
    connect(files, &widgets::SandboxView::openRequested, this,
            [this, files, agentUrl, ref](const QString &path) {
                logs::TailOptions fileOptions;
                fileOptions.startOffset = -1; // as the logs: the end, with a backlog ("Earlier" reads back)
                m_logsPage->openFile(
                    files, path, new logs::TaskLogSource(m_parts.logsHttp, agentUrl, ref, path, fileOptions));
            });
    QString title = host.isEmpty() ? task.id : QStringLiteral("%1 (%2)").arg(task.id, host);
    if (sessions().size() > 1
        && activeSession()) // the tab stays when another cluster is shown: it says whose
        title = tr("%1 · %2", "task log tab: task · cluster").arg(title, activeSession()->name());
    m_logsPage->openTask(title, out, err, files, showFiles);
    m_window->showPage(QStringLiteral("logs"));
}

} // namespace mc::app
