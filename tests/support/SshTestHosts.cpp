#include "tests/support/SshTestHosts.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace mc::test {

namespace {

std::atomic<int> s_instance { 0 };

const QString kNetnsPrefix = QStringLiteral("mcssh-");
const QString kBridgePrefix = QStringLiteral("mcb");
constexpr int kTestUid = 4231;

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 15000, const QByteArray &input = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(timeoutMs))
        return { -1, QStringLiteral("%1 did not start: %2").arg(program, p.errorString()) };
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(1000);
        return { -1, QStringLiteral("%1 timed out").arg(program) };
    }
    const int code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return { code, QString::fromLocal8Bit(p.readAll()) };
}

bool ok(const Run &r, const QString &what, QString *error)
{
    if (r.exitCode == 0)
        return true;
    if (error)
        *error = QStringLiteral("%1 failed: %2").arg(what, r.output.trimmed());
    return false;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error,
               QFile::Permissions perms
               = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    f.close();
    f.setPermissions(perms);
    return true;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool processAlive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

void killNetnsProcesses(const QString &netns, qint64 keepPid)
{
    for (int round = 0; round < 20; ++round) {
        const Run pids
            = run(QStringLiteral("ip"), { QStringLiteral("netns"), QStringLiteral("pids"), netns });
        bool any = false;
        for (const QString &line : pids.output.split(u'\n', Qt::SkipEmptyParts)) {
            bool isNumber = false;
            const qint64 pid = line.trimmed().toLongLong(&isNumber);
            if (isNumber && pid != keepPid) {
                ::kill(pid_t(pid), SIGKILL);
                any = true;
            }
        }
        if (!any)
            return;
        QThread::msleep(20);
    }
}

// The directories and files a host owns; bound over the real paths.
const QStringList kCopiedDirs
    = { QStringLiteral("/etc/init.d"), QStringLiteral("/etc/default"), QStringLiteral("/etc/zookeeper") };
const QStringList kEmptyDirs
    = { QStringLiteral("/etc/sudoers.d"), QStringLiteral("/var/lib/zookeeper"), QStringLiteral("/var/log"),
        QStringLiteral("/run"), QStringLiteral("/home"),
        // Provisioning writes the configuration of these services.
        QStringLiteral("/etc/mesos"), QStringLiteral("/etc/mesos-master"), QStringLiteral("/etc/mesos-slave"),
        QStringLiteral("/etc/mesos-agent"),
        QStringLiteral("/etc/marathon"), QStringLiteral("/etc/haproxy"),
        // ... and keeps its notes (handlers still to run).
        QStringLiteral("/var/lib/mesos-console") };
const QStringList kOwnFiles = { QStringLiteral("/etc/passwd"), QStringLiteral("/etc/shadow"),
                                QStringLiteral("/etc/group"), QStringLiteral("/etc/hosts") };

} // namespace

SshTestHosts::SshTestHosts() = default;

SshTestHosts::~SshTestHosts()
{
    stop();
}

QString SshTestHosts::keyPath() const
{
    return m_dir->filePath(QStringLiteral("client/id_ed25519"));
}

QString SshTestHosts::passphraseKeyPath() const
{
    return m_dir->filePath(QStringLiteral("client/id_ed25519_pp"));
}

QString SshTestHosts::knownHostsPath() const
{
    return m_dir->filePath(QStringLiteral("client/known_hosts"));
}

QString SshTestHosts::newFilePath(const QString &name) const
{
    return m_dir->filePath(QStringLiteral("client/") + name);
}

QString SshTestHosts::knownHostsLine(int i) const
{
    const Host &h = m_hosts.at(i);
    const QString pub = QString::fromLatin1(readFile(h.root + QStringLiteral("/ssh_host_ed25519_key.pub")));
    const QStringList parts = pub.split(u' ', Qt::SkipEmptyParts);
    const QString hostField = h.port == 22 ? h.address : QStringLiteral("[%1]:%2").arg(h.address).arg(h.port);
    return parts.size() >= 2 ? hostField + u' ' + parts[0] + u' ' + parts[1] : QString();
}

