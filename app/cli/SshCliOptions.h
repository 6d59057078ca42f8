#pragma once

#include "app/cli/CliCommand.h"

#include "core/ssh/HostResult.h"
#include "core/ssh/SshTypes.h"
#include "core/util/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

#include <functional>
#include <optional>
#include <utility>

namespace mc::ssh {
class SshPool;
}

namespace mc::cli {

class HttpCliOptions;

// The names of the services `services` and `logs --service` take (zookeeper, mesos-master, ...).
QStringList serviceNames();

// `[user@]host[:port]` or `[user@][v6]:port`, refusing shell characters.
Result<ssh::HostSpec> parseHostSpec(const QString &text);

// What differs between the commands that reach hosts over SSH.
struct SshDefaults
{
    int forks = 10;
    bool become = false; // sudo unless --no-become (else only with -b)
    bool hostsOn = true; // --on HOSTS (provision has --limit instead)
};

// The SSH options of every command that reaches hosts (run, services, provision, haproxy sync,
// logs --host), the same everywhere and spelled as OpenSSH and Ansible spell them: which hosts
// (-w, --on), how to log in (-u, -i identity file as `ssh -i`, --ssh-config, --known-hosts,
// --accept-new-host-keys, --ask-pass, --connect-timeout), sudo (-b/--become, --no-become,
// --ask-become-pass), -f forks; and the Ansible-like recap at the end.
class SshCliOptions
{
public:
    void addTo(CommandParser &parser, SshDefaults defaults = {});
    // Checks the values (numbers, -b with --no-become, the -i file). nullopt: go on; otherwise
    // the exit code (the reason is printed with the usage).
    [[nodiscard]] std::optional<int> check(const QCommandLineParser &parser) const;
    // The start of every command with these options: parseArguments(), check(), then the HTTP
    // options' apply() when `http` is given. nullopt: go on; otherwise the exit code.
    [[nodiscard]] std::optional<int> parse(CommandParser &parser, const QStringList &args,
                                           const HttpCliOptions *http = nullptr) const;
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
    // After check().
    [[nodiscard]] int forks(const QCommandLineParser &parser) const;
    [[nodiscard]] bool become(const QCommandLineParser &parser, bool fallback) const;
    [[nodiscard]] bool become(const QCommandLineParser &parser) const
    {
        return become(parser, m_defaults.become);
    }
    [[nodiscard]] const QCommandLineOption &identityOption() const { return m_key; }
    [[nodiscard]] const QCommandLineOption &userOption() const { return m_user; }
    [[nodiscard]] const QCommandLineOption &workspaceOption() const { return m_workspace; }
    // The SSH and sudo passwords: $MC_SSH_PASSWORD / $MC_BECOME_PASSWORD, or a line each from
    // stdin with --ask-pass / --ask-become-pass (read once).
    [[nodiscard]] QString password(const QCommandLineParser &parser) const;
    [[nodiscard]] QString becomePassword(const QCommandLineParser &parser) const;

    // Prints each line the pool's hosts write as "host | text" (on stderr what they write
    // there), and "host | STATE" as each host finishes, followed by " | " and what `detail`
    // says of its result when that is not empty.
    static void printProgress(ssh::SshPool &pool, std::function<QString(const ssh::HostResult &)> detail);
    // After a (gated) start on `pool`: its refusal (printed, exit 1), or the recap once every
    // host is done.
    static int recapWhenDone(ssh::SshPool &pool, const Status &started);
    // Prints the recap; returns the exit code (1 when any host failed or was unreachable).
    static int printRecap(const QList<ssh::HostResult> &results);

private:
    Result<QList<ssh::HostSpec>> resolve(const QCommandLineParser &parser, const QString &on,
                                         bool mastersByDefault) const;
    void readSecrets(const QCommandLineParser &parser) const;

    SshDefaults m_defaults;
    mutable std::optional<std::pair<QString, QString>> m_secrets; // password, become password

    QCommandLineOption m_on { QStringLiteral("on"),
                              QStringLiteral(
                                  "With -w: a host pattern of the workspace (group, host, \"all\", "
                                  "\"a:b\", \"a:!b\"). Without: comma-separated [user@]host[:port]."),
                              QStringLiteral("hosts") };
    QCommandLineOption m_workspace { { QStringLiteral("w"), QStringLiteral("workspace") },
                                     QStringLiteral("Workspace (or Ansible inventory) with the hosts."),
                                     QStringLiteral("file") };
    QCommandLineOption m_user { { QStringLiteral("u"), QStringLiteral("user") },
                                QStringLiteral("Login user (default: ~/.ssh/config, then yours)."),
                                QStringLiteral("user") };
    QCommandLineOption m_key { { QStringLiteral("i"), QStringLiteral("identity") },
                               QStringLiteral("Private key file, as ssh -i (default: agent, ~/.ssh/config, "
                                              "default keys)."),
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
                                 QStringLiteral("Hosts at a time (1-500, default 10)."),
                                 QStringLiteral("n") };
    QCommandLineOption m_timeout { QStringLiteral("connect-timeout"),
                                   QStringLiteral("Seconds to wait for a connection (1-600, default 10)."),
                                   QStringLiteral("s") };
    QCommandLineOption m_deadAfter { QStringLiteral("dead-after"),
                                     QStringLiteral(
                                         "Seconds without a word from a host before its SSH session "
                                         "counts as lost; keepalives go out after half of it "
                                         "(0-3600, 0: never, default 30)."),
                                     QStringLiteral("s") };
    QCommandLineOption m_become { { QStringLiteral("b"), QStringLiteral("become") },
                                  QStringLiteral("Run through sudo (password: $MC_BECOME_PASSWORD or "
                                                 "--ask-become-pass).") };
    QCommandLineOption m_noBecome { QStringLiteral("no-become"), QStringLiteral("Do not use sudo.") };
};

} // namespace mc::cli
