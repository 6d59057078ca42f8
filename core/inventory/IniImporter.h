#pragma once

#include "core/inventory/ImportedInventory.h"
#include "core/util/Result.h"

#include <QCoreApplication>

namespace mc::inventory {

// Ansible's INI inventory format with the semantics of ansible-core 2.14's
// `ini` plugin (sections, :vars, :children with forward references, inline
// host variables through shell splitting and Python literals, host ranges),
// but every error is reported with FILE:LINE:COLUMN instead of an empty
// inventory. group_vars/ and host_vars/ are not read here (VarsDirectories).
class IniImporter
{
    Q_DECLARE_TR_FUNCTIONS(mc::inventory::IniImporter)

public:
    [[nodiscard]] static Result<ImportedInventory> parse(const QString &text, const QString &fileName);
};

} // namespace mc::inventory
