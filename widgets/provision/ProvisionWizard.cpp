#include "widgets/provision/ProvisionWizard.h"

#include "core/cluster/ServiceProbe.h"
#include "core/provision/Planner.h"
#include "core/provision/ProvisionRunner.h"
#include "core/provision/RecipeLoader.h"

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
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QThread>
#include <QTreeWidget>
#include <QVBoxLayout>

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

QColor stateColor(StepState s)
{
    switch (s) {
    case StepState::Ok:
        return QColor(0x2e, 0x7d, 0x32);
    case StepState::Changed:
        return QColor(0xc7, 0x7c, 0x02);
    case StepState::Failed:
    case StepState::Unreachable:
        return QColor(0xc6, 0x28, 0x28);
    case StepState::Skipped:
        return QColor(0x75, 0x75, 0x75);
    }
    return {};
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
    m_steps = new QListWidget;
    for (const QString &s : { tr("1  Workspace"), tr("2  Install method"), tr("3  Preflight"), tr("4  Plan"),
                              tr("5  Run"), tr("6  Postflight"), tr("7  Summary") })
        m_steps->addItem(s);
    m_steps->setFixedWidth(170);
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
    m_stack->addWidget(buildWorkspacePage());
    m_stack->addWidget(buildMethodPage());
    m_stack->addWidget(buildPreflightPage());
    m_stack->addWidget(buildPlanPage());
    m_stack->addWidget(buildRunPage());
    m_stack->addWidget(buildPostflightPage());
    m_stack->addWidget(buildSummaryPage());

    m_back = new QPushButton(tr("Back"));
    m_next = new QPushButton(tr("Next"));
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
    m_path->setPlaceholderText(tr("inventory or workspace file"));
    auto *browse = new QPushButton(tr("Browse…"));
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
    m_user->setPlaceholderText(tr("ansible_user, ~/.ssh/config, or yours"));
    form->addRow(tr("SSH user:"), m_user);
    m_key = new QLineEdit;
    m_key->setPlaceholderText(tr("agent / default keys"));
    form->addRow(tr("Private key:"), m_key);
    m_knownHosts = new QLineEdit;
    m_knownHosts->setPlaceholderText(tr("~/.ssh/known_hosts"));
    form->addRow(tr("known_hosts:"), m_knownHosts);
    m_becomePassword = new QLineEdit;
    m_becomePassword->setEchoMode(QLineEdit::Password);
    m_becomePassword->setPlaceholderText(tr("empty: passwordless sudo (kept in memory only)"));
    form->addRow(tr("sudo password:"), m_becomePassword);
    v->addLayout(form);
    m_workspaceStatus = new QLabel(tr("Nothing yet: choose the inventory of the machines to set up."));
    m_workspaceStatus->setWordWrap(true);
    v->addWidget(m_workspaceStatus);
    m_hostTable = new QTableWidget(0, 4);
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
    m_recipeDescription = new QLabel;
    m_recipeDescription->setWordWrap(true);
    form->addRow(QString(), m_recipeDescription);
    m_limit = new QLineEdit;
    m_limit->setPlaceholderText(tr("all masters and agents"));
    form->addRow(tr("Limit to:"), m_limit);
    m_forks = new QLineEdit(QStringLiteral("20"));
    form->addRow(tr("Hosts at a time:"), m_forks);
    v->addLayout(form);
    m_variables = new QTableWidget(0, 2);
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
    connect(run, &QPushButton::clicked, this, &ProvisionWizard::runPreflight);
    m_hostChecks = new QCheckBox(tr("Check the hosts over SSH"));
    m_hostChecks->setChecked(true);
    row->addWidget(run);
    row->addWidget(m_hostChecks);
    row->addStretch();
    v->addLayout(row);
    m_preflightStatus = new QLabel(tr("Not checked yet."));
    v->addWidget(m_preflightStatus);
    m_issues = new QTreeWidget;
    m_issues->setHeaderLabels({ tr("Severity"), tr("Host"), tr("Check"), tr("What to do") });
    m_issues->setRootIsDecorated(false);
    m_issues->setWordWrap(true);
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
    connect(compute, &QPushButton::clicked, this, &ProvisionWizard::computePlan);
    row->addWidget(compute);
    m_planStatus = new QLabel(tr("No plan yet."));
    row->addWidget(m_planStatus, 1);
    v->addLayout(row);
    auto *split = new QSplitter(Qt::Vertical);
    m_planTree = new QTreeWidget;
    m_planTree->setHeaderLabels({ tr("Host / step"), tr("Role"), tr("Would"), tr("Detail") });
    m_planTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_diff = new QPlainTextEdit;
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
    connect(m_runButton, &QPushButton::clicked, this, &ProvisionWizard::startRun);
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setEnabled(false);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_runner)
            m_runner->cancel();
        m_runStatus->setText(tr("Cancelling: running steps finish, nothing new starts…"));
    });
    m_overall = new QProgressBar;
    m_overall->setFormat(tr("%v of %m steps"));
    row->addWidget(m_runButton);
    row->addWidget(m_cancelButton);
    row->addWidget(m_overall, 1);
    v->addLayout(row);
    m_runStatus = new QLabel(tr("Not started."));
    v->addWidget(m_runStatus);
    auto *split = new QSplitter(Qt::Vertical);
    m_runHosts = new QTableWidget(0, 4);
    m_runHosts->setHorizontalHeaderLabels({ tr("Host"), tr("Progress"), tr("Step"), tr("State") });
    m_runHosts->horizontalHeader()->setStretchLastSection(true);
    m_runHosts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_runHosts->verticalHeader()->hide();
    m_runHosts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runSteps = new QTreeWidget;
    m_runSteps->setHeaderLabels({ tr("Host"), tr("Role"), tr("Step"), tr("State"), tr("Detail") });
    m_runSteps->setRootIsDecorated(false);
    m_output = new QPlainTextEdit;
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
                         tr("Does the cluster answer? ZooKeeper: one leader, the rest followers; "
                            "Mesos masters: /health; Marathon: /ping.")));
    auto *check = new QPushButton(tr("Check the cluster"));
    connect(check, &QPushButton::clicked, this, &ProvisionWizard::runPostflight);
    auto *row = new QHBoxLayout;
    row->addWidget(check);
    m_postflightStatus = new QLabel(tr("Not checked yet."));
    row->addWidget(m_postflightStatus, 1);
    v->addLayout(row);
    m_postflight = new QTreeWidget;
    m_postflight->setHeaderLabels({ tr("Host"), tr("Service"), tr("Answer") });
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
    m_recap->setReadOnly(true);
    m_recap->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    v->addWidget(m_recap, 1);
    auto *row = new QHBoxLayout;
    m_retryFailed = new QPushButton(tr("Retry failed hosts only"));
    connect(m_retryFailed, &QPushButton::clicked, this, [this] {
        m_limit->setText(m_lastRun.badHosts().join(u','));
        goToPage(RunPage);
        startRun();
    });
    auto *again = new QPushButton(tr("Run again"));
    connect(again, &QPushButton::clicked, this, [this] { goToPage(PlanPage); });
    auto *cluster = new QPushButton(tr("Open Cluster view"));
    connect(cluster, &QPushButton::clicked, this, &ProvisionWizard::openClusterRequested);
    row->addWidget(m_retryFailed);
    row->addWidget(again);
    row->addStretch();
    row->addWidget(cluster);
    v->addLayout(row);
    return page;
}

