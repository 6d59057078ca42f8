#include "widgets/provision/ProvisionWizard.h"

#include "core/mesos/MesosOperator.h"
#include "core/provision/AgentIdentity.h"
#include "core/provision/Planner.h"
#include "core/provision/Postflight.h"
#include "core/provision/ProvisionRunner.h"
#include "core/provision/RecipeLoader.h"
#include "core/provision/RunJournal.h"
#include "widgets/common/ChangeGuard.h"
#include "widgets/common/ElidedLabel.h"
#include "widgets/common/Scrollable.h"
#include "widgets/common/ThemeFollow.h"
#include "widgets/ssh/GuiPrompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QUrl>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTextCursor>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mc::widgets {

using namespace mc::provision;

namespace {

QLabel *heading(const QString &title, const QString &text)
{
    auto *label
        = new QLabel(QStringLiteral("<h2>%1</h2><p>%2</p>").arg(title.toHtmlEscaped(), text.toHtmlEscaped()));
    label->setWordWrap(true);
    return label;
}

// Lines of a status or warning; the rest is in its tool tip (and the tables below it).
constexpr int kStatusLines = 4;

ElidedLabel *statusLabel(const QString &objectName, const QString &text = {})
{
    auto *label = new ElidedLabel(text);
    label->setObjectName(objectName);
    label->setMaximumLines(kStatusLines);
    return label;
}

const QString kVerdicts = QStringLiteral("verdicts"); // the post-flight status, followed in a theme

models::StateColorPalette::Role stateRole(StepState s)
{
    using Role = models::StateColorPalette::Role;
    switch (s) {
    case StepState::Ok:
        return Role::Ok;
    case StepState::Changed:
        return Role::Warning;
    case StepState::Failed:
    case StepState::Unreachable:
        break;
    case StepState::Skipped:
        return Role::Muted;
    }
    return Role::Error;
}

// Runs `work` on a thread of its own and `done` back on `context`'s thread.
template<typename T>
void runInBackground(QObject *context, std::function<T()> work, std::function<void(const T &)> done)
{
    QThread *thread = QThread::create([context, work = std::move(work), done = std::move(done)] {
        T value = work();
        QMetaObject::invokeMethod(
            context, [done, value] { done(value); }, Qt::QueuedConnection);
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace

ProvisionWizard::ProvisionWizard(QWidget *parent)
    : QWidget(parent)
{
    qRegisterMetaType<mc::provision::StepResult>();
    qRegisterMetaType<mc::provision::RunSummary>();
    m_prompts = guiPrompts(this);
    m_steps = new QListWidget;
    m_steps->setObjectName(QStringLiteral("steps"));
    for (const QString &s : { tr("1  Workspace"), tr("2  Install method"), tr("3  Preflight"), tr("4  Plan"),
                              tr("5  Run"), tr("6  Postflight"), tr("7  Summary"), tr("Drift & converge") })
        m_steps->addItem(s);
    constexpr int kStepsWidth = 150;
    m_steps->setFixedWidth(kStepsWidth);
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setSelectionMode(QAbstractItemView::SingleSelection);
    m_steps->setEnabled(true);
    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_stack->currentIndex() && !m_busy)
            goToPage(row);
        else if (row != m_stack->currentIndex())
            m_steps->setCurrentRow(m_stack->currentIndex());
    });

    m_stack = new QStackedWidget;
    // Each page scrolls when the window is smaller than it.
    for (QWidget *page : { buildWorkspacePage(), buildMethodPage(), buildPreflightPage(), buildPlanPage(),
                           buildRunPage(), buildPostflightPage(), buildSummaryPage(), buildDriftPage() })
        m_stack->addWidget(scrollable(page));

    m_back = new QPushButton(tr("Back"));
    m_back->setObjectName(QStringLiteral("back"));
    m_next = new QPushButton(tr("Next"));
    m_next->setObjectName(QStringLiteral("next"));
    m_next->setDefault(true);
    connect(m_back, &QPushButton::clicked, this, [this] { goToPage(currentPage() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { goToPage(currentPage() + 1); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);

    auto *right = new QVBoxLayout;
    right->addWidget(m_stack, 1);
    right->addLayout(buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addLayout(right, 1);

    loadRecipe();
    goToPage(WorkspacePage);
}

ProvisionWizard::~ProvisionWizard()
{
    if (m_runner)
        m_runner->cancel();
}

QWidget *ProvisionWizard::buildWorkspacePage()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    v->addWidget(
        heading(tr("Workspace"),
                tr("The machines to set up: an inventory (INI or YAML, as Ansible reads it) whose masters "
                   "carry a zoo_id, and how to log in to them.")));
    auto *form = new QFormLayout;
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("workspacePath"));
    m_path->setAccessibleName(tr("Inventory or workspace file"));
    m_path->setPlaceholderText(tr("inventory or workspace file"));
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QStringLiteral("workspaceBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Inventory or workspace"), m_path->text());
        if (!f.isEmpty())
            setWorkspacePath(f);
    });
    connect(m_path, &QLineEdit::editingFinished, this, &ProvisionWizard::loadWorkspace);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("File:"), pathRow);
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("sshUser"));
    m_user->setPlaceholderText(tr("ansible_user, ~/.ssh/config, or yours"));
    form->addRow(tr("SSH user:"), m_user);
    m_key = new QLineEdit;
    m_key->setObjectName(QStringLiteral("sshKey"));
    m_key->setPlaceholderText(tr("agent / default keys"));
    form->addRow(tr("Private key:"), m_key);
    m_knownHosts = new QLineEdit;
    m_knownHosts->setObjectName(QStringLiteral("knownHosts"));
    m_knownHosts->setPlaceholderText(tr("~/.ssh/known_hosts"));
    form->addRow(tr("known_hosts:"), m_knownHosts);
    m_becomePassword = new QLineEdit;
    m_becomePassword->setObjectName(QStringLiteral("becomePassword"));
    m_becomePassword->setEchoMode(QLineEdit::Password);
    m_becomePassword->setPlaceholderText(tr("empty: passwordless sudo (kept in memory only)"));
    form->addRow(tr("sudo password:"), m_becomePassword);
    v->addLayout(form);
    m_workspaceStatus = statusLabel(QStringLiteral("workspaceStatus"),
                                    tr("Nothing yet: choose the inventory of the machines to set up."));
    v->addWidget(m_workspaceStatus);
    m_hostTable = new QTableWidget(0, 4);
    m_hostTable->setObjectName(QStringLiteral("workspaceHosts"));
    m_hostTable->setAccessibleName(tr("Hosts of the inventory"));
    m_hostTable->setHorizontalHeaderLabels({ tr("Host"), tr("Address"), tr("Roles"), tr("zoo_id") });
    m_hostTable->horizontalHeader()->setStretchLastSection(true);
    m_hostTable->verticalHeader()->hide();
    m_hostTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    v->addWidget(m_hostTable, 1);
    return page;
}

