#pragma once

#include "core/mesos/Resources.h"
#include "core/mesos/TaskState.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace mc::mesos {

struct Task
{
    QString id;
    QString name;
    QString frameworkId;
    QString executorId; // "" for the command executor
    QString agentId;
    TaskState state = TaskState::Other;
    Resources resources;
    QString role;
    QString image; // Docker image, when there is one
    QStringList ipAddresses;
    double startedAt = 0; // first TASK_RUNNING status, seconds since the epoch; 0 if never
    double updatedAt = 0; // latest status
    std::optional<bool> healthy;
    bool completed = false; // from completed_tasks

    bool operator==(const Task &) const = default;
};

} // namespace mc::mesos
