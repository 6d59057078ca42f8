#include "app/gui/ClusterConnection.h"

#include "app/gui/ClusterSession.h"
#include "app/gui/TerminalController.h"
#include "app/gui/WorkspaceSession.h"
#include "core/cluster/ClusterNotices.h"
#include "core/cluster/ClusterWatcher.h"
#include "core/cluster/UsageSampler.h"
#include "core/inventory/Workspace.h"
#include "core/marathon/MarathonClient.h"
#include "core/mesos/MesosOperator.h"
#include "core/settings/AppSettings.h"
#include "models/cluster/AppsModel.h"
#include "models/cluster/ClusterModels.h"
#include "models/cluster/ClustersModel.h"
#include "models/inventory/InventoryDocument.h"
#include "widgets/apps/AppActions.h"
#include "widgets/apps/AppWhy.h"
#include "widgets/apps/PodsPanel.h"
#include "widgets/apps/VersionsPane.h"
#include "widgets/audit/TypeClusterNameDialog.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/ClusterPage.h"
#include "widgets/cluster/ClusterSwitcher.h"
#include "widgets/cluster/ConnectDialog.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/cluster/MesosActions.h"
#include "widgets/cluster/TasksPage.h"
#include "widgets/common/ChangeGuard.h"
#include "widgets/common/EmptyState.h"
#include "widgets/common/ThemedIcon.h"
#include "widgets/inventory/InventoryView.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/notify/NotificationCenter.h"

#include <QHeaderView>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>

#include <algorithm>
#include <utility>

namespace mc::app {

namespace {
// How long File > Connect waits for a new cluster to answer before it keeps the one watched.
constexpr int kSwitchTimeoutMs = 20000;

QIcon icon(const char *name)
{
    return widgets::themedIcon(QLatin1String(name));
}

// The masters (or the zk:// URL) and the Marathons of a watcher or a Connect dialog, as URLs.
template<typename Addresses> QStringList masterTexts(const Addresses &addresses)
{
    QStringList out;
    for (const QUrl &url : addresses.masters)
        out << url.toString();
    if (!addresses.zkUrl.isEmpty())
        out << addresses.zkUrl;
    return out;
}

template<typename Addresses> QStringList marathonTexts(const Addresses &addresses)
{
    QStringList out;
    for (const QUrl &url : addresses.marathons)
        out << url.toString();
    return out;
}

QString describeAddresses(const cluster::WatcherConfig &config)
{
    return (masterTexts(config) + marathonTexts(config)).join(QStringLiteral(", "));
}
} // namespace

void configureGate(audit::ActionGate &gate, widgets::MainWindow *window)
{
    gate.setConfirm(widgets::TypeClusterNameDialog::confirmer(window));
    gate.setLogFailed([window](const Error &error) {
        window->showBanner(ClusterConnection::tr("The audit log was not written: %1").arg(error.message),
                           widgets::MainWindow::BannerKind::Warning);
    });
}

ClusterConnection::ClusterConnection(widgets::MainWindow *window, WorkspaceSession *workspace,
                                     std::shared_ptr<audit::ActionGate> gate, widgets::ChangeGuard *guard,
                                     QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_workspace(workspace)
    , m_gate(std::move(gate))
    , m_guard(guard)
{
    connect(m_workspace->view(), &widgets::InventoryView::saved, this, [this](const QString &path) {
        // A cluster opened from the workspace before it was first saved stays bound to it.
        for (ClusterSession *session : std::as_const(m_sessions)) {
            if (session->workspaceBound && session->workspace().isEmpty())
                session->setIdentity(session->name(), session->mode(), session->colour(), path);
        }
    });
    // A new tunnel: the shown cluster's watcher and Marathon client take it (new ones take it when made).
    connect(m_workspace, &WorkspaceSession::routeChanged, this, [this] {
        if (!m_active)
            return;
        m_workspace->useRoute(m_active->marathonHttp);
        m_workspace->useRoute(m_active->watcher());
    });
}

cluster::ClusterWatcher *ClusterConnection::watcher() const
{
    return m_active ? m_active->watcher() : nullptr;
}

widgets::AppsPage *ClusterConnection::appsPage() const
{
    return m_active ? m_active->appsPage.data() : nullptr;
}

widgets::TasksPage *ClusterConnection::tasksPage() const
{
    return m_active ? m_active->tasksPage.data() : nullptr;
}

widgets::AppActions *ClusterConnection::actions() const
{
    return m_active ? m_active->actions.data() : nullptr;
}

QWidget *ClusterConnection::emptyState(const QString &page)
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
    QPushButton *connectButton = state->addAction(tr("Connect to Cluster…"));
    connectButton->setObjectName(QStringLiteral("connectCluster"));
    connect(connectButton, &QPushButton::clicked, this, &ClusterConnection::chooseCluster);
    return state;
}

void ClusterConnection::addClusterSwitcher()
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
            entries.append(
                { tr("cluster %1").arg(session->name()),
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
        entries.append(
            { tr("All Clusters"), tr("Page"), [this] { m_window->showPage(QStringLiteral("clusters")); } });
        return entries;
    });
}

