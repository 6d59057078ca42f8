#pragma once

#include "core/cluster/ClusterSnapshot.h"
#include "models/cluster/TaskRow.h"

#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QHBoxLayout;
class QMenu;
class QPushButton;

namespace mc::models {
class ClusterModels;
class TaskFilterProxyModel;
} // namespace mc::models

namespace mc::cluster {
class UsageSampler;
}

namespace mc::widgets {

class ConnectionBadge;
class DetailTable;
class TaskUsageChart;

// Every task: state, agent, ports, started, health; filter by app, agent,
// state and free text. Logs (button, context menu, double-click) asks for the
// selected task's logs.
class TasksPage : public QWidget
{
    Q_OBJECT

public:
    explicit TasksPage(models::ClusterModels *models, QWidget *parent = nullptr);

    [[nodiscard]] DetailTable *table() const { return m_table; }
    [[nodiscard]] QComboBox *appFilter() const { return m_app; }
    [[nodiscard]] QComboBox *agentFilter() const { return m_agent; }
    [[nodiscard]] QComboBox *stateFilter() const { return m_state; }
    [[nodiscard]] models::TaskFilterProxyModel *proxy() const { return m_proxy; }
    [[nodiscard]] QPushButton *logsButton() const { return m_logs; }
    // The rows' context menu (Open Logs; AppActions adds Kill).
    [[nodiscard]] QMenu *contextMenu() const { return m_menu; }
    // Selects the task, showing every task first when the filters hide it; false if it is not listed.
    bool showTask(const QString &taskId);
    // Where the CPU % and Memory used columns and the selected task's chart come from.
    void setUsageSampler(cluster::UsageSampler *sampler);
    [[nodiscard]] TaskUsageChart *usageChart() const { return m_chart; }
    // The tasks whose usage is wanted now: the rows on screen (while the page is shown) and the selected
    // ones, not completed. The rows point into the models' current snapshot: use them at once.
    [[nodiscard]] QList<models::TaskRow> tasksInSight() const;

Q_SIGNALS:
    // A copy: the task outlives the snapshot it came from.
    void logsRequested(const mc::mesos::Task &task, const QString &host);
    // The task's sandbox: its files (the Logs page, Files tab).
    void filesRequested(const mc::mesos::Task &task, const QString &host);
    // A shell next to the task: in its container or its sandbox, on its agent's host.
    void shellRequested(const mc::mesos::Task &task, const QString &host);
    // A local port forwarded to the task's first host port.
    void forwardRequested(const mc::mesos::Task &task, const QString &host);
    // The tasks in sight changed (scrolling, filtering, selection, the page shown or hidden).
    void usageWanted();

private:
    // The app, agent and state filters at the start of the table's toolbar.
    void addFilters(QHBoxLayout *bar);
    // Logs, Files, Shell (buttons at the end of `bar` and context menu items) and Forward Port.
    void addTaskActions(QHBoxLayout *bar);
    // A context menu item for the one selected task (`run` gets its source row), enabled
    // while one task is selected; with `button`, also a button in `bar` that triggers it.
    QAction *addTaskAction(const QString &text, QHBoxLayout *bar, QPushButton *button,
                           const std::function<void(int)> &run);
    // The CPU % and Memory used bars beside the state, and the selected task's chart.
    void addUsage();
    void refreshChoices(const cluster::SnapshotPtr &snapshot);
    void applyStateFilter();
    void requestLogs(int sourceRow);
    void updateChart();

    models::ClusterModels *m_models;
    models::TaskFilterProxyModel *m_proxy;
    ConnectionBadge *m_badge;
    DetailTable *m_table;
    QComboBox *m_app;
    QComboBox *m_agent;
    QComboBox *m_state;
    QPushButton *m_logs;
    QMenu *m_menu;
    TaskUsageChart *m_chart;
    cluster::UsageSampler *m_sampler = nullptr;
    // The lists the filter choices were made from: a snapshot whose lists give the same
    // app ids and agent labels (most do: they change with every task's resources) changes nothing.
    std::shared_ptr<const SharedList<marathon::App>> m_choicesApps;
    cluster::ClusterSnapshot::List<mesos::Agent> m_choicesAgents;
};

} // namespace mc::widgets
