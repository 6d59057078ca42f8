#include "core/inventory/Inventory.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace mc::inventory {

namespace {
const QString kPriorityVar = QStringLiteral("ansible_group_priority");
const QString kPortVar = QStringLiteral("ansible_port");
} // namespace

QString allGroupName()
{
    return QStringLiteral("all");
}

QString ungroupedGroupName()
{
    return QStringLiteral("ungrouped");
}

Inventory::Inventory()
{
    addGroup(allGroupName());
    addGroup(ungroupedGroupName());
    m_groups.first().children.append(ungroupedGroupName());
}

const Group *Inventory::group(const QString &name) const
{
    const auto it = m_groupIndex.constFind(name);
    return it == m_groupIndex.cend() ? nullptr : &m_groups.at(*it);
}

const Host *Inventory::host(const QString &name) const
{
    const auto it = m_hostIndex.constFind(name);
    return it == m_hostIndex.cend() ? nullptr : &m_hosts.at(*it);
}

Group *Inventory::mutableGroup(const QString &name)
{
    const auto it = m_groupIndex.constFind(name);
    return it == m_groupIndex.cend() ? nullptr : &m_groups[*it];
}

Host *Inventory::mutableHost(const QString &name)
{
    const auto it = m_hostIndex.constFind(name);
    return it == m_hostIndex.cend() ? nullptr : &m_hosts[*it];
}

void Inventory::rebuildIndexes()
{
    m_groupIndex.clear();
    for (qsizetype i = 0; i < m_groups.size(); ++i)
        m_groupIndex.insert(m_groups.at(i).name, i);
    m_hostIndex.clear();
    for (qsizetype i = 0; i < m_hosts.size(); ++i)
        m_hostIndex.insert(m_hosts.at(i).name, i);
    invalidate();
}

void Inventory::addGroup(const QString &name)
{
    if (name.isEmpty() || hasGroup(name))
        return;
    m_groupIndex.insert(name, m_groups.size());
    m_groups.append(Group { name, {}, {}, {}, {}, Group::kDefaultPriority });
    invalidate();
}

void Inventory::addHost(const QString &name, const QString &groupName, std::optional<int> port)
{
    if (name.isEmpty())
        return;
    if (!hasHost(name)) {
        Host h;
        h.name = name;
        if (port)
            h.vars.insert(kPortVar, qlonglong(*port));
        m_hostIndex.insert(name, m_hosts.size());
        m_hosts.append(h);
    }
    if (Group *g = mutableGroup(groupName); g && !g->hosts.contains(name))
        g->hosts.append(name);
    invalidate();
}

bool Inventory::isAncestor(const QString &ancestor, const QString &groupName) const
{
    if (ancestor == groupName)
        return true;
    QSet<QString> seen;
    QStringList todo { groupName };
    while (!todo.isEmpty()) {
        const QString g = todo.takeLast();
        for (const QString &p : parentsOf(g)) {
            if (p == ancestor)
                return true;
            if (!seen.contains(p)) {
                seen.insert(p);
                todo << p;
            }
        }
    }
    return false;
}

Status Inventory::addChild(const QString &parent, const QString &child)
{
    Group *p = mutableGroup(parent);
    if (!p)
        return Error { tr("There is no group named \"%1\".").arg(parent), {} };
    if (hasGroup(child)) {
        if (p->children.contains(child))
            return {};
        if (isAncestor(child, parent)) {
            return Error { tr("Adding the group \"%1\" under \"%2\" would make a loop: \"%2\" is "
                              "already inside \"%1\".")
                               .arg(child, parent),
                           {} };
        }
        p->children.append(child);
        invalidate();
        return {};
    }
    if (hasHost(child)) {
        if (!p->hosts.contains(child))
            p->hosts.append(child);
        invalidate();
        return {};
    }
    return Error { tr("\"%1\" is neither a known host nor a known group.").arg(child), {} };
}

