#include "core/marathon/TaskHealth.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace mc::marathon {

Result<QList<TaskHealth>> parseTaskHealth(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.object().value(QLatin1String("tasks")).isArray())
        return Error { QCoreApplication::translate(
                           "mc::marathon::TaskHealth",
                           "Marathon's task list of the app is not the JSON it should be."),
                       QString::fromUtf8(body.left(4096)) };
    QList<TaskHealth> tasks;
    const QJsonArray taskArray = doc.object().value(QLatin1String("tasks")).toArray();
    for (const QJsonValue &v : taskArray) {
        const QJsonObject t = v.toObject();
        const QJsonArray results = t.value(QLatin1String("healthCheckResults")).toArray();
        if (results.isEmpty())
            continue;
        TaskHealth health { t.value(QLatin1String("id")).toString(),
                            t.value(QLatin1String("host")).toString(),
                            {} };
        for (const QJsonValue &r : results) {
            const QJsonObject o = r.toObject();
            health.results.append({ o.value(QLatin1String("alive")).toBool(),
                                    o.value(QLatin1String("consecutiveFailures")).toInt(),
                                    o.value(QLatin1String("lastSuccess")).toString(),
                                    o.value(QLatin1String("lastFailure")).toString(),
                                    o.value(QLatin1String("lastFailureCause")).toString() });
        }
        tasks.append(health);
    }
    return tasks;
}

QList<QPair<QString, int>> unhealthyByCause(const QList<TaskHealth> &tasks)
{
    QHash<QString, int> counts;
    for (const TaskHealth &t : tasks) {
        for (const HealthCheckResult &r : t.results) {
            if (!r.alive) {
                counts[r.lastFailureCause] += 1;
                break; // a task counts once, under its first failing check
            }
        }
    }
    QList<QPair<QString, int>> list;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        list.append({ it.key(), it.value() });
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return list;
}

} // namespace mc::marathon
