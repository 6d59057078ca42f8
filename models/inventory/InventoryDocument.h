#pragma once

#include "core/inventory/ValidationIssue.h"
#include "core/inventory/Workspace.h"
#include "core/util/Result.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace mc::models {

// The workspace being edited: every change goes through edit(), which
// records it on the undo stack as a before/after snapshot of the inventory
// (copies are cheap: Qt containers share their data). Views listen to
// inventoryChanged() and read inventory(); validation is recomputed on
// every change.
class InventoryDocument : public QObject
{
    Q_OBJECT

public:
    explicit InventoryDocument(QObject *parent = nullptr);
    // Leaves the autosave sidecar as it is (as a crash would).
    ~InventoryDocument() override;

    void setWorkspace(const inventory::Workspace &workspace, const QString &path);
    [[nodiscard]] const inventory::Workspace &workspace() const { return m_workspace; }
    [[nodiscard]] const inventory::Inventory &inventory() const { return m_workspace.inventory(); }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool hasWorkspace() const { return m_hasWorkspace; }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undo; }
    [[nodiscard]] bool isModified() const;
    [[nodiscard]] const inventory::ValidationIssues &issues() const { return m_issues; }
    // Issues about one host (or one group).
    [[nodiscard]] inventory::ValidationIssues issuesFor(const QString &host, const QString &group = {}) const;

    // Applies `change` to a copy of the inventory; on success pushes it as one
    // undoable step named `text`. The error (if any) comes back unchanged.
    Status edit(const QString &text, const std::function<Status(inventory::Inventory &)> &change);
    // Changes the cluster profile as one undoable step.
    void setProfile(const inventory::ClusterProfile &profile);

    // Replaces the inventory and the cluster profile by `recovered` (e.g. an autosave) as one
    // undoable step named `text`, so the recovered changes count as unsaved.
    void recover(const inventory::Workspace &recovered, const QString &text);

    Status save(const QString &path);
    // Unsaved changes go to a sidecar file (Workspace::autosavePath(path()); a workspace never
    // saved has one in the application's data folder). The sidecar goes away when the changes
    // are saved, undone back to the saved state or discarded (discardAutosave()); it stays when
    // the console ends without a clean close, to be offered for recovery.
    Status saveAutosave() const;
    void discardAutosave() const;

    // Used by the undo commands.
    void applyInventory(const inventory::Inventory &inventory);
    void applyProfile(const inventory::ClusterProfile &profile);

Q_SIGNALS:
    void inventoryChanged();
    void documentReset();
    void modifiedChanged(bool modified);

private:
    void revalidate();

    inventory::Workspace m_workspace;
    QString m_path;
    bool m_hasWorkspace = false;
    bool m_resetting = false; // setWorkspace(): the stack is cleared, nothing becomes clean
    QUndoStack *m_undo = nullptr;
    inventory::ValidationIssues m_issues;
};

} // namespace mc::models
