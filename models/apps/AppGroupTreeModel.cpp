#include "models/apps/AppGroupTreeModel.h"

#include "models/cluster/AppsModel.h"
#include "models/cluster/Format.h"

#include <QFont>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace mc::models {

struct AppGroupTreeModel::Node
{
    Node *parent = nullptr;
    QString id; // app id or group id
    bool group = false;
    int row = 0; // among its parent's children
    int sourceRow = -1; // apps: the AppsModel row
    std::vector<std::unique_ptr<Node>> children;
    mutable bool dirty = true; // groups: totals must be summed again
    mutable Totals totals;
};

namespace {

QString nameOf(const QString &id)
{
    const qsizetype slash = id.lastIndexOf(u'/');
    return slash < 0 ? id : id.mid(slash + 1);
}

} // namespace

// Appends a group (sourceRow -1) or an app to `parent`'s children.
AppGroupTreeModel::Node *AppGroupTreeModel::addChild(Node *parent, const QString &id, int sourceRow)
{
    auto node = std::make_unique<Node>();
    node->parent = parent;
    node->id = id;
    node->group = sourceRow < 0;
    node->row = int(parent->children.size());
    node->sourceRow = sourceRow;
    Node *added = node.get();
    parent->children.push_back(std::move(node));
    if (added->group)
        m_groups.insert(id, added);
    else
        m_leafOfRow[size_t(sourceRow)] = added;
    return added;
}

AppGroupTreeModel::AppGroupTreeModel(AppsModel *source, QObject *parent)
    : QAbstractItemModel(parent)
    , m_source(source)
{
    connect(source, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { insertSourceRows(first, last); });
    connect(source, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this](const QModelIndex &, int first, int last) { removeSourceRows(first, last); });
    connect(source, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &, int first, int last) { shiftSourceRows(first, last); });
    connect(source, &QAbstractItemModel::dataChanged, this, &AppGroupTreeModel::sourceDataChanged);
    connect(source, &QAbstractItemModel::modelReset, this, &AppGroupTreeModel::rebuild);
    connect(source, &QAbstractItemModel::layoutChanged, this, &AppGroupTreeModel::rebuild);
    connect(source, &QAbstractItemModel::rowsMoved, this, &AppGroupTreeModel::rebuild);
    rebuild();
}

AppGroupTreeModel::~AppGroupTreeModel() = default;

QString AppGroupTreeModel::groupOf(const QString &appId)
{
    const qsizetype slash = appId.lastIndexOf(u'/');
    return slash <= 0 ? QStringLiteral("/") : appId.left(slash);
}

AppGroupTreeModel::Node *AppGroupTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex AppGroupTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

bool AppGroupTreeModel::isGroup(const QModelIndex &index) const
{
    return index.isValid() && nodeOf(index)->group;
}

QString AppGroupTreeModel::idOf(const QModelIndex &index) const
{
    return index.isValid() ? nodeOf(index)->id : QString();
}

QModelIndex AppGroupTreeModel::indexOfGroup(const QString &groupId) const
{
    return indexOf(m_groups.value(groupId));
}

void AppGroupTreeModel::collectApps(const Node *group, QStringList &ids) const
{
    for (const auto &child : group->children) {
        if (child->group)
            collectApps(child.get(), ids);
        else
            ids.append(child->id);
    }
}

QStringList AppGroupTreeModel::appIds(const QString &groupId) const
{
    QStringList ids;
    if (const Node *group = m_groups.value(groupId))
        collectApps(group, ids);
    return ids;
}

AppGroupTreeModel::Totals AppGroupTreeModel::totals(const QString &groupId) const
{
    const Node *group = m_groups.value(groupId);
    return group ? totalsOf(group) : Totals {};
}

const AppGroupTreeModel::Totals &AppGroupTreeModel::totalsOf(const Node *group) const
{
    if (!group->dirty)
        return group->totals;
    Totals t;
    for (const auto &child : group->children) {
        if (child->group) {
            const Totals &c = totalsOf(child.get());
            t.apps += c.apps;
            t.instances += c.instances;
            t.running += c.running;
            t.staged += c.staged;
            t.healthy += c.healthy;
            t.unhealthy += c.unhealthy;
            t.cpus += c.cpus;
            t.mem += c.mem;
            continue;
        }
        const marathon::App &a = m_source->row(child->sourceRow);
        ++t.apps;
        t.instances += a.instances;
        t.running += a.tasksRunning;
        t.staged += a.tasksStaged;
        t.healthy += a.tasksHealthy;
        t.unhealthy += a.tasksUnhealthy;
        t.cpus += a.cpus * a.instances;
        t.mem += a.mem * a.instances;
    }
    group->totals = t;
    group->dirty = false;
    return group->totals;
}