QString SshTestHosts::hostKeyFingerprint(int i) const
{
    const Run r
        = run(QStringLiteral("ssh-keygen"),
              { QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"), QStringLiteral("-f"),
                m_hosts.at(i).root + QStringLiteral("/ssh_host_ed25519_key.pub") });
    const QStringList parts = r.output.split(u' ', Qt::SkipEmptyParts);
    return parts.size() >= 2 ? parts[1] : QString();
}

void SshTestHosts::cleanStale() const
{
    const Run list = run(QStringLiteral("ip"), { QStringLiteral("netns"), QStringLiteral("list") });
    static const QRegularExpression netnsName(QStringLiteral("^mcssh-(\\d+)-\\d+-\\d+"));
    for (const QString &line : list.output.split(u'\n', Qt::SkipEmptyParts)) {
        const auto m = netnsName.match(line);
        if (!m.hasMatch() || processAlive(m.captured(1).toLongLong()))
            continue;
        const QString name = line.section(u' ', 0, 0);
        killNetnsProcesses(name, 0);
        run(QStringLiteral("ip"), { QStringLiteral("netns"), QStringLiteral("del"), name });
    }
    const Run links
        = run(QStringLiteral("ip"), { QStringLiteral("-o"), QStringLiteral("link"), QStringLiteral("show") });
    static const QRegularExpression bridgeName(QStringLiteral("^\\d+: (mcb(\\d+)\\d)[:@]"));
    for (const QString &line : links.output.split(u'\n', Qt::SkipEmptyParts)) {
        const auto m = bridgeName.match(line);
        if (m.hasMatch() && !processAlive(m.captured(2).toLongLong()))
            run(QStringLiteral("ip"), { QStringLiteral("link"), QStringLiteral("del"), m.captured(1) });
    }
}

