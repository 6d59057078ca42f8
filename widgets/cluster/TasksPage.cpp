#include "widgets/cluster/TasksPage.h"

#include "core/cluster/UsageSampler.h"
#include "models/cluster/ClusterModels.h"
#include "models/cluster/TaskFilterProxyModel.h"
#include "widgets/cluster/ClusterDetails.h"
#include "widgets/cluster/ConnectionBadge.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/cluster/ResourceBarDelegate.h"
#include "widgets/cluster/TaskUsageChart.h"
#include "widgets/common/Shortcuts.h"
#include "models/cluster/AgentLabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace mc::widgets {

namespace {
// Replaces a combo's entries (after the first, "All…") keeping the current choice.
// `values`: (shown text, data) pairs.
void setChoices(QComboBox *combo, const QList<QPair<QString, QString>> &values)
{
    QList<QPair<QString, QString>> current;
    for (int i = 1; i < combo->count(); ++i)
        current.append({ combo->itemText(i), combo->itemData(i).toString() });
    if (current == values)
        return;
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const auto &[text, value] : values)
        combo->addItem(text, value);
    const int index = combo->findData(chosen);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}
} // namespace

TasksPage::TasksPage(models::ClusterModels *models, QWidget *parent)
    : QWidget(parent)
    , m_models(models)
    , m_proxy(new models::TaskFilterProxyModel(this))
    , m_badge(new ConnectionBadge(tr("Mesos"), this))
    , m_app(new QComboBox(this))
    , m_agent(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_logs(new QPushButton(tr("Logs"), this))
    , m_menu(new QMenu(this))
    , m_chart(new TaskUsageChart(this))
{
    m_table = new DetailTable(
        models->tasks(), [models](int row) { return ClusterDetails::task(models->tasks()->row(row)); },
        m_proxy, this);
    m_table->filter()->setPlaceholderText(tr("Search task, app or host…"));

    m_table->setSubject(tr("Tasks"));
    auto *bar = qobject_cast<QHBoxLayout *>(m_table->toolbar()->layout());
    addFilters(bar);
    m_table->view()->sortByColumn(models::TasksModel::Started, Qt::DescendingOrder);
    addTaskActions(bar);
    connect(models, &models::ClusterModels::snapshotApplied, this, [this](const cluster::SnapshotPtr &s) {
        m_badge->setState(s->hasTaskList || s->marathon.kind == cluster::ConnectionState::Kind::Disconnected
                              ? s->mesos
                              : s->marathon);
        refreshChoices(s);
    });
    addUsage();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_badge);
    layout->addWidget(m_table, 1);
}

void TasksPage::addFilters(QHBoxLayout *bar)
{
    m_app->setAccessibleName(tr("Show the tasks of app"));
    m_agent->setAccessibleName(tr("Show the tasks on agent"));
    m_state->setAccessibleName(tr("Show the tasks in state"));
    m_app->addItem(tr("All apps"), QString());
    m_agent->addItem(tr("All agents"), QString());
    m_state->addItem(tr("Active"), QStringLiteral("active"));
    m_state->addItem(tr("All states"), QStringLiteral("all"));
    m_state->addItem(tr("Finished / failed"), QStringLiteral("terminal"));
    for (int s = 0; s < mesos::kTaskStateCount - 1; ++s)
        m_state->addItem(mesos::taskStateLabel(mesos::TaskState(s)), s);
    // As wide as a short name: the toolbar must fit a laptop's window (the list shows the rest).
    constexpr int kFilterChars = 8;
    for (QComboBox *combo : { m_app, m_agent, m_state }) {
        combo->setMinimumContentsLength(kFilterChars);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }

    bar->insertWidget(0, m_state);
    bar->insertWidget(0, m_agent);
    bar->insertWidget(0, m_app);

    connect(m_table->filter(), &QLineEdit::textChanged, m_proxy, &models::TaskFilterProxyModel::setText);
    connect(m_app, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setApp(m_app->currentData().toString()); });
    connect(m_agent, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setAgent(m_agent->currentData().toString()); });
    connect(m_state, &QComboBox::currentIndexChanged, this, &TasksPage::applyStateFilter);
    applyStateFilter();
}

