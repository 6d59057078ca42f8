#pragma once

#include "core/inventory/ClusterProfile.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace mc::widgets {

// The cluster-wide settings of a workspace: name, SSH defaults, HAProxy
// domain, Mesos/Marathon endpoint overrides, HTTP user name (no password:
// those are asked for when needed and kept in memory only) and which groups
// hold the masters and the agents.
class ClusterProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ClusterProfileDialog(const inventory::ClusterProfile &profile, QWidget *parent = nullptr);

    [[nodiscard]] inventory::ClusterProfile profile() const;

private:
    inventory::ClusterProfile m_original;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_sshUser = nullptr;
    QSpinBox *m_sshPort = nullptr;
    QLineEdit *m_sshKey = nullptr;
    QCheckBox *m_become = nullptr;
    QLineEdit *m_becomeUser = nullptr;
    QLineEdit *m_domain = nullptr;
    QLineEdit *m_mesosUrl = nullptr;
    QLineEdit *m_marathonUrl = nullptr;
    QLineEdit *m_httpUser = nullptr;
    QLineEdit *m_masterGroups = nullptr;
    QLineEdit *m_agentGroups = nullptr;
};

} // namespace mc::widgets
