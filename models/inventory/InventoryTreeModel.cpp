#include "models/inventory/InventoryTreeModel.h"

#include "core/inventory/Inventory.h"
#include "models/common/StateColorPalette.h"
#include "models/common/TreeNode.h"
#include "models/inventory/InventoryDocument.h"

#include <QColor>
#include <QIODevice>
#include <QIcon>
#include <QMimeData>
#include <QPainter>
#include <QPixmap>

namespace mc::models {

using inventory::ValidationIssue;

struct InventoryTreeModel::Node
{
    bool isGroup = true;
    QString name;
    Node *parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    [[nodiscard]] QString key() const
    {
        return (isGroup ? QStringLiteral("g:") : QStringLiteral("h:")) + name;
    }
    [[nodiscard]] int row() const { return rowInParent(*this); }
};

namespace {

struct Wanted
{
    bool isGroup;
    QString name;
    QString key() const { return (isGroup ? QStringLiteral("g:") : QStringLiteral("h:")) + name; }
};

QList<Wanted> wantedChildren(const inventory::Inventory &inv, const QString &group)
{
    QList<Wanted> out;
    const inventory::Group *g = inv.group(group);
    if (!g)
        return out;
    for (const QString &c : g->children)
        out << Wanted { true, c };
    for (const QString &h : g->hosts)
        out << Wanted { false, h };
    return out;
}

// A dot for errors (red) and warnings (amber); a blank one otherwise, so
// names stay aligned.
QIcon severityIcon(int severity)
{
    static QIcon lightIcons[3];
    static QIcon darkIcons[3];
    const StateColorPalette palette; // one set of icons per theme
    QIcon *icons = palette.isDark() ? darkIcons : lightIcons;
    const int slot = severity < 0 || severity > 1 ? 2 : severity;
    if (icons[slot].isNull()) {
        QPixmap pm(16, 16);
        pm.fill(Qt::transparent);
        if (slot == 2) {
            icons[slot] = QIcon(pm);
            return icons[slot];
        }
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(Qt::NoPen);
        p.setBrush(palette.color(severity == int(ValidationIssue::Severity::Error)
                                     ? StateColorPalette::Role::Error
                                     : StateColorPalette::Role::Warning));
        p.drawEllipse(QRectF(3, 3, 10, 10));
        p.end();
        icons[slot] = QIcon(pm);
    }
    return icons[slot];
}

} // namespace

InventoryTreeModel::InventoryTreeModel(InventoryDocument *document, QObject *parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_root(std::make_unique<Node>())
{
    m_root->name = inventory::allGroupName();
    connect(m_document, &InventoryDocument::inventoryChanged, this, &InventoryTreeModel::sync);
    connect(m_document, &InventoryDocument::documentReset, this, &InventoryTreeModel::sync);
    connect(m_document, &QObject::destroyed, this, [this] {
        beginResetModel();
        m_root->children.clear();
        endResetModel();
    });
    sync();
}

InventoryTreeModel::~InventoryTreeModel() = default;

InventoryTreeModel::Node *InventoryTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex InventoryTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, const_cast<Node *>(node));
}

void InventoryTreeModel::fill(Node *node) const
{
    if (!node->isGroup || !m_document)
        return;
    for (const Wanted &w : wantedChildren(m_document->inventory(), node->name)) {
        auto child = std::make_unique<Node>();
        child->isGroup = w.isGroup;
        child->name = w.name;
        child->parent = node;
        fill(child.get());
        node->children.push_back(std::move(child));
    }
}

void InventoryTreeModel::sync()
{
    syncChildren(m_root.get(), {});
}

