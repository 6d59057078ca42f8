#include "core/provision/Preflight.h"

#include "core/provision/Planner.h"
#include "core/ssh/SshPool.h"
#include "core/ssh/SshSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

namespace mc::provision {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mc::provision::Preflight)
};

} // namespace

QString PreflightIssue::text() const
{
    // "ERROR m1: ...", "WARNING: ..." (the cluster as a whole), "INFO m1: ...".
    const QString level = isError() ? QStringLiteral("ERROR")
        : isWarning()               ? QStringLiteral("WARNING")
                                    : QStringLiteral("INFO");
    return QStringLiteral("%1%2: %3").arg(level, host.isEmpty() ? QString() : u' ' + host, message);
}

bool Preflight::hasErrors(const QList<PreflightIssue> &issues)
{
    for (const PreflightIssue &i : issues) {
        if (i.isError())
            return true;
    }
    return false;
}

QList<PreflightIssue> Preflight::checkInventory(const Recipe &recipe, const ProvisionTarget &target)
{
    using S = PreflightIssue::Severity;
    QList<PreflightIssue> out;
    const QStringList masters = target.roles.masters(target.inventory);
    const QStringList agents = target.roles.agents(target.inventory);
    if (masters.isEmpty()) {
        out << PreflightIssue { S::Error,
                                {},
                                QStringLiteral("master_count"),
                                Tr::tr("No masters: put 1, 3 or 5 hosts in the group %1.")
                                    .arg(target.roles.masterGroupIn(target.inventory)) };
        return out;
    }
    if (masters.size() % 2 == 0)
        out << PreflightIssue {
            S::Error,
            {},
            QStringLiteral("master_count"),
            Tr::tr("%1 masters: ZooKeeper and the Mesos registry need an odd count (1, 3 or 5); "
                   "with %1 a single failure can still stop the cluster. Add or remove one.")
                .arg(masters.size())
        };
    if (agents.isEmpty())
        out << PreflightIssue { S::Warning,
                                {},
                                QStringLiteral("agent_count"),
                                Tr::tr("No agents: tasks will have nowhere to run.") };
    QHash<int, QString> ids;
    for (const QString &m : masters) {
        const QVariantMap vars = target.inventory.effectiveVars(m);
        const QVariant raw = vars.value(QStringLiteral("zoo_id"));
        bool ok = false;
        const int id = raw.toString().toInt(&ok);
        if (!raw.isValid() || raw.isNull() || raw.toString().isEmpty()) {
            out << PreflightIssue { S::Error, m, QStringLiteral("zoo_id"),
                                    Tr::tr("has no zoo_id: give every master a unique zoo_id (1..255).") };
        } else if (!ok || id < 1 || id > 255) {
            out << PreflightIssue { S::Error, m, QStringLiteral("zoo_id"),
                                    Tr::tr("zoo_id '%1' is not a number in 1..255.").arg(raw.toString()) };
        } else if (ids.contains(id)) {
            out << PreflightIssue { S::Error, m, QStringLiteral("zoo_id"),
                                    Tr::tr("zoo_id %1 is also %2's: ZooKeeper ids must be unique.")
                                        .arg(QString::number(id), ids.value(id)) };
        } else {
            ids.insert(id, m);
        }
    }
    const int majority = int(masters.size()) / 2 + 1;
    for (const QString &key : { QStringLiteral("mesos_quorum"), QStringLiteral("quorum") }) {
        for (const QString &m : masters) {
            const QVariant v = target.inventory.effectiveVars(m).value(key);
            if (!v.isValid() || v.isNull())
                continue;
            bool ok = false;
            const int q = v.toString().toInt(&ok);
            if (!ok || q != majority)
                out << PreflightIssue { S::Error, m, QStringLiteral("quorum"),
                                        Tr::tr("%1=%2, but %3 masters need a quorum of %4 (a majority); "
                                               "remove the variable, the console computes it.")
                                            .arg(key, v.toString(), QString::number(masters.size()),
                                                 QString::number(majority)) };
            break;
        }
    }
    // ZooKeeper >= 3.5 starts an admin server on 8080 unless told otherwise.
    for (const QString &m : masters) {
        const QVariantMap values = Planner::hostValues(recipe, target, m);
        const bool admin = Planner::condition(QStringLiteral("zk_admin_server"), values);
        const QString adminPort = values.value(QStringLiteral("zk_admin_port"), 8080).toString();
        const QString marathonPort = values.value(QStringLiteral("marathon_http_port"), 8080).toString();
        if (admin && adminPort == marathonPort && recipe.masterRoles.contains(QStringLiteral("marathon"))) {
            out << PreflightIssue { S::Error, m, QStringLiteral("port"),
                                    Tr::tr("ZooKeeper's admin server and Marathon both want port %1: set "
                                           "zk_admin_server: false or another zk_admin_port.")
                                        .arg(adminPort) };
        }
        break;
    }
    return out;
}

