#pragma once

#include "widgets/provision/pages/WizardPage.h"

class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mc::provision {
struct HostDrift;
}

namespace mc::widgets {

class ElidedLabel;

namespace wizard {

// Outside the sequence, any time after a run: what each host has now against what the
// recipe would write (check mode with diffs, plus the flags the Mesos daemons run
// with); Converge runs the recipe on the drifted hosts only.
class DriftPage : public WizardPage
{
    // Repeated here (not only in WizardPage) for lupdate, which reads each class alone.
    Q_DECLARE_TR_FUNCTIONS(mc::widgets::ProvisionWizard)

public:
    explicit DriftPage(ProvisionContext *context, QWidget *parent = nullptr);

    void checkDrift();
    void converge();
    [[nodiscard]] QPushButton *convergeButton() const { return m_convergeButton; }
    // Converge is for drifted hosts that answered, while nothing else runs.
    void updateConverge();

private:
    void showDrift();
    [[nodiscard]] QTreeWidgetItem *hostItem(const provision::HostDrift &h) const;
    [[nodiscard]] QStringList driftedHosts() const;

    ElidedLabel *m_status = nullptr;
    QPushButton *m_convergeButton = nullptr;
    QTreeWidget *m_tree = nullptr;
    QPlainTextEdit *m_detail = nullptr;
};

} // namespace wizard
} // namespace mc::widgets