QAction *TasksPage::addTaskAction(const QString &text, QHBoxLayout *bar, QPushButton *button,
                                  const std::function<void(int)> &run)
{
    if (button)
        bar->addWidget(button);
    QAction *item = m_menu->addAction(text, this, [this, run] {
        if (const QList<int> rows = m_table->selectedSourceRows(); rows.size() == 1)
            run(rows.first());
    });
    if (button)
        connect(button, &QPushButton::clicked, item, &QAction::trigger);
    const auto update = [this, button, item] {
        const bool one = m_table->selectedSourceRows().size() == 1;
        if (button)
            button->setEnabled(one);
        item->setEnabled(one);
    };
    connect(m_table, &DetailTable::selectionChanged, this, update);
    update();
    return item;
}

void TasksPage::addTaskActions(QHBoxLayout *bar)
{
    // What a task's signal is sent with: a copy of the task and its agent's host.
    const auto emitFor = [this](void (TasksPage::*signal)(const mesos::Task &, const QString &)) {
        return [this, signal](int row) {
            const models::TaskRow &task = m_models->tasks()->row(row);
            Q_EMIT(this->*signal)(*task.task, task.host());
        };
    };
    // Logs of the one selected task: a button, the context menu, a double-click or Enter.
    m_logs->setObjectName(QStringLiteral("logsButton"));
    m_logs->setToolTip(tr("Follow the stdout and stderr of the selected task"));
    setButtonShortcut(m_logs, QKeySequence(Qt::CTRL | Qt::Key_L));
    addTaskAction(tr("Open Logs"), bar, m_logs, [this](int row) {
        requestLogs(row);
    })->setObjectName(QStringLiteral("openLogsAction"));
    // The sandbox of the one selected task, running or completed.
    auto *files = new QPushButton(tr("Files"), this);
    files->setObjectName(QStringLiteral("filesButton"));
    files->setToolTip(tr("Browse the sandbox of the selected task: open any file in the log viewer or "
                         "download it"));
    addTaskAction(tr("Browse Files"), bar, files, emitFor(&TasksPage::filesRequested))
        ->setObjectName(QStringLiteral("browseFilesAction"));
    // A shell in the one selected task (its container, or its sandbox on the agent's host).
    auto *shell = new QPushButton(tr("Shell"), this);
    shell->setObjectName(QStringLiteral("taskShellButton"));
    shell->setToolTip(tr("Open a terminal in the selected task: docker exec into its container, or a "
                         "shell in its sandbox on the agent's host"));
    addTaskAction(tr("Open Shell"), bar, shell, emitFor(&TasksPage::shellRequested))
        ->setObjectName(QStringLiteral("openShellAction"));
    addTaskAction(tr("Forward Port"), bar, nullptr, emitFor(&TasksPage::forwardRequested))
        ->setObjectName(QStringLiteral("forwardPortAction"));
    connect(m_table, &DetailTable::activated, this, &TasksPage::requestLogs);
    m_table->setContextMenu(m_menu);
}

void TasksPage::addUsage()
{
    // What the tasks use: bars in CPU % and Memory used, a chart of the selected task.
    auto *bars = new ResourceBarDelegate(m_table->view());
    m_table->view()->setItemDelegateForColumn(models::TasksModel::CpuUsed, bars);
    m_table->view()->setItemDelegateForColumn(models::TasksModel::MemoryUsed, bars);
    // Next to the state, where they are seen without scrolling.
    QHeaderView *header = m_table->view()->horizontalHeader();
    header->moveSection(header->visualIndex(models::TasksModel::CpuUsed), models::TasksModel::State + 1);
    header->moveSection(header->visualIndex(models::TasksModel::MemoryUsed), models::TasksModel::State + 2);
    m_table->addDetailsWidget(m_chart);
    m_chart->hide();
    const auto wanted = [this] { Q_EMIT usageWanted(); };
    connect(m_table, &DetailTable::sightChanged, this, wanted);
    connect(m_table, &DetailTable::selectionChanged, this, wanted);
    connect(m_table, &DetailTable::selectionChanged, this, &TasksPage::updateChart);
}

QList<models::TaskRow> TasksPage::tasksInSight() const
{
    QSet<int> rows;
    for (int row : m_table->selectedSourceRows())
        rows.insert(row);
    for (int row : m_table->sourceRowsInSight())
        rows.insert(row);
    QList<models::TaskRow> tasks;
    for (int row : std::as_const(rows)) {
        if (row >= 0 && row < m_models->tasks()->rowCount()) {
            const models::TaskRow &task = m_models->tasks()->row(row);
            if (!task.task->completed && !task.task->agentId.isEmpty())
                tasks.append(task);
        }
    }
    return tasks;
}

