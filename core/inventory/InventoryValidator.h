#pragma once

#include "core/inventory/Inventory.h"
#include "core/inventory/RoleMapping.h"
#include "core/inventory/ValidationIssue.h"

#include <QCoreApplication>

namespace mc::inventory {

// Checks an inventory for a Mesos cluster: an odd number of masters (3 or
// more; 1 with a warning), a unique zoo_id 1..255 on every master, valid
// host names and addresses, ports, hosts pointing at the same address, and
// says when a host is both master and agent (allowed).
class InventoryValidator
{
    Q_DECLARE_TR_FUNCTIONS(mc::inventory::InventoryValidator)

public:
    static constexpr int kMinZooId = 1;
    static constexpr int kMaxZooId = 255;

    [[nodiscard]] static ValidationIssues validate(const Inventory &inventory, const RoleMapping &roles = {});
    [[nodiscard]] static bool hasErrors(const ValidationIssues &issues);
    // zoo_id of a host as an integer (an integer or a string of digits), or -1.
    [[nodiscard]] static int zooId(const Inventory &inventory, const QString &host);
    // The address SSH connects to: ansible_host, else the inventory name.
    [[nodiscard]] static QString address(const Inventory &inventory, const QString &host);

private:
    // The sections of validate(): how many masters and agents, each master's zoo_id, each host's address.
    static void checkRoleSizes(const Inventory &inventory, const RoleMapping &roles,
                               const QStringList &masters, const QStringList &agents, ValidationIssues *out);
    static void checkMasters(const Inventory &inventory, const QStringList &masters,
                             const QStringList &agents, ValidationIssues *out);
    static void checkHosts(const Inventory &inventory, ValidationIssues *out);
};

} // namespace mc::inventory
