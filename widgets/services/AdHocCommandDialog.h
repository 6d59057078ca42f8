#pragma once

#include "core/ssh/HostResult.h"
#include "core/ssh/SshTypes.h"

#include <QDialog>
#include <QList>

class QCheckBox;
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

// Runs one shell command on the hosts picked, optionally through sudo: a merged,
// host-prefixed output stream and a summary of exit codes per host.
class AdHocCommandDialog : public QDialog
{
    Q_OBJECT

public:
    AdHocCommandDialog(const QList<ssh::HostSpec> &hosts, const ssh::SessionOptions &options,
                       QWidget *parent = nullptr);
    ~AdHocCommandDialog() override;

    QLineEdit *commandField() const { return m_command; }
    QCheckBox *becomeBox() const { return m_become; }
    QListWidget *hostList() const { return m_hostList; }
    QPlainTextEdit *output() const { return m_output; }
    QLabel *summary() const { return m_summary; }
    QPushButton *runButton() const { return m_run; }

    void run();

signals:
    void commandFinished(const QList<mc::ssh::HostResult> &results);

private:
    QList<ssh::HostSpec> m_hosts;
    ssh::SessionOptions m_options;
    ssh::SshPool *m_pool = nullptr;
    QListWidget *m_hostList = nullptr;
    QLineEdit *m_command = nullptr;
    QCheckBox *m_become = nullptr;
    QSpinBox *m_forks = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QPlainTextEdit *m_output = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace mc::widgets
