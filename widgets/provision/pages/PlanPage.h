#pragma once

#include "widgets/provision/pages/WizardPage.h"

#include <QHash>

class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace mc::provision {
struct RunSummary;
}

namespace mc::widgets {

class ElidedLabel;

namespace wizard {

// Page 4: the recipe run in check mode (nothing changes): hosts × steps, the diff of
// a selected file, and the agents whose identity would change (the context's
// identity warnings, also shown on the Run page).
class PlanPage : public WizardPage
{
    // Repeated here (not only in WizardPage) for lupdate, which reads each class alone.
    Q_DECLARE_TR_FUNCTIONS(mc::widgets::ProvisionWizard)

public:
    explicit PlanPage(ProvisionContext *context, QWidget *parent = nullptr);

    void computePlan();

private:
    void onStep(const provision::StepResult &r);
    void onHostRoleFinished(const QString &host, const QString &role, const QString &state,
                            const QString &reason);
    void onFinished(const provision::RunSummary &summary);

    ElidedLabel *m_status = nullptr;
    ElidedLabel *m_warnings = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_diff = nullptr;
    QHash<QString, QTreeWidgetItem *> m_hostItems;
};

} // namespace wizard
} // namespace mc::widgets
