#pragma once

#include "core/inventory/ClusterProfile.h"

#include <QUndoCommand>

namespace mc::models {

class InventoryDocument;

// One change of the cluster profile as a before/after pair.
class ProfileEditCommand : public QUndoCommand
{
public:
    ProfileEditCommand(InventoryDocument *document, inventory::ClusterProfile before,
                       inventory::ClusterProfile after);

    void undo() override;
    void redo() override;

private:
    InventoryDocument *m_document;
    inventory::ClusterProfile m_before;
    inventory::ClusterProfile m_after;
};

} // namespace mc::models
