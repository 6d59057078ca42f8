#include "widgets/cluster/ConnectDialog.h"

#include "widgets/common/ElidedLabel.h"
#include "widgets/common/FormNames.h"
#include "widgets/common/ThemeFollow.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mc::widgets {

ConnectDialog::ConnectDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to Cluster"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Watch a running cluster. Name its Mesos masters (any of them: the "
                                "leader is found) or its ZooKeeper ensemble, and Marathon."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_masters = new QLineEdit;
    m_masters->setObjectName(QStringLiteral("masters"));
    m_masters->setPlaceholderText(tr("m1:5050, m2:5050  or  zk://m1:2181,m2:2181,m3:2181/mesos"));
    m_masters->setAccessibleName(tr("Mesos masters"));
    m_masters->setMinimumWidth(420);
    form->addRow(tr("&Mesos masters:"), m_masters);
    m_marathon = new QLineEdit;
    m_marathon->setObjectName(QStringLiteral("marathon"));
    m_marathon->setPlaceholderText(tr("m1:8080 (optional)"));
    m_marathon->setAccessibleName(tr("Marathon"));
    // A problem of a field shows under it (red, with "Problem:" so colour is not the only sign).
    const auto fieldProblem = [this](const QString &name) {
        auto *label = new ElidedLabel(this);
        label->setObjectName(name);
        label->setMaximumLines(0);
        label->setAccessibleName(tr("Problem"));
        setStateTextColor(label, models::StateColorPalette::Role::Error);
        label->hide();
        return label;
    };
    m_mastersError = fieldProblem(QStringLiteral("mastersError"));
    form->addRow(QString(), m_mastersError);
    form->addRow(tr("M&arathon:"), m_marathon);
    m_marathonError = fieldProblem(QStringLiteral("marathonError"));
    form->addRow(QString(), m_marathonError);
    layout->addLayout(form);

    // Clusters with HTTP authentication or their own CA: Mesos and Marathon take the same credentials.
    auto *security = new QGroupBox(tr("Sign-in and TLS (only if the cluster asks for them)"));
    auto *securityForm = new QFormLayout(security);
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setAccessibleName(tr("HTTP user"));
    m_user->setPlaceholderText(tr("none"));
    securityForm->addRow(tr("&User:"), m_user);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("HTTP password"));
    m_password->setToolTip(tr("Kept in memory while the console runs; never written to disk."));
    securityForm->addRow(tr("&Password:"), m_password);
    m_token = new QLineEdit;
    m_token->setObjectName(QStringLiteral("token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setAccessibleName(tr("Authentication token"));
    m_token->setToolTip(tr("A DC/OS-style token (sent as \"Authorization: token=…\"); used instead of "
                           "the user and password. Never written to disk."));
    securityForm->addRow(tr("&Token:"), m_token);
    m_caFile = new QLineEdit;
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_caFile->setAccessibleName(tr("CA certificates file"));
    m_caFile->setPlaceholderText(tr("system CAs only"));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setAccessibleName(tr("Choose the CA certificates file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this, tr("CA Certificates"), m_caFile->text(),
                                           tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    securityForm->addRow(tr("CA c&ertificates:"), caRow);
    layout->addWidget(security);

    m_error = new ElidedLabel;
    m_error->setMaximumLines(0);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setAccessibleName(tr("Problem"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    layout->addWidget(buttons);
    for (QLineEdit *edit : { m_masters, m_marathon, m_user, m_password, m_token, m_caFile })
        connect(edit, &QLineEdit::textEdited, this, &ConnectDialog::clearProblems);
    nameFormFields(form);
    nameFormFields(securityForm);
}

void ConnectDialog::setAddresses(const QString &masters, const QString &marathon)
{
    m_masters->setText(masters);
    m_marathon->setText(marathon);
}

void ConnectDialog::setAuthentication(const QString &user, const QString &caFile)
{
    m_user->setText(user);
    m_caFile->setText(caFile);
}

http::HttpOptions ConnectDialog::httpOptions() const
{
    http::HttpOptions options;
    options.user = m_user->text().trimmed();
    options.password = m_password->text();
    options.token = m_token->text().trimmed();
    options.caFile = m_caFile->text().trimmed();
    return options;
}

QString ConnectDialog::mastersText() const
{
    return m_masters->text().trimmed();
}

QString ConnectDialog::marathonText() const
{
    return m_marathon->text().trimmed();
}

void ConnectDialog::accept()
{
    clearProblems();
    const QStringList masterProblems
        = cluster::ClusterAddresses::masterProblems(cluster::ClusterAddresses::split(m_masters->text()));
    const QStringList marathonProblems
        = cluster::ClusterAddresses::marathonProblems(cluster::ClusterAddresses::split(m_marathon->text()));
    if (!masterProblems.isEmpty() || !marathonProblems.isEmpty()) {
        // The first field with a problem gets the focus.
        showFieldProblem(m_marathon, m_marathonError, marathonProblems);
        showFieldProblem(m_masters, m_mastersError, masterProblems);
        return;
    }
    const auto parsed
        = cluster::ClusterAddresses::parse(cluster::ClusterAddresses::split(m_masters->text()),
                                           cluster::ClusterAddresses::split(m_marathon->text()));
    if (!parsed) {
        showProblem(parsed.error().message);
        return;
    }
    if (const Status s = http::HttpClient::checkOptions(httpOptions()); !s) {
        showProblem(s.error().message);
        return;
    }
    m_addresses = parsed.value();
    QDialog::accept();
}

void ConnectDialog::showFieldProblem(QLineEdit *field, ElidedLabel *label, const QStringList &problems)
{
    if (problems.isEmpty())
        return;
    label->setText(tr("Problem: %1").arg(problems.join(u' ')));
    label->show();
    field->setFocus();
    field->selectAll();
}

void ConnectDialog::clearProblems()
{
    for (ElidedLabel *label : { m_error, m_mastersError, m_marathonError }) {
        label->hide();
        label->clear();
    }
}

void ConnectDialog::showProblem(const QString &message)
{
    // The text "Problem:" says it is an error without relying on the colour.
    m_error->setText(tr("Problem: %1").arg(message));
    setSurfaceStyle(m_error, models::StateColorPalette::Surface::Error, QStringLiteral("padding: 6px;"));
    m_error->show();
}

} // namespace mc::widgets
