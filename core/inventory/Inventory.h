#pragma once

#include "core/inventory/Group.h"
#include "core/inventory/Host.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace mc::inventory {

// The names of Ansible's two implicit groups.
QString allGroupName();
QString ungroupedGroupName();

// Hosts and groups with Ansible's semantics (ansible.inventory.data): every
// inventory has `all` and `ungrouped`; groups without a parent belong to
// `all`; a host in no group is in `ungrouped`; a host appearing in several
// groups is one host. The building operations mirror Ansible's so that an
// importer doing what Ansible's parser does gets the same result, order
// included; reconcile() then applies the implicit rules.
class Inventory
{
    Q_DECLARE_TR_FUNCTIONS(mc::inventory::Inventory)

public:
    Inventory();

    [[nodiscard]] const QList<Group> &groups() const { return m_groups; }
    [[nodiscard]] const QList<Host> &hosts() const { return m_hosts; }
    [[nodiscard]] const Group *group(const QString &name) const;
    [[nodiscard]] const Host *host(const QString &name) const;
    [[nodiscard]] bool hasGroup(const QString &name) const { return m_groupIndex.contains(name); }
    [[nodiscard]] bool hasHost(const QString &name) const { return m_hostIndex.contains(name); }

    // --- building, as Ansible's InventoryData does ---
    void addGroup(const QString &name);
    // Creates the host if new (with `port` as ansible_port), then adds it to
    // `group` (which must exist) if given.
    void addHost(const QString &name, const QString &group = {}, std::optional<int> port = {});
    // Adds a group (or, failing that, a host) named `child` to `parent`.
    Status addChild(const QString &parent, const QString &child);
    // Like Ansible: a group of that name takes the variable before a host.
    // `ansible_group_priority` on a group sets its priority instead.
    void setVariable(const QString &entity, const QString &key, const QVariant &value);
    void setGroupFileVars(const QString &group, const QVariantMap &vars);
    void setHostFileVars(const QString &host, const QVariantMap &vars);
    // Parentless groups join `all`; hosts in no group join `ungrouped`, hosts
    // in another group leave it.
    void reconcile();

    // --- editing (each leaves the inventory reconciled) ---
    Status renameHost(const QString &from, const QString &to);
    Status renameGroup(const QString &from, const QString &to);
    void removeHost(const QString &name);
    Status removeGroup(const QString &name);
    // Puts `host` into `group` at `index` (-1: at the end); creates the host if new.
    Status addHostToGroup(const QString &host, const QString &group, qsizetype index = -1);
    void removeHostFromGroup(const QString &host, const QString &group);
    void removeChildGroup(const QString &parent, const QString &child);
    // Puts `child` under `parent`, taking it out of `all` (where it sat only
    // for want of a parent).
    Status nestGroup(const QString &child, const QString &parent);
    void setHostVars(const QString &host, const QVariantMap &vars);
    void setGroupVars(const QString &group, const QVariantMap &vars);
    void setGroupPriority(const QString &group, int priority);

    // --- queries ---
    [[nodiscard]] QStringList parentsOf(const QString &group) const;
    // Groups that list the host directly.
    [[nodiscard]] QStringList directGroupsOf(const QString &host) const;
    // Direct groups and all their ancestors (`all` included), Ansible's host.get_groups().
    [[nodiscard]] QStringList groupsOf(const QString &host) const;
    // Longest path from `all` (all = 0).
    [[nodiscard]] int depth(const QString &group) const;
    // Whether `ancestor` is `group` or above it.
    [[nodiscard]] bool isAncestor(const QString &ancestor, const QString &group) const;
    // Hosts of the group and of its descendants, each once, in order.
    [[nodiscard]] QStringList hostsIn(const QString &group) const;

    // Variables of a host after Ansible's precedence (ansible-inventory --list):
    // all < other groups (by depth, priority, name) < group_vars/all <
    // group_vars files (same order) < host < host_vars file.
    [[nodiscard]] QVariantMap effectiveVars(const QString &host) const;
    // The host's groups (without `all`) in the order their variables apply.
    [[nodiscard]] QStringList precedenceGroups(const QString &host) const;
    // Ansible's --export view: the group's own vars (both layers, plus a
    // non-default priority), the host's own vars.
    [[nodiscard]] QVariantMap exportGroupVars(const QString &group) const;
    [[nodiscard]] QVariantMap exportHostVars(const QString &host) const;

    [[nodiscard]] bool hasFileVars() const;

    // The same groups and hosts, each with the same hosts, children (in order) and variables.
    // The order the groups and hosts were declared in is not compared: a file that declares
    // a group before `all` names it is written back in the tree's order, and means the same.
    bool operator==(const Inventory &other) const;

private:
    struct Graph
    {
        QHash<QString, QStringList> parents;
        QHash<QString, QStringList> hostGroups;
        QHash<QString, int> depth;
    };
    const Graph &graph() const;
    void invalidate() { m_graph.reset(); }
    Group *mutableGroup(const QString &name);
    Host *mutableHost(const QString &name);
    void rebuildIndexes();
    [[nodiscard]] QStringList sortedGroups(QStringList names) const;

    QList<Group> m_groups;
    QHash<QString, qsizetype> m_groupIndex;
    QList<Host> m_hosts;
    QHash<QString, qsizetype> m_hostIndex;
    mutable std::shared_ptr<Graph> m_graph;
};

} // namespace mc::inventory
