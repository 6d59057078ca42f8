#pragma once

#include "core/inventory/ClusterProfile.h"
#include "core/inventory/HostEntry.h"
#include "core/inventory/Inventory.h"
#include "core/inventory/ValidationIssue.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace mc::inventory {

// A workspace file (*.mcw.yaml, docs/workspace-format.md): the inventory and
// the cluster profile. The API other parts of the console (SSH, provisioning,
// live views) read the machines through. Saved atomically; an autosave goes
// to a sidecar file that is offered for recovery on the next open.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(mc::inventory::Workspace)

public:
    static constexpr int kFormatVersion = 1;

    Workspace() = default;
    Workspace(Inventory inventory, ClusterProfile profile);

    [[nodiscard]] static Result<Workspace> load(const QString &path);

    // A workspace, or an Ansible inventory (INI/YAML, with group_vars/
    // host_vars) wrapped into a workspace with a default profile.
    struct Opened;
    [[nodiscard]] static Result<Opened> openAny(const QString &path);
    // *.mcw.yaml / *.mcw.yml, or a YAML file with a mesos_console_workspace key.
    [[nodiscard]] static bool isWorkspaceFile(const QString &path);
    [[nodiscard]] static Result<Workspace> fromText(const QString &text, const QString &name);
    [[nodiscard]] Status save(const QString &path) const;
    [[nodiscard]] Result<QString> toText() const;

    // Crash recovery: ".<file name>.autosave" beside the workspace. An empty path stands for a
    // workspace that was never saved (e.g. an imported inventory): its sidecar is
    // untitledAutosavePath().
    [[nodiscard]] static QString autosavePath(const QString &path);
    // "untitled.mcw.yaml.autosave" in the application's data folder (QStandardPaths::AppDataLocation).
    [[nodiscard]] static QString untitledAutosavePath();
    [[nodiscard]] Status saveAutosave(const QString &path) const;
    // An autosave newer than the workspace (or without a workspace) exists.
    [[nodiscard]] static bool hasRecoverableAutosave(const QString &path);
    [[nodiscard]] static Result<Workspace> loadAutosave(const QString &path);
    static void discardAutosave(const QString &path);

    [[nodiscard]] const ClusterProfile &profile() const { return m_profile; }
    [[nodiscard]] ClusterProfile &profile() { return m_profile; }
    [[nodiscard]] const Inventory &inventory() const { return m_inventory; }
    [[nodiscard]] Inventory &inventory() { return m_inventory; }
    void setInventory(const Inventory &inventory) { m_inventory = inventory; }

    // Hosts of the master / agent groups (RoleMapping of the profile).
    [[nodiscard]] QList<HostEntry> masters() const;
    [[nodiscard]] QList<HostEntry> agents() const;
    // Ansible-style pattern: "all", a group, a host, "a*" wildcards, "a:b" or
    // "a,b" union, "a:&b" intersection, "a:!b" exclusion. Unknown names are
    // an error.
    [[nodiscard]] Result<QList<HostEntry>> hostsOf(const QString &pattern) const;
    [[nodiscard]] std::optional<HostEntry> host(const QString &name) const;
    // zoo_id of a master, or -1.
    [[nodiscard]] int zooId(const QString &host) const;

    // Endpoints: the override, else one per master.
    [[nodiscard]] QStringList mesosEndpoints() const;
    [[nodiscard]] QStringList marathonEndpoints() const;
    // "m1:2181,m2:2181,m3:2181"
    [[nodiscard]] QString zookeeperConnectString() const;

    [[nodiscard]] ValidationIssues validate() const;

    bool operator==(const Workspace &other) const
    {
        return m_profile == other.m_profile && m_inventory == other.m_inventory;
    }

private:
    // http://<address>:<port> of every master.
    [[nodiscard]] QStringList masterUrls(int port) const;
    [[nodiscard]] HostEntry entryFor(const QString &name) const;

    Inventory m_inventory;
    ClusterProfile m_profile;
};

struct Workspace::Opened
{
    Workspace workspace;
    bool isWorkspace = false;
    QStringList warnings;
};

} // namespace mc::inventory
