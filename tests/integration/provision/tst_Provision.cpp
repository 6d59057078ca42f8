// Provisioning against real sshd hosts (SshTestHosts), with Debian's ZooKeeper
// run by the recipe as a SysV service inside each host.
#include "core/haproxy/HaproxyConfig.h"
#include "core/inventory/InventoryImporter.h"
#include "core/provision/AgentIdentity.h"
#include "core/provision/Drift.h"
#include "core/provision/Planner.h"
#include "core/provision/Postflight.h"
#include "core/provision/Preflight.h"
#include "core/provision/ProvisionRunner.h"
#include "core/provision/RecipeLoader.h"
#include "core/provision/RunJournal.h"
#include "core/provision/StepExecutor.h"
#include "core/util/ShellQuote.h"
#include "core/zookeeper/ZkUrl.h"
#include "core/zookeeper/ZooKeeperSession.h"
#include "tests/support/SshTestHosts.h"
#include "tests/support/TestPaths.h"
#include "tests/support/ZooKeeperServer.h"
#include "tests/support/ZooKeeperTestService.h"

#include <QDataStream>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QMutex>
#include <QProcess>
#include <QSemaphore>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace mc::provision;
using mc::test::SshTestHosts;

namespace {

constexpr int kHosts = 3;

// Files the test recipe manages, per host.
const QStringList kManaged = {
    QStringLiteral("/etc/zookeeper/conf/zoo.cfg"),
    QStringLiteral("/etc/zookeeper/conf/myid"),
    QStringLiteral("/var/lib/zookeeper/myid"),
    QStringLiteral("/etc/mesos/zk"),
    QStringLiteral("/etc/mesos-master/quorum"),
    QStringLiteral("/etc/mesos-master/ip"),
    QStringLiteral("/etc/mesos-master/hostname"),
    QStringLiteral("/etc/mesos-master/work_dir"),
    QStringLiteral("/etc/mesos-master/cluster"),
    QStringLiteral("/etc/default/marathon"),
    QStringLiteral("/etc/haproxy/haproxy.cfg"),
    QStringLiteral("/etc/mesos-slave/containerizers"),
    QStringLiteral("/etc/mesos-slave/executor_registration_timeout"),
    QStringLiteral("/etc/mesos-slave/ip"),
    QStringLiteral("/etc/mesos-slave/hostname"),
    QStringLiteral("/etc/mesos-slave/work_dir"),
};

} // namespace

class tst_Provision : public QObject
{
    Q_OBJECT

private:
    SshTestHosts m_hosts;
    QTemporaryDir m_dir;
    QString m_inventoryPath;
    Recipe m_recipe;
    ProvisionTarget m_target;

    mc::ssh::SessionOptions sessionOptions() const
    {
        mc::ssh::SessionOptions o;
        o.knownHostsPath = m_hosts.knownHostsPath();
        o.sshConfigPath = QStringLiteral("none");
        o.connectTimeoutMs = 3000;
        return o;
    }

    RunSummary run(const ProvisionTarget &target, RunOptions options = {}, const QStringList &limit = {},
                   std::function<void(ProvisionRunner &)> hook = {})
    {
        const auto plan = Planner::build(m_recipe, target, limit);
        if (!plan) {
            qWarning("plan: %s", qPrintable(plan.error().message));
            return {};
        }
        ProvisionRunner runner(sessionOptions());
        if (hook)
            hook(runner);
        if (options.logDir.isEmpty())
            options.logDir = m_dir.filePath(QStringLiteral("runs"));
        if (!runner.start(*plan, options).ok())
            qWarning("the run did not start");
        runner.waitForFinished(120000);
        RunSummary s = runner.summary();
        qInfo().noquote() << s.recapText();
        return s;
    }

    QString fileOn(int i, const QString &path) const
    {
        const auto r = m_hosts.runOnHost(i, QStringLiteral("cat %1").arg(mc::shellQuote(path)));
        return r.exitCode == 0 ? r.output : QStringLiteral("<missing %1>").arg(path);
    }

    QString checksums() const
    {
        QString all;
        for (int i = 0; i < kHosts; ++i) {
            QStringList quoted;
            for (const QString &p : kManaged)
                quoted << mc::shellQuote(p);
            all += m_hosts
                       .runOnHost(
                           i, QStringLiteral("sha256sum %1; stat -c '%n %a %Y' %1").arg(quoted.join(u' ')))
                       .output;
        }
        return all;
    }

    // "leader" / "follower" / "" from ZooKeeper's srvr on host i.
    QString zkMode(int i) const
    {
        QTcpSocket s;
        s.connectToHost(m_hosts.host(i).address, 2181);
        if (!s.waitForConnected(1000))
            return {};
        s.write("srvr");
        QByteArray data;
        while (s.waitForReadyRead(1000))
            data += s.readAll();
        for (const QByteArray &line : data.split('\n')) {
            if (line.startsWith("Mode: "))
                return QString::fromLatin1(line.mid(6).trimmed());
        }
        return {};
    }

    QStringList waitForQuorum(int timeoutMs)
    {
        QElapsedTimer t;
        t.start();
        QStringList modes;
        while (t.elapsed() < timeoutMs) {
            modes.clear();
            for (int i = 0; i < kHosts; ++i)
                modes << zkMode(i);
            if (modes.count(QStringLiteral("leader")) == 1
                && modes.count(QStringLiteral("follower")) == kHosts - 1)
                return modes;
            QTest::qWait(200);
        }
        return modes;
    }

    DriftReport drift(const ProvisionTarget &target)
    {
        const auto plan = Planner::build(m_recipe, target);
        if (!plan)
            return {};
        RunOptions options;
        options.check = true;
        options.diff = true;
        const RunSummary checked = run(target, options);
        DriftReport report = Drift::fromCheckRun(*plan, checked);
        Drift::addRunningFlags(&report, *plan, 2000);
        return report;
    }

    QStringList cliArgs() const
    {
        return { QStringLiteral("provision"),
                 QStringLiteral("--inventory"),
                 m_inventoryPath,
                 QStringLiteral("-u"),
                 m_hosts.user(),
                 QStringLiteral("--identity"),
                 m_hosts.keyPath(),
                 QStringLiteral("--known-hosts"),
                 m_hosts.knownHostsPath(),
                 QStringLiteral("--ssh-config"),
                 QStringLiteral("none"),
                 QStringLiteral("--skip-host-checks"),
                 QStringLiteral("-e"),
                 QStringLiteral("zk_tick_time=200") };
    }

