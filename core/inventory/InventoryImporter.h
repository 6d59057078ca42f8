#pragma once

#include "core/inventory/ImportedInventory.h"
#include "core/util/Result.h"

#include <optional>

namespace mc::inventory {

// Reads an Ansible inventory file as ansible-inventory -i FILE does: YAML
// for .yml/.yaml/.json or no extension when it parses as a YAML mapping,
// otherwise INI; then group_vars/ and host_vars/ beside the file. Refuses
// binary files, invalid UTF-8 and files over TextFile::kMaxBytes.
class InventoryImporter
{
public:
    [[nodiscard]] static Result<ImportedInventory> importFile(const QString &path,
                                                              std::optional<InventoryFormat> format = {},
                                                              bool readVarsDirectories = true);
    [[nodiscard]] static Result<ImportedInventory> importText(const QString &text, const QString &name,
                                                              std::optional<InventoryFormat> format = {});
};

} // namespace mc::inventory
