#pragma once

#include "core/audit/ActionGate.h"
#include "core/provision/Drift.h"
#include "core/provision/Plan.h"
#include "core/provision/Postflight.h"
#include "core/provision/ProvisionTarget.h"
#include "core/provision/Recipe.h"
#include "core/provision/RunSummary.h"
#include "core/ssh/SshTypes.h"

#include <QObject>
#include <QStringList>

#include <memory>

namespace mc::provision {
class ProvisionRunner;
struct RunOptions;
} // namespace mc::provision

namespace mc::widgets {

namespace wizard {
class MethodPage;
class RunPage;
class WorkspacePage;
} // namespace wizard

// What the provisioning wizard's pages share, and their one way to ask the wizard
// for navigation (see ProvisionWizard.h). The inputs stay on the pages that show
// them (the Workspace page's file and login, the Method page's recipe, variables,
// limit and forks, the Run page's "Drain agents first"): the context reads them
// when it composes a target or a plan. What the pages found (the chosen inventory
// and recipe, the last run, postflight and drift) lives here, with the one runner
// the Plan, Run and Drift pages take turns with. GUI thread only.
class ProvisionContext : public QObject
{
    Q_OBJECT

public:
    explicit ProvisionContext(QObject *parent = nullptr);
    ~ProvisionContext() override; // cancels a run still going

    // The pages that hold the inputs; set once by the wizard.
    void setInputs(wizard::WorkspacePage *workspace, wizard::MethodPage *method, wizard::RunPage *run);

    // Composed from the inputs: the inventory with the login and the variables
    // that differ from the recipe's defaults.
    [[nodiscard]] provision::ProvisionTarget target() const;
    // The plan for the hosts of the limit; false with `error` when there is none.
    bool buildPlan(provision::Plan *plan, QString *error) const;
    [[nodiscard]] QStringList limit() const;
    [[nodiscard]] int forks() const;
    [[nodiscard]] ssh::SessionOptions sessionOptions() const;
    // provision-runs/ beside the workspace (or in the application's data folder).
    [[nodiscard]] QString runLogDir() const;
    // Drain first, as the Run page's check box says, through the masters of the whole plan.
    void setDrainFirst(provision::RunOptions *options) const;
    [[nodiscard]] bool drainFirst() const;

    // The chosen inventory (with the addresses the preflight learned) and the
    // recipe; either is null until chosen or while it has errors.
    std::unique_ptr<provision::ProvisionTarget> chosenTarget;
    std::unique_ptr<provision::Recipe> recipe;
    [[nodiscard]] bool isReady() const { return chosenTarget && recipe; }
    // The user and key of Settings > SSH, when neither the fields nor the inventory name one.
    QString defaultUser;
    QString defaultKey;
    ssh::Prompts prompts; // the GUI's dialogs, shared by every connection of the wizard
    std::shared_ptr<const audit::ActionGate> gate; // a run that changes hosts passes it

    provision::PostflightReport lastPostflight;
    provision::DriftReport lastDrift;
    bool preflightFailed = false; // the last preflight found errors: no further
    bool checkedSinceChange = false; // a check-mode plan or drift ran since the recipe/inventory changed
    // The inventory or the recipe changed: what was checked no longer holds.
    void inputsChanged();

    [[nodiscard]] const provision::RunSummary &lastRun() const { return m_lastRun; }
    // The run ended: kept, the limit of a retry or converge given back, runFinished().
    void setLastRun(const provision::RunSummary &summary);
    // "Retry failed hosts only" and "Converge": a run limited to `hosts` on the Run page;
    // the limit the user had comes back after it.
    void runOn(const QStringList &hosts);

    // The plan's agent identity warnings (Plan and Run pages show them).
    [[nodiscard]] const QStringList &identityWarnings() const { return m_identityWarnings; }
    void addIdentityWarning(const QString &warning);
    void clearIdentityWarnings();

    // A new runner for the next check or run (the last one is dropped).
    provision::ProvisionRunner *newRunner();
    [[nodiscard]] provision::ProvisionRunner *runner() const { return m_runner.get(); }

    [[nodiscard]] bool isBusy() const { return m_busy; }
    void setBusy(bool busy);
    void requestPage(int page);
    // Where the user may go changed: the wizard's buttons and step list follow.
    void updateNavigation();

Q_SIGNALS:
    void busyChanged(bool busy);
    void stateChanged(); // updateNavigation()
    void pageRequested(int page);
    void runRequested();
    void runFinished();
    void openClusterRequested(); // the Summary page's "Open Cluster view"
    void identityWarningsChanged(); // or what "Drain agents first" does about them

private:
    wizard::WorkspacePage *m_workspace = nullptr;
    wizard::MethodPage *m_method = nullptr;
    wizard::RunPage *m_run = nullptr;
    std::unique_ptr<provision::ProvisionRunner> m_runner;
    provision::RunSummary m_lastRun;
    QStringList m_identityWarnings;
    QString m_limitBeforeRunOn;
    bool m_runningOn = false; // a retry or converge run: the limit comes back after it
    bool m_busy = false;
};

} // namespace mc::widgets
