#pragma once

#include "core/marathon/App.h"
#include "core/marathon/Deployment.h"
#include "core/marathon/MarathonEvent.h"
#include "core/marathon/MarathonInfo.h"
#include "core/marathon/MarathonTask.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <vector>

namespace mc::marathon {

// Parsers for Marathon 0.6-1.10 answers. The big lists (apps with their tasks,
// tasks, deployments) are read with simdjson on-demand straight into the
// structs; they take the body by value (padded in place when it is moved in or
// has room, else copied once). The small answers and events go through QJsonDocument.
class MarathonParser
{
public:
    struct AppsAndTasks
    {
        std::vector<App> apps;
        std::vector<MarathonTask> tasks; // embedded with embed=apps.tasks
    };

    // GET /v2/apps (`{"apps":[...]}`), /v2/apps/{group}/* (`{"*":[...]}`), /v2/apps/{id} (`{"app":{}}`),
    // /v1/apps (0.6: a bare array).
    // The apps of /v2/apps (or a bare array, {"*": …} of 0.x, or one {"app": …}).
    [[nodiscard]] static Result<QJsonArray> appArray(const QByteArray &body);
    [[nodiscard]] static Result<AppsAndTasks> parseApps(QByteArray body);
    // GET /v2/tasks, /v2/apps/{id}/tasks.
    [[nodiscard]] static Result<std::vector<MarathonTask>> parseTasks(QByteArray body);
    // GET /v2/deployments: 1.x steps [{actions}], 0.x [[...]].
    [[nodiscard]] static Result<std::vector<Deployment>> parseDeployments(QByteArray body);
    [[nodiscard]] static Result<MarathonInfo> parseInfo(const QByteArray &body);
    // GET /v2/leader -> "host:port".
    [[nodiscard]] static Result<QString> parseLeader(const QByteArray &body);
    // The data of one SSE event; `type` is the SSE event name (payload eventType wins).
    [[nodiscard]] static Result<MarathonEvent> parseEvent(const QString &type, const QByteArray &data);

    // One app or task of a QJsonDocument (routing reads the app list that way); parseApps()
    // and parseTasks() map the same fields the same way.
    [[nodiscard]] static App appFromJson(const QJsonObject &object);
    [[nodiscard]] static MarathonTask taskFromJson(const QJsonObject &object, const QString &appId = {});
};

} // namespace mc::marathon
