// The `localcluster` executable as tests and `mesos-console --demo` use it:
// flags, --print-endpoints, the admin endpoint, the demo apps, scale mode,
// and that stopping it leaves no process behind.

#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/ProcessTree.h"
#include "tests/support/TestPaths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTest>

#include <csignal>

using namespace mc::test;

namespace {

QJsonObject appOf(const QString &marathon, const QString &id)
{
    return httpGet(marathon + QStringLiteral("/v2/apps") + id)
        .json()
        .object()
        .value(QLatin1String("app"))
        .toObject();
}

} // namespace

class tst_LocalClusterExecutable : public QObject
{
    Q_OBJECT

private slots:
    void printsEndpointsOfEveryServer();
    void adminEndpointKillsTheLeaderAndAStandbyTakesOver();
    void demoAppsRunAndTheDockerStandInAnswersWithItsTaskId();
    void lostAgentsTasksAreReplacedElsewhere();
    void faultFlagMakesAnEndpointFail();
    void timedFaultFlagsKillTheLeaderAndDropStreams();
    void stoppingLeavesNoProcessBehind();
    void scaleModeServesALargeStateQuickly();
    void badFlagsAreUsageErrors_data();
    void badFlagsAreUsageErrors();
};

void tst_LocalClusterExecutable::printsEndpointsOfEveryServer()
{
    LocalClusterProcess cluster({ QStringLiteral("--masters"), QStringLiteral("3"),
                                  QStringLiteral("--agents"), QStringLiteral("2") });
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    QCOMPARE(cluster.masterUrls().size(), 3);
    QCOMPARE(cluster.agentUrls().size(), 2);
    QVERIFY(cluster.masterUrls().contains(cluster.leaderUrl()));
    QVERIFY(!cluster.marathonUrl().isEmpty());
    QVERIFY(QFileInfo(cluster.workDir()).isDir());
    QCOMPARE(httpGet(cluster.leaderUrl() + QStringLiteral("/master/state")).status, 200);
    for (const QString &agent : cluster.agentUrls())
        QCOMPARE(httpGet(agent + QStringLiteral("/slave(1)/state")).status, 200);
    QCOMPARE(httpGet(cluster.marathonUrl() + QStringLiteral("/ping")).status, 200);
    const QJsonObject endpoints
        = httpGet(cluster.marathonUrl() + QStringLiteral("/__admin/endpoints")).json().object();
    QCOMPARE(endpoints.value(QLatin1String("leader")).toString(), cluster.leaderUrl());
}

void tst_LocalClusterExecutable::adminEndpointKillsTheLeaderAndAStandbyTakesOver()
{
    LocalClusterProcess cluster({ QStringLiteral("--masters"), QStringLiteral("3"),
                                  QStringLiteral("--election-delay"), QStringLiteral("500") });
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    const QString old = cluster.leaderUrl();
    QCOMPARE(
        httpRequest("POST", cluster.marathonUrl() + QStringLiteral("/__admin/masters/leader/kill")).status,
        200);
    QCOMPARE(httpGet(old + QStringLiteral("/master/health")).status, 0);
    QString next;
    QElapsedTimer timer;
    timer.start();
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const QString &m : cluster.masterUrls()) {
                if (m != old
                    && httpGet(m + QStringLiteral("/metrics/snapshot"))
                            .json()
                            .object()
                            .value(QLatin1String("master/elected"))
                            .toDouble()
                        == 1.0) {
                    next = m;
                    return true;
                }
            }
            return false;
        },
        5000));
    QVERIFY(timer.elapsed() < 3000);
    for (const QString &m : cluster.masterUrls()) {
        if (m == old || m == next)
            continue;
        const HttpResult r = httpGet(m + QStringLiteral("/master/state-summary"));
        QCOMPARE(r.status, 307);
        QCOMPARE(QStringLiteral("http:") + QString::fromUtf8(r.header("Location")),
                 next + QStringLiteral("/master/state-summary"));
    }
}

