#include "widgets/ssh/SecretDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace mc::widgets {

SecretDialog::SecretDialog(const ssh::SecretRequest &request, QWidget *parent)
    : QDialog(parent)
{
    QString title;
    QString label;
    switch (request.kind) {
    case ssh::SecretKind::Password:
        title = tr("SSH Password");
        label = tr("Password:");
        break;
    case ssh::SecretKind::Passphrase:
        title = tr("Key Passphrase");
        label = tr("Passphrase:");
        break;
    case ssh::SecretKind::BecomePassword:
        title = tr("sudo Password");
        label = tr("sudo password:");
        break;
    }
    setWindowTitle(title);
    auto *layout = new QFormLayout(this);
    auto *text = new QLabel(
        tr("%1 on <b>%2</b>").arg(request.prompt.toHtmlEscaped(), request.host.toHtmlEscaped()), this);
    text->setWordWrap(true);
    layout->addRow(text);
    m_field = new QLineEdit(this);
    m_field->setEchoMode(QLineEdit::Password);
    layout->addRow(label, m_field);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
}

QString SecretDialog::secret() const
{
    return m_field->text();
}

std::optional<QString> SecretDialog::ask(const ssh::SecretRequest &request, QWidget *parent)
{
    SecretDialog dialog(request, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.secret();
}

} // namespace mc::widgets
