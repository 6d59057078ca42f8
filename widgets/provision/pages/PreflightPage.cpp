#include "widgets/provision/pages/PreflightPage.h"

#include "core/provision/Planner.h"
#include "widgets/common/ElidedLabel.h"
#include "widgets/common/ThemeFollow.h"
#include "widgets/provision/CheckPanel.h"
#include "widgets/provision/ProvisionContext.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace mc::widgets::wizard {

using namespace mc::provision;

namespace {
constexpr int kConnectTimeoutMs = 5000;
constexpr int kHostsAtOnce = 20;
} // namespace

// What the checks off the GUI thread found.
struct PreflightPage::Outcome
{
    QHash<QString, QString> addresses; // learned for hosts known by name
    QStringList notes;
    QString planError;
    QStringList hosts; // as the checks name them, in plan order
    QList<PreflightIssue> issues;
};

// What the checks off the GUI thread need, copied from the pages.
struct PreflightPage::HostCheckJob
{
    ProvisionTarget target;
    Recipe recipe;
    QStringList limit;
    QStringList hosts;
    ssh::SessionOptions options;
    Preflight::Progress progress;
};

PreflightPage::PreflightPage(ProvisionContext *context, QWidget *parent)
    : WizardPage(context, QStringLiteral("preflightPage"), tr("Preflight"),
                 tr("Before any host is touched: unique ZooKeeper ids, an odd master count, a majority "
                    "quorum, port clashes; on every host SSH, sudo, OS and init system, a host name not "
                    "mapped to 127.0.1.1, ports 2181/2888/3888/5050/5051/8080/80, disk, clock."),
                 parent)
{
    auto *panel = new CheckPanel;
    panel->addButton(tr("Run checks"), QStringLiteral("runChecks"), this, &PreflightPage::runPreflight);
    m_hostChecks = new QCheckBox(tr("Check the hosts over SSH"));
    m_hostChecks->setObjectName(QStringLiteral("preflightHostChecks"));
    m_hostChecks->setChecked(true);
    panel->addToActions(m_hostChecks);
    m_status = panel->addStatus(QStringLiteral("preflightStatus"), tr("Not checked yet."),
                                CheckPanel::StatusPlace::Below);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("preflightProgress"));
    m_progress->setFormat(tr("%v of %m hosts checked"));
    m_progress->hide();
    panel->addWidget(m_progress);
    m_findings = CheckPanel::findingsTree(QStringLiteral("preflightFindings"), tr("Preflight findings"),
                                          { tr("Severity"), tr("Host"), tr("Check"), tr("What to do") });
    m_findings->setRootIsDecorated(false);
    // Long findings wrap in their column (scrolled vertically), never widen the window.
    m_findings->setWordWrap(true);
    m_findings->setUniformRowHeights(false);
    m_findings->setTextElideMode(Qt::ElideNone);
    m_findings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_findings->header()->setStretchLastSection(true);
    for (int column = 0; column < 3; ++column)
        m_findings->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    panel->addFindings(m_findings);
    pageLayout()->addWidget(panel, 1);
}

QTreeWidgetItem *PreflightPage::issueItem(const PreflightIssue &issue) const
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

void PreflightPage::showIssues(const QList<PreflightIssue> &issues)
{
    for (const PreflightIssue &issue : issues)
        m_findings->addTopLevelItem(issueItem(issue));
}

void PreflightPage::showHost(const QString &host, const QList<PreflightIssue> &issues)
{
    // The host's row ("checking…") makes way for its findings, or for one "ok" row.
    QTreeWidgetItem *placeholder = m_rows.take(host);
    int at = placeholder ? m_findings->indexOfTopLevelItem(placeholder) : m_findings->topLevelItemCount();
    delete placeholder;
    if (issues.isEmpty()) {
        auto *ok = new QTreeWidgetItem({ tr("ok"), host, tr("all"), tr("Every check passed.") });
        setStateForeground(ok, 0, stateRole(StepState::Ok));
        m_findings->insertTopLevelItem(at, ok);
    }
    for (const PreflightIssue &issue : issues)
        m_findings->insertTopLevelItem(at++, issueItem(issue));
}

void PreflightPage::runPreflight()
{
    if (!m_context->isReady())
        return;
    m_findings->clear();
    m_rows.clear();
    m_context->preflightFailed = false;
    const auto cluster = Preflight::checkInventory(*m_context->recipe, m_context->target());
    showIssues(cluster);
    if (m_hostChecks->isChecked())
        startHostChecks(cluster);
    else
        finishWithoutHosts(cluster);
}

void PreflightPage::finishWithoutHosts(const QList<PreflightIssue> &cluster)
{
    Plan plan;
    QString error;
    m_context->preflightFailed = !m_context->buildPlan(&plan, &error) || Preflight::hasErrors(cluster);
    m_status->setText(!error.isEmpty()                 ? tr("Cannot plan: %1").arg(error)
                          : m_context->preflightFailed ? tr("Fix the errors before running.")
                                                       : tr("The inventory makes a sound cluster."));
    m_context->updateNavigation();
}

