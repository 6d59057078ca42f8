#include "models/inventory/InventoryDocument.h"

#include "core/inventory/InventoryValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QUndoCommand>
#include <QUndoStack>

namespace mc::models {

namespace {

// One change of the document as a before/after pair of a `Value` (the inventory, the
// cluster profile), which `Apply` puts in the document.
template<typename Value, void (InventoryDocument::*Apply)(const Value &)>
class EditCommand : public QUndoCommand
{
public:
    EditCommand(InventoryDocument *document, const QString &text, Value before, Value after)
        : QUndoCommand(text)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    { }

    void undo() override { (m_document->*Apply)(m_before); }
    void redo() override { (m_document->*Apply)(m_after); }

private:
    InventoryDocument *m_document;
    Value m_before;
    Value m_after;
};

using InventoryEditCommand = EditCommand<inventory::Inventory, &InventoryDocument::applyInventory>;
using ProfileEditCommand = EditCommand<inventory::ClusterProfile, &InventoryDocument::applyProfile>;

// The undo text of a profile change (its translations are kept under the class that had it).
QString profileEditText()
{
    return QCoreApplication::translate("mc::models::ProfileEditCommand", "Change cluster settings");
}

} // namespace

InventoryDocument::InventoryDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) {
        // Back to what is saved: nothing left to recover.
        if (clean && !m_resetting)
            discardAutosave();
        Q_EMIT modifiedChanged(!clean);
    });
}

InventoryDocument::~InventoryDocument()
{
    // The stack clears itself when it goes; that is no reason to drop the sidecar.
    m_undo->disconnect(this);
}

void InventoryDocument::setWorkspace(const inventory::Workspace &workspace, const QString &path)
{
    // The sidecar of the workspace being left stays unless the user discarded it (a crash-like
    // end); the one of the workspace being opened may be about to be recovered.
    m_resetting = true;
    m_undo->clear();
    m_resetting = false;
    m_workspace = workspace;
    m_path = path;
    m_hasWorkspace = true;
    revalidate();
    Q_EMIT documentReset();
    Q_EMIT modifiedChanged(false);
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
    if (profile == m_workspace.profile())
        return;
    m_undo->push(new ProfileEditCommand(this, profileEditText(), m_workspace.profile(), profile));
}

void InventoryDocument::applyProfile(const inventory::ClusterProfile &profile)
{
    m_workspace.profile() = profile;
    revalidate();
    Q_EMIT inventoryChanged();
}

void InventoryDocument::applyInventory(const inventory::Inventory &inventory)
{
    m_workspace.setInventory(inventory);
    revalidate();
    Q_EMIT inventoryChanged();
}

void InventoryDocument::recover(const inventory::Workspace &recovered, const QString &text)
{
    inventory::Inventory inventory = recovered.inventory();
    inventory.reconcile();
    const bool inventoryDiffers = inventory != m_workspace.inventory();
    const bool profileDiffers = recovered.profile() != m_workspace.profile();
    if (!inventoryDiffers && !profileDiffers)
        return;
    m_undo->beginMacro(text);
    if (inventoryDiffers)
        m_undo->push(new InventoryEditCommand(this, text, m_workspace.inventory(), inventory));
    if (profileDiffers)
        m_undo->push(
            new ProfileEditCommand(this, profileEditText(), m_workspace.profile(), recovered.profile()));
    m_undo->endMacro();
}

Status InventoryDocument::save(const QString &path)
{
    const QString before = inventory::Workspace::autosavePath(m_path);
    if (auto s = m_workspace.save(path); !s)
        return s;
    // Saved elsewhere (Save As, or a workspace never saved before): the old sidecar is saved too.
    if (before != inventory::Workspace::autosavePath(path))
        QFile::remove(before);
    m_path = path;
    m_undo->setClean();
    return {};
}

Status InventoryDocument::saveAutosave() const
{
    if (!m_hasWorkspace || !isModified())
        return {};
    return m_workspace.saveAutosave(m_path);
}

void InventoryDocument::discardAutosave() const
{
    if (m_hasWorkspace)
        inventory::Workspace::discardAutosave(m_path);
}

void InventoryDocument::revalidate()
{
    m_issues = m_workspace.validate();
}

} // namespace mc::models
