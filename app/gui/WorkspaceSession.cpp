#include "app/gui/WorkspaceSession.h"

#include "core/cluster/ClusterWatcher.h"
#include "core/http/HttpClient.h"
#include "core/inventory/Workspace.h"
#include "core/ssh/JumpRoute.h"
#include "core/ssh/SshSocksProxy.h"
#include "models/inventory/InventoryDocument.h"
#include "widgets/common/ElidedLabel.h"
#include "widgets/common/EmptyState.h"
#include "widgets/common/ThemeFollow.h"
#include "widgets/common/ThemedIcon.h"
#include "widgets/inventory/InventoryView.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/ssh/GuiPrompts.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkProxy>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

#include <optional>

namespace mc::app {

namespace {
const QString kLastWorkspaceKey = QStringLiteral("workspace/last");

// An HTTP client or a watcher through the tunnel, or through the application's proxy setting.
template<typename Target>
void routeThrough(Target *target, ssh::SshSocksProxy *tunnel, const std::function<QString()> &problem)
{
    if (!target)
        return;
    if (tunnel)
        target->setProxy(tunnel->proxy(), problem);
    else
        target->setProxy(QNetworkProxy());
}
} // namespace

WorkspaceSession::WorkspaceSession(widgets::MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_document(new models::InventoryDocument(this))
    , m_view(new widgets::InventoryView(m_document))
    , m_stack(new QStackedWidget)
{
    using widgets::EmptyState;
    auto *empty
        = new EmptyState(widgets::themedIcon(QStringLiteral("inventory")), tr("No inventory yet"),
                         tr("Describe your machines: add masters (each with a ZooKeeper id) and agents, or "
                            "import the Ansible inventory you already have."));
    connect(empty->addAction(tr("Open Workspace…")), &QPushButton::clicked, m_window,
            [this] { m_window->chooseWorkspace(); });
    connect(empty->addAction(tr("Import Ansible Inventory…")), &QPushButton::clicked, this,
            [this] { m_view->fileActions().at(2)->trigger(); });
    connect(empty->addAction(tr("New Workspace")), &QPushButton::clicked, this,
            [this] { m_document->setWorkspace(inventory::Workspace(), {}); });
    m_stack->addWidget(empty);
    m_stack->addWidget(m_view);
    connect(m_document, &models::InventoryDocument::documentReset, this,
            [this] { m_stack->setCurrentWidget(m_view); });
    connect(m_view, &widgets::InventoryView::errorOccurred, this, [this](const QString &message) {
        m_window->showBanner(message, widgets::MainWindow::BannerKind::Error);
    });
    connect(m_view, &widgets::InventoryView::saved, this, [this](const QString &path) {
        m_window->setWorkspacePath(path);
        QSettings().setValue(kLastWorkspaceKey, path);
    });
}

QWidget *WorkspaceSession::page() const
{
    return m_stack;
}

QString WorkspaceSession::lastPath()
{
    return QSettings().value(kLastWorkspaceKey).toString();
}

void WorkspaceSession::open(const QString &path)
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
    if (!m_view->maybeSave())
        return;
    if (absolute == m_document->path()) {
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
        m_document->setWorkspace(opened->workspace, {});
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
            Q_EMIT clusterWanted();
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
    m_document->setWorkspace(opened->workspace, absolute);
    // Recovered changes (inventory and cluster settings) count as unsaved: one undoable step.
    if (recovered)
        m_document->recover(*recovered, tr("Recovered changes"));
    m_window->hideBanner();
    m_window->setWorkspacePath(absolute);
    QSettings().setValue(kLastWorkspaceKey, absolute);
    if (m_autoConnect)
        Q_EMIT clusterWanted();
}

bool WorkspaceSession::recoverUntitled(QString &problem)
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
    m_document->setWorkspace(inventory::Workspace(), {});
    m_document->recover(autosaved.value(), tr("Recovered changes"));
    m_window->setWorkspacePath({});
    return true;
}

void WorkspaceSession::addFileActions(std::chrono::milliseconds interval)
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
    menu->insertActions(before, m_view->fileActions());
    menu->insertSeparator(before);
    menu->insertActions(before, { m_view->undoAction(), m_view->redoAction() });

    // Autosave to a sidecar file while there are unsaved changes.
    m_autosave = new QTimer(this);
    m_autosave->setInterval(interval);
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (auto s = m_document->saveAutosave(); !s)
            m_window->showBanner(s.error().message, widgets::MainWindow::BannerKind::Warning);
    });
    m_autosave->start();
}

bool WorkspaceSession::maybeSave()
{
    return m_view->maybeSave();
}

void WorkspaceSession::setAutosaving(bool on)
{
    if (!on)
        m_autosave->stop();
    else if (!m_autosave->isActive())
        m_autosave->start();
}

void WorkspaceSession::followRoute()
{
    // The path the console's connections take, in sight on every page.
    m_routeLabel = new widgets::ElidedLabel(m_window);
    m_routeLabel->setObjectName(QStringLiteral("connectionRoute"));
    m_routeLabel->setAccessibleName(tr("Connection path"));
    m_window->statusBar()->addPermanentWidget(m_routeLabel);
    connect(m_document, &models::InventoryDocument::documentReset, this, &WorkspaceSession::applyRoute);
    connect(m_document, &models::InventoryDocument::inventoryChanged, this, &WorkspaceSession::applyRoute);
    showRoute();
}

void WorkspaceSession::applyRoute()
{
    auto route = ssh::jumpRouteFor(m_document->workspace());
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
    Q_EMIT routeChanged();
    showRoute();
}

std::function<QString()> WorkspaceSession::tunnelProblem() const
{
    return [t = QPointer<ssh::SshSocksProxy>(m_tunnel)] { return t ? t->problem() : QString(); };
}

void WorkspaceSession::useRoute(http::HttpClient *client) const
{
    routeThrough(client, m_tunnel, tunnelProblem());
}

void WorkspaceSession::useRoute(cluster::ClusterWatcher *watcher) const
{
    routeThrough(watcher, m_tunnel, tunnelProblem());
}

void WorkspaceSession::watchThroughTunnel(cluster::ClusterWatcher *watcher) const
{
    if (m_tunnel)
        routeThrough(watcher, m_tunnel, tunnelProblem());
}

void WorkspaceSession::showRoute(const QString &problem)
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
