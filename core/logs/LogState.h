#pragma once

#include <QMetaType>
#include <QString>

namespace mc::logs {

// Where a log source stands; the viewer's status line shows it.
enum class LogState {
    Idle, // not started
    Connecting, // looking up the sandbox / opening the SSH session
    Following, // reading and waiting for more
    Paused, // the user paused: nothing is read until resumed
    Truncated, // the file shrank (rotated or truncated): reading again from its start
    Retrying, // the agent or host does not answer: retrying with back-off
    Finished, // the task ended: everything was read, no more polling
    Failed, // cannot go on (sandbox gone, unknown task, command failed)
    Stopped, // stopped by the caller
};

[[nodiscard]] inline QString logStateName(LogState state)
{
    switch (state) {
    case LogState::Idle:
        return QStringLiteral("idle");
    case LogState::Connecting:
        return QStringLiteral("connecting");
    case LogState::Following:
        return QStringLiteral("following");
    case LogState::Paused:
        return QStringLiteral("paused");
    case LogState::Truncated:
        return QStringLiteral("truncated");
    case LogState::Retrying:
        return QStringLiteral("retrying");
    case LogState::Finished:
        return QStringLiteral("finished");
    case LogState::Failed:
        return QStringLiteral("failed");
    case LogState::Stopped:
        return QStringLiteral("stopped");
    }
    return {};
}

} // namespace mc::logs

Q_DECLARE_METATYPE(mc::logs::LogState)