void InventoryTreeModel::syncChildren(Node *node, const QModelIndex &index)
{
    const QList<Wanted> wanted
        = node->isGroup && m_document ? wantedChildren(m_document->inventory(), node->name) : QList<Wanted> {};
    QSet<QString> wantedKeys;
    for (const Wanted &w : wanted)
        wantedKeys.insert(w.key());

    for (int i = int(node->children.size()) - 1; i >= 0; --i) {
        if (!wantedKeys.contains(node->children[size_t(i)]->key())) {
            beginRemoveRows(index, i, i);
            node->children.erase(node->children.begin() + i);
            endRemoveRows();
        }
    }
    for (int i = 0; i < wanted.size(); ++i) {
        const QString key = wanted.at(i).key();
        if (size_t(i) < node->children.size() && node->children[size_t(i)]->key() == key)
            continue;
        int found = -1;
        for (size_t j = size_t(i) + 1; j < node->children.size(); ++j) {
            if (node->children[j]->key() == key) {
                found = int(j);
                break;
            }
        }
        if (found >= 0) {
            beginMoveRows(index, found, found, index, i);
            auto moving = std::move(node->children[size_t(found)]);
            node->children.erase(node->children.begin() + found);
            node->children.insert(node->children.begin() + i, std::move(moving));
            endMoveRows();
        } else {
            auto child = std::make_unique<Node>();
            child->isGroup = wanted.at(i).isGroup;
            child->name = wanted.at(i).name;
            child->parent = node;
            fill(child.get());
            beginInsertRows(index, i, i);
            node->children.insert(node->children.begin() + i, std::move(child));
            endInsertRows();
        }
    }
    for (const auto &child : node->children) {
        if (child->isGroup)
            syncChildren(child.get(), indexOf(child.get()));
    }
    if (!node->children.empty())
        Q_EMIT dataChanged(this->index(0, 0, index),
                           this->index(int(node->children.size()) - 1, ColumnCount - 1, index));
}

QModelIndex InventoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    const Node *p = nodeOf(parent);
    if (!p || size_t(row) >= p->children.size())
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex InventoryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *n = nodeOf(child);
    return indexOf(n->parent);
}

int InventoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    const Node *n = nodeOf(parent);
    return n ? int(n->children.size()) : 0;
}

int InventoryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant InventoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_document)
        return {};
    const Node *n = nodeOf(index);
    const inventory::Inventory &inv = m_document->inventory();
    const inventory::ValidationIssues issues
        = n->isGroup ? m_document->issuesFor({}, n->name) : m_document->issuesFor(n->name);
    int worst = -1;
    for (const ValidationIssue &i : issues) {
        if (i.severity != ValidationIssue::Severity::Info && (worst < 0 || int(i.severity) < worst))
            worst = int(i.severity);
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == NameColumn)
            return n->name;
        if (role == Qt::EditRole)
            return {};
        if (n->isGroup) {
            const int count = int(inv.hostsIn(n->name).size());
            return count == 1 ? tr("1 host") : tr("%1 hosts").arg(count);
        } else {
            const auto entry = m_document->workspace().host(n->name);
            if (!entry)
                return {};
            QString text = QStringLiteral("%1:%2").arg(entry->address).arg(entry->port);
            if (entry->zooId > 0)
                text += tr(" · zoo_id %1").arg(entry->zooId);
            return text;
        }
    case Qt::DecorationRole:
        return index.column() == NameColumn && !n->isGroup ? QVariant(severityIcon(worst))
            : index.column() == NameColumn && worst >= 0   ? QVariant(severityIcon(worst))
                                                           : QVariant();
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const ValidationIssue &i : issues)
            lines << i.message;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case KindRole:
        return n->isGroup ? QStringLiteral("group") : QStringLiteral("host");
    case NameRole:
        return n->name;
    case ParentGroupRole:
        return n->parent ? n->parent->name : QString();
    case SeverityRole:
        return worst;
    default:
        return {};
    }
}

QVariant InventoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("Address / hosts");
}

Qt::ItemFlags InventoryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    const Node *n = nodeOf(index);
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (n->isGroup) {
        f |= Qt::ItemIsDropEnabled;
        if (index.column() == NameColumn && n->name != inventory::ungroupedGroupName())
            f |= Qt::ItemIsEditable;
    } else {
        f |= Qt::ItemIsDragEnabled;
        if (index.column() == NameColumn)
            f |= Qt::ItemIsEditable;
    }
    return f;
}