void tst_LocalClusterExecutable::demoAppsRunAndTheDockerStandInAnswersWithItsTaskId()
{
    LocalClusterProcess cluster({ QStringLiteral("--masters"), QStringLiteral("3"),
                                  QStringLiteral("--agents"), QStringLiteral("2"),
                                  QStringLiteral("--demo-apps") });
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    const QString marathon = cluster.marathonUrl();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return appOf(marathon, QStringLiteral("/demo/web")).value(QLatin1String("tasksHealthy")).toInt()
                == 2;
        },
        10000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return appOf(marathon, QStringLiteral("/demo/ticker"))
                       .value(QLatin1String("tasksRunning"))
                       .toInt()
                == 2;
        },
        5000));
    const QJsonArray web
        = appOf(marathon, QStringLiteral("/demo/web")).value(QLatin1String("tasks")).toArray();
    for (const QJsonValue &v : web) {
        const QJsonObject task = v.toObject();
        const HttpResult answer = httpGet(QStringLiteral("http://%1:%2/")
                                              .arg(task.value(QLatin1String("host")).toString())
                                              .arg(task.value(QLatin1String("ports")).toArray()[0].toInt()));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body.trimmed(), task.value(QLatin1String("id")).toString().toUtf8());
    }
    // The ticker writes to stdout and stderr; read it through the agent that runs it.
    const QJsonObject ticker = appOf(marathon, QStringLiteral("/demo/ticker"))
                                   .value(QLatin1String("tasks"))
                                   .toArray()[0]
                                   .toObject();
    const QString slaveId = ticker.value(QLatin1String("slaveId")).toString();
    QString agentUrl;
    const QJsonArray agents = cluster.endpoints().value(QLatin1String("agents")).toArray();
    for (const QJsonValue &a : agents) {
        if (a.toObject().value(QLatin1String("id")).toString() == slaveId)
            agentUrl = a.toObject().value(QLatin1String("url")).toString();
    }
    const QString latest = QStringLiteral("/frameworks/%1/executors/%2/runs/latest")
                               .arg(cluster.endpoints().value(QLatin1String("frameworkId")).toString(),
                                    ticker.value(QLatin1String("id")).toString());
    QVERIFY(QTest::qWaitFor(
        [&] {
            return httpGet(agentUrl + QStringLiteral("/files/read?offset=0&path=") + latest
                           + QStringLiteral("/stdout"))
                .json()
                .object()
                .value(QLatin1String("data"))
                .toString()
                .contains(QStringLiteral("tick 2"));
        },
        8000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return httpGet(agentUrl + QStringLiteral("/files/read?offset=0&path=") + latest
                           + QStringLiteral("/stderr"))
                .json()
                .object()
                .value(QLatin1String("data"))
                .toString()
                .contains(QStringLiteral("warning: sample stderr line 3"));
        },
        8000));
}

