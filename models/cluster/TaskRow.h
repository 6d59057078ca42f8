#pragma once

#include "core/mesos/Task.h"

#include <QHash>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace mc::cluster {
struct ClusterSnapshot;
}
namespace mc::marathon {
struct MarathonTask;
}

namespace mc::models {

// A task as the Tasks view shows it: the Mesos task joined with its agent's
// host and its Marathon app (or built from Marathon alone without a Mesos task list).
struct TaskRow
{
    const mesos::Task *task = nullptr; // the snapshot's task (see TaskList), which the row list keeps alive
    QString host; // the agent as agentLabel() tells it ("127.0.0.1:5051 · S0"), else Marathon's host
    QString appId;
    std::optional<bool> healthy;

    bool operator==(const TaskRow &other) const
    {
        return (task == other.task || *task == *other.task) && host == other.host && appId == other.appId && healthy == other.healthy;
    }

    class Builder;
    // Builds the rows of a snapshot (O(tasks); meant for a worker thread).
    [[nodiscard]] static std::shared_ptr<const std::vector<TaskRow>>
    rowsOf(const cluster::ClusterSnapshot &snapshot);
    // "[31000-31002, 31544-31544]" -> "31000-31002, 31544"
    [[nodiscard]] static QString portsText(const QString &ranges);
};

// Builds the rows of one snapshot after another, reusing the rows of tasks that
// did not change: the task lists share unchanged tasks (see SharedList), so a
// walk over pointers finds the few that did, and the joins (Mesos task ->
// Marathon task, agent -> host) are kept as indexes updated by those few. At
// 100,000 tasks and a hundred changes a second that is a copy of the rows, not
// 100,000 hash inserts and lookups. Thread-safe; meant for the plans' worker.
class TaskRow::Builder
{
public:
    [[nodiscard]] std::shared_ptr<const std::vector<TaskRow>> rowsOf(const cluster::ClusterSnapshot &snapshot);
    // How the last call built its rows (tests): true when from the previous ones.
    [[nodiscard]] bool lastWasIncremental() const { return m_lastIncremental; }

private:
    struct Previous;
    std::mutex m_mutex;
    std::shared_ptr<Previous> m_previous;
    bool m_lastIncremental = false;
};

} // namespace mc::models
