#pragma once

#include "widgets/provision/pages/WizardPage.h"

class QTreeWidget;

namespace mc::provision {
struct PostflightReport;
}

namespace mc::widgets {

class ElidedLabel;

namespace wizard {

// Page 6: does the cluster answer? ZooKeeper's leader and followers, the Mesos masters'
// elected leader, Marathon's /ping, asked off the GUI thread; the verdicts in state
// colours (again in a new theme's).
class PostflightPage : public WizardPage
{
    // Repeated here (not only in WizardPage) for lupdate, which reads each class alone.
    Q_DECLARE_TR_FUNCTIONS(mc::widgets::ProvisionWizard)

public:
    explicit PostflightPage(ProvisionContext *context, QWidget *parent = nullptr);

    void runPostflight();

private:
    void showReport(const provision::PostflightReport &report);

    ElidedLabel *m_status = nullptr;
    QTreeWidget *m_checks = nullptr;
};

} // namespace wizard
} // namespace mc::widgets
