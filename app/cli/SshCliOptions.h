#pragma once

#include "core/ssh/HostResult.h"
#include "core/ssh/SshTypes.h"
#include "core/util/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace mc::cli {

// `[user@]host[:port]` or `[user@][v6]:port`, refusing shell characters.
Result<ssh::HostSpec> parseHostSpec(const QString &text);

// The SSH options `run` and `services` share: which hosts, how to log in, how
// to treat host keys, and the Ansible-like recap at the end.
class SshCliOptions
{
public:
    void addTo(QCommandLineParser &parser);
    // Hosts and session options from the parsed command line. Secrets come from
    // MC_SSH_PASSWORD / MC_BECOME_PASSWORD or --ask-pass / --ask-become-pass
    // (a line from stdin), never from the command line.
    Result<QList<ssh::HostSpec>> hosts(const QCommandLineParser &parser) const;
    // As hosts(), but without --on the workspace's masters are meant (-w is required then).
    Result<QList<ssh::HostSpec>> hostsOrMasters(const QCommandLineParser &parser) const;
    // As hosts(), with `pattern` in place of --on.
    Result<QList<ssh::HostSpec>> hostsMatching(const QCommandLineParser &parser,
                                               const QString &pattern) const;
    // The -w file, empty when not given.
    [[nodiscard]] QString workspacePath(const QCommandLineParser &parser) const;
    ssh::SessionOptions sessionOptions(const QCommandLineParser &parser) const;
    [[nodiscard]] int forks(const QCommandLineParser &parser) const;

    // Prints the recap; returns the exit code (1 when any host failed or was unreachable).
    static int printRecap(const QList<ssh::HostResult> &results);

private:
    Result<QList<ssh::HostSpec>> resolve(const QCommandLineParser &parser, const QString &on,
                                         bool mastersByDefault) const;

    QCommandLineOption m_on { QStringLiteral("on"),
                              QStringLiteral(
                                  "With -w: a host pattern of the workspace (group, host, \"all\", "
                                  "\"a:b\", \"a:!b\"). Without: comma-separated [user@]host[:port]."),
                              QStringLiteral("hosts") };
    QCommandLineOption m_workspace { { QStringLiteral("w"), QStringLiteral("workspace") },
                                     QStringLiteral(
                                         "Workspace (or Ansible inventory) whose hosts --on names."),
                                     QStringLiteral("file") };
    QCommandLineOption m_user { { QStringLiteral("u"), QStringLiteral("user") },
                                QStringLiteral("Login user (default: ~/.ssh/config, then yours)."),
                                QStringLiteral("user") };
    QCommandLineOption m_key { { QStringLiteral("i"), QStringLiteral("identity") },
                               QStringLiteral(
                                   "Private key file (default: agent, ~/.ssh/config, default keys)."),
                               QStringLiteral("file") };
    QCommandLineOption m_knownHosts { QStringLiteral("known-hosts"),
                                      QStringLiteral("known_hosts file (default: ~/.ssh/known_hosts)."),
                                      QStringLiteral("file") };
    QCommandLineOption m_sshConfig {
        QStringLiteral("ssh-config"),
        QStringLiteral("ssh_config file (default: ~/.ssh/config; 'none' for none)."), QStringLiteral("file")
    };
    QCommandLineOption m_acceptNew { QStringLiteral("accept-new-host-keys"),
                                     QStringLiteral(
                                         "Trust and record keys of hosts not in known_hosts (changed keys "
                                         "are always refused).") };
    QCommandLineOption m_askPass { QStringLiteral("ask-pass"),
                                   QStringLiteral("Read the SSH password from stdin.") };
    QCommandLineOption m_askBecomePass { QStringLiteral("ask-become-pass"),
                                         QStringLiteral(
                                             "Read the sudo password from stdin (after --ask-pass's).") };
    QCommandLineOption m_forks { { QStringLiteral("f"), QStringLiteral("forks") },
                                 QStringLiteral("Hosts at a time (default 10)."),
                                 QStringLiteral("n"),
                                 QStringLiteral("10") };
    QCommandLineOption m_timeout { QStringLiteral("connect-timeout"),
                                   QStringLiteral("Seconds to wait for a connection (default 10)."),
                                   QStringLiteral("s"), QStringLiteral("10") };
};

} // namespace mc::cli
