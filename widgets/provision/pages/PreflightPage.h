#pragma once

#include "core/provision/Preflight.h"
#include "widgets/provision/pages/WizardPage.h"

#include <QHash>

class QCheckBox;
class QProgressBar;
class QTreeWidget;
class QTreeWidgetItem;

namespace mc::widgets {

class ElidedLabel;

namespace wizard {

// Page 3: checks before any host is touched. The inventory's own (quorum, ids, ports)
// at once; then, over SSH off the GUI thread, each host's, a row per host as its
// checks start and end. Errors set the context's preflightFailed: no further.
class PreflightPage : public WizardPage
{
    // Repeated here (not only in WizardPage) for lupdate, which reads each class alone.
    Q_DECLARE_TR_FUNCTIONS(mc::widgets::ProvisionWizard)

public:
    explicit PreflightPage(ProvisionContext *context, QWidget *parent = nullptr);

    void runPreflight();

private:
    struct HostCheckJob;
    struct Outcome;
    // Off the GUI thread: hosts known by name are asked for their IPv4 address (Mesos'
    // `ip`) first, then planned and checked.
    [[nodiscard]] static Outcome checkHosts(const HostCheckJob &job);
    // Without the host checks: the inventory's findings and whether it plans.
    void finishWithoutHosts(const QList<provision::PreflightIssue> &cluster);
    void startHostChecks(const QList<provision::PreflightIssue> &cluster);
    // Each host's row as its checks start and end (queued to the GUI thread).
    [[nodiscard]] provision::Preflight::Progress progressRows();
    void showOutcome(const Outcome &outcome, const QList<provision::PreflightIssue> &cluster);
    void showIssues(const QList<provision::PreflightIssue> &issues);
    [[nodiscard]] QTreeWidgetItem *issueItem(const provision::PreflightIssue &issue) const;
    void showHost(const QString &host, const QList<provision::PreflightIssue> &issues);

    QCheckBox *m_hostChecks = nullptr;
    ElidedLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QTreeWidget *m_findings = nullptr;
    QHash<QString, QTreeWidgetItem *> m_rows; // a host being checked -> its row
};

} // namespace wizard
} // namespace mc::widgets
