#include "core/provision/AgentIdentity.h"

namespace mc::provision {

bool AgentIdentity::isIdentityPath(const QString &path)
{
    for (const QLatin1String name :
         { QLatin1String("/etc/mesos-slave/attributes"), QLatin1String("/etc/mesos-slave/resources"),
           QLatin1String("/etc/mesos-agent/attributes"), QLatin1String("/etc/mesos-agent/resources") }) {
        if (path == name || path.startsWith(name + u'/'))
            return true;
    }
    return false;
}

QString AgentIdentity::warning(const QString &host, const QString &path, bool check, bool created)
{
    if (!isIdentityPath(path))
        return {};
    return QStringLiteral("agent %1: %2 %3 its attributes/resources%4: the agent keeps the old ones in "
                          "/var/lib/mesos/meta and refuses to start until `%5` is run there; it then "
                          "registers with a new agent id and its running tasks are lost")
        .arg(host, path, check ? QStringLiteral("would change") : QStringLiteral("changed"),
             created ? QStringLiteral(" (if this agent has run before)") : QString(), kResetCommand);
}

QStringList AgentIdentity::warnings(const QList<StepResult> &results)
{
    QStringList out;
    for (const StepResult &r : results) {
        if (!r.warning.isEmpty() && !out.contains(r.warning))
            out << r.warning;
    }
    return out;
}

QStringList AgentIdentity::agentsWithIdentitySteps(const Plan &plan)
{
    QStringList out;
    for (const HostPlan &h : plan.hosts) {
        if (!h.agent)
            continue;
        for (const RolePlan &r : h.roles) {
            for (const PlannedStep &s : r.steps) {
                if ((s.step.kind == StepKind::Template || s.step.kind == StepKind::Copy) && !s.skipped
                    && isIdentityPath(s.args.value(QStringLiteral("dest")).toString())
                    && !out.contains(h.host))
                    out << h.host;
            }
        }
    }
    return out;
}

} // namespace mc::provision
