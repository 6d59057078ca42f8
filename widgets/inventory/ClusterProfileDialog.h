#pragma once

#include "core/inventory/ClusterProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
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
    // The inventory's hosts, offered as jump hosts (and checked on OK).
    void setInventoryHosts(const QStringList &hosts);
    // What the console learned from the cluster it watches (the masters' zk:// URL, every
    // master), offered to keep as the Mesos URL so that the next start needs nothing typed.
    void setLearned(const QString &zkUrl, const QStringList &masters);

public Q_SLOTS:
    // Refuses (with the reason shown in the dialog) settings that cannot work.
    void accept() override;

private:
    // Mode, then the colour with its swatch and picker.
    void addModeRows(QFormLayout *form, const inventory::ClusterProfile &profile);
    // What was learned from the cluster, with Keep buttons; hidden until setLearned().
    [[nodiscard]] QWidget *buildLearned();
    // "Reach the cluster through": direct, or a jump host and how to log in to it.
    [[nodiscard]] QGroupBox *buildReach(const inventory::ClusterProfile &profile);

    inventory::ClusterProfile m_original;
    QLineEdit *m_name = nullptr;
    QComboBox *m_mode = nullptr;
    QLineEdit *m_colour = nullptr;
    QLabel *m_colourSwatch = nullptr;
    void showColour();
    QWidget *m_learned = nullptr;
    QLabel *m_learnedText = nullptr;
    QPushButton *m_keepZk = nullptr;
    QPushButton *m_keepMasters = nullptr;
    QString m_learnedZk;
    QStringList m_learnedMasters;
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
    // "Reach the cluster through"
    QComboBox *m_jumpMode = nullptr;
    QComboBox *m_jumpHost = nullptr;
    QLineEdit *m_jumpUser = nullptr;
    QSpinBox *m_jumpPort = nullptr;
    QLineEdit *m_jumpKey = nullptr;
    QLineEdit *m_jumpKnownHosts = nullptr;
    QLabel *m_error = nullptr;
    QStringList m_inventoryHosts;
    void updateJumpFields();
};

} // namespace mc::widgets
