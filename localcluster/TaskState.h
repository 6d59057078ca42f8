#pragma once

#include <QString>

namespace mc::localcluster {

// Mesos task states (the subset localcluster produces).
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
    Unreachable,
    Gone,
    GoneByOperator,
};

[[nodiscard]] const char *mesosName(TaskState state);
[[nodiscard]] bool isTerminal(TaskState state);
// Marathon instance condition for instance_changed_event.
[[nodiscard]] const char *marathonCondition(TaskState state);

} // namespace mc::localcluster
