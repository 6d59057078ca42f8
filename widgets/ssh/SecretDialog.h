#pragma once

#include "core/ssh/SshTypes.h"

#include <QDialog>

#include <optional>

class QLineEdit;

namespace mc::widgets {

// Asks for an SSH password, a key passphrase or a sudo (become) password. The
// answer stays in memory only.
class SecretDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SecretDialog(const ssh::SecretRequest &request, QWidget *parent = nullptr);
    [[nodiscard]] QString secret() const;
    QLineEdit *field() const { return m_field; }

    static std::optional<QString> ask(const ssh::SecretRequest &request, QWidget *parent);

private:
    QLineEdit *m_field = nullptr;
};

} // namespace mc::widgets
