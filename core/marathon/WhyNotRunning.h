#pragma once

#include "core/marathon/App.h"
#include "core/marathon/LaunchQueue.h"
#include "core/marathon/TaskHealth.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace mc::marathon {

// "Why isn't it running?": an app's launch queue entry and last failure in words, the same for
// `mesos-console-cli apps why` and the app's Why pane.
class WhyNotRunning
{
    Q_DECLARE_TR_FUNCTIONS(mc::marathon::WhyNotRunning)

public:
    // A reject reason for people: "InsufficientCpus" -> "not enough CPUs".
    [[nodiscard]] static QString reasonText(const QString &reason);
    // The reason that declined most of the last offers, empty when none declined.
    [[nodiscard]] static QString mainReason(const QueueEntry &entry);
    // "Asks 8 CPUs; the largest free is 3.5 on agent-7 (host)." for a resource reason, from the
    // last unused offers; empty when the reason is no resource or no offer was embedded.
    [[nodiscard]] static QString askedVersusLargestFree(const QueueEntry &entry, const QString &reason);
    // The constraints no offered agent meets, each with why ("rack LIKE r9: no agent's rack matches
    // (r1, r2)"), from the last unused offers.
    [[nodiscard]] static QStringList unmatchedConstraints(const QueueEntry &entry);
    // The placement problems in words: each unmatched constraint, the roles when the role declined.
    [[nodiscard]] static QStringList placementLines(const QueueEntry &entry);
    // Failing health checks: unhealthy tasks by cause, then per task and check alive, consecutive
    // failures, last success, last failure and its cause. Empty when every check passes.
    [[nodiscard]] static QStringList healthLines(const QList<TaskHealth> &tasks);
    // Said of an app that is not in the queue, and of a Marathon before 1.4 (no offer summary).
    [[nodiscard]] static QString notQueuedText(const QString &appId);
    [[nodiscard]] static QString noSummaryText();
    // "Last task failure: message (state) on host at time, version v".
    [[nodiscard]] static QString failureText(const TaskFailure &failure);
    // "Waiting for offers", "Delayed 32 s after failures", "Delay over, waiting for offers".
    [[nodiscard]] static QString stateText(const QueueEntry &entry);
    // The whole explanation as lines (nullopt entry: the app is not in the queue).
    [[nodiscard]] static QStringList explain(const QString &appId, const std::optional<QueueEntry> &entry,
                                             const std::optional<TaskFailure> &lastFailure);
    [[nodiscard]] static QJsonObject toJson(const QString &appId, const std::optional<QueueEntry> &entry,
                                            const std::optional<TaskFailure> &lastFailure);
};

} // namespace mc::marathon
