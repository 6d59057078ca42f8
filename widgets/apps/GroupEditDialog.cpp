#include "widgets/apps/GroupEditDialog.h"

#include <QPointer>

namespace mc::widgets {

GroupEditDialog::GroupEditDialog(marathon::MarathonClient *client, const QString &groupId,
                                 const QJsonObject &before, QWidget *parent)
    : JsonEditDialog(
        QStringLiteral("group"), groupId, before,
        { tr("Edit group %1").arg(groupId), tr("The group must be a JSON object."),
          tr("The id must stay %1 (to move apps, export and import them).").arg(groupId),
          tr("Apply sends this change to Marathon as one deployment of %1.").arg(groupId) },
        [client = QPointer<marathon::MarathonClient>(client),
         groupId](const QJsonObject &edited, bool force, QObject *context,
                  marathon::MarathonClient::Callback done) {
            if (client)
                client->updateGroup(groupId, edited, force, context, std::move(done));
        },
        parent)
{ }

} // namespace mc::widgets
