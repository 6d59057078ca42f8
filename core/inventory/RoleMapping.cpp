#include "core/inventory/RoleMapping.h"

namespace mc::inventory {

namespace {
QStringList hostsOfGroups(const Inventory &inventory, const QStringList &groups)
{
    QStringList result;
    for (const QString &g : groups) {
        if (!inventory.hasGroup(g))
            continue;
        for (const QString &h : inventory.hostsIn(g)) {
            if (!result.contains(h))
                result << h;
        }
    }
    return result;
}

QString firstExisting(const Inventory &inventory, const QStringList &groups)
{
    for (const QString &g : groups) {
        if (inventory.hasGroup(g))
            return g;
    }
    return groups.value(0);
}
} // namespace

QStringList RoleMapping::masters(const Inventory &inventory) const
{
    return hostsOfGroups(inventory, masterGroups);
}

QStringList RoleMapping::agents(const Inventory &inventory) const
{
    return hostsOfGroups(inventory, agentGroups);
}

QString RoleMapping::masterGroupIn(const Inventory &inventory) const
{
    return firstExisting(inventory, masterGroups);
}

QString RoleMapping::agentGroupIn(const Inventory &inventory) const
{
    return firstExisting(inventory, agentGroups);
}

} // namespace mc::inventory