QWidget *ProvisionWizard::buildMethodPage()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    v->addWidget(
        heading(tr("Install method"),
                tr("A recipe says what every host gets. Values below override the recipe's defaults; "
                   "the inventory's host variables override both.")));
    auto *form = new QFormLayout;
    m_recipeBox = new QComboBox;
    m_recipeBox->setObjectName(QStringLiteral("recipe"));
    m_recipeBox->setAccessibleName(tr("Recipe"));
    for (const QString &path : RecipeLoader::shippedRecipes()) {
        const auto r = RecipeLoader::loadFile(path);
        m_recipeBox->addItem(r ? r->name : QFileInfo(path).baseName(), path);
    }
    m_recipeBox->addItem(tr("Recipe file…"), QString());
    const int configureOnly = m_recipeBox->findData(QStringLiteral(":/recipes/configure-only.yaml"));
    if (configureOnly >= 0)
        m_recipeBox->setCurrentIndex(configureOnly);
    connect(m_recipeBox, &QComboBox::activated, this, [this](int index) {
        if (m_recipeBox->itemData(index).toString().isEmpty()) {
            const QString f
                = QFileDialog::getOpenFileName(this, tr("Recipe"), {}, tr("Recipes (*.yaml *.yml)"));
            if (f.isEmpty())
                return;
            m_recipeBox->insertItem(index, QFileInfo(f).fileName(), f);
            m_recipeBox->setCurrentIndex(index);
        }
        loadRecipe();
    });
    form->addRow(tr("Recipe:"), m_recipeBox);
    m_recipeDescription = statusLabel(QStringLiteral("recipeDescription"));
    form->addRow(QString(), m_recipeDescription);
    m_limit = new QLineEdit;
    m_limit->setObjectName(QStringLiteral("limit"));
    m_limit->setPlaceholderText(tr("all masters and agents"));
    form->addRow(tr("Limit to:"), m_limit);
    m_forks = new QLineEdit(QStringLiteral("20"));
    m_forks->setObjectName(QStringLiteral("forks"));
    form->addRow(tr("Hosts at a time:"), m_forks);
    v->addLayout(form);
    m_variables = new QTableWidget(0, 2);
    m_variables->setObjectName(QStringLiteral("recipeVariables"));
    m_variables->setAccessibleName(tr("Recipe variables"));
    m_variables->setHorizontalHeaderLabels({ tr("Variable"), tr("Value") });
    m_variables->horizontalHeader()->setStretchLastSection(true);
    m_variables->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_variables->verticalHeader()->hide();
    v->addWidget(m_variables, 1);
    return page;
}

QWidget *ProvisionWizard::buildPreflightPage()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    v->addWidget(
        heading(tr("Preflight"),
                tr("Before any host is touched: unique ZooKeeper ids, an odd master count, a majority "
                   "quorum, port clashes; on every host SSH, sudo, OS and init system, a host name not "
                   "mapped to 127.0.1.1, ports 2181/2888/3888/5050/5051/8080/80, disk, clock.")));
    auto *row = new QHBoxLayout;
    auto *run = new QPushButton(tr("Run checks"));
    run->setObjectName(QStringLiteral("runChecks"));
    connect(run, &QPushButton::clicked, this, &ProvisionWizard::runPreflight);
    m_hostChecks = new QCheckBox(tr("Check the hosts over SSH"));
    m_hostChecks->setObjectName(QStringLiteral("preflightHostChecks"));
    m_hostChecks->setChecked(true);
    row->addWidget(run);
    row->addWidget(m_hostChecks);
    row->addStretch();
    v->addLayout(row);
    m_preflightStatus = statusLabel(QStringLiteral("preflightStatus"), tr("Not checked yet."));
    v->addWidget(m_preflightStatus);
    m_preflightProgress = new QProgressBar;
    m_preflightProgress->setObjectName(QStringLiteral("preflightProgress"));
    m_preflightProgress->setFormat(tr("%v of %m hosts checked"));
    m_preflightProgress->hide();
    v->addWidget(m_preflightProgress);
    m_issues = new QTreeWidget;
    followThemeInItems(m_issues);
    m_issues->setAccessibleName(tr("Preflight findings"));
    m_issues->setHeaderLabels({ tr("Severity"), tr("Host"), tr("Check"), tr("What to do") });
    m_issues->setObjectName(QStringLiteral("preflightFindings"));
    m_issues->setRootIsDecorated(false);
    // Long findings wrap in their column (scrolled vertically), never widen the window.
    m_issues->setWordWrap(true);
    m_issues->setUniformRowHeights(false);
    m_issues->setTextElideMode(Qt::ElideNone);
    m_issues->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_issues->header()->setStretchLastSection(true);
    for (int column = 0; column < 3; ++column)
        m_issues->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    v->addWidget(m_issues, 1);
    return page;
}

QWidget *ProvisionWizard::buildPlanPage()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    v->addWidget(
        heading(tr("Plan"),
                tr("Hosts × steps, asked of the hosts in check mode: nothing changes. Select a file step "
                   "to see its diff.")));
    auto *row = new QHBoxLayout;
    auto *compute = new QPushButton(tr("Compute plan"));
    compute->setObjectName(QStringLiteral("computePlan"));
    connect(compute, &QPushButton::clicked, this, &ProvisionWizard::computePlan);
    row->addWidget(compute);
    m_planStatus = statusLabel(QStringLiteral("planStatus"), tr("No plan yet."));
    row->addWidget(m_planStatus, 1);
    v->addLayout(row);
    m_planWarnings = statusLabel(QStringLiteral("planWarnings"));
    setStateTextColor(m_planWarnings, models::StateColorPalette::Role::Error);
    m_planWarnings->hide();
    v->addWidget(m_planWarnings);
    auto *split = new QSplitter(Qt::Vertical);
    m_planTree = new QTreeWidget;
    m_planTree->setObjectName(QStringLiteral("planTree"));
    followThemeInItems(m_planTree);
    m_planTree->setAccessibleName(tr("Plan per host and step"));
    m_planTree->setHeaderLabels({ tr("Host / step"), tr("Role"), tr("Would"), tr("Detail") });
    m_planTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_diff = new QPlainTextEdit;
    m_diff->setObjectName(QStringLiteral("planDiff"));
    m_diff->setAccessibleName(tr("Diff of the selected file"));
    m_diff->setReadOnly(true);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setPlaceholderText(tr("diff of the selected file"));
    connect(m_planTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_diff->setPlainText(item ? item->data(0, Qt::UserRole).toString() : QString());
    });
    split->addWidget(m_planTree);
    split->addWidget(m_diff);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    v->addWidget(split, 1);
    return page;
}

QWidget *ProvisionWizard::buildRunPage()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    v->addWidget(heading(tr("Run"),
                         tr("ZooKeeper first, then Mesos masters, Marathon, HAProxy, then agents. A "
                            "service restarts only when one of its files changed.")));
    auto *row = new QHBoxLayout;
    m_runButton = new QPushButton(tr("Run"));
    m_runButton->setObjectName(QStringLiteral("provisionRun"));
    connect(m_runButton, &QPushButton::clicked, this, &ProvisionWizard::startRun);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("runCancel"));
    m_cancelButton->setEnabled(false);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
        m_runStatus->setText(tr("Cancelling: running steps finish, nothing new starts…"));
    });
    m_overall = new QProgressBar;
    m_overall->setObjectName(QStringLiteral("runProgress"));
    m_overall->setFormat(tr("%v of %m steps"));
    m_drainFirst = new QCheckBox(tr("Drain agents first"));
    m_drainFirst->setObjectName(QStringLiteral("provisionDrainFirst"));
    m_drainFirst->setToolTip(
        tr("An agent whose attributes or resources would change is drained first (Mesos 1.9+: its tasks are "
           "killed and replaced elsewhere; the run waits until it is DRAINED), its agent id removed, the "
           "recipe applied (the agent starts under a new id) and the agent reactivated. Without it, such a "
           "run needs a new agent id and loses the agent's tasks. The plan (page 4) says what it would drain."));
    m_drainMasters = new QLineEdit;
    m_drainMasters->setObjectName(QStringLiteral("provisionDrainMasters"));
    m_drainMasters->setPlaceholderText(tr("the inventory's masters, or http://m1:5050,http://m2:5050"));
    m_drainMasters->setAccessibleName(tr("Mesos masters to drain through"));
    m_drainMasters->setEnabled(false);
    connect(m_drainFirst, &QCheckBox::toggled, m_drainMasters, &QWidget::setEnabled);
    connect(m_drainFirst, &QCheckBox::toggled, this, &ProvisionWizard::showIdentityWarnings);
    row->addWidget(m_runButton);
    row->addWidget(m_cancelButton);
    row->addWidget(m_overall, 1);
    v->addLayout(row);
    auto *drainRow = new QHBoxLayout;
    drainRow->addWidget(m_drainFirst);
    drainRow->addWidget(new QLabel(tr("through:")));
    drainRow->addWidget(m_drainMasters, 1);
    v->addLayout(drainRow);
    m_runStatus = statusLabel(QStringLiteral("runStatus"), tr("Not started."));
    v->addWidget(m_runStatus);
    m_runWarnings = statusLabel(QStringLiteral("runWarnings"));
    setStateTextColor(m_runWarnings, models::StateColorPalette::Role::Error);
    m_runWarnings->hide();
    v->addWidget(m_runWarnings);
    auto *split = new QSplitter(Qt::Vertical);
    m_runHosts = new QTableWidget(0, 4);
    m_runHosts->setObjectName(QStringLiteral("runHosts"));
    followThemeInItems(m_runHosts);
    m_runHosts->setAccessibleName(tr("Progress per host"));
    m_runHosts->setHorizontalHeaderLabels({ tr("Host"), tr("Progress"), tr("Step"), tr("State") });
    m_runHosts->horizontalHeader()->setStretchLastSection(true);
    m_runHosts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_runHosts->verticalHeader()->hide();
    m_runHosts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runSteps = new QTreeWidget;
    m_runSteps->setObjectName(QStringLiteral("runSteps"));
    followThemeInItems(m_runSteps);
    m_runSteps->setAccessibleName(tr("Steps run"));
    m_runSteps->setHeaderLabels({ tr("Host"), tr("Role"), tr("Step"), tr("State"), tr("Detail") });
    m_runSteps->setRootIsDecorated(false);
    m_output = new QPlainTextEdit;
    m_output->setObjectName(QStringLiteral("runOutput"));
    m_output->setAccessibleName(tr("Live output"));
    m_output->setReadOnly(true);
    m_output->setMaximumBlockCount(5000);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setPlaceholderText(tr("live output of commands"));
    split->addWidget(m_runHosts);
    split->addWidget(m_runSteps);
    split->addWidget(m_output);
    v->addWidget(split, 1);
    return page;
}

