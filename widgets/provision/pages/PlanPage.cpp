#include "widgets/provision/pages/PlanPage.h"

#include "core/provision/ProvisionRunner.h"
#include "widgets/common/ElidedLabel.h"
#include "widgets/common/ThemeFollow.h"
#include "widgets/provision/CheckPanel.h"
#include "widgets/provision/ProvisionContext.h"

#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mc::widgets::wizard {

using namespace mc::provision;

PlanPage::PlanPage(ProvisionContext *context, QWidget *parent)
    : WizardPage(context, QStringLiteral("planPage"), tr("Plan"),
                 tr("Hosts × steps, asked of the hosts in check mode: nothing changes. Select a file step "
                    "to see its diff."),
                 parent)
{
    auto *panel = new CheckPanel;
    panel->addButton(tr("Compute plan"), QStringLiteral("computePlan"), this, &PlanPage::computePlan);
    m_status = panel->addStatus(QStringLiteral("planStatus"), tr("No plan yet."),
                                CheckPanel::StatusPlace::BesideActions);
    m_warnings = panel->addWarning(QStringLiteral("planWarnings"));
    m_tree = CheckPanel::findingsTree(QStringLiteral("planTree"), tr("Plan per host and step"),
                                      { tr("Host / step"), tr("Role"), tr("Would"), tr("Detail") });
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_diff = CheckPanel::textView(QStringLiteral("planDiff"), tr("Diff of the selected file"),
                                  tr("diff of the selected file"));
    panel->addFindings(m_tree, m_diff);
    pageLayout()->addWidget(panel, 1);
    connect(m_context, &ProvisionContext::identityWarningsChanged, this,
            [this] { showIdentityWarnings(*m_context, m_warnings); });
}

void PlanPage::computePlan()
{
    Plan plan;
    QString error;
    m_tree->clear();
    m_diff->clear();
    m_hostItems.clear();
    m_context->clearIdentityWarnings();
    if (!m_context->buildPlan(&plan, &error)) {
        m_status->setText(tr("Cannot plan: %1").arg(error));
        return;
    }
    for (const HostPlan &h : plan.hosts) {
        auto *item = new QTreeWidgetItem({ h.host, QString(), tr("asking…"), QString() });
        m_tree->addTopLevelItem(item);
        m_hostItems.insert(h.host, item);
    }
    m_status->setText(tr("Asking %1 hosts what would change (check mode)…").arg(plan.hosts.size()));
    ProvisionRunner *runner = m_context->newRunner();
    connect(runner, &ProvisionRunner::stepFinished, this, [this](const StepResult &r) { onStep(r); });
    connect(runner, &ProvisionRunner::hostRoleFinished, this,
            [this](const QString &host, const QString &role, const QString &state, const QString &reason) {
                onHostRoleFinished(host, role, state, reason);
            });
    connect(runner, &ProvisionRunner::finished, this, [this](const RunSummary &s) { onFinished(s); });
    RunOptions options;
    options.check = true;
    options.forks = m_context->forks();
    m_context->setDrainFirst(&options);
    m_context->setBusy(true);
    if (const Status started = runner->start(plan, options); !started) {
        m_context->setBusy(false);
        m_status->setText(started.error().message);
    }
}

void PlanPage::onHostRoleFinished(const QString &host, const QString &role, const QString &state,
                                  const QString &reason)
{
    if (state == u"ok")
        return;
    if (auto *item = m_hostItems.value(host))
        item->addChild(new QTreeWidgetItem({ role, role, state, reason }));
}

void PlanPage::onFinished(const RunSummary &s)
{
    int changes = 0;
    for (const HostRecap &r : s.recap) {
        changes += r.changed;
        if (auto *item = m_hostItems.value(r.host)) {
            item->setText(2, r.bad() ? tr("unreachable/failed") : tr("%n change(s)", nullptr, r.changed));
            setStateForeground(item, 2,
                               r.bad() ? stateRole(StepState::Failed)
                                       : stateRole(r.changed ? StepState::Changed : StepState::Ok));
            item->setText(3, r.reason);
        }
    }
    m_status->setText(s.success() ? tr("%n change(s) would be made; nothing was changed.", nullptr, changes)
                                  : tr("Some hosts could not be asked; see below."));
    m_context->checkedSinceChange = true;
    m_context->setBusy(false);
}

void PlanPage::onStep(const StepResult &r)
{
    QTreeWidgetItem *host = m_hostItems.value(r.host);
    if (!host)
        return;
    auto *item = new QTreeWidgetItem({ (r.handler ? tr("handler: ") : QString()) + r.step, r.role,
                                       r.state == StepState::Changed ? tr("change") : stepStateLabel(r.state),
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
        m_context->addIdentityWarning(r.warning);
    }
    if (r.state == StepState::Changed)
        host->setExpanded(true);
}

} // namespace mc::widgets::wizard
