#pragma once

#include "core/inventory/RoleMapping.h"

#include <QString>

namespace mc::inventory {

// How the console reaches the machines (never a password: those live in
// memory for the session only).
struct SshSettings
{
    static constexpr int kDefaultPort = 22;

    QString user; // empty: the login name of the person running the console
    int port = kDefaultPort;
    QString keyPath; // private key file; empty: the SSH agent / default keys
    bool become = true;
    QString becomeMethod = QStringLiteral("sudo");
    QString becomeUser = QStringLiteral("root");

    bool operator==(const SshSettings &) const = default;
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

    bool operator==(const ClusterProfile &) const = default;
};

} // namespace mc::inventory