QWidget *ProvisionWizard::buildPostflightPage()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    v->addWidget(heading(tr("Postflight"),
                         tr("Does the cluster answer? ZooKeeper: one leader, the rest followers "
                            "(srvr); Mesos: every master names the same elected leader "
                            "(/master/redirect); Marathon: /ping.")));
    auto *check = new QPushButton(tr("Check the cluster"));
    check->setObjectName(QStringLiteral("checkCluster"));
    connect(check, &QPushButton::clicked, this, &ProvisionWizard::runPostflight);
    auto *row = new QHBoxLayout;
    row->addWidget(check);
    m_postflightStatus = statusLabel(QStringLiteral("postflightStatus"), tr("Not checked yet."));
    m_postflightStatus->setTextFormat(Qt::RichText);
    row->addWidget(m_postflightStatus, 1);
    v->addLayout(row);
    m_postflight = new QTreeWidget;
    m_postflight->setObjectName(QStringLiteral("postflightChecks"));
    followThemeInItems(m_postflight);
    m_postflight->setAccessibleName(tr("Postflight checks"));
    m_postflight->setHeaderLabels({ tr("Host"), tr("Service"), tr("State"), tr("Answer") });
    m_postflight->setRootIsDecorated(false);
    v->addWidget(m_postflight, 1);
    return page;
}

QWidget *ProvisionWizard::buildSummaryPage()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    v->addWidget(heading(tr("Summary"),
                         tr("What each host did. The run log stays beside the inventory "
                            "(provision-runs/).")));
    m_recap = new QPlainTextEdit;
    m_recap->setObjectName(QStringLiteral("recap"));
    m_recap->setAccessibleName(tr("Recap"));
    m_recap->setReadOnly(true);
    m_recap->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    v->addWidget(m_recap, 1);
    m_profile = new QTreeWidget;
    m_profile->setObjectName(QStringLiteral("profileTable"));
    m_profile->setAccessibleName(tr("Where the hosts' time went"));
    m_profile->setRootIsDecorated(false);
    m_profile->setHeaderLabels({ tr("Step kind"), tr("Count"), tr("Host-seconds"), tr("Wall seconds"),
                                 tr("Hosts at once (max / mean)") });
    m_profile->setToolTip(tr("Host-seconds: the time of every host added up. Wall seconds: while at least "
                             "one host was at it. Host-seconds far above wall seconds: the hosts did it "
                             "in parallel; hosts at once near 1 with many hosts: they waited in turn."));
    m_profile->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_profile->setHidden(true); // until a run ends
    v->addWidget(m_profile);
    auto *historyRow = new QHBoxLayout;
    historyRow->addWidget(new QLabel(tr("History of host:")));
    m_historyHost = new QComboBox;
    m_historyHost->setObjectName(QStringLiteral("historyHost"));
    m_historyHost->setAccessibleName(tr("Host whose history is shown"));
    m_historyHost->setMinimumContentsLength(16);
    connect(m_historyHost, &QComboBox::currentIndexChanged, this, &ProvisionWizard::showHistory);
    historyRow->addWidget(m_historyHost);
    historyRow->addStretch();
    v->addLayout(historyRow);
    m_history = new QPlainTextEdit;
    m_history->setObjectName(QStringLiteral("history"));
    m_history->setAccessibleName(tr("History of the chosen host"));
    m_history->setReadOnly(true);
    m_history->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_history->setPlaceholderText(tr("each run of the host: when, what it did, every step's seconds"));
    v->addWidget(m_history, 1);
    auto *row = new QHBoxLayout;
    m_retryFailed = new QPushButton(tr("Retry failed hosts only"));
    m_retryFailed->setObjectName(QStringLiteral("retryFailed"));
    m_retryFailed->setEnabled(false);
    m_retryFailed->setToolTip(tr("After a run with failed hosts"));
    connect(m_retryFailed, &QPushButton::clicked, this, [this] {
        m_limitBeforeConverge = m_limit->text();
        m_converging = true; // the limit comes back after this run
        m_limit->setText(m_lastRun.badHosts().join(u','));
        goToPage(RunPage);
        startRun();
    });
    auto *again = new QPushButton(tr("Run again"));
    again->setObjectName(QStringLiteral("runAgain"));
    connect(again, &QPushButton::clicked, this, [this] { goToPage(PlanPage); });
    auto *cluster = new QPushButton(tr("Open Cluster view"));
    cluster->setObjectName(QStringLiteral("openCluster"));
    connect(cluster, &QPushButton::clicked, this, &ProvisionWizard::openClusterRequested);
    row->addWidget(m_retryFailed);
    row->addWidget(again);
    row->addStretch();
    row->addWidget(cluster);
    v->addLayout(row);
    return page;
}

QWidget *ProvisionWizard::buildDriftPage()
{
    auto *page = new QWidget;
    auto *v = new QVBoxLayout(page);
    v->addWidget(heading(tr("Drift"),
                         tr("What each host has now against what the recipe would write: every file that "
                            "differs (with its diff), what would run, and the flags the Mesos masters and "
                            "agents run with (/master/flags, /slave(1)/flags). Nothing changes until you "
                            "converge.")));
    auto *row = new QHBoxLayout;
    auto *check = new QPushButton(tr("Check for drift"));
    check->setObjectName(QStringLiteral("checkDrift"));
    connect(check, &QPushButton::clicked, this, &ProvisionWizard::checkDrift);
    m_convergeButton = new QPushButton(tr("Converge drifted hosts"));
    m_convergeButton->setObjectName(QStringLiteral("convergeButton"));
    m_convergeButton->setEnabled(false);
    connect(m_convergeButton, &QPushButton::clicked, this, &ProvisionWizard::converge);
    row->addWidget(check);
    row->addWidget(m_convergeButton);
    m_driftStatus = statusLabel(QStringLiteral("driftStatus"), tr("Not checked yet."));
    row->addWidget(m_driftStatus, 1);
    v->addLayout(row);
    auto *split = new QSplitter(Qt::Vertical);
    m_driftTree = new QTreeWidget;
    m_driftTree->setObjectName(QStringLiteral("driftTree"));
    followThemeInItems(m_driftTree);
    m_driftTree->setAccessibleName(tr("Drift per host"));
    m_driftTree->setHeaderLabels({ tr("Host / what"), tr("Kind"), tr("Detail") });
    m_driftTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_driftDetail = new QPlainTextEdit;
    m_driftDetail->setObjectName(QStringLiteral("driftDetail"));
    m_driftDetail->setAccessibleName(tr("Diff of the selected drifted file"));
    m_driftDetail->setReadOnly(true);
    m_driftDetail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_driftDetail->setPlaceholderText(tr("diff of the selected file"));
    connect(m_driftTree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        m_driftDetail->setPlainText(item ? item->data(0, Qt::UserRole).toString() : QString());
    });
    split->addWidget(m_driftTree);
    split->addWidget(m_driftDetail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    v->addWidget(split, 1);
    return page;
}

