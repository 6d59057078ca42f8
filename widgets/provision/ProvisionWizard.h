#pragma once

#include "core/audit/ActionGate.h"
#include "core/provision/Drift.h"
#include "core/provision/Postflight.h"
#include "core/provision/RunSummary.h"
#include "core/ssh/SshTypes.h"

#include <QWidget>

#include <memory>

class QListWidget;
class QPushButton;
class QStackedWidget;

namespace mc::inventory {
class Workspace;
}

namespace mc::widgets {

class ChangeGuard;
class ProvisionContext;

namespace wizard {
class DriftPage;
class MethodPage;
class PlanPage;
class PostflightPage;
class PreflightPage;
class RunPage;
class SummaryPage;
class WorkspacePage;
} // namespace wizard

// The cluster set-up wizard: workspace -> install method and options ->
// preflight -> plan (check mode, with diffs) -> run (progress per host, step
// states, live output) -> postflight (ZooKeeper leader/followers, Mesos,
// Marathon) -> summary with next actions. Re-runnable; failed hosts can be
// retried alone. Work runs on worker threads; the GUI never blocks.
//
// How it is built: a class per page in widgets/provision/pages/ (WorkspacePage …
// DriftPage, each a WizardPage), the "actions + status + findings" shape they share
// in widgets/provision/CheckPanel. The wizard keeps the navigation: the step list,
// Back/Next, which page may be reached, and Busy. What the pages share (the chosen
// inventory and recipe, the SSH settings, the one runner, the last run, postflight
// and drift) is a ProvisionContext every page gets; a page asks for navigation
// through it (setBusy, requestPage, updateNavigation) and never sees another page
// (the context reads the inputs of the Workspace, Method and Run pages). A new page:
// a WizardPage subclass, a value in Page, a row in the step list, a line in
// isReachable(). The public API below is the pages' own, passed through.
class ProvisionWizard : public QWidget
{
    Q_OBJECT

public:
    enum Page {
        WorkspacePage,
        MethodPage,
        PreflightPage,
        PlanPage,
        RunPage,
        PostflightPage,
        SummaryPage,
        DriftPage, // outside the sequence: any time after a run
    };

    explicit ProvisionWizard(QWidget *parent = nullptr);
    ~ProvisionWizard() override;

    // An inventory or workspace file; loads it and shows its hosts.
    void setWorkspacePath(const QString &path);
    // The workspace open in the console (saved at `path`, or not saved when empty).
    void setWorkspace(const inventory::Workspace &workspace, const QString &path);
    void setSshSettings(const QString &user, const QString &keyPath, const QString &knownHostsPath);
    // Settings > SSH: hosts at a time, and the user and key used when neither the fields nor the
    // workspace name one (shown as the fields' placeholders).
    void setDefaults(int forks, const QString &user, const QString &keyPath);
    // The trust and prompts every SSH connection of the wizard uses.
    [[nodiscard]] ssh::SessionOptions sessionOptions() const;
    void setBecomePassword(const QString &password);
    void setRecipeVariable(const QString &name, const QString &value);
    // A recipe file of the user's (instead of a shipped one).
    void setRecipePath(const QString &path);
    [[nodiscard]] const provision::RunSummary &lastRun() const;
    [[nodiscard]] const provision::PostflightReport &lastPostflight() const;

    [[nodiscard]] int currentPage() const;
    void goToPage(int page);
    [[nodiscard]] bool isBusy() const;
    // A run that changes hosts passes `gate`; `guard` disables Run, Retry and Converge on a
    // read-only cluster.
    void setGate(std::shared_ptr<const audit::ActionGate> gate, ChangeGuard *guard);

    // Starts the check-mode run of the Plan page / the real run (also for tests).
    void computePlan();
    void startRun();
    void runPreflight();
    void runPostflight();
    // Drift page: check mode per host plus running flags; converge runs the
    // recipe on the drifted hosts.
    void checkDrift();
    void converge();
    [[nodiscard]] const provision::DriftReport &lastDrift() const;
    // Agent identity warnings of the last plan (check mode).
    [[nodiscard]] QStringList identityWarnings() const;

Q_SIGNALS:
    void openClusterRequested();
    void busyChanged(bool busy);

private:
    // Back, Next and the step list: where the user may go now.
    void updateButtons();
    // A page the user may go to now (the step list and Next): not past a failed preflight, no
    // summary before a run.
    [[nodiscard]] bool isReachable(int page) const;

    ProvisionContext *m_context = nullptr;
    QListWidget *m_steps = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
    wizard::WorkspacePage *m_workspacePage = nullptr;
    wizard::MethodPage *m_methodPage = nullptr;
    wizard::PreflightPage *m_preflightPage = nullptr;
    wizard::PlanPage *m_planPage = nullptr;
    wizard::RunPage *m_runPage = nullptr;
    wizard::PostflightPage *m_postflightPage = nullptr;
    wizard::SummaryPage *m_summaryPage = nullptr;
    wizard::DriftPage *m_driftPage = nullptr;
};

} // namespace mc::widgets
