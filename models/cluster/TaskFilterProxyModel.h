#pragma once

#include "core/cluster/UsageSampler.h"
#include "core/mesos/TaskState.h"
#include "models/cluster/SnapshotTableModel.h"
#include "models/cluster/TaskRow.h"

#include <QAbstractProxyModel>
#include <QPersistentModelIndex>
#include <QPointer>

#include <vector>

namespace mc::models {

class TasksModel;
struct TaskRow;

// Tasks filtered by app, agent (id or host), state and free text (id, name,
// app, host); sorted by raw values (stable: equal rows keep the model's order).
//
// Built for 100,000 rows that change every few seconds: the order is
// computed with the model's diff plan on the thread pool; on the GUI thread an
// update is one layout change (rows switch to the precomputed order, selection
// and current index follow their rows). QSortFilterProxyModel instead re-sorts
// on every dataChanged of the sort column (over 100 ms for 100k rows).
// A change of sort or filter is computed right away (a user action).
class TaskFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    enum class StateFilter { All, Active, Terminal, Exact };

    struct Settings
    {
        QString app;
        QString agent;
        StateFilter states = StateFilter::All;
        mesos::TaskState state = mesos::TaskState::Running;
        QString text;
        int sortColumn = -1; // -1: the model's order
        Qt::SortOrder sortOrder = Qt::AscendingOrder;
        // What the tasks use, for sorting by the usage columns (the model's at the time).
        std::shared_ptr<const cluster::TaskUsageMap> usage;
    };

    explicit TaskFilterProxyModel(QObject *parent = nullptr);
    ~TaskFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *model) override;

    void setApp(const QString &appId);
    void setAgent(const QString &agentIdOrHost);
    void setStates(StateFilter filter, mesos::TaskState exact = mesos::TaskState::Running);
    void setText(const QString &text);
    [[nodiscard]] const Settings &settings() const { return m_settings; }
    [[nodiscard]] int sortColumn() const { return m_settings.sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_settings.sortOrder; }

    // The rows (indexes into `rows`) a view with `settings` shows, in order. Any thread.
    [[nodiscard]] static std::vector<int> order(const std::vector<const TaskRow *> &rows,
                                                const Settings &settings);
    // The same from the order over the previous rows and what changed since
    // (TasksModel::OrderChanges): the rows that did not change keep their places
    // and only the changed ones are filtered and placed, O(changes · log rows).
    [[nodiscard]] static std::vector<int> order(const std::vector<const TaskRow *> &rows, const Settings &settings,
                                                const SnapshotTableModel<TaskRow>::OrderChanges &changes);
    [[nodiscard]] static bool accepts(const TaskRow &row, const Settings &settings);

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void settingsChanged();
    void registerOrder();
    // A batch of source changes shown as one layout change (nested calls count).
    void beginBatch();
    void endBatch(bool fromPlan = false);
    void rebuild(bool fromPlan);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    Settings m_settings;
    quint64 m_version = 1;
    QPointer<TasksModel> m_tasks;
    std::vector<int> m_proxyToSource;
    std::vector<int> m_sourceToProxy; // -1: filtered out
    int m_batchDepth = 0;
    bool m_inBatch = false; // mapping stale until the batch ends
    bool m_batchDataChanged = false;
    QModelIndexList m_savedProxy; // persistent indexes at the batch's start ...
    std::vector<QPersistentModelIndex> m_savedSource; // ... and the source cells they showed
    std::vector<QMetaObject::Connection> m_connections;
};

} // namespace mc::models
