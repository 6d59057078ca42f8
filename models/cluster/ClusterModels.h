#pragma once

#include "core/cluster/ClusterSnapshot.h"
#include "core/util/Pacer.h"
#include "models/cluster/AgentsModel.h"
#include "models/cluster/AppsModel.h"
#include "models/cluster/DeploymentsModel.h"
#include "models/cluster/FrameworksModel.h"
#include "models/cluster/TasksModel.h"

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace mc::models {

// The cluster's table models, fed with snapshots. The diff of each model
// (hashing 100k task ids) runs on the thread pool; the GUI thread only
// applies the row changes. Snapshots arriving while one is being diffed are
// coalesced: the newest wins. A costly diff (100k tasks) spaces out the next
// one (see Pacer), so a busy cluster's updates of a second are diffed once.
class ClusterModels : public QObject
{
    Q_OBJECT

public:
    // Diffing and applying take at most this share of a core: after a diff that
    // cost C the next starts C / kPlanShare after it, at the latest after kMaxPlanSpacingMs.
    static constexpr double kPlanShare = 0.15;
    static constexpr int kMaxPlanSpacingMs = 1000;

    explicit ClusterModels(QObject *parent = nullptr);
    ~ClusterModels() override;

    AgentsModel *agents() const { return m_agents; }
    FrameworksModel *frameworks() const { return m_frameworks; }
    AppsModel *apps() const { return m_apps; }
    TasksModel *tasks() const { return m_tasks; }
    DeploymentsModel *deployments() const { return m_deployments; }
    [[nodiscard]] cluster::SnapshotPtr snapshot() const { return m_snapshot; }

    // Diffs off the GUI thread, then applies (asynchronous).
    void setSnapshot(cluster::SnapshotPtr snapshot);
    // Diffs and applies right here (tests, benchmarks).
    void applyNow(cluster::SnapshotPtr snapshot);

    struct Plans;
    // Pieces of applyNow, for measuring where the time goes.
    [[nodiscard]] std::shared_ptr<Plans> computePlans(const cluster::SnapshotPtr &snapshot) const;
    void apply(std::shared_ptr<Plans> plans);

Q_SIGNALS:
    // After the models show `snapshot` (views outside the tables read it).
    void snapshotApplied(mc::cluster::SnapshotPtr snapshot);
    // How often the models take a new snapshot now (the paced diff interval):
    // a snapshot published more often is dropped unseen, so the watcher batches
    // its events at this pace (ClusterWatcher::setUpdateInterval).
    void updateIntervalChanged(int ms);

private:
    void startNext();

    AgentsModel *m_agents;
    FrameworksModel *m_frameworks;
    AppsModel *m_apps;
    TasksModel *m_tasks;
    DeploymentsModel *m_deployments;
    cluster::SnapshotPtr m_snapshot;
    cluster::SnapshotPtr m_pending;
    bool m_busy = false;
    Pacer m_pacer { kPlanShare, 0, kMaxPlanSpacingMs };
    QElapsedTimer m_planStarted;
    QTimer *m_spacing;
    std::shared_ptr<TaskRow::Builder> m_taskRows; // reuses the rows of unchanged tasks from plan to plan
    int m_announcedIntervalMs = 0;
};

} // namespace mc::models
