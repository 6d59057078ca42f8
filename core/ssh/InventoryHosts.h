#pragma once

#include "core/inventory/HostEntry.h"
#include "core/ssh/HostSpec.h"

#include <QList>

namespace mc::ssh {

// The SSH target of an inventory host: name, address (ansible_host), port,
// user, and the key file of ansible_ssh_private_key_file /
// ansible_private_key_file ("~/" expanded). Passwords in inventory variables are
// not used: secrets are asked for and kept in memory only.
// `defaultKeyPath` (the workspace profile's key) applies when the host names none.
[[nodiscard]] HostSpec hostSpecFor(const inventory::HostEntry &entry, const QString &defaultKeyPath = {});
[[nodiscard]] QList<HostSpec> hostSpecsFor(const QList<inventory::HostEntry> &entries,
                                           const QString &defaultKeyPath = {});

} // namespace mc::ssh
