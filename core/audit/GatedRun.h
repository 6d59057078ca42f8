#pragma once

#include "core/audit/ActionGate.h"
#include "core/ssh/SshPool.h"

#include <memory>

namespace mc::audit {

// Starts `job` on `hosts` in `pool` once `gate` admits `action` (its targets: the
// hosts' names, when it names none), and logs the outcome when the pool finishes:
// ok when every host succeeded, else how many did not. Without a gate it just runs.
// The refusal otherwise; the pool is then not started.
Status gatedRun(ssh::SshPool &pool, const QList<ssh::HostSpec> &hosts, ssh::Job job,
                const std::shared_ptr<const ActionGate> &gate, Action action);

} // namespace mc::audit
