#pragma once

#include "core/cluster/ClusterSnapshot.h"
#include "models/cluster/SnapshotTableModel.h"

namespace mc::models {

class AgentsModel : public SnapshotTableModel<mesos::Agent>
{
    Q_OBJECT

public:
    enum Column { Host, Cpus, Memory, Disk, Tasks, Attributes, Status, Version, Id, ColumnCount };

    explicit AgentsModel(QObject *parent = nullptr);

    static List rowsOf(const cluster::ClusterSnapshot &snapshot) { return snapshot.agents; }
    static const QString &idOf(const mesos::Agent &agent) { return agent.id; }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] static QString statusText(const mesos::Agent &agent);
    [[nodiscard]] static int runningTasks(const mesos::Agent &agent);
};

} // namespace mc::models
