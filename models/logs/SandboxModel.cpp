#include "models/logs/SandboxModel.h"

#include "core/util/Numbers.h"
#include "models/cluster/Format.h"
#include "models/common/ColumnTitles.h"
#include "models/common/TreeNode.h"

#include <QPointer>

namespace mc::models {

struct SandboxModel::Node
{
    logs::SandboxEntry entry;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;
    bool listed = false;
    bool listing = false;

    [[nodiscard]] int row() const { return rowInParent(*this); }
};

SandboxModel::SandboxModel(Lister lister, QObject *parent)
    : QAbstractItemModel(parent)
    , m_lister(std::move(lister))
    , m_root(std::make_unique<Node>())
{
    m_root->entry.directory = true;
}

SandboxModel::~SandboxModel() = default;

void SandboxModel::reload()
{
    // Every directory listed so far, root first.
    std::vector<Node *> listed { m_root.get() };
    for (size_t i = 0; i < listed.size(); ++i) {
        for (const auto &child : listed[i]->children) {
            if (child->listed)
                listed.push_back(child.get());
        }
    }
    for (Node *node : listed)
        list(node);
}

void SandboxModel::list(Node *node)
{
    if (node->listing)
        return;
    node->listing = true;
    ++m_pending;
    const QString dir = node->entry.relativePath;
    m_lister(dir, this, [this, dir](Result<QList<logs::SandboxEntry>> entries) {
        --m_pending;
        Node *target = dir.isEmpty() ? m_root.get() : find(m_root.get(), dir);
        if (!target)
            return; // removed by a refresh meanwhile
        target->listing = false;
        if (!entries) {
            Q_EMIT failed(dir, entries.error().message);
            return;
        }
        apply(target, *entries);
        target->listed = true;
        Q_EMIT listed(dir);
    });
}

void SandboxModel::apply(Node *node, const QList<logs::SandboxEntry> &entries)
{
    const QModelIndex parent = indexOf(node);
    // Removed entries, last row first.
    for (int r = int(node->children.size()) - 1; r >= 0; --r) {
        const QString &name = node->children[size_t(r)]->entry.name;
        const bool kept = std::any_of(entries.begin(), entries.end(),
                                      [&](const logs::SandboxEntry &e) { return e.name == name; });
        if (!kept) {
            beginRemoveRows(parent, r, r);
            node->children.erase(node->children.begin() + r);
            endRemoveRows();
        }
    }
    // Changed ones in place, new ones appended.
    for (const logs::SandboxEntry &e : entries) {
        const auto it = std::find_if(node->children.begin(), node->children.end(),
                                     [&](const auto &child) { return child->entry.name == e.name; });
        if (it != node->children.end()) {
            if (!((*it)->entry == e)) {
                (*it)->entry = e;
                const int r = int(it - node->children.begin());
                Q_EMIT dataChanged(index(r, 0, parent), index(r, ColumnCount - 1, parent));
            }
            continue;
        }
        const int r = int(node->children.size());
        beginInsertRows(parent, r, r);
        auto child = std::make_unique<Node>();
        child->entry = e;
        child->parent = node;
        node->children.push_back(std::move(child));
        endInsertRows();
    }
}

SandboxModel::Node *SandboxModel::find(Node *from, const QString &relativePath) const
{
    Node *node = from;
    for (const QString &part : relativePath.split(u'/', Qt::SkipEmptyParts)) {
        const auto it = std::find_if(node->children.begin(), node->children.end(),
                                     [&](const auto &child) { return child->entry.name == part; });
        if (it == node->children.end())
            return nullptr;
        node = it->get();
    }
    return node;
}

QModelIndex SandboxModel::indexOf(const QString &relativePath) const
{
    const Node *node = find(m_root.get(), relativePath);
    return node && node != m_root.get() ? indexOf(node) : QModelIndex();
}

QModelIndex SandboxModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

SandboxModel::Node *SandboxModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

const logs::SandboxEntry *SandboxModel::entry(const QModelIndex &index) const
{
    return index.isValid() ? &nodeOf(index)->entry : nullptr;
}

QModelIndex SandboxModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    if (row < 0 || column < 0 || column >= ColumnCount || size_t(row) >= node->children.size())
        return {};
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex SandboxModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(nodeOf(child)->parent);
}

int SandboxModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int SandboxModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool SandboxModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeOf(parent);
    return node->entry.directory && (!node->listed || !node->children.empty());
}

bool SandboxModel::canFetchMore(const QModelIndex &parent) const
{
    const Node *node = nodeOf(parent);
    return node->entry.directory && !node->listed && !node->listing;
}

void SandboxModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        list(nodeOf(parent));
}

QVariant SandboxModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const logs::SandboxEntry &e = nodeOf(index)->entry;
    switch (role) {
    case RelativePathRole:
        return e.relativePath;
    case IsDirectoryRole:
        return e.directory;
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return e.name;
        case Size:
            return e.directory ? QString() : util::bytes(e.size);
        case Modified:
            return Format::epochSeconds(double(e.mtime));
        case Mode:
            return e.mode;
        default:
            return {};
        }
    case RawValueRole:
        switch (index.column()) {
        case Name:
            return e.name;
        case Size:
            return e.size;
        case Modified:
            return e.mtime;
        case Mode:
            return e.mode;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return tr("%1\n%2 bytes · %3 %4:%5").arg(e.relativePath, util::grouped(e.size), e.mode, e.uid, e.gid);
    case Qt::TextAlignmentRole:
        return index.column() == Size ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant SandboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle(section, orientation, role, [] { // in the order of Column
        return QStringList { tr("Name"), tr("Size"), tr("Modified"), tr("Mode") };
    });
}

} // namespace mc::models
