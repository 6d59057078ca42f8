#pragma once

#include "core/logs/SandboxBrowser.h"

#include <QAbstractItemModel>

#include <functional>
#include <memory>
#include <vector>

namespace mc::models {

// A task's sandbox as a tree: name, size, modified, mode. Directories are
// listed when first expanded (fetchMore); reload() lists every directory
// listed so far again and applies the differences (rows removed, changed,
// inserted), so expansion and selection survive a refresh.
class SandboxModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Size, Modified, Mode, ColumnCount };
    enum Role { RelativePathRole = Qt::UserRole + 1, IsDirectoryRole, RawValueRole };
    // Lists a directory of the sandbox ("" the root); `done` is called once, guarded by `context`.
    using Lister = std::function<void(const QString &relativeDir, QObject *context,
                                      logs::SandboxBrowser::Listed done)>;

    explicit SandboxModel(Lister lister, QObject *parent = nullptr);
    ~SandboxModel() override;

    // Lists the root (at the start) or every directory listed so far again.
    void reload();
    [[nodiscard]] bool isLoading() const { return m_pending > 0; }
    [[nodiscard]] const logs::SandboxEntry *entry(const QModelIndex &index) const;
    // The index of a relative path listed so far, or an invalid one.
    [[nodiscard]] QModelIndex indexOf(const QString &relativePath) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A directory was listed ("" the root).
    void listed(const QString &relativeDir);
    // A listing failed; `message` says why (a gone sandbox, an unreachable agent).
    void failed(const QString &relativeDir, const QString &message);

private:
    struct Node;
    void list(Node *node);
    void apply(Node *node, const QList<logs::SandboxEntry> &entries);
    [[nodiscard]] QModelIndex indexOf(const Node *node, int column = 0) const;
    [[nodiscard]] Node *nodeOf(const QModelIndex &index) const;
    [[nodiscard]] Node *find(Node *from, const QString &relativePath) const;

    Lister m_lister;
    std::unique_ptr<Node> m_root;
    int m_pending = 0;
};

} // namespace mc::models
