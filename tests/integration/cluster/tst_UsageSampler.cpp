// UsageSampler against real localcluster agents and real processes: a task
// spinning on the CPU uses more than a sleeping one, memory against its limit,
// and only the agents of the wanted tasks are asked.

#include "core/cluster/UsageSampler.h"
#include "core/http/HttpClient.h"

#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using mc::cluster::TaskUsage;
using mc::cluster::UsageSampler;
using mc::cluster::UsageTarget;
using mc::test::LocalClusterProcess;

class tst_UsageSampler : public QObject
{
    Q_OBJECT

    std::unique_ptr<LocalClusterProcess> m_cluster;
    QString m_frameworkId;
    QHash<QString, QString> m_agentUrlById;

    // Launches an app with one task and returns it as a target.
    UsageTarget launch(const QString &appId, const QString &cmd)
    {
        const QJsonObject app { { QStringLiteral("id"), appId },
                                { QStringLiteral("cmd"), cmd },
                                { QStringLiteral("instances"), 1 },
                                { QStringLiteral("cpus"), 0.5 },
                                { QStringLiteral("mem"), 64 } };
        const QJsonObject task = m_cluster->launchApp(app);
        if (task.isEmpty())
            return {};
        return { task.value(QStringLiteral("id")).toString(),
                 m_frameworkId,
                 {},
                 QUrl(m_agentUrlById.value(task.value(QStringLiteral("slave_id")).toString())),
                 {} };
    }

    static int statisticsRequests(const QString &agentUrl)
    {
        const QJsonObject counts = mc::test::httpGet(agentUrl + QStringLiteral("/__admin/requests"))
                                       .json()
                                       .object()
                                       .value(QStringLiteral("requests"))
                                       .toObject();
        return counts.value(QStringLiteral("GET /slave(1)/monitor/statistics")).toInt();
    }

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<LocalClusterProcess>(
            QStringList { QStringLiteral("--agents"), QStringLiteral("3") });
        QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
        m_frameworkId = m_cluster->endpoints().value(QStringLiteral("frameworkId")).toString();
        const QJsonArray agents = m_cluster->endpoints().value(QStringLiteral("agents")).toArray();
        for (const QJsonValue &a : agents)
            m_agentUrlById.insert(a.toObject().value(QStringLiteral("id")).toString(),
                                  a.toObject().value(QStringLiteral("url")).toString());
    }

    void cleanupTestCase() { m_cluster.reset(); }

    void spinningTaskUsesMoreCpuThanASleepingOne()
    {
        const UsageTarget spin = launch(QStringLiteral("/spin"), QStringLiteral("while :; do :; done"));
        const UsageTarget idle = launch(QStringLiteral("/idle"), QStringLiteral("exec sleep 600"));
        QVERIFY(!spin.taskId.isEmpty() && !idle.taskId.isEmpty());
        mc::http::HttpClient http { mc::http::HttpOptions {} };
        UsageSampler sampler(&http);
        sampler.setIntervalMs(500);
        sampler.setTargets({ spin, idle });
        sampler.start();
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto usage = sampler.usage();
                return usage->value(spin.taskId).cpusUsed >= 0 && usage->value(idle.taskId).cpusUsed >= 0
                    && sampler.history(spin.taskId).size() >= 4;
            },
            20000));
        const auto usage = sampler.usage();
        const TaskUsage busy = usage->value(spin.taskId);
        const TaskUsage quiet = usage->value(idle.taskId);
        QVERIFY2(
            busy.cpusUsed > quiet.cpusUsed,
            qPrintable(QStringLiteral("spinning %1, sleeping %2").arg(busy.cpusUsed).arg(quiet.cpusUsed)));
        QVERIFY2(busy.cpusUsed > 0.2, qPrintable(QString::number(busy.cpusUsed)));
        // One shell loop is one thread: at most one core over the interval (not CPU seconds so far).
        QVERIFY2(busy.cpusUsed < 1.3, qPrintable(QString::number(busy.cpusUsed)));
        QVERIFY(quiet.cpusUsed < 0.2);
        QCOMPARE(busy.cpusLimit, 0.6); // 0.5 + the command executor's 0.1
        QCOMPARE(busy.memLimitBytes, qint64(64 + 32) * 1024 * 1024);
        QVERIFY(busy.memRssBytes > 0 && busy.memFraction() > 0 && busy.memFraction() < 1);
        QVERIFY(!busy.throttledSecs); // posix isolation: no throttling figures
        sampler.stop();
    }

    void asksOnlyTheAgentsOfTheWantedTasks()
    {
        const UsageTarget idle = launch(QStringLiteral("/idle"), QStringLiteral("exec sleep 600"));
        QVERIFY(!idle.taskId.isEmpty());
        for (const QString &agent : m_cluster->agentUrls())
            mc::test::httpRequest("DELETE", agent + QStringLiteral("/__admin/requests"));
        mc::http::HttpClient http { mc::http::HttpOptions {} };
        UsageSampler sampler(&http);
        sampler.setTargets({ idle });
        sampler.sampleNow();
        QTRY_VERIFY_WITH_TIMEOUT(sampler.usage()->contains(idle.taskId), 10000);
        QCOMPARE(sampler.agentsAsked().size(), 1);
        for (const QString &agent : m_cluster->agentUrls())
            QCOMPARE(statisticsRequests(agent), agent == idle.agentUrl.toString() ? 1 : 0);

        // Nothing on screen: nobody is asked.
        sampler.setTargets({});
        sampler.sampleNow();
        QTRY_VERIFY_WITH_TIMEOUT(sampler.usage()->isEmpty(), 5000);
        QCOMPARE(statisticsRequests(idle.agentUrl.toString()), 1);
    }
};

QTEST_GUILESS_MAIN(tst_UsageSampler)
#include "tst_UsageSampler.moc"
