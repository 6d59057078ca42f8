#pragma once

#include "core/mesos/MasterState.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace mc::mesos {

// TASK_UPDATED: the task's latest state and the status that brought it.
struct TaskUpdate
{
    QString taskId;
    QString frameworkId;
    QString agentId;
    TaskState state = TaskState::Other; // the task's latest state
    TaskState statusState = TaskState::Other; // the state of this status
    double timestamp = 0;
    std::optional<bool> healthy;
    QStringList ipAddresses;

    bool operator==(const TaskUpdate &) const = default;
};

// One record of the v1 operator API's SUBSCRIBE stream (master.proto Event),
// read into the console's structs. Only the fields of `type` are set.
struct MasterEvent
{
    enum class Type {
        Subscribed,
        TaskAdded,
        TaskUpdated,
        AgentAdded,
        AgentRemoved,
        FrameworkAdded,
        FrameworkUpdated,
        FrameworkRemoved,
        Heartbeat,
        Unknown, // a type a newer master invents: ignored
    };
    Type type = Type::Unknown;
    QString typeName; // as sent: "TASK_ADDED"

    MasterState state; // Subscribed: get_state (agents, frameworks, tasks)
    double heartbeatIntervalSeconds = 0; // Subscribed; 0: the master sends none (before 1.5)
    Task task; // TaskAdded
    TaskUpdate update; // TaskUpdated
    Agent agent; // AgentAdded
    Framework framework; // FrameworkAdded, FrameworkUpdated
    QString id; // AgentRemoved: agent id; FrameworkRemoved: framework id
};

} // namespace mc::mesos
