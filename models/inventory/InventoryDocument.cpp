#include "models/inventory/InventoryDocument.h"

#include "core/inventory/InventoryValidator.h"
#include "models/inventory/InventoryEditCommand.h"

#include <QUndoStack>

namespace mc::models {

InventoryDocument::InventoryDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

void InventoryDocument::setWorkspace(const inventory::Workspace &workspace, const QString &path)
{
    m_workspace = workspace;
    m_path = path;
    m_hasWorkspace = true;
    m_undo->clear();
    revalidate();
    emit documentReset();
    emit modifiedChanged(false);
}

bool InventoryDocument::isModified() const
{
    return !m_undo->isClean();
}

inventory::ValidationIssues InventoryDocument::issuesFor(const QString &host, const QString &group) const
{
    inventory::ValidationIssues out;
    for (const inventory::ValidationIssue &i : m_issues) {
        if ((!host.isEmpty() && i.host == host) || (!group.isEmpty() && i.group == group && i.host.isEmpty()))
            out << i;
    }
    return out;
}

Status InventoryDocument::edit(const QString &text,
                               const std::function<Status(inventory::Inventory &)> &change)
{
    inventory::Inventory after = m_workspace.inventory();
    if (auto s = change(after); !s)
        return s;
    after.reconcile();
    if (after == m_workspace.inventory())
        return {};
    m_undo->push(new InventoryEditCommand(this, text, m_workspace.inventory(), after));
    return {};
}

void InventoryDocument::setProfile(const inventory::ClusterProfile &profile)
{
    m_workspace.profile() = profile;
    revalidate();
    emit inventoryChanged();
}

void InventoryDocument::applyInventory(const inventory::Inventory &inventory)
{
    m_workspace.setInventory(inventory);
    revalidate();
    emit inventoryChanged();
}

Status InventoryDocument::save(const QString &path)
{
    if (auto s = m_workspace.save(path); !s)
        return s;
    m_path = path;
    m_undo->setClean();
    return {};
}

Status InventoryDocument::saveAutosave() const
{
    if (m_path.isEmpty() || !isModified())
        return {};
    return m_workspace.saveAutosave(m_path);
}

void InventoryDocument::revalidate()
{
    m_issues = m_workspace.validate();
}

} // namespace mc::models
