#pragma once

#include "core/cluster/ClusterSnapshot.h"
#include "models/cluster/AgentsModel.h"
#include "models/cluster/AppsModel.h"
#include "models/cluster/DeploymentsModel.h"
#include "models/cluster/FrameworksModel.h"
#include "models/cluster/TasksModel.h"

#include <QObject>

namespace mc::models {

// The cluster's table models, fed with snapshots. The diff of each model
// (hashing 100k task ids) runs on the thread pool; the GUI thread only
// applies the row changes. Snapshots arriving while one is being diffed are
// coalesced: the newest wins.
class ClusterModels : public QObject
{
    Q_OBJECT

public:
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
};

} // namespace mc::models
