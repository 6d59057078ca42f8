#pragma once

#include "core/mesos/Task.h"

#include <QString>

#include <optional>

namespace mc::cluster {
struct ClusterSnapshot;
}

namespace mc::models {

// A task as the Tasks view shows it: the Mesos task joined with its agent's
// host and its Marathon app (or built from Marathon alone without a Mesos task list).
struct TaskRow
{
    const mesos::Task *task = nullptr; // into the snapshot's task list, which the row list keeps alive
    QString host; // the agent as agentLabel() tells it ("127.0.0.1:5051 · S0"), else Marathon's host
    QString appId;
    std::optional<bool> healthy;

    bool operator==(const TaskRow &other) const
    {
        return *task == *other.task && host == other.host && appId == other.appId && healthy == other.healthy;
    }

    // Builds the rows of a snapshot (O(tasks); meant for a worker thread).
    [[nodiscard]] static std::shared_ptr<const std::vector<TaskRow>>
    rowsOf(const cluster::ClusterSnapshot &snapshot);
    // "[31000-31002, 31544-31544]" -> "31000-31002, 31544"
    [[nodiscard]] static QString portsText(const QString &ranges);
};

} // namespace mc::models