void ProvisionWizard::setWorkspacePath(const QString &path)
{
    m_path->setText(path);
    loadWorkspace();
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

void ProvisionWizard::loadWorkspace()
{
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
        m_workspaceStatus->setText(
            tr("<b>Cannot use it:</b> %1").arg(opened.error().message.toHtmlEscaped()));
        updateButtons();
        return;
    }
    m_target = std::make_unique<ProvisionTarget>(*opened);
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
    m_workspaceStatus->setText(tr("%1 masters, %2 agents.").arg(masters.size()).arg(agents.size()));
    updateButtons();
}

void ProvisionWizard::loadRecipe()
{
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
    t.keyPath = m_key->text().trimmed();
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

void ProvisionWizard::updateButtons()
{
    const int page = currentPage();
    m_back->setEnabled(page > 0 && !m_busy);
    const bool ready = m_target && m_recipe;
    m_next->setEnabled(page < m_stack->count() - 1 && !m_busy
                       && (page == WorkspacePage ? bool(m_target) : ready));
}

void ProvisionWizard::runPreflight()
{
    if (!m_recipe || !m_target)
        return;
    m_issues->clear();
    auto addIssues = [this](const QList<PreflightIssue> &issues) {
        for (const PreflightIssue &i : issues) {
            auto *item
                = new QTreeWidgetItem({ i.isError() ? tr("error") : tr("warning"),
                                        i.host.isEmpty() ? tr("(cluster)") : i.host, i.check, i.message });
            item->setForeground(0, i.isError() ? QColor(0xc6, 0x28, 0x28) : QColor(0xc7, 0x7c, 0x02));
            item->setToolTip(3, i.message);
            m_issues->addTopLevelItem(item);
        }
        m_issues->resizeColumnToContents(0);
        m_issues->resizeColumnToContents(1);
        m_issues->resizeColumnToContents(2);
    };
    const auto cluster = Preflight::checkInventory(*m_recipe, target());
    addIssues(cluster);
    Plan plan;
    QString error;
    if (!buildPlan(&plan, &error)) {
        m_preflightStatus->setText(tr("Cannot plan: %1").arg(error));
        return;
    }
    if (!m_hostChecks->isChecked()) {
        m_preflightStatus->setText(Preflight::hasErrors(cluster)
                                       ? tr("Fix the errors before running.")
                                       : tr("The inventory makes a sound cluster."));
        return;
    }
    m_preflightStatus->setText(tr("Checking %1 hosts over SSH…").arg(plan.hosts.size()));
    setBusy(true);
    ssh::SessionOptions options;
    options.knownHostsPath = m_knownHosts->text().trimmed();
    options.connectTimeoutMs = 5000;
    const bool become = target().become;
    runInBackground<QList<PreflightIssue>>(
        this, [plan, options, become] { return Preflight::checkHosts(plan, options, 20, become); },
        [this, addIssues, cluster](const QList<PreflightIssue> &hostIssues) {
            addIssues(hostIssues);
            const bool bad = Preflight::hasErrors(cluster) || Preflight::hasErrors(hostIssues);
            m_preflightStatus->setText(
                bad ? tr("Fix the errors before running.")
                    : tr("All checks passed%1.")
                          .arg(hostIssues.isEmpty() ? QString() : tr(" (with warnings)")));
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
    ssh::SessionOptions options;
    options.knownHostsPath = m_knownHosts->text().trimmed();
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
                item->setForeground(2,
                                    r.bad() ? stateColor(StepState::Failed)
                                            : stateColor(r.changed ? StepState::Changed : StepState::Ok));
                item->setText(3, r.reason);
            }
        }
        m_planStatus->setText(s.success()
                                  ? tr("%n change(s) would be made; nothing was changed.", nullptr, changes)
                                  : tr("Some hosts could not be asked; see below."));
        setBusy(false);
    });
    RunOptions options2;
    options2.check = true;
    options2.forks = qBound(1, m_forks->text().toInt(), 500);
    setBusy(true);
    m_runner->start(plan, options2);
}