QString ProvisionWizard::runLogDir() const
{
    const QString path = m_path->text().trimmed();
    // A workspace not saved yet has no folder of its own: the application's data folder.
    const QDir dir = path.isEmpty() ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                    : QFileInfo(path).absoluteDir();
    return dir.filePath(QStringLiteral("provision-runs"));
}

void ProvisionWizard::showHistory()
{
    const QString host = m_historyHost->currentText();
    if (host.isEmpty()) {
        m_history->clear();
        return;
    }
    const auto runs = RunJournal::read(runLogDir(), host, 20);
    m_history->setPlainText(runs.isEmpty() ? tr("No runs of %1 recorded yet.").arg(host)
                                           : RunJournal::text(runs));
    m_history->moveCursor(QTextCursor::End);
}

void ProvisionWizard::checkDrift()
{
    Plan plan;
    QString error;
    m_driftTree->clear();
    m_driftDetail->clear();
    m_convergeButton->setEnabled(false);
    if (!buildPlan(&plan, &error)) {
        m_driftStatus->setText(tr("Cannot plan: %1").arg(error));
        return;
    }
    m_driftStatus->setText(
        tr("Asking %1 hosts what differs (check mode: nothing changes)…").arg(plan.hosts.size()));
    ssh::SessionOptions options = sessionOptions();
    m_runner = std::make_unique<ProvisionRunner>(options);
    connect(m_runner.get(), &ProvisionRunner::finished, this, [this, plan](const RunSummary &checked) {
        m_driftStatus->setText(tr("Reading the running Mesos flags…"));
        runInBackground<DriftReport>(
            this,
            [plan, checked] {
                DriftReport report = Drift::fromCheckRun(plan, checked);
                Drift::addRunningFlags(&report, plan, 3000);
                return report;
            },
            [this](const DriftReport &report) {
                m_lastDrift = report;
                m_checkedSinceChange = true;
                showDrift();
                setBusy(false);
            });
    });
    RunOptions run;
    run.check = true;
    run.diff = true;
    run.forks = qBound(1, m_forks->text().toInt(), 500);
    setBusy(true);
    if (const Status started = m_runner->start(plan, run); !started) {
        setBusy(false);
        m_driftStatus->setText(started.error().message);
    }
}

void ProvisionWizard::showDrift()
{
    m_driftTree->clear();
    QStringList drifted;
    int unchecked = 0;
    for (const HostDrift &h : m_lastDrift.hosts) {
        auto *host = new QTreeWidgetItem({ h.host, QString(), QString() });
        if (!h.reachable) {
            ++unchecked;
            host->setText(1, tr("not checked"));
            host->setText(2, h.error);
            setStateForeground(host, 1, stateRole(StepState::Unreachable));
        } else if (h.items.isEmpty()) {
            host->setText(1, tr("in sync"));
            host->setText(2, tr("%n step(s) need nothing", nullptr, h.inSync));
            setStateForeground(host, 1, stateRole(StepState::Ok));
        } else {
            drifted << h.host;
            host->setText(1, tr("drifted"));
            host->setText(2,
                          tr("%1 file(s), %2 running flag(s), %3 other")
                              .arg(h.count(DriftItem::Kind::File))
                              .arg(h.count(DriftItem::Kind::Flag))
                              .arg(h.count(DriftItem::Kind::Step) + h.count(DriftItem::Kind::Failed)));
            setStateForeground(host, 1, stateRole(StepState::Changed));
        }
        host->setData(0, Qt::UserRole, h.notes.join(u'\n'));
        for (const DriftItem &i : h.items) {
            QString kind;
            switch (i.kind) {
            case DriftItem::Kind::File:
                kind = tr("file");
                break;
            case DriftItem::Kind::Flag:
                kind = tr("running flag");
                break;
            case DriftItem::Kind::Step:
                kind = tr("would run");
                break;
            case DriftItem::Kind::Failed:
                kind = tr("check failed");
                break;
            }
            auto *child = new QTreeWidgetItem({ i.what, kind, i.message });
            child->setToolTip(2, i.message);
            setStateForeground(
                child, 1,
                stateRole(i.kind == DriftItem::Kind::Failed ? StepState::Failed : StepState::Changed));
            child->setData(0, Qt::UserRole, i.diff.isEmpty() ? i.message : i.diff);
            host->addChild(child);
        }
        for (const QString &n : h.notes) {
            auto *note = new QTreeWidgetItem({ tr("note"), QString(), n });
            setStateForeground(note, 0, stateRole(StepState::Skipped));
            note->setToolTip(2, n);
            note->setData(0, Qt::UserRole, n);
            host->addChild(note);
        }
        m_driftTree->addTopLevelItem(host);
        host->setExpanded(!h.items.isEmpty());
    }
    m_driftTree->resizeColumnToContents(1);
    if (drifted.isEmpty())
        m_driftStatus->setText(
            unchecked ? tr("No drift on the hosts that answered; %n host(s) not checked.", nullptr, unchecked)
                      : tr("Every host is as the recipe would make it."));
    else
        m_driftStatus->setText(
            tr("Drifted: %1. Converge runs the recipe on them.").arg(drifted.join(QStringLiteral(", "))));
    m_convergeButton->setEnabled(!drifted.isEmpty());
    // The first drifted file's diff at once.
    for (int i = 0; i < m_driftTree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *h = m_driftTree->topLevelItem(i);
        if (h->childCount() > 0 && h->isExpanded()) {
            m_driftTree->setCurrentItem(h->child(0));
            break;
        }
    }
}

void ProvisionWizard::converge()
{
    QStringList drifted;
    for (const HostDrift &h : m_lastDrift.hosts) {
        if (h.reachable && !h.items.isEmpty())
            drifted << h.host;
    }
    if (drifted.isEmpty())
        return;
    m_limitBeforeConverge = m_limit->text();
    m_converging = true;
    m_limit->setText(drifted.join(u','));
    goToPage(RunPage);
    startRun();
}

void ProvisionWizard::setWorkspacePath(const QString &path)
{
    m_path->setText(path);
    loadWorkspace();
}

ssh::SessionOptions ProvisionWizard::sessionOptions() const
{
    ssh::SessionOptions options;
    options.knownHostsPath = m_knownHosts->text().trimmed();
    // A host not yet in known_hosts (a fresh machine) is asked about with its fingerprint; key
    // passphrases and passwords are asked for too (remembered for the session, in memory only).
    options.prompts = m_prompts;
    return options;
}

void ProvisionWizard::setDefaults(int forks, const QString &user, const QString &keyPath)
{
    m_forks->setText(QString::number(qBound(1, forks, 500)));
    m_defaultUser = user;
    m_defaultKey = keyPath;
    if (!user.isEmpty())
        m_user->setPlaceholderText(tr("%1 (Settings), unless the inventory names one").arg(user));
    if (!keyPath.isEmpty())
        m_key->setPlaceholderText(tr("%1 (Settings)").arg(keyPath));
}

void ProvisionWizard::setSshSettings(const QString &user, const QString &keyPath,
                                     const QString &knownHostsPath)
{
    m_user->setText(user);
    m_key->setText(keyPath);
    m_knownHosts->setText(knownHostsPath);
}

void ProvisionWizard::setBecomePassword(const QString &password)
{
    m_becomePassword->setText(password);
}