bool SshTestHosts::start(int count, QString *error)
{
    stop();
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mc-sshhosts-XXXXXX"));
    if (!m_dir->isValid()) {
        if (error)
            *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    m_started = true;
    if (!prepareCommonFiles(error)) {
        stop();
        return false;
    }
    const bool root = ::geteuid() == 0;
    bool started = false;
    if (root) {
        cleanStale();
        started = startIsolated(count, error);
        if (!started) {
            std::fprintf(stderr,
                         "SshTestHosts: network namespaces not usable (%s); falling back to "
                         "sshd on 127.0.0.x\n",
                         qPrintable(error ? *error : QString()));
            stop();
            m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mc-sshhosts-XXXXXX"));
            m_started = true;
            if (!prepareCommonFiles(error)) {
                stop();
                return false;
            }
        }
    } else {
        std::fprintf(stderr,
                     "SshTestHosts: not root, so no namespaces: sshd runs on 127.0.0.x as the "
                     "current user (fallback; no sudo tests)\n");
    }
    if (!started)
        started = startFallback(count, error);
    if (!started) {
        stop();
        return false;
    }
    QByteArray known;
    for (int i = 0; i < m_hosts.size(); ++i)
        known += knownHostsLine(i).toLatin1() + '\n';
    return writeFile(knownHostsPath(), known, error);
}

bool SshTestHosts::prepareCommonFiles(QString *error)
{
    QDir(m_dir->path()).mkpath(QStringLiteral("client"));
    m_password = QStringLiteral("pw-%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    const Run key = run(QStringLiteral("ssh-keygen"),
                        { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                          QStringLiteral("-N"), QString(), QStringLiteral("-C"), QStringLiteral("mc-test"),
                          QStringLiteral("-f"), keyPath() });
    if (!ok(key, QStringLiteral("ssh-keygen (client key)"), error))
        return false;
    const Run ppKey = run(QStringLiteral("ssh-keygen"),
                          { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                            QStringLiteral("-N"), keyPassphrase(), QStringLiteral("-C"),
                            QStringLiteral("mc-test-pp"), QStringLiteral("-f"), passphraseKeyPath() });
    if (!ok(ppKey, QStringLiteral("ssh-keygen (passphrase key)"), error))
        return false;
    const QByteArray authorized = readFile(keyPath() + QStringLiteral(".pub"))
        + readFile(passphraseKeyPath() + QStringLiteral(".pub"));
    if (!writeFile(m_dir->filePath(QStringLiteral("client/authorized_keys")), authorized, error))
        return false;
    const Run hash = run(QStringLiteral("openssl"),
                         { QStringLiteral("passwd"), QStringLiteral("-6"), QStringLiteral("-stdin") }, 15000,
                         m_password.toLatin1() + '\n');
    if (!ok(hash, QStringLiteral("openssl passwd"), error))
        return false;
    m_passwordHash = hash.output.trimmed();
    return true;
}

bool SshTestHosts::prepareHostTree(Host &host, QString *error)
{
    QDir root(host.root);
    root.mkpath(QStringLiteral("."));
    const Run hostKey = run(QStringLiteral("ssh-keygen"),
                            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                              QStringLiteral("-N"), QString(), QStringLiteral("-C"), host.name,
                              QStringLiteral("-f"), host.root + QStringLiteral("/ssh_host_ed25519_key") });
    if (!ok(hostKey, QStringLiteral("ssh-keygen (host key)"), error))
        return false;
    if (!m_isolated)
        return writeSshdConfig(host, error);

    for (const QString &dir : kCopiedDirs) {
        const QString target = host.root + QStringLiteral("/fs") + dir;
        root.mkpath(target);
        if (QFileInfo::exists(dir)) {
            const Run cp = run(QStringLiteral("cp"),
                               { QStringLiteral("-rL"), QStringLiteral("--preserve=mode"),
                                 dir + QStringLiteral("/."), target });
            if (!ok(cp, QStringLiteral("copying %1").arg(dir), error))
                return false;
        }
    }
    for (const QString &dir : kEmptyDirs)
        root.mkpath(host.root + QStringLiteral("/fs") + dir);
    root.mkpath(QStringLiteral("fs/run/sshd"));
    root.mkpath(QStringLiteral("fs/home/mctest"));
    ::chown(QFile::encodeName(host.root + QStringLiteral("/fs/home/mctest")).constData(), kTestUid, kTestUid);
    QFile::setPermissions(host.root + QStringLiteral("/fs/run/sshd"),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                              | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    // Every directory on the way must be traversable by the test user (sudo, home).
    QFile::setPermissions(m_dir->path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup
                              | QFile::ExeOther);

    const QString fs = host.root + QStringLiteral("/fs");
    const QString uid = QString::number(kTestUid);
    if (!writeFile(fs + QStringLiteral("/etc/passwd"),
                   readFile(QStringLiteral("/etc/passwd"))
                       + QStringLiteral("mctest:x:%1:%1:Mesos Console test:/home/mctest:/bin/sh\n")
                             .arg(uid)
                             .toLatin1(),
                   error)
        || !writeFile(fs + QStringLiteral("/etc/group"),
                      readFile(QStringLiteral("/etc/group"))
                          + QStringLiteral("mctest:x:%1:\n").arg(uid).toLatin1(),
                      error)
        || !writeFile(fs + QStringLiteral("/etc/shadow"),
                      readFile(QStringLiteral("/etc/shadow"))
                          + QStringLiteral("mctest:%1:19000:0:99999:7:::\n").arg(m_passwordHash).toLatin1(),
                      error, QFile::ReadOwner | QFile::WriteOwner)
        || !writeFile(fs + QStringLiteral("/etc/sudoers.d/mctest"),
                      "mctest ALL=(ALL:ALL) ALL\nDefaults:mctest timestamp_timeout=0, !lecture\n", error,
                      QFile::ReadOwner | QFile::ReadGroup))
        return false;
    QByteArray hosts = "127.0.0.1 localhost\n";
    for (const Host &h : std::as_const(m_hosts))
        hosts += h.address.toLatin1() + ' ' + h.name.toLatin1() + '\n';
    if (!writeFile(fs + QStringLiteral("/etc/hosts"), hosts, error))
        return false;
    return writeSshdConfig(host, error);
}

bool SshTestHosts::writeSshdConfig(const Host &host, QString *error)
{
    const QString config = QStringLiteral("ListenAddress %1:%2\n"
                                          "HostKey %3/ssh_host_ed25519_key\n"
                                          "PidFile none\n"
                                          "UsePAM no\n"
                                          "PasswordAuthentication yes\n"
                                          "KbdInteractiveAuthentication no\n"
                                          "PubkeyAuthentication yes\n"
                                          "AuthorizedKeysFile %4\n"
                                          "StrictModes no\n"
                                          "PermitRootLogin prohibit-password\n"
                                          "Subsystem sftp internal-sftp\n"
                                          "UseDNS no\n"
                                          "MaxStartups 100\n"
                                          "MaxSessions 50\n"
                                          "LogLevel INFO\n")
                               .arg(host.address)
                               .arg(host.port)
                               .arg(host.root, m_dir->filePath(QStringLiteral("client/authorized_keys")));
    return writeFile(host.root + QStringLiteral("/sshd_config"), config.toLatin1(), error);
}

bool SshTestHosts::startIsolated(int count, QString *error)
{
    m_isolated = true;
    const int instance = s_instance.fetch_add(1) % 10;
    const QString pid = QString::number(QCoreApplication::applicationPid());
    m_prefix = kNetnsPrefix + pid + u'-' + QString::number(instance) + u'-';
    m_bridge = kBridgePrefix + pid + QString::number(instance);
    m_user = QStringLiteral("mctest");

    {
        // Pick a /24 nobody on this machine uses; the lock keeps parallel tests apart.
        QLockFile lock(QDir::tempPath() + QStringLiteral("/mc-sshtesthosts.lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(30000)) {
            if (error)
                *error = QStringLiteral("cannot lock the test subnet allocation");
            return false;
        }
        const Run addrs = run(
            QStringLiteral("ip"),
            { QStringLiteral("-o"), QStringLiteral("-4"), QStringLiteral("addr"), QStringLiteral("show") });
        for (int s = 1 + int(QCoreApplication::applicationPid() % 200); s < 1000; ++s) {
            const int subnet = 1 + s % 250;
            if (!addrs.output.contains(QStringLiteral(" 10.231.%1.").arg(subnet))) {
                m_subnet = subnet;
                break;
            }
        }
        const QString gateway = QStringLiteral("10.231.%1.1/24").arg(m_subnet);
        if (!ok(run(QStringLiteral("ip"),
                    { QStringLiteral("link"), QStringLiteral("add"), m_bridge, QStringLiteral("type"),
                      QStringLiteral("bridge") }),
                QStringLiteral("ip link add bridge"), error)
            || !ok(run(QStringLiteral("ip"),
                       { QStringLiteral("addr"), QStringLiteral("add"), gateway, QStringLiteral("dev"),
                         m_bridge }),
                   QStringLiteral("ip addr add"), error)
            || !ok(run(QStringLiteral("ip"),
                       { QStringLiteral("link"), QStringLiteral("set"), m_bridge, QStringLiteral("up") }),
                   QStringLiteral("ip link set up"), error))
            return false;
    }
    // Packets to .250 go to a MAC that does not exist: a host that never answers.
    m_silentAddress = QStringLiteral("10.231.%1.250").arg(m_subnet);
    run(QStringLiteral("ip"),
        { QStringLiteral("neigh"), QStringLiteral("replace"), m_silentAddress, QStringLiteral("lladdr"),
          QStringLiteral("02:00:00:00:de:ad"), QStringLiteral("dev"), m_bridge, QStringLiteral("nud"),
          QStringLiteral("permanent") });

    for (int i = 0; i < count; ++i) {
        Host h;
        h.name = QStringLiteral("mchost%1").arg(i);
        h.address = QStringLiteral("10.231.%1.%2").arg(m_subnet).arg(10 + i);
        h.port = 22;
        h.netns = m_prefix + QString::number(i);
        h.root = m_dir->filePath(QStringLiteral("h%1").arg(i));
        m_hosts.append(h);
    }
    for (int i = 0; i < count; ++i) {
        Host &h = m_hosts[i];
        m_sshd.append(nullptr);
        m_holders.append(nullptr);
        if (!prepareHostTree(h, error))
            return false;
        const QString vethOut = QStringLiteral("mcv%1-%2").arg(pid).arg(instance * 100 + i);
        const QString vethIn = QStringLiteral("mci%1-%2").arg(pid).arg(instance * 100 + i);
        const QString ip = QStringLiteral("ip");
        const QList<QStringList> setup = {
            { QStringLiteral("netns"), QStringLiteral("add"), h.netns },
            { QStringLiteral("link"), QStringLiteral("add"), vethOut, QStringLiteral("type"),
              QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), vethIn },
            { QStringLiteral("link"), QStringLiteral("set"), vethIn, QStringLiteral("netns"), h.netns },
            { QStringLiteral("link"), QStringLiteral("set"), vethOut, QStringLiteral("master"), m_bridge },
            { QStringLiteral("link"), QStringLiteral("set"), vethOut, QStringLiteral("up") },
            { QStringLiteral("-n"), h.netns, QStringLiteral("link"), QStringLiteral("set"), vethIn,
              QStringLiteral("name"), QStringLiteral("eth0") },
            { QStringLiteral("-n"), h.netns, QStringLiteral("addr"), QStringLiteral("add"),
              h.address + QStringLiteral("/24"), QStringLiteral("dev"), QStringLiteral("eth0") },
            { QStringLiteral("-n"), h.netns, QStringLiteral("link"), QStringLiteral("set"),
              QStringLiteral("eth0"), QStringLiteral("up") },
            { QStringLiteral("-n"), h.netns, QStringLiteral("link"), QStringLiteral("set"),
              QStringLiteral("lo"), QStringLiteral("up") },
        };
        for (const QStringList &args : setup) {
            if (!ok(run(ip, args), QStringLiteral("ip ") + args.join(u' '), error))
                return false;
        }

        // The holder keeps the host's mount + UTS namespace alive; sshd and every
        // command for this host join it with nsenter.
        QString script = QStringLiteral("set -e\nhostname %1\n").arg(h.name);
        for (const QString &path : kCopiedDirs + kEmptyDirs) {
            script += QStringLiteral("mkdir -p %1\nmount --bind %2/fs%1 %1\n").arg(path, h.root);
        }
        for (const QString &path : kOwnFiles)
            script += QStringLiteral("mount --bind %2/fs%1 %1\n").arg(path, h.root);
        script += QStringLiteral("echo ready\nexec sleep infinity\n");
        auto *holder = new QProcess;
        m_holders[i] = holder;
        holder->setProcessChannelMode(QProcess::MergedChannels);
        holder->start(ip,
                      { QStringLiteral("netns"), QStringLiteral("exec"), h.netns, QStringLiteral("unshare"),
                        QStringLiteral("--mount"), QStringLiteral("--uts"), QStringLiteral("--propagation"),
                        QStringLiteral("private"), QStringLiteral("/bin/sh"), QStringLiteral("-c"), script });
        QDeadlineTimer deadline(10000);
        while (!holder->canReadLine() && holder->state() != QProcess::NotRunning && !deadline.hasExpired())
            holder->waitForReadyRead(100);
        const QByteArray line = holder->readLine();
        if (!line.startsWith("ready")) {
            if (error)
                *error = QStringLiteral("host %1: namespace setup failed: %2")
                             .arg(h.name, QString::fromLocal8Bit(line + holder->readAll()).trimmed());
            return false;
        }
        h.holderPid = holder->processId();
        if (!startSshd(i, error))
            return false;
    }
    return true;
}

bool SshTestHosts::startFallback(int count, QString *error)
{
    m_isolated = false;
    m_user = qEnvironmentVariable("USER", QStringLiteral("root"));
    for (int i = 0; i < count; ++i) {
        Host h;
        h.name = QStringLiteral("mchost%1").arg(i);
        h.address = QStringLiteral("127.0.0.%1").arg(10 + i);
        h.root = m_dir->filePath(QStringLiteral("h%1").arg(i));
        for (int attempt = 0; attempt < 50; ++attempt) {
            const quint16 port = quint16(20000 + QRandomGenerator::global()->bounded(30000));
            QTcpSocket probe;
            probe.connectToHost(h.address, port);
            if (!probe.waitForConnected(200)) {
                h.port = port;
                break;
            }
        }
        m_hosts.append(h);
        m_sshd.append(nullptr);
        m_holders.append(nullptr);
        if (!prepareHostTree(m_hosts[i], error) || !startSshd(i, error))
            return false;
    }
    return true;
}

bool SshTestHosts::waitForPort(const Host &host, int timeoutMs) const
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(host.address, host.port);
        if (socket.waitForConnected(500))
            return true;
        QThread::msleep(10);
    }
    return false;
}

