#include "widgets/cluster/ClusterPage.h"

#include "models/cluster/ClusterModels.h"
#include "widgets/cluster/ClusterDetails.h"
#include "widgets/cluster/ClusterOverview.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/cluster/ResourceBarDelegate.h"
#include "widgets/common/Scrollable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace mc::widgets {

ClusterPage::ClusterPage(models::ClusterModels *models, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_overview(new ClusterOverview(this))
{
    m_agents = new DetailTable(
        models->agents(), [models](int row) { return ClusterDetails::agent(models->agents()->row(row)); },
        nullptr, this);
    auto *bars = new ResourceBarDelegate(m_agents);
    for (int column : { models::AgentsModel::Cpus, models::AgentsModel::Memory, models::AgentsModel::Disk }) {
        m_agents->view()->setItemDelegateForColumn(column, bars);
    }

    m_frameworks = new DetailTable(
        models->frameworks(),
        [models](int row) { return ClusterDetails::framework(models->frameworks()->row(row)); }, nullptr,
        this);

    m_agents->setSubject(tr("Agents"));
    auto *shell = new QPushButton(tr("Shell"), m_agents);
    shell->setObjectName(QStringLiteral("agentShellButton"));
    shell->setToolTip(tr("Open a terminal on the selected agent's host"));
    qobject_cast<QHBoxLayout *>(m_agents->toolbar()->layout())->addWidget(shell);
    const auto updateShell = [this, shell] { shell->setEnabled(!m_agents->selectedId().isEmpty()); };
    connect(m_agents, &DetailTable::selectionChanged, shell, updateShell);
    updateShell();
    connect(shell, &QPushButton::clicked, this, [this] {
        if (const QString id = m_agents->selectedId(); !id.isEmpty())
            Q_EMIT shellRequested(id);
    });
    m_frameworks->setSubject(tr("Frameworks"));
    m_tabs->addTab(scrollable(m_overview), tr("Overview"));
    m_tabs->addTab(m_agents, tr("Agents"));
    m_tabs->addTab(m_frameworks, tr("Frameworks"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(models, &models::ClusterModels::snapshotApplied, m_overview, &ClusterOverview::setSnapshot);
    if (models->snapshot())
        m_overview->setSnapshot(models->snapshot());
}

} // namespace mc::widgets
