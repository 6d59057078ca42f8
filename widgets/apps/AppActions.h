#pragma once

#include "core/cluster/ClusterNotices.h"
#include "core/cluster/ClusterSnapshot.h"
#include "core/marathon/MarathonClient.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace mc::models {
class ClusterModels;
}

namespace mc::widgets {

class AppsPage;
class TasksPage;

// The lifecycle actions on Marathon apps, tasks and deployments, as buttons
// and context menus of the Apps and Tasks views: launch, edit, scale,
// restart, suspend / resume, destroy (confirmed by name), kill selected tasks
// (with or without scaling down), roll back or stop a deployment. Reports
// each action's own result (refused, done, deployment started); how a
// deployment ends is told once, by the notice feed (cluster::NoticeFeed),
// which reads Marathon's event stream and knows a failed deployment from a
// finished one.
class AppActions : public QObject
{
    Q_OBJECT

public:
    AppActions(marathon::MarathonClient *client, models::ClusterModels *models, QWidget *dialogParent,
               QObject *parent = nullptr);

    void attachApps(AppsPage *page);
    void attachTasks(TasksPage *page);

    void launch();
    void edit(const QString &appId);
    void scale(const QString &appId);
    void scaleTo(const QString &appId, int instances, bool force = false);
    void restart(const QString &appId, bool force = false);
    void suspend(const QString &appId, bool force = false);
    void resume(const QString &appId);
    void destroy(const QString &appId); // asks first, naming the app
    void destroyConfirmed(const QString &appId);
    void kill(const QStringList &taskIds, bool scale, bool force = false);
    void rollback(const QString &deploymentId, bool force = false);

Q_SIGNALS:
    // A person should see this: the result of an action.
    void noticed(const mc::cluster::Notice &notice);

private:
    void onSnapshot(const cluster::SnapshotPtr &snapshot);
    // Reports the result; on a deployment lock offers to force `again(true)` or to wait and then
    // `again(false)`.
    void handle(const QString &what, const marathon::ActionResult &result,
                const std::function<void(bool force)> &again);
    [[nodiscard]] const marathon::App *app(const QString &appId) const;

    marathon::MarathonClient *m_client;
    models::ClusterModels *m_models;
    QPointer<QWidget> m_dialogParent;
    cluster::SnapshotPtr m_snapshot;
    QHash<QString, int> m_suspendedInstances; // app id -> instances before suspend
    struct Waiting
    {
        QStringList blockers; // deployment ids
        std::function<void()> retry;
    };
    QList<Waiting> m_waiting; // changes refused with 409, sent again once their blockers end
};

} // namespace mc::widgets