void Inventory::setVariable(const QString &entity, const QString &key, const QVariant &value)
{
    if (Group *g = mutableGroup(entity)) {
        if (key == kPriorityVar) {
            bool ok = false;
            const int priority = value.toInt(&ok);
            g->priority = ok ? priority : Group::kDefaultPriority;
        } else {
            g->vars.insert(key, value);
        }
    } else if (Host *h = mutableHost(entity)) {
        h->vars.insert(key, value);
    }
}

void Inventory::setGroupFileVars(const QString &groupName, const QVariantMap &vars)
{
    if (Group *g = mutableGroup(groupName))
        g->fileVars = vars;
}

void Inventory::setHostFileVars(const QString &hostName, const QVariantMap &vars)
{
    if (Host *h = mutableHost(hostName))
        h->fileVars = vars;
}

void Inventory::reconcile()
{
    const QString all = allGroupName();
    const QString ungrouped = ungroupedGroupName();
    QStringList orphans;
    for (const Group &g : std::as_const(m_groups)) {
        if (g.name != all && parentsOf(g.name).isEmpty())
            orphans << g.name;
    }
    QStringList leave;
    QStringList join;
    for (const Host &h : std::as_const(m_hosts)) {
        const QStringList direct = directGroupsOf(h.name);
        const bool elsewhere = std::any_of(direct.cbegin(), direct.cend(),
                                           [&](const QString &g) { return g != all && g != ungrouped; });
        if (direct.contains(ungrouped)) {
            if (elsewhere)
                leave << h.name;
        } else if (!elsewhere) {
            join << h.name;
        }
    }
    Group &allGroup = m_groups[m_groupIndex.value(all)];
    allGroup.children.append(orphans);
    // A host listed under `all` itself is reported through `ungrouped`.
    allGroup.hosts.clear();
    Group &ug = m_groups[m_groupIndex.value(ungrouped)];
    for (const QString &h : std::as_const(leave))
        ug.hosts.removeAll(h);
    ug.hosts.append(join);
    invalidate();
}

Status Inventory::renameHost(const QString &from, const QString &to)
{
    if (from == to)
        return {};
    if (to.trimmed().isEmpty())
        return Error { tr("A host needs a name."), {} };
    if (!hasHost(from))
        return Error { tr("There is no host named \"%1\".").arg(from), {} };
    if (hasHost(to))
        return Error { tr("There is already a host named \"%1\".").arg(to), {} };
    mutableHost(from)->name = to;
    for (Group &g : m_groups) {
        const qsizetype i = g.hosts.indexOf(from);
        if (i >= 0)
            g.hosts[i] = to;
    }
    rebuildIndexes();
    return {};
}

Status Inventory::renameGroup(const QString &from, const QString &to)
{
    if (from == to)
        return {};
    if (from == allGroupName() || from == ungroupedGroupName())
        return Error { tr("The group \"%1\" is built in and cannot be renamed.").arg(from), {} };
    if (to.trimmed().isEmpty())
        return Error { tr("A group needs a name."), {} };
    if (!hasGroup(from))
        return Error { tr("There is no group named \"%1\".").arg(from), {} };
    if (hasGroup(to))
        return Error { tr("There is already a group named \"%1\".").arg(to), {} };
    mutableGroup(from)->name = to;
    for (Group &g : m_groups) {
        const qsizetype i = g.children.indexOf(from);
        if (i >= 0)
            g.children[i] = to;
    }
    rebuildIndexes();
    return {};
}

void Inventory::removeHost(const QString &name)
{
    if (!hasHost(name))
        return;
    for (Group &g : m_groups)
        g.hosts.removeAll(name);
    m_hosts.removeAt(m_hostIndex.value(name));
    rebuildIndexes();
}

Status Inventory::removeGroup(const QString &name)
{
    if (name == allGroupName() || name == ungroupedGroupName())
        return Error { tr("The group \"%1\" is built in and cannot be removed.").arg(name), {} };
    if (!hasGroup(name))
        return {};
    for (Group &g : m_groups)
        g.children.removeAll(name);
    m_groups.removeAt(m_groupIndex.value(name));
    rebuildIndexes();
    reconcile();
    return {};
}

