#pragma once

#include "core/ssh/SshTypes.h"

#include <QDialog>

namespace mc::widgets {

// Asks whether to trust a host key that is not in known_hosts, showing the host
// and the SHA256 fingerprint: trust once / trust always / refuse (the default).
class HostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit HostKeyDialog(const ssh::UnknownHostKey &key, QWidget *parent = nullptr);
    [[nodiscard]] ssh::TrustDecision decision() const { return m_decision; }

    static ssh::TrustDecision ask(const ssh::UnknownHostKey &key, QWidget *parent);

private:
    ssh::TrustDecision m_decision = ssh::TrustDecision::Refuse;
};

} // namespace mc::widgets
