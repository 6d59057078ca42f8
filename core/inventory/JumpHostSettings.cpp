#include "core/inventory/ClusterProfile.h"

namespace mc::inventory {

QString JumpHostSettings::modeName(Mode mode)
{
    switch (mode) {
    case Mode::InventoryHost:
        return QStringLiteral("host");
    case Mode::Bastion:
        return QStringLiteral("bastion");
    case Mode::Direct:
        break;
    }
    return QStringLiteral("direct");
}

std::optional<JumpHostSettings::Mode> JumpHostSettings::modeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty() || n == u"direct")
        return Mode::Direct;
    if (n == u"host")
        return Mode::InventoryHost;
    if (n == u"bastion")
        return Mode::Bastion;
    return std::nullopt;
}

} // namespace mc::inventory