void ClusterConnection::applyClusterMode()
{
    // The clusters opened from the open workspace follow its name, mode and colour.
    for (ClusterSession *session : std::as_const(m_sessions))
        nameSession(session);
    const models::InventoryDocument *document = m_workspace->document();
    const inventory::ClusterProfile &profile = document->workspace().profile();
    const bool workspace = document->hasWorkspace();
    // The shown cluster's, else the open workspace's.
    const QString name = m_active ? m_active->name() : workspace ? profile.name : QString();
    const audit::ClusterMode mode = m_active ? m_active->mode()
        : workspace                          ? profile.mode
                                             : audit::ClusterMode::ReadWrite;
    const QColor colour = m_active               ? m_active->colour()
        : workspace && !profile.colour.isEmpty() ? QColor(profile.colour)
                                                 : QColor();
    // Hosts (services, provisioning, routing, shells) follow the open workspace; its name, else the
    // shown cluster's.
    m_gate->setScope({ workspace && !profile.name.isEmpty() ? profile.name : name,
                       workspace ? document->path() : QString(),
                       workspace ? profile.mode : audit::ClusterMode::ReadWrite, QStringLiteral("gui") });
    m_guard->setCluster(name, mode, colour);
    m_window->setClusterBadge(name, models::ClustersModel::modeText(mode), colour);
}

http::HttpOptions ClusterConnection::withAuth(http::HttpOptions base, const http::HttpOptions &auth)
{
    base.user = auth.user;
    base.password = auth.password;
    base.token = auth.token;
    base.caFile = auth.caFile;
    return base;
}

