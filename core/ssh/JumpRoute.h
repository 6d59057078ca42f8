#pragma once

#include "core/inventory/ClusterProfile.h"
#include "core/ssh/SshTypes.h"
#include "core/util/Result.h"

#include <QStringList>

#include <optional>

namespace mc::inventory {
class Workspace;
}

namespace mc::ssh {

// The SSH jump host a workspace's HTTP requests travel through (the profile's
// "reach the cluster through"), resolved against its inventory.
struct JumpRoute
{
    HostSpec host; // port always set (22 unless told otherwise)
    SessionOptions options; // known_hosts of the profile; unknown keys are refused

    // "via SSH user@host:22"
    [[nodiscard]] QString describe() const;
};

// Checks the settings alone: a host is named, a bastion address is a host
// name or address, an inventory host is one of `inventoryHosts`.
[[nodiscard]] Status checkJumpHost(const inventory::JumpHostSettings &jump,
                                   const QStringList &inventoryHosts);

// nullopt: the profile says direct. Errors name what to fix.
[[nodiscard]] Result<std::optional<JumpRoute>> jumpRouteFor(const inventory::Workspace &workspace);

} // namespace mc::ssh