void ProvisionWizard::setRecipePath(const QString &path)
{
    int index = m_recipeBox->findData(path);
    if (index < 0) {
        index = m_recipeBox->count() - 1; // before "Recipe file…"
        m_recipeBox->insertItem(index, QFileInfo(path).fileName(), path);
    }
    m_recipeBox->setCurrentIndex(index);
    loadRecipe();
}

void ProvisionWizard::setRecipeVariable(const QString &name, const QString &value)
{
    for (int r = 0; r < m_variables->rowCount(); ++r) {
        if (m_variables->item(r, 0)->text() == name) {
            m_variables->item(r, 1)->setText(value);
            return;
        }
    }
    const int r = m_variables->rowCount();
    m_variables->insertRow(r);
    auto *key = new QTableWidgetItem(name);
    key->setFlags(key->flags() & ~Qt::ItemIsEditable);
    m_variables->setItem(r, 0, key);
    m_variables->setItem(r, 1, new QTableWidgetItem(value));
}

void ProvisionWizard::setWorkspace(const inventory::Workspace &workspace, const QString &path)
{
    m_path->setText(path);
    showTarget(ProvisionTarget::fromWorkspace(workspace),
               path.isEmpty() ? tr("the workspace open on the Inventory page (not saved yet)")
                              : tr("the workspace open on the Inventory page"));
}

void ProvisionWizard::loadWorkspace()
{
    m_checkedSinceChange = false;
    m_preflightFailed = false;
    const QString path = m_path->text().trimmed();
    m_target.reset();
    m_hostTable->setRowCount(0);
    if (path.isEmpty()) {
        m_workspaceStatus->setText(tr("Nothing yet: choose the inventory of the machines to set up."));
        updateButtons();
        return;
    }
    const auto opened = ProvisionTarget::open(path);
    if (!opened) {
        m_workspaceStatus->setText(tr("Cannot use it: %1").arg(opened.error().message));
        updateButtons();
        return;
    }
    showTarget(*opened, QDir::toNativeSeparators(path));
}

void ProvisionWizard::showTarget(const ProvisionTarget &target, const QString &source)
{
    m_checkedSinceChange = false;
    m_preflightFailed = false;
    m_hostTable->setRowCount(0);
    m_target = std::make_unique<ProvisionTarget>(target);
    if (m_user->text().isEmpty())
        m_user->setText(m_target->sshUser);
    if (m_key->text().isEmpty())
        m_key->setText(m_target->keyPath);
    const QStringList masters = m_target->roles.masters(m_target->inventory);
    const QStringList agents = m_target->roles.agents(m_target->inventory);
    QStringList hosts = masters;
    for (const QString &a : agents) {
        if (!hosts.contains(a))
            hosts << a;
    }
    for (const QString &h : hosts) {
        const QVariantMap vars = m_target->inventory.effectiveVars(h);
        const int r = m_hostTable->rowCount();
        m_hostTable->insertRow(r);
        QStringList roles;
        if (masters.contains(h))
            roles << tr("master");
        if (agents.contains(h))
            roles << tr("agent");
        m_hostTable->setItem(r, 0, new QTableWidgetItem(h));
        m_hostTable->setItem(r, 1,
                             new QTableWidgetItem(vars.value(QStringLiteral("ansible_host"), h).toString()));
        m_hostTable->setItem(r, 2, new QTableWidgetItem(roles.join(QStringLiteral(", "))));
        m_hostTable->setItem(r, 3, new QTableWidgetItem(vars.value(QStringLiteral("zoo_id")).toString()));
    }
    m_hostTable->resizeColumnsToContents();
    m_workspaceStatus->setText(
        tr("%1 masters, %2 agents, from %3.").arg(masters.size()).arg(agents.size()).arg(source));
    updateButtons();
}

