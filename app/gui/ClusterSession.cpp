#include "app/gui/ClusterSession.h"

#include "core/cluster/ClusterWatcher.h"
#include "models/cluster/ClusterModels.h"
#include "widgets/apps/AppActions.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/TasksPage.h"

#include <QLocale>
#include <QTimer>
#include <QWidget>

namespace mc::app {

namespace {
constexpr int kSummaryIntervalMs = 1000; // the overview need not follow every event
}

ClusterSession::ClusterSession(QString key, cluster::ClusterWatcher *watcher, QObject *parent)
    : QObject(parent)
    , m_key(std::move(key))
    , m_watcher(watcher)
    , m_models(new models::ClusterModels(this))
    , m_gate(std::make_shared<audit::ActionGate>(
          audit::ActionGate::Scope { {}, {}, audit::ClusterMode::ReadWrite, QStringLiteral("gui") }))
    , m_summaryTimer(new QTimer(this))
{
    m_watcher->setParent(this);
    m_summary.key = m_key;
    connect(m_watcher, &cluster::ClusterWatcher::snapshotChanged, m_models,
            &models::ClusterModels::setSnapshot);
    connect(m_models, &models::ClusterModels::updateIntervalChanged, m_watcher,
            &cluster::ClusterWatcher::setUpdateInterval);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(kSummaryIntervalMs);
    connect(m_summaryTimer, &QTimer::timeout, this, &ClusterSession::refreshSummary);
    connect(m_watcher, &cluster::ClusterWatcher::snapshotChanged, this, [this] {
        if (!m_summaryTimer->isActive()) {
            refreshSummary();
            m_summaryTimer->start(); // then once more at its end: at most one a second
        }
    });
}

ClusterSession::~ClusterSession()
{
    // Kept pages (not in the window) go before the models they show.
    for (QWidget *page : { clusterPage.data(), static_cast<QWidget *>(appsPage.data()),
                           static_cast<QWidget *>(tasksPage.data()) }) {
        if (page && !page->parentWidget())
            delete page;
    }
}

QList<cluster::Notice> ClusterSession::notices(const cluster::SnapshotPtr &snapshot)
{
    QList<cluster::Notice> out = m_feed.next(snapshot);
    for (cluster::Notice &notice : out)
        notice = named(std::move(notice));
    return out;
}

cluster::Notice ClusterSession::named(cluster::Notice notice) const
{
    if (!m_summary.name.isEmpty())
        notice.title = tr("%1 · %2", "cluster name · notice title").arg(m_summary.name, notice.title);
    return notice;
}

void ClusterSession::setIdentity(const QString &name, audit::ClusterMode mode, const QColor &colour,
                                 const QString &workspace)
{
    m_workspace = workspace;
    m_gate->setScope({ name, workspace, mode, QStringLiteral("gui") });
    if (m_summary.name == name && m_summary.mode == mode && m_summary.colour == colour)
        return;
    m_summary.name = name;
    m_summary.mode = mode;
    m_summary.colour = colour;
    Q_EMIT summaryChanged();
}

void ClusterSession::setActive(bool active)
{
    if (m_summary.active == active)
        return;
    m_summary.active = active;
    Q_EMIT summaryChanged();
}

void ClusterSession::refreshSummary()
{
    const cluster::SnapshotPtr snapshot = m_watcher->snapshot();
    if (!snapshot)
        return;
    m_summary.read(*snapshot);
    for (const cluster::ConnectionState *state : { &snapshot->mesos, &snapshot->marathon }) {
        if (state->kind == cluster::ConnectionState::Kind::Error && !state->reason.isEmpty()) {
            m_summary.lastError = tr("%1 (%2)").arg(
                state->reason, QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat));
        }
    }
    Q_EMIT summaryChanged();
}

} // namespace mc::app
