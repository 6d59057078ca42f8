#pragma once

#include "core/inventory/HostEntry.h"
#include "core/ssh/HostSpec.h"

#include <QList>
#include <QStringList>

namespace mc::inventory {
class Inventory;
class Workspace;
} // namespace mc::inventory

namespace mc::ssh {

// A group of the inventory and every host in it (its children's included, in
// inventory order), for pickers that tick a group's hosts.
struct HostGroup
{
    QString name;
    QStringList hosts;

    bool operator==(const HostGroup &) const = default;
};

// The SSH target of an inventory host: name, address (ansible_host), port,
// user, and the key file of ansible_ssh_private_key_file /
// ansible_private_key_file ("~/" expanded). Passwords in inventory variables are
// not used: secrets are asked for and kept in memory only.
// `defaultKeyPath` (the workspace profile's key) applies when the host names none.
[[nodiscard]] HostSpec hostSpecFor(const inventory::HostEntry &entry, const QString &defaultKeyPath = {});
[[nodiscard]] QList<HostSpec> hostSpecsFor(const QList<inventory::HostEntry> &entries,
                                           const QString &defaultKeyPath = {});

// Every group of the inventory (`all` and `ungrouped` too) with its hosts; groups
// without hosts are left out.
[[nodiscard]] QList<HostGroup> hostGroupsFor(const inventory::Inventory &inventory);

// The workspace's own known_hosts (profile ssh.known_hosts) as a file name: `~/` expanded, a
// relative path taken from the folder of the workspace file; empty when it names none.
[[nodiscard]] QString workspaceKnownHosts(const inventory::Workspace &workspace,
                                          const QString &workspacePath);

} // namespace mc::ssh
