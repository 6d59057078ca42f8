#pragma once

#include "core/provision/Plan.h"
#include "core/provision/ProvisionTarget.h"
#include "core/provision/Recipe.h"
#include "core/ssh/SshTypes.h"

#include <QList>
#include <QString>

namespace mc::provision {

struct PreflightIssue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString host; // empty: the cluster as a whole
    QString check; // short id: zoo_id, master_count, port, loopback_hostname, ...
    QString message; // what is wrong and what to do

    [[nodiscard]] bool isError() const { return severity == Severity::Error; }
    [[nodiscard]] QString text() const;
};

// Checks before touching any host.
class Preflight
{
public:
    // From the inventory and the recipe's values alone: masters present, odd
    // count, unique zoo_ids in 1..255, a quorum override that is not a
    // majority, ZooKeeper's admin server on Marathon's port.
    [[nodiscard]] static QList<PreflightIssue> checkInventory(const Recipe &recipe,
                                                              const ProvisionTarget &target);

    // On each host over SSH (parallel): reachable, sudo works, OS and init
    // system, the host name not mapped to a loopback address (127.0.1.1
    // breaks the ensemble), ports 2181/2888/3888/5050/5051/8080/80 free or
    // held by our own services, free disk, clock skew. Blocking: call it off
    // the GUI thread.
    [[nodiscard]] static QList<PreflightIssue>
    checkHosts(const Plan &plan, const ssh::SessionOptions &options, int forks = 20, bool become = true);

    // The script checkHosts runs and how its output is judged (for tests).
    [[nodiscard]] static QString hostScript();
    [[nodiscard]] static QList<PreflightIssue> judgeHost(const QString &host, bool master,
                                                         const QString &output, qint64 localEpochSeconds);

    [[nodiscard]] static bool hasErrors(const QList<PreflightIssue> &issues);
};

} // namespace mc::provision
