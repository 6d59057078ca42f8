#pragma once

#include <QAbstractItemModel>
#include <QPointer>

#include <memory>
#include <vector>

namespace mc::models {

class InventoryDocument;

// Groups -> (child groups, hosts) of the document's inventory, starting
// below `all`. A host in several groups appears under each. Updates by
// diffing the old and new trees (rows inserted, removed, moved, data
// changed), never by a reset, so selection and expansion survive edits and
// undo. Hosts can be dragged onto another group (move; Ctrl: copy).
class InventoryTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DetailColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // "group" or "host"
        NameRole, // the host or group name
        ParentGroupRole, // the group a row sits in
        SeverityRole, // worst issue: -1 none, else ValidationIssue::Severity
    };
    static constexpr const char *kMimeType = "application/x-mesos-console-hosts";

    explicit InventoryTreeModel(InventoryDocument *document, QObject *parent = nullptr);
    ~InventoryTreeModel() override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // The first row showing this group / host (under `group` if given).
    [[nodiscard]] QModelIndex groupIndex(const QString &group) const;
    [[nodiscard]] QModelIndex hostIndex(const QString &host, const QString &group = {}) const;
    // Last error of an edit made through setData/dropMimeData (for the view).
    [[nodiscard]] QString lastError() const { return m_lastError; }

Q_SIGNALS:
    // A rename or a drop was refused; the text says why.
    void editFailed(const QString &message);

private:
    struct Node;
    void sync();
    void syncChildren(Node *node, const QModelIndex &index);
    void fill(Node *node) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    Node *nodeOf(const QModelIndex &index) const;

    // Not owned: a model can outlive it (a window torn down after what filled it); then it is empty.
    QPointer<InventoryDocument> m_document;
    std::unique_ptr<Node> m_root;
    QString m_lastError;
};

} // namespace mc::models