    // Runs the CLI (bounded); returns exit code, stdout + stderr in *out.
    int cli(const QStringList &args, QString *out) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MC_BECOME_PASSWORD"), m_hosts.password());
        p.setProcessEnvironment(env);
        p.start(mc::test::executablePath(QStringLiteral("mesos-console-cli")), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(5000);
            *out = QStringLiteral("timed out");
            return -1;
        }
        *out = QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    ProvisionTarget targetWith(const QVariantMap &extra) const
    {
        ProvisionTarget t = m_target;
        for (auto it = extra.begin(); it != extra.end(); ++it)
            t.variables.insert(it.key(), it.value());
        return t;
    }

    QString zkPid(int i) const
    {
        return m_hosts.runOnHost(i, QStringLiteral("cat /run/zookeeper.pid")).output.trimmed();
    }

    // The session timeout ZooKeeper on host i grants a client asking for 1 ms:
    // its minimum, 2 x the tickTime it runs with. -1 while it serves no clients.
    int grantedMinSessionTimeout(int i) const
    {
        QTcpSocket s;
        s.connectToHost(m_hosts.host(i).address, 2181);
        if (!s.waitForConnected(1000))
            return -1;
        QByteArray body;
        {
            QDataStream out(&body, QIODevice::WriteOnly);
            out << qint32(0) << qint64(0) << qint32(1) << qint64(0) << qint32(16);
            out.writeRawData(QByteArray(16, '\0').constData(), 16);
        }
        QByteArray packet;
        {
            QDataStream out(&packet, QIODevice::WriteOnly);
            out << qint32(body.size());
        }
        s.write(packet + body);
        QByteArray answer;
        while (answer.size() < 12 && s.waitForReadyRead(2000))
            answer += s.readAll();
        if (answer.size() < 12)
            return -1;
        QDataStream in(answer);
        qint32 length = 0, protocol = 0, timeout = 0;
        in >> length >> protocol >> timeout;
        return timeout;
    }

    int waitForGrantedTimeout(int i, int timeoutMs) const
    {
        QElapsedTimer t;
        t.start();
        int granted = -1;
        while (t.elapsed() < timeoutMs && (granted = grantedMinSessionTimeout(i)) <= 0)
            QTest::qWait(200);
        return granted;
    }

    // The recipe applied once when ZooKeeper does not serve on every host
    // (a test run alone); otherwise left as the earlier tests made it.
    bool ensureEnsemble()
    {
        bool serving = true;
        for (int i = 0; i < kHosts; ++i)
            serving = serving && grantedMinSessionTimeout(i) > 0;
        if (!serving && !run(m_target).success())
            return false;
        return waitForQuorum(60000).count(QStringLiteral("leader")) == 1;
    }

    // Starts a plain Java program (not ZooKeeper, not Marathon) listening on
    // host i's address:port; returns when it accepts.
    bool startJavaListener(int i, int port, QString *error)
    {
        const QString source = m_dir.filePath(QStringLiteral("Listen.java"));
        if (!QFileInfo::exists(source)) {
            QFile f(source);
            if (!f.open(QIODevice::WriteOnly))
                return false;
            f.write("public class Listen { public static void main(String[] a) throws Exception {\n"
                    "  java.net.ServerSocket s = new java.net.ServerSocket(Integer.parseInt(a[1]), 50, "
                    "java.net.InetAddress.getByName(a[0]));\n"
                    "  while (true) s.accept().close(); } }\n");
        }
        const auto r = m_hosts.runOnHost(
            i,
            QStringLiteral("nohup java %1 %2 %3 >/dev/null 2>&1 & echo $! > /run/mc-listen-%3.pid")
                .arg(mc::shellQuote(source), m_hosts.host(i).address)
                .arg(port));
        if (r.exitCode != 0) {
            *error = r.output;
            return false;
        }
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 60000) {
            QTcpSocket s;
            s.connectToHost(m_hosts.host(i).address, quint16(port));
            if (s.waitForConnected(500))
                return true;
            QTest::qWait(200);
        }
        *error = QStringLiteral("the Java listener on %1:%2 did not start")
                     .arg(m_hosts.host(i).address)
                     .arg(port);
        return false;
    }

    void stopJavaListener(int i, int port)
    {
        m_hosts.runOnHost(
            i,
            QStringLiteral("kill $(cat /run/mc-listen-%1.pid) 2>/dev/null; rm -f /run/mc-listen-%1.pid")
                .arg(port));
    }

