#pragma once

#include "core/inventory/Inventory.h"
#include "core/inventory/RoleMapping.h"
#include "core/inventory/Workspace.h"
#include "core/util/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace mc::provision {

// The machines to provision and how to reach them: an inventory with its
// master/agent groups, and the SSH settings a workspace carries. Per-host
// inventory variables override the defaults (ansible_host, ansible_port,
// ansible_user, ansible_ssh_private_key_file).
struct ProvisionTarget
{
    inventory::Inventory inventory;
    inventory::RoleMapping roles;
    QString sshUser; // empty: ~/.ssh/config, then the local user
    quint16 sshPort = 0; // 0: ~/.ssh/config, then 22
    QString keyPath; // empty: agent / ssh_config / default identities
    QString sshPassword; // in memory only; empty: keys
    bool become = true; // steps run through sudo
    QString becomePassword; // in memory only; empty: passwordless sudo or ask
    QString haproxyDomain; // e.g. "example.com", for the HAProxy role
    QVariantMap variables; // override recipe and inventory variables
    // IPv4 address of a host as the host itself reports it (learned over SSH
    // by Preflight::learnAddresses); the value of `ip` when neither the `ip`
    // variable nor ansible_host gives an IPv4 address.
    QHash<QString, QString> hostAddresses;

    // From a workspace: its inventory, master/agent groups, SSH settings and
    // routing domain.
    [[nodiscard]] static ProvisionTarget fromWorkspace(const inventory::Workspace &workspace);
    // A workspace file (*.mcw.yaml) or an Ansible inventory; `warnings` gets
    // the importer's warnings.
    [[nodiscard]] static Result<ProvisionTarget> open(const QString &path, QStringList *warnings = nullptr);
};

} // namespace mc::provision