bool InventoryTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != NameColumn || !m_document)
        return false;
    const Node *n = nodeOf(index);
    const QString from = n->name;
    const QString to = value.toString().trimmed();
    if (to == from)
        return false;
    const bool group = n->isGroup;
    const Status s
        = m_document->edit(group ? tr("Rename group %1").arg(from) : tr("Rename host %1").arg(from),
                           [&](inventory::Inventory &inv) {
                               return group ? inv.renameGroup(from, to) : inv.renameHost(from, to);
                           });
    m_lastError = s ? QString() : s.error().message;
    if (!s)
        Q_EMIT editFailed(m_lastError);
    return s.ok();
}

QStringList InventoryTreeModel::mimeTypes() const
{
    return { QString::fromLatin1(kMimeType) };
}

QMimeData *InventoryTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList lines;
    for (const QModelIndex &i : indexes) {
        if (i.column() != NameColumn)
            continue;
        const Node *n = nodeOf(i);
        if (!n->isGroup)
            lines << n->name + u'\t' + (n->parent ? n->parent->name : QString());
    }
    if (lines.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), lines.join(u'\n').toUtf8());
    return mime;
}

Qt::DropActions InventoryTreeModel::supportedDropActions() const
{
    return Qt::MoveAction | Qt::CopyAction;
}

bool InventoryTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int, int,
                                         const QModelIndex &parent) const
{
    if (!data || !data->hasFormat(QString::fromLatin1(kMimeType)) || !parent.isValid())
        return false;
    const Node *n = nodeOf(parent);
    return n->isGroup || (n->parent && n->parent != m_root.get());
}

bool InventoryTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                      const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent) || !m_document)
        return false;
    const Node *target = nodeOf(parent);
    if (!target->isGroup) {
        row = target->row();
        target = target->parent;
    }
    const QString group = target->name;
    // Rows below the child groups are host positions.
    const int groupCount = int(m_document->inventory().group(group)->children.size());
    const qsizetype hostRow = row < 0 ? -1 : std::max(0, row - groupCount);
    const QStringList lines = QString::fromUtf8(data->data(QString::fromLatin1(kMimeType))).split(u'\n');
    const bool copy = action == Qt::CopyAction;
    const Status s
        = m_document->edit(copy ? tr("Copy hosts to %1").arg(group) : tr("Move hosts to %1").arg(group),
                           [&](inventory::Inventory &inv) -> Status {
                               qsizetype at = hostRow;
                               for (const QString &line : lines) {
                                   const QString host = line.section(u'\t', 0, 0);
                                   const QString from = line.section(u'\t', 1);
                                   if (!copy && from != group)
                                       inv.removeHostFromGroup(host, from);
                                   if (auto st = inv.addHostToGroup(host, group, at); !st)
                                       return st;
                                   if (at >= 0)
                                       ++at;
                               }
                               return {};
                           });
    m_lastError = s ? QString() : s.error().message;
    if (!s)
        Q_EMIT editFailed(m_lastError);
    // The document change moved the rows; the view must not remove any.
    return false;
}

QModelIndex InventoryTreeModel::groupIndex(const QString &group) const
{
    std::function<const Node *(const Node *)> find = [&](const Node *n) -> const Node * {
        for (const auto &c : n->children) {
            if (c->isGroup && c->name == group)
                return c.get();
            if (const Node *f = find(c.get()))
                return f;
        }
        return nullptr;
    };
    return indexOf(find(m_root.get()));
}

QModelIndex InventoryTreeModel::hostIndex(const QString &host, const QString &group) const
{
    std::function<const Node *(const Node *)> find = [&](const Node *n) -> const Node * {
        for (const auto &c : n->children) {
            if (!c->isGroup && c->name == host && (group.isEmpty() || n->name == group))
                return c.get();
            if (const Node *f = find(c.get()))
                return f;
        }
        return nullptr;
    };
    return indexOf(find(m_root.get()));
}

} // namespace mc::models
