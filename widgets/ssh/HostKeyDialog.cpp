#include "widgets/ssh/HostKeyDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mc::widgets {

HostKeyDialog::HostKeyDialog(const ssh::UnknownHostKey &key, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Unknown Host Key"));
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("<b>%1</b> (%2, port %3) is not in your known hosts. Compare the fingerprint "
                               "below with the one on the machine (<tt>ssh-keygen -lf "
                               "/etc/ssh/ssh_host_*_key.pub</tt>) before you trust it.")
                                .arg(key.host.toHtmlEscaped(), key.address.toHtmlEscaped())
                                .arg(key.port),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *fingerprint = new QLabel(QStringLiteral("%1\n%2").arg(key.keyType, key.fingerprint), this);
    fingerprint->setObjectName(QStringLiteral("fingerprint"));
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(fingerprint);

    auto *buttons = new QDialogButtonBox(this);
    auto *refuse = buttons->addButton(tr("Refuse"), QDialogButtonBox::RejectRole);
    auto *once = buttons->addButton(tr("Trust Once"), QDialogButtonBox::AcceptRole);
    auto *always = buttons->addButton(tr("Trust and Remember"), QDialogButtonBox::AcceptRole);
    refuse->setObjectName(QStringLiteral("refuse"));
    once->setObjectName(QStringLiteral("trustOnce"));
    always->setObjectName(QStringLiteral("trustAlways"));
    refuse->setDefault(true);
    connect(refuse, &QPushButton::clicked, this, [this] {
        m_decision = ssh::TrustDecision::Refuse;
        reject();
    });
    connect(once, &QPushButton::clicked, this, [this] {
        m_decision = ssh::TrustDecision::TrustOnce;
        accept();
    });
    connect(always, &QPushButton::clicked, this, [this] {
        m_decision = ssh::TrustDecision::TrustAlways;
        accept();
    });
    layout->addWidget(buttons);
}

ssh::TrustDecision HostKeyDialog::ask(const ssh::UnknownHostKey &key, QWidget *parent)
{
    HostKeyDialog dialog(key, parent);
    dialog.exec();
    return dialog.decision();
}

} // namespace mc::widgets
