#pragma once

#include <QObject>

#include <functional>

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
// endpoints on its Marathon port (never killed).
class DemoMenu : public QObject
{
    Q_OBJECT

public:
    DemoMenu(widgets::MainWindow *window, DemoCluster *demo, QObject *parent = nullptr);

    [[nodiscard]] QAction *killLeaderAction() const { return m_killLeader; }
    [[nodiscard]] QAction *restartMastersAction() const { return m_restartMasters; }

private:
    void killLeader();
    void restartMasters();
    void post(const QString &adminPath, const std::function<void(int status, const QByteArray &body)> &done);

    widgets::MainWindow *m_window;
    DemoCluster *m_demo;
    http::HttpClient *m_http;
    QAction *m_killLeader;
    QAction *m_restartMasters;
};

} // namespace mc::app
