// `apps export|import|compare --via`: two localclusters inside an sshd test host, bound to its
// own 127.0.0.1 so that this process cannot reach them, moved from one to the other through
// the host as the workspace's jump host (apps and a pod in a group): the definitions compare
// equal apart from what Marathon manages and a second import changes nothing.
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/SshTestHosts.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_AppsTransferVia : public QObject
{
    Q_OBJECT

    mc::test::SshTestHosts m_hosts;
    QString m_source; // Marathon URLs as the jump host reaches them
    QString m_target;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run cli(QStringList args, bool via = true) const
    {
        if (via)
            args << u"--via"_s
                 << u"%1@%2:%3"_s.arg(m_hosts.user(), m_hosts.host(0).address).arg(m_hosts.host(0).port)
                 << u"--via-identity"_s << m_hosts.keyPath() << u"--via-known-hosts"_s
                 << m_hosts.knownHostsPath();
        QProcess p;
        p.start(mc::test::executablePath(u"mesos-console-cli"_s), args);
        if (!p.waitForFinished(90000)) {
            p.kill();
            p.waitForFinished();
        }
        return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                 QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
    }

    bool startCluster(QString *marathon, QString *error)
    {
        QJsonObject endpoints;
        if (!mc::test::startLocalClusterInHost(m_hosts, 0,
                                               { u"--address"_s, u"127.0.0.1"_s, u"--base-port"_s, u"0"_s,
                                                 u"--masters"_s, u"1"_s, u"--agents"_s, u"1"_s,
                                                 u"--kill-grace"_s, u"300"_s },
                                               &endpoints, error))
            return false;
        *marathon = endpoints.value(QLatin1String("marathon")).toString();
        return !marathon->isEmpty();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_hosts.start(1, &error), qPrintable(error));
        if (!m_hosts.isolated())
            QSKIP("needs network namespaces (root): the clusters must be unreachable directly");
        QVERIFY2(startCluster(&m_source, &error), qPrintable(error));
        QVERIFY2(startCluster(&m_target, &error), qPrintable(error));
        QVERIFY(m_source != m_target);
    }

    void cleanupTestCase() { m_hosts.stop(); }

    void exportImportThroughTheJumpHost()
    {
        QTemporaryDir dir;
        // The source gets its apps and pod through the jump host too: an import of this file.
        const QJsonObject sleeper {
            { u"cmd"_s, u"exec sleep 600"_s }, { u"cpus"_s, 0.01 }, { u"mem"_s, 8 }, { u"instances"_s, 1 }
        };
        QJsonObject web = sleeper, db = sleeper;
        web.insert(u"id"_s, u"/prod/web"_s);
        web.insert(u"dependencies"_s, QJsonArray { u"/prod/db"_s });
        db.insert(u"id"_s, u"/prod/db"_s);
        const QJsonObject pod {
            { u"id"_s, u"/prod/cache"_s },
            { u"containers"_s,
              QJsonArray { QJsonObject {
                  { u"name"_s, u"main"_s },
                  { u"exec"_s,
                    QJsonObject { { u"command"_s, QJsonObject { { u"shell"_s, u"exec sleep 600"_s } } } } },
                  { u"resources"_s, QJsonObject { { u"cpus"_s, 0.01 }, { u"mem"_s, 8 } } } } } }
        };
        const QString seed = dir.filePath(u"seed.json"_s);
        QFile f(seed);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonArray { web, db, pod }).toJson());
        f.close();

        // Not reachable without the jump host.
        Run r = cli({ u"apps"_s, u"export"_s, u"--marathon"_s, m_source, u"--timeout"_s, u"3"_s,
                      dir.filePath(u"direct.json"_s) },
                    false);
        QCOMPARE(r.exitCode, 1);

        r = cli({ u"apps"_s, u"import"_s, u"--marathon"_s, m_source, seed, u"--wait"_s, u"60"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"3 to create"_s));

        const QString folder = dir.filePath(u"export"_s);
        r = cli({ u"apps"_s, u"export"_s, u"--marathon"_s, m_source, folder });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"exported 2 app(s) and 1 pod(s)"_s), qPrintable(r.out));
        QVERIFY(QFile::exists(folder + u"/prod/cache.pod.json"_s));

        r = cli({ u"apps"_s, u"import"_s, u"--marathon"_s, m_target, folder, u"--wait"_s, u"60"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"3 to create"_s));
        QVERIFY(r.out.contains(u"created pod /prod/cache"_s));

        // Equal apart from what Marathon manages, and a second import changes nothing.
        r = cli({ u"apps"_s, u"compare"_s, u"--marathon"_s, m_source, u"--other"_s, m_target });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(u"no drift: 2 app(s) and 1 pod(s)"_s), qPrintable(r.out));
        r = cli({ u"apps"_s, u"import"_s, u"--marathon"_s, m_target, folder });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"3 unchanged"_s));
        QVERIFY(r.out.contains(u"nothing to change"_s));
    }
};

QTEST_GUILESS_MAIN(tst_AppsTransferVia)
#include "tst_AppsTransferVia.moc"
