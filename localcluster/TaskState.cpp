#include "localcluster/TaskState.h"

namespace mc::localcluster {

const char *mesosName(TaskState state)
{
    switch (state) {
    case TaskState::Staging:
        return "TASK_STAGING";
    case TaskState::Starting:
        return "TASK_STARTING";
    case TaskState::Running:
        return "TASK_RUNNING";
    case TaskState::Killing:
        return "TASK_KILLING";
    case TaskState::Finished:
        return "TASK_FINISHED";
    case TaskState::Failed:
        return "TASK_FAILED";
    case TaskState::Killed:
        return "TASK_KILLED";
    case TaskState::Error:
        return "TASK_ERROR";
    case TaskState::Lost:
        return "TASK_LOST";
    case TaskState::Unreachable:
        return "TASK_UNREACHABLE";
    case TaskState::Gone:
        return "TASK_GONE";
    case TaskState::GoneByOperator:
        return "TASK_GONE_BY_OPERATOR";
    }
    return "TASK_UNKNOWN";
}

bool isTerminal(TaskState state)
{
    switch (state) {
    case TaskState::Finished:
    case TaskState::Failed:
    case TaskState::Killed:
    case TaskState::Error:
    case TaskState::Lost:
    case TaskState::Gone:
    case TaskState::GoneByOperator:
        return true;
    default:
        return false;
    }
}

const char *marathonCondition(TaskState state)
{
    switch (state) {
    case TaskState::Staging:
        return "Staging";
    case TaskState::Starting:
        return "Starting";
    case TaskState::Running:
        return "Running";
    case TaskState::Killing:
        return "Killing";
    case TaskState::Finished:
        return "Finished";
    case TaskState::Failed:
        return "Failed";
    case TaskState::Killed:
        return "Killed";
    case TaskState::Error:
        return "Error";
    case TaskState::Lost:
        return "Unknown";
    case TaskState::Unreachable:
        return "Unreachable";
    case TaskState::Gone:
        return "Gone";
    case TaskState::GoneByOperator:
        return "GoneByOperator";
    }
    return "Unknown";
}

} // namespace mc::localcluster
