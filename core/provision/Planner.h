#pragma once

#include "core/provision/Plan.h"
#include "core/provision/ProvisionTarget.h"
#include "core/util/Result.h"

namespace mc::provision {

// Builds the plan: which roles each host gets (masters / agents of the
// target's role mapping), the values of each host and every step rendered
// with them. Any rendering error (undefined variable, template syntax) fails
// the whole plan with template:line:column, before any host is touched.
class Planner
{
public:
    // The values a host's templates see, low to high: the recipe's variables,
    // the inventory's effective variables of the host, the target's variables,
    // then the computed ones:
    //   inventory_hostname, address (ansible_host or the name), ip (see
    //   ipAddress(); left out when there is none), is_master, is_agent,
    //   masters (list of {name, address, zoo_id}), master_count,
    //   quorum = floor(masters/2)+1, zk_hosts "m1:2181,m2:2181",
    //   zk_url "zk://m1:2181,m2:2181/mesos", marathon_zk_url ".../marathon",
    //   haproxy_domain, haproxy_initial_cfg.
    [[nodiscard]] static QVariantMap hostValues(const Recipe &recipe, const ProvisionTarget &target,
                                                const QString &host);
    // `limit`: host or group names (empty: every master and agent).
    [[nodiscard]] static Result<Plan> build(const Recipe &recipe, const ProvisionTarget &target,
                                            const QStringList &limit = {});
    // Host names `limit` selects ("a,b" items are host or group names).
    [[nodiscard]] static Result<QStringList> resolveLimit(const ProvisionTarget &target,
                                                          const QStringList &limit);
    // The IPv4 address Mesos binds to on `host` (`ip`; Mesos refuses a host
    // name for --ip): the `ip` variable when set (it must be an IPv4 address),
    // else ansible_host when it is one, else the address the host reported
    // (target.hostAddresses). Empty when there is none, with *problem saying
    // why and what to do, naming the host.
    [[nodiscard]] static QString ipAddress(const Recipe &recipe, const ProvisionTarget &target,
                                           const QString &host, QString *problem = nullptr);
    // Of `hosts`, those whose `ip` would have to be learned from the host
    // (no `ip` variable, ansible_host a name, nothing learned yet).
    [[nodiscard]] static QStringList hostsNeedingAddress(const Recipe &recipe, const ProvisionTarget &target,
                                                         const QStringList &hosts);
    // Dotted-quad IPv4 (not 0.0.0.0).
    [[nodiscard]] static bool isIPv4(const QString &text);
    [[nodiscard]] static ssh::HostSpec hostSpec(const ProvisionTarget &target, const QString &host);
    // Whether a `when` value holds for these values ("name" or "!name").
    [[nodiscard]] static bool condition(const QString &when, const QVariantMap &values);
};

} // namespace mc::provision