void PreflightPage::startHostChecks(const QList<PreflightIssue> &cluster)
{
    const QStringList hosts = hostsOf(*m_context->chosenTarget);
    m_status->setText(tr("Asking the hosts for their addresses, then checking them over SSH…"));
    m_progress->setRange(0, qMax(1, int(hosts.size())));
    m_progress->setValue(0);
    m_progress->show();
    m_context->setBusy(true);
    HostCheckJob job { m_context->target(),         *m_context->recipe, m_context->limit(), hosts,
                       m_context->sessionOptions(), progressRows() };
    job.options.connectTimeoutMs = kConnectTimeoutMs;
    runInBackground<Outcome>(
        this, [job] { return checkHosts(job); },
        [this, cluster](const Outcome &outcome) { showOutcome(outcome, cluster); });
}

Preflight::Progress PreflightPage::progressRows()
{
    // Called on the checks' threads, possibly after the wizard closed: they post to
    // the application (always there) and the guard, read on the GUI thread, says
    // whether this page still is. Posting to `this` from there could find it deleted.
    const QPointer<PreflightPage> page(this);
    Preflight::Progress progress;
    progress.started = [page](const QString &host) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [page, host] {
                if (!page)
                    return;
                auto *row = new QTreeWidgetItem({ tr("…"), host, tr("ssh"), tr("checking…") });
                page->m_findings->addTopLevelItem(row);
                page->m_rows.insert(host, row);
            },
            Qt::QueuedConnection);
    };
    progress.finished = [page](const QString &host, const QList<PreflightIssue> &issues) {
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [page, host, issues] {
                if (!page)
                    return;
                page->showHost(host, issues);
                page->m_progress->setValue(page->m_progress->value() + 1);
                page->m_status->setText(tr("Checking the hosts over SSH: %1 of %2 done…")
                                            .arg(page->m_progress->value())
                                            .arg(page->m_progress->maximum()));
            },
            Qt::QueuedConnection);
    };
    return progress;
}

void PreflightPage::showOutcome(const Outcome &o, const QList<PreflightIssue> &cluster)
{
    if (m_context->chosenTarget) {
        for (auto it = o.addresses.begin(); it != o.addresses.end(); ++it)
            m_context->chosenTarget->hostAddresses.insert(it.key(), it.value());
    }
    m_progress->hide();
    // The whole picture again, every host in plan order.
    m_findings->clear();
    m_rows.clear();
    showIssues(cluster);
    if (!o.planError.isEmpty()) {
        m_context->preflightFailed = true;
        for (const QString &note : o.notes)
            m_findings->addTopLevelItem(
                issueItem({ PreflightIssue::Severity::Error, {}, tr("address"), note }));
        m_findings->addTopLevelItem(
            issueItem({ PreflightIssue::Severity::Error, {}, tr("plan"), o.planError }));
        m_status->setText(tr("Cannot plan: %1").arg(o.planError));
        m_context->setBusy(false);
        return;
    }
    for (const QString &host : o.hosts) {
        QList<PreflightIssue> own;
        for (const PreflightIssue &issue : o.issues) {
            if (issue.host == host)
                own << issue;
        }
        showHost(host, own);
    }
    const bool warned = std::any_of(o.issues.cbegin(), o.issues.cend(),
                                    [](const PreflightIssue &i) { return i.isWarning(); });
    m_context->preflightFailed = Preflight::hasErrors(cluster) || Preflight::hasErrors(o.issues);
    m_status->setText(m_context->preflightFailed
                          ? tr("Fix the errors before running.")
                          : tr("All checks passed%1.").arg(warned ? tr(" (with warnings)") : QString()));
    m_context->setBusy(false);
}

PreflightPage::Outcome PreflightPage::checkHosts(const HostCheckJob &job)
{
    Outcome o;
    ProvisionTarget learned = job.target;
    const QStringList unknown = Planner::hostsNeedingAddress(job.recipe, job.target, job.hosts);
    o.addresses = Preflight::learnAddresses(job.target, unknown, job.options, kHostsAtOnce, &o.notes);
    for (auto it = o.addresses.begin(); it != o.addresses.end(); ++it)
        learned.hostAddresses.insert(it.key(), it.value());
    const auto plan = Planner::build(job.recipe, learned, job.limit);
    if (!plan) {
        o.planError = plan.error().message;
        return o;
    }
    for (const HostPlan &h : plan->hosts)
        o.hosts << h.spec.displayName();
    o.issues = Preflight::checkHosts(*plan, job.options, kHostsAtOnce, job.target.become, job.progress);
    return o;
}

} // namespace mc::widgets::wizard
