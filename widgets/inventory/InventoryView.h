#pragma once

#include "core/util/Result.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QSplitter;
class QSpinBox;
class QStackedWidget;
class QTableView;
class QToolBar;
class QTreeView;
class QVBoxLayout;

namespace mc::models {
class InventoryDocument;
class InventoryTreeModel;
class VariablesModel;
} // namespace mc::models

namespace mc::widgets {

// The Inventory page: groups and hosts as a tree (drag hosts between groups,
// F2 renames), a form for the selected host (address, SSH port and user,
// ZooKeeper id) with its variables table, and the validation issues, shown
// next to the row or field they concern and listed below. Every edit is one
// step on the document's undo stack.
class InventoryView : public QWidget
{
    Q_OBJECT

public:
    explicit InventoryView(models::InventoryDocument *document, QWidget *parent = nullptr);
    ~InventoryView() override;

    // File menu entries: import, export, save, save as.
    [[nodiscard]] QList<QAction *> fileActions() const;
    [[nodiscard]] QAction *undoAction() const { return m_undo; }
    [[nodiscard]] QAction *clusterSettingsAction() const { return m_settings; }
    [[nodiscard]] QAction *redoAction() const { return m_redo; }

    // Asks to save unsaved changes; false when the user cancels. Discard also drops the autosave.
    bool maybeSave();

    // The work behind the actions, without dialogs.
    Status importInventory(const QString &path);
    Status exportInventory(const QString &path);
    Status saveTo(const QString &path);
    Status addGroup(const QString &name);
    Status addHost(const QString &name, const QString &group);
    Status addHosts(const QString &text, const QString &group);
    Status removeSelected();

    // Offered in Cluster Settings to keep (ClusterProfileDialog::setLearned).
    void setLearnedAddresses(const QString &zkUrl, const QStringList &masters);

    void selectHost(const QString &host, const QString &group = {});
    void selectGroup(const QString &group);
    [[nodiscard]] QString selectedGroup() const;

    [[nodiscard]] QTreeView *tree() const { return m_tree; }
    [[nodiscard]] QTableView *variablesTable() const { return m_variables; }
    [[nodiscard]] models::VariablesModel *variablesModel() const { return m_variablesModel; }

Q_SIGNALS:
    // An edit or file action failed; the text says why.
    void errorOccurred(const QString &message);
    void saved(const QString &path);

private:
    void buildActions();
    void buildLayout();
    [[nodiscard]] QToolBar *buildToolbar();
    void buildTree(QSplitter *split);
    // The editor of the selected host or group: its form, then its variables.
    void buildEditor(QSplitter *split);
    void buildHostForm(QWidget *page, QVBoxLayout *pageLayout);
    void buildVariables(QWidget *page, QVBoxLayout *pageLayout);
    // The problems found in the inventory; activating one selects its host or group.
    void buildIssues(QSplitter *vertical);
    // The name field edited: renames the selected host or group.
    void renameSelected();
    void showSelection();
    void refreshForm();
    void refreshIssues();
    void setHostVariable(const QString &key, const QVariant &value);
    void report(const Status &status);
    void chooseImport();
    void chooseExport();
    bool chooseSaveAs();
    void bulkAdd();
    void promptAddGroup();
    void promptAddHost();
    void addVariableRow();

    models::InventoryDocument *m_document;
    models::InventoryTreeModel *m_treeModel = nullptr;
    models::VariablesModel *m_variablesModel = nullptr;
    QTreeView *m_tree = nullptr;
    QStackedWidget *m_editor = nullptr;
    QLabel *m_editorTitle = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QSpinBox *m_zooId = nullptr;
    QLabel *m_nameIssue = nullptr;
    QLabel *m_addressIssue = nullptr;
    QLabel *m_portIssue = nullptr;
    QLabel *m_zooIdIssue = nullptr;
    QLabel *m_groupsLabel = nullptr;
    QTableView *m_variables = nullptr;
    QListWidget *m_issues = nullptr;
    QAction *m_addGroup = nullptr;
    QAction *m_addHost = nullptr;
    QAction *m_bulkAdd = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_settings = nullptr;
    QString m_learnedZk;
    QStringList m_learnedMasters;
    QAction *m_import = nullptr;
    QAction *m_export = nullptr;
    QAction *m_save = nullptr;
    QAction *m_saveAs = nullptr;
    QString m_host; // host shown in the form
    QString m_group; // group shown in the form
    bool m_refreshing = false;
};

} // namespace mc::widgets
