#pragma once

#include "core/inventory/Inventory.h"

#include <QStringList>

namespace mc::inventory {

// Which groups make a host a Mesos master or agent. The defaults accept the
// names of the common Ansible playbooks (mhamrah's mesos_masters/mesos_slaves
// and mesos_primaries/mesos_workers, DC/OS's masters/agents).
struct RoleMapping
{
    QStringList masterGroups { QStringLiteral("masters"), QStringLiteral("mesos_masters"),
                               QStringLiteral("mesos-masters"), QStringLiteral("mesos_primaries") };
    QStringList agentGroups { QStringLiteral("agents"), QStringLiteral("mesos_slaves"),
                              QStringLiteral("slaves"), QStringLiteral("mesos_agents"),
                              QStringLiteral("mesos_workers") };

    // Hosts of every master (agent) group and their descendants, each once, in order.
    [[nodiscard]] QStringList masters(const Inventory &inventory) const;
    [[nodiscard]] QStringList agents(const Inventory &inventory) const;
    // The first master group that exists, or "masters".
    [[nodiscard]] QString masterGroupIn(const Inventory &inventory) const;
    [[nodiscard]] QString agentGroupIn(const Inventory &inventory) const;

    bool operator==(const RoleMapping &) const = default;
};

} // namespace mc::inventory
