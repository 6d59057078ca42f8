#pragma once

#include "core/audit/ActionGate.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mc::widgets {

// A protected cluster's confirmation (the GUI's ActionGate::Confirm): what the
// change is and how many tasks or hosts it touches, and a field where the user
// types the cluster's name; OK stays disabled until the name matches exactly.
class TypeClusterNameDialog : public QDialog
{
    Q_OBJECT

public:
    TypeClusterNameDialog(const audit::Action &action, const QString &cluster, QWidget *parent = nullptr);

    [[nodiscard]] QLineEdit *nameField() const { return m_name; }
    [[nodiscard]] QPushButton *okButton() const { return m_ok; }

    // The gate's confirm callback: shows the dialog (modal) over `parent`.
    [[nodiscard]] static audit::ActionGate::Confirm confirmer(QWidget *parent);
    // "Kill 3 tasks", "Restart the service on 5 hosts": the action in words with its count.
    [[nodiscard]] static QString describe(const audit::Action &action);

private:
    QLineEdit *m_name = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace mc::widgets
