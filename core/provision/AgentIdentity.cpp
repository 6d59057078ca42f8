#include "core/provision/AgentIdentity.h"

#include <QCoreApplication>

#include <algorithm>

namespace mc::provision {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mc::provision::AgentIdentity)
};

} // namespace

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
    // One whole sentence per mode, so that a translation need not fit a verb into it.
    const QString text = check
        ? Tr::tr("agent %1: %2 would change its attributes/resources%3: the agent keeps the old ones in "
                 "/var/lib/mesos/meta and refuses to start until `%4` is run there; it then "
                 "registers with a new agent id and its running tasks are lost")
        : Tr::tr("agent %1: %2 changed its attributes/resources%3: the agent keeps the old ones in "
                 "/var/lib/mesos/meta and refuses to start until `%4` is run there; it then "
                 "registers with a new agent id and its running tasks are lost");
    return text.arg(host, path, created ? Tr::tr(" (if this agent has run before)") : QString(),
                    kResetCommand);
}

QString AgentIdentity::drainedWarning(const QString &host, const QString &path, bool check)
{
    return (check
                ? Tr::tr("agent %1: %2 would change its attributes/resources: the agent would be drained "
                         "first and its id removed; it registers under a new agent id and is reactivated")
                : Tr::tr("agent %1: %2 changed its attributes/resources: the agent was drained first and its "
                         "id removed; it registers under a new agent id and is reactivated"))
        .arg(host, path);
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

bool AgentIdentity::writesIdentity(const RolePlan &role)
{
    return std::any_of(role.steps.cbegin(), role.steps.cend(), [](const PlannedStep &s) {
        return (s.step.kind == StepKind::Template || s.step.kind == StepKind::Copy) && !s.skipped
            && isIdentityPath(s.args.value(QStringLiteral("dest")).toString());
    });
}

QStringList AgentIdentity::agentsWithIdentitySteps(const Plan &plan)
{
    QStringList out;
    for (const HostPlan &h : plan.hosts) {
        if (h.agent && std::any_of(h.roles.cbegin(), h.roles.cend(), writesIdentity))
            out << h.host;
    }
    return out;
}

QString AgentIdentity::latestCheckpoint(const HostPlan &host)
{
    QString workDir = host.values.value(QStringLiteral("mesos_work_dir")).toString();
    if (workDir.isEmpty())
        workDir = QStringLiteral("/var/lib/mesos");
    while (workDir.size() > 1 && workDir.endsWith(u'/'))
        workDir.chop(1);
    return workDir + QStringLiteral("/meta/slaves/latest");
}

} // namespace mc::provision
