#include "models/cluster/AgentLabel.h"

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
    return QStringLiteral("%1:%2 · %3").arg(host).arg(agent.port).arg(agentIdTail(agent.id));
}

} // namespace mc::models
