#pragma once

#include "core/audit/ActionGate.h"
#include "core/cluster/ClusterNotices.h"
#include "core/http/HttpClient.h"
#include "models/cluster/ClustersModel.h"

#include <QColor>
#include <QObject>
#include <QPointer>

#include <memory>

class QTimer;

namespace mc::cluster {
class ClusterWatcher;
}
namespace mc::models {
class ClusterModels;
}
namespace mc::widgets {
class AppActions;
class AppsPage;
class TasksPage;
} // namespace mc::widgets

namespace mc::app {

// One watched cluster of the console: its watcher, models, notice feed and gate,
// its name, mode and colour (from the workspace it was opened from, else its
// address), its Cluster / Apps / Tasks pages (kept, with their selection, filters
// and scroll, while another cluster is shown) and the page it was left on. Every
// QObject it owns is its child; Composition builds its pages and shows one session
// at a time.
class ClusterSession : public QObject
{
    Q_OBJECT

public:
    ClusterSession(QString key, cluster::ClusterWatcher *watcher, QObject *parent);
    ~ClusterSession() override;

    [[nodiscard]] const QString &key() const { return m_key; }
    [[nodiscard]] cluster::ClusterWatcher *watcher() const { return m_watcher; }
    [[nodiscard]] models::ClusterModels *models() const { return m_models; }
    [[nodiscard]] const std::shared_ptr<audit::ActionGate> &gate() const { return m_gate; }
    // Deployments, failed tasks, leader changes… once each (NoticeFeed), named by this cluster.
    [[nodiscard]] QList<cluster::Notice> notices(const cluster::SnapshotPtr &snapshot);
    // A notice of this cluster's own (actions, why-not-running): its title names the cluster.
    [[nodiscard]] cluster::Notice named(cluster::Notice notice) const;

    // Name, mode and colour; the gate follows.
    void setIdentity(const QString &name, audit::ClusterMode mode, const QColor &colour,
                     const QString &workspace);
    [[nodiscard]] QString name() const { return m_summary.name; }
    [[nodiscard]] audit::ClusterMode mode() const { return m_summary.mode; }
    [[nodiscard]] QColor colour() const { return m_summary.colour; }
    [[nodiscard]] QString workspace() const { return m_workspace; }
    // Bound to the workspace it was opened from: its edits (name, mode, colour) apply.
    bool workspaceBound = false;

    // What the overview and the switcher show, as of the last snapshot.
    [[nodiscard]] const models::ClusterSummary &summary() const { return m_summary; }
    void setActive(bool active);

    // Its pages while shown or kept (nullptr: the empty state stands in).
    QPointer<QWidget> clusterPage;
    QPointer<widgets::AppsPage> appsPage;
    QPointer<widgets::TasksPage> tasksPage;
    QPointer<widgets::AppActions> actions;
    http::HttpClient *marathonHttp = nullptr;
    http::HttpOptions auth; // in memory only
    QString lastPage; // the page it was left on

Q_SIGNALS:
    // The summary changed (at most once a second).
    void summaryChanged();

private:
    void refreshSummary();

    QString m_key;
    QString m_workspace;
    cluster::ClusterWatcher *m_watcher;
    models::ClusterModels *m_models;
    std::shared_ptr<audit::ActionGate> m_gate;
    cluster::NoticeFeed m_feed;
    models::ClusterSummary m_summary;
    QTimer *m_summaryTimer;
};

} // namespace mc::app
