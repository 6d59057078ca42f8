#include "app/gui/DemoMenu.h"

#include "app/gui/DemoCluster.h"
#include "core/http/HttpClient.h"
#include "widgets/mainwindow/MainWindow.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>

#include <memory>

namespace mc::app {

DemoMenu::DemoMenu(widgets::MainWindow *window, DemoCluster *demo, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_demo(demo)
    , m_http(new http::HttpClient({}, this))
{
    QMenu *menu = window->helpMenu()->addMenu(tr("&Demo"));
    menu->setObjectName(QStringLiteral("demoMenu"));
    m_killLeader = menu->addAction(tr("&Kill leading master"), this, &DemoMenu::killLeader);
    m_killLeader->setObjectName(QStringLiteral("demoKillLeader"));
    m_killLeader->setToolTip(tr("Stop the demo's leading Mesos master and watch the console follow the "
                                "failover to the next one."));
    m_restartMasters = menu->addAction(tr("&Restart stopped masters"), this, &DemoMenu::restartMasters);
    m_restartMasters->setObjectName(QStringLiteral("demoRestartMasters"));
    for (QAction *action : { m_killLeader, m_restartMasters })
        action->setEnabled(demo->isRunning());
    connect(demo, &DemoCluster::ready, this, [this] {
        m_killLeader->setEnabled(true);
        m_restartMasters->setEnabled(true);
    });
    connect(demo, &DemoCluster::failed, this, [this] {
        m_killLeader->setEnabled(false);
        m_restartMasters->setEnabled(false);
    });
}

void DemoMenu::post(const QString &adminPath,
                    const std::function<void(int status, const QByteArray &body)> &done)
{
    const QUrl url(m_demo->endpoints().marathonUrl + QStringLiteral("/__admin/") + adminPath);
    m_http->send("POST", url, {}, this, [this, done](Result<http::HttpResponse> response) {
        if (!response.ok()) {
            m_window->showBanner(tr("The demo cluster did not answer: %1").arg(response.error().message),
                                 widgets::MainWindow::BannerKind::Error);
            return;
        }
        done(response->status, response->body);
    });
}

void DemoMenu::killLeader()
{
    post(QStringLiteral("masters/leader/kill"), [this](int status, const QByteArray &body) {
        if (status != 200) {
            m_window->showBanner(tr("No master leads right now: an election is under way, or every master is "
                                    "stopped (Help ▸ Demo ▸ Restart stopped masters)."),
                                 widgets::MainWindow::BannerKind::Warning);
            return;
        }
        const int index = QJsonDocument::fromJson(body).object().value(QLatin1String("killed")).toInt();
        m_window->showBanner(tr("Killed the leading master %1 (%2). The Cluster page follows the election of "
                                "the next leader.")
                                 .arg(index + 1)
                                 .arg(m_demo->endpoints().masterUrls.value(index)),
                             widgets::MainWindow::BannerKind::Info);
    });
}

void DemoMenu::restartMasters()
{
    // Every master is asked; the running ones answer 409, which is fine.
    const int count = int(m_demo->endpoints().masterUrls.size());
    auto restarted = std::make_shared<QStringList>();
    auto pending = std::make_shared<int>(count);
    for (int i = 0; i < count; ++i) {
        post(QStringLiteral("masters/%1/restart").arg(i),
             [this, i, restarted, pending](int status, const QByteArray &) {
                 if (status == 200)
                     *restarted << QString::number(i + 1);
                 if (--*pending > 0)
                     return;
                 m_window->showBanner(restarted->isEmpty()
                                          ? tr("Every master of the demo is running.")
                                          : tr("Restarted master(s) %1: they register again as standbys.")
                                                .arg(restarted->join(QStringLiteral(", "))),
                                      widgets::MainWindow::BannerKind::Info);
             });
    }
}

} // namespace mc::app
