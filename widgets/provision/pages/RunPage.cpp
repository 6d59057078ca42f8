#include "widgets/provision/pages/RunPage.h"

#include "core/provision/AgentIdentity.h"
#include "core/provision/Preflight.h"
#include "core/provision/ProvisionRunner.h"
#include "widgets/common/ElidedLabel.h"
#include "widgets/common/ThemeFollow.h"
#include "widgets/provision/CheckPanel.h"
#include "widgets/provision/ProvisionContext.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mc::widgets::wizard {

using namespace mc::provision;

namespace {
constexpr int kOutputLines = 5000;
} // namespace

RunPage::RunPage(ProvisionContext *context, QWidget *parent)
    : WizardPage(context, QStringLiteral("runPage"), tr("Run"),
                 tr("ZooKeeper first, then Mesos masters, Marathon, HAProxy, then agents. A "
                    "service restarts only when one of its files changed."),
                 parent)
{
    auto *panel = new CheckPanel;
    m_runButton = panel->addButton(tr("Run"), QStringLiteral("provisionRun"), this, &RunPage::startRun);
    m_cancelButton = panel->addButton(tr("Cancel"), QStringLiteral("runCancel"), this, [this] {
        if (ProvisionRunner *runner = m_context->runner())
            runner->cancel();
        m_status->setText(tr("Cancelling: running steps finish, nothing new starts…"));
    });
    m_cancelButton->setEnabled(false);
    m_overall = new QProgressBar;
    m_overall->setObjectName(QStringLiteral("runProgress"));
    m_overall->setFormat(tr("%v of %m steps"));
    panel->addToActions(m_overall, 1);
    m_drainFirst = new QCheckBox(tr("Drain agents first"));
    m_drainFirst->setObjectName(QStringLiteral("provisionDrainFirst"));
    m_drainFirst->setToolTip(tr(
        "An agent whose attributes or resources would change is drained first (Mesos 1.9+: its tasks are "
        "killed and replaced elsewhere; the run waits until it is DRAINED), its agent id removed, the "
        "recipe applied (the agent starts under a new id) and the agent reactivated. Without it, such a "
        "run needs a new agent id and loses the agent's tasks. The plan (page 4) says what it would drain."));
    m_drainMasters = new QLineEdit;
    m_drainMasters->setObjectName(QStringLiteral("provisionDrainMasters"));
    m_drainMasters->setPlaceholderText(tr("the inventory's masters, or http://m1:5050,http://m2:5050"));
    m_drainMasters->setAccessibleName(tr("Mesos masters to drain through"));
    m_drainMasters->setEnabled(false);
    connect(m_drainFirst, &QCheckBox::toggled, m_drainMasters, &QWidget::setEnabled);
    auto *drainRow = new QHBoxLayout;
    drainRow->addWidget(m_drainFirst);
    drainRow->addWidget(new QLabel(tr("through:")));
    drainRow->addWidget(m_drainMasters, 1);
    panel->addLayout(drainRow);
    m_status
        = panel->addStatus(QStringLiteral("runStatus"), tr("Not started."), CheckPanel::StatusPlace::Below);
    m_warnings = panel->addWarning(QStringLiteral("runWarnings"));
    // What the warnings say about draining changes with the check box, on both pages.
    connect(m_drainFirst, &QCheckBox::toggled, m_context, &ProvisionContext::identityWarningsChanged);
    connect(m_context, &ProvisionContext::identityWarningsChanged, this,
            [this] { showIdentityWarnings(*m_context, m_warnings); });

    m_hosts = CheckPanel::table(QStringLiteral("runHosts"), tr("Progress per host"),
                                { tr("Host"), tr("Progress"), tr("Step"), tr("State") });
    followThemeInItems(m_hosts);
    m_hosts->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_hosts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps = CheckPanel::findingsTree(QStringLiteral("runSteps"), tr("Steps run"),
                                       { tr("Host"), tr("Role"), tr("Step"), tr("State"), tr("Detail") });
    m_steps->setRootIsDecorated(false);
    m_output
        = CheckPanel::textView(QStringLiteral("runOutput"), tr("Live output"), tr("live output of commands"));
    m_output->setMaximumBlockCount(kOutputLines);
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_hosts);
    split->addWidget(m_steps);
    split->addWidget(m_output);
    panel->addWidget(split, 1);
    pageLayout()->addWidget(panel, 1);

    connect(m_context, &ProvisionContext::busyChanged, this, [this](bool busy) {
        m_runButton->setEnabled(!busy);
        m_cancelButton->setEnabled(busy && m_context->runner() && m_context->runner()->isRunning());
    });
    connect(m_context, &ProvisionContext::runRequested, this, &RunPage::startRun);
}

