#pragma once

#include <QString>
#include <QtGlobal>

namespace mc::ssh {

// One machine to reach over SSH. Values left empty come from ~/.ssh/config
// (Host aliases, HostName, User, Port, IdentityFile) and then libssh's defaults.
// Secrets (password, becomePassword) live only in memory.
struct HostSpec
{
    QString name; // what the user calls it; also the ssh_config Host alias
    QString address; // host name or IP; empty: `name`
    quint16 port = 0; // 0: from ssh_config, else 22
    QString user; // empty: from ssh_config, else the local user
    QString keyPath; // identity file; empty: agent, then ssh_config / default identities
    QString password; // SSH password auth; empty: ask through the password prompt if needed
    QString becomePassword; // sudo password; empty: ask through the prompt when sudo asks

    [[nodiscard]] QString displayName() const { return name.isEmpty() ? address : name; }
    [[nodiscard]] QString effectiveAddress() const { return address.isEmpty() ? name : address; }

    bool operator==(const HostSpec &) const = default;
};

} // namespace mc::ssh