void AppGroupTreeModel::markDirty(Node *node)
{
    for (Node *n = node->group ? node : node->parent; n; n = n->parent)
        n->dirty = true;
}

QModelIndex AppGroupTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *p = nodeOf(parent);
    if (!p->group || row < 0 || row >= int(p->children.size()) || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex AppGroupTreeModel::parent(const QModelIndex &child) const
{
    return child.isValid() ? indexOf(nodeOf(child)->parent) : QModelIndex();
}

int AppGroupTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *p = nodeOf(parent);
    return p->group ? int(p->children.size()) : 0;
}

int AppGroupTreeModel::columnCount(const QModelIndex &) const
{
    return m_source->columnCount();
}

QVariant AppGroupTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = nodeOf(index);
    if (role == IsGroupRole)
        return node->group;
    if (!node->group) {
        if (role == Qt::DisplayRole && index.column() == AppsModel::Id)
            return nameOf(node->id);
        if (role == Qt::ToolTipRole && index.column() == AppsModel::Id)
            return node->id;
        return m_source->index(node->sourceRow, index.column()).data(role);
    }
    return groupData(node, index.column(), role);
}

QVariant AppGroupTreeModel::groupData(const Node *group, int column, int role) const
{
    if (role == IdRole)
        return group->id;
    if (role == Qt::ToolTipRole) {
        if (column == AppsModel::Cpus || column == AppsModel::Memory)
            return tr("Of all instances of the apps in %1").arg(group->id);
        return column == AppsModel::Id ? QVariant(group->id) : QVariant();
    }
    if (role == Qt::FontRole && column == AppsModel::Id) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != RawValueRole)
        return {};
    const bool raw = role == RawValueRole;
    const Totals &t = totalsOf(group);
    switch (column) {
    case AppsModel::Id:
        return raw ? QVariant(group->id) : QVariant(nameOf(group->id) + u'/');
    case AppsModel::State:
        return raw ? QVariant(t.apps) : QVariant(tr("%n app(s)", nullptr, t.apps));
    case AppsModel::Instances:
        return t.instances;
    case AppsModel::Running:
        return t.running;
    case AppsModel::Staged:
        return t.staged;
    case AppsModel::Healthy:
        return t.healthy;
    case AppsModel::Unhealthy:
        return t.unhealthy;
    case AppsModel::Cpus:
        return raw ? QVariant(t.cpus) : QVariant(Format::cpus(t.cpus));
    case AppsModel::Memory:
        return raw ? QVariant(t.mem) : QVariant(Format::megabytes(t.mem));
    default:
        return {};
    }
}

QVariant AppGroupTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source->headerData(section, orientation, role);
}

void AppGroupTreeModel::rebuild()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_root->id = QStringLiteral("/");
    m_root->group = true;
    m_groups = { { m_root->id, m_root.get() } };
    m_leafOfRow.assign(size_t(m_source->rowCount()), nullptr);
    for (int r = 0; r < m_source->rowCount(); ++r) {
        const QString &id = m_source->row(r).id;
        Node *group = m_root.get();
        // Without signals: the reset tells the views.
        QString path;
        // The group's id outlives the loop: the views split() returns point into it.
        const QString groupId = groupOf(id);
        for (const QStringView segment : QStringView(groupId).split(u'/', Qt::SkipEmptyParts)) {
            path += u'/' + segment;
            Node *child = m_groups.value(path);
            group = child ? child : addChild(group, path);
        }
        addChild(group, id, r);
    }
    endResetModel();
}

AppGroupTreeModel::Node *AppGroupTreeModel::ensureGroup(const QString &groupId)
{
    if (Node *found = m_groups.value(groupId))
        return found;
    Node *parent = ensureGroup(groupOf(groupId));
    const int row = int(parent->children.size());
    beginInsertRows(indexOf(parent), row, row);
    Node *added = addChild(parent, groupId);
    endInsertRows();
    return added;
}

