#include "core/ssh/JumpRoute.h"

#include "core/inventory/Workspace.h"
#include "core/ssh/InventoryHosts.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace mc::ssh {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mc::ssh::JumpRoute)
};

QString expandHome(const QString &path)
{
    if (path.startsWith(QStringLiteral("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}
} // namespace

QString JumpRoute::describe() const
{
    QString who = host.effectiveAddress();
    if (!host.user.isEmpty())
        who = host.user + u'@' + who;
    return Tr::tr("via SSH %1:%2").arg(who).arg(host.port == 0 ? 22 : host.port);
}

Status checkJumpHost(const inventory::JumpHostSettings &jump, const QStringList &inventoryHosts)
{
    using Mode = inventory::JumpHostSettings::Mode;
    if (jump.mode == Mode::Direct)
        return {};
    const QString host = jump.host.trimmed();
    if (host.isEmpty())
        return Error { jump.mode == Mode::InventoryHost
                           ? Tr::tr("Choose the inventory host to reach the cluster through.")
                           : Tr::tr("Enter the bastion's host name or address."),
                       {} };
    if (jump.port < 0 || jump.port > 65535)
        return Error { Tr::tr("The jump host port %1 is not a port (1-65535).").arg(jump.port), {} };
    if (jump.mode == Mode::InventoryHost) {
        if (!inventoryHosts.contains(host))
            return Error { Tr::tr("The jump host \"%1\" is not a host of this workspace's inventory. "
                                  "Pick one of its hosts, or choose a bastion for a host outside it.")
                               .arg(host),
                           {} };
        return {};
    }
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?\\z"));
    static const QRegularExpression ipv6(QStringLiteral("^[0-9A-Fa-f:.]+\\z"));
    if (!name.match(host).hasMatch() && !(host.contains(u':') && ipv6.match(host).hasMatch()))
        return Error { Tr::tr("The bastion \"%1\" is not a host name or IP address (no port, user or "
                              "spaces here: they have their own fields).")
                           .arg(host),
                       {} };
    return {};
}

Result<std::optional<JumpRoute>> jumpRouteFor(const inventory::Workspace &workspace)
{
    const inventory::ClusterProfile &profile = workspace.profile();
    const inventory::JumpHostSettings &jump = profile.jump;
    if (jump.isDirect())
        return std::optional<JumpRoute> {};
    QStringList hosts;
    for (const inventory::Host &h : workspace.inventory().hosts())
        hosts << h.name;
    if (Status ok = checkJumpHost(jump, hosts); !ok)
        return ok.error();
    JumpRoute route;
    if (jump.mode == inventory::JumpHostSettings::Mode::InventoryHost) {
        route.host = hostSpecFor(*workspace.host(jump.host.trimmed()), profile.ssh.keyPath);
    } else {
        route.host.name = jump.host.trimmed();
        route.host.user = profile.ssh.user;
        route.host.port = quint16(profile.ssh.port);
        route.host.keyPath = expandHome(profile.ssh.keyPath);
    }
    if (!jump.user.isEmpty())
        route.host.user = jump.user;
    if (jump.port > 0)
        route.host.port = quint16(jump.port);
    if (route.host.port == 0)
        route.host.port = 22;
    if (!jump.keyPath.isEmpty())
        route.host.keyPath = expandHome(jump.keyPath);
    route.options.knownHostsPath = expandHome(jump.knownHostsPath);
    return std::optional<JumpRoute> { route };
}

} // namespace mc::ssh
