#pragma once

#include "core/inventory/Inventory.h"

#include <QStringList>

namespace mc::inventory {

enum class InventoryFormat { Ini, Yaml };

// What an importer made of a file: the inventory and the warnings Ansible
// would print for it (each "FILE:LINE:COLUMN: text" where known).
struct ImportedInventory
{
    Inventory inventory;
    QStringList warnings;
    InventoryFormat format = InventoryFormat::Ini;
};

} // namespace mc::inventory
