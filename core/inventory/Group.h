#pragma once

#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace mc::inventory {

// A group: its own hosts and child groups (both in the order they were
// added), its variables in two layers (inventory source, group_vars/ file)
// and Ansible's `ansible_group_priority` (only honoured from the source).
struct Group
{
    static constexpr int kDefaultPriority = 1;

    QString name;
    QStringList hosts;
    QStringList children;
    QVariantMap vars;
    QVariantMap fileVars;
    int priority = kDefaultPriority;

    bool operator==(const Group &) const = default;
};

} // namespace mc::inventory