bool SshTestHosts::startSshd(int i, QString *error)
{
    const Host &h = m_hosts.at(i);
    if (m_sshd[i]) {
        m_sshd[i]->kill();
        m_sshd[i]->waitForFinished(2000);
        delete m_sshd[i];
        m_sshd[i] = nullptr;
    }
    auto *sshd = new QProcess;
    m_sshd[i] = sshd;
    sshd->setStandardOutputFile(h.root + QStringLiteral("/sshd.log"), QIODevice::Append);
    sshd->setStandardErrorFile(h.root + QStringLiteral("/sshd.log"), QIODevice::Append);
    QStringList sshdArgs = { QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"),
                             h.root + QStringLiteral("/sshd_config") };
    if (m_isolated) {
        sshd->start(QStringLiteral("nsenter"),
                    QStringList { QStringLiteral("-t"), QString::number(h.holderPid), QStringLiteral("-n"),
                                  QStringLiteral("-m"), QStringLiteral("-u"), QStringLiteral("--"),
                                  QStringLiteral("/usr/sbin/sshd") }
                        + sshdArgs);
    } else {
        sshd->start(QStringLiteral("/usr/sbin/sshd"), sshdArgs);
    }
    if (!sshd->waitForStarted(5000) || !waitForPort(h, 10000)) {
        if (error)
            *error = QStringLiteral("sshd of %1 did not come up: %2")
                         .arg(h.name, QString::fromLocal8Bit(readFile(h.root + QStringLiteral("/sshd.log"))));
        return false;
    }
    return true;
}

