#pragma once

#include "core/provision/Plan.h"
#include "core/provision/StepResult.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mc::provision {

// A Mesos agent checkpoints its attributes and resources with its agent id
// (/var/lib/mesos/meta/slaves/latest); started with different ones it
// refuses to recover and does not start until that checkpoint is removed,
// and then registers as a new agent (its running tasks are lost). So a
// change of those files must be said before it is made.
class AgentIdentity
{
public:
    // Files of the agent's identity: /etc/mesos-slave/attributes,
    // /etc/mesos-slave/resources, and files under /etc/mesos-slave/attributes/
    // or /etc/mesos-slave/resources/ (and the same under /etc/mesos-agent).
    [[nodiscard]] static bool isIdentityPath(const QString &path);
    // The warning for a change of `path` on agent `host` (empty when `path`
    // is not an identity file). `check`: "would change"; `created`: the file
    // is new (a change only if the agent has run before).
    [[nodiscard]] static QString warning(const QString &host, const QString &path, bool check,
                                         bool created = false);
    // The warning of the same change when the run drains the agent first.
    [[nodiscard]] static QString drainedWarning(const QString &host, const QString &path, bool check);
    // Warnings of a run's results (check mode: before anything changed).
    [[nodiscard]] static QStringList warnings(const QList<StepResult> &results);
    // Agents of `plan` with a step writing an identity file (whether or not
    // it would change): those need a check run before a real one.
    [[nodiscard]] static QStringList agentsWithIdentitySteps(const Plan &plan);
    // Whether `role` has a step writing an identity file.
    [[nodiscard]] static bool writesIdentity(const RolePlan &role);
    // Where the agent of `host` checkpoints its id (mesos_work_dir, else /var/lib/mesos):
    // removed, the agent registers under a new id when it starts.
    [[nodiscard]] static QString latestCheckpoint(const HostPlan &host);
    // The shell command that lets the agent start under a new id.
    static inline const QString kResetCommand = QStringLiteral("rm -f /var/lib/mesos/meta/slaves/latest");
};

} // namespace mc::provision
