#include "widgets/inventory/ClusterProfileDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace mc::widgets {

namespace {
QStringList splitGroups(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
        out << part;
    return out;
}

QLineEdit *lineEdit(QWidget *parent, const char *name, const QString &text, const QString &placeholder = {})
{
    auto *edit = new QLineEdit(text, parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    return edit;
}
} // namespace

ClusterProfileDialog::ClusterProfileDialog(const inventory::ClusterProfile &profile, QWidget *parent)
    : QDialog(parent)
    , m_original(profile)
{
    setWindowTitle(tr("Cluster Settings"));
    auto *form = new QFormLayout(this);
    m_name = lineEdit(this, "profileName", profile.name, tr("e.g. production"));
    form->addRow(tr("Cluster &name:"), m_name);
    m_sshUser = lineEdit(this, "sshUser", profile.ssh.user, tr("your login name"));
    form->addRow(tr("SSH &user:"), m_sshUser);
    m_sshPort = new QSpinBox(this);
    m_sshPort->setObjectName(QStringLiteral("sshPort"));
    m_sshPort->setRange(1, 65535);
    m_sshPort->setValue(profile.ssh.port);
    form->addRow(tr("SSH &port:"), m_sshPort);
    m_sshKey = lineEdit(this, "sshKey", profile.ssh.keyPath, tr("SSH agent or ~/.ssh defaults"));
    form->addRow(tr("SSH &key file:"), m_sshKey);
    m_become = new QCheckBox(tr("Run provisioning with sudo"), this);
    m_become->setObjectName(QStringLiteral("become"));
    m_become->setChecked(profile.ssh.become);
    form->addRow(QString(), m_become);
    m_becomeUser = lineEdit(this, "becomeUser", profile.ssh.becomeUser);
    form->addRow(tr("sudo to &user:"), m_becomeUser);
    m_domain = lineEdit(this, "haproxyDomain", profile.haproxyDomain, tr("apps.example.com"));
    form->addRow(tr("HAProxy &domain:"), m_domain);
    m_mesosUrl = lineEdit(this, "mesosUrl", profile.mesosUrl, tr("http://<each master>:5050"));
    form->addRow(tr("&Mesos URL:"), m_mesosUrl);
    m_marathonUrl = lineEdit(this, "marathonUrl", profile.marathonUrl, tr("http://<each master>:8080"));
    form->addRow(tr("M&arathon URL:"), m_marathonUrl);
    m_httpUser = lineEdit(this, "httpUser", profile.httpUser, tr("none"));
    form->addRow(tr("&HTTP user (no password is stored):"), m_httpUser);
    m_masterGroups = lineEdit(this, "masterGroups", profile.roles.masterGroups.join(QLatin1String(", ")));
    form->addRow(tr("Master &groups:"), m_masterGroups);
    m_agentGroups = lineEdit(this, "agentGroups", profile.roles.agentGroups.join(QLatin1String(", ")));
    form->addRow(tr("A&gent groups:"), m_agentGroups);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(680, sizeHint().height());
}

inventory::ClusterProfile ClusterProfileDialog::profile() const
{
    inventory::ClusterProfile p = m_original;
    p.name = m_name->text().trimmed();
    p.ssh.user = m_sshUser->text().trimmed();
    p.ssh.port = m_sshPort->value();
    p.ssh.keyPath = m_sshKey->text().trimmed();
    p.ssh.become = m_become->isChecked();
    p.ssh.becomeUser = m_becomeUser->text().trimmed();
    p.haproxyDomain = m_domain->text().trimmed();
    p.mesosUrl = m_mesosUrl->text().trimmed();
    p.marathonUrl = m_marathonUrl->text().trimmed();
    p.httpUser = m_httpUser->text().trimmed();
    const QStringList masters = splitGroups(m_masterGroups->text());
    const QStringList agents = splitGroups(m_agentGroups->text());
    if (!masters.isEmpty())
        p.roles.masterGroups = masters;
    if (!agents.isEmpty())
        p.roles.agentGroups = agents;
    return p;
}

} // namespace mc::widgets
