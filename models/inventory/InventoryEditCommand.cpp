#include "models/inventory/InventoryEditCommand.h"

#include "models/inventory/InventoryDocument.h"

namespace mc::models {

InventoryEditCommand::InventoryEditCommand(InventoryDocument *document, const QString &text,
                                           inventory::Inventory before, inventory::Inventory after)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void InventoryEditCommand::undo()
{
    m_document->applyInventory(m_before);
}

void InventoryEditCommand::redo()
{
    m_document->applyInventory(m_after);
}

} // namespace mc::models
