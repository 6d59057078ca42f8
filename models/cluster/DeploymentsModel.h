#pragma once

#include "core/cluster/ClusterSnapshot.h"
#include "models/cluster/SnapshotTableModel.h"

namespace mc::models {

class DeploymentsModel : public SnapshotTableModel<marathon::Deployment>
{
    Q_OBJECT

public:
    enum Column { Apps, Step, Actions, Started, Id, ColumnCount };

    explicit DeploymentsModel(QObject *parent = nullptr);

    static List rowsOf(const cluster::ClusterSnapshot &snapshot) { return snapshot.deployments; }
    static const QString &idOf(const marathon::Deployment &d) { return d.id; }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace mc::models
