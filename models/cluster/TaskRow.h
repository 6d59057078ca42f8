#pragma once

#include "core/mesos/Task.h"

#include <QHash>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>
#include <type_traits>
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
    // Pointers only, into what the row list keeps alive (the snapshot's tasks and
    // Marathon tasks, the agents' labels): at 100,000 rows a list is copied and
    // compared per update, which with strings in each row cost 200,000 reference
    // counts each way (a fifth of the console's CPU at 100 task changes a second).
    const mesos::Task *task = nullptr; // the snapshot's task (see TaskList)
    const QString *hostText = &noText(); // the agent as agentLabel() tells it ("127.0.0.1:5051 · S0"), else Marathon's host
    const QString *appIdText = &noText();
    std::optional<bool> healthy;

    [[nodiscard]] const QString &host() const { return *hostText; }
    [[nodiscard]] const QString &appId() const { return *appIdText; }

    bool operator==(const TaskRow &other) const
    {
        return (task == other.task || *task == *other.task)
            && (hostText == other.hostText || *hostText == *other.hostText)
            && (appIdText == other.appIdText || *appIdText == *other.appIdText) && healthy == other.healthy;
    }

    // Rows of the same task object: the same id (see knownSameId).
    friend bool sameSource(const TaskRow &a, const TaskRow &b) { return a.task == b.task; }

    static const QString &noText()
    {
        static const QString empty;
        return empty;
    }

    class Builder;
    // Builds the rows of a snapshot (O(tasks); meant for a worker thread).
    [[nodiscard]] static std::shared_ptr<const std::vector<TaskRow>>
    rowsOf(const cluster::ClusterSnapshot &snapshot);
    // "[31000-31002, 31544-31544]" -> "31000-31002, 31544"
    [[nodiscard]] static QString portsText(const QString &ranges);
};

static_assert(std::is_trivially_copyable_v<TaskRow>, "a row list is copied per update: keep rows plain");

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