bool RunPage::drainFirst() const
{
    return m_drainFirst->isChecked();
}

QString RunPage::drainMasters() const
{
    return m_drainMasters->text();
}

QString RunPage::whyNotRun(const Plan &plan) const
{
    const auto issues = Preflight::checkInventory(*m_context->recipe, m_context->target());
    if (Preflight::hasErrors(issues))
        return tr("Preflight errors: fix them first (page 3).");
    // Agent identity: never change attributes/resources unseen.
    const QStringList identityAgents = AgentIdentity::agentsWithIdentitySteps(plan);
    if (!identityAgents.isEmpty() && !m_context->checkedSinceChange)
        return tr("This recipe writes the attributes/resources of %1: a change there makes an "
                  "agent need a new agent id. Compute the plan first (page 4) to see "
                  "whether they change.")
            .arg(identityAgents.join(QStringLiteral(", ")));
    return {};
}

void RunPage::startRun()
{
    Plan plan;
    QString error;
    if (!m_context->buildPlan(&plan, &error)) {
        m_status->setText(tr("Cannot plan: %1").arg(error));
        return;
    }
    if (const QString why = whyNotRun(plan); !why.isEmpty()) {
        m_status->setText(why);
        return;
    }
    showHosts(plan);
    ProvisionRunner *runner = m_context->newRunner();
    follow(runner);
    RunOptions run;
    run.forks = m_context->forks();
    run.logDir = m_context->runLogDir();
    m_context->setDrainFirst(&run);
    m_context->setBusy(true);
    m_cancelButton->setEnabled(true);
    runner->setGate(m_context->gate);
    if (const Status started = runner->start(plan, run); !started) {
        m_context->setBusy(false);
        m_status->setText(started.error().message);
    }
}

void RunPage::showHosts(const Plan &plan)
{
    m_hosts->setRowCount(0);
    m_steps->clear();
    m_output->clear();
    m_hostRow.clear();
    m_hostDone.clear();
    m_doneSteps = 0;
    int totalSteps = 0;
    for (const HostPlan &h : plan.hosts) {
        int steps = 0;
        for (const RolePlan &r : h.roles)
            steps += int(r.steps.size());
        const int row = m_hosts->rowCount();
        m_hosts->insertRow(row);
        m_hosts->setItem(row, 0, new QTableWidgetItem(h.host));
        auto *bar = new QProgressBar;
        bar->setRange(0, steps);
        bar->setValue(0);
        bar->setFormat(QStringLiteral("%v/%m"));
        m_hosts->setCellWidget(row, 1, bar);
        m_hosts->setItem(row, 2, new QTableWidgetItem(tr("waiting")));
        m_hosts->setItem(row, 3, new QTableWidgetItem(tr("pending")));
        m_hostRow.insert(h.host, row);
        totalSteps += steps;
    }
    m_hosts->resizeColumnToContents(0);
    m_overall->setRange(0, qMax(1, totalSteps));
    m_overall->setValue(0);
}