void tst_LocalClusterExecutable::lostAgentsTasksAreReplacedElsewhere()
{
    LocalClusterProcess cluster({ QStringLiteral("--agents"), QStringLiteral("2") });
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    const QString marathon = cluster.marathonUrl();
    QCOMPARE(httpRequest("POST", marathon + QStringLiteral("/v2/apps"),
                         R"({"id":"/spread","cmd":"exec sleep 600","instances":4,"cpus":0.1,"mem":16})")
                 .status,
             201);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return appOf(marathon, QStringLiteral("/spread")).value(QLatin1String("tasksRunning")).toInt()
                == 4;
        },
        8000));
    const QString lostId = cluster.endpoints()
                               .value(QLatin1String("agents"))
                               .toArray()[1]
                               .toObject()
                               .value(QLatin1String("id"))
                               .toString();
    QCOMPARE(httpRequest("POST", marathon + QStringLiteral("/__admin/agents/1/lose")).status, 200);
    QCOMPARE(httpGet(cluster.agentUrls().at(1) + QStringLiteral("/slave(1)/state")).status, 0);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const QJsonArray tasks
                = appOf(marathon, QStringLiteral("/spread")).value(QLatin1String("tasks")).toArray();
            return tasks.size() == 4 && std::all_of(tasks.begin(), tasks.end(), [&](const QJsonValue &t) {
                       return t.toObject().value(QLatin1String("slaveId")).toString() != lostId
                           && t.toObject().value(QLatin1String("state")).toString()
                           == QLatin1String("TASK_RUNNING");
                   });
        },
        8000));
    const QJsonObject state = httpGet(cluster.leaderUrl() + QStringLiteral("/master/state")).json().object();
    QCOMPARE(state.value(QLatin1String("unreachable_slaves")).toDouble(), 1.0);
    QCOMPARE(state.value(QLatin1String("slaves")).toArray().size(), 1);
    QVERIFY(!state.value(QLatin1String("frameworks"))
                 .toArray()[0]
                 .toObject()
                 .value(QLatin1String("unreachable_tasks"))
                 .toArray()
                 .isEmpty());
    QCOMPARE(httpRequest("POST", marathon + QStringLiteral("/__admin/agents/1/restore")).status, 200);
    QCOMPARE(httpGet(cluster.agentUrls().at(1) + QStringLiteral("/slave(1)/state")).status, 200);
}

void tst_LocalClusterExecutable::faultFlagMakesAnEndpointFail()
{
    LocalClusterProcess cluster({ QStringLiteral("--fault"), QStringLiteral("marathon:/v2/apps=error"),
                                  QStringLiteral("--fault"),
                                  QStringLiteral("master:/master/state-summary=malformed") });
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    QCOMPARE(httpGet(cluster.marathonUrl() + QStringLiteral("/v2/apps")).status, 500);
    QCOMPARE(httpGet(cluster.marathonUrl() + QStringLiteral("/v2/info")).status, 200);
    const HttpResult summary = httpGet(cluster.leaderUrl() + QStringLiteral("/master/state-summary"));
    QCOMPARE(summary.status, 200);
    QVERIFY(summary.json().isNull());
}

void tst_LocalClusterExecutable::timedFaultFlagsKillTheLeaderAndDropStreams()
{
    LocalClusterProcess cluster({ QStringLiteral("--masters"), QStringLiteral("2"),
                                  QStringLiteral("--election-delay"), QStringLiteral("200"),
                                  QStringLiteral("--kill-leader-after"), QStringLiteral("1500"),
                                  QStringLiteral("--drop-events-after"), QStringLiteral("1500") });
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    const QString first = cluster.masterUrls().value(0);
    const QString second = cluster.masterUrls().value(1);
    QCOMPARE(cluster.leaderUrl(), first);

    QNetworkAccessManager network;
    QNetworkRequest request { QUrl(cluster.marathonUrl() + QStringLiteral("/v2/events")) };
    request.setRawHeader("Accept", "text/event-stream");
    QNetworkReply *events = network.get(request);
    QByteArray received;
    QObject context; // declared after the captured locals: the connection ends before they do
    connect(events, &QNetworkReply::readyRead, &context,
            [&received, events] { // clazy:exclude=lambda-in-connect the context goes first
                received += events->readAll();
            });
    QVERIFY(QTest::qWaitFor([&] { return received.contains("event_stream_attached"); }, 3000));

    QVERIFY(QTest::qWaitFor([&] { return events->isFinished(); }, 5000)); // dropped by the flag
    QVERIFY(QTest::qWaitFor(
        [&] {
            return httpGet(second + QStringLiteral("/metrics/snapshot"))
                       .json()
                       .object()
                       .value(QLatin1String("master/elected"))
                       .toDouble()
                == 1.0;
        },
        5000));
    QCOMPARE(httpGet(first + QStringLiteral("/master/health")).status, 0);
    events->deleteLater();
}

