#pragma once

#include "core/audit/ClusterMode.h"
#include "core/inventory/RoleMapping.h"

#include <QString>

#include <optional>

namespace mc::inventory {

// How the console reaches the machines (never a password: those live in
// memory for the session only).
struct SshSettings
{
    static constexpr int kDefaultPort = 22;

    QString user; // empty: the login name of the person running the console
    int port = kDefaultPort;
    QString keyPath; // private key file; empty: the SSH agent / default keys
    // The workspace's own known_hosts (read only), trusted besides ~/.ssh/known_hosts; a relative
    // path is relative to the workspace file. Empty: none.
    QString knownHostsPath;
    bool become = true;
    QString becomeMethod = QStringLiteral("sudo");
    QString becomeUser = QStringLiteral("root");

    bool operator==(const SshSettings &) const = default;
};

// How the console's HTTP requests (Mesos, agents, Marathon, logs) reach the
// cluster: directly, or through SSH `direct-tcpip` channels of a jump host.
// No password is stored: it is asked for when the tunnel connects.
struct JumpHostSettings
{
    enum class Mode {
        Direct, // connect to the masters and agents directly
        InventoryHost, // through a host of the inventory (its address, port, user, key)
        Bastion, // through a host outside the inventory, with its own settings
    };

    Mode mode = Mode::Direct;
    QString host; // InventoryHost: the inventory host's name; Bastion: its address
    QString user; // empty: the inventory host's user / the profile's SSH user
    int port = 0; // 0: the inventory host's port / the profile's SSH port
    QString keyPath; // empty: the inventory host's key / the profile's key
    QString knownHostsPath; // empty: ~/.ssh/known_hosts

    [[nodiscard]] bool isDirect() const { return mode == Mode::Direct; }
    // "direct", "host", "bastion" (the workspace file's words).
    [[nodiscard]] static QString modeName(Mode mode);
    [[nodiscard]] static std::optional<Mode> modeFromName(const QString &name);

    bool operator==(const JumpHostSettings &) const = default;
};

// The cluster-wide settings of a workspace.
struct ClusterProfile
{
    static constexpr int kMesosPort = 5050;
    static constexpr int kMarathonPort = 8080;

    QString name;
    SshSettings ssh;
    QString haproxyDomain; // apps are routed as <app>.<domain>
    QString mesosUrl; // override; empty: http://<master>:5050 for every master
    QString marathonUrl; // override; empty: http://<master>:8080 for every master
    QString httpUser; // user name for Mesos/Marathon HTTP auth (the password is never stored)
    RoleMapping roles;
    JumpHostSettings jump; // "reach the cluster through"
    // What may be changed on this cluster from here (core/audit/ActionGate), and the colour its
    // name and mode are shown in (status bar, window title): "#rrggbb", empty for none.
    audit::ClusterMode mode = audit::ClusterMode::ReadWrite;
    QString colour;

    bool operator==(const ClusterProfile &) const = default;
};

} // namespace mc::inventory
