#pragma once

#include "core/inventory/Inventory.h"

#include <QUndoCommand>

namespace mc::models {

class InventoryDocument;

// One edit of the inventory as a before/after pair.
class InventoryEditCommand : public QUndoCommand
{
public:
    InventoryEditCommand(InventoryDocument *document, const QString &text, inventory::Inventory before,
                         inventory::Inventory after);

    void undo() override;
    void redo() override;

private:
    InventoryDocument *m_document;
    inventory::Inventory m_before;
    inventory::Inventory m_after;
};

} // namespace mc::models
