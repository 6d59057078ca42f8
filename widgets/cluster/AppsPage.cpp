#include "widgets/cluster/AppsPage.h"

#include "models/apps/AppGroupTreeModel.h"
#include "models/cluster/AppsModel.h"
#include "models/cluster/ClusterModels.h"
#include "models/cluster/Format.h"
#include "widgets/apps/PodsPanel.h"
#include "widgets/cluster/ClusterDetails.h"
#include "widgets/cluster/ConnectionBadge.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/cluster/ProgressBarDelegate.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace mc::widgets {

namespace {
const QString kGroupsKey = QStringLiteral("apps/showGroups");
} // namespace

AppsPage::AppsPage(models::ClusterModels *models, QWidget *parent)
    : QWidget(parent)
    , m_badge(new ConnectionBadge(tr("Marathon"), this))
    , m_groupsToggle(new QCheckBox(tr("Groups"), this))
    , m_stack(new QStackedWidget(this))
    , m_sectionTabs(new QTabBar(this))
    , m_sections(new QStackedWidget(this))
    , m_pods(new PodsPanel(this))
{
    m_apps = new DetailTable(
        models->apps(), [models](int row) { return ClusterDetails::app(models->apps()->row(row)); }, nullptr,
        this);
    m_deployments = new DetailTable(
        models->deployments(),
        [models](int row) { return ClusterDetails::deployment(models->deployments()->row(row)); }, nullptr,
        this);
    m_apps->setSubject(tr("Apps"));
    m_deployments->setSubject(tr("Deployments"));
    m_deployments->filter()->setPlaceholderText(tr("Filter deployments…"));
    // Live: Marathon is re-read after every deployment_info / deployment_step_success event.
    m_deployments->view()->setItemDelegateForColumn(models::DeploymentsModel::Step,
                                                    new ProgressBarDelegate(m_deployments->view()));

    auto *deployments = new QWidget(this);
    deployments->setObjectName(QStringLiteral("deploymentsPanel"));
    auto *deploymentsLayout = new QVBoxLayout(deployments);
    deploymentsLayout->setContentsMargins(0, 0, 0, 0);
    deploymentsLayout->addWidget(new QLabel(tr("<b>Deployments in progress</b>"), deployments));
    deploymentsLayout->addWidget(m_deployments);
    // In a small window (600x400) the deployments give up height before the page outgrows it:
    // the Apps page's top row (the Groups switch) took the room it had (tst_LayoutsHold).
    m_deployments->setMinimumHeight(90);

    m_stack->addWidget(m_apps);
    m_stack->addWidget(makeGroupPanel(models));
    m_groupsToggle->setObjectName(QStringLiteral("groupsToggle"));
    m_groupsToggle->setToolTip(tr("Show the apps as a tree of their groups, with sums per group"));
    connect(m_groupsToggle, &QCheckBox::toggled, this, [this](bool groups) {
        m_stack->setCurrentIndex(groups ? 1 : 0);
        QSettings().setValue(kGroupsKey, groups);
    });
    m_groupsToggle->setChecked(QSettings().value(kGroupsKey, false).toBool());

    // Apps or pods, chosen on the tabs of the top row (no row of their own: the page keeps its
    // minimum size).
    m_sections->addWidget(m_stack);
    m_sections->addWidget(m_pods);
    m_sectionTabs->setObjectName(QStringLiteral("appsSectionTabs"));
    m_sectionTabs->setDocumentMode(true);
    m_sectionTabs->setDrawBase(false);
    m_sectionTabs->addTab(tr("Apps"));
    m_sectionTabs->addTab(tr("Pods"));
    m_sectionTabs->setTabToolTip(1, tr("Marathon's pods (1.4+): containers launched together"));
    connect(m_sectionTabs, &QTabBar::currentChanged, this, [this](int index) {
        m_sections->setCurrentIndex(index);
        m_groupsToggle->setVisible(index == 0);
    });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_sections);
    splitter->addWidget(deployments);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    // No deployment, no panel: the apps get the room.
    QAbstractItemModel *running = models->deployments();
    const auto showDeployments = [deployments, running] { deployments->setVisible(running->rowCount() > 0); };
    connect(running, &QAbstractItemModel::rowsInserted, deployments, showDeployments);
    connect(running, &QAbstractItemModel::rowsRemoved, deployments, showDeployments);
    connect(running, &QAbstractItemModel::modelReset, deployments, showDeployments);
    showDeployments();

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_sectionTabs);
    top->addWidget(m_badge, 1);
    top->addWidget(m_groupsToggle);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(models, &models::ClusterModels::snapshotApplied, m_badge,
            [this](const cluster::SnapshotPtr &s) { m_badge->setState(s->marathon); });
}