void tst_LocalClusterExecutable::stoppingLeavesNoProcessBehind()
{
    LocalClusterProcess cluster(
        { QStringLiteral("--agents"), QStringLiteral("2"), QStringLiteral("--demo-apps") });
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));
    // A task that forks a grandchild which ignores SIGTERM.
    QCOMPARE(
        httpRequest(
            "POST", cluster.marathonUrl() + QStringLiteral("/v2/apps"),
            R"({"id":"/forker","cmd":"(trap '' TERM; exec sleep 600) & exec sleep 600","cpus":0.1,"mem":16})")
            .status,
        201);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return appOf(cluster.marathonUrl(), QStringLiteral("/forker"))
                       .value(QLatin1String("tasksRunning"))
                       .toInt()
                == 1;
        },
        8000));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return appOf(cluster.marathonUrl(), QStringLiteral("/demo/web"))
                       .value(QLatin1String("tasksRunning"))
                       .toInt()
                == 2;
        },
        8000));
    QTest::qWait(300);
    const QList<qint64> tasks = childProcesses(cluster.pid());
    QVERIFY2(tasks.size() >= 5, qPrintable(QString::number(tasks.size())));
    QList<qint64> all = tasks;
    for (qint64 t : tasks)
        all += childProcesses(t);
    const QString workDir = cluster.workDir();
    cluster.stop();
    QVERIFY(QTest::qWaitFor(
        [&] { return std::none_of(all.begin(), all.end(), [](qint64 p) { return processAlive(p); }); },
        3000));
    QVERIFY(!QFileInfo::exists(workDir)); // the temporary work directory is removed
}

void tst_LocalClusterExecutable::scaleModeServesALargeStateQuickly()
{
    LocalClusterProcess cluster(
        { QStringLiteral("--scale"), QStringLiteral("agents=500,apps=2000,tasks=20000") });
    QVERIFY2(cluster.start(30000), qPrintable(cluster.error()));
    QElapsedTimer timer;
    timer.start();
    const HttpResult state = httpGet(cluster.leaderUrl() + QStringLiteral("/master/state"), 30000);
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(state.status, 200);
    qInfo("scale mode: /master/state of %lld bytes in %lld ms", qint64(state.body.size()), elapsed);
    QVERIFY(elapsed < 3000);
    const QJsonObject o = state.json().object();
    QCOMPARE(o.value(QLatin1String("slaves")).toArray().size(), 500);
    QCOMPARE(o.value(QLatin1String("frameworks"))
                 .toArray()[0]
                 .toObject()
                 .value(QLatin1String("tasks"))
                 .toArray()
                 .size(),
             20000);
    QCOMPARE(httpGet(cluster.marathonUrl() + QStringLiteral("/v2/apps"))
                 .json()
                 .object()
                 .value(QLatin1String("apps"))
                 .toArray()
                 .size(),
             2000);
    const QJsonObject metrics
        = httpGet(cluster.leaderUrl() + QStringLiteral("/metrics/snapshot")).json().object();
    QCOMPARE(metrics.value(QLatin1String("master/tasks_running")).toDouble(), 20000.0);
}

void tst_LocalClusterExecutable::badFlagsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("masters zero") << QStringList { QStringLiteral("--masters"), QStringLiteral("0") };
    QTest::newRow("masters not a number")
        << QStringList { QStringLiteral("--masters"), QStringLiteral("three") };
    QTest::newRow("bad scale") << QStringList { QStringLiteral("--scale"), QStringLiteral("agents=lots") };
    QTest::newRow("bad fault") << QStringList { QStringLiteral("--fault"), QStringLiteral("master/state") };
    QTest::newRow("unknown flag") << QStringList { QStringLiteral("--frobnicate") };
    QTest::newRow("stray argument") << QStringList { QStringLiteral("extra") };
    QTest::newRow("bad address") << QStringList { QStringLiteral("--address"), QStringLiteral("example") };
}

void tst_LocalClusterExecutable::badFlagsAreUsageErrors()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(executablePath(QStringLiteral("localcluster")), arguments);
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().startsWith("localcluster: "));
}

QTEST_GUILESS_MAIN(tst_LocalClusterExecutable)
#include "tst_LocalClusterExecutable.moc"