Status Inventory::addHostToGroup(const QString &hostName, const QString &groupName, qsizetype index)
{
    Group *g = mutableGroup(groupName);
    if (!g)
        return Error { tr("There is no group named \"%1\".").arg(groupName), {} };
    if (hostName.trimmed().isEmpty())
        return Error { tr("A host needs a name."), {} };
    if (hasGroup(hostName) && !hasHost(hostName)) {
        return Error { tr("\"%1\" is already the name of a group; Ansible would mix the two up. "
                          "Choose another host name.")
                           .arg(hostName),
                       {} };
    }
    addHost(hostName);
    g = mutableGroup(groupName);
    const qsizetype existing = g->hosts.indexOf(hostName);
    if (existing >= 0)
        g->hosts.removeAt(existing);
    if (index < 0 || index > g->hosts.size())
        index = g->hosts.size();
    g->hosts.insert(index, hostName);
    invalidate();
    reconcile();
    return {};
}

void Inventory::removeHostFromGroup(const QString &hostName, const QString &groupName)
{
    if (Group *g = mutableGroup(groupName)) {
        g->hosts.removeAll(hostName);
        invalidate();
        reconcile();
    }
}

void Inventory::removeChildGroup(const QString &parent, const QString &child)
{
    if (Group *g = mutableGroup(parent)) {
        g->children.removeAll(child);
        invalidate();
        reconcile();
    }
}

Status Inventory::nestGroup(const QString &child, const QString &parent)
{
    if (child == allGroupName() || child == ungroupedGroupName())
        return Error { tr("The group \"%1\" is built in and stays at the top.").arg(child), {} };
    if (!hasGroup(child))
        return Error { tr("There is no group named \"%1\".").arg(child), {} };
    if (auto s = addChild(parent, child); !s)
        return s;
    if (parent != allGroupName()) {
        m_groups[m_groupIndex.value(allGroupName())].children.removeAll(child);
        invalidate();
    }
    reconcile();
    return {};
}

void Inventory::setHostVars(const QString &hostName, const QVariantMap &vars)
{
    if (Host *h = mutableHost(hostName))
        h->vars = vars;
}

void Inventory::setGroupVars(const QString &groupName, const QVariantMap &vars)
{
    if (Group *g = mutableGroup(groupName))
        g->vars = vars;
}

void Inventory::setGroupPriority(const QString &groupName, int priority)
{
    if (Group *g = mutableGroup(groupName))
        g->priority = priority;
}

const Inventory::Graph &Inventory::graph() const
{
    if (m_graph)
        return *m_graph;
    auto g = std::make_shared<Graph>();
    for (const Group &grp : m_groups) {
        for (const QString &c : grp.children)
            g->parents[c].append(grp.name);
        for (const QString &h : grp.hosts)
            g->hostGroups[h].append(grp.name);
    }
    // Longest path from a root; cycles cannot be built through addChild().
    std::function<int(const QString &, int)> depthOf = [&](const QString &name, int guard) -> int {
        if (const auto it = g->depth.constFind(name); it != g->depth.cend())
            return *it;
        int d = 0;
        if (guard < 10000) {
            for (const QString &p : g->parents.value(name))
                d = std::max(d, depthOf(p, guard + 1) + 1);
        }
        g->depth.insert(name, d);
        return d;
    };
    for (const Group &grp : m_groups)
        depthOf(grp.name, 0);
    m_graph = g;
    return *m_graph;
}

QStringList Inventory::parentsOf(const QString &groupName) const
{
    return graph().parents.value(groupName);
}

QStringList Inventory::directGroupsOf(const QString &hostName) const
{
    return graph().hostGroups.value(hostName);
}

QStringList Inventory::groupsOf(const QString &hostName) const
{
    QStringList result;
    QStringList todo = directGroupsOf(hostName);
    while (!todo.isEmpty()) {
        const QString g = todo.takeFirst();
        if (result.contains(g))
            continue;
        result << g;
        todo << parentsOf(g);
    }
    if (!result.contains(allGroupName()) && hasHost(hostName))
        result << allGroupName();
    return result;
}

