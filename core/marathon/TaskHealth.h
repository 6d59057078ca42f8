#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <algorithm>

namespace mc::marathon {

// One health check's result on one task (healthCheckResults of a Marathon task).
struct HealthCheckResult
{
    bool alive = false;
    int consecutiveFailures = 0;
    QString lastSuccess;
    QString lastFailure;
    QString lastFailureCause;

    bool operator==(const HealthCheckResult &) const = default;
};

struct TaskHealth
{
    QString taskId;
    QString host;
    QList<HealthCheckResult> results; // in the order of the app's health checks

    [[nodiscard]] bool isUnhealthy() const
    {
        return std::any_of(results.cbegin(), results.cend(),
                           [](const HealthCheckResult &r) { return !r.alive; });
    }
    bool operator==(const TaskHealth &) const = default;
};

// GET /v2/apps/{id}/tasks: each task's health check results (tasks without results are left out).
[[nodiscard]] Result<QList<TaskHealth>> parseTaskHealth(const QByteArray &body);
// Unhealthy tasks counted by the cause of their last failure, most first.
[[nodiscard]] QList<QPair<QString, int>> unhealthyByCause(const QList<TaskHealth> &tasks);

} // namespace mc::marathon
