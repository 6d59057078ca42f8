#pragma once

#include "core/audit/ActionGate.h"
#include "core/ssh/HostResult.h"
#include "core/ssh/InventoryHosts.h"
#include "core/ssh/SshTypes.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace mc::ssh {
class SshPool;
}

namespace mc::widgets {

struct Confirmation;

// Runs one shell command on the hosts picked (one by one, or a group of the
// workspace at once), optionally through sudo: a merged, host-prefixed output
// stream and a summary of exit codes per host. Cancel interrupts the running
// commands; hosts not started are left alone. As root, it asks first.
class AdHocCommandDialog : public QDialog
{
    Q_OBJECT

public:
    AdHocCommandDialog(const QList<ssh::HostSpec> &hosts, const ssh::SessionOptions &options,
                       QWidget *parent = nullptr);
    ~AdHocCommandDialog() override;

    // The workspace's groups: picking one ticks exactly its hosts (those of
    // this dialog). Without groups the group picker is hidden.
    void setGroups(const QList<ssh::HostGroup> &groups);
    // Ticks exactly the hosts of `group`; false when there is no such group.
    bool pickGroup(const QString &group);
    [[nodiscard]] QStringList pickedHosts() const;

    QLineEdit *commandField() const { return m_command; }
    QCheckBox *becomeBox() const { return m_become; }
    QListWidget *hostList() const { return m_hostList; }
    QComboBox *groupPicker() const { return m_groupPicker; }
    QSpinBox *forksField() const { return m_forks; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPlainTextEdit *output() const { return m_output; }
    QLabel *summary() const { return m_summary; }
    QPushButton *runButton() const { return m_run; }

    // The command passes it ("host.run" of the picked hosts) before it is started.
    void setGate(std::shared_ptr<const audit::ActionGate> gate) { m_gate = std::move(gate); }
    void run();
    // Asked before a command runs as root; default: ConfirmDialog. Tests may replace it.
    void setConfirmation(std::function<bool(const Confirmation &)> confirm) { m_confirm = std::move(confirm); }

Q_SIGNALS:
    void commandFinished(const QList<mc::ssh::HostResult> &results);

private:
    QList<ssh::HostSpec> m_hosts;
    QList<ssh::HostGroup> m_groups;
    ssh::SessionOptions m_options;
    std::function<bool(const Confirmation &)> m_confirm;
    bool m_applyingGroup = false;
    ssh::SshPool *m_pool = nullptr;
    QComboBox *m_groupPicker = nullptr;
    QListWidget *m_hostList = nullptr;
    QLineEdit *m_command = nullptr;
    QCheckBox *m_become = nullptr;
    QSpinBox *m_forks = nullptr;
    QPushButton *m_run = nullptr;
    std::shared_ptr<const audit::ActionGate> m_gate;
    QPushButton *m_cancel = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace mc::widgets