QWidget *AppsPage::makeGroupPanel(models::ClusterModels *models)
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("groupsPanel"));
    m_groupModel = new models::AppGroupTreeModel(models->apps(), this);
    m_groupProxy = new QSortFilterProxyModel(this);
    m_groupProxy->setSourceModel(m_groupModel);
    m_groupProxy->setSortRole(models::RawValueRole);
    m_groupProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_tree = new QTreeView(panel);
    m_tree->setObjectName(QStringLiteral("appsTree"));
    m_tree->setAccessibleName(tr("Apps by group"));
    m_tree->setModel(m_groupProxy);
    m_tree->setUniformRowHeights(true); // 10,000 rows stay quick to lay out
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(models::AppsModel::Id, Qt::AscendingOrder);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->header()->resizeSection(models::AppsModel::Id, 260);
    // Groups open as they appear while there are few apps; a big cluster starts folded.
    connect(m_groupModel, &QAbstractItemModel::rowsInserted, m_tree,
            [this](const QModelIndex &parent, int first, int last) {
                if (m_groupModel->totals(QStringLiteral("/")).apps > kExpandedUpTo)
                    return;
                for (int r = first; r <= last; ++r)
                    if (const QModelIndex added = m_groupModel->index(r, 0, parent);
                        m_groupModel->isGroup(added))
                        m_tree->expand(m_groupProxy->mapFromSource(added));
            });
    const auto expandSmall = [this] {
        if (m_groupModel->totals(QStringLiteral("/")).apps <= kExpandedUpTo)
            m_tree->expandAll();
    };
    connect(m_groupModel, &QAbstractItemModel::modelReset, m_tree, expandSmall);
    expandSmall();

    m_groupToolbar = new QWidget(panel);
    m_groupToolbar->setObjectName(QStringLiteral("groupToolbar"));
    auto *buttons = new QHBoxLayout(m_groupToolbar);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addStretch(1);

    m_groupDetails = new QLabel(panel);
    m_groupDetails->setObjectName(QStringLiteral("groupDetails"));
    m_groupDetails->setWordWrap(true);
    m_groupDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);

    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (const QString app = selectedAppIdInTree(); !app.isEmpty())
            m_apps->selectId(app);
        updateGroupDetails();
        Q_EMIT groupSelectionChanged();
    });
    // The sums change with every update: said again when the selected group's row changes.
    connect(m_groupModel, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (m_groupModel->isGroup(topLeft) && m_groupModel->idOf(topLeft) == selectedGroupId())
            updateGroupDetails();
    });
    connect(m_groupModel, &QAbstractItemModel::rowsRemoved, this, [this] {
        updateGroupDetails();
        Q_EMIT groupSelectionChanged();
    });

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_groupToolbar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_groupDetails);
    updateGroupDetails();
    return panel;
}

void AppsPage::showPods(bool pods)
{
    m_sectionTabs->setCurrentIndex(pods ? 1 : 0);
}

bool AppsPage::showsGroups() const
{
    return m_groupsToggle->isChecked();
}

void AppsPage::setShowsGroups(bool groups)
{
    m_groupsToggle->setChecked(groups);
}

QString AppsPage::selectedGroupId() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return {};
    const QModelIndex source = m_groupProxy->mapToSource(rows.first());
    return m_groupModel->isGroup(source) ? m_groupModel->idOf(source) : QString();
}

QString AppsPage::selectedAppIdInTree() const
{
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows();
    if (rows.size() != 1)
        return {};
    const QModelIndex source = m_groupProxy->mapToSource(rows.first());
    return m_groupModel->isGroup(source) ? QString() : m_groupModel->idOf(source);
}

bool AppsPage::selectGroup(const QString &groupId)
{
    const QModelIndex index = m_groupProxy->mapFromSource(m_groupModel->indexOfGroup(groupId));
    if (!index.isValid())
        return false;
    m_tree->scrollTo(index);
    m_tree->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->setCurrentIndex(index);
    return true;
}

void AppsPage::setGroupDependencies(const QString &groupId, const QString &text)
{
    m_dependenciesOf = groupId;
    m_dependencies = text;
    updateGroupDetails();
}

void AppsPage::updateGroupDetails()
{
    const QString id = selectedGroupId();
    if (id.isEmpty()) {
        m_groupDetails->setText(tr("Select a group for its actions and dependencies."));
        return;
    }
    const auto t = m_groupModel->totals(id);
    QString text = tr("<b>%1</b>: %n app(s), %2 instances, %3 running, %4 staged; %5 CPUs and %6 for all "
                      "instances.",
                      nullptr, t.apps)
                       .arg(id.toHtmlEscaped())
                       .arg(t.instances)
                       .arg(t.running)
                       .arg(t.staged)
                       .arg(models::Format::cpus(t.cpus), models::Format::megabytes(t.mem));
    text += QStringLiteral("<br>")
        + tr("Dependencies: %1")
              .arg(m_dependenciesOf == id ? m_dependencies.toHtmlEscaped() : tr("asking Marathon…"));
    m_groupDetails->setText(text);
}

} // namespace mc::widgets
