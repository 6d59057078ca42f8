#include "models/cluster/AgentLabel.h"

#include <algorithm>

namespace mc::models {

namespace {
constexpr qsizetype kTailChars = 8;
}

QString agentIdTail(const QString &agentId)
{
    const qsizetype dash = agentId.lastIndexOf(u'-');
    QString tail = dash >= 0 ? agentId.mid(dash + 1) : QString();
    if (!tail.isEmpty() && tail.size() <= kTailChars)
        return tail;
    return agentId.right(kTailChars);
}

QString agentLabel(const mesos::Agent &agent)
{
    const QString host = agent.hostname.isEmpty() ? agent.url().host() : agent.hostname;
    return QStringLiteral("%1:%2 · %3").arg(host, QString::number(agent.port), agentIdTail(agent.id));
}

bool sameAgentLabels(const std::vector<mesos::Agent> &a, const std::vector<mesos::Agent> &b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const mesos::Agent &x, const mesos::Agent &y) {
        return x.id == y.id && x.hostname == y.hostname && x.port == y.port && x.pid == y.pid;
    });
}

} // namespace mc::models