bool SshTestHosts::killHost(int i)
{
    const Host &h = m_hosts.at(i);
    if (m_isolated) {
        killNetnsProcesses(h.netns, h.holderPid);
    }
    if (m_sshd[i]) {
        m_sshd[i]->kill();
        m_sshd[i]->waitForFinished(2000);
    }
    return true;
}

QList<qint64> SshTestHosts::sshdFamily(int i) const
{
    QProcess *sshd = m_sshd[i];
    if (!sshd || sshd->state() == QProcess::NotRunning)
        return {};
    const qint64 listener = sshd->processId();
    // The per-connection sshd processes are the listener's children (no PID namespace here).
    QList<qint64> family { listener };
    for (qsizetype at = 0; at < family.size(); ++at) {
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool isNumber = false;
            const qint64 pid = entry.toLongLong(&isNumber);
            if (!isNumber)
                continue;
            const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(pid));
            const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 1 && fields.at(1).toLongLong() == family.at(at) && !family.contains(pid))
                family << pid;
        }
    }
    return family;
}

bool SshTestHosts::killSshd(int i)
{
    const QList<qint64> family = sshdFamily(i);
    if (family.isEmpty())
        return false;
    for (const qint64 pid : family)
        ::kill(pid_t(pid), SIGKILL);
    m_sshd[i]->waitForFinished(2000);
    return true;
}

