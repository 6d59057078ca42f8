#pragma once

#include "core/cluster/ClusterSnapshot.h"
#include "core/cluster/UsageSampler.h"
#include "models/cluster/SnapshotTableModel.h"
#include "models/cluster/TaskRow.h"

namespace mc::models {

class TasksModel : public SnapshotTableModel<TaskRow>
{
    Q_OBJECT

public:
    enum Column { Id, App, State, Host, Ports, Started, Health, Cpus, Memory, CpuUsed, MemoryUsed, ColumnCount };

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

    // What the tasks use (UsageSampler), kept beside the rows by task id and read at data()
    // time: CpuUsed and MemoryUsed change without a new snapshot.
    void setUsage(std::shared_ptr<const cluster::TaskUsageMap> usage);
    [[nodiscard]] const std::shared_ptr<const cluster::TaskUsageMap> &usage() const { return m_usage; }
    [[nodiscard]] static bool isUsageColumn(int column) { return column == CpuUsed || column == MemoryUsed; }
    // The sort value of a usage column (-1: not known), any thread.
    [[nodiscard]] static double usageValue(const cluster::TaskUsageMap &usage, const TaskRow &row, int column);

private:
    [[nodiscard]] QVariant usageData(const TaskRow &row, int column, int role) const;

    std::shared_ptr<const cluster::TaskUsageMap> m_usage = std::make_shared<const cluster::TaskUsageMap>();
};

} // namespace mc::models