int Inventory::depth(const QString &groupName) const
{
    return graph().depth.value(groupName, 0);
}

QStringList Inventory::hostsIn(const QString &groupName) const
{
    QStringList result;
    QSet<QString> seenHosts;
    QSet<QString> seenGroups;
    QStringList order { groupName };
    for (qsizetype i = 0; i < order.size(); ++i) {
        const Group *g = group(order.at(i));
        if (!g)
            continue;
        for (const QString &h : g->hosts) {
            if (!seenHosts.contains(h)) {
                seenHosts.insert(h);
                result << h;
            }
        }
        for (const QString &c : g->children) {
            if (!seenGroups.contains(c)) {
                seenGroups.insert(c);
                order << c;
            }
        }
    }
    return result;
}

QStringList Inventory::sortedGroups(QStringList names) const
{
    std::stable_sort(names.begin(), names.end(), [this](const QString &a, const QString &b) {
        const Group *ga = group(a);
        const Group *gb = group(b);
        const int da = depth(a);
        const int db = depth(b);
        if (da != db)
            return da < db;
        if (ga->priority != gb->priority)
            return ga->priority < gb->priority;
        return a < b;
    });
    return names;
}

namespace {
void merge(QVariantMap &into, const QVariantMap &from)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        into.insert(it.key(), it.value());
}
} // namespace

QVariantMap Inventory::effectiveVars(const QString &hostName) const
{
    const Host *h = host(hostName);
    if (!h)
        return {};
    QStringList groupNames = groupsOf(hostName);
    groupNames.removeAll(allGroupName());
    groupNames = sortedGroups(groupNames);
    const Group *all = group(allGroupName());

    QVariantMap vars = all->vars;
    for (const QString &g : std::as_const(groupNames))
        merge(vars, group(g)->vars);
    merge(vars, all->fileVars);
    for (const QString &g : std::as_const(groupNames))
        merge(vars, group(g)->fileVars);
    merge(vars, h->vars);
    merge(vars, h->fileVars);
    return vars;
}

QStringList Inventory::precedenceGroups(const QString &hostName) const
{
    QStringList groupNames = groupsOf(hostName);
    groupNames.removeAll(allGroupName());
    return sortedGroups(groupNames);
}

QVariantMap Inventory::exportGroupVars(const QString &groupName) const
{
    const Group *g = group(groupName);
    if (!g)
        return {};
    QVariantMap vars = g->vars;
    merge(vars, g->fileVars);
    if (g->priority != Group::kDefaultPriority)
        vars.insert(kPriorityVar, qlonglong(g->priority));
    return vars;
}

QVariantMap Inventory::exportHostVars(const QString &hostName) const
{
    const Host *h = host(hostName);
    if (!h)
        return {};
    QVariantMap vars = h->vars;
    merge(vars, h->fileVars);
    return vars;
}

bool Inventory::hasFileVars() const
{
    return std::any_of(m_groups.cbegin(), m_groups.cend(),
                       [](const Group &g) { return !g.fileVars.isEmpty(); })
        || std::any_of(m_hosts.cbegin(), m_hosts.cend(), [](const Host &h) { return !h.fileVars.isEmpty(); });
}

namespace {
template<typename Item>
bool sameByName(const QList<Item> &a, const QList<Item> &b, const QHash<QString, qsizetype> &bIndex)
{
    if (a.size() != b.size())
        return false;
    return std::all_of(a.cbegin(), a.cend(), [&](const Item &item) {
        const auto at = bIndex.constFind(item.name);
        return at != bIndex.cend() && b.at(*at) == item;
    });
}
} // namespace

bool Inventory::operator==(const Inventory &other) const
{
    return sameByName(m_groups, other.m_groups, other.m_groupIndex)
        && sameByName(m_hosts, other.m_hosts, other.m_hostIndex);
}

} // namespace mc::inventory
