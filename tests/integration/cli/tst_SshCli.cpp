#include "tests/support/SshTestHosts.h"
#include "tests/support/TestPaths.h"
#include "tests/support/ZooKeeperTestService.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using mc::test::SshTestHosts;

// The real mesos-console-cli `run` and `services` against real sshd test hosts.
class TestSshCli : public QObject
{
    Q_OBJECT

    SshTestHosts m_hosts;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args, const QString &knownHosts = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MC_BECOME_PASSWORD"), m_hosts.password());
        env.remove(QStringLiteral("SSH_AUTH_SOCK"));
        p.setProcessEnvironment(env);
        QStringList all = args;
        const int dashdash = int(all.indexOf(QStringLiteral("--")));
        const QStringList common { QStringLiteral("-u"),
                                   m_hosts.user(),
                                   QStringLiteral("-i"),
                                   m_hosts.keyPath(),
                                   QStringLiteral("--known-hosts"),
                                   knownHosts.isEmpty() ? m_hosts.knownHostsPath() : knownHosts,
                                   QStringLiteral("--ssh-config"),
                                   QStringLiteral("none"),
                                   QStringLiteral("--connect-timeout"),
                                   QStringLiteral("1") };
        if (dashdash >= 0) {
            for (int i = int(common.size()) - 1; i >= 0; --i)
                all.insert(dashdash, common[i]);
        } else {
            all += common;
        }
        p.start(mc::test::executablePath(QStringLiteral("mesos-console-cli")), all);
        p.waitForFinished(120000);
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                 QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

