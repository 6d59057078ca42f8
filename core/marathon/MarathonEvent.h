#pragma once

#include <QJsonObject>
#include <QString>

namespace mc::marathon {

// One /v2/events event: its type and the ids a consumer reacts to.
struct MarathonEvent
{
    QString type; // eventType
    QString appId; // appId or runSpecId
    QString taskId; // taskId or instanceId
    QString taskStatus; // status_update_event: TASK_*
    QJsonObject payload;
};

} // namespace mc::marathon
