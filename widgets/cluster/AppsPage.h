#pragma once

#include <QString>
#include <QWidget>

class QCheckBox;
class QLabel;
class QStackedWidget;
class QTabBar;
class QTreeView;
class QSortFilterProxyModel;

namespace mc::models {
class AppGroupTreeModel;
class ClusterModels;
} // namespace mc::models

namespace mc::widgets {

class ConnectionBadge;
class DetailTable;
class PodsPanel;

// Marathon apps (instances, health, deployments, last failure) and the
// deployments in progress; the pods (Marathon 1.4+) on a tab of their own. The apps show as a flat list or as
// a tree of their groups (with the apps, instances, tasks and resources of each group summed; a choice kept
// in the settings).
class AppsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AppsPage(models::ClusterModels *models, QWidget *parent = nullptr);

    [[nodiscard]] DetailTable *apps() const { return m_apps; }
    [[nodiscard]] DetailTable *deployments() const { return m_deployments; }
    [[nodiscard]] ConnectionBadge *badge() const { return m_badge; }

    [[nodiscard]] PodsPanel *pods() const { return m_pods; }
    // "Apps" and "Pods" above the list: which one shows.
    [[nodiscard]] QTabBar *sectionTabs() const { return m_sectionTabs; }
    void showPods(bool pods);

    [[nodiscard]] QCheckBox *groupsToggle() const { return m_groupsToggle; }
    [[nodiscard]] bool showsGroups() const;
    void setShowsGroups(bool groups);
    [[nodiscard]] QTreeView *groupTree() const { return m_tree; }
    [[nodiscard]] models::AppGroupTreeModel *groupModel() const { return m_groupModel; }
    // Buttons above the tree (a QHBoxLayout).
    [[nodiscard]] QWidget *groupToolbar() const { return m_groupToolbar; }
    // What is said under the tree about the selected group (its sums, its dependencies).
    [[nodiscard]] QLabel *groupDetails() const { return m_groupDetails; }
    // The group selected in the tree; empty when none, or an app, is selected.
    [[nodiscard]] QString selectedGroupId() const;
    // The app selected in the tree (it is selected in the flat list too, for the app actions).
    [[nodiscard]] QString selectedAppIdInTree() const;
    // Selects (and shows) the group's row; false when the tree has none.
    bool selectGroup(const QString &groupId);
    // What Marathon says the group depends on ("none", a list, or why it is not known), shown
    // with the group while it is selected.
    void setGroupDependencies(const QString &groupId, const QString &text);

Q_SIGNALS:
    void groupSelectionChanged();

private:
    static constexpr int kExpandedUpTo = 200; // apps: more, and the tree starts folded
    [[nodiscard]] QWidget *makeGroupPanel(models::ClusterModels *models);
    void updateGroupDetails();

    models::AppGroupTreeModel *m_groupModel = nullptr;
    QSortFilterProxyModel *m_groupProxy = nullptr;
    QTreeView *m_tree = nullptr;
    QWidget *m_groupToolbar = nullptr;
    QLabel *m_groupDetails = nullptr;
    QString m_dependenciesOf; // the group m_dependencies is about
    QString m_dependencies;
    ConnectionBadge *m_badge;
    QCheckBox *m_groupsToggle;
    QStackedWidget *m_stack;
    QTabBar *m_sectionTabs;
    QStackedWidget *m_sections;
    PodsPanel *m_pods;
    DetailTable *m_apps;
    DetailTable *m_deployments;
};

} // namespace mc::widgets
