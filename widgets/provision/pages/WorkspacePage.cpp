#include "widgets/provision/pages/WorkspacePage.h"

#include "core/inventory/Workspace.h"
#include "core/provision/ProvisionTarget.h"
#include "widgets/common/ElidedLabel.h"
#include "widgets/provision/CheckPanel.h"
#include "widgets/provision/ProvisionContext.h"

#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mc::widgets::wizard {

using namespace mc::provision;

namespace {

QLineEdit *lineEdit(const QString &objectName, const QString &placeholder)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    return edit;
}

} // namespace

WorkspacePage::WorkspacePage(ProvisionContext *context, QWidget *parent)
    : WizardPage(context, QStringLiteral("workspacePage"), tr("Workspace"),
                 tr("The machines to set up: an inventory (INI or YAML, as Ansible reads it) whose masters "
                    "carry a zoo_id, and how to log in to them."),
                 parent)
{
    auto *form = new QFormLayout;
    m_path = lineEdit(QStringLiteral("workspacePath"), tr("inventory or workspace file"));
    m_path->setAccessibleName(tr("Inventory or workspace file"));
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(QStringLiteral("workspaceBrowse"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Inventory or workspace"), m_path->text());
        if (!f.isEmpty())
            setWorkspacePath(f);
    });
    connect(m_path, &QLineEdit::editingFinished, this, &WorkspacePage::loadWorkspace);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("File:"), pathRow);
    m_user = lineEdit(QStringLiteral("sshUser"), tr("ansible_user, ~/.ssh/config, or yours"));
    form->addRow(tr("SSH user:"), m_user);
    m_key = lineEdit(QStringLiteral("sshKey"), tr("agent / default keys"));
    form->addRow(tr("Private key:"), m_key);
    m_knownHosts = lineEdit(QStringLiteral("knownHosts"), tr("~/.ssh/known_hosts"));
    form->addRow(tr("known_hosts:"), m_knownHosts);
    m_becomePassword
        = lineEdit(QStringLiteral("becomePassword"), tr("empty: passwordless sudo (kept in memory only)"));
    m_becomePassword->setEchoMode(QLineEdit::Password);
    form->addRow(tr("sudo password:"), m_becomePassword);
    pageLayout()->addLayout(form);
    m_status = CheckPanel::statusLabel(QStringLiteral("workspaceStatus"),
                                       tr("Nothing yet: choose the inventory of the machines to set up."));
    pageLayout()->addWidget(m_status);
    m_hostTable = CheckPanel::table(QStringLiteral("workspaceHosts"), tr("Hosts of the inventory"),
                                    { tr("Host"), tr("Address"), tr("Roles"), tr("zoo_id") });
    m_hostTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    pageLayout()->addWidget(m_hostTable, 1);
}

QString WorkspacePage::path() const
{
    return m_path->text().trimmed();
}

QString WorkspacePage::sshUser() const
{
    return m_user->text().trimmed();
}

QString WorkspacePage::keyPath() const
{
    return m_key->text().trimmed();
}

QString WorkspacePage::knownHostsPath() const
{
    return m_knownHosts->text().trimmed();
}

QString WorkspacePage::becomePassword() const
{
    return m_becomePassword->text();
}

void WorkspacePage::setWorkspacePath(const QString &path)
{
    m_path->setText(path);
    loadWorkspace();
}

void WorkspacePage::setDefaultLogin(const QString &user, const QString &keyPath)
{
    if (!user.isEmpty())
        m_user->setPlaceholderText(tr("%1 (Settings), unless the inventory names one").arg(user));
    if (!keyPath.isEmpty())
        m_key->setPlaceholderText(tr("%1 (Settings)").arg(keyPath));
}

void WorkspacePage::setSshSettings(const QString &user, const QString &keyPath, const QString &knownHostsPath)
{
    m_user->setText(user);
    m_key->setText(keyPath);
    m_knownHosts->setText(knownHostsPath);
}

void WorkspacePage::setBecomePassword(const QString &password)
{
    m_becomePassword->setText(password);
}

void WorkspacePage::setWorkspace(const inventory::Workspace &workspace, const QString &path)
{
    m_path->setText(path);
    showTarget(ProvisionTarget::fromWorkspace(workspace),
               path.isEmpty() ? tr("the workspace open on the Inventory page (not saved yet)")
                              : tr("the workspace open on the Inventory page"));
}

void WorkspacePage::loadWorkspace()
{
    m_context->inputsChanged();
    m_context->preflightFailed = false;
    const QString file = path();
    m_context->chosenTarget.reset();
    m_hostTable->setRowCount(0);
    if (file.isEmpty()) {
        m_status->setText(tr("Nothing yet: choose the inventory of the machines to set up."));
        m_context->updateNavigation();
        return;
    }
    const auto opened = ProvisionTarget::open(file);
    if (!opened) {
        m_status->setText(tr("Cannot use it: %1").arg(opened.error().message));
        m_context->updateNavigation();
        return;
    }
    showTarget(*opened, QDir::toNativeSeparators(file));
}

void WorkspacePage::showTarget(const ProvisionTarget &target, const QString &source)
{
    m_context->inputsChanged();
    m_context->preflightFailed = false;
    m_hostTable->setRowCount(0);
    m_context->chosenTarget = std::make_unique<ProvisionTarget>(target);
    if (m_user->text().isEmpty())
        m_user->setText(target.sshUser);
    if (m_key->text().isEmpty())
        m_key->setText(target.keyPath);
    const QStringList masters = target.roles.masters(target.inventory);
    const QStringList agents = target.roles.agents(target.inventory);
    for (const QString &h : hostsOf(target)) {
        const QVariantMap vars = target.inventory.effectiveVars(h);
        const int r = m_hostTable->rowCount();
        m_hostTable->insertRow(r);
        QStringList roles;
        if (masters.contains(h))
            roles << tr("master");
        if (agents.contains(h))
            roles << tr("agent");
        m_hostTable->setItem(r, 0, new QTableWidgetItem(h));
        m_hostTable->setItem(r, 1,
                             new QTableWidgetItem(vars.value(QStringLiteral("ansible_host"), h).toString()));
        m_hostTable->setItem(r, 2, new QTableWidgetItem(roles.join(QStringLiteral(", "))));
        m_hostTable->setItem(r, 3, new QTableWidgetItem(vars.value(QStringLiteral("zoo_id")).toString()));
    }
    m_hostTable->resizeColumnsToContents();
    m_status->setText(
        tr("%1 masters, %2 agents, from %3.").arg(masters.size()).arg(agents.size()).arg(source));
    m_context->updateNavigation();
}

} // namespace mc::widgets::wizard
