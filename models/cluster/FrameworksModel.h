#pragma once

#include "core/cluster/ClusterSnapshot.h"
#include "models/cluster/SnapshotTableModel.h"

namespace mc::models {

class FrameworksModel : public SnapshotTableModel<mesos::Framework>
{
    Q_OBJECT

public:
    enum Column { Name, Status, Tasks, Cpus, Memory, Roles, User, Host, Registered, Id, ColumnCount };

    explicit FrameworksModel(QObject *parent = nullptr);

    static List rowsOf(const cluster::ClusterSnapshot &snapshot) { return snapshot.frameworks; }
    static const QString &idOf(const mesos::Framework &framework) { return framework.id; }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] static QString statusText(const mesos::Framework &framework);
};

} // namespace mc::models
