#include "core/provision/Preflight.h"

#include "core/provision/Planner.h"
#include "core/ssh/SshPool.h"
#include "core/ssh/SshSession.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace mc::provision {

QString PreflightIssue::text() const
{
    return QStringLiteral("%1%2%3: %4")
        .arg(isError() ? QStringLiteral("ERROR ") : QStringLiteral("WARNING "), host,
             host.isEmpty() ? QString() : QStringLiteral(" "), message);
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
                                QStringLiteral("No masters: put 1, 3 or 5 hosts in the group %1.")
                                    .arg(target.roles.masterGroupIn(target.inventory)) };
        return out;
    }
    if (masters.size() % 2 == 0)
        out << PreflightIssue {
            S::Error,
            {},
            QStringLiteral("master_count"),
            QStringLiteral("%1 masters: ZooKeeper and the Mesos registry need an odd count (1, 3 or 5); "
                           "with %1 a single failure can still stop the cluster. Add or remove one.")
                .arg(masters.size())
        };
    if (agents.isEmpty())
        out << PreflightIssue { S::Warning,
                                {},
                                QStringLiteral("agent_count"),
                                QStringLiteral("No agents: tasks will have nowhere to run.") };
    QHash<int, QString> ids;
    for (const QString &m : masters) {
        const QVariantMap vars = target.inventory.effectiveVars(m);
        const QVariant raw = vars.value(QStringLiteral("zoo_id"));
        bool ok = false;
        const int id = raw.toString().toInt(&ok);
        if (!raw.isValid() || raw.isNull() || raw.toString().isEmpty()) {
            out << PreflightIssue { S::Error, m, QStringLiteral("zoo_id"),
                                    QStringLiteral(
                                        "has no zoo_id: give every master a unique zoo_id (1..255).") };
        } else if (!ok || id < 1 || id > 255) {
            out << PreflightIssue {
                S::Error, m, QStringLiteral("zoo_id"),
                QStringLiteral("zoo_id '%1' is not a number in 1..255.").arg(raw.toString())
            };
        } else if (ids.contains(id)) {
            out << PreflightIssue { S::Error, m, QStringLiteral("zoo_id"),
                                    QStringLiteral("zoo_id %1 is also %2's: ZooKeeper ids must be unique.")
                                        .arg(id)
                                        .arg(ids.value(id)) };
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
                                        QStringLiteral(
                                            "%1=%2, but %3 masters need a quorum of %4 (a majority); "
                                            "remove the variable, the console computes it.")
                                            .arg(key, v.toString())
                                            .arg(masters.size())
                                            .arg(majority) };
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
                                    QStringLiteral(
                                        "ZooKeeper's admin server and Marathon both want port %1: set "
                                        "zk_admin_server: false or another zk_admin_port.")
                                        .arg(adminPort) };
        }
        break;
    }
    return out;
}

QString Preflight::hostScript()
{
    return QStringLiteral("echo \"os=$(. /etc/os-release 2>/dev/null && echo \"$ID $VERSION_ID\")\"\n"
                          "if [ -d /run/systemd/system ]; then echo init=systemd; elif [ -d /etc/init.d ]; "
                          "then echo init=sysv; "
                          "else echo init=unknown; fi\n"
                          "echo \"epoch=$(date +%s)\"\n"
                          "h=$(hostname -f 2>/dev/null || hostname); echo \"hostname=$h\"\n"
                          "echo \"resolves=$(getent hosts \"$h\" | awk '{print $1}' | tr '\\n' ' ')\"\n"
                          "echo \"disk=$(df -Pk /var 2>/dev/null | awk 'NR==2{print $4}')\"\n"
                          "if command -v ss >/dev/null 2>&1; then ss -Hltnp 2>/dev/null | awk '{print "
                          "\"listen=\" $4 \" \" $6}'; fi\n"
                          "echo sudo=ok\n");
}

