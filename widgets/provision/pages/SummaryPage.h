#pragma once

#include "widgets/provision/pages/WizardPage.h"

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace mc::provision {
struct RunProfile;
}

namespace mc::widgets::wizard {

// Page 7, after a run: what each host did, where the hosts' time went, each host's
// history from the run journal, and what next (retry the failed hosts, run again,
// open the cluster).
class SummaryPage : public WizardPage
{
    // Repeated here (not only in WizardPage) for lupdate, which reads each class alone.
    Q_DECLARE_TR_FUNCTIONS(mc::widgets::ProvisionWizard)

public:
    explicit SummaryPage(ProvisionContext *context, QWidget *parent = nullptr);

    [[nodiscard]] QPushButton *retryButton() const { return m_retryFailed; }
    // Retry is for a run with failed hosts, while nothing else runs.
    void updateRetry();

private:
    void showSummary();
    void showProfile(const provision::RunProfile &profile);
    void showHistory();

    QPlainTextEdit *m_recap = nullptr;
    QTreeWidget *m_profile = nullptr;
    QComboBox *m_historyHost = nullptr;
    QPlainTextEdit *m_history = nullptr;
    QPushButton *m_retryFailed = nullptr;
};

} // namespace mc::widgets::wizard