ssh::HostSpec SshTestHosts::hostSpec(int i) const
{
    ssh::HostSpec s;
    s.name = m_hosts.at(i).name;
    s.address = m_hosts.at(i).address;
    s.port = m_hosts.at(i).port;
    s.user = m_user;
    s.keyPath = keyPath();
    return s;
}

ssh::SessionOptions SshTestHosts::sessionOptions() const
{
    ssh::SessionOptions o;
    o.knownHostsPath = knownHostsPath();
    o.sshConfigPath = QStringLiteral("none");
    o.connectTimeoutMs = 3000;
    return o;
}

QList<qint64> SshTestHosts::freezeSessions(int i)
{
    QList<qint64> sessions = sshdFamily(i);
    if (!sessions.isEmpty())
        sessions.removeFirst(); // the listener: new connections are still accepted
    for (const qint64 pid : std::as_const(sessions))
        ::kill(pid_t(pid), SIGSTOP);
    return sessions;
}

void SshTestHosts::endFrozenSessions(const QList<qint64> &pids)
{
    for (const qint64 pid : pids) {
        ::kill(pid_t(pid), SIGKILL);
        ::kill(pid_t(pid), SIGCONT);
    }
}

bool SshTestHosts::changeHostKey(int i, QString *error)
{
    const Host &h = m_hosts.at(i);
    QFile::remove(h.root + QStringLiteral("/ssh_host_ed25519_key"));
    QFile::remove(h.root + QStringLiteral("/ssh_host_ed25519_key.pub"));
    const Run hostKey = run(QStringLiteral("ssh-keygen"),
                            { QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                              QStringLiteral("-N"), QString(), QStringLiteral("-C"), h.name,
                              QStringLiteral("-f"), h.root + QStringLiteral("/ssh_host_ed25519_key") });
    if (!ok(hostKey, QStringLiteral("ssh-keygen (new host key)"), error))
        return false;
    killHost(i);
    return startSshd(i, error);
}

