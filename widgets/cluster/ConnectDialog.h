#pragma once

#include "core/cluster/ClusterAddresses.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace mc::widgets {

// "Connect to Cluster…": Mesos masters (addresses or one zk:// URL) and
// Marathon, checked before the dialog closes; the reason stays in the dialog
// with what was typed. The last addresses are offered again next time.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    void setAddresses(const QString &masters, const QString &marathon);
    [[nodiscard]] cluster::ClusterAddresses addresses() const { return m_addresses; }
    [[nodiscard]] QString mastersText() const;
    [[nodiscard]] QString marathonText() const;

    void accept() override;

private:
    QLineEdit *m_masters = nullptr;
    QLineEdit *m_marathon = nullptr;
    QLabel *m_error = nullptr;
    cluster::ClusterAddresses m_addresses;
};

} // namespace mc::widgets