private slots:
    void initTestCase()
    {
        if (!mc::test::ZooKeeperServer::unavailableReason().isEmpty())
            QSKIP(qPrintable(mc::test::ZooKeeperServer::unavailableReason()));
        QString error;
        QVERIFY2(m_hosts.start(kHosts, &error), qPrintable(error));
        if (!m_hosts.isolated())
            QSKIP("needs root for isolated test hosts (sudo, own /etc)");
        for (int i = 0; i < kHosts; ++i)
            QVERIFY2(mc::test::installZooKeeperService(m_hosts, i, &error), qPrintable(error));
        QString ini = QStringLiteral("[masters]\n");
        for (int i = 0; i < kHosts; ++i)
            ini += QStringLiteral("%1 ansible_host=%2 zoo_id=%3\n")
                       .arg(m_hosts.host(i).name, m_hosts.host(i).address)
                       .arg(i + 1);
        ini += QStringLiteral("[agents]\n");
        for (int i = 0; i < kHosts; ++i)
            ini += m_hosts.host(i).name + u'\n';
        m_inventoryPath = m_dir.filePath(QStringLiteral("hosts"));
        QFile f(m_inventoryPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ini.toUtf8());
        f.close();
        const auto inv = mc::inventory::InventoryImporter::importFile(m_inventoryPath);
        QVERIFY(inv.ok());
        m_target.inventory = inv->inventory;
        m_target.sshUser = m_hosts.user();
        m_target.keyPath = m_hosts.keyPath();
        m_target.becomePassword = m_hosts.password();
        // A quick ensemble: short ticks.
        m_target.variables.insert(QStringLiteral("zk_tick_time"), 200);
        m_target.variables.insert(QStringLiteral("wait_timeout"), 60);
        const auto recipe = RecipeLoader::loadFile(
            mc::test::fixturePath(QStringLiteral("provision/files-and-zookeeper.yaml")));
        QVERIFY2(recipe.ok(), recipe.ok() ? "" : qPrintable(recipe.error().message));
        m_recipe = *recipe;
    }

    void firstRunWritesEveryFileByteExact()
    {
        const RunSummary s = run(m_target);
        QVERIFY2(s.success(), qPrintable(s.recapText()));
        QCOMPARE(s.recap.size(), kHosts);
        for (const HostRecap &r : s.recap) {
            QVERIFY(r.changed > 0);
            QCOMPARE(r.failed, 0);
        }
        QVERIFY(QFileInfo::exists(s.logPath));
        for (int i = 0; i < kHosts; ++i) {
            const QString dir = mc::test::fixturePath(QStringLiteral("provision/expected/host%1").arg(i));
            QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
            int compared = 0;
            while (it.hasNext()) {
                const QString expectedPath = it.next();
                const QString remote = expectedPath.mid(dir.size());
                QFile e(expectedPath);
                QVERIFY(e.open(QIODevice::ReadOnly));
                QString expected = QString::fromUtf8(e.readAll());
                for (int k = 0; k < kHosts; ++k)
                    expected.replace(QStringLiteral("@ADDR%1@").arg(k), m_hosts.host(k).address);
                QCOMPARE(fileOn(i, remote), expected);
                ++compared;
            }
            QCOMPARE(compared, int(kManaged.size()) - 1); // all but haproxy.cfg
            // The initial HAProxy config (from core/haproxy, no apps yet) is valid.
            const QString cfg = fileOn(i, QStringLiteral("/etc/haproxy/haproxy.cfg"));
            QVERIFY2(cfg.contains(QStringLiteral("frontend")), qPrintable(cfg));
            const mc::Status valid = mc::haproxy::validateWithLocalHaproxy(cfg);
            QVERIFY2(valid.ok(), valid.ok() ? "" : qPrintable(valid.error().message));
        }
    }

    void zookeeperFormsAQuorum()
    {
        const QStringList modes = waitForQuorum(60000);
        QCOMPARE(modes.count(QStringLiteral("leader")), 1);
        QCOMPARE(modes.count(QStringLiteral("follower")), kHosts - 1);
    }

    void postflightSeesTheQuorumAndSaysWhatDoesNotAnswer()
    {
        const auto plan = Planner::build(m_recipe, m_target);
        QVERIFY(plan.ok());
        const PostflightTargets targets = PostflightTargets::fromPlan(*plan);
        QCOMPARE(targets.zooKeeper.size(), kHosts);
        QCOMPARE(targets.mesosMasters.size(), kHosts);
        const PostflightReport r = Postflight::run(targets, 2000);
        const PostflightVerdict *zk = r.verdict(Postflight::kZooKeeper);
        QVERIFY(zk);
        QVERIFY2(zk->ok, qPrintable(r.text()));
        QVERIFY2(zk->text.startsWith(QStringLiteral("1 leader, 2 followers of 3 servers")),
                 qPrintable(zk->text));
        // No Mesos or Marathon on the test hosts: which, where and why.
        QVERIFY(!r.ok());
        const PostflightVerdict *mesos = r.verdict(Postflight::kMesos);
        QVERIFY(mesos && !mesos->ok);
        QVERIFY2(mesos->text.contains(QStringLiteral("no leader elected: %1 (cannot ask %2:5050: ")
                                          .arg(m_hosts.host(0).name, m_hosts.host(0).address)),
                 qPrintable(mesos->text));
        const PostflightVerdict *marathon = r.verdict(Postflight::kMarathon);
        QVERIFY(marathon && !marathon->ok);
        QVERIFY2(marathon->text.startsWith(QStringLiteral("0 of 3 answer /ping")),
                 qPrintable(marathon->text));
        QVERIFY2(mesos->text.contains(QStringLiteral("; ZooKeeper %1: ").arg(targets.mesosZkUrl)),
                 qPrintable(mesos->text));

        // A master registered in the ensemble (as Mesos does: json.info_<seq>) but
        // not reachable over HTTP from here: elected, per ZooKeeper.
        const auto url = mc::zookeeper::ZkUrl::parse(targets.mesosZkUrl);
        QVERIFY(url.ok());
        auto session = mc::zookeeper::ZooKeeperSession::connect(*url, 5000);
        QVERIFY2(session.ok(), session.ok() ? "" : qPrintable(session.error().message));
        const QByteArray info = QStringLiteral(R"({"id":"m-1","pid":"master@%1:5050","hostname":"%2",)"
                                               R"("port":5050,"address":{"ip":"%1","port":5050}})")
                                    .arg(m_hosts.host(1).address, m_hosts.host(1).name)
                                    .toUtf8();
        const auto created = (*session)->create(url->path + QStringLiteral("/json.info_0000000003"), info);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        const PostflightReport z = Postflight::run(targets, 2000);
        QVERIFY((*session)->remove(url->path + QStringLiteral("/json.info_0000000003")).ok());
        const PostflightVerdict *elected = z.verdict(Postflight::kMesos);
        QVERIFY(elected);
        QVERIFY2(elected->ok, qPrintable(elected->text));
        QVERIFY2(
            elected->text.startsWith(QStringLiteral("leader elected per ZooKeeper: %1:5050; the masters do "
                                                    "not answer here: ")
                                         .arg(m_hosts.host(1).name)),
            qPrintable(elected->text));

        // The CLI's postflight alone says the same and fails.
        QString out;
        QCOMPARE(cli(cliArgs()
                         + QStringList { QStringLiteral("--recipe"),
                                         mc::test::fixturePath(
                                             QStringLiteral("provision/files-and-zookeeper.yaml")),
                                         QStringLiteral("--postflight-only") },
                     &out),
                 1);
        QVERIFY2(out.contains(QStringLiteral("ZooKeeper: OK 1 leader, 2 followers")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Mesos master: FAILED no leader elected")), qPrintable(out));
        // After a run: the run succeeds (nothing to change), the postflight fails it.
        QCOMPARE(cli(cliArgs()
                         + QStringList { QStringLiteral("--recipe"),
                                         mc::test::fixturePath(
                                             QStringLiteral("provision/files-and-zookeeper.yaml")),
                                         QStringLiteral("--postflight"), QStringLiteral("--postflight-wait"),
                                         QStringLiteral("0"), QStringLiteral("--log-dir"),
                                         m_dir.filePath(QStringLiteral("cli-runs")) },
                     &out),
                 1);
        QVERIFY2(out.contains(QStringLiteral("failed=0")) && out.contains(QStringLiteral("\nPOSTFLIGHT\n"))
                     && out.contains(QStringLiteral("ZooKeeper: OK")),
                 qPrintable(out));
    }

    void secondRunChangesNothing()
    {
        const QString before = checksums();
        // In serial batches of one: each host finishes a role before the next starts.
        QStringList events;
        QMutex mutex;
        RunOptions options;
        options.serial = 1;
        const RunSummary s = run(m_target, options, {}, [&](ProvisionRunner &runner) {
            connect(
                &runner, &ProvisionRunner::hostRoleStarted, &runner,
                [&](const QString &host, const QString &) {
                    QMutexLocker lock(&mutex);
                    events << QStringLiteral("start ") + host;
                },
                Qt::DirectConnection);
            connect(
                &runner, &ProvisionRunner::hostRoleFinished, &runner,
                [&](const QString &host, const QString &, const QString &, const QString &) {
                    QMutexLocker lock(&mutex);
                    events << QStringLiteral("end ") + host;
                },
                Qt::DirectConnection);
        });
        QVERIFY(events.size() >= qsizetype(2) * kHosts);
        for (qsizetype i = 0; i + 1 < events.size(); i += 2) {
            QVERIFY2(events[i].startsWith(QStringLiteral("start "))
                         && events[i + 1] == u"end " + events[i].mid(6),
                     qPrintable(events.join(u',')));
        }
        QVERIFY2(s.success(), qPrintable(s.recapText()));
        QCOMPARE(s.totalChanged(), 0);
        for (const StepResult &r : s.steps)
            QVERIFY2(!r.handler, qPrintable(r.step));
        QCOMPARE(checksums(), before);
    }

    void checkModeChangesNoFile()
    {
        const QString before = checksums();
        const QString pidBefore = m_hosts.runOnHost(0, QStringLiteral("cat /run/zookeeper.pid")).output;
        RunOptions options;
        options.check = true;
        const RunSummary s = run(targetWith({ { QStringLiteral("zk_sync_limit"), 6 },
                                              { QStringLiteral("cluster_name"), QStringLiteral("prod") } }),
                                 options);
        QVERIFY2(s.success(), qPrintable(s.recapText()));
        QCOMPARE(s.totalChanged(), kHosts * 2 + kHosts); // zoo.cfg, cluster, and the notified restart
        bool sawDiff = false;
        for (const StepResult &r : s.steps) {
            if (r.step == u"zoo.cfg") {
                QCOMPARE(r.state, StepState::Changed);
                QVERIFY2(r.diff.contains(QStringLiteral("-syncLimit=5\n+syncLimit=6\n")), qPrintable(r.diff));
                sawDiff = true;
            }
        }
        QVERIFY(sawDiff);
        QCOMPARE(checksums(), before);
        QCOMPARE(m_hosts.runOnHost(0, QStringLiteral("cat /run/zookeeper.pid")).output, pidBefore);
    }

    void driftShowsAHandEditedFileAndConvergeClearsIt()
    {
        const QString edited = QStringLiteral("/etc/mesos-master/quorum");
        QCOMPARE(m_hosts.runOnHost(1, QStringLiteral("echo 3 > %1").arg(edited)).exitCode, 0);
        const QString before = checksums();
        const DriftReport report = drift(m_target);
        QCOMPARE(checksums(), before); // looking changes nothing
        QCOMPARE(report.driftedHosts(), QStringList { m_hosts.host(1).name });
        const HostDrift &h = report.hosts.at(1);
        QCOMPARE(h.count(DriftItem::Kind::File), 1);
        const DriftItem &item = h.items.first();
        QCOMPARE(item.what, edited);
        QVERIFY2(item.diff.contains(QStringLiteral("-3\n+2\n")), qPrintable(item.diff));
        QVERIFY(report.hosts.at(0).inSync > 10);
        // No Mesos here: the running flags were not read, and it says why.
        QVERIFY2(report.hosts.at(0).notes.join(u'\n').contains(
                     QStringLiteral("running flags not read from %1:5050/master/flags: ")
                         .arg(m_hosts.host(0).address)),
                 qPrintable(report.text()));

        // Converge: the real plan on the drifted host only; then no drift.
        const RunSummary converged = run(m_target, {}, report.driftedHosts());
        QVERIFY2(converged.success(), qPrintable(converged.recapText()));
        QCOMPARE(converged.recap.size(), 1);
        QCOMPARE(converged.totalChanged(), 1);
        QCOMPARE(fileOn(1, edited), QStringLiteral("2\n"));
        const DriftReport after = drift(m_target);
        QVERIFY2(after.driftedHosts().isEmpty(), qPrintable(after.text()));
    }

    void cliDriftShowsTheDiffAndConverges()
    {
        const QString edited = QStringLiteral("/etc/mesos-slave/containerizers");
        QCOMPARE(m_hosts.runOnHost(2, QStringLiteral("echo mesos > %1").arg(edited)).exitCode, 0);
        const QStringList args = cliArgs()
            + QStringList { QStringLiteral("--recipe"),
                            mc::test::fixturePath(QStringLiteral("provision/files-and-zookeeper.yaml")),
                            QStringLiteral("--drift") };
        QString out;
        QCOMPARE(cli(args, &out), 1);
        QVERIFY2(out.contains(QStringLiteral("%1 | DRIFTED | 1 file(s)").arg(m_hosts.host(2).name)),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("-mesos\n+docker,mesos\n")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("%1 | IN SYNC").arg(m_hosts.host(0).name)), qPrintable(out));
        QCOMPARE(fileOn(2, edited), QStringLiteral("mesos\n"));
        QCOMPARE(cli(args + QStringList { QStringLiteral("--converge") }, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("CONVERGE %1").arg(m_hosts.host(2).name)), qPrintable(out));
        QCOMPARE(fileOn(2, edited), QStringLiteral("docker,mesos\n"));
        QCOMPARE(cli(args, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("every host is as the recipe would make it")), qPrintable(out));
    }

    void agentAttributeChangeWarnsOfANewAgentId()
    {
        QFile f(m_dir.filePath(QStringLiteral("attributes.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "recipe: 1\nvariables: { agent_attributes: 'rack:r1' }\napply: { agents: [mesos-agent] }\n"
            "roles:\n  mesos-agent:\n    steps:\n"
            "      - name: attributes\n"
            "        copy: { dest: /etc/mesos-slave/attributes, content: \"{{agent_attributes}}\\n\" }\n");
        f.close();
        const auto recipe = RecipeLoader::loadFile(f.fileName());
        QVERIFY2(recipe.ok(), recipe.ok() ? "" : qPrintable(recipe.error().message));
        const QString agent = m_hosts.host(0).name;
        auto runAttributes = [&](const QString &value, bool check) {
            ProvisionTarget t = targetWith({ { QStringLiteral("agent_attributes"), value } });
            const auto plan = Planner::build(*recipe, t, { agent });
            ProvisionRunner runner(sessionOptions());
            RunOptions options;
            options.check = check;
            if (!runner.start(*plan, options).ok())
                qWarning("the run did not start");
            runner.waitForFinished(30000);
            return runner.summary();
        };
        const auto plan = Planner::build(*recipe, m_target);
        QVERIFY(plan.ok());
        QCOMPARE(AgentIdentity::agentsWithIdentitySteps(*plan).size(), kHosts);

        RunSummary s = runAttributes(QStringLiteral("rack:r1"), false);
        QVERIFY2(s.success(), qPrintable(s.recapText()));
        QStringList warnings = AgentIdentity::warnings(s.steps);
        QCOMPARE(warnings.size(), 1); // created: a change only if the agent ran before
        QVERIFY2(warnings[0].contains(QStringLiteral("if this agent has run before")),
                 qPrintable(warnings[0]));

        // Check mode of a changed attribute: the warning comes before anything changes.
        s = runAttributes(QStringLiteral("rack:r2"), true);
        warnings = AgentIdentity::warnings(s.steps);
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings[0].startsWith(
                     QStringLiteral("agent %1: /etc/mesos-slave/attributes would change").arg(agent)),
                 qPrintable(warnings[0]));
        QVERIFY2(warnings[0].contains(AgentIdentity::kResetCommand), qPrintable(warnings[0]));
        QCOMPARE(fileOn(0, QStringLiteral("/etc/mesos-slave/attributes")), QStringLiteral("rack:r1\n"));
        // Unchanged: no warning.
        s = runAttributes(QStringLiteral("rack:r1"), true);
        QVERIFY(AgentIdentity::warnings(s.steps).isEmpty());

        // The CLI refuses a real run that would change it unless told to go on.
        const QStringList args = cliArgs()
            + QStringList { QStringLiteral("--recipe"), f.fileName(),
                            QStringLiteral("--limit"),  agent,
                            QStringLiteral("-e"),       QStringLiteral("agent_attributes=rack:r2") };
        QString out;
        QCOMPARE(cli(args, &out), 1);
        QVERIFY2(
            out.contains(
                QStringLiteral("WARNING: agent %1: /etc/mesos-slave/attributes would change").arg(agent)),
            qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("--accept-new-agent-id")), qPrintable(out));
        QCOMPARE(fileOn(0, QStringLiteral("/etc/mesos-slave/attributes")), QStringLiteral("rack:r1\n"));
        QCOMPARE(cli(args + QStringList { QStringLiteral("--accept-new-agent-id") }, &out), 0);
        QVERIFY2(
            out.contains(QStringLiteral("WARNING: agent %1: /etc/mesos-slave/attributes changed").arg(agent)),
            qPrintable(out));
        QCOMPARE(fileOn(0, QStringLiteral("/etc/mesos-slave/attributes")), QStringLiteral("rack:r2\n"));
        m_hosts.runOnHost(0, QStringLiteral("rm -f /etc/mesos-slave/attributes"));
    }

    void journalKeepsEveryHostsRunsWithTimings()
    {
        const QString logDir = m_dir.filePath(QStringLiteral("runs"));
        QCOMPARE(RunJournal::hosts(logDir).size(), kHosts);
        const auto runs = RunJournal::read(logDir, m_hosts.host(0).name);
        QVERIFY(runs.size() >= 4); // first, second, check, drift checks, converge
        QVERIFY(!runs.first().check);
        QVERIFY(runs.first().recap.changed > 0);
        QVERIFY(runs.first().finishedAt.isValid());
        bool sawCheck = false;
        for (const JournalRun &r : runs)
            sawCheck = sawCheck || r.check;
        QVERIFY(sawCheck);
        qint64 sum = 0;
        for (const StepResult &st : runs.first().steps)
            sum += st.elapsedMs;
        QVERIFY(!runs.first().steps.isEmpty());
        QVERIFY(sum > 0);
        QVERIFY(sum <= runs.first().recap.elapsedMs + 50);
        const QString text = RunJournal::text(runs);
        QVERIFY2(text.contains(QStringLiteral("zookeeper | zoo.cfg  CHANGED")), qPrintable(text));

        QString out;
        QCOMPARE(cli(cliArgs()
                         + QStringList { QStringLiteral("--log-dir"), logDir, QStringLiteral("--history"),
                                         m_hosts.host(0).name },
                     &out),
                 0);
        QVERIFY2(out.contains(QStringLiteral("zookeeper | zoo.cfg  CHANGED")), qPrintable(out));
        // And where the time of its last run went, over every host of that run.
        QVERIFY2(out.contains(QStringLiteral(", every host of it:\nTime profile: ")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("  connect ")) && out.contains(QStringLiteral("  all ")),
                 qPrintable(out));
    }

    void hostKilledMidRunOthersCompleteAndLimitFinishesIt()
    {
        const ProvisionTarget changed
            = targetWith({ { QStringLiteral("cluster_name"), QStringLiteral("prod") } });
        const QString victim = m_hosts.host(2).name;
        std::atomic<bool> killed { false };
        QSemaphore done;
        RunOptions options;
        options.retryDelayMs = 100;
        const RunSummary s = run(changed, options, {}, [&](ProvisionRunner &runner) {
            // On the worker thread, right after the victim's first step: the
            // host dies (killed from the test thread) before its next step.
            connect(
                &runner, &ProvisionRunner::stepFinished, &runner,
                [&](const StepResult &r) {
                    if (r.host != victim || killed.exchange(true))
                        return;
                    QMetaObject::invokeMethod(
                        this,
                        [&] {
                            m_hosts.killHost(2);
                            done.release();
                        },
                        Qt::QueuedConnection);
                    done.acquire();
                },
                Qt::DirectConnection);
        });
        QVERIFY(killed.load());
        QVERIFY(!s.success());
        for (const HostRecap &r : s.recap) {
            if (r.host == victim) {
                QCOMPARE(r.unreachable, 1);
                QCOMPARE(r.failed, 0);
            } else {
                QVERIFY2(!r.bad(), qPrintable(s.recapText()));
            }
        }
        for (int i = 0; i < 2; ++i)
            QCOMPARE(fileOn(i, QStringLiteral("/etc/mesos-master/cluster")), QStringLiteral("prod\n"));

        QString error;
        QVERIFY2(m_hosts.startSshd(2, &error), qPrintable(error));
        const RunSummary again = run(changed, options, { victim });
        QVERIFY2(again.success(), qPrintable(again.recapText()));
        QCOMPARE(again.recap.size(), 1);
        QCOMPARE(fileOn(2, QStringLiteral("/etc/mesos-master/cluster")), QStringLiteral("prod\n"));
        const QStringList modes = waitForQuorum(60000);
        QCOMPARE(modes.count(QStringLiteral("leader")), 1);
        // And now everything is converged.
        const RunSummary last = run(changed);
        QVERIFY2(last.success(), qPrintable(last.recapText()));
        QCOMPARE(last.totalChanged(), 0);
    }

    void cancelStopsBeforeTheNextStep()
    {
        RunOptions options;
        options.forks = 1; // one host at a time: the others have not started when we cancel
        const RunSummary s
            = run(targetWith({ { QStringLiteral("cluster_name"), QStringLiteral("cancelled") } }), options,
                  {}, [&](ProvisionRunner &runner) {
                      connect(
                          &runner, &ProvisionRunner::stepFinished, &runner,
                          [&runner](const StepResult &) { runner.cancel(); }, Qt::DirectConnection);
                  });
        QVERIFY(s.cancelled);
        QVERIFY(!s.success());
        QCOMPARE(s.steps.size(), 1); // the step that was running finished; nothing else ran
        for (int i = 0; i < kHosts; ++i)
            QVERIFY(fileOn(i, QStringLiteral("/etc/mesos-master/cluster")) != u"cancelled\n");
    }

    void cliProvisionPrintsARecapAndFailsOnBadTemplates()
    {
        const QString cli = mc::test::executablePath(QStringLiteral("mesos-console-cli"));
        const QString known = m_hosts.knownHostsPath();
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MC_BECOME_PASSWORD"), m_hosts.password());
        p.setProcessEnvironment(env);
        const QStringList common = { QStringLiteral("provision"),
                                     QStringLiteral("--inventory"),
                                     m_inventoryPath,
                                     QStringLiteral("-u"),
                                     m_hosts.user(),
                                     QStringLiteral("--identity"),
                                     m_hosts.keyPath(),
                                     QStringLiteral("--known-hosts"),
                                     known,
                                     QStringLiteral("--ssh-config"),
                                     QStringLiteral("none"),
                                     QStringLiteral("-e"),
                                     QStringLiteral("zk_tick_time=200"),
                                     QStringLiteral("-e"),
                                     QStringLiteral("cluster_name=prod") };
        p.start(cli,
                common
                    + QStringList {
                        QStringLiteral("--recipe"),
                        mc::test::fixturePath(QStringLiteral("provision/files-and-zookeeper.yaml")) });
        QVERIFY(p.waitForFinished(60000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(p.exitCode() == 0, qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(out.contains(QStringLiteral("RECAP")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("%1 : ok=").arg(m_hosts.host(0).name.leftJustified(7))),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("failed=0")) && !out.contains(QStringLiteral("failed=1")),
                 qPrintable(out));

        // A recipe whose template uses an undefined variable: error with file:line, nothing runs.
        const QString before = checksums();
        QFile bad(m_dir.filePath(QStringLiteral("bad.yaml")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("recipe: 1\napply: { masters: [r] }\nroles:\n  r:\n    steps:\n"
                  "      - command: touch /var/log/mc-ran\n"
                  "      - copy: { dest: /etc/mesos/zk, content: \"{{undefined_thing}}\" }\n");
        bad.close();
        p.start(cli, common + QStringList { QStringLiteral("--recipe"), bad.fileName() });
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains(QStringLiteral("bad.yaml:7"))
                     && err.contains(QStringLiteral("undefined_thing")),
                 qPrintable(err));
        QCOMPARE(checksums(), before);
        QCOMPARE(m_hosts.runOnHost(0, QStringLiteral("test -e /var/log/mc-ran")).exitCode, 1);
    }

    // A restart notified by a changed zoo.cfg is not lost when the host goes
    // away before the handler: the re-run on that host restarts ZooKeeper
    // although nothing changes then, and waits for it to answer afterwards.
    void pendingRestartSurvivesALostHostAndRunsOnTheRetry()
    {
        const int v = 1;
        const QString victim = m_hosts.host(v).name;
        QVERIFY(ensureEnsemble());
        const QString pidBefore = zkPid(v);
        QVERIFY(!pidBefore.isEmpty());
        const int grantedBefore = waitForGrantedTimeout(v, 30000);
        QVERIFY(grantedBefore > 0);
        const int tick = grantedBefore / 2 + 100; // another tickTime than the running one
        const ProvisionTarget changed = targetWith({ { QStringLiteral("zk_tick_time"), tick } });

        std::atomic<bool> killed { false };
        QSemaphore done;
        RunOptions options;
        options.retryDelayMs = 100;
        const RunSummary s = run(changed, options, {}, [&](ProvisionRunner &runner) {
            // Right after zoo.cfg changed on the victim: its sshd dies (the host
            // and its ZooKeeper stay up, unreachable).
            connect(
                &runner, &ProvisionRunner::stepFinished, &runner,
                [&](const StepResult &r) {
                    if (r.host != victim || r.step != u"zoo.cfg" || r.state != StepState::Changed
                        || killed.exchange(true))
                        return;
                    QMetaObject::invokeMethod(
                        this,
                        [&] {
                            m_hosts.killSshd(v);
                            done.release();
                        },
                        Qt::QueuedConnection);
                    done.acquire();
                },
                Qt::DirectConnection);
        });
        QVERIFY(killed.load());
        QVERIFY(!s.success());
        for (const HostRecap &r : s.recap)
            QCOMPARE(r.unreachable, r.host == victim ? 1 : 0);
        QVERIFY2(fileOn(v, QStringLiteral("/etc/zookeeper/conf/zoo.cfg"))
                     .contains(QStringLiteral("tickTime=%1\n").arg(tick)),
                 "zoo.cfg was written before the host went away");
        // The victim's ZooKeeper still runs the old configuration; the host knows.
        QCOMPARE(zkPid(v), pidBefore);
        QCOMPARE(fileOn(v, StepExecutor::pendingPath()), QStringLiteral("zookeeper: restart zookeeper\n"));

        QString error;
        QVERIFY2(m_hosts.startSshd(v, &error), qPrintable(error));
        QStringList order;
        QMutex mutex;
        const RunSummary again = run(changed, options, { victim }, [&](ProvisionRunner &runner) {
            connect(
                &runner, &ProvisionRunner::stepFinished, &runner,
                [&](const StepResult &r) {
                    QMutexLocker lock(&mutex);
                    order << r.step;
                },
                Qt::DirectConnection);
        });
        QVERIFY2(again.success(), qPrintable(again.recapText()));
        const StepResult *restart = nullptr;
        for (const StepResult &r : again.steps) {
            if (r.handler && r.step == u"restart zookeeper")
                restart = &r;
        }
        QVERIFY2(restart, qPrintable(order.join(u',')));
        QCOMPARE(restart->state, StepState::Changed);
        QVERIFY2(restart->message.contains(QStringLiteral("pending since an earlier run")),
                 qPrintable(restart->message));
        // Restarted with the new tickTime, answering before the role ended.
        QVERIFY(zkPid(v) != pidBefore);
        QCOMPARE(waitForGrantedTimeout(v, 30000), 2 * tick);
        QVERIFY2(order.indexOf(QStringLiteral("restart zookeeper"))
                     < order.indexOf(QStringLiteral("ZooKeeper answers")),
                 qPrintable(order.join(u',')));
        QCOMPARE(fileOn(v, StepExecutor::pendingPath()),
                 QStringLiteral("<missing %1>").arg(StepExecutor::pendingPath()));
        // Done once: the next run restarts nothing.
        const QString pidAfter = zkPid(v);
        const RunSummary last = run(changed, options, { victim });
        QVERIFY2(last.success(), qPrintable(last.recapText()));
        QCOMPARE(last.totalChanged(), 0);
        QCOMPARE(zkPid(v), pidAfter);
    }

    // A later step failing in the same role keeps the restart for the next run too.
    void pendingRestartSurvivesAFailedStep()
    {
        QFile f(m_dir.filePath(QStringLiteral("failing.yaml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("recipe: 1\n"
                "variables: { zk_tick_time: 2000, zk_init_limit: 10, zk_sync_limit: 5, zk_data_dir: "
                "/var/lib/zookeeper, zk_client_port: 2181, zk_peer_port: 2888, zk_election_port: 3888, "
                "zk_admin_server: false, zk_admin_port: 8081 }\n"
                "apply: { masters: [zookeeper] }\nroles:\n  zookeeper:\n    steps:\n"
                "      - name: zoo.cfg\n"
                "        template: { src: zoo.cfg.mustache, dest: /etc/zookeeper/conf/zoo.cfg }\n"
                "        notify: restart zookeeper\n"
                "      - name: breaks\n"
                "        command: { run: \"test ! -e /run/mc-break\" }\n"
                "    handlers:\n"
                "      - name: restart zookeeper\n"
                "        service: { name: zookeeper, state: restarted }\n");
        f.close();
        const auto recipe = RecipeLoader::loadFile(f.fileName());
        QVERIFY2(recipe.ok(), recipe.ok() ? "" : qPrintable(recipe.error().message));
        const int v = 0;
        const QString host = m_hosts.host(v).name;
        QVERIFY(ensureEnsemble());
        const int granted = waitForGrantedTimeout(v, 30000);
        QVERIFY(granted > 0);
        const ProvisionTarget changed = targetWith({ { QStringLiteral("zk_tick_time"), granted / 2 + 50 } });
        auto runIt = [&] {
            const auto plan = Planner::build(*recipe, changed, { host });
            ProvisionRunner runner(sessionOptions());
            if (!runner.start(*plan, {}).ok())
                qWarning("the run did not start");
            runner.waitForFinished(60000);
            return runner.summary();
        };
        const QString pidBefore = zkPid(v);
        QCOMPARE(m_hosts.runOnHost(v, QStringLiteral("touch /run/mc-break")).exitCode, 0);
        RunSummary s = runIt();
        QCOMPARE(s.recap.first().failed, 1);
        QCOMPARE(zkPid(v), pidBefore);
        QCOMPARE(fileOn(v, StepExecutor::pendingPath()), QStringLiteral("zookeeper: restart zookeeper\n"));
        QCOMPARE(m_hosts.runOnHost(v, QStringLiteral("rm /run/mc-break")).exitCode, 0);
        s = runIt();
        QVERIFY2(s.success(), qPrintable(s.recapText()));
        QVERIFY(zkPid(v) != pidBefore);
        QCOMPARE(waitForGrantedTimeout(v, 30000), granted + 100);
    }

    // With --serial 1 each host's restarted ZooKeeper answers (the role's
    // closing wait) before the next host starts the role.
    void restartedServiceIsWaitedForBeforeTheNextHost()
    {
        QVERIFY(ensureEnsemble());
        const int granted = waitForGrantedTimeout(0, 30000);
        QVERIFY(granted > 0);
        const ProvisionTarget changed
            = targetWith({ { QStringLiteral("zk_tick_time"), granted / 2 == 250 ? 200 : 250 } });
        QStringList events;
        QMutex mutex;
        RunOptions options;
        options.serial = 1;
        const RunSummary s = run(changed, options, {}, [&](ProvisionRunner &runner) {
            connect(
                &runner, &ProvisionRunner::stepFinished, &runner,
                [&](const StepResult &r) {
                    if (r.role != u"zookeeper")
                        return;
                    QMutexLocker lock(&mutex);
                    events << QStringLiteral("%1 %2 %3").arg(r.host, r.step, stepStateName(r.state));
                },
                Qt::DirectConnection);
        });
        QVERIFY2(s.success(), qPrintable(s.recapText()));
        const QString all = events.join(u'\n');
        int restarted = 0;
        for (int i = 0; i < kHosts; ++i) {
            const QString h = m_hosts.host(i).name;
            const qsizetype handler = events.indexOf(h + QStringLiteral(" restart zookeeper changed"));
            const qsizetype wait = events.indexOf(h + QStringLiteral(" ZooKeeper answers ok"));
            QVERIFY2(wait >= 0, qPrintable(all));
            if (handler < 0)
                continue;
            ++restarted;
            QVERIFY2(handler < wait, qPrintable(all));
            if (i + 1 < kHosts) {
                const QString next = m_hosts.host(i + 1).name + u' ';
                for (qsizetype k = 0; k < wait; ++k)
                    QVERIFY2(!events[k].startsWith(next), qPrintable(all));
            }
        }
        QCOMPARE(restarted, kHosts);
        QCOMPARE(waitForQuorum(60000).count(QStringLiteral("leader")), 1);
    }

    // Preflight on the real hosts: OS and init system shown per host; a port
    // held by a plain Java program is not "ours", ZooKeeper's are; 5051 is
    // checked on hosts that are masters and agents; the clock is compared at
    // each host's probe even when the probes take long.
    void preflightOnTheRealHosts()
    {
        QVERIFY(ensureEnsemble()); // ZooKeeper (java) holds its ports
        QString error;
        QVERIFY2(startJavaListener(0, 8080, &error), qPrintable(error));
        QVERIFY2(startJavaListener(1, 5051, &error), qPrintable(error));
        // Host 0's probe takes 6 s (its os-release sleeps), before host 1's starts.
        QCOMPARE(m_hosts
                     .runOnHost(0,
                                QStringLiteral("cp /etc/os-release /run/slow-os-release && echo 'sleep 6' >> "
                                               "/run/slow-os-release && mount --bind /run/slow-os-release "
                                               "/etc/os-release"))
                     .exitCode,
                 0);
        const auto plan = Planner::build(m_recipe, m_target);
        QVERIFY(plan.ok());
        const QList<PreflightIssue> issues = Preflight::checkHosts(*plan, sessionOptions(), 1, true);
        m_hosts.runOnHost(0, QStringLiteral("umount /etc/os-release"));
        stopJavaListener(0, 8080);
        stopJavaListener(1, 5051);
        QStringList text;
        for (const PreflightIssue &i : issues)
            text << i.text();
        const QString all = text.join(u'\n');
        for (int i = 0; i < kHosts; ++i) {
            const QString pretty
                = m_hosts.runOnHost(i, QStringLiteral(". /etc/os-release && echo \"$PRETTY_NAME\""))
                      .output.trimmed();
            QVERIFY(!pretty.isEmpty());
            QVERIFY2(text.contains(
                         QStringLiteral("INFO %1: %2, init system sysv").arg(m_hosts.host(i).name, pretty)),
                     qPrintable(all));
        }
        QVERIFY2(!all.contains(QStringLiteral("clock")), qPrintable(all));
        QVERIFY2(
            all.contains(
                QStringLiteral("WARNING %1: port 8080 is already in use by java").arg(m_hosts.host(0).name)),
            qPrintable(all));
        QVERIFY2(
            all.contains(
                QStringLiteral("WARNING %1: port 5051 is already in use by java").arg(m_hosts.host(1).name)),
            qPrintable(all));
        // ZooKeeper (a java process too) holds 2181/2888/3888 everywhere: ours.
        for (const QString &port : { QStringLiteral("2181"), QStringLiteral("2888"), QStringLiteral("3888") })
            QVERIFY2(!all.contains(QStringLiteral("port %1 ").arg(port)), qPrintable(all));
        QCOMPARE(text.filter(QStringLiteral(": port ")).size(), 2);
        QVERIFY2(!Preflight::hasErrors(issues), qPrintable(all));
    }

    // Mesos refuses a host name for --ip: an inventory of names gets each
    // host's own IPv4 address, asked over SSH; an `ip` that is a name fails
    // planning, naming the host.
    void ipIsTheHostsAddressNotItsName()
    {
        QString ini = QStringLiteral("[masters]\n");
        QString sshConfig;
        for (int i = 0; i < kHosts; ++i) {
            ini += QStringLiteral("%1 zoo_id=%2\n").arg(m_hosts.host(i).name).arg(i + 1);
            sshConfig += QStringLiteral("Host %1\n  HostName %2\n")
                             .arg(m_hosts.host(i).name, m_hosts.host(i).address);
        }
        ini += QStringLiteral("[agents]\n%1\n").arg(m_hosts.host(2).name);
        const QString invPath = m_dir.filePath(QStringLiteral("names/hosts"));
        QVERIFY(QDir().mkpath(QFileInfo(invPath).path()));
        const QString configPath = m_dir.filePath(QStringLiteral("names/ssh_config"));
        for (const auto &[path, text] : { std::pair { invPath, ini }, std::pair { configPath, sshConfig } }) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
        const auto inv = mc::inventory::InventoryImporter::importFile(invPath);
        QVERIFY(inv.ok());
        ProvisionTarget t = m_target;
        t.inventory = inv->inventory;
        const auto unplanned = Planner::build(m_recipe, t);
        QVERIFY(!unplanned.ok());
        QVERIFY2(unplanned.error().message.contains(
                     QStringLiteral("%1: no IPv4 address for ip: its address '%1' is a name")
                         .arg(m_hosts.host(0).name)),
                 qPrintable(unplanned.error().message));

        mc::ssh::SessionOptions options = sessionOptions();
        options.sshConfigPath = configPath;
        const QStringList hosts = Planner::hostsNeedingAddress(m_recipe, t, t.roles.masters(t.inventory));
        QCOMPARE(hosts.size(), kHosts);
        QStringList errors;
        t.hostAddresses = Preflight::learnAddresses(t, hosts, options, 20, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        const auto plan = Planner::build(m_recipe, t);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        for (int i = 0; i < kHosts; ++i) {
            const HostPlan *hp = plan->host(m_hosts.host(i).name);
            QVERIFY(hp);
            QCOMPARE(t.hostAddresses.value(m_hosts.host(i).name), m_hosts.host(i).address);
            for (const RolePlan &r : hp->roles) {
                for (const PlannedStep &st : r.steps) {
                    const QString dest = st.args.value(QStringLiteral("dest")).toString();
                    if (dest.endsWith(QStringLiteral("/ip")))
                        QCOMPARE(QString::fromUtf8(st.content), m_hosts.host(i).address + u'\n');
                }
            }
        }

        // The CLI asks the hosts too: a check run leaves the ip files as they are.
        const QStringList args
            = { QStringLiteral("provision"),
                QStringLiteral("--inventory"),
                invPath,
                QStringLiteral("-u"),
                m_hosts.user(),
                QStringLiteral("--identity"),
                m_hosts.keyPath(),
                QStringLiteral("--known-hosts"),
                m_hosts.knownHostsPath(),
                QStringLiteral("--ssh-config"),
                configPath,
                QStringLiteral("--skip-host-checks"),
                QStringLiteral("--recipe"),
                mc::test::fixturePath(QStringLiteral("provision/files-and-zookeeper.yaml")),
                QStringLiteral("--check"),
                QStringLiteral("--limit"),
                m_hosts.host(2).name };
        QString out;
        QCOMPARE(cli(args, &out), 0);
        const QString host2 = m_hosts.host(2).name;
        QVERIFY2(out.contains(QStringLiteral("%1 | master ip | OK\n").arg(host2)), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("%1 | agent ip | OK\n").arg(host2)), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("%1 | master hostname | CHANGED").arg(host2)),
                 qPrintable(out)); // the name now

        // An `ip` that is a name: planning fails, naming the host; nothing runs.
        QCOMPARE(cli(args + QStringList { QStringLiteral("-e"), QStringLiteral("ip=%1").arg(host2) }, &out),
                 1);
        QVERIFY2(out.contains(QStringLiteral("%1: ip is '%1', not an IPv4 address").arg(host2)),
                 qPrintable(out));
    }

    void cleanupTestCase()
    {
        // All ZooKeepers stop at once (each JVM takes seconds), bounded.
        std::vector<std::unique_ptr<QThread>> stops;
        for (int i = 0; i < m_hosts.hosts().size(); ++i) {
            stops.emplace_back(QThread::create(
                [this, i] { m_hosts.runOnHost(i, QStringLiteral("/etc/init.d/zookeeper stop"), 20000); }));
            stops.back()->start();
        }
        for (auto &t : stops)
            t->wait();
        m_hosts.stop();
    }
};

QTEST_GUILESS_MAIN(tst_Provision)
#include "tst_Provision.moc"