void ProvisionWizard::loadRecipe()
{
    m_checkedSinceChange = false;
    const QString path = m_recipeBox->currentData().toString();
    const auto r = RecipeLoader::loadFile(path);
    m_variables->setRowCount(0);
    if (!r) {
        m_recipe.reset();
        m_recipeDescription->setText(
            tr("<b>This recipe has errors:</b><br>%1")
                .arg(r.error().message.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"))));
        updateButtons();
        return;
    }
    m_recipe = std::make_unique<Recipe>(*r);
    m_recipeDescription->setText(r->description);
    for (auto it = r->variables.begin(); it != r->variables.end(); ++it)
        setRecipeVariable(it.key(), it.value().toString());
    updateButtons();
}

ProvisionTarget ProvisionWizard::target() const
{
    ProvisionTarget t = m_target ? *m_target : ProvisionTarget {};
    t.sshUser = m_user->text().trimmed();
    if (t.sshUser.isEmpty())
        t.sshUser = m_defaultUser;
    t.keyPath = m_key->text().trimmed();
    if (t.keyPath.isEmpty())
        t.keyPath = m_defaultKey.startsWith(QStringLiteral("~/")) ? QDir::homePath() + m_defaultKey.mid(1)
                                                                  : m_defaultKey;
    t.becomePassword = m_becomePassword->text();
    for (int r = 0; r < m_variables->rowCount(); ++r) {
        const QString name = m_variables->item(r, 0)->text();
        const QString value = m_variables->item(r, 1)->text();
        const QVariant def = m_recipe ? m_recipe->variables.value(name) : QVariant();
        if (def.isValid() && def.toString() == value)
            continue;
        if (value == u"true" || value == u"false")
            t.variables.insert(name, value == u"true");
        else
            t.variables.insert(name, value);
    }
    return t;
}

void ProvisionWizard::setDrainFirst(RunOptions *options) const
{
    options->drainFirst = m_drainFirst->isChecked();
    if (!options->drainFirst)
        return;
    for (const QString &text : m_drainMasters->text().split(u',', Qt::SkipEmptyParts)) {
        // One that is no master URL is tried as given and named in the run's error.
        options->drain.masters << mesos::MesosOperator::masterUrl(text).value_or(QUrl(text.trimmed()));
    }
    // Else the masters of the whole cluster, whatever the limit says.
    if (options->drain.masters.isEmpty() && m_recipe && m_target) {
        if (const auto whole = Planner::build(*m_recipe, target()))
            options->drain.masters = DrainOptions::mastersOf(*whole);
    }
}

bool ProvisionWizard::buildPlan(Plan *plan, QString *error)
{
    if (!m_target || !m_recipe) {
        *error = !m_target ? tr("Choose an inventory first.") : tr("The recipe has errors.");
        return false;
    }
    QStringList limit;
    if (!m_limit->text().trimmed().isEmpty())
        limit << m_limit->text().trimmed();
    const auto p = Planner::build(*m_recipe, target(), limit);
    if (!p) {
        *error = p.error().message;
        return false;
    }
    *plan = *p;
    return true;
}

int ProvisionWizard::currentPage() const
{
    return m_stack->currentIndex();
}

void ProvisionWizard::goToPage(int page)
{
    page = qBound(0, page, m_stack->count() - 1);
    m_stack->setCurrentIndex(page);
    m_steps->setCurrentRow(page);
    updateButtons();
}

bool ProvisionWizard::isBusy() const
{
    return m_busy;
}

void ProvisionWizard::setBusy(bool busy)
{
    m_busy = busy;
    m_runButton->setEnabled(!busy);
    m_cancelButton->setEnabled(busy && m_runner && m_runner->isRunning());
    updateButtons();
    emit busyChanged(busy);
}

bool ProvisionWizard::isReachable(int page) const
{
    const bool ready = m_target && m_recipe;
    switch (page) {
    case WorkspacePage:
        return true;
    case MethodPage:
        return bool(m_target);
    case PlanPage:
    case RunPage:
    case PostflightPage:
        // Not past a preflight that found errors (or is running).
        return ready && !m_preflightFailed;
    case SummaryPage:
        return ready && !m_lastRun.recap.isEmpty(); // something ran
    default:
        return ready;
    }
}

void ProvisionWizard::updateButtons()
{
    const int page = currentPage();
    m_back->setEnabled(page > 0 && !m_busy);
    m_next->setEnabled(page < SummaryPage && !m_busy && isReachable(page + 1));
    QString why;
    if (page == PreflightPage && m_preflightFailed)
        why = tr("Fix the errors the preflight found, then run the checks again.");
    else if (page + 1 == SummaryPage && m_lastRun.recap.isEmpty())
        why = tr("Nothing has run yet: the summary comes after a run.");
    m_next->setToolTip(why);
    for (int row = 0; row < m_steps->count(); ++row) {
        QListWidgetItem *item = m_steps->item(row);
        const bool reachable = isReachable(row);
        item->setFlags(reachable ? item->flags() | Qt::ItemIsEnabled : item->flags() & ~Qt::ItemIsEnabled);
    }
    m_retryFailed->setEnabled(!m_busy && !m_lastRun.badHosts().isEmpty());
}

QTreeWidgetItem *ProvisionWizard::preflightItem(const PreflightIssue &issue) const
{
    const QString level = issue.isError() ? tr("error") : issue.isWarning() ? tr("warning") : tr("info");
    auto *item = new QTreeWidgetItem(
        { level, issue.host.isEmpty() ? tr("(cluster)") : issue.host, issue.check, issue.message });
    if (issue.isError() || issue.isWarning())
        setStateForeground(item, 0,
                           issue.isError() ? stateRole(StepState::Failed) : stateRole(StepState::Changed));
    item->setToolTip(3, issue.message);
    return item;
}

void ProvisionWizard::showPreflightHost(const QString &host, const QList<PreflightIssue> &issues)
{
    // The host's row ("checking…") makes way for its findings, or for one "ok" row.
    QTreeWidgetItem *placeholder = m_preflightRows.take(host);
    int at = placeholder ? m_issues->indexOfTopLevelItem(placeholder) : m_issues->topLevelItemCount();
    delete placeholder;
    if (issues.isEmpty()) {
        auto *ok = new QTreeWidgetItem({ tr("ok"), host, tr("all"), tr("Every check passed.") });
        setStateForeground(ok, 0, stateRole(StepState::Ok));
        m_issues->insertTopLevelItem(at, ok);
    }
    for (const PreflightIssue &issue : issues)
        m_issues->insertTopLevelItem(at++, preflightItem(issue));
}

void ProvisionWizard::runPreflight()
{
    if (!m_recipe || !m_target)
        return;
    m_issues->clear();
    m_preflightRows.clear();
    m_preflightFailed = false;
    const auto cluster = Preflight::checkInventory(*m_recipe, target());
    for (const PreflightIssue &issue : cluster)
        m_issues->addTopLevelItem(preflightItem(issue));
    if (!m_hostChecks->isChecked()) {
        Plan plan;
        QString error;
        m_preflightFailed = !buildPlan(&plan, &error) || Preflight::hasErrors(cluster);
        m_preflightStatus->setText(!error.isEmpty()        ? tr("Cannot plan: %1").arg(error)
                                       : m_preflightFailed ? tr("Fix the errors before running.")
                                                           : tr("The inventory makes a sound cluster."));
        updateButtons();
        return;
    }
    QStringList hosts = m_target->roles.masters(m_target->inventory);
    for (const QString &a : m_target->roles.agents(m_target->inventory)) {
        if (!hosts.contains(a))
            hosts << a;
    }
    m_preflightStatus->setText(tr("Asking the hosts for their addresses, then checking them over SSH…"));
    m_preflightProgress->setRange(0, qMax(1, int(hosts.size())));
    m_preflightProgress->setValue(0);
    m_preflightProgress->show();
    setBusy(true);
    ssh::SessionOptions options = sessionOptions();
    options.connectTimeoutMs = 5000;
    // Off the GUI thread: hosts known by name are asked for their IPv4
    // address (Mesos' `ip`) first, then planned and checked.
    struct Outcome
    {
        QHash<QString, QString> addresses;
        QStringList notes;
        QString planError;
        QStringList hosts; // as the checks name them, in plan order
        QList<PreflightIssue> issues;
    };
    const ProvisionTarget t = target();
    const Recipe recipe = *m_recipe;
    QStringList limit;
    if (!m_limit->text().trimmed().isEmpty())
        limit << m_limit->text().trimmed();
    // Each host's row as its checks start and end (queued to the GUI thread).
    Preflight::Progress progress;
    progress.started = [this](const QString &host) {
        QMetaObject::invokeMethod(
            this,
            [this, host] {
                auto *row = new QTreeWidgetItem({ tr("…"), host, tr("ssh"), tr("checking…") });
                m_issues->addTopLevelItem(row);
                m_preflightRows.insert(host, row);
            },
            Qt::QueuedConnection);
    };
    progress.finished = [this](const QString &host, const QList<PreflightIssue> &issues) {
        QMetaObject::invokeMethod(
            this,
            [this, host, issues] {
                showPreflightHost(host, issues);
                m_preflightProgress->setValue(m_preflightProgress->value() + 1);
                m_preflightStatus->setText(tr("Checking the hosts over SSH: %1 of %2 done…")
                                               .arg(m_preflightProgress->value())
                                               .arg(m_preflightProgress->maximum()));
            },
            Qt::QueuedConnection);
    };
    runInBackground<Outcome>(
        this,
        [t, recipe, limit, options, progress, hosts] {
            Outcome o;
            ProvisionTarget learned = t;
            const QStringList unknown = Planner::hostsNeedingAddress(recipe, t, hosts);
            o.addresses = Preflight::learnAddresses(t, unknown, options, 20, &o.notes);
            for (auto it = o.addresses.begin(); it != o.addresses.end(); ++it)
                learned.hostAddresses.insert(it.key(), it.value());
            const auto plan = Planner::build(recipe, learned, limit);
            if (!plan) {
                o.planError = plan.error().message;
                return o;
            }
            for (const HostPlan &h : plan->hosts)
                o.hosts << h.spec.displayName();
            o.issues = Preflight::checkHosts(*plan, options, 20, t.become, progress);
            return o;
        },
        [this, cluster](const Outcome &o) {
            if (m_target) {
                for (auto it = o.addresses.begin(); it != o.addresses.end(); ++it)
                    m_target->hostAddresses.insert(it.key(), it.value());
            }
            m_preflightProgress->hide();
            // The whole picture again, every host in plan order.
            m_issues->clear();
            m_preflightRows.clear();
            for (const PreflightIssue &issue : cluster)
                m_issues->addTopLevelItem(preflightItem(issue));
            if (!o.planError.isEmpty()) {
                m_preflightFailed = true;
                for (const QString &note : o.notes)
                    m_issues->addTopLevelItem(
                        preflightItem({ PreflightIssue::Severity::Error, {}, tr("address"), note }));
                m_issues->addTopLevelItem(
                    preflightItem({ PreflightIssue::Severity::Error, {}, tr("plan"), o.planError }));
                m_preflightStatus->setText(tr("Cannot plan: %1").arg(o.planError));
                setBusy(false);
                return;
            }
            for (const QString &host : o.hosts) {
                QList<PreflightIssue> own;
                for (const PreflightIssue &issue : o.issues) {
                    if (issue.host == host)
                        own << issue;
                }
                showPreflightHost(host, own);
            }
            bool warned = false;
            for (const PreflightIssue &i : o.issues)
                warned = warned || i.isWarning();
            m_preflightFailed = Preflight::hasErrors(cluster) || Preflight::hasErrors(o.issues);
            m_preflightStatus->setText(
                m_preflightFailed
                    ? tr("Fix the errors before running.")
                    : tr("All checks passed%1.").arg(warned ? tr(" (with warnings)") : QString()));
            setBusy(false);
        });
}

void ProvisionWizard::computePlan()
{
    Plan plan;
    QString error;
    m_planTree->clear();
    m_diff->clear();
    m_planHostItems.clear();
    m_identityWarnings.clear();
    m_planWarnings->hide();
    m_runWarnings->hide();
    if (!buildPlan(&plan, &error)) {
        m_planStatus->setText(tr("Cannot plan: %1").arg(error));
        return;
    }
    for (const HostPlan &h : plan.hosts) {
        auto *item = new QTreeWidgetItem({ h.host, QString(), tr("asking…"), QString() });
        m_planTree->addTopLevelItem(item);
        m_planHostItems.insert(h.host, item);
    }
    m_planStatus->setText(tr("Asking %1 hosts what would change (check mode)…").arg(plan.hosts.size()));
    ssh::SessionOptions options = sessionOptions();
    m_runner = std::make_unique<ProvisionRunner>(options);
    connect(m_runner.get(), &ProvisionRunner::stepFinished, this, &ProvisionWizard::onPlanStep);
    connect(m_runner.get(), &ProvisionRunner::hostRoleFinished, this,
            [this](const QString &host, const QString &role, const QString &state, const QString &reason) {
                if (state == u"ok")
                    return;
                if (auto *item = m_planHostItems.value(host))
                    item->addChild(new QTreeWidgetItem({ role, role, state, reason }));
            });
    connect(m_runner.get(), &ProvisionRunner::finished, this, [this](const RunSummary &s) {
        int changes = 0;
        for (const HostRecap &r : s.recap) {
            changes += r.changed;
            if (auto *item = m_planHostItems.value(r.host)) {
                item->setText(2, r.bad() ? tr("unreachable/failed") : tr("%n change(s)", nullptr, r.changed));
                setStateForeground(item, 2,
                                   r.bad() ? stateRole(StepState::Failed)
                                           : stateRole(r.changed ? StepState::Changed : StepState::Ok));
                item->setText(3, r.reason);
            }
        }
        m_planStatus->setText(s.success()
                                  ? tr("%n change(s) would be made; nothing was changed.", nullptr, changes)
                                  : tr("Some hosts could not be asked; see below."));
        m_checkedSinceChange = true;
        setBusy(false);
    });
    RunOptions options2;
    options2.check = true;
    options2.forks = qBound(1, m_forks->text().toInt(), 500);
    setDrainFirst(&options2);
    setBusy(true);
    if (const Status started = m_runner->start(plan, options2); !started) {
        setBusy(false);
        m_planStatus->setText(started.error().message);
    }
}

void ProvisionWizard::onPlanStep(const StepResult &r)
{
    QTreeWidgetItem *host = m_planHostItems.value(r.host);
    if (!host)
        return;
    auto *item = new QTreeWidgetItem({ (r.handler ? tr("handler: ") : QString()) + r.step, r.role,
                                       r.state == StepState::Changed ? tr("change") : stepStateName(r.state),
                                       r.state == StepState::Ok ? QString() : r.message });
    setStateForeground(item, 2, stateRole(r.state));
    const QString detail = (r.warning.isEmpty() ? QString() : tr("WARNING: %1\n\n").arg(r.warning))
        + (r.diff.isEmpty() ? r.message : r.diff);
    item->setData(0, Qt::UserRole, detail);
    host->addChild(item);
    if (!r.warning.isEmpty()) {
        item->setText(3, tr("new agent id needed: ") + r.message);
        setStateForeground(item, 3, stateRole(StepState::Failed));
        item->setToolTip(3, r.warning);
        if (!m_identityWarnings.contains(r.warning))
            m_identityWarnings << r.warning;
        showIdentityWarnings();
    }
    if (r.state == StepState::Changed)
        host->setExpanded(true);
}

void ProvisionWizard::showIdentityWarnings()
{
    if (m_identityWarnings.isEmpty())
        return;
    const QString text = tr("Agent identity: %1\n%2")
                             .arg(m_identityWarnings.join(QStringLiteral("\n")),
                                  m_drainFirst->isChecked()
                                      ? tr("“Drain agents first” is ticked: those agents are drained, given new "
                                           "ids and reactivated.")
                                      : tr("Tick “Drain agents first” (page 5) to drain those agents, give them "
                                           "new ids and reactivate them."));
    m_planWarnings->setText(text);
    m_planWarnings->show();
    m_runWarnings->setText(text);
    m_runWarnings->show();
}

void ProvisionWizard::startRun()
{
    Plan plan;
    QString error;
    if (!buildPlan(&plan, &error)) {
        m_runStatus->setText(tr("Cannot plan: %1").arg(error));
        return;
    }
    const auto issues = Preflight::checkInventory(*m_recipe, target());
    if (Preflight::hasErrors(issues)) {
        m_runStatus->setText(tr("Preflight errors: fix them first (page 3)."));
        return;
    }
    // Agent identity: never change attributes/resources unseen.
    const QStringList identityAgents = AgentIdentity::agentsWithIdentitySteps(plan);
    if (!identityAgents.isEmpty() && !m_checkedSinceChange) {
        m_runStatus->setText(tr("This recipe writes the attributes/resources of %1: a change there makes an "
                                "agent need a new agent id. Compute the plan first (page 4) to see "
                                "whether they change.")
                                 .arg(identityAgents.join(QStringLiteral(", "))));
        return;
    }
    m_runHosts->setRowCount(0);
    m_runSteps->clear();
    m_output->clear();
    m_hostRow.clear();
    m_hostTotal.clear();
    m_hostDone.clear();
    m_totalSteps = 0;
    m_doneSteps = 0;
    for (const HostPlan &h : plan.hosts) {
        int steps = 0;
        for (const RolePlan &r : h.roles)
            steps += int(r.steps.size());
        const int row = m_runHosts->rowCount();
        m_runHosts->insertRow(row);
        m_runHosts->setItem(row, 0, new QTableWidgetItem(h.host));
        auto *bar = new QProgressBar;
        bar->setRange(0, steps);
        bar->setValue(0);
        bar->setFormat(QStringLiteral("%v/%m"));
        m_runHosts->setCellWidget(row, 1, bar);
        m_runHosts->setItem(row, 2, new QTableWidgetItem(tr("waiting")));
        m_runHosts->setItem(row, 3, new QTableWidgetItem(tr("pending")));
        m_hostRow.insert(h.host, row);
        m_hostTotal.insert(h.host, steps);
        m_totalSteps += steps;
    }
    m_runHosts->resizeColumnToContents(0);
    m_overall->setRange(0, qMax(1, m_totalSteps));
    m_overall->setValue(0);
    ssh::SessionOptions options = sessionOptions();
    m_runner = std::make_unique<ProvisionRunner>(options);
    connect(m_runner.get(), &ProvisionRunner::stepFinished, this, &ProvisionWizard::onRunStep);
    connect(m_runner.get(), &ProvisionRunner::phaseStarted, this,
            [this](const QString &role, const QStringList &hosts) {
                m_runStatus->setText(tr("Role %1 on %2").arg(role, hosts.join(QStringLiteral(", "))));
            });
    connect(m_runner.get(), &ProvisionRunner::hostRoleStarted, this,
            [this](const QString &host, const QString &role) {
                if (m_hostRow.contains(host))
                    m_runHosts->item(m_hostRow.value(host), 3)->setText(tr("running %1").arg(role));
            });
    connect(m_runner.get(), &ProvisionRunner::hostRoleFinished, this,
            [this](const QString &host, const QString &role, const QString &state, const QString &reason) {
                if (!m_hostRow.contains(host) || state == u"ok")
                    return;
                QTableWidgetItem *item = m_runHosts->item(m_hostRow.value(host), 3);
                item->setText(QStringLiteral("%1 in %2: %3").arg(state, role, reason));
                setStateForeground(item, stateRole(StepState::Failed));
            });
    connect(m_runner.get(), &ProvisionRunner::outputLine, this, [this](const ssh::OutputLine &line) {
        m_output->appendPlainText(QStringLiteral("%1 | %2").arg(line.host, line.text));
    });
    connect(m_runner.get(), &ProvisionRunner::finished, this, &ProvisionWizard::onRunFinished);
    connect(m_runner.get(), &ProvisionRunner::notice, this, [this](const QString &host, const QString &text) {
        m_output->appendPlainText(QStringLiteral("%1 | %2").arg(host, text));
        if (m_hostRow.contains(host))
            m_runHosts->item(m_hostRow.value(host), 3)->setText(text);
    });
    RunOptions run;
    run.forks = qBound(1, m_forks->text().toInt(), 500);
    run.logDir = runLogDir();
    setDrainFirst(&run);
    setBusy(true);
    m_cancelButton->setEnabled(true);
    m_runner->setGate(m_gate);
    if (const Status started = m_runner->start(plan, run); !started) {
        setBusy(false);
        m_runStatus->setText(started.error().message);
    }
}

void ProvisionWizard::setGate(std::shared_ptr<const audit::ActionGate> gate, ChangeGuard *guard)
{
    m_gate = std::move(gate);
    if (!guard)
        return;
    for (QPushButton *b : { m_runButton, m_retryFailed, m_convergeButton })
        guard->guard(b);
    // What changed meanwhile (a run, a drift check) decides again once read-only ends.
    connect(guard, &ChangeGuard::changed, this, [this] {
        updateButtons();
        m_runButton->setEnabled(!m_busy);
        m_convergeButton->setEnabled(
            !m_busy
            && std::any_of(m_lastDrift.hosts.cbegin(), m_lastDrift.hosts.cend(),
                           [](const HostDrift &h) { return h.reachable && !h.items.isEmpty(); }));
    });
}

void ProvisionWizard::onRunStep(const StepResult &r)
{
    auto *item
        = new QTreeWidgetItem({ r.host, r.role, (r.handler ? tr("handler: ") : QString()) + r.step,
                                stepStateName(r.state), r.state == StepState::Ok ? QString() : r.message });
    setStateForeground(item, 3, stateRole(r.state));
    item->setToolTip(4, r.message);
    m_runSteps->addTopLevelItem(item);
    if (!r.warning.isEmpty()) {
        item->setText(4, tr("new agent id needed: ") + r.message);
        item->setToolTip(4, r.warning);
        m_output->appendPlainText(QStringLiteral("%1 | WARNING: %2").arg(r.host, r.warning));
    }
    m_runSteps->scrollToItem(item);
    if (!r.handler && m_hostRow.contains(r.host)) {
        const int row = m_hostRow.value(r.host);
        const int done = ++m_hostDone[r.host];
        if (auto *bar = qobject_cast<QProgressBar *>(m_runHosts->cellWidget(row, 1)))
            bar->setValue(done);
        m_runHosts->item(row, 2)->setText(r.step);
        m_overall->setValue(++m_doneSteps);
    }
}

void ProvisionWizard::onRunFinished(const RunSummary &summary)
{
    m_lastRun = summary;
    if (m_converging) {
        m_converging = false;
        m_limit->setText(m_limitBeforeConverge);
    }
    for (const HostRecap &r : summary.recap) {
        if (!m_hostRow.contains(r.host))
            continue;
        QTableWidgetItem *item = m_runHosts->item(m_hostRow.value(r.host), 3);
        if (!r.bad()) {
            item->setText(tr("done: %1 changed").arg(r.changed));
            setStateForeground(item, stateRole(r.changed ? StepState::Changed : StepState::Ok));
        }
    }
    m_runStatus->setText(
        summary.cancelled         ? tr("Cancelled.")
            : !summary.error.isEmpty() ? summary.error
            : summary.success()
            ? tr("Finished: %n change(s).", nullptr, summary.totalChanged())
            : tr("Finished with failures on %1.").arg(summary.badHosts().join(QStringLiteral(", "))));
    setBusy(false);
    m_cancelButton->setEnabled(false);
    showSummary();
}

void ProvisionWizard::showSummary()
{
    QString text = m_lastRun.recapText();
    if (!m_lastRun.logPath.isEmpty())
        text += tr("\nRun log: %1\n").arg(m_lastRun.logPath);
    m_recap->setPlainText(text);
    showProfile(m_lastRun.profile());
    const QString current = m_historyHost->currentText();
    {
        const QSignalBlocker block(m_historyHost);
        m_historyHost->clear();
        for (const HostRecap &r : m_lastRun.recap)
            m_historyHost->addItem(r.host);
        const int i = m_historyHost->findText(current);
        m_historyHost->setCurrentIndex(i >= 0 ? i : 0);
    }
    showHistory();
}

void ProvisionWizard::showProfile(const provision::RunProfile &profile)
{
    m_profile->clear();
    const auto seconds = [](qint64 ms) { return QLocale().toString(double(ms) / 1000.0, 'f', 2); };
    auto add = [&](const QString &label, const RunProfile::Row &r) {
        auto *item = new QTreeWidgetItem({ label, QLocale().toString(r.count), seconds(r.hostMs),
                                           seconds(r.wallMs),
                                           QStringLiteral("%1 / %2")
                                               .arg(QLocale().toString(r.maxAtOnce),
                                                    QLocale().toString(r.meanAtOnce, 'f', 1)) });
        for (int col = 1; col < 4; ++col)
            item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
        m_profile->addTopLevelItem(item);
        return item;
    };
    for (const RunProfile::Row &r : profile.rows)
        add(profileKindLabel(r.kind), r);
    if (!profile.isEmpty()) {
        QTreeWidgetItem *all = add(tr("all (%n host(s), %1 s)", nullptr, profile.hosts)
                                       .arg(seconds(profile.runWallMs)),
                                   profile.total);
        QFont bold = all->font(0);
        bold.setBold(true);
        for (int col = 0; col < 5; ++col)
            all->setFont(col, bold);
    }
    for (int col = 0; col < 5; ++col)
        m_profile->resizeColumnToContents(col);
    // As high as its rows: a compact table, no scrolling.
    const int rows = m_profile->topLevelItemCount();
    m_profile->setFixedHeight(m_profile->header()->sizeHint().height()
                              + rows * qMax(1, m_profile->sizeHintForRow(0)) + 2 * m_profile->frameWidth() + 2);
    m_profile->setHidden(rows == 0);
}

void ProvisionWizard::runPostflight()
{
    unfollowTheme(m_postflightStatus, kVerdicts);
    if (!m_target || !m_recipe) {
        m_postflightStatus->setText(tr("Choose an inventory and a recipe first."));
        return;
    }
    // The whole cluster, whatever the run was limited to.
    const auto plan = Planner::build(*m_recipe, target());
    if (!plan) {
        m_postflightStatus->setText(plan.error().message);
        return;
    }
    const PostflightTargets targets = PostflightTargets::fromPlan(*plan);
    m_postflight->clear();
    m_postflightStatus->setText(tr("Asking %1 ZooKeeper servers, %2 Mesos masters, %3 Marathons…")
                                    .arg(targets.zooKeeper.size())
                                    .arg(targets.mesosMasters.size())
                                    .arg(targets.marathons.size()));
    setBusy(true);
    runInBackground<PostflightReport>(
        this, [targets] { return Postflight::run(targets, 3000); },
        [this](const PostflightReport &report) {
            m_lastPostflight = report;
            for (const PostflightCheck &c : report.checks) {
                auto *item
                    = new QTreeWidgetItem({ c.host, c.service, c.ok ? tr("ok") : tr("failed"), c.detail });
                setStateForeground(item, 2, stateRole(c.ok ? StepState::Ok : StepState::Failed));
                item->setToolTip(3, c.detail);
                m_postflight->addTopLevelItem(item);
            }
            for (int col = 0; col < 3; ++col)
                m_postflight->resizeColumnToContents(col);
            // The verdicts in state colours, written again in a new theme's.
            followTheme(m_postflightStatus, kVerdicts, [this, verdicts = report.verdicts] {
                QStringList lines;
                for (const PostflightVerdict &v : verdicts) {
                    lines << QStringLiteral("<span style=\"color:%1\">%2: %3</span>")
                                 .arg(models::StateColorPalette().name(
                                          stateRole(v.ok ? StepState::Ok : StepState::Failed)),
                                      v.service.toHtmlEscaped(), v.text.toHtmlEscaped());
                }
                if (lines.isEmpty())
                    lines << tr("The recipe runs none of ZooKeeper, Mesos masters, Marathon: nothing to ask.");
                m_postflightStatus->setText(lines.join(QStringLiteral("<br>")));
            });
            setBusy(false);
        });
}

} // namespace mc::widgets
