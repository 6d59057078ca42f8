#include "app/gui/RoutingController.h"

#include "core/haproxy/RoutingSyncDriver.h"
#include "core/http/HttpClient.h"
#include "core/inventory/Workspace.h"
#include "core/ssh/InventoryHosts.h"
#include "core/ssh/SshPool.h"
#include "widgets/common/EmptyState.h"
#include "widgets/common/ThemedIcon.h"
#include "widgets/routing/RoutingView.h"
#include "widgets/ssh/GuiPrompts.h"

#include <QStackedWidget>
#include <QTime>

#include <utility>

namespace mc::app {

RoutingController::RoutingController(QObject *parent)
    : QObject(parent)
    , m_http(new http::HttpClient({}, this))
{
    m_stack = new QStackedWidget;
    m_stack->addWidget(new widgets::EmptyState(
        widgets::themedIcon(QStringLiteral("routing")), tr("No routing to show"),
        tr("HAProxy on the masters routes <app>.<domain> to the app's tasks. Open a workspace with "
           "masters and a routing domain to see and sync it.")));
    m_view = new widgets::RoutingView;
    m_stack->addWidget(m_view);
    connect(m_view, &widgets::RoutingView::syncRequested, this, &RoutingController::sync);
    connect(m_view, &widgets::RoutingView::autoSyncChanged, this, [this](bool on) {
        if (on && m_driver && m_driver->hasConfig())
            sync(false);
    });
}

RoutingController::~RoutingController()
{
    // The page is owned by the window once added; if it never was, delete it.
    if (m_stack && !m_stack->parent())
        delete m_stack;
}

QWidget *RoutingController::page() const
{
    return m_stack;
}

void RoutingController::setWorkspace(const inventory::Workspace &workspace, const QString &path)
{
    const QList<ssh::HostSpec> masters
        = ssh::hostSpecsFor(workspace.masters(), workspace.profile().ssh.keyPath);
    const QString domain = workspace.profile().haproxyDomain;
    const QStringList marathons = workspace.marathonEndpoints();
    const QUrl marathon = marathons.isEmpty() ? QUrl() : QUrl(marathons.first());
    m_sync.become = workspace.profile().ssh.become;
    m_session.extraKnownHostsPath = ssh::workspaceKnownHosts(workspace, path);
    // Called on every edit of the workspace: Marathon is read again only when what routing uses changed.
    if (m_driver && masters == m_masters && domain == m_options.domain && marathon == m_marathon)
        return;
    m_masters = masters;
    m_options.domain = domain;
    m_view->setDomain(m_options.domain);
    m_marathon = marathon;
    m_stack->setCurrentIndex(m_masters.isEmpty() ? 0 : 1);
    restartDriver();
}

void RoutingController::setMarathonUrl(const QUrl &url)
{
    m_marathon = url;
    restartDriver();
}

void RoutingController::restartDriver()
{
    delete m_driver;
    m_driver = nullptr;
    if (!m_marathon.isValid() || m_masters.isEmpty()) {
        m_view->setStatus(tr("Routing needs the workspace's masters and Marathon."));
        return;
    }
    m_driver = new haproxy::RoutingSyncDriver(m_http, m_marathon, m_options, this);
    connect(m_driver, &haproxy::RoutingSyncDriver::refreshed, this,
            [this](const haproxy::RenderedConfig &config) {
                m_view->setConfig(config);
                m_view->setStatus(tr("Following Marathon at %1 · read %2 · %3")
                                      .arg(m_marathon.toDisplayString(),
                                           QTime::currentTime().toString(Qt::ISODate),
                                           m_driver->isStreamConnected() ? tr("event stream connected")
                                                                         : tr("event stream reconnecting")));
            });
    connect(m_driver, &haproxy::RoutingSyncDriver::configChanged, this, &RoutingController::onConfigChanged);
    connect(m_driver, &haproxy::RoutingSyncDriver::refreshFailed, this, [this](const Error &error) {
        m_view->setStatus(
            tr("%1 The last good config stays on screen and on the masters.").arg(error.message), true);
    });
    m_view->setStatus(tr("Reading Marathon at %1…").arg(m_marathon.toDisplayString()));
    m_driver->start();
}

void RoutingController::onConfigChanged(const haproxy::RenderedConfig &)
{
    if (!m_view->autoSync())
        return;
    // A change nobody asked for right now: never on a read-only cluster, and not one that would
    // ask for the cluster's name on each Marathon change.
    if (m_gate && m_gate->scope().mode != audit::ClusterMode::ReadWrite) {
        m_view->setStatus(tr("Not synced automatically: %1 is %2. Sync Now does it on request.")
                              .arg(m_gate->scope().cluster, audit::clusterModeName(m_gate->scope().mode)));
        return;
    }
    if (isSyncing()) {
        m_pendingAutoSync = true;
        return;
    }
    sync(false);
}

void RoutingController::sync(bool checkOnly)
{
    if (isSyncing())
        return;
    if (!m_driver || !m_driver->hasConfig()) {
        m_view->setStatus(tr("Nothing to push yet: Marathon has not been read."), true);
        return;
    }
    ssh::SessionOptions options = m_session;
    const ssh::Prompts gui = widgets::guiPrompts(m_view);
    if (!options.prompts.unknownHostKey)
        options.prompts.unknownHostKey = gui.unknownHostKey;
    if (!options.prompts.secret)
        options.prompts.secret = gui.secret;
    m_pool = new ssh::SshPool(options, this);
    auto diffs = std::make_shared<haproxy::SyncDiffs>();
    haproxy::SyncOptions syncOptions = m_sync;
    syncOptions.checkOnly = checkOnly;
    connect(m_pool, &ssh::SshPool::finished, this,
            [this, diffs, checkOnly](const QList<ssh::HostResult> &results) {
                m_view->setSyncResults(results, diffs->all());
                m_view->setBusy(false);
                int failed = 0;
                for (const ssh::HostResult &r : results)
                    failed += r.state == ssh::HostState::Failed || r.state == ssh::HostState::Unreachable;
                m_view->setStatus(
                    failed == 0 ? (checkOnly ? tr("Check done: see the changes per master.")
                                             : tr("Sync done on %n master(s).", nullptr, int(results.size())))
                                : tr("%n master(s) failed; see Last sync.", nullptr, failed),
                    failed != 0);
                m_pool->deleteLater();
                m_pool = nullptr;
                Q_EMIT syncFinished();
                if (std::exchange(m_pendingAutoSync, false))
                    sync(false);
            });
    m_view->setBusy(true);
    m_view->setStatus(checkOnly ? tr("Checking %n master(s)…", nullptr, int(m_masters.size()))
                                : tr("Syncing %n master(s)…", nullptr, int(m_masters.size())));
    if (const Status started
        = haproxy::runSync(*m_pool, m_masters, m_driver->lastConfig().text, syncOptions, diffs, m_gate);
        !started) {
        std::exchange(m_pool, nullptr)->deleteLater();
        m_view->setBusy(false);
        m_view->setStatus(started.error().message, true);
    }
}

} // namespace mc::app
