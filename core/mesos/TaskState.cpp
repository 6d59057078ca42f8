#include "core/mesos/TaskState.h"

#include <QCoreApplication>

#include <array>

namespace mc::mesos {

namespace {
struct Name
{
    std::string_view wire;
    TaskState state;
};
constexpr std::array<Name, 14> kNames { {
    { "TASK_STAGING", TaskState::Staging },
    { "TASK_STARTING", TaskState::Starting },
    { "TASK_RUNNING", TaskState::Running },
    { "TASK_KILLING", TaskState::Killing },
    { "TASK_FINISHED", TaskState::Finished },
    { "TASK_FAILED", TaskState::Failed },
    { "TASK_KILLED", TaskState::Killed },
    { "TASK_ERROR", TaskState::Error },
    { "TASK_LOST", TaskState::Lost },
    { "TASK_DROPPED", TaskState::Dropped },
    { "TASK_UNREACHABLE", TaskState::Unreachable },
    { "TASK_GONE", TaskState::Gone },
    { "TASK_GONE_BY_OPERATOR", TaskState::GoneByOperator },
    { "TASK_UNKNOWN", TaskState::Unknown },
} };
} // namespace

TaskState taskStateFromString(std::string_view name)
{
    for (const Name &entry : kNames) {
        if (entry.wire == name)
            return entry.state;
    }
    return TaskState::Other;
}

TaskState taskStateFromString(const QString &name)
{
    const QByteArray latin = name.toLatin1();
    return taskStateFromString(std::string_view(latin.constData(), size_t(latin.size())));
}

QString taskStateName(TaskState state)
{
    for (const Name &entry : kNames) {
        if (entry.state == state)
            return QString::fromLatin1(entry.wire.data(), qsizetype(entry.wire.size()));
    }
    return QStringLiteral("TASK_OTHER");
}

QString taskStateLabel(TaskState state)
{
    switch (state) {
    case TaskState::Staging:
        return QCoreApplication::translate("mc::mesos::TaskState", "staging");
    case TaskState::Starting:
        return QCoreApplication::translate("mc::mesos::TaskState", "starting");
    case TaskState::Running:
        return QCoreApplication::translate("mc::mesos::TaskState", "running");
    case TaskState::Killing:
        return QCoreApplication::translate("mc::mesos::TaskState", "killing");
    case TaskState::Finished:
        return QCoreApplication::translate("mc::mesos::TaskState", "finished");
    case TaskState::Failed:
        return QCoreApplication::translate("mc::mesos::TaskState", "failed");
    case TaskState::Killed:
        return QCoreApplication::translate("mc::mesos::TaskState", "killed");
    case TaskState::Error:
        return QCoreApplication::translate("mc::mesos::TaskState", "error");
    case TaskState::Lost:
        return QCoreApplication::translate("mc::mesos::TaskState", "lost");
    case TaskState::Dropped:
        return QCoreApplication::translate("mc::mesos::TaskState", "dropped");
    case TaskState::Unreachable:
        return QCoreApplication::translate("mc::mesos::TaskState", "unreachable");
    case TaskState::Gone:
        return QCoreApplication::translate("mc::mesos::TaskState", "gone");
    case TaskState::GoneByOperator:
        return QCoreApplication::translate("mc::mesos::TaskState", "gone by operator");
    case TaskState::Unknown:
        return QCoreApplication::translate("mc::mesos::TaskState", "unknown");
    case TaskState::Other:
        return QCoreApplication::translate("mc::mesos::TaskState", "other");
    }
    return {};
}

bool isTerminal(TaskState state)
{
    switch (state) {
    case TaskState::Finished:
    case TaskState::Failed:
    case TaskState::Killed:
    case TaskState::Error:
    case TaskState::Lost:
    case TaskState::Dropped:
    case TaskState::Gone:
    case TaskState::GoneByOperator:
        return true;
    default:
        return false;
    }
}

bool isActive(TaskState state)
{
    return state == TaskState::Staging || state == TaskState::Starting || state == TaskState::Running
        || state == TaskState::Killing;
}

} // namespace mc::mesos
