#pragma once

#include "core/inventory/Inventory.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace mc::inventory {

// Writes an inventory as an Ansible YAML inventory (all: children: ...) that
// ansible-inventory reads back to the same hosts, groups and variables. A
// group shared by several parents is written in full under the first and by
// name under the others. Only the inventory layer is written.
class YamlExporter
{
    Q_DECLARE_TR_FUNCTIONS(mc::inventory::YamlExporter)

public:
    [[nodiscard]] static Result<QString> write(const Inventory &inventory);
    // A variables file (group_vars/host_vars) body.
    [[nodiscard]] static QString varsFile(const QVariantMap &vars);
};

} // namespace mc::inventory