cluster::WatcherConfig ClusterConnection::watcherConfig(const cluster::ClusterAddresses &addresses,
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

std::optional<cluster::ClusterAddresses> ClusterConnection::parseAddresses(const QStringList &masters,
                                                                           const QStringList &marathons) const
{
    auto addresses = cluster::ClusterAddresses::parse(masters, marathons);
    if (addresses)
        return *addresses;
    m_window->showBanner(tr("Cannot watch the cluster: %1").arg(addresses.error().message),
                         widgets::MainWindow::BannerKind::Error);
    return std::nullopt;
}

void ClusterConnection::switchCluster(const QStringList &masters, const QStringList &marathons,
                                      const http::HttpOptions &auth)
{
    const auto addresses = parseAddresses(masters, marathons);
    if (!addresses)
        return;
    delete m_probe; // a newer choice replaces a switch still waiting
    if (!watcher()) {
        connectCluster(masters, marathons, auth);
        m_window->showPage(QStringLiteral("cluster"));
        return;
    }
    // The cluster watched now stays until the new one answers: a typo costs nothing.
    cluster::WatcherConfig config = watcherConfig(*addresses, auth);
    config.fullState = false;
    config.marathonEvents = false;
    m_probe = new cluster::ClusterWatcher(config, this);
    m_workspace->watchThroughTunnel(m_probe);
    const QString wanted = describeAddresses(config);
    const QString current = describeAddresses(watcher()->config());
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

ClusterSession *ClusterConnection::sessionFor(const QString &key, const http::HttpOptions &auth)
{
    for (ClusterSession *session : std::as_const(m_sessions)) {
        if (session->key() != key)
            continue;
        const http::HttpOptions &had = session->auth;
        if (had.user == auth.user && had.password == auth.password && had.token == auth.token
            && had.caFile == auth.caFile)
            return session;
        closeSession(session); // given again with other credentials: watched again with them
        break;
    }
    return nullptr;
}

void ClusterConnection::connectCluster(const QStringList &masters, const QStringList &marathons,
                                       const http::HttpOptions &auth, bool fromWorkspace)
{
    const auto addresses = parseAddresses(masters, marathons);
    if (!addresses)
        return;
    m_auth = auth;
    const cluster::WatcherConfig config = watcherConfig(*addresses, auth);
    // The same cluster again: it is shown, not watched twice.
    const QString key = describeAddresses(config);
    if (ClusterSession *existing = sessionFor(key, auth)) {
        activate(existing);
        return;
    }
    // The agents' sandboxes (logs) and the Routing page's Marathon reader sign in the same way.
    m_parts.logsHttp->setOptions(withAuth(m_parts.logsHttp->options(), m_auth));
    if (m_parts.routingHttp)
        m_parts.routingHttp->setOptions(withAuth(m_parts.routingHttp->options(), m_auth));

    auto *session = new ClusterSession(key, new cluster::ClusterWatcher(config), this);
    session->auth = auth;
    cluster::ClusterWatcher *watcher = session->watcher();
    models::ClusterModels *models = session->models();
    m_workspace->watchThroughTunnel(watcher);
    // The open workspace names the cluster opened from it (or the first one watched with it open).
    const models::InventoryDocument *document = m_workspace->document();
    const bool workspaceTaken
        = std::any_of(m_sessions.cbegin(), m_sessions.cend(), [document](ClusterSession *s) {
              return s->workspaceBound && s->workspace() == document->path();
          });
    session->workspaceBound
        = document->hasWorkspace() && (fromWorkspace || (m_sessions.isEmpty() && !workspaceTaken));
    configureGate(*session->gate(), m_window);
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
    connect(watcher, &cluster::ClusterWatcher::snapshotChanged, m_parts.notifications,
            [notifications = m_parts.notifications, session](const cluster::SnapshotPtr &s) {
                for (const cluster::Notice &n : session->notices(s))
                    notifications->notify(n);
            });
    if (!config.masters.isEmpty() || !config.zkUrl.isEmpty()
        || (config.discover && !config.marathons.isEmpty()))
        addClusterPage(session, config);
    addTasksPage(session);
    if (!config.marathons.isEmpty())
        addAppsPage(session, config);
    watchUsage(session, config.pollIntervalMs);
    // The connection state stays in sight on every page (the shown cluster's).
    connect(models, &models::ClusterModels::snapshotApplied, this,
            [this, session](const cluster::SnapshotPtr &s) {
                if (session == m_active)
                    showConnectionState(s);
            });
    watcher->start();
    activate(session);
}

std::function<void(const cluster::Notice &)> ClusterConnection::notifier(const ClusterSession *session) const
{
    return [notifications = m_parts.notifications, session](const cluster::Notice &notice) {
        notifications->notify(session->named(notice));
    };
}

void ClusterConnection::addClusterPage(ClusterSession *session, const cluster::WatcherConfig &config)
{
    cluster::ClusterWatcher *watcher = session->watcher();
    auto *clusterPage = new widgets::ClusterPage(session->models());
    connect(clusterPage, &widgets::ClusterPage::shellRequested, this,
            [this, watcher](const QString &agentId) {
                const cluster::SnapshotPtr snapshot = watcher->snapshot();
                if (!snapshot)
                    return;
                for (const mesos::Agent &agent : *snapshot->agents) {
                    if (agent.id == agentId)
                        m_parts.terminals->openHost(m_parts.terminals->hostSpec(agent.hostname));
                }
            });
    // Drain, deactivate, maintenance, teardown and the roles: through the leader's operator API.
    auto *mesosHttp = new http::HttpClient(config.mesosHttp, session);
    m_workspace->useRoute(mesosHttp);
    auto *op = new mesos::MesosOperator(mesosHttp, QUrl(), session);
    op->setGate(session->gate());
    auto *mesosActions = new widgets::MesosActions(clusterPage, session->models(), session);
    mesosActions->setGuard(m_guard);
    mesosActions->setOperator(op);
    connect(mesosActions, &widgets::MesosActions::finished, m_parts.notifications,
            [notify = notifier(session)](const QString &text, bool ok) {
                cluster::Notice notice;
                notice.kind = cluster::Notice::Kind::Message;
                notice.severity = ok ? cluster::Notice::Severity::Info : cluster::Notice::Severity::Error;
                notice.title = ok ? tr("Mesos") : tr("Mesos refused");
                notice.text = text;
                notify(notice);
            });
    session->clusterPage = clusterPage;
}

void ClusterConnection::addTasksPage(ClusterSession *session)
{
    cluster::ClusterWatcher *watcher = session->watcher();
    auto *tasksPage = new widgets::TasksPage(session->models());
    session->tasksPage = tasksPage;
    connect(tasksPage, &widgets::TasksPage::logsRequested, this,
            [this](const mesos::Task &task, const QString &host) {
                Q_EMIT taskLogsRequested(task, host, false);
            });
    connect(
        tasksPage, &widgets::TasksPage::filesRequested, this,
        [this](const mesos::Task &task, const QString &host) { Q_EMIT taskLogsRequested(task, host, true); });
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
        m_parts.terminals->openTask(task, agent ? agent->url() : QUrl(), agent ? agent->hostname : QString(),
                                    m_parts.logsHttp);
    });
    connect(tasksPage, &widgets::TasksPage::forwardRequested, this, [this, agentOf](const mesos::Task &task) {
        const std::optional<mesos::Agent> agent = agentOf(task);
        m_parts.terminals->forwardTask(task, agent ? agent->hostname : QString());
    });
}

