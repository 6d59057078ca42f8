// ExecutorStatistics::parse on Mesos' documented /monitor/statistics example (cgroups:
// throttling present) and on answers without the cgroups fields or with bad input.

#include "core/mesos/ExecutorStatistics.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QTest>

using mc::mesos::ExecutorStatistics;

class tst_ExecutorStatistics : public QObject
{
    Q_OBJECT

private slots:
    void readsTheDocumentedExample()
    {
        QFile file(mc::test::fixturePath(QStringLiteral("mesos/monitor-statistics.help-example.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto stats = ExecutorStatistics::parse(file.readAll());
        QVERIFY(stats.ok());
        QCOMPARE(stats->size(), 1);
        const ExecutorStatistics &s = stats->first();
        QCOMPARE(s.executorId, QStringLiteral("executor"));
        QCOMPARE(s.frameworkId, QStringLiteral("framework"));
        QCOMPARE(s.cpuSecs(), 96348.84 + 34501.45);
        QCOMPARE(s.cpusLimit, 8.25);
        QCOMPARE(s.memRssBytes, qint64(5105614848));
        QCOMPARE(s.memLimitBytes, qint64(7650410496));
        QCOMPARE(s.timestamp, 1388534400.0);
        QVERIFY(s.throttledSecs.has_value());
        QCOMPARE(*s.throttledSecs, 352.597023453);
    }

    void posixIsolationHasNoThrottling()
    {
        const auto stats = ExecutorStatistics::parse(
            R"([{"executor_id":"t1","framework_id":"f","statistics":{"cpus_user_time_secs":1.5,)"
            R"("cpus_system_time_secs":0.5,"mem_rss_bytes":1024,"timestamp":10.0}}])");
        QVERIFY(stats.ok());
        QCOMPARE(stats->first().cpuSecs(), 2.0);
        QVERIFY(!stats->first().throttledSecs);
        QCOMPARE(stats->first().memLimitBytes, qint64(0));
    }

    void refusesWhatIsNoList()
    {
        QVERIFY(!ExecutorStatistics::parse("<html>502</html>").ok());
        QVERIFY(!ExecutorStatistics::parse(R"({"error":"x"})").ok());
        // Entries without an executor are skipped, not invented.
        const auto stats = ExecutorStatistics::parse(R"([{"statistics":{}}, 3, "x"])");
        QVERIFY(stats.ok());
        QVERIFY(stats->isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ExecutorStatistics)
#include "tst_ExecutorStatistics.moc"
