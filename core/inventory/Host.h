#pragma once

#include <QString>
#include <QVariantMap>

namespace mc::inventory {

// One machine of the inventory. Variables come in two layers, as in Ansible:
// those written in the inventory source itself and those from a
// host_vars/<name> file next to it (which win).
struct Host
{
    QString name;
    QVariantMap vars;
    QVariantMap fileVars;

    bool operator==(const Host &) const = default;
};

} // namespace mc::inventory