SshTestHosts::CommandResult SshTestHosts::runOnHost(int i, const QString &command, int timeoutMs) const
{
    const Host &h = m_hosts.at(i);
    Run r;
    if (m_isolated) {
        r = run(QStringLiteral("nsenter"),
                { QStringLiteral("-t"), QString::number(h.holderPid), QStringLiteral("-n"),
                  QStringLiteral("-m"), QStringLiteral("-u"), QStringLiteral("--"), QStringLiteral("/bin/sh"),
                  QStringLiteral("-c"), command },
                timeoutMs);
    } else {
        r = run(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), command }, timeoutMs);
    }
    return { r.exitCode, r.output };
}

void SshTestHosts::stop()
{
    if (!m_started)
        return;
    for (int i = 0; i < m_hosts.size(); ++i) {
        if (m_isolated && !m_hosts[i].netns.isEmpty())
            killNetnsProcesses(m_hosts[i].netns, 0);
    }
    for (QProcess *p : std::as_const(m_sshd) + std::as_const(m_holders)) {
        if (!p)
            continue;
        p->kill();
        p->waitForFinished(2000);
        delete p;
    }
    m_sshd.clear();
    m_holders.clear();
    if (m_isolated) {
        for (const Host &h : std::as_const(m_hosts)) {
            if (!h.netns.isEmpty())
                run(QStringLiteral("ip"), { QStringLiteral("netns"), QStringLiteral("del"), h.netns });
        }
        if (!m_bridge.isEmpty())
            run(QStringLiteral("ip"), { QStringLiteral("link"), QStringLiteral("del"), m_bridge });
    }
    m_hosts.clear();
    m_bridge.clear();
    m_silentAddress.clear();
    m_isolated = false;
    m_started = false;
    m_dir.reset();
}

} // namespace mc::test
