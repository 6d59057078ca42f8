#include "widgets/cluster/TasksPage.h"

#include "models/cluster/ClusterModels.h"
#include "models/cluster/TaskFilterProxyModel.h"
#include "widgets/cluster/ClusterDetails.h"
#include "widgets/cluster/ConnectionBadge.h"
#include "widgets/cluster/DetailTable.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

namespace mc::widgets {

namespace {
// Replaces a combo's entries (after the first, "All…") keeping the current choice.
void setChoices(QComboBox *combo, const QStringList &values)
{
    QStringList current;
    for (int i = 1; i < combo->count(); ++i)
        current << combo->itemData(i).toString();
    if (current == values)
        return;
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const QString &value : values)
        combo->addItem(value, value);
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
{
    m_table = new DetailTable(
        models->tasks(), [models](int row) { return ClusterDetails::task(models->tasks()->row(row)); },
        m_proxy, this);
    m_table->filter()->setPlaceholderText(tr("Search task, app or host…"));

    m_table->setSubject(tr("Tasks"));
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

    auto *bar = qobject_cast<QHBoxLayout *>(m_table->toolbar()->layout());
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
    m_table->view()->sortByColumn(models::TasksModel::Started, Qt::DescendingOrder);

    connect(m_table, &DetailTable::activated, this, [this](int row) {
        const models::TaskRow &task = m_models->tasks()->row(row);
        Q_EMIT logsRequested(*task.task, task.host);
    });
    connect(models, &models::ClusterModels::snapshotApplied, this, [this](const cluster::SnapshotPtr &s) {
        m_badge->setState(s->hasTaskList || s->marathon.kind == cluster::ConnectionState::Kind::Disconnected
                              ? s->mesos
                              : s->marathon);
        refreshChoices(s);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_badge);
    layout->addWidget(m_table, 1);
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
    QStringList apps;
    for (const marathon::App &app : *s->apps)
        apps << app.id;
    apps.sort();
    setChoices(m_app, apps);
    QStringList hosts;
    QSet<QString> seen;
    for (const mesos::Agent &agent : *s->agents) {
        if (!seen.contains(agent.hostname)) {
            seen.insert(agent.hostname);
            hosts << agent.hostname;
        }
    }
    hosts.sort();
    setChoices(m_agent, hosts);
}

} // namespace mc::widgets