    QString on(const QList<int> &hosts) const
    {
        QStringList list;
        for (int i : hosts) {
            const auto &h = m_hosts.host(i);
            list << (h.port == 22 ? h.address : QStringLiteral("%1:%2").arg(h.address).arg(h.port));
        }
        return list.join(u',');
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_hosts.start(3, &error), qPrintable(error));
        if (m_hosts.isolated())
            QVERIFY2(mc::test::installZooKeeperService(m_hosts, 0, &error), qPrintable(error));
    }
    void cleanupTestCase() { m_hosts.stop(); }

    void runPrintsOutputAndRecapExitZero()
    {
        const Run r = cli({ QStringLiteral("run"), QStringLiteral("--on"), on({ 0, 1, 2 }),
                            QStringLiteral("--"), QStringLiteral("echo hi from $(id -un)") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(m_hosts.host(1).address + QStringLiteral(" | hi from ") + m_hosts.user()),
                 qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("RECAP")), qPrintable(r.out + r.err));
        QCOMPARE(r.out.count(QStringLiteral("ok=1  changed=1  unreachable=0  failed=0")), 3);
    }

    void runExitsNonZeroWhenAHostFails()
    {
        const QString silent = m_hosts.silentAddress().isEmpty()
            ? QStringLiteral("127.0.0.1:%1").arg(m_hosts.closedPort())
            : m_hosts.silentAddress();
        QElapsedTimer t;
        t.start();
        const Run r = cli({ QStringLiteral("run"), QStringLiteral("--on"), on({ 0, 1 }) + u',' + silent,
                            QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                            QStringLiteral("exit $(( $(id -u) > 0 ? 3 : 0 ))") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("unreachable=1")), qPrintable(r.out));
        QCOMPARE(r.out.count(QStringLiteral("failed=1")), 2); // exit 3 on both real hosts
        QVERIFY(r.out.contains(QStringLiteral("rc=3")));
        qInfo("run with one silent host took %lld ms", t.elapsed());
    }

    void runRefusesUnknownHostKeyUnlessAccepted()
    {
        const QString known = m_hosts.newFilePath(QStringLiteral("cli_known"));
        QFile::remove(known);
        const Run refused = cli({ QStringLiteral("run"), QStringLiteral("--on"), on({ 2 }),
                                  QStringLiteral("--"), QStringLiteral("touch ~/cli-marker") },
                                known);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.out.contains(m_hosts.hostKeyFingerprint(2)), qPrintable(refused.out));
        const Run accepted
            = cli({ QStringLiteral("run"), QStringLiteral("--accept-new-host-keys"), QStringLiteral("--on"),
                    on({ 2 }), QStringLiteral("--"), QStringLiteral("true") },
                  known);
        QCOMPARE(accepted.exitCode, 0);
        QVERIFY(QFile(known).size() > 0);
    }

    void runOnAGroupOfAWorkspace()
    {
        // An Ansible INI inventory is opened as a workspace.
        const QString path = m_hosts.newFilePath(QStringLiteral("hosts.ini"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QString ini = QStringLiteral("[masters]\n");
        ini += QStringLiteral("%1 ansible_host=%2 ansible_port=%3 zoo_id=1\n")
                   .arg(m_hosts.host(0).name, m_hosts.host(0).address)
                   .arg(m_hosts.host(0).port);
        ini += QStringLiteral("[agents]\n");
        for (int i = 1; i < 3; ++i)
            ini += QStringLiteral("%1 ansible_host=%2 ansible_port=%3\n")
                       .arg(m_hosts.host(i).name, m_hosts.host(i).address)
                       .arg(m_hosts.host(i).port);
        f.write(ini.toUtf8());
        f.close();
        const Run r
            = cli({ QStringLiteral("run"), QStringLiteral("-w"), path, QStringLiteral("--on"),
                    QStringLiteral("agents"), QStringLiteral("--"), QStringLiteral("echo on $(hostname)") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(m_hosts.host(1).name + QStringLiteral(" | on ")));
        QVERIFY(r.out.contains(m_hosts.host(2).name + QStringLiteral(" | on ")));
        QVERIFY(!r.out.contains(m_hosts.host(0).name));
        const Run unknown
            = cli({ QStringLiteral("run"), QStringLiteral("-w"), path, QStringLiteral("--on"),
                    QStringLiteral("nosuchgroup"), QStringLiteral("--"), QStringLiteral("true") });
        QCOMPARE(unknown.exitCode, 2);
        if (!m_hosts.isolated())
            return;
        const Run status
            = cli({ QStringLiteral("services"), QStringLiteral("status"), QStringLiteral("zookeeper"),
                    QStringLiteral("-w"), path, QStringLiteral("--on"), QStringLiteral("masters") });
        QVERIFY2(status.exitCode == 0, qPrintable(status.out + status.err));
        QVERIFY(status.out.contains(m_hosts.host(0).name + QStringLiteral(" | OK | zookeeper: ")));
    }

    // A workspace's own known_hosts (profile ssh.known_hosts, relative to the workspace file) is
    // trusted besides the user's: with an empty user list the hosts are known through it alone.
    void workspaceKnownHostsAreTrusted()
    {
        const QString emptyKnownHosts = m_hosts.newFilePath(QStringLiteral("empty_known_hosts"));
        QFile empty(emptyKnownHosts);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        QFile::remove(m_hosts.newFilePath(QStringLiteral("lab_known_hosts")));
        QVERIFY(
            QFile::copy(m_hosts.knownHostsPath(), m_hosts.newFilePath(QStringLiteral("lab_known_hosts"))));
        const auto writeWorkspace = [&](const QString &name, bool withList) {
            QString path = m_hosts.newFilePath(name);
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                return QString();
            f.write(
                QStringLiteral("mesos_console_workspace: 1\nprofile:\n  name: lab\n  ssh:\n%1"
                               "inventory:\n  all:\n    children:\n      masters:\n        hosts:\n"
                               "          %2:\n            ansible_host: %3\n            ansible_port: %4\n"
                               "            zoo_id: 1\n")
                    .arg(withList ? QStringLiteral("    known_hosts: lab_known_hosts\n") : QString(),
                         m_hosts.host(0).name, m_hosts.host(0).address)
                    .arg(m_hosts.host(0).port)
                    .toUtf8());
            return path;
        };
        const QString with = writeWorkspace(QStringLiteral("with-list.mcw.yaml"), true);
        const QString without = writeWorkspace(QStringLiteral("without-list.mcw.yaml"), false);
        const Run trusted
            = cli({ QStringLiteral("run"), QStringLiteral("-w"), with, QStringLiteral("--on"),
                    QStringLiteral("masters"), QStringLiteral("--"), QStringLiteral("echo known") },
                  emptyKnownHosts);
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.out + trusted.err));
        QVERIFY(trusted.out.contains(m_hosts.host(0).name + QStringLiteral(" | known")));
        const Run refused
            = cli({ QStringLiteral("run"), QStringLiteral("-w"), without, QStringLiteral("--on"),
                    QStringLiteral("masters"), QStringLiteral("--"), QStringLiteral("echo known") },
                  emptyKnownHosts);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(QString(refused.out + refused.err).contains(QStringLiteral("not known")),
                 qPrintable(refused.out + refused.err));
        QFile check(emptyKnownHosts);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.size(), 0); // nothing was added to the user's list
    }

    void rejectsBadCommandLines_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no hosts") << QStringList { QStringLiteral("run"), QStringLiteral("--"),
                                                   QStringLiteral("true") };
        QTest::newRow("no command") << QStringList { QStringLiteral("run"), QStringLiteral("--on"),
                                                     QStringLiteral("h1") };
        QTest::newRow("host with shell syntax")
            << QStringList { QStringLiteral("run"), QStringLiteral("--on"), QStringLiteral("h1;touch x"),
                             QStringLiteral("--"), QStringLiteral("true") };
        QTest::newRow("unknown service")
            << QStringList { QStringLiteral("services"), QStringLiteral("restart"), QStringLiteral("nginx"),
                             QStringLiteral("--on"), QStringLiteral("h1") };
        QTest::newRow("unknown action")
            << QStringList { QStringLiteral("services"), QStringLiteral("reboot"),
                             QStringLiteral("zookeeper"), QStringLiteral("--on"), QStringLiteral("h1") };
        QTest::newRow("sudo and no sudo")
            << QStringList { QStringLiteral("services"),   QStringLiteral("status"),
                             QStringLiteral("zookeeper"),  QStringLiteral("--on"),
                             QStringLiteral("h1"),         QStringLiteral("-b"),
                             QStringLiteral("--no-become") };
        QTest::newRow("no forks") << QStringList { QStringLiteral("run"), QStringLiteral("--on"),
                                                   QStringLiteral("h1"),  QStringLiteral("-f"),
                                                   QStringLiteral("0"),   QStringLiteral("--"),
                                                   QStringLiteral("true") };
        QTest::newRow("word timeout") << QStringList { QStringLiteral("haproxy"),
                                                       QStringLiteral("sync"),
                                                       QStringLiteral("--on"),
                                                       QStringLiteral("h1"),
                                                       QStringLiteral("--connect-timeout"),
                                                       QStringLiteral("soon") };
        QTest::newRow("negative dead-after")
            << QStringList { QStringLiteral("run"),          QStringLiteral("--on"), QStringLiteral("h1"),
                             QStringLiteral("--dead-after"), QStringLiteral("-1"),   QStringLiteral("--"),
                             QStringLiteral("true") };
        QTest::newRow("stray word") << QStringList { QStringLiteral("services"),  QStringLiteral("status"),
                                                     QStringLiteral("zookeeper"), QStringLiteral("extra"),
                                                     QStringLiteral("--on"),      QStringLiteral("h1") };
    }
    void rejectsBadCommandLines()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("Usage: mesos-console-cli ")));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out)); // no host was asked
    }

    void servicesStatusRestartAndRecap()
    {
        if (!m_hosts.isolated())
            QSKIP("needs namespace hosts (root) for sudo and ZooKeeper");
        Run r = cli({ QStringLiteral("services"), QStringLiteral("start"), QStringLiteral("zookeeper"),
                      QStringLiteral("--on"), on({ 0 }), QStringLiteral("--rolling") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        r = cli({ QStringLiteral("services"), QStringLiteral("status"), QStringLiteral("zookeeper"),
                  QStringLiteral("--on"), on({ 0, 1 }) });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("zookeeper: active")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("zookeeper: absent")));
        QElapsedTimer t;
        t.start();
        r = cli({ QStringLiteral("services"), QStringLiteral("restart"), QStringLiteral("zookeeper"),
                  QStringLiteral("--on"), on({ 0 }), QStringLiteral("--rolling") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QStringLiteral("answers again")));
        qInfo("cli rolling restart of one ZooKeeper: %lld ms", t.elapsed());
        // Restart where it is not installed: failed, exit 1, the roll stops.
        r = cli({ QStringLiteral("services"), QStringLiteral("restart"), QStringLiteral("zookeeper"),
                  QStringLiteral("--on"), on({ 1, 0 }), QStringLiteral("--rolling") });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("not installed")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("skipped=1")));
    }
};

QTEST_GUILESS_MAIN(TestSshCli)
#include "tst_SshCli.moc"
