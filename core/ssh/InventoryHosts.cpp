#include "core/ssh/InventoryHosts.h"

#include "core/inventory/Workspace.h"

#include "core/inventory/Inventory.h"

#include <QDir>
#include <QFileInfo>

namespace mc::ssh {

HostSpec hostSpecFor(const inventory::HostEntry &entry, const QString &defaultKeyPath)
{
    HostSpec spec;
    spec.name = entry.name;
    spec.address = entry.address;
    spec.port = entry.port > 0 && entry.port <= 65535 ? quint16(entry.port) : quint16(0);
    spec.user = entry.user;
    QString key = entry.vars.value(QStringLiteral("ansible_ssh_private_key_file")).toString();
    if (key.isEmpty())
        key = entry.vars.value(QStringLiteral("ansible_private_key_file")).toString();
    if (key.isEmpty())
        key = defaultKeyPath;
    if (key.startsWith(QStringLiteral("~/")))
        key = QDir::homePath() + key.mid(1);
    spec.keyPath = key;
    return spec;
}

QList<HostSpec> hostSpecsFor(const QList<inventory::HostEntry> &entries, const QString &defaultKeyPath)
{
    QList<HostSpec> specs;
    specs.reserve(entries.size());
    for (const inventory::HostEntry &e : entries)
        specs << hostSpecFor(e, defaultKeyPath);
    return specs;
}

QList<HostGroup> hostGroupsFor(const inventory::Inventory &inventory)
{
    QList<HostGroup> groups;
    for (const inventory::Group &g : inventory.groups()) {
        const QStringList hosts = inventory.hostsIn(g.name);
        if (!hosts.isEmpty())
            groups.append({ g.name, hosts });
    }
    return groups;
}

QString workspaceKnownHosts(const inventory::Workspace &workspace, const QString &workspacePath)
{
    QString path = workspace.profile().ssh.knownHostsPath.trimmed();
    if (path.isEmpty())
        return {};
    if (path.startsWith(QStringLiteral("~/")))
        return QDir::homePath() + path.mid(1);
    if (QDir::isAbsolutePath(path) || workspacePath.isEmpty())
        return path;
    return QFileInfo(workspacePath).absoluteDir().filePath(path);
}

} // namespace mc::ssh
