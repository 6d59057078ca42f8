#pragma once

#include "core/haproxy/HaproxyConfig.h"
#include "core/haproxy/HaproxySync.h"
#include "core/ssh/HostSpec.h"
#include "core/ssh/SshTypes.h"

#include <QObject>
#include <QPointer>
#include <QStackedWidget>
#include <QUrl>

namespace mc::inventory {
class Workspace;
}
namespace mc::http {
class HttpClient;
}
namespace mc::haproxy {
class RoutingSyncDriver;
}
namespace mc::ssh {
class SshPool;
}
namespace mc::widgets {
class RoutingView;
}

namespace mc::app {

// The Routing page: follows the workspace's Marathon (RoutingSyncDriver),
// shows the generated HAProxy config, and on request (or automatically on
// every change) checks or pushes it to every master over SSH.
class RoutingController : public QObject
{
    Q_OBJECT

public:
    explicit RoutingController(QObject *parent = nullptr);
    ~RoutingController() override;

    // The page to put into the window: an empty state until a workspace with
    // masters is set, then the routing view.
    [[nodiscard]] QWidget *page() const;
    [[nodiscard]] widgets::RoutingView *view() const { return m_view; }

    // `path`: the workspace file (its own known_hosts is relative to it); empty when unsaved.
    void setWorkspace(const inventory::Workspace &workspace, const QString &path = {});
    // Marathon is read through this client (the workspace's SSH jump host route).
    [[nodiscard]] http::HttpClient *httpClient() const { return m_http; }
    // SSH trust and prompts for the masters (default: ~/.ssh/known_hosts and
    // the GUI's dialogs); prompts left empty get the GUI's.
    void setSessionOptions(const ssh::SessionOptions &options) { m_session = options; }
    // Where the config goes and how HAProxy is reloaded on the masters.
    void setSyncOptions(const haproxy::SyncOptions &options) { m_sync = options; }
    void setMarathonUrl(const QUrl &url);
    // A sync (not a check) passes `gate`; only a read-write cluster is synced automatically.
    void setGate(std::shared_ptr<const audit::ActionGate> gate) { m_gate = std::move(gate); }
    // Starts a check (dry run) or a sync on every master.
    void sync(bool checkOnly);
    [[nodiscard]] bool isSyncing() const { return m_pool != nullptr; }

Q_SIGNALS:
    void syncFinished();

private:
    void restartDriver();
    void onConfigChanged(const haproxy::RenderedConfig &config);

    QPointer<QStackedWidget> m_stack; // owned by the window once added
    widgets::RoutingView *m_view = nullptr;
    http::HttpClient *m_http = nullptr;
    haproxy::RoutingSyncDriver *m_driver = nullptr;
    ssh::SshPool *m_pool = nullptr; // the running check or sync
    QList<ssh::HostSpec> m_masters;
    haproxy::RoutingOptions m_options;
    QUrl m_marathon;
    ssh::SessionOptions m_session;
    haproxy::SyncOptions m_sync;
    bool m_pendingAutoSync = false;
    std::shared_ptr<const audit::ActionGate> m_gate;
};

} // namespace mc::app
