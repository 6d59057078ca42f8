#include "widgets/terminal/ForwardDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mc::widgets {

ForwardDialog::ForwardDialog(const QString &taskId, const QList<quint16> &ports, bool followable,
                             QWidget *parent)
    : QDialog(parent)
    , m_port(new QComboBox(this))
    , m_local(new QSpinBox(this))
    , m_follow(new QCheckBox(tr("Follow the app's replacement task when this one ends"), this))
{
    setObjectName(QStringLiteral("forwardDialog"));
    setWindowTitle(tr("Forward a Port of %1").arg(taskId));
    m_port->setObjectName(QStringLiteral("forwardPortIndex"));
    for (qsizetype i = 0; i < ports.size(); ++i)
        m_port->addItem(tr("%1 (port index %2)").arg(ports.at(i)).arg(i));
    m_local->setObjectName(QStringLiteral("forwardLocalPort"));
    m_local->setRange(0, 65535);
    m_local->setSpecialValueText(tr("Any free port"));
    m_follow->setObjectName(QStringLiteral("forwardFollow"));
    m_follow->setEnabled(followable);
    m_follow->setToolTip(followable ? tr("Else the forward stops and says so when the task ends.")
                                    : tr("The console does not see the cluster's tasks (not connected)."));
    auto *intro = new QLabel(
        tr("Connections to 127.0.0.1 on this machine go over SSH to the task's port: through the jump "
           "host when the workspace has one, else through its agent's host."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Task port:"), m_port);
    form->addRow(tr("Local port:"), m_local);
    form->addRow(QString(), m_follow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Forward"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("forwardStart"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

int ForwardDialog::portIndex() const
{
    return m_port->currentIndex();
}

quint16 ForwardDialog::localPort() const
{
    return quint16(m_local->value());
}

bool ForwardDialog::follow() const
{
    return m_follow->isEnabled() && m_follow->isChecked();
}

} // namespace mc::widgets
