#pragma once

#include "widgets/apps/JsonEditDialog.h"

namespace mc::widgets {

// A Marathon group's JSON (its apps and subgroups without what Marathon manages, its
// dependencies) edited as text (JsonEditDialog): Apply sends it as PUT /v2/groups/{id}, one
// deployment.
class GroupEditDialog : public JsonEditDialog
{
    Q_OBJECT

public:
    GroupEditDialog(marathon::MarathonClient *client, const QString &groupId, const QJsonObject &before,
                    QWidget *parent = nullptr);
};

} // namespace mc::widgets
