// `mesos-console-cli apps queue|why|reset-delay|versions|diff|rollback` against a real
// localcluster: each decline reason produced by localcluster's matching is named, a back-off
// delay is shown and reset, versions are listed, compared and applied.
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TestPaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QJsonObject app(const QString &id, const QJsonObject &patch = {})
{
    QJsonObject o { { u"id"_s, id },
                    { u"cmd"_s, u"exec sleep 600"_s },
                    { u"instances"_s, 1 },
                    { u"cpus"_s, 0.05 },
                    { u"mem"_s, 16 } };
    for (auto it = patch.begin(); it != patch.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject manyPorts(int n)
{
    QJsonArray ports;
    for (int i = 0; i < n; ++i)
        ports.append(QJsonObject { { u"port"_s, 0 } });
    return { { u"portDefinitions"_s, ports } };
}

} // namespace

class tst_CliWhy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<mc::test::LocalClusterProcess>(QStringList { u"--agents"_s, u"2"_s });
        QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
    }
    void cleanupTestCase() { m_cluster.reset(); }

    void whyNamesEachDeclineReason_data()
    {
        QTest::addColumn<QJsonObject>("patch");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("cpus") << QJsonObject { { u"cpus"_s, 8 } } << u"InsufficientCpus"_s
                              << u"Asks 8 CPUs; the largest free is 4 on"_s;
        QTest::newRow("memory") << QJsonObject { { u"mem"_s, 10240 } } << u"InsufficientMemory"_s
                                << u"Asks 10 GiB of memory; the largest free is 7.5 GiB on"_s;
        QTest::newRow("ports") << manyPorts(1001) << u"InsufficientPorts"_s
                               << u"Asks 1,001 host ports; the most free is 1,000 on 127.0.0.1 (agent"_s;
        QTest::newRow("constraint")
            << QJsonObject { { u"constraints"_s,
                               QJsonArray { QJsonArray { u"rack"_s, u"LIKE"_s, u"r9"_s } } } }
            << u"UnfulfilledConstraint"_s
            << u"Constraint rack LIKE r9: no agent offered matches (rack has: r1, r2)."_s;
        QTest::newRow("role") << QJsonObject { { u"acceptedResourceRoles"_s, QJsonArray { u"prod"_s } } }
                              << u"UnfulfilledRole"_s << u"Accepts only roles prod"_s;
    }
    void whyNamesEachDeclineReason()
    {
        QFETCH(QJsonObject, patch);
        QFETCH(QString, reason);
        QFETCH(QString, sentence);
        const QString id = u"/why/"_s + QString::fromLatin1(QTest::currentDataTag());
        QCOMPARE(post(app(id, patch)), 201);
        Run r;
        QVERIFY(QTest::qWaitFor(
            [&] {
                r = cli({ u"apps"_s, u"why"_s, id });
                return r.out.contains(u"(%1)"_s.arg(reason));
            },
            8000));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"declined 2 of 2 last offers (%1)"_s.arg(reason)), qPrintable(r.out));
        QVERIFY2(r.out.contains(sentence), qPrintable(r.out));
        const Run json = cli({ u"apps"_s, u"why"_s, id, u"--json"_s });
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(u"mainReason"_s).toString(), reason);
        QCOMPARE(o.value(u"lastUnusedOffers"_s).toArray().size(), 2);
        const Run queue = cli({ u"apps"_s, u"queue"_s });
        QVERIFY2(queue.out.contains(QRegularExpression(u"%1 +1 +- +.*\\(%2\\)"_s.arg(id, reason))),
                 qPrintable(queue.out));
        QCOMPARE(mc::test::httpRequest("DELETE", m_cluster->marathonUrl() + u"/v2/apps"_s + id).status, 200);
    }

    void backOffIsShownAndReset()
    {
        const QString id = u"/why/crash"_s;
        QCOMPARE(post(app(id, { { u"cmd"_s, u"exit 3"_s }, { u"backoffSeconds"_s, 120 } })), 201);
        Run r;
        QVERIFY(QTest::qWaitFor(
            [&] {
                // why reads the app and the queue one after the other: the task may fail
                // between the two reads, so wait until one answer holds both.
                r = cli({ u"apps"_s, u"why"_s, id });
                return r.out.contains(u"Delayed after failures"_s)
                    && r.out.contains(u"Last task failure:"_s);
            },
            8000));
        QVERIFY2(r.out.contains(u"Last task failure: Command exited with status 3 (TASK_FAILED)"_s),
                 qPrintable(r.out));
        QVERIFY2(cli({ u"apps"_s, u"queue"_s })
                     .out.contains(QRegularExpression(u"/why/crash +1 +1[0-2][0-9] s"_s)),
                 "the queue shows the delay");
        const QString failed
            = appJson(id).value(u"lastTaskFailure"_s).toObject().value(u"taskId"_s).toString();
        QVERIFY(!failed.isEmpty());
        const Run reset = cli({ u"apps"_s, u"reset-delay"_s, id });
        QCOMPARE(reset.exitCode, 0);
        QCOMPARE(reset.out, u"done\n"_s);
        // Launched again at once (not after 120 s): another task fails.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return appJson(id).value(u"lastTaskFailure"_s).toObject().value(u"taskId"_s).toString()
                    != failed;
            },
            8000));
        QCOMPARE(mc::test::httpRequest("DELETE", m_cluster->marathonUrl() + u"/v2/apps"_s + id).status, 200);
    }

    void failingHealthCheckIsNamedWithItsCause()
    {
        const QString id = u"/why/sick"_s;
        const QJsonObject check { { u"protocol"_s, u"COMMAND"_s },
                                  { u"command"_s, QJsonObject { { u"value"_s, u"exit 1"_s } } },
                                  { u"gracePeriodSeconds"_s, 0 },
                                  { u"intervalSeconds"_s, 1 },
                                  { u"maxConsecutiveFailures"_s, 0 } };
        QCOMPARE(post(app(id, { { u"healthChecks"_s, QJsonArray { check } } })), 201);
        Run r;
        QVERIFY(QTest::qWaitFor(
            [&] {
                r = cli({ u"apps"_s, u"why"_s, id });
                return r.out.contains(u"consecutive failures"_s) && !r.out.contains(u" 0 consecutive"_s);
            },
            10000));
        QVERIFY2(r.out.contains(u"Unhealthy tasks by cause:\n  Command exited with status 1: 1\n"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"check 1: not alive"_s) && r.out.contains(u"last success never"_s),
                 qPrintable(r.out));
        QCOMPARE(mc::test::httpRequest("DELETE", m_cluster->marathonUrl() + u"/v2/apps"_s + id).status, 200);
    }

    void versionsAreListedComparedAndApplied()
    {
        const QString id = u"/why/versions"_s;
        QCOMPARE(post(app(id)), 201);
        QTRY_COMPARE_WITH_TIMEOUT(appJson(id).value(u"tasksRunning"_s).toInt(), 1, 8000);
        QTRY_VERIFY_WITH_TIMEOUT(appJson(id).value(u"deployments"_s).toArray().isEmpty(), 8000);
        QCOMPARE(mc::test::httpRequest("PUT", m_cluster->marathonUrl() + u"/v2/apps"_s + id,
                                       R"({"env": {"COLOUR": "blue"}})")
                     .status,
                 200);
        const Run list = cli({ u"apps"_s, u"versions"_s, id });
        QCOMPARE(list.exitCode, 0);
        const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).startsWith(u"* "_s));
        const QString first = lines.at(0).trimmed();

        const Run diff = cli({ u"apps"_s, u"diff"_s, id });
        QCOMPARE(diff.exitCode, 0);
        QVERIFY2(diff.out.contains(u"+        \"COLOUR\": \"blue\""_s), qPrintable(diff.out));
        QVERIFY2(diff.out.startsWith(u"--- %1 %2"_s.arg(id, first)), qPrintable(diff.out));
        QCOMPARE(cli({ u"apps"_s, u"diff"_s, id, u"1999-01-01T00:00:00.000Z"_s }).exitCode, 1);

        QTRY_VERIFY_WITH_TIMEOUT(appJson(id).value(u"deployments"_s).toArray().isEmpty(), 8000);
        const Run back = cli({ u"apps"_s, u"rollback"_s, id, u"--to"_s, first, u"--wait"_s, u"30"_s });
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        QVERIFY2(back.out.contains(u"-        \"COLOUR\": \"blue\""_s), qPrintable(back.out));
        QVERIFY2(back.out.contains(u"finished"_s), qPrintable(back.out));
        QVERIFY(!appJson(id).value(u"env"_s).toObject().contains(u"COLOUR"_s));
        QCOMPARE(cli({ u"apps"_s, u"versions"_s, id }).out.count(u'\n'), 3);
        const Run missing = cli({ u"apps"_s, u"rollback"_s, id, u"--to"_s, u"nope"_s });
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"has no version nope; its versions: "_s + first),
                 qPrintable(missing.err));
    }

private:
    Run cli(QStringList args) const
    {
        args << u"--marathon"_s << m_cluster->marathonUrl();
        QProcess process;
        process.start(mc::test::executablePath(u"mesos-console-cli"_s), args);
        if (!process.waitForFinished(30000)) {
            process.kill();
            return {};
        }
        return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                 QString::fromUtf8(process.readAllStandardError()) };
    }
    int post(const QJsonObject &o) const
    {
        return mc::test::httpRequest("POST", m_cluster->marathonUrl() + u"/v2/apps"_s,
                                     QJsonDocument(o).toJson(QJsonDocument::Compact))
            .status;
    }
    QJsonObject appJson(const QString &id) const
    {
        return mc::test::httpGet(m_cluster->marathonUrl() + u"/v2/apps"_s + id)
            .json()
            .object()
            .value(u"app"_s)
            .toObject();
    }
    std::unique_ptr<mc::test::LocalClusterProcess> m_cluster;
};

QTEST_MAIN(tst_CliWhy)
#include "tst_CliWhy.moc"