void ClusterConnection::addAppsPage(ClusterSession *session, const cluster::WatcherConfig &config)
{
    models::ClusterModels *models = session->models();
    const auto notify = notifier(session);
    auto *appsPage = new widgets::AppsPage(models);
    session->appsPage = appsPage;
    // App and task lifecycle actions (launch, scale, restart, kill...) on the first Marathon.
    session->marathonHttp = new http::HttpClient(config.marathonHttp, session);
    m_workspace->useRoute(session->marathonHttp);
    auto *client = new marathon::MarathonClient(session->marathonHttp, config.marathons.first(), session);
    client->setGate(session->gate());
    auto *actions = new widgets::AppActions(client, models, m_window, session);
    actions->setGuard(m_guard);
    actions->attachApps(appsPage);
    actions->attachTasks(session->tasksPage);
    session->actions = actions;
    auto *why = new widgets::AppWhy(client, models, actions, appsPage, m_guard, session);
    connect(why, &widgets::AppWhy::noticed, m_parts.notifications, notify);
    new widgets::VersionsPane(client, actions, appsPage, m_guard);
    appsPage->pods()->setClient(client);
    appsPage->pods()->setGuard(m_guard);
    connect(appsPage->pods(), &widgets::PodsPanel::noticed, m_parts.notifications, notify);
    connect(actions, &widgets::AppActions::noticed, m_parts.notifications, notify);
}

