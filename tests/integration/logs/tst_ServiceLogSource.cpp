#include "core/logs/ServiceLogCommand.h"
#include "core/logs/ServiceLogSource.h"

#include "tests/support/SshTestHosts.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <QTest>

using namespace mc::logs;
using mc::cluster::Service;

class tst_ServiceLogSource : public QObject
{
    Q_OBJECT

    mc::test::SshTestHosts m_hosts;

    mc::ssh::HostSpec spec() const
    {
        mc::ssh::HostSpec s;
        s.name = m_hosts.host(0).name;
        s.address = m_hosts.host(0).address;
        s.port = m_hosts.host(0).port;
        s.user = m_hosts.user();
        s.keyPath = m_hosts.keyPath();
        return s;
    }
    mc::ssh::SessionOptions options() const
    {
        mc::ssh::SessionOptions o;
        o.knownHostsPath = m_hosts.knownHostsPath();
        o.sshConfigPath = QStringLiteral("none");
        o.connectTimeoutMs = 3000;
        return o;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_hosts.start(1, &error), qPrintable(error));
    }

    void commandPrefersJournalThenFilesThenSyslog()
    {
        const QString command = ServiceLogCommand::command(Service::MesosMaster);
        QVERIFY(
            command.contains(QStringLiteral("journalctl --no-pager -o short-iso -n 200 -f -u mesos-master")));
        QVERIFY(command.contains(QStringLiteral("/var/log/mesos/mesos-master.INFO")));
        QVERIFY(command.contains(QStringLiteral("/var/log/upstart/mesos-master.log")));
        QVERIFY(command.contains(QStringLiteral("/var/log/syslog")));
        QVERIFY(command.contains(QStringLiteral("tail -n 200 -F")));
        QVERIFY(ServiceLogCommand::logFiles(Service::ZooKeeper)
                    .contains(QStringLiteral("/var/log/zookeeper/zookeeper.log")));
        QVERIFY(ServiceLogCommand::logFiles(Service::Marathon)
                    .contains(QStringLiteral("/var/log/marathon/marathon.log")));
        QVERIFY(!ServiceLogCommand::command(Service::ZooKeeper, 10, false).contains(QStringLiteral("-F")));
    }

    // No systemd on the test host: tail -F of ZooKeeper's log file, followed while it grows.
    void followsAServiceLogFileOverSsh()
    {
        auto r = m_hosts.runOnHost(0,
                                   QStringLiteral("mkdir -p /var/log/zookeeper && printf 'first line ü\\n' > "
                                                  "/var/log/zookeeper/zookeeper.log"));
        QCOMPARE(r.exitCode, 0);
        ServiceLogSource source(spec(), Service::ZooKeeper, options());
        QByteArray received;
        connect(&source, &LogSource::dataReceived, this,
                [&](qint64, const QByteArray &bytes) { received += bytes; });
        source.start();
        QTRY_VERIFY_WITH_TIMEOUT(received.contains("first line ü\n"), 10000);
        QCOMPARE(source.state(), LogState::Following);
        for (int i = 0; i < 3; ++i) {
            r = m_hosts.runOnHost(
                0, QStringLiteral("echo appended %1 >> /var/log/zookeeper/zookeeper.log").arg(i));
            QCOMPARE(r.exitCode, 0);
        }
        QTRY_VERIFY_WITH_TIMEOUT(received.endsWith("appended 0\nappended 1\nappended 2\n"), 10000);

        // Paused: lines are held, then delivered in order.
        source.setPaused(true);
        m_hosts.runOnHost(0, QStringLiteral("echo while paused >> /var/log/zookeeper/zookeeper.log"));
        QTest::qWait(500);
        QVERIFY(!received.contains("while paused"));
        source.setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(received.endsWith("while paused\n"), 5000);
        source.stop();
        QCOMPARE(source.state(), LogState::Stopped);
    }

    // `mesos-console-cli logs -w INVENTORY --host H --service zookeeper`, as a real process:
    // the host's address, port and user come from the inventory.
    void cliPrintsAServiceLogOfAWorkspaceHost()
    {
        QCOMPARE(m_hosts
                     .runOnHost(0,
                                QStringLiteral("mkdir -p /var/log/zookeeper && printf 'from the cli\\n' > "
                                               "/var/log/zookeeper/zookeeper.log"))
                     .exitCode,
                 0);
        QTemporaryDir dir;
        const QString inventory = dir.filePath(QStringLiteral("hosts.ini"));
        QFile f(inventory);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("[masters]\n%1 ansible_host=%2 ansible_port=%3 ansible_user=%4 zoo_id=1\n")
                    .arg(m_hosts.host(0).name, m_hosts.host(0).address)
                    .arg(m_hosts.host(0).port)
                    .arg(m_hosts.user())
                    .toUtf8());
        f.close();
        QProcess cli;
        cli.start(mc::test::executablePath(QStringLiteral("mesos-console-cli")),
                  { QStringLiteral("logs"), QStringLiteral("-w"), inventory, QStringLiteral("--host"),
                    m_hosts.host(0).name, QStringLiteral("--service"), QStringLiteral("zookeeper"),
                    QStringLiteral("-i"), m_hosts.keyPath(), QStringLiteral("--known-hosts"),
                    m_hosts.knownHostsPath(), QStringLiteral("--ssh-config"), QStringLiteral("none") });
        QVERIFY(cli.waitForFinished(30000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QVERIFY2(cli.exitCode() == 0, qPrintable(err));
        QCOMPARE(cli.readAllStandardOutput(), QByteArray("from the cli\n"));
        QVERIFY2(!err.contains(QStringLiteral("already having")), qPrintable(err));
    }

    void fallsBackToSyslogAndFailsWithoutAnyLog()
    {
        auto r = m_hosts.runOnHost(
            0, QStringLiteral("rm -f /var/log/syslog /var/log/messages; rm -rf /var/log/marathon"));
        QCOMPARE(r.exitCode, 0);
        ServiceLogSource none(spec(), Service::Marathon, options());
        none.start();
        QTRY_COMPARE_WITH_TIMEOUT(none.state(), LogState::Failed, 10000);

        m_hosts.runOnHost(0, QStringLiteral("echo 'syslog: marathon[1]: hello' > /var/log/syslog"));
        ServiceLogSource syslog(spec(), Service::Marathon, options());
        syslog.setFollow(false);
        QByteArray received;
        connect(&syslog, &LogSource::dataReceived, this,
                [&](qint64, const QByteArray &bytes) { received += bytes; });
        syslog.start();
        QTRY_COMPARE_WITH_TIMEOUT(syslog.state(), LogState::Finished, 10000);
        QCOMPARE(received, QByteArray("syslog: marathon[1]: hello\n"));
    }

    void unreachableHostIsRetried()
    {
        mc::ssh::HostSpec s = spec();
        s.port = m_hosts.closedPort();
        ServiceLogSource source(s, Service::ZooKeeper, options());
        source.setRetryDelays(200, 400);
        source.start();
        QTRY_COMPARE_WITH_TIMEOUT(source.state(), LogState::Retrying, 10000);
        QVERIFY(source.stateMessage().contains(QStringLiteral("retrying")));
        source.stop();
    }
};

QTEST_GUILESS_MAIN(tst_ServiceLogSource)
#include "tst_ServiceLogSource.moc"
