#pragma once

#include "core/audit/ActionGate.h"
#include "core/provision/Drift.h"
#include "core/provision/Plan.h"
#include "core/provision/Postflight.h"
#include "core/provision/Preflight.h"
#include "core/provision/ProvisionTarget.h"
#include "core/provision/Recipe.h"
#include "core/provision/RunSummary.h"
#include "core/ssh/SshTypes.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;
class QTreeWidgetItem;
class QCheckBox;

namespace mc::provision {
class ProvisionRunner;
struct RunOptions;
struct StepResult;
} // namespace mc::provision

namespace mc::widgets {

class ChangeGuard;

// The cluster set-up wizard: workspace -> install method and options ->
// preflight -> plan (check mode, with diffs) -> run (progress per host, step
// states, live output) -> postflight (ZooKeeper leader/followers, Mesos,
// Marathon) -> summary with next actions. Re-runnable; failed hosts can be
// retried alone. Work runs on worker threads; the GUI never blocks.
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
    [[nodiscard]] const provision::RunSummary &lastRun() const { return m_lastRun; }
    [[nodiscard]] const provision::PostflightReport &lastPostflight() const { return m_lastPostflight; }

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
    [[nodiscard]] const provision::DriftReport &lastDrift() const { return m_lastDrift; }
    // Agent identity warnings of the last plan (check mode).
    [[nodiscard]] QStringList identityWarnings() const { return m_identityWarnings; }

signals:
    void openClusterRequested();
    void busyChanged(bool busy);

private:
    ssh::Prompts m_prompts; // the GUI's dialogs, shared by every connection of the wizard
    QString m_defaultUser; // Settings > SSH
    QString m_defaultKey;
    QWidget *buildWorkspacePage();
    QWidget *buildMethodPage();
    QWidget *buildPreflightPage();
    QWidget *buildPlanPage();
    QWidget *buildRunPage();
    QWidget *buildPostflightPage();
    QWidget *buildSummaryPage();
    QWidget *buildDriftPage();
    void showDrift();
    void showHistory();
    [[nodiscard]] QString runLogDir() const;
    void loadWorkspace();
    void loadRecipe();
    void updateButtons();
    // A page the user may go to now (the step list and Next): not past a failed preflight, no
    // summary before a run.
    [[nodiscard]] bool isReachable(int page) const;
    // Shows the hosts of `target` on the first page.
    void showTarget(const provision::ProvisionTarget &target, const QString &source);
    [[nodiscard]] QTreeWidgetItem *preflightItem(const provision::PreflightIssue &issue) const;
    void showPreflightHost(const QString &host, const QList<provision::PreflightIssue> &issues);
    // Drain first, as the checkbox says, through the masters of the whole plan.
    void setDrainFirst(provision::RunOptions *options) const;
    // The plan's agent identity warnings, and what "Drain agents first" does about them.
    void showIdentityWarnings();
    bool buildPlan(provision::Plan *plan, QString *error);
    provision::ProvisionTarget target() const;
    void setBusy(bool busy);
    void onPlanStep(const provision::StepResult &r);
    void onRunStep(const provision::StepResult &r);
    void onRunFinished(const provision::RunSummary &summary);
    void showSummary();
    void showProfile(const provision::RunProfile &profile);

    QListWidget *m_steps = nullptr;
    QStackedWidget *m_stack = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;

    // workspace
    QLineEdit *m_path = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_knownHosts = nullptr;
    QLineEdit *m_becomePassword = nullptr;
    QTableWidget *m_hostTable = nullptr;
    QLabel *m_workspaceStatus = nullptr;
    // method
    QComboBox *m_recipeBox = nullptr;
    QLabel *m_recipeDescription = nullptr;
    QTableWidget *m_variables = nullptr;
    QLineEdit *m_limit = nullptr;
    QLineEdit *m_forks = nullptr;
    // preflight
    QTreeWidget *m_issues = nullptr;
    QLabel *m_preflightStatus = nullptr;
    QProgressBar *m_preflightProgress = nullptr;
    QHash<QString, QTreeWidgetItem *> m_preflightRows; // a host being checked -> its row
    bool m_preflightFailed = false; // the last preflight found errors: no further
    QCheckBox *m_hostChecks = nullptr;
    QCheckBox *m_drainFirst = nullptr; // agents whose attributes/resources change are drained first
    QLineEdit *m_drainMasters = nullptr; // through these masters; empty: the inventory's
    // plan
    QTreeWidget *m_planTree = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QLabel *m_planStatus = nullptr;
    // run
    QTableWidget *m_runHosts = nullptr;
    QTreeWidget *m_runSteps = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QProgressBar *m_overall = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_runStatus = nullptr;
    // postflight / summary
    QTreeWidget *m_postflight = nullptr;
    QLabel *m_postflightStatus = nullptr;
    QPlainTextEdit *m_recap = nullptr;
    QTreeWidget *m_profile = nullptr;
    QPushButton *m_retryFailed = nullptr;
    QComboBox *m_historyHost = nullptr;
    QPlainTextEdit *m_history = nullptr;
    // plan / run warnings
    QLabel *m_planWarnings = nullptr;
    QLabel *m_runWarnings = nullptr;
    // drift
    QTreeWidget *m_driftTree = nullptr;
    QPlainTextEdit *m_driftDetail = nullptr;
    QLabel *m_driftStatus = nullptr;
    QPushButton *m_convergeButton = nullptr;

    std::unique_ptr<provision::Recipe> m_recipe;
    std::unique_ptr<provision::ProvisionTarget> m_target;
    std::unique_ptr<provision::ProvisionRunner> m_runner;
    provision::RunSummary m_lastRun;
    provision::PostflightReport m_lastPostflight;
    provision::DriftReport m_lastDrift;
    QStringList m_identityWarnings;
    QString m_limitBeforeConverge;
    bool m_converging = false;
    bool m_checkedSinceChange = false; // a check-mode plan or drift ran since the recipe/inventory changed
    QHash<QString, int> m_hostRow;
    QHash<QString, int> m_hostTotal;
    QHash<QString, int> m_hostDone;
    QHash<QString, QTreeWidgetItem *> m_planHostItems;
    int m_totalSteps = 0;
    int m_doneSteps = 0;
    bool m_busy = false;
    QString m_becomeSecret;
    std::shared_ptr<const audit::ActionGate> m_gate;
};

} // namespace mc::widgets
