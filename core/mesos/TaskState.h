#pragma once

#include <QString>

#include <string_view>

namespace mc::mesos {

// Every task state Mesos 0.19-1.11 reports. Strings a newer master invents map to Other.
enum class TaskState {
    Staging,
    Starting,
    Running,
    Killing,
    Finished,
    Failed,
    Killed,
    Error,
    Lost,
    Dropped,
    Unreachable,
    Gone,
    GoneByOperator,
    Unknown,
    Other,
};
inline constexpr int kTaskStateCount = int(TaskState::Other) + 1;

[[nodiscard]] TaskState taskStateFromString(std::string_view name);
[[nodiscard]] TaskState taskStateFromString(const QString &name);
// "TASK_RUNNING" etc.; Other -> "TASK_OTHER".
[[nodiscard]] QString taskStateName(TaskState state);
// "running", "finished", ... for people.
[[nodiscard]] QString taskStateLabel(TaskState state);
[[nodiscard]] bool isTerminal(TaskState state);
[[nodiscard]] bool isActive(TaskState state); // staging, starting, running, killing

} // namespace mc::mesos
