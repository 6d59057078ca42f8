#pragma once

#include "core/inventory/ImportedInventory.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QVariantMap>

namespace YAML {
class Node;
}

namespace mc::inventory {

// Ansible's YAML inventory format with the semantics of ansible-core 2.14's
// `yaml` plugin (groups with hosts/vars/children, host patterns as keys, YAML
// 1.1 scalars). yaml-cpp's exceptions are caught here and come back as
// errors with FILE:LINE:COLUMN.
class YamlImporter
{
    Q_DECLARE_TR_FUNCTIONS(mc::inventory::YamlImporter)

public:
    [[nodiscard]] static Result<ImportedInventory> parse(const QString &text, const QString &fileName);

    // A variables file (group_vars/, host_vars/): JSON or YAML, a mapping or
    // empty (an empty map).
    [[nodiscard]] static Result<QVariantMap> parseVarsFile(const QString &text, const QString &fileName);

    // An inventory from an already loaded node (the `inventory:` part of a workspace).
    [[nodiscard]] static Result<ImportedInventory> parseNode(const YAML::Node &node, const QString &fileName);
    // Checks the syntax with libyaml and loads the one document with yaml-cpp.
    [[nodiscard]] static Result<YAML::Node> loadDocument(const QString &text, const QString &fileName);

    // Any YAML document as a value (for workspace files).
    [[nodiscard]] static Result<QVariant> parseValue(const QString &text, const QString &fileName);
};

} // namespace mc::inventory
