#pragma once

#include "core/cluster/ClusterSnapshot.h"
#include "models/cluster/SnapshotTableModel.h"
#include "models/cluster/TaskRow.h"

namespace mc::models {

class TasksModel : public SnapshotTableModel<TaskRow>
{
    Q_OBJECT

public:
    enum Column { Id, App, State, Host, Ports, Started, Health, Cpus, Memory, ColumnCount };

    explicit TasksModel(QObject *parent = nullptr);

    static List rowsOf(const cluster::ClusterSnapshot &snapshot) { return TaskRow::rowsOf(snapshot); }
    static const QString &idOf(const TaskRow &row) { return row.task->id; }
    static quint64 changedColumns(const TaskRow &before, const TaskRow &after);
    // The order of RawValueRole in `column`, straight on the rows (any thread).
    static bool lessThan(const TaskRow &a, const TaskRow &b, int column);

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] static QString healthText(const std::optional<bool> &healthy);
};

} // namespace mc::models
