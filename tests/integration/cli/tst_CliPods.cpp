// `mesos-console-cli pods list|show|create|update|scale|restart|destroy|kill-instance` against a
// real localcluster: a pod made from a file runs, is listed with its endpoints, scaled,
// restarted, refused field by field, destroyed; a Marathon without pods says so.
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CliPods : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cluster = std::make_unique<mc::test::LocalClusterProcess>(QStringList { u"--agents"_s, u"1"_s });
        QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
        write(u"cache.json"_s,
              R"({"id":"/prod/cache","scaling":{"kind":"fixed","instances":1},
                  "containers":[{"name":"server","resources":{"cpus":0.1,"mem":32},
                                 "endpoints":[{"name":"redis","hostPort":0}],
                                 "exec":{"command":{"shell":"echo serving on $ENDPOINT_REDIS; exec sleep 600"}}},
                                {"name":"metrics","resources":{"cpus":0.1,"mem":16},
                                 "exec":{"command":{"shell":"exec sleep 600"}}}]})");
        write(u"broken.json"_s,
              R"({"id":"/prod/cache","containers":[{"name":"a","resources":{"cpus":0.1,"mem":16},
                  "exec":{"command":{"shell":"sleep 1"}}},{"name":"a","resources":{"cpus":-1,"mem":16},
                  "exec":{"command":{"shell":"sleep 1"}}}]})");
    }
    void cleanupTestCase() { m_cluster.reset(); }

    void createListScaleRestartDestroy()
    {
        const Run created
            = cli({ u"pods"_s, u"create"_s, m_dir.filePath(u"cache.json"_s), u"--wait"_s, u"30"_s });
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        QVERIFY2(created.out.contains(u"finished"_s), qPrintable(created.out));

        Run list;
        QVERIFY(QTest::qWaitFor(
            [&] {
                list = cli({ u"pods"_s, u"list"_s });
                return list.out.contains(u"STABLE"_s);
            },
            10000));
        // ID, stable/wanted, status, containers, endpoints with their host ports.
        QVERIFY2(
            list.out.contains(QRegularExpression(u"/prod/cache +1/1 +STABLE +server,metrics +redis:\\d+"_s)),
            qPrintable(list.out));

        const Run scaled = cli({ u"pods"_s, u"scale"_s, u"/prod/cache"_s, u"2"_s, u"--wait"_s, u"30"_s });
        QVERIFY2(scaled.exitCode == 0, qPrintable(scaled.err));
        Run show;
        QVERIFY(QTest::qWaitFor(
            [&] {
                show = cli({ u"pods"_s, u"show"_s, u"/prod/cache"_s });
                return show.out.contains(u"STABLE  2/2 stable"_s);
            },
            10000));
        // Each container of each instance is a Mesos task <instance>.<container>.
        const QRegularExpression task(
            u"(prod_cache\\.instance-[0-9a-f-]+) +STABLE +\\S+ +server +\\1\\.server +TASK_RUNNING +redis:\\d+"_s);
        QCOMPARE(show.out.count(task), 2);
        const QString before = task.match(show.out).captured(1);

        const Run json = cli({ u"pods"_s, u"show"_s, u"/prod/cache"_s, u"--json"_s });
        const QJsonObject definition = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(definition.value(u"scaling"_s).toObject().value(u"instances"_s).toInt(), 2);

        const Run restarted = cli({ u"pods"_s, u"restart"_s, u"/prod/cache"_s, u"--wait"_s, u"30"_s });
        QVERIFY2(restarted.exitCode == 0, qPrintable(restarted.err));
        QVERIFY(QTest::qWaitFor(
            [&] {
                show = cli({ u"pods"_s, u"show"_s, u"/prod/cache"_s });
                return show.out.contains(u"STABLE  2/2 stable"_s) && !show.out.contains(before);
            },
            15000));

        const Run destroyed = cli({ u"pods"_s, u"destroy"_s, u"/prod/cache"_s, u"--wait"_s, u"30"_s });
        QVERIFY2(destroyed.exitCode == 0, qPrintable(destroyed.err));
        QCOMPARE(cli({ u"pods"_s, u"list"_s }).out, u"no pods\n"_s);
        const Run gone = cli({ u"pods"_s, u"scale"_s, u"/prod/cache"_s, u"1"_s });
        QCOMPARE(gone.exitCode, 1);
        QVERIFY2(gone.err.contains(u"no pod /prod/cache"_s), qPrintable(gone.err));
    }

    void invalidDefinitionIsRefusedFieldByField()
    {
        const Run r = cli({ u"pods"_s, u"create"_s, m_dir.filePath(u"broken.json"_s) });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"(422)"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"  /containers: container names are unique"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"  /containers(1)/resources/cpus: got -1, expected 0 or more"_s),
                 qPrintable(r.err));
        const Run notJson = cli({ u"pods"_s, u"create"_s, m_dir.filePath(u"missing.json"_s) });
        QCOMPARE(notJson.exitCode, 1);
        QVERIFY2(notJson.err.contains(u"cannot read"_s), qPrintable(notJson.err));
    }

    void marathonWithoutPodsSaysSo()
    {
        const auto fault
            = mc::test::httpRequest("POST", m_cluster->marathonUrl() + u"/__admin/faults"_s,
                                    R"({"target":"marathon","path":"/v2/pods","mode":"missing"})",
                                    { { "Content-Type", "application/json" } });
        QCOMPARE(fault.status, 201);
        const Run r = cli({ u"pods"_s, u"list"_s });
        QCOMPARE(mc::test::httpRequest("DELETE", m_cluster->marathonUrl() + u"/__admin/faults"_s).status,
                 200);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"this Marathon has no pods"_s), qPrintable(r.err));
    }

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(QStringList args) const
    {
        args << u"--marathon"_s << m_cluster->marathonUrl();
        QProcess process;
        process.start(mc::test::executablePath(u"mesos-console-cli"_s), args);
        if (!process.waitForFinished(60000)) {
            process.kill();
            return {};
        }
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }
    void write(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    QTemporaryDir m_dir;
    std::unique_ptr<mc::test::LocalClusterProcess> m_cluster;
};

QTEST_MAIN(tst_CliPods)
#include "tst_CliPods.moc"
