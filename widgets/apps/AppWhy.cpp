#include "widgets/apps/AppWhy.h"

#include "core/marathon/MarathonClient.h"
#include "core/marathon/WhyNotRunning.h"
#include "models/cluster/ClusterModels.h"
#include "widgets/apps/AppActions.h"
#include "widgets/apps/WhyPane.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/common/ChangeGuard.h"

#include <QDateTime>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>

namespace mc::widgets {

using marathon::WhyNotRunning;

namespace {

// How often the queue is read: Marathon's offer rounds are about a second apart, a person reads
// the Why tab in a few; the queue is small (the apps that wait).
constexpr int kRefreshMs = 3000;
constexpr qint64 kDefaultNoticeAfterSeconds = 300;

} // namespace

AppWhy::AppWhy(marathon::MarathonClient *client, models::ClusterModels *models, AppActions *actions,
               AppsPage *page, ChangeGuard *guard, QObject *parent)
    : QObject(parent)
    , m_models(models)
    , m_client(client)
    , m_actions(actions)
    , m_page(page)
    , m_pane(new WhyPane)
    , m_timer(new QTimer(this))
{
    page->apps()->addDetailsTab(m_pane, tr("Why"));
    if (guard)
        guard->guard(m_pane->resetButton());
    m_noticeAfterSeconds
        = QSettings()
              .value(QStringLiteral("notifications/waitingForOffersMinutes"), kDefaultNoticeAfterSeconds / 60)
              .toLongLong()
        * 60;
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &AppWhy::refresh);
    m_timer->start();
    connect(page->apps(), &DetailTable::selectionChanged, this, [this] {
        if (selectedApp() != m_pane->appId()) {
            showSelected();
            refresh();
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
    if (m_reading)
        return;
    m_reading = true;
    m_client->fetchQueue(this, [this](Result<QList<marathon::QueueEntry>> queue) {
        m_reading = false;
        m_queueError = queue.ok() ? QString() : queue.error().message;
        m_queue = queue.ok() ? queue.value() : QList<marathon::QueueEntry>();
        if (queue.ok())
            m_models->apps()->setQueue(m_queue);
        showSelected();
        noticeLongWaits();
        if (const QString appId = selectedApp(); !appId.isEmpty())
            m_client->fetchTaskHealth(appId, this, [this, appId](Result<QList<marathon::TaskHealth>> health) {
                if (appId == selectedApp())
                    m_pane->setHealth(health.ok() ? health.value() : QList<marathon::TaskHealth>());
            });
    });
}

void AppWhy::showSelected()
{
    const QString appId = selectedApp();
    if (appId.isEmpty())
        return m_pane->clear();
    std::optional<marathon::TaskFailure> failure;
    if (m_snapshot) {
        for (const marathon::App &a : *m_snapshot->apps) {
            if (a.id == appId)
                failure = a.lastTaskFailure;
        }
    }
    std::optional<marathon::QueueEntry> entry;
    for (const marathon::QueueEntry &e : std::as_const(m_queue)) {
        if (e.appId == appId)
            entry = e;
    }
    m_pane->show(appId, entry, failure, m_queueError);
}

void AppWhy::noticeLongWaits()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<QString, QString> still;
    for (const marathon::QueueEntry &e : std::as_const(m_queue)) {
        const QDateTime since = QDateTime::fromString(e.since, Qt::ISODateWithMs);
        if (e.isDelayed() || !since.isValid() || since.secsTo(now) < m_noticeAfterSeconds)
            continue;
        const QString reason = WhyNotRunning::mainReason(e);
        still.insert(e.appId, reason);
        if (m_told.contains(e.appId) && m_told.value(e.appId) == reason)
            continue;
        const QString minutes = QString::number(since.secsTo(now) / 60);
        Q_EMIT noticed({ cluster::Notice::Kind::TaskFailed,
                         cluster::Notice::Severity::Warning,
                         tr("%1 has waited for offers for %2 min").arg(e.appId, minutes),
                         reason.isEmpty() ? tr("Marathon does not say why (no offer was declined, or it is "
                                               "older than 1.4). See the Why tab of the app.")
                                          : tr("Mostly declined for %1. See the Why tab of the app.")
                                                .arg(WhyNotRunning::reasonText(reason)),
                         QStringLiteral("waiting-for-offers:%1:%2").arg(e.appId, reason),
                         e.appId,
                         {} });
    }
    m_told = still; // an app that left the queue is told again when it waits too long again
}

} // namespace mc::widgets