void AppGroupTreeModel::insertSourceRows(int first, int last)
{
    const int count = last - first + 1;
    for (Node *leaf : m_leafOfRow)
        if (leaf && leaf->sourceRow >= first)
            leaf->sourceRow += count;
    m_leafOfRow.insert(m_leafOfRow.begin() + first, size_t(count), nullptr);
    // One insertion per group: the new apps of a group arrive as one block.
    QMap<QString, QList<int>> byGroup;
    for (int r = first; r <= last; ++r)
        byGroup[groupOf(m_source->row(r).id)].append(r);
    for (auto it = byGroup.cbegin(); it != byGroup.cend(); ++it) {
        Node *group = ensureGroup(it.key());
        const int firstRow = int(group->children.size());
        beginInsertRows(indexOf(group), firstRow, firstRow + int(it->size()) - 1);
        for (int r : *it)
            addChild(group, m_source->row(r).id, r);
        markDirty(group);
        endInsertRows();
    }
}

void AppGroupTreeModel::removeChildren(Node *parent, std::vector<int> rows)
{
    std::sort(rows.begin(), rows.end());
    // Contiguous runs from the last one, so that the rows before stay where they are.
    for (size_t end = rows.size(); end > 0;) {
        size_t begin = end - 1;
        while (begin > 0 && rows[begin - 1] == rows[begin] - 1)
            --begin;
        beginRemoveRows(indexOf(parent), rows[begin], rows[end - 1]);
        for (int r = rows[begin]; r <= rows[end - 1]; ++r)
            if (parent->children[size_t(r)]->group)
                m_groups.remove(parent->children[size_t(r)]->id);
        parent->children.erase(parent->children.begin() + rows[begin],
                               parent->children.begin() + rows[end - 1] + 1);
        for (size_t i = size_t(rows[begin]); i < parent->children.size(); ++i)
            parent->children[i]->row = int(i);
        endRemoveRows();
        end = begin;
    }
    markDirty(parent);
}

void AppGroupTreeModel::removeSourceRows(int first, int last)
{
    QHash<Node *, std::vector<int>> byParent;
    for (int r = first; r <= last; ++r) {
        Node *leaf = m_leafOfRow[size_t(r)];
        m_leafOfRow[size_t(r)] = nullptr;
        if (leaf)
            byParent[leaf->parent].push_back(leaf->row);
    }
    QStringList emptied;
    for (auto it = byParent.begin(); it != byParent.end(); ++it) {
        removeChildren(it.key(), std::move(*it));
        if (it.key()->children.empty())
            emptied.append(it.key()->id);
    }
    // A group without apps is no more (Marathon keeps empty groups; the ids do not say so).
    for (const QString &id : std::as_const(emptied)) {
        Node *group = m_groups.value(id); // gone already when a subgroup's removal took it
        while (group && group != m_root.get() && group->children.empty()) {
            Node *parent = group->parent;
            removeChildren(parent, { group->row });
            group = parent;
        }
    }
}

void AppGroupTreeModel::shiftSourceRows(int first, int last)
{
    const int count = last - first + 1;
    m_leafOfRow.erase(m_leafOfRow.begin() + first, m_leafOfRow.begin() + last + 1);
    for (size_t r = size_t(first); r < m_leafOfRow.size(); ++r)
        m_leafOfRow[r]->sourceRow -= count;
}

void AppGroupTreeModel::sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // Per group: one range of its changed apps, and the group rows above them once.
    QHash<Node *, std::pair<int, int>> rangeOf;
    QSet<Node *> groups;
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        Node *leaf = m_leafOfRow[size_t(r)];
        if (!leaf)
            continue;
        auto it = rangeOf.find(leaf->parent);
        if (it == rangeOf.end())
            it = rangeOf.insert(leaf->parent, { leaf->row, leaf->row });
        it->first = std::min(it->first, leaf->row);
        it->second = std::max(it->second, leaf->row);
        for (Node *g = leaf->parent; g != m_root.get() && !groups.contains(g); g = g->parent)
            groups.insert(g);
        markDirty(leaf);
    }
    // A row's id never changes (AppsModel diffs by id): without its column a view sorted by name
    // keeps its order instead of sorting each group again.
    const int firstColumn = std::max(topLeft.column(), int(AppsModel::Id) + 1);
    if (firstColumn <= bottomRight.column()) {
        for (auto it = rangeOf.cbegin(); it != rangeOf.cend(); ++it)
            Q_EMIT dataChanged(index(it->first, firstColumn, indexOf(it.key())),
                               index(it->second, bottomRight.column(), indexOf(it.key())));
    }
    // Only the summed columns: the group's name stays, so a view sorted by name keeps its order.
    for (Node *g : std::as_const(groups))
        Q_EMIT dataChanged(indexOf(g, AppsModel::State), indexOf(g, AppsModel::Memory));
}

} // namespace mc::models