void ProvisionWizard::onPlanStep(const StepResult &r)
{
    QTreeWidgetItem *host = m_planHostItems.value(r.host);
    if (!host)
        return;
    auto *item = new QTreeWidgetItem({ (r.handler ? tr("handler: ") : QString()) + r.step, r.role,
                                       r.state == StepState::Changed ? tr("change") : stepStateName(r.state),
                                       r.state == StepState::Ok ? QString() : r.message });
    item->setForeground(2, stateColor(r.state));
    item->setData(0, Qt::UserRole, r.diff.isEmpty() ? r.message : r.diff);
    host->addChild(item);
    if (r.state == StepState::Changed)
        host->setExpanded(true);
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
    ssh::SessionOptions options;
    options.knownHostsPath = m_knownHosts->text().trimmed();
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
                item->setForeground(stateColor(StepState::Failed));
            });
    connect(m_runner.get(), &ProvisionRunner::outputLine, this, [this](const ssh::OutputLine &line) {
        m_output->appendPlainText(QStringLiteral("%1 | %2").arg(line.host, line.text));
    });
    connect(m_runner.get(), &ProvisionRunner::finished, this, &ProvisionWizard::onRunFinished);
    RunOptions run;
    run.forks = qBound(1, m_forks->text().toInt(), 500);
    run.logDir = QFileInfo(m_path->text()).absoluteDir().filePath(QStringLiteral("provision-runs"));
    setBusy(true);
    m_cancelButton->setEnabled(true);
    m_runner->start(plan, run);
}

