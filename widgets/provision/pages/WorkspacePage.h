#pragma once

#include "widgets/provision/pages/WizardPage.h"

class QLineEdit;
class QTableWidget;

namespace mc::inventory {
class Workspace;
}
namespace mc::provision {
struct ProvisionTarget;
}

namespace mc::widgets {

class ElidedLabel;

namespace wizard {

// Page 1: the inventory or workspace file, how to log in to its hosts, and its hosts.
// Choosing one sets the context's chosen target.
class WorkspacePage : public WizardPage
{
    // Repeated here (not only in WizardPage) for lupdate, which reads each class alone.
    Q_DECLARE_TR_FUNCTIONS(mc::widgets::ProvisionWizard)

public:
    explicit WorkspacePage(ProvisionContext *context, QWidget *parent = nullptr);

    // An inventory or workspace file; loads it and shows its hosts.
    void setWorkspacePath(const QString &path);
    // The workspace open in the console (saved at `path`, or not saved when empty).
    void setWorkspace(const inventory::Workspace &workspace, const QString &path);
    void setSshSettings(const QString &user, const QString &keyPath, const QString &knownHostsPath);
    void setBecomePassword(const QString &password);
    // Settings > SSH, shown as the placeholders of the user and key.
    void setDefaultLogin(const QString &user, const QString &keyPath);

    [[nodiscard]] QString path() const;
    [[nodiscard]] QString sshUser() const;
    [[nodiscard]] QString keyPath() const;
    [[nodiscard]] QString knownHostsPath() const;
    [[nodiscard]] QString becomePassword() const;

private:
    void loadWorkspace();
    // Shows the hosts of `target`.
    void showTarget(const provision::ProvisionTarget &target, const QString &source);

    QLineEdit *m_path = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_knownHosts = nullptr;
    QLineEdit *m_becomePassword = nullptr;
    QTableWidget *m_hostTable = nullptr;
    ElidedLabel *m_status = nullptr;
};

} // namespace wizard
} // namespace mc::widgets
