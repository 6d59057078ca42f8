#pragma once

#include "core/audit/ActionGate.h"

#include <QObject>

#include <functional>
#include <memory>

class QAction;

namespace mc::http {
class HttpClient;
}
namespace mc::widgets {
class MainWindow;
}

namespace mc::app {

class DemoCluster;

// Help ▸ Demo: faults to try on the demo cluster and watch the console follow
// them — kill the leading master (ZooKeeper, or localcluster without it, elects
// the next one), restart the stopped masters. Through localcluster's /__admin
// endpoints on its Marathon port (never killed). They change the cluster, so they
// pass the demo cluster's gate (`demo.kill_leader`, `demo.restart_masters`).
class DemoMenu : public QObject
{
    Q_OBJECT

public:
    DemoMenu(widgets::MainWindow *window, DemoCluster *demo, std::shared_ptr<const audit::ActionGate> gate,
             QObject *parent = nullptr);

    [[nodiscard]] QAction *killLeaderAction() const { return m_killLeader; }
    [[nodiscard]] QAction *restartMastersAction() const { return m_restartMasters; }

private:
    void killLeader();
    void restartMasters();
    // The gate's ticket for `action`, or nothing (and the refusal in the banner).
    [[nodiscard]] std::optional<audit::ActionGate::Ticket> admit(audit::Action action);
    // Only after admit(): `done` gets the status, or 0 and the reason when nothing answered.
    void post(const QString &adminPath, const std::function<void(int status, const QByteArray &body)> &done);

    widgets::MainWindow *m_window;
    DemoCluster *m_demo;
    std::shared_ptr<const audit::ActionGate> m_gate;
    http::HttpClient *m_http;
    QAction *m_killLeader;
    QAction *m_restartMasters;
};

} // namespace mc::app