void RunPage::follow(ProvisionRunner *runner)
{
    connect(runner, &ProvisionRunner::stepFinished, this, [this](const StepResult &r) { onStep(r); });
    connect(runner, &ProvisionRunner::phaseStarted, this,
            [this](const QString &role, const QStringList &hosts) {
                m_status->setText(tr("Role %1 on %2").arg(role, hosts.join(QStringLiteral(", "))));
            });
    connect(
        runner, &ProvisionRunner::hostRoleStarted, this,
        [this](const QString &host, const QString &role) { setHostState(host, tr("running %1").arg(role)); });
    connect(runner, &ProvisionRunner::hostRoleFinished, this,
            [this](const QString &host, const QString &role, const QString &state, const QString &reason) {
                onHostRoleFinished(host, role, state, reason);
            });
    connect(runner, &ProvisionRunner::outputLine, this,
            [this](const ssh::OutputLine &line) { appendOutput(line.host, line.text); });
    connect(runner, &ProvisionRunner::finished, this, [this](const RunSummary &s) { onFinished(s); });
    connect(runner, &ProvisionRunner::notice, this, [this](const QString &host, const QString &text) {
        appendOutput(host, text);
        setHostState(host, text);
    });
}

void RunPage::appendOutput(const QString &host, const QString &text)
{
    m_output->appendPlainText(QStringLiteral("%1 | %2").arg(host, text));
}

void RunPage::setHostState(const QString &host, const QString &text)
{
    if (m_hostRow.contains(host))
        m_hosts->item(m_hostRow.value(host), 3)->setText(text);
}

void RunPage::onHostRoleFinished(const QString &host, const QString &role, const QString &state,
                                 const QString &reason)
{
    if (!m_hostRow.contains(host) || state == u"ok")
        return;
    QTableWidgetItem *item = m_hosts->item(m_hostRow.value(host), 3);
    item->setText(QStringLiteral("%1 in %2: %3").arg(state, role, reason));
    setStateForeground(item, stateRole(StepState::Failed));
}

void RunPage::onStep(const StepResult &r)
{
    auto *item
        = new QTreeWidgetItem({ r.host, r.role, (r.handler ? tr("handler: ") : QString()) + r.step,
                                stepStateLabel(r.state), r.state == StepState::Ok ? QString() : r.message });
    setStateForeground(item, 3, stateRole(r.state));
    item->setToolTip(4, r.message);
    m_steps->addTopLevelItem(item);
    if (!r.warning.isEmpty()) {
        item->setText(4, tr("new agent id needed: ") + r.message);
        item->setToolTip(4, r.warning);
        appendOutput(r.host, QStringLiteral("WARNING: %1").arg(r.warning));
    }
    m_steps->scrollToItem(item);
    if (!r.handler && m_hostRow.contains(r.host)) {
        const int row = m_hostRow.value(r.host);
        const int done = ++m_hostDone[r.host];
        if (auto *bar = qobject_cast<QProgressBar *>(m_hosts->cellWidget(row, 1)))
            bar->setValue(done);
        m_hosts->item(row, 2)->setText(r.step);
        m_overall->setValue(++m_doneSteps);
    }
}

void RunPage::onFinished(const RunSummary &summary)
{
    for (const HostRecap &r : summary.recap) {
        if (!m_hostRow.contains(r.host) || r.bad())
            continue;
        QTableWidgetItem *item = m_hosts->item(m_hostRow.value(r.host), 3);
        item->setText(tr("done: %1 changed").arg(r.changed));
        setStateForeground(item, stateRole(r.changed ? StepState::Changed : StepState::Ok));
    }
    m_status->setText(
        summary.cancelled              ? tr("Cancelled.")
            : !summary.error.isEmpty() ? summary.error
            : summary.success()
            ? tr("Finished: %n change(s).", nullptr, summary.totalChanged())
            : tr("Finished with failures on %1.").arg(summary.badHosts().join(QStringLiteral(", "))));
    // Kept (the limit of a retry given back) before the buttons decide again; the summary follows.
    m_context->setLastRun(summary);
    m_context->setBusy(false);
    m_cancelButton->setEnabled(false);
}

} // namespace mc::widgets::wizard
