#pragma once

#include "core/inventory/Inventory.h"
#include "core/util/Result.h"

namespace mc::inventory {

// group_vars/ and host_vars/ next to an inventory file, read as Ansible's
// host_group_vars plugin does: <dir>/<name> with no extension, .yml, .yaml
// or .json (the first that exists), or a directory <name>/ whose files
// (sorted, recursive, no hidden or ~ files, only those extensions) are
// merged in order. The values go to the "file" layer of each group and host.
class VarsDirectories
{
public:
    [[nodiscard]] static Status load(Inventory &inventory, const QString &baseDir);
    // The files that would be read for `name` under `dir` (for tests and messages).
    [[nodiscard]] static QStringList filesFor(const QString &dir, const QString &name);
};

} // namespace mc::inventory
