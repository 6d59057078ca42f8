#include "core/audit/GatedRun.h"

#include <algorithm>

namespace mc::audit {

Status gatedRun(ssh::SshPool &pool, const QList<ssh::HostSpec> &hosts, ssh::Job job,
                const std::shared_ptr<const ActionGate> &gate, Action action)
{
    if (gate) {
        if (action.targets.isEmpty()) {
            for (const ssh::HostSpec &host : hosts)
                action.targets << host.name;
        }
        auto ticket = gate->admit(std::move(action));
        if (!ticket)
            return ticket.error();
        QObject::connect(
            &pool, &ssh::SshPool::finished, &pool,
            [gate, ticket = std::move(ticket).value()](const QList<ssh::HostResult> &results) {
                const auto failed
                    = std::count_if(results.cbegin(), results.cend(), [](const ssh::HostResult &r) {
                          return r.state != ssh::HostState::Ok && r.state != ssh::HostState::Changed;
                      });
                gate->finish(
                    ticket,
                    failed == 0
                        ? Status()
                        : Status(Error {
                            ActionGate::tr("%1 of %2 hosts did not succeed").arg(failed).arg(results.size()),
                            {} }));
            },
            Qt::SingleShotConnection);
    }
    pool.run(hosts, std::move(job));
    return {};
}

} // namespace mc::audit