QList<PreflightIssue> Preflight::judgeHost(const QString &host, bool master, const QString &output,
                                           qint64 localEpochSeconds)
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
    if (kv.value(QStringLiteral("sudo")) != u"ok")
        out << PreflightIssue { S::Error, host, QStringLiteral("sudo"),
                                QStringLiteral("sudo does not work for the login user.") };
    for (const QString &addr : kv.value(QStringLiteral("resolves")).split(u' ', Qt::SkipEmptyParts)) {
        if (addr.startsWith(QStringLiteral("127.")) || addr == u"::1") {
            out << PreflightIssue {
                S::Error, host, QStringLiteral("loopback_hostname"),
                QStringLiteral("its host name %1 resolves to %2 (Debian/Ubuntu's /etc/hosts default): "
                               "ZooKeeper and Mesos would bind to loopback and the ensemble never forms. "
                               "Map the name to the host's real address in /etc/hosts.")
                    .arg(kv.value(QStringLiteral("hostname")), addr)
            };
            break;
        }
    }
    bool okEpoch = false;
    const qint64 epoch = kv.value(QStringLiteral("epoch")).toLongLong(&okEpoch);
    if (okEpoch && qAbs(epoch - localEpochSeconds) > 5)
        out << PreflightIssue { S::Warning, host, QStringLiteral("clock"),
                                QStringLiteral(
                                    "its clock is %1 s off this machine's: run NTP (chrony) everywhere.")
                                    .arg(epoch - localEpochSeconds) };
    bool okDisk = false;
    const qint64 diskKb = kv.value(QStringLiteral("disk")).toLongLong(&okDisk);
    if (okDisk && diskKb < 2 * 1024 * 1024)
        out << PreflightIssue {
            S::Warning, host, QStringLiteral("disk"),
            QStringLiteral("only %1 MiB free under /var (ZooKeeper, Mesos and Docker keep data there).")
                .arg(diskKb / 1024)
        };
    if (kv.value(QStringLiteral("init")) == u"unknown")
        out << PreflightIssue { S::Warning, host, QStringLiteral("init"),
                                QStringLiteral(
                                    "no systemd and no /etc/init.d: services cannot be managed.") };
    const QList<int> ports = master ? QList<int> { 2181, 2888, 3888, 5050, 8080, 80 } : QList<int> { 5051 };
    static const QRegularExpression ours(QStringLiteral("java|zookeeper|mesos|marathon|haproxy|docker"));
    for (const QString &l : listens) {
        const QString local = l.section(u' ', 0, 0);
        const QString proc = l.section(u' ', 1);
        const int port = local.section(u':', -1).toInt();
        if (!ports.contains(port))
            continue;
        if (!proc.isEmpty() && ours.match(proc).hasMatch())
            continue;
        out << PreflightIssue { S::Warning, host, QStringLiteral("port"),
                                QStringLiteral("port %1 is already in use%2.")
                                    .arg(port)
                                    .arg(proc.isEmpty() ? QString() : QStringLiteral(" by %1").arg(proc)) };
    }
    return out;
}

QList<PreflightIssue> Preflight::checkHosts(const Plan &plan, const ssh::SessionOptions &options, int forks,
                                            bool become)
{
    QList<PreflightIssue> out;
    QMutex mutex;
    QList<ssh::HostSpec> specs;
    QHash<QString, bool> isMaster;
    for (const HostPlan &h : plan.hosts) {
        specs << h.spec;
        isMaster.insert(h.spec.displayName(), h.master);
    }
    ssh::SshPool pool(options);
    pool.setForks(forks);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    pool.run(specs, [&](ssh::SshSession &session, const auto &) -> ssh::JobOutcome {
        ssh::ExecOptions opts;
        opts.become = become;
        opts.timeoutMs = 30000;
        const auto r = session.exec(hostScript(), opts);
        if (!r)
            return { ssh::HostState::Failed, r.error().message };
        const QString name = session.host().displayName();
        const auto issues = judgeHost(name, isMaster.value(name), QString::fromUtf8(r->stdoutData), now + 0);
        QMutexLocker lock(&mutex);
        out << issues;
        return { ssh::HostState::Ok };
    });
    pool.waitForFinished();
    for (const ssh::HostResult &r : pool.results()) {
        if (r.state == ssh::HostState::Unreachable || r.state == ssh::HostState::Failed)
            out << PreflightIssue { PreflightIssue::Severity::Error, r.host,
                                    r.state == ssh::HostState::Unreachable ? QStringLiteral("ssh")
                                                                           : QStringLiteral("sudo"),
                                    r.reason };
    }
    return out;
}

} // namespace mc::provision
