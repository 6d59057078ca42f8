#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace mc::mesos {

// One executor's entry of an agent's /monitor/statistics: what its container
// used so far (cumulative CPU seconds) and now (resident memory), and its limits.
// The throttling and cgroups memory fields exist only with the cgroups isolators.
struct ExecutorStatistics
{
    QString frameworkId;
    QString executorId;
    double timestamp = 0; // seconds since the epoch, when the agent sampled
    double cpusUserSecs = 0;
    double cpusSystemSecs = 0;
    double cpusLimit = 0;
    qint64 memRssBytes = 0;
    qint64 memLimitBytes = 0;
    std::optional<double> throttledSecs; // cpus_throttled_time_secs

    bool operator==(const ExecutorStatistics &) const = default;

    [[nodiscard]] double cpuSecs() const { return cpusUserSecs + cpusSystemSecs; }
    // The JSON array of /monitor/statistics (monitor/statistics.json before 1.x).
    [[nodiscard]] static Result<QList<ExecutorStatistics>> parse(const QByteArray &body);
};

} // namespace mc::mesos