QString Preflight::hostScript()
{
    // listen=<local address:port> <ss process column> <holder's command line>
    return QStringLiteral(
        R"sh(echo "os=$(. /etc/os-release 2>/dev/null && echo "${PRETTY_NAME:-$ID $VERSION_ID}")"
if [ -d /run/systemd/system ]; then echo init=systemd; elif [ -d /etc/init.d ]; then echo init=sysv; else echo init=unknown; fi
h=$(hostname -f 2>/dev/null || hostname); echo "hostname=$h"
echo "resolves=$(getent hosts "$h" | awk '{print $1}' | tr '\n' ' ')"
echo "disk=$(df -Pk /var 2>/dev/null | awk 'NR==2{print $4}')"
if command -v ss >/dev/null 2>&1; then ss -Hltnp 2>/dev/null | while read -r _ _ _ local _ users; do
  pid=$(printf '%s' "$users" | sed -n 's/.*pid=\([0-9][0-9]*\).*/\1/p'); cmd=
  [ -n "$pid" ] && cmd=$(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | cut -c1-400)
  echo "listen=$local ${users:--} $cmd"; done; fi
echo sudo=ok
)sh");
}

QString Preflight::addressScript()
{
    // The address this SSH connection arrived at is one the console reaches
    // the host by, on the host's own interface (also behind NAT or a jump
    // host); a connection through a local forward arrives at loopback, then
    // the host's first address, then its name resolved there.
    return QStringLiteral(R"sh(set -- $SSH_CONNECTION; a=$3
case "$a" in ''|127.*|*:*) a=$(hostname -I 2>/dev/null | tr ' ' '\n' | grep -E '^[0-9]+(\.[0-9]+){3}$' | grep -v '^127\.' | head -n 1) ;; esac
[ -n "$a" ] || a=$(getent ahostsv4 "$(hostname -f 2>/dev/null || hostname)" | awk '$1 !~ /^127\./ {print $1; exit}')
echo "ipv4=$a"
)sh");
}

namespace {

// Which of our services may hold a port, by the holder's command line (or
// process name when the command line is unknown): a `java` alone is not ours.
QString ownerPattern(int port)
{
    switch (port) {
    case 2181:
    case 2888:
    case 3888:
        return QStringLiteral("zookeeper");
    case 5050:
        return QStringLiteral("mesos-master");
    case 5051:
        return QStringLiteral("mesos-slave|mesos-agent");
    case 8080:
        return QStringLiteral("marathon");
    case 80:
        return QStringLiteral("haproxy");
    default:
        return {};
    }
}

} // namespace

