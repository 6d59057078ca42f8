#pragma once

#include "core/provision/Plan.h"
#include "core/provision/ProvisionTarget.h"
#include "core/provision/Recipe.h"
#include "core/ssh/SshTypes.h"

#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace mc::provision {

struct PreflightIssue
{
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Error;
    QString host; // empty: the cluster as a whole
    QString check; // short id: zoo_id, master_count, port, loopback_hostname, system, ...
    QString message; // what is wrong and what to do (Info: what was found)

    [[nodiscard]] bool isError() const { return severity == Severity::Error; }
    [[nodiscard]] bool isWarning() const { return severity == Severity::Warning; }
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
    // system (an Info per host), the host name not mapped to a loopback
    // address (127.0.1.1 breaks the ensemble), the ports of its roles free or
    // held by our own service (masters 2181/2888/3888/5050/8080/80, agents
    // 5051; judged by the holder's command line), free disk, clock skew
    // (against this machine's clock at that host's probe). Blocking: call it
    // off the GUI thread.
    // `progress` (optional) hears of each host as it starts and as its checks end, with that
    // host's findings; called on the checking thread.
    struct Progress
    {
        std::function<void(const QString &host)> started;
        std::function<void(const QString &host, const QList<PreflightIssue> &issues)> finished;
    };
    [[nodiscard]] static QList<PreflightIssue> checkHosts(const Plan &plan, const ssh::SessionOptions &options,
                                                          int forks = 20, bool become = true,
                                                          const Progress &progress = {});

    // Asks each of `hosts` for its IPv4 address over SSH: the address the SSH
    // connection arrived at, else the first of `hostname -I`, else its name
    // resolved on the host (loopback never). Returns host -> address, for
    // ProvisionTarget::hostAddresses; *errors gets a line per host without one.
    // Blocking.
    [[nodiscard]] static QHash<QString, QString>
    learnAddresses(const ProvisionTarget &target, const QStringList &hosts,
                   const ssh::SessionOptions &options, int forks = 20, QStringList *errors = nullptr);

    // The scripts checkHosts runs and how their output is judged (for tests).
    // `clockOffsetMs`: the host's clock minus this machine's, when known.
    [[nodiscard]] static QString hostScript();
    [[nodiscard]] static QString addressScript();
    [[nodiscard]] static QList<PreflightIssue> judgeHost(const QString &host, bool master, bool agent,
                                                         const QString &output,
                                                         std::optional<qint64> clockOffsetMs);

    [[nodiscard]] static bool hasErrors(const QList<PreflightIssue> &issues);
};

} // namespace mc::provision
