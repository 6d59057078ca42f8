#include "core/cluster/UsageSampler.h"

#include "core/http/HttpClient.h"

#include <QTimer>

namespace mc::cluster {

UsageSampler::UsageSampler(http::HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_timer(new QTimer(this))
    , m_usage(std::make_shared<const TaskUsageMap>())
    , m_appUsage(std::make_shared<const AppUsageMap>())
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &UsageSampler::sampleNow);
}

void UsageSampler::setTargets(const QList<UsageTarget> &targets)
{
    if (targets == m_targets)
        return;
    const bool hadNone = m_targets.isEmpty();
    m_targets = targets;
    QSet<QString> wanted;
    for (const UsageTarget &t : targets)
        wanted.insert(t.taskId);
    m_history.removeIf([&wanted](const std::pair<const QString &, QList<UsagePoint> &> &entry) {
        return !wanted.contains(entry.first);
    });
    m_previous.removeIf([&wanted](const std::pair<const QString &, mesos::ExecutorStatistics &> &entry) {
        return !wanted.contains(entry.first);
    });
    if (hadNone && m_running && !m_inRound)
        sampleNow(); // new rows on screen: their first sample without waiting a whole interval
}

void UsageSampler::setIntervalMs(int ms)
{
    m_intervalMs = std::max(250, ms);
}

void UsageSampler::start()
{
    m_running = true;
    if (!m_inRound && !m_timer->isActive())
        sampleNow();
}

void UsageSampler::stop()
{
    m_running = false;
    m_timer->stop();
}

void UsageSampler::sampleNow()
{
    if (m_inRound)
        return;
    m_timer->stop();
    m_inRound = true;
    m_next.clear();
    m_asked.clear();
    m_errors.clear();
    m_queue.clear();
    for (const UsageTarget &t : std::as_const(m_targets)) {
        const QString agent
            = t.agentUrl.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::StripTrailingSlash);
        if (t.agentUrl.isValid() && !m_asked.contains(agent)) {
            m_asked.insert(agent);
            m_queue.append(agent);
        }
    }
    if (m_queue.isEmpty()) {
        finishRound();
        return;
    }
    while (m_inFlight < kMaxAgentsInFlight && !m_queue.isEmpty())
        askNext();
}

void UsageSampler::askNext()
{
    const QString agent = m_queue.takeFirst();
    ++m_inFlight;
    fetch(agent, m_legacyAgents.contains(agent));
}

void UsageSampler::fetch(const QString &agent, bool legacy)
{
    QUrl url(agent);
    url.setPath(legacy ? QStringLiteral("/monitor/statistics.json")
                       : QStringLiteral("/slave(1)/monitor/statistics"));
    m_http->get(url, this, [this, agent, legacy](Result<http::HttpResponse> response) {
        if (response.ok() && response->status == 404 && !legacy) {
            m_legacyAgents.insert(agent); // 0.x agents: monitor/statistics.json
            fetch(agent, true);
            return;
        }
        if (!response.ok()) {
            m_errors.insert(agent, response.error().message);
        } else if (!response->isSuccess()) {
            m_errors.insert(agent, tr("the agent answered %1").arg(response->status));
        } else if (const auto stats = mesos::ExecutorStatistics::parse(response->body); !stats) {
            m_errors.insert(agent, stats.error().message);
        } else {
            received(agent, *stats);
        }
        --m_inFlight;
        if (!m_queue.isEmpty())
            askNext();
        else if (m_inFlight == 0)
            finishRound();
    });
}

void UsageSampler::received(const QString &agent, const QList<mesos::ExecutorStatistics> &stats)
{
    QHash<QString, const mesos::ExecutorStatistics *> byExecutor;
    for (const mesos::ExecutorStatistics &s : stats) {
        byExecutor.insert(s.frameworkId + u'/' + s.executorId, &s);
        byExecutor.insert(u'/' + s.executorId, &s); // a task known from Marathon alone has no framework id
    }
    for (const UsageTarget &t : std::as_const(m_targets)) {
        if (t.agentUrl.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::StripTrailingSlash) != agent)
            continue;
        const QString executor = t.executorId.isEmpty() ? t.taskId : t.executorId;
        const mesos::ExecutorStatistics *s = byExecutor.value(t.frameworkId + u'/' + executor);
        if (!s) {
            m_previous.remove(t.taskId); // not running (any more) on this agent
            continue;
        }
        TaskUsage usage;
        usage.cpusLimit = s->cpusLimit;
        usage.memRssBytes = s->memRssBytes;
        usage.memLimitBytes = s->memLimitBytes;
        usage.throttledSecs = s->throttledSecs;
        usage.sampledAt = s->timestamp;
        const auto previous = m_previous.constFind(t.taskId);
        if (previous != m_previous.cend() && s->timestamp > previous->timestamp
            && s->cpuSecs() >= previous->cpuSecs()) {
            usage.cpusUsed = (s->cpuSecs() - previous->cpuSecs()) / (s->timestamp - previous->timestamp);
        } else if (previous != m_previous.cend() && s->timestamp == previous->timestamp) {
            usage.cpusUsed = m_usage->value(t.taskId).cpusUsed; // the agent's cached sample again
        }
        if (previous == m_previous.cend() || s->timestamp != previous->timestamp)
            m_previous.insert(t.taskId, *s);
        if (usage.cpusUsed >= 0) {
            QList<UsagePoint> &points = m_history[t.taskId];
            if (points.isEmpty() || points.constLast().time < usage.sampledAt)
                points.append({ usage.sampledAt, usage.cpusUsed, usage.memRssBytes });
            while (points.size() > kHistoryPoints)
                points.removeFirst();
        }
        m_next.insert(t.taskId, usage);
    }
}

void UsageSampler::finishRound()
{
    m_inRound = false;
    AppUsageMap apps;
    for (const UsageTarget &t : std::as_const(m_targets)) {
        const auto it = m_next.constFind(t.taskId);
        if (t.appId.isEmpty() || it == m_next.cend())
            continue;
        AppUsage &sum = apps[t.appId];
        sum.cpusUsed += std::max(it->cpusUsed, 0.0);
        sum.cpusLimit += it->cpusLimit;
        sum.memRssBytes += it->memRssBytes;
        sum.memLimitBytes += it->memLimitBytes;
        ++sum.tasks;
    }
    m_appUsage = std::make_shared<const AppUsageMap>(std::move(apps));
    m_usage = std::make_shared<const TaskUsageMap>(std::exchange(m_next, {}));
    Q_EMIT usageChanged();
    if (m_running)
        m_timer->start(m_intervalMs);
}

} // namespace mc::cluster
