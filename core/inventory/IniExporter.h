#pragma once

#include "core/inventory/Inventory.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace mc::inventory {

// Writes an inventory as Ansible INI that ansible-inventory reads back to the
// same hosts, groups (order included) and variables: ungrouped hosts first,
// every [group] with its hosts (a host's own variables inline on its first
// line), then [group:children] and [group:vars]. Values are written as
// Python literals where the bare text would be read as something else.
// Only the inventory layer is written; see InventoryExporter for files.
class IniExporter
{
    Q_DECLARE_TR_FUNCTIONS(mc::inventory::IniExporter)

public:
    [[nodiscard]] static Result<QString> write(const Inventory &inventory);
    // `key=value` for a host line, or nullopt-like error text.
    [[nodiscard]] static Result<QString> hostVariable(const QString &key, const QVariant &value);
    [[nodiscard]] static Result<QString> groupVariable(const QString &key, const QVariant &value);
};

} // namespace mc::inventory
