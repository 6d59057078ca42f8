#include "widgets/provision/pages/PostflightPage.h"

#include "core/provision/Planner.h"
#include "core/provision/Postflight.h"
#include "widgets/common/ElidedLabel.h"
#include "widgets/common/ThemeFollow.h"
#include "widgets/provision/CheckPanel.h"
#include "widgets/provision/ProvisionContext.h"

#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mc::widgets::wizard {

using namespace mc::provision;

namespace {
const QString kVerdicts = QStringLiteral("verdicts"); // the status, followed in a theme
constexpr int kAnswerTimeoutMs = 3000;
} // namespace

PostflightPage::PostflightPage(ProvisionContext *context, QWidget *parent)
    : WizardPage(context, QStringLiteral("postflightPage"), tr("Postflight"),
                 tr("Does the cluster answer? ZooKeeper: one leader, the rest followers "
                    "(srvr); Mesos: every master names the same elected leader "
                    "(/master/redirect); Marathon: /ping."),
                 parent)
{
    auto *panel = new CheckPanel;
    panel->addButton(tr("Check the cluster"), QStringLiteral("checkCluster"), this,
                     &PostflightPage::runPostflight);
    m_status = panel->addStatus(QStringLiteral("postflightStatus"), tr("Not checked yet."),
                                CheckPanel::StatusPlace::BesideActions);
    m_status->setTextFormat(Qt::RichText);
    m_checks = CheckPanel::findingsTree(QStringLiteral("postflightChecks"), tr("Postflight checks"),
                                        { tr("Host"), tr("Service"), tr("State"), tr("Answer") });
    m_checks->setRootIsDecorated(false);
    panel->addFindings(m_checks);
    pageLayout()->addWidget(panel, 1);
}

void PostflightPage::runPostflight()
{
    unfollowTheme(m_status, kVerdicts);
    if (!m_context->isReady()) {
        m_status->setText(tr("Choose an inventory and a recipe first."));
        return;
    }
    // The whole cluster, whatever the run was limited to.
    const auto plan = Planner::build(*m_context->recipe, m_context->target());
    if (!plan) {
        m_status->setText(plan.error().message);
        return;
    }
    const PostflightTargets targets = PostflightTargets::fromPlan(*plan);
    m_checks->clear();
    m_status->setText(tr("Asking %1 ZooKeeper servers, %2 Mesos masters, %3 Marathons…")
                          .arg(targets.zooKeeper.size())
                          .arg(targets.mesosMasters.size())
                          .arg(targets.marathons.size()));
    m_context->setBusy(true);
    runInBackground<PostflightReport>(
        this, [targets] { return Postflight::run(targets, kAnswerTimeoutMs); },
        [this](const PostflightReport &report) {
            m_context->lastPostflight = report;
            showReport(report);
            m_context->setBusy(false);
        });
}

void PostflightPage::showReport(const PostflightReport &report)
{
    for (const PostflightCheck &c : report.checks) {
        auto *item = new QTreeWidgetItem({ c.host, c.service, c.ok ? tr("ok") : tr("failed"), c.detail });
        setStateForeground(item, 2, stateRole(c.ok ? StepState::Ok : StepState::Failed));
        item->setToolTip(3, c.detail);
        m_checks->addTopLevelItem(item);
    }
    for (int col = 0; col < 3; ++col)
        m_checks->resizeColumnToContents(col);
    // The verdicts in state colours, written again in a new theme's.
    followTheme(m_status, kVerdicts, [this, verdicts = report.verdicts] {
        QStringList lines;
        for (const PostflightVerdict &v : verdicts) {
            lines << QStringLiteral("<span style=\"color:%1\">%2: %3</span>")
                         .arg(models::StateColorPalette().name(
                                  stateRole(v.ok ? StepState::Ok : StepState::Failed)),
                              v.service.toHtmlEscaped(), v.text.toHtmlEscaped());
        }
        if (lines.isEmpty())
            lines << tr("The recipe runs none of ZooKeeper, Mesos masters, Marathon: nothing to ask.");
        m_status->setText(lines.join(QStringLiteral("<br>")));
    });
}

} // namespace mc::widgets::wizard
