#pragma once

#include "core/cluster/ClusterSnapshot.h"
#include "models/cluster/SnapshotTableModel.h"

namespace mc::models {

class AgentsModel : public SnapshotTableModel<mesos::Agent>
{
    Q_OBJECT

public:
    enum Column { Host, Cpus, Memory, Disk, Tasks, Attributes, Status, Maintenance, Version, Id, ColumnCount };

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

    // What the master's operator state and maintenance say of each agent (by id): "draining",
    // "drained", "deactivated", "scheduled 2026-12-24 08:00 UTC, 2h", "down"; set from the
    // master's /master/slaves and maintenance endpoints, which the snapshot does not carry.
    void setMaintenance(const QHash<QString, QString> &textById);
    [[nodiscard]] QString maintenanceText(const QString &agentId) const { return m_maintenance.value(agentId); }
    [[nodiscard]] static int runningTasks(const mesos::Agent &agent);

private:
    QHash<QString, QString> m_maintenance;
};

} // namespace mc::models
