#include "widgets/provision/pages/DriftPage.h"

#include "core/provision/Drift.h"
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

namespace {

constexpr int kFlagsTimeoutMs = 3000;

QString kindName(DriftItem::Kind kind)
{
    switch (kind) {
    case DriftItem::Kind::File:
        return WizardPage::tr("file");
    case DriftItem::Kind::Flag:
        return WizardPage::tr("running flag");
    case DriftItem::Kind::Step:
        return WizardPage::tr("would run");
    case DriftItem::Kind::Failed:
        break;
    }
    return WizardPage::tr("check failed");
}

} // namespace

DriftPage::DriftPage(ProvisionContext *context, QWidget *parent)
    : WizardPage(context, QStringLiteral("driftPage"), tr("Drift"),
                 tr("What each host has now against what the recipe would write: every file that "
                    "differs (with its diff), what would run, and the flags the Mesos masters and "
                    "agents run with (/master/flags, /slave(1)/flags). Nothing changes until you "
                    "converge."),
                 parent)
{
    auto *panel = new CheckPanel;
    panel->addButton(tr("Check for drift"), QStringLiteral("checkDrift"), this, &DriftPage::checkDrift);
    m_convergeButton = panel->addButton(tr("Converge drifted hosts"), QStringLiteral("convergeButton"), this,
                                        &DriftPage::converge);
    m_convergeButton->setEnabled(false);
    m_status = panel->addStatus(QStringLiteral("driftStatus"), tr("Not checked yet."),
                                CheckPanel::StatusPlace::BesideActions);
    m_tree = CheckPanel::findingsTree(QStringLiteral("driftTree"), tr("Drift per host"),
                                      { tr("Host / what"), tr("Kind"), tr("Detail") });
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_detail = CheckPanel::textView(QStringLiteral("driftDetail"), tr("Diff of the selected drifted file"),
                                    tr("diff of the selected file"));
    panel->addFindings(m_tree, m_detail);
    pageLayout()->addWidget(panel, 1);
}

QStringList DriftPage::driftedHosts() const
{
    QStringList drifted;
    for (const HostDrift &h : m_context->lastDrift.hosts) {
        if (h.reachable && !h.items.isEmpty())
            drifted << h.host;
    }
    return drifted;
}

void DriftPage::updateConverge()
{
    m_convergeButton->setEnabled(!m_context->isBusy() && !driftedHosts().isEmpty());
}

void DriftPage::checkDrift()
{
    Plan plan;
    QString error;
    m_tree->clear();
    m_detail->clear();
    m_convergeButton->setEnabled(false);
    if (!m_context->buildPlan(&plan, &error)) {
        m_status->setText(tr("Cannot plan: %1").arg(error));
        return;
    }
    m_status->setText(
        tr("Asking %1 hosts what differs (check mode: nothing changes)…").arg(plan.hosts.size()));
    ProvisionRunner *runner = m_context->newRunner();
    connect(runner, &ProvisionRunner::finished, this, [this, plan](const RunSummary &checked) {
        m_status->setText(tr("Reading the running Mesos flags…"));
        runInBackground<DriftReport>(
            this,
            [plan, checked] {
                DriftReport report = Drift::fromCheckRun(plan, checked);
                Drift::addRunningFlags(&report, plan, kFlagsTimeoutMs);
                return report;
            },
            [this](const DriftReport &report) {
                m_context->lastDrift = report;
                m_context->checkedSinceChange = true;
                showDrift();
                m_context->setBusy(false);
            });
    });
    RunOptions run;
    run.check = true;
    run.diff = true;
    run.forks = m_context->forks();
    m_context->setBusy(true);
    if (const Status started = runner->start(plan, run); !started) {
        m_context->setBusy(false);
        m_status->setText(started.error().message);
    }
}

QTreeWidgetItem *DriftPage::hostItem(const HostDrift &h) const
{
    auto *host = new QTreeWidgetItem({ h.host, QString(), QString() });
    if (!h.reachable) {
        host->setText(1, tr("not checked"));
        host->setText(2, h.error);
        setStateForeground(host, 1, stateRole(StepState::Unreachable));
    } else if (h.items.isEmpty()) {
        host->setText(1, tr("in sync"));
        host->setText(2, tr("%n step(s) need nothing", nullptr, h.inSync));
        setStateForeground(host, 1, stateRole(StepState::Ok));
    } else {
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
        auto *child = new QTreeWidgetItem({ i.what, kindName(i.kind), i.message });
        child->setToolTip(2, i.message);
        setStateForeground(
            child, 1, stateRole(i.kind == DriftItem::Kind::Failed ? StepState::Failed : StepState::Changed));
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
    return host;
}

void DriftPage::showDrift()
{
    m_tree->clear();
    int unchecked = 0;
    for (const HostDrift &h : m_context->lastDrift.hosts) {
        unchecked += h.reachable ? 0 : 1;
        QTreeWidgetItem *host = hostItem(h);
        m_tree->addTopLevelItem(host);
        host->setExpanded(!h.items.isEmpty());
    }
    m_tree->resizeColumnToContents(1);
    const QStringList drifted = driftedHosts();
    if (drifted.isEmpty())
        m_status->setText(
            unchecked ? tr("No drift on the hosts that answered; %n host(s) not checked.", nullptr, unchecked)
                      : tr("Every host is as the recipe would make it."));
    else
        m_status->setText(
            tr("Drifted: %1. Converge runs the recipe on them.").arg(drifted.join(QStringLiteral(", "))));
    m_convergeButton->setEnabled(!drifted.isEmpty());
    // The first drifted file's diff at once.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *h = m_tree->topLevelItem(i);
        if (h->childCount() > 0 && h->isExpanded()) {
            m_tree->setCurrentItem(h->child(0));
            break;
        }
    }
}

void DriftPage::converge()
{
    const QStringList drifted = driftedHosts();
    if (!drifted.isEmpty())
        m_context->runOn(drifted);
}

} // namespace mc::widgets::wizard
