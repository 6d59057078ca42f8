#pragma once

#include "core/ssh/SshTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;
class QTemporaryDir;

namespace mc::test {

// Real OpenSSH sshd hosts for tests.
//
// As root (the normal case here and in CI) every host gets:
//  - its own network namespace `mcssh-<pid>-<k>-<i>`, a veth into a bridge
//    `mcb<pid>k` in the root namespace, and its own address 10.231.S.(10+i) in a
//    private /24 chosen per run (hosts reach each other and the test process);
//  - its own mount and UTS namespace (hostname `mchost<i>`) in which these paths
//    are bind-mounted from the host's own directory: /etc/init.d, /etc/default,
//    /etc/zookeeper, /etc/sudoers.d, /etc/passwd, /etc/shadow, /etc/group,
//    /etc/hosts, /var/lib/zookeeper, /var/log, /run, /home, and (empty) /etc/mesos,
//    /etc/mesos-master, /etc/mesos-slave, /etc/mesos-agent, /etc/marathon, /etc/haproxy,
//    /var/lib/mesos-console;
//  - sshd listening on port 22 of its address with a host key generated per run;
//  - the user `mctest` (password user()/password()) whose authorized keys are a
//    plain key (keyPath()) and a passphrase-protected one (passphraseKeyPath()),
//    and who may `sudo` anything after giving the password.
//
// Without root (namespaces not permitted) it falls back to sshd on 127.0.0.(10+i)
// with a free port, running as the current user, and says so on stderr;
// isolated() is then false and become (sudo) is not available.
//
// Everything is torn down by stop() and by the destructor: sshd and every process
// started inside a host are killed, the namespaces and the bridge deleted.
// start() also removes what a crashed earlier run left behind (by name prefix,
// only when the process that made it is gone).
class SshTestHosts
{
public:
    struct Host
    {
        QString name; // mchost<i>
        QString address;
        quint16 port = 22;
        QString netns; // empty in the fallback
        QString root; // the host's own directory tree on the real file system
        qint64 holderPid = 0; // holds the host's namespaces
    };

    SshTestHosts();
    ~SshTestHosts();
    SshTestHosts(const SshTestHosts &) = delete;
    SshTestHosts &operator=(const SshTestHosts &) = delete;

    // Starts `count` hosts. On failure returns false and sets `error`; what was
    // started is torn down.
    bool start(int count, QString *error = nullptr);
    void stop();

    [[nodiscard]] bool isolated() const { return m_isolated; }
    [[nodiscard]] const QList<Host> &hosts() const { return m_hosts; }
    [[nodiscard]] const Host &host(int i) const { return m_hosts.at(i); }

    [[nodiscard]] QString user() const { return m_user; }
    [[nodiscard]] QString password() const { return m_password; }
    [[nodiscard]] QString keyPath() const;
    [[nodiscard]] QString passphraseKeyPath() const;
    [[nodiscard]] QString keyPassphrase() const { return QStringLiteral("mc test passphrase"); }
    // A known_hosts file listing every host's key (libssh/OpenSSH format).
    [[nodiscard]] QString knownHostsPath() const;
    // A fresh, empty path for a known_hosts file (for unknown-key tests).
    [[nodiscard]] QString newFilePath(const QString &name) const;
    // The known_hosts line of one host.
    [[nodiscard]] QString knownHostsLine(int i) const;
    // "SHA256:..." as ssh-keygen -l prints it.
    [[nodiscard]] QString hostKeyFingerprint(int i) const;
    [[nodiscard]] bool canBecome() const { return m_isolated; }
    // Host i as the SSH engine takes it: name, address, port, user(), keyPath().
    [[nodiscard]] ssh::HostSpec hostSpec(int i) const;
    // knownHostsPath(), no ~/.ssh/config, a 3 s connect timeout.
    [[nodiscard]] ssh::SessionOptions sessionOptions() const;

    // An address in the test subnet where packets vanish (static neighbour entry to a
    // MAC nobody has): connecting there times out. Empty in the fallback.
    [[nodiscard]] QString silentAddress() const { return m_silentAddress; }
    // host:port where nothing listens (connection refused).
    [[nodiscard]] quint16 closedPort() const { return 2; }

    struct CommandResult
    {
        int exitCode = -1;
        QString output; // stdout + stderr
    };
    // Runs `sh -c command` as root inside host i's namespaces (fallback: as the
    // current user). Processes it starts in the background stay inside the host.
    CommandResult runOnHost(int i, const QString &command, int timeoutMs = 30000) const;

    // Kills every process of host i except the namespace holder: sshd and its
    // sessions die at once, as if the machine had crashed.
    bool killHost(int i);
    // Kills only sshd of host i (its listener and every session): the host
    // and what else runs on it stay up. startSshd() brings it back.
    bool killSshd(int i);
    // Stops (SIGSTOP) every sshd process serving a connection to host i: its
    // sessions stop answering while their TCP connections stay open, as when a
    // host hangs. Returns their PIDs for endFrozenSessions().
    QList<qint64> freezeSessions(int i);
    // Kills the frozen session processes (their connections close).
    static void endFrozenSessions(const QList<qint64> &pids);
    // Starts sshd of host i again (after killHost()).
    bool startSshd(int i, QString *error = nullptr);
    // Replaces host i's host key by a new one and restarts sshd (changed key).
    bool changeHostKey(int i, QString *error = nullptr);

private:
    bool startIsolated(int count, QString *error);
    bool startFallback(int count, QString *error);
    bool prepareCommonFiles(QString *error);
    bool prepareHostTree(Host &host, QString *error);
    bool writeSshdConfig(const Host &host, QString *error);
    bool waitForPort(const Host &host, int timeoutMs) const;
    void cleanStale() const;
    // sshd of host i (the listener first) and every process it started.
    [[nodiscard]] QList<qint64> sshdFamily(int i) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<Host> m_hosts;
    QList<QProcess *> m_sshd; // per host, owned
    QList<QProcess *> m_holders; // per host, owned
    QString m_user;
    QString m_password;
    QString m_passwordHash;
    QString m_bridge;
    QString m_prefix;
    QString m_silentAddress;
    int m_subnet = 0;
    bool m_isolated = false;
    bool m_started = false;
};

} // namespace mc::test