QList<PreflightIssue> Preflight::judgeHost(const QString &host, bool master, bool agent,
                                           const QString &output, std::optional<qint64> clockOffsetMs)
{
    using S = PreflightIssue::Severity;
    QList<PreflightIssue> out;
    QHash<QString, QString> kv;
    QStringList listens;
    for (const QString &line : output.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(u'=');
        if (eq < 0)
            continue;
        const QString key = line.left(eq);
        if (key == u"listen")
            listens << line.mid(eq + 1);
        else
            kv.insert(key, line.mid(eq + 1).trimmed());
    }
    const QString os = kv.value(QStringLiteral("os"));
    const QString init = kv.value(QStringLiteral("init"));
    out << PreflightIssue { S::Info, host, QStringLiteral("system"),
                            Tr::tr("%1, init system %2")
                                .arg(os.isEmpty() ? Tr::tr("unknown OS (no /etc/os-release)") : os,
                                     init.isEmpty() ? Tr::tr("unknown") : init) };
    if (kv.value(QStringLiteral("sudo")) != u"ok")
        out << PreflightIssue { S::Error, host, QStringLiteral("sudo"),
                                Tr::tr("sudo does not work for the login user.") };
    for (const QString &addr : kv.value(QStringLiteral("resolves")).split(u' ', Qt::SkipEmptyParts)) {
        if (addr.startsWith(QStringLiteral("127.")) || addr == u"::1") {
            out << PreflightIssue {
                S::Error, host, QStringLiteral("loopback_hostname"),
                Tr::tr("its host name %1 resolves to %2 (Debian/Ubuntu's /etc/hosts default): "
                       "ZooKeeper and Mesos would bind to loopback and the ensemble never forms. "
                       "Map the name to the host's real address in /etc/hosts.")
                    .arg(kv.value(QStringLiteral("hostname")), addr)
            };
            break;
        }
    }
    if (clockOffsetMs && qAbs(*clockOffsetMs) > 5000)
        out << PreflightIssue { S::Warning, host, QStringLiteral("clock"),
                                Tr::tr("its clock is %1 s off this machine's: run NTP (chrony) everywhere.")
                                    .arg(double(*clockOffsetMs) / 1000.0, 0, 'f', 1) };
    bool okDisk = false;
    const qint64 diskKb = kv.value(QStringLiteral("disk")).toLongLong(&okDisk);
    if (okDisk && diskKb < qint64(2) * 1024 * 1024)
        out << PreflightIssue {
            S::Warning, host, QStringLiteral("disk"),
            Tr::tr("only %1 MiB free under /var (ZooKeeper, Mesos and Docker keep data there).")
                .arg(diskKb / 1024)
        };
    if (init == u"unknown")
        out << PreflightIssue { S::Warning, host, QStringLiteral("init"),
                                Tr::tr("no systemd and no /etc/init.d: services cannot be managed.") };
    QList<int> ports;
    if (master)
        ports << 2181 << 2888 << 3888 << 5050 << 8080 << 80;
    if (agent)
        ports << 5051;
    QSet<int> reported;
    for (const QString &l : listens) {
        const QString local = l.section(u' ', 0, 0);
        QString proc = l.section(u' ', 1, 1);
        if (proc == u"-")
            proc.clear();
        const QString cmd = l.section(u' ', 2).trimmed();
        const int port = local.section(u':', -1).toInt();
        if (!ports.contains(port) || reported.contains(port))
            continue;
        const QRegularExpression ours(ownerPattern(port), QRegularExpression::CaseInsensitiveOption);
        if (ours.match(cmd.isEmpty() ? proc : cmd).hasMatch())
            continue;
        static const QRegularExpression name(QStringLiteral(R"(\(\("([^"]+)\",pid=(\d+))"));
        const QRegularExpressionMatch m = name.match(proc);
        QString holder;
        if (m.hasMatch())
            holder = Tr::tr(" by %1 (pid %2%3)")
                         .arg(m.captured(1), m.captured(2),
                              cmd.isEmpty() ? QString() : QStringLiteral(": ") + cmd.left(120));
        else if (!proc.isEmpty())
            holder = Tr::tr(" by %1").arg(proc);
        reported.insert(port);
        if (port == 8080 && cmd.contains(QStringLiteral("zookeeper"), Qt::CaseInsensitive))
            out << PreflightIssue { S::Warning, host, QStringLiteral("port"),
                                    Tr::tr("port 8080 is held by ZooKeeper (its admin server): "
                                           "Marathon cannot start. Set admin.enableServer=false "
                                           "(recipe variable zk_admin_server: false).") };
        else
            out << PreflightIssue {
                S::Warning, host, QStringLiteral("port"),
                Tr::tr("port %1 is already in use%2.").arg(QString::number(port), holder)
            };
    }
    return out;
}

namespace {

// Milliseconds since the epoch from `date +%s%3N` (seconds when %N is not
// supported); -1 when unreadable.
// A host whose checks could not run: unreachable over SSH, or its sudo / script failed.
PreflightIssue failureIssue(const ssh::HostResult &r)
{
    return { PreflightIssue::Severity::Error, r.host,
             r.state == ssh::HostState::Unreachable ? QStringLiteral("ssh") : QStringLiteral("sudo"), r.reason };
}

qint64 remoteMillis(const QByteArray &raw)
{
    const QString text = QString::fromLatin1(raw).trimmed();
    static const QRegularExpression digits(QStringLiteral(R"(^(\d+))"));
    const QRegularExpressionMatch m = digits.match(text);
    if (!m.hasMatch())
        return -1;
    const QString n = m.captured(1);
    bool ok = false;
    const qint64 v = n.toLongLong(&ok);
    if (!ok)
        return -1;
    return n.size() == text.size() && n.size() >= 13 ? v : v * 1000;
}

} // namespace

QList<PreflightIssue> Preflight::checkHosts(const Plan &plan, const ssh::SessionOptions &options, int forks,
                                            bool become, const Progress &progress)
{
    QList<PreflightIssue> out;
    QHash<QString, QList<PreflightIssue>> byHost; // what each host's job found
    QMutex mutex;
    QList<ssh::HostSpec> specs;
    QHash<QString, const HostPlan *> hosts;
    for (const HostPlan &h : plan.hosts) {
        specs << h.spec;
        hosts.insert(h.spec.displayName(), &h);
    }
    ssh::SshPool pool(options);
    pool.setForks(forks);
    // The pool's signals come to this thread (its event loop runs in waitForFinished).
    if (progress.started)
        QObject::connect(&pool, &ssh::SshPool::hostStarted, &pool, progress.started);
    if (progress.finished) {
        QObject::connect(&pool, &ssh::SshPool::hostFinished, &pool, [&](const ssh::HostResult &r) {
            QList<PreflightIssue> issues;
            if (r.state == ssh::HostState::Unreachable || r.state == ssh::HostState::Failed)
                issues << failureIssue(r);
            QMutexLocker lock(&mutex);
            issues += byHost.value(r.host);
            lock.unlock();
            progress.finished(r.host, issues);
        });
    }
    pool.run(specs, [&](ssh::SshSession &session, const auto &) -> ssh::JobOutcome {
        // The clock first, on its own: this machine's time is taken around this
        // host's answer (the middle of the round trip; the half round trip is
        // the uncertainty), not once before every host's probe.
        std::optional<qint64> offset;
        ssh::ExecOptions clockOpts;
        clockOpts.timeoutMs = 10000;
        const qint64 sent = QDateTime::currentMSecsSinceEpoch();
        const auto clock = session.exec(QStringLiteral("date +%s%3N"), clockOpts);
        const qint64 received = QDateTime::currentMSecsSinceEpoch();
        if (!clock && session.lastFailure() == ssh::FailureKind::Unreachable)
            return { ssh::HostState::Unreachable, clock.error().message };
        if (clock && clock->exitStatus == 0) {
            const qint64 remote = remoteMillis(clock->stdoutData);
            if (remote >= 0) {
                const qint64 raw = remote - (sent + received) / 2;
                const qint64 slack = (received - sent) / 2;
                offset = raw > 0 ? qMax<qint64>(0, raw - slack) : qMin<qint64>(0, raw + slack);
            }
        }
        ssh::ExecOptions opts;
        opts.become = become;
        opts.timeoutMs = 30000;
        const auto r = session.exec(hostScript(), opts);
        if (!r)
            return { ssh::HostState::Failed, r.error().message };
        const QString name = session.host().displayName();
        const HostPlan *hp = hosts.value(name);
        const auto issues
            = judgeHost(name, hp && hp->master, hp && hp->agent, QString::fromUtf8(r->stdoutData), offset);
        QMutexLocker lock(&mutex);
        out << issues;
        byHost.insert(name, issues);
        return { ssh::HostState::Ok };
    });
    pool.waitForFinished();
    for (const ssh::HostResult &r : pool.results()) {
        if (r.state == ssh::HostState::Unreachable || r.state == ssh::HostState::Failed)
            out << failureIssue(r);
    }
    return out;
}

QHash<QString, QString> Preflight::learnAddresses(const ProvisionTarget &target, const QStringList &hosts,
                                                  const ssh::SessionOptions &options, int forks,
                                                  QStringList *errors)
{
    QHash<QString, QString> out;
    if (hosts.isEmpty())
        return out;
    QList<ssh::HostSpec> specs;
    for (const QString &h : hosts)
        specs << Planner::hostSpec(target, h);
    QMutex mutex;
    ssh::SshPool pool(options);
    pool.setForks(forks);
    pool.run(specs, [&](ssh::SshSession &session, const auto &) -> ssh::JobOutcome {
        ssh::ExecOptions opts; // no sudo: SSH_CONNECTION is the login's
        opts.timeoutMs = 15000;
        const auto r = session.exec(addressScript(), opts);
        if (!r)
            return { session.lastFailure() == ssh::FailureKind::Unreachable ? ssh::HostState::Unreachable
                                                                            : ssh::HostState::Failed,
                     r.error().message };
        const QString line = QString::fromUtf8(r->stdoutData).trimmed().section(u'\n', -1);
        const QString address = line.startsWith(QStringLiteral("ipv4=")) ? line.mid(5).trimmed() : QString();
        if (!Planner::isIPv4(address))
            return { ssh::HostState::Failed,
                     Tr::tr("it reports no IPv4 address (SSH_CONNECTION, hostname -I and its "
                            "resolved name gave none)") };
        QMutexLocker lock(&mutex);
        out.insert(session.host().displayName(), address);
        return { ssh::HostState::Ok };
    });
    pool.waitForFinished();
    if (errors) {
        for (const ssh::HostResult &r : pool.results()) {
            if (r.state != ssh::HostState::Ok)
                *errors << Tr::tr("%1: cannot learn its IPv4 address: %2").arg(r.host, r.reason);
        }
    }
    return out;
}

} // namespace mc::provision
