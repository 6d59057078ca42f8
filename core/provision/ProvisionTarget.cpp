#include "core/provision/ProvisionTarget.h"

namespace mc::provision {

ProvisionTarget ProvisionTarget::fromWorkspace(const inventory::Workspace &workspace)
{
    ProvisionTarget t;
    t.inventory = workspace.inventory();
    const inventory::ClusterProfile &p = workspace.profile();
    t.roles = p.roles;
    t.sshUser = p.ssh.user;
    t.sshPort = p.ssh.port > 0 && p.ssh.port < 65536 && p.ssh.port != inventory::SshSettings::kDefaultPort
        ? quint16(p.ssh.port)
        : 0;
    t.keyPath = p.ssh.keyPath;
    t.become = p.ssh.become;
    t.haproxyDomain = p.haproxyDomain;
    return t;
}

Result<ProvisionTarget> ProvisionTarget::open(const QString &path, QStringList *warnings)
{
    const auto opened = inventory::Workspace::openAny(path);
    if (!opened)
        return opened.error();
    if (warnings)
        *warnings = opened->warnings;
    return fromWorkspace(opened->workspace);
}

} // namespace mc::provision