void ProvisionWizard::onRunStep(const StepResult &r)
{
    auto *item
        = new QTreeWidgetItem({ r.host, r.role, (r.handler ? tr("handler: ") : QString()) + r.step,
                                stepStateName(r.state), r.state == StepState::Ok ? QString() : r.message });
    item->setForeground(3, stateColor(r.state));
    item->setToolTip(4, r.message);
    m_runSteps->addTopLevelItem(item);
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
    for (const HostRecap &r : summary.recap) {
        if (!m_hostRow.contains(r.host))
            continue;
        QTableWidgetItem *item = m_runHosts->item(m_hostRow.value(r.host), 3);
        if (!r.bad()) {
            item->setText(tr("done: %1 changed").arg(r.changed));
            item->setForeground(stateColor(r.changed ? StepState::Changed : StepState::Ok));
        }
    }
    m_runStatus->setText(
        summary.cancelled ? tr("Cancelled.")
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
    m_retryFailed->setEnabled(!m_lastRun.badHosts().isEmpty());
}

void ProvisionWizard::runPostflight()
{
    Plan plan;
    QString error;
    if (!buildPlan(&plan, &error)) {
        m_postflightStatus->setText(error);
        return;
    }
    struct Probe
    {
        QString host;
        QString service;
        bool ok = false;
        QString detail;
    };
    QList<std::pair<QString, QString>> masters; // host, address
    for (const HostPlan &h : plan.hosts) {
        if (h.master)
            masters << std::make_pair(h.host, h.values.value(QStringLiteral("address")).toString());
    }
    m_postflight->clear();
    m_postflightStatus->setText(tr("Asking %1 masters…").arg(masters.size()));
    setBusy(true);
    runInBackground<QList<Probe>>(
        this,
        [masters] {
            QList<Probe> out;
            const cluster::ServiceProbe::Ports ports;
            for (const auto &[host, address] : masters) {
                for (const auto service : { cluster::Service::ZooKeeper, cluster::Service::MesosMaster,
                                            cluster::Service::Marathon }) {
                    Probe p { host, cluster::serviceName(service), false, {} };
                    p.ok = cluster::ServiceProbe::answers(service, address, ports, 3000, &p.detail);
                    out << p;
                }
            }
            return out;
        },
        [this](const QList<Probe> &probes) {
            int leaders = 0;
            int followers = 0;
            bool allOk = true;
            for (const Probe &p : probes) {
                auto *item = new QTreeWidgetItem({ p.host, p.service, p.detail });
                item->setForeground(2, stateColor(p.ok ? StepState::Ok : StepState::Failed));
                m_postflight->addTopLevelItem(item);
                leaders += p.detail.contains(QStringLiteral("leader")) ? 1 : 0;
                followers += p.detail.contains(QStringLiteral("follower")) ? 1 : 0;
                allOk = allOk && p.ok;
            }
            m_postflight->resizeColumnToContents(0);
            m_postflight->resizeColumnToContents(1);
            m_postflightStatus->setText(
                tr("ZooKeeper: %1 leader, %2 followers. %3")
                    .arg(leaders)
                    .arg(followers)
                    .arg(allOk ? tr("Everything answers.") : tr("Some services do not answer.")));
            setBusy(false);
        });
}

} // namespace mc::widgets
