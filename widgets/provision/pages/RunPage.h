#pragma once

#include "widgets/provision/pages/WizardPage.h"

#include <QHash>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace mc::provision {
class ProvisionRunner;
struct Plan;
struct RunSummary;
} // namespace mc::provision

namespace mc::widgets {

class ElidedLabel;

namespace wizard {

// Page 5: the real run, role by role: progress per host, each step's state, the live
// output; Cancel lets running steps finish. Also holds "Drain agents first" (read by
// the context for the plan too).
class RunPage : public WizardPage
{
    // Repeated here (not only in WizardPage) for lupdate, which reads each class alone.
    Q_DECLARE_TR_FUNCTIONS(mc::widgets::ProvisionWizard)

public:
    explicit RunPage(ProvisionContext *context, QWidget *parent = nullptr);

    void startRun();
    [[nodiscard]] bool drainFirst() const;
    [[nodiscard]] QString drainMasters() const;
    [[nodiscard]] QPushButton *runButton() const { return m_runButton; }

private:
    // Why the run may not start now (preflight errors, an identity change not seen), or empty.
    [[nodiscard]] QString whyNotRun(const provision::Plan &plan) const;
    // A row per host of the plan with its steps' progress bar.
    void showHosts(const provision::Plan &plan);
    void follow(provision::ProvisionRunner *runner);
    void onStep(const provision::StepResult &r);
    void onHostRoleFinished(const QString &host, const QString &role, const QString &state,
                            const QString &reason);
    void onFinished(const provision::RunSummary &summary);
    // The host's state column, when the host is in the run.
    void setHostState(const QString &host, const QString &text);
    void appendOutput(const QString &host, const QString &text);

    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_overall = nullptr;
    QCheckBox *m_drainFirst = nullptr; // agents whose attributes/resources change are drained first
    QLineEdit *m_drainMasters = nullptr; // through these masters; empty: the inventory's
    ElidedLabel *m_status = nullptr;
    ElidedLabel *m_warnings = nullptr;
    QTableWidget *m_hosts = nullptr;
    QTreeWidget *m_steps = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QHash<QString, int> m_hostRow;
    QHash<QString, int> m_hostDone;
    int m_doneSteps = 0;
};

} // namespace wizard
} // namespace mc::widgets
