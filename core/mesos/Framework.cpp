#include "core/mesos/Framework.h"

namespace mc::mesos {

int Framework::activeTasks() const
{
    return taskCounts[int(TaskState::Staging)] + taskCounts[int(TaskState::Starting)]
        + taskCounts[int(TaskState::Running)] + taskCounts[int(TaskState::Killing)];
}

} // namespace mc::mesos
