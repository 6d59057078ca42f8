#pragma once

#include "core/cluster/ClusterAddresses.h"
#include "core/http/HttpClient.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace mc::widgets {

class ElidedLabel;

// "Connect to Cluster…": Mesos masters (addresses or one zk:// URL) and
// Marathon, and how to sign in (HTTP Basic user and password, or a DC/OS
// token) and which CA certificates to trust besides the system's; checked
// before the dialog closes (scheme, host, port range, the zk:// form); the
// reason stays in the dialog, under the field, with what was typed. The last addresses, user and CA file are
// offered again next time (never the password or the token).
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget *parent = nullptr);

    void setAddresses(const QString &masters, const QString &marathon);
    [[nodiscard]] cluster::ClusterAddresses addresses() const { return m_addresses; }
    [[nodiscard]] QString mastersText() const;
    [[nodiscard]] QString marathonText() const;
    // User and CA file as last used; the password and the token are typed each time.
    void setAuthentication(const QString &user, const QString &caFile);
    // User, password, token and CA file as typed (timeouts and redirects: the defaults).
    [[nodiscard]] http::HttpOptions httpOptions() const;

    void accept() override;

private:
    void showProblem(const QString &message);
    // A problem of one field, under it; the field gets the focus.
    void showFieldProblem(QLineEdit *field, ElidedLabel *label, const QStringList &problems);
    void clearProblems();

    QLineEdit *m_masters = nullptr;
    QLineEdit *m_marathon = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_token = nullptr;
    QLineEdit *m_caFile = nullptr;
    ElidedLabel *m_error = nullptr;
    ElidedLabel *m_mastersError = nullptr;
    ElidedLabel *m_marathonError = nullptr;
    cluster::ClusterAddresses m_addresses;
};

} // namespace mc::widgets