void ClusterConnection::connectWorkspace()
{
    const inventory::Workspace &ws = m_workspace->document()->workspace();
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

void ClusterConnection::showConnectionState(const cluster::SnapshotPtr &s)
{
    QStringList parts;
    if (s->mesos.kind != cluster::ConnectionState::Kind::Disconnected) {
        parts << (s->leader ? tr("Mesos %1 (leader %2)").arg(s->mesos.describe(), s->leader->displayName())
                            : tr("Mesos %1").arg(s->mesos.describe()));
    }
    if (s->marathon.kind != cluster::ConnectionState::Kind::Disconnected)
        parts << tr("Marathon %1").arg(s->marathon.describe());
    if (!parts.isEmpty() && !m_workspace->routeText().isEmpty())
        parts << m_workspace->routeText();
    m_window->statusBar()->showMessage(parts.join(QStringLiteral("  ·  ")));
    // What the cluster told about itself, offered in Cluster Settings to keep.
    if (s->watch.zkLearned || (s->watch.mastersLearned && watcher() && watcher()->config().zkUrl.isEmpty())) {
        QStringList masters;
        for (const QUrl &master : s->watch.masters)
            masters << master.toString();
        m_workspace->view()->setLearnedAddresses(s->watch.zkLearned ? s->watch.zkUrl : QString(), masters);
    }
}

void ClusterConnection::activate(ClusterSession *session)
{
    if (session == m_active)
        return;
    const QString current = m_window->currentPageId();
    if (m_active) {
        m_active->lastPage = current;
        m_active->setActive(false);
    }
    const auto show = [this](const QString &id, QWidget *page, ClusterSession *leaving) {
        QWidget *old = m_window->takePage(id, page ? page : emptyState(id));
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

void ClusterConnection::closeSession(ClusterSession *session)
{
    if (!session)
        return;
    // The watcher says nothing more; the pages go (deleteLater) before the models they show.
    session->watcher()->stop();
    QObject::disconnect(session->watcher(), nullptr, nullptr, nullptr);
    m_sessions.removeOne(session);
    m_clusters->removeKey(session->key());
    if (session == m_active) {
        for (const QString &page :
             { QStringLiteral("cluster"), QStringLiteral("apps"), QStringLiteral("tasks") })
            m_window->replacePage(page, emptyState(page));
        m_active = nullptr;
        session->clusterPage = nullptr;
        session->appsPage = nullptr;
        session->tasksPage = nullptr;
        activate(m_sessions.isEmpty() ? nullptr : m_sessions.constLast());
    }
    session->deleteLater();
}

void ClusterConnection::nameSession(ClusterSession *session)
{
    const models::InventoryDocument *document = m_workspace->document();
    const inventory::ClusterProfile &profile = document->workspace().profile();
    if (session->workspaceBound && document->hasWorkspace()
        && (session->name().isEmpty() || session->workspace() == document->path())) {
        const QColor colour = profile.colour.isEmpty() ? QColor() : QColor(profile.colour);
        session->setIdentity(profile.name.isEmpty() ? addressName(session) : profile.name, profile.mode,
                             colour, document->path());
        return;
    }
    if (!session->name().isEmpty())
        return; // named when it was opened
    session->setIdentity(addressName(session), audit::ClusterMode::ReadWrite, QColor(), {});
}

QString ClusterConnection::addressName(const ClusterSession *session) const
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
    return taken && first.port() > 0 ? QStringLiteral("%1:%2").arg(host, QString::number(first.port()))
                                     : host;
}

void ClusterConnection::watchUsage(ClusterSession *session, int pollIntervalMs)
{
    // Asked only of the agents of the tasks in sight (Tasks rows on screen or selected, the tasks
    // of the apps on screen), at the poll pace.
    auto *sampler = new cluster::UsageSampler(m_parts.logsHttp, session);
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
                targets.append(
                    { task.id, task.frameworkId, task.executorId, agents.value(task.agentId), appId });
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

void ClusterConnection::chooseCluster()
{
    widgets::ConnectDialog dialog(m_window);
    QSettings settings;
    QString masters = settings.value(QStringLiteral("connect/masters")).toString();
    QString marathon = settings.value(QStringLiteral("connect/marathon")).toString();
    if (watcher() && !m_probe) {
        // The cluster watched now, with every master it was given (not only the leader).
        masters = masterTexts(watcher()->config()).join(QStringLiteral(", "));
        marathon = marathonTexts(watcher()->config()).join(QStringLiteral(", "));
    }
    const models::InventoryDocument *document = m_workspace->document();
    if (masters.isEmpty() && marathon.isEmpty() && document->hasWorkspace()) {
        masters = document->workspace().mesosEndpoints().join(QStringLiteral(", "));
        marathon = document->workspace().marathonEndpoints().value(0);
    }
    dialog.setAddresses(masters, marathon);
    QString user = settings.value(QStringLiteral("connect/user")).toString();
    if (user.isEmpty() && document->hasWorkspace())
        user = document->workspace().profile().httpUser;
    dialog.setAuthentication(user, settings.value(QStringLiteral("connect/caFile")).toString());
    if (dialog.exec() != QDialog::Accepted)
        return;
    settings.setValue(QStringLiteral("connect/masters"), dialog.mastersText());
    settings.setValue(QStringLiteral("connect/marathon"), dialog.marathonText());
    // Never the password or the token.
    settings.setValue(QStringLiteral("connect/user"), dialog.httpOptions().user);
    settings.setValue(QStringLiteral("connect/caFile"), dialog.httpOptions().caFile);
    switchCluster(masterTexts(dialog.addresses()), marathonTexts(dialog.addresses()), dialog.httpOptions());
}

} // namespace mc::app
