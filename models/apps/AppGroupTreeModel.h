#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

namespace mc::models {

class AppsModel;

// The apps of an AppsModel as a tree of Marathon groups, derived from their ids ("/prod/web/api"
// lies in /prod/web, in /prod), so it works on any Marathon. Columns are AppsModel's; a group row
// says how many apps it holds (State column) and sums instances, tasks and the resources of all
// instances (cpus × instances, mem × instances) below it.
//
// It follows the source's changes as they come (rows appended, removed, changed): an update
// touches only the groups of the apps that changed, and their sums are recomputed when read.
class AppGroupTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        IsGroupRole = Qt::UserRole + 40, // bool: a group row
    };

    struct Totals
    {
        int apps = 0;
        int instances = 0;
        int running = 0;
        int staged = 0;
        int healthy = 0;
        int unhealthy = 0;
        double cpus = 0; // of all instances
        double mem = 0; // MB, of all instances
    };

    explicit AppGroupTreeModel(AppsModel *source, QObject *parent = nullptr);
    ~AppGroupTreeModel() override;

    // The group an app id lies in: "/prod/web" for "/prod/web/api", "/" for "/api".
    [[nodiscard]] static QString groupOf(const QString &appId);

    [[nodiscard]] bool isGroup(const QModelIndex &index) const;
    // The app id or group id ("/prod") of a row.
    [[nodiscard]] QString idOf(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOfGroup(const QString &groupId) const;
    // Every app below the group (its subgroups' too); empty when there is no such group.
    [[nodiscard]] QStringList appIds(const QString &groupId) const;
    [[nodiscard]] Totals totals(const QString &groupId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node;
    [[nodiscard]] Node *nodeOf(const QModelIndex &index) const;
    [[nodiscard]] QModelIndex indexOf(const Node *node, int column = 0) const;
    [[nodiscard]] const Totals &totalsOf(const Node *group) const;
    [[nodiscard]] QVariant groupData(const Node *group, int column, int role) const;
    // The group node of `groupId`, created (and announced) with its missing parents.
    Node *ensureGroup(const QString &groupId);
    Node *addChild(Node *parent, const QString &id, int sourceRow = -1);
    void markDirty(Node *node);
    void rebuild();
    void insertSourceRows(int first, int last);
    void removeSourceRows(int first, int last);
    void shiftSourceRows(int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void removeChildren(Node *parent, std::vector<int> rows);
    void collectApps(const Node *group, QStringList &ids) const;

    AppsModel *m_source;
    std::unique_ptr<Node> m_root;
    QHash<QString, Node *> m_groups; // group id -> node (the root "/" too)
    std::vector<Node *> m_leafOfRow; // source row -> its leaf
};

} // namespace mc::models
