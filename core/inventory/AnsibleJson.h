#pragma once

#include "core/inventory/Inventory.h"

#include <QByteArray>
#include <QVariantMap>

namespace mc::inventory {

// The JSON `ansible-inventory --list` (or `--list --export`) prints for an
// inventory, byte for byte: keys sorted, four-space indent, groups reached
// from `all` with their hosts and children, `_meta.hostvars` with each
// host's merged variables (export: only its own), empty parts left out.
class AnsibleJson
{
public:
    enum class Mode { List, Export };

    [[nodiscard]] static QVariantMap toVariant(const Inventory &inventory, Mode mode = Mode::List);
    // With the trailing newline ansible-inventory prints.
    [[nodiscard]] static QByteArray toJson(const Inventory &inventory, Mode mode = Mode::List);
};

} // namespace mc::inventory