void TasksPage::setUsageSampler(cluster::UsageSampler *sampler)
{
    m_sampler = sampler;
    connect(sampler, &cluster::UsageSampler::usageChanged, this, [this] {
        m_models->tasks()->setUsage(m_sampler->usage());
        // The figures arrive after the columns were fitted to the first rows: room for them.
        QTableView *view = m_table->view();
        const QFontMetrics metrics = view->fontMetrics();
        const QPair<int, QString> widest[] = { { models::TasksModel::CpuUsed, QStringLiteral("1,000 %") },
                                               { models::TasksModel::MemoryUsed,
                                                 QStringLiteral("999.9 MiB / 999.9 MiB") } };
        constexpr int kBarMargin = 24;
        for (const auto &[column, text] : widest) {
            if (const int wanted = metrics.horizontalAdvance(text) + kBarMargin; view->columnWidth(column) < wanted)
                view->setColumnWidth(column, wanted);
        }
        updateChart();
    });
    Q_EMIT usageWanted();
}

void TasksPage::updateChart()
{
    const QString id = m_table->selectedId();
    if (!m_sampler || id.isEmpty() || !m_sampler->usage()->contains(id)) {
        m_chart->clear();
        m_chart->hide();
        return;
    }
    m_chart->setUsage(id, m_sampler->history(id), m_sampler->usage()->value(id));
    m_chart->show();
}

void TasksPage::requestLogs(int sourceRow)
{
    const models::TaskRow &task = m_models->tasks()->row(sourceRow);
    Q_EMIT logsRequested(*task.task, task.host());
}

bool TasksPage::showTask(const QString &taskId)
{
    if (m_table->selectId(taskId))
        return true;
    // Hidden by the filters (a finished task under "Active"): show them all.
    m_table->filter()->clear();
    m_app->setCurrentIndex(0);
    m_agent->setCurrentIndex(0);
    m_state->setCurrentIndex(m_state->findData(QStringLiteral("all")));
    return m_table->selectId(taskId);
}

void TasksPage::applyStateFilter()
{
    using Filter = models::TaskFilterProxyModel::StateFilter;
    const QVariant data = m_state->currentData();
    if (data == QStringLiteral("active"))
        m_proxy->setStates(Filter::Active);
    else if (data == QStringLiteral("all"))
        m_proxy->setStates(Filter::All);
    else if (data == QStringLiteral("terminal"))
        m_proxy->setStates(Filter::Terminal);
    else
        m_proxy->setStates(Filter::Exact, mesos::TaskState(data.toInt()));
}

void TasksPage::refreshChoices(const cluster::SnapshotPtr &s)
{
    // A snapshot comes every poll of the metrics (2 s) even when nothing else changed, and at
    // 100,000 tasks the lists are new ones with every change of a task (its resources); the app
    // ids and agent labels the choices are made of hardly ever differ. 10,000 apps and 2,000
    // agents sorted again each time were most of an idle console's work.
    const auto sameIds = [](const SharedList<marathon::App> &a, const SharedList<marathon::App> &b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                          [](const marathon::App &x, const marathon::App &y) { return x.id == y.id; });
    };
    if (!m_choicesApps || (m_choicesApps != s->apps && !sameIds(*m_choicesApps, *s->apps))) {
        QList<QPair<QString, QString>> apps;
        for (const marathon::App &app : *s->apps)
            apps.append({ app.id, app.id });
        std::sort(apps.begin(), apps.end());
        setChoices(m_app, apps);
    }
    m_choicesApps = s->apps;
    if (!m_choicesAgents
        || (m_choicesAgents != s->agents && !models::sameAgentLabels(*m_choicesAgents, *s->agents))) {
        // Each agent by its label (two agents on one host differ in port and id), filtered by its id.
        QList<QPair<QString, QString>> agents;
        for (const mesos::Agent &agent : *s->agents)
            agents.append({ models::agentLabel(agent), agent.id });
        std::sort(agents.begin(), agents.end());
        setChoices(m_agent, agents);
    }
    m_choicesAgents = s->agents;
}

} // namespace mc::widgets
