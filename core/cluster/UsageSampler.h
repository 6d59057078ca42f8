#pragma once

#include "core/mesos/ExecutorStatistics.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrl>

#include <memory>
#include <optional>

class QTimer;

namespace mc::http {
class HttpClient;
}

namespace mc::cluster {

// A task whose usage is wanted, and where to ask for it.
struct UsageTarget
{
    QString taskId;
    QString frameworkId;
    QString executorId; // "" for the command executor, whose id is the task id
    QUrl agentUrl;
    QString appId; // Marathon's app, for the sums per app; may be empty

    bool operator==(const UsageTarget &) const = default;
};

// What a task uses now, as its agent's /monitor/statistics says (the executor's container).
struct TaskUsage
{
    double cpusUsed = -1; // cores, from the CPU time between the last two samples; -1 until there are two
    double cpusLimit = 0;
    qint64 memRssBytes = 0;
    qint64 memLimitBytes = 0;
    std::optional<double> throttledSecs; // cumulative; cgroups isolators only
    double sampledAt = 0; // the agent's timestamp, seconds since the epoch

    bool operator==(const TaskUsage &) const = default;

    // CPU used against the limit (may exceed 1 where the limit is not enforced); -1 unknown.
    [[nodiscard]] double cpuFraction() const
    {
        return cpusUsed < 0 || cpusLimit <= 0 ? -1 : cpusUsed / cpusLimit;
    }
    // Resident memory against the limit; -1 unknown.
    [[nodiscard]] double memFraction() const
    {
        return memLimitBytes <= 0 ? -1 : double(memRssBytes) / double(memLimitBytes);
    }
};

struct UsagePoint
{
    double time = 0; // seconds since the epoch
    double cpusUsed = 0;
    qint64 memRssBytes = 0;
};

using TaskUsageMap = QHash<QString, TaskUsage>; // by task id

// The sum over an app's tasks that were measured.
struct AppUsage
{
    double cpusUsed = 0; // of the tasks with a CPU figure
    double cpusLimit = 0;
    qint64 memRssBytes = 0;
    qint64 memLimitBytes = 0;
    int tasks = 0;

    bool operator==(const AppUsage &) const = default;
};
using AppUsageMap = QHash<QString, AppUsage>; // by app id

// Samples what tasks use: at each round (the poll pace), asks only the agents
// of the target tasks (those on screen or selected) for /monitor/statistics,
// a few agents at a time, and turns the cumulative CPU time of consecutive
// samples into cores used. The result is an immutable map by task id
// (usage()), plus a short history of the targets for charts.
class UsageSampler : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxAgentsInFlight = 6;
    static constexpr int kHistoryPoints = 180;

    explicit UsageSampler(http::HttpClient *http, QObject *parent = nullptr);

    void setTargets(const QList<UsageTarget> &targets);
    [[nodiscard]] const QList<UsageTarget> &targets() const { return m_targets; }
    void setIntervalMs(int ms);
    [[nodiscard]] int intervalMs() const { return m_intervalMs; }
    void start();
    void stop();
    // One round now (when none is running).
    void sampleNow();

    [[nodiscard]] std::shared_ptr<const TaskUsageMap> usage() const { return m_usage; }
    // The measured tasks summed per app (targets with an app id).
    [[nodiscard]] std::shared_ptr<const AppUsageMap> appUsage() const { return m_appUsage; }
    [[nodiscard]] QList<UsagePoint> history(const QString &taskId) const { return m_history.value(taskId); }
    // The agents asked in the last round (for tests and the tool tip).
    [[nodiscard]] const QSet<QString> &agentsAsked() const { return m_asked; }
    // Agents that did not answer in the last round, with why.
    [[nodiscard]] const QHash<QString, QString> &agentErrors() const { return m_errors; }

Q_SIGNALS:
    void usageChanged(); // after each round

private:
    void askNext();
    void fetch(const QString &agent, bool legacy);
    void received(const QString &agent, const QList<mesos::ExecutorStatistics> &stats);
    void finishRound();

    http::HttpClient *m_http;
    QTimer *m_timer;
    int m_intervalMs = 2000;
    bool m_running = false;
    QList<UsageTarget> m_targets;
    std::shared_ptr<const TaskUsageMap> m_usage;
    std::shared_ptr<const AppUsageMap> m_appUsage;
    TaskUsageMap m_next; // the round being built
    QHash<QString, mesos::ExecutorStatistics> m_previous; // last raw sample per task id
    QHash<QString, QList<UsagePoint>> m_history;
    QStringList m_queue; // agents (URL text) still to ask this round
    QSet<QString> m_legacyAgents; // answered 404: monitor/statistics.json
    QSet<QString> m_asked;
    QHash<QString, QString> m_errors;
    int m_inFlight = 0;
    bool m_inRound = false;
};

} // namespace mc::cluster
