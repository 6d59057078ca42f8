#include "tests/support/SshTestHosts.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using mc::test::SshTestHosts;

// The harness itself: real sshd hosts, each with its own address and its own
// /etc, torn down without leftovers.
class TestSshTestHosts : public QObject
{
    Q_OBJECT

private:
    static int sshExit(const SshTestHosts &hosts, int i, const QString &command, QString *output = nullptr)
    {
        const auto &h = hosts.host(i);
        QProcess ssh;
        ssh.setProcessChannelMode(QProcess::MergedChannels);
        ssh.start(QStringLiteral("ssh"),
                  { QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-o"),
                    QStringLiteral("UserKnownHostsFile=") + hosts.knownHostsPath(), QStringLiteral("-o"),
                    QStringLiteral("StrictHostKeyChecking=yes"), QStringLiteral("-i"), hosts.keyPath(),
                    QStringLiteral("-p"), QString::number(h.port), hosts.user() + u'@' + h.address,
                    command });
        ssh.waitForFinished(15000);
        if (output)
            *output = QString::fromLocal8Bit(ssh.readAll());
        return ssh.exitStatus() == QProcess::NormalExit ? ssh.exitCode() : -1;
    }

    static QStringList netnsList()
    {
        QProcess ip;
        ip.start(QStringLiteral("ip"), { QStringLiteral("netns"), QStringLiteral("list") });
        ip.waitForFinished(5000);
        return QString::fromLocal8Bit(ip.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

private slots:
    void startsThreeHostsWithOwnAddressAndFiles()
    {
        SshTestHosts hosts;
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(hosts.start(3, &error), qPrintable(error));
        qInfo("started 3 sshd hosts in %lld ms (%s)", timer.elapsed(),
              hosts.isolated() ? "network + mount namespaces" : "fallback: 127.0.0.x, no namespaces");
        QCOMPARE(hosts.hosts().size(), 3);

        for (int i = 0; i < 3; ++i) {
            QString output;
            QCOMPARE(sshExit(hosts, i, QStringLiteral("echo $(id -un)"), &output), 0);
            QCOMPARE(output.trimmed(), hosts.user());
        }
        if (!hosts.isolated())
            QSKIP("namespaces not available: own /etc per host not tested");

        QString output;
        QCOMPARE(sshExit(hosts, 1, QStringLiteral("hostname"), &output), 0);
        QCOMPARE(output.trimmed(), QStringLiteral("mchost1"));
        // A file a host writes to its /etc is its own.
        QCOMPARE(hosts.runOnHost(0, QStringLiteral("echo zero > /etc/zookeeper/marker")).exitCode, 0);
        QCOMPARE(hosts.runOnHost(0, QStringLiteral("cat /etc/zookeeper/marker")).output.trimmed(),
                 QStringLiteral("zero"));
        QVERIFY(hosts.runOnHost(1, QStringLiteral("test -e /etc/zookeeper/marker")).exitCode != 0);
        QVERIFY(!QFile::exists(QStringLiteral("/etc/zookeeper/marker")));
        // Hosts reach each other.
        QCOMPARE(hosts
                     .runOnHost(0,
                                QStringLiteral("bash -c 'exec 3<>/dev/tcp/%1/22 && head -c 4 <&3'")
                                    .arg(hosts.host(2).address))
                     .output,
                 QStringLiteral("SSH-"));
    }

    void tearsDownEverything()
    {
        QStringList names;
        {
            SshTestHosts hosts;
            QString error;
            QVERIFY2(hosts.start(2, &error), qPrintable(error));
            if (!hosts.isolated())
                QSKIP("namespaces not available");
            names = { hosts.host(0).netns, hosts.host(1).netns };
            hosts.runOnHost(0, QStringLiteral("sleep 1000 >/dev/null 2>&1 &"));
        }
        const QStringList left = netnsList();
        for (const QString &name : names) {
            for (const QString &line : left)
                QVERIFY2(!line.startsWith(name), qPrintable(line));
        }
    }

    void startsTwentyHosts()
    {
        SshTestHosts hosts;
        QElapsedTimer timer;
        timer.start();
        QString error;
        QVERIFY2(hosts.start(20, &error), qPrintable(error));
        qInfo("started 20 sshd hosts in %lld ms", timer.elapsed());
        QCOMPARE(sshExit(hosts, 19, QStringLiteral("true")), 0);
        timer.restart();
        hosts.stop();
        qInfo("stopped 20 hosts in %lld ms", timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestSshTestHosts)
#include "tst_SshTestHosts.moc"
