#include "widgets/apps/AppWhy.h"

#include "core/marathon/MarathonClient.h"
#include "models/cluster/ClusterModels.h"
#include "widgets/apps/AppActions.h"
#include "widgets/apps/WhyPane.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/common/ChangeGuard.h"

#include <QPushButton>
#include <QTabWidget>
#include <QTimer>

namespace mc::widgets {

namespace {

// How often the Why tab reads the queue while it is shown: Marathon's offer rounds are about
// a second apart, a person reads it in a few.
constexpr int kRefreshMs = 3000;

} // namespace

AppWhy::AppWhy(marathon::MarathonClient *client, models::ClusterModels *models, AppActions *actions,
               AppsPage *page, ChangeGuard *guard, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_actions(actions)
    , m_page(page)
    , m_pane(new WhyPane)
    , m_timer(new QTimer(this))
{
    page->apps()->addDetailsTab(m_pane, tr("Why"));
    if (guard)
        guard->guard(m_pane->resetButton());
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &AppWhy::refresh);
    connect(page->apps(), &DetailTable::selectionChanged, this, [this] {
        if (selectedApp() != m_pane->appId())
            refresh();
    });
    connect(page->apps()->detailsTabs(), &QTabWidget::currentChanged, this, [this](int index) {
        const bool shown = m_page && m_page->apps()->detailsTabs()->widget(index) == m_pane;
        if (shown) {
            refresh();
            m_timer->start();
        } else {
            m_timer->stop();
        }
    });
    connect(models, &models::ClusterModels::snapshotApplied, this,
            [this](const cluster::SnapshotPtr &s) { m_snapshot = s; });
    connect(m_pane, &WhyPane::resetDelayRequested, this, [this](const QString &appId) {
        if (m_actions && !appId.isEmpty())
            m_actions->resetDelay(appId, [self = QPointer<AppWhy>(this)] {
                if (self)
                    self->refresh();
            });
    });
}

QString AppWhy::selectedApp() const
{
    return m_page ? m_page->apps()->selectedId() : QString();
}

void AppWhy::refresh()
{
    const QString appId = selectedApp();
    if (appId.isEmpty()) {
        m_pane->clear();
        return;
    }
    if (m_reading)
        return;
    m_reading = true;
    m_client->fetchQueue(this, [this, appId](Result<QList<marathon::QueueEntry>> queue) {
        m_reading = false;
        if (appId != selectedApp())
            return refresh();
        std::optional<marathon::TaskFailure> failure;
        if (m_snapshot) {
            for (const marathon::App &a : *m_snapshot->apps) {
                if (a.id == appId)
                    failure = a.lastTaskFailure;
            }
        }
        if (!queue.ok())
            return m_pane->show(appId, std::nullopt, failure, queue.error().message);
        std::optional<marathon::QueueEntry> entry;
        for (const marathon::QueueEntry &e : *queue) {
            if (e.appId == appId)
                entry = e;
        }
        m_pane->show(appId, entry, failure);
    });
}

} // namespace mc::widgets
