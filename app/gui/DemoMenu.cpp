#include "app/gui/DemoMenu.h"

#include "app/gui/DemoCluster.h"
#include "core/http/HttpClient.h"
#include "widgets/mainwindow/MainWindow.h"

#include <QAction>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>

#include <memory>
#include <optional>

namespace mc::app {

DemoMenu::DemoMenu(widgets::MainWindow *window, DemoCluster *demo,
                   std::shared_ptr<const audit::ActionGate> gate, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_demo(demo)
    , m_gate(std::move(gate))
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

std::optional<audit::ActionGate::Ticket> DemoMenu::admit(audit::Action action)
{
    auto ticket = m_gate->admit(std::move(action));
    if (!ticket) {
        m_window->showBanner(ticket.error().message, widgets::MainWindow::BannerKind::Warning);
        return std::nullopt;
    }
    return *ticket;
}

void DemoMenu::post(const QString &adminPath,
                    const std::function<void(int status, const QByteArray &body)> &done)
{
    const QUrl url(m_demo->endpoints().marathonUrl + QStringLiteral("/__admin/") + adminPath);
    m_http->send("POST", url, {}, this, [this, done](Result<http::HttpResponse> response) {
        if (!response.ok()) {
            m_window->showBanner(tr("The demo cluster did not answer: %1").arg(response.error().message),
                                 widgets::MainWindow::BannerKind::Error);
            done(0, response.error().message.toUtf8());
            return;
        }
        done(response->status, response->body);
    });
}

void DemoMenu::killLeader()
{
    const auto ticket
        = admit({ QStringLiteral("demo.kill_leader"), { m_demo->endpoints().marathonUrl }, {} });
    if (!ticket)
        return;
    post(QStringLiteral("masters/leader/kill"), [this, ticket = *ticket](int status, const QByteArray &body) {
        if (status == 0) {
            m_gate->finish(ticket, Error { QString::fromUtf8(body), {} });
            return;
        }
        if (status != 200) {
            m_gate->finish(ticket, Error { tr("no master leads"), {} });
            m_window->showBanner(tr("No master leads right now: an election is under way, or every master is "
                                    "stopped (Help ▸ Demo ▸ Restart stopped masters)."),
                                 widgets::MainWindow::BannerKind::Warning);
            return;
        }
        const int index = QJsonDocument::fromJson(body).object().value(QLatin1String("killed")).toInt();
        m_gate->finish(ticket, {});
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
    const auto ticket = admit({ QStringLiteral("demo.restart_masters"), m_demo->endpoints().masterUrls, {} });
    if (!ticket)
        return;
    auto restarted = std::make_shared<QStringList>();
    auto pending = std::make_shared<int>(count);
    for (int i = 0; i < count; ++i) {
        post(QStringLiteral("masters/%1/restart").arg(i),
             [this, i, restarted, pending, ticket = *ticket](int status, const QByteArray &) {
                 if (status == 200)
                     *restarted << QString::number(i + 1);
                 if (--*pending > 0)
                     return;
                 m_gate->finish(ticket, {});
                 m_window->showBanner(restarted->isEmpty()
                                          ? tr("Every master of the demo is running.")
                                          : tr("Restarted master(s) %1: they register again as standbys.")
                                                .arg(restarted->join(QStringLiteral(", "))),
                                      widgets::MainWindow::BannerKind::Info);
             });
    }
}

} // namespace mc::app
