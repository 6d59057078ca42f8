#include "models/inventory/ProfileEditCommand.h"

#include "models/inventory/InventoryDocument.h"

#include <QCoreApplication>

namespace mc::models {

ProfileEditCommand::ProfileEditCommand(InventoryDocument *document, inventory::ClusterProfile before,
                                       inventory::ClusterProfile after)
    : QUndoCommand(QCoreApplication::translate("mc::models::ProfileEditCommand", "Change cluster settings"))
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
{ }

void ProfileEditCommand::undo()
{
    m_document->applyProfile(m_before);
}

void ProfileEditCommand::redo()
{
    m_document->applyProfile(m_after);
}

} // namespace mc::models
