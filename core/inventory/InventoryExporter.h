#pragma once

#include "core/inventory/ImportedInventory.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QMap>

namespace mc::inventory {

// Writes an inventory to disk as INI or YAML, atomically (QSaveFile). When
// variables came from group_vars/ or host_vars/ files they are written back
// as such files next to the output (group_vars/<group>.yml,
// host_vars/<host>.yml): folding them into the main file would change which
// value wins for some hosts.
class InventoryExporter
{
    Q_DECLARE_TR_FUNCTIONS(mc::inventory::InventoryExporter)

public:
    // Main text for the format.
    [[nodiscard]] static Result<QString> text(const Inventory &inventory, InventoryFormat format);
    // Relative path -> content of the variable files to write beside the main file.
    [[nodiscard]] static Result<QMap<QString, QString>> varsFiles(const Inventory &inventory);
    // Writes everything; returns the paths written.
    [[nodiscard]] static Result<QStringList> writeFile(const Inventory &inventory, const QString &path,
                                                       InventoryFormat format);
    // .ini/.cfg/none -> INI, .yml/.yaml -> YAML.
    [[nodiscard]] static InventoryFormat formatForPath(const QString &path);
};

} // namespace mc::inventory
