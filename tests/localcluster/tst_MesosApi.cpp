// The Mesos side of localcluster: every master and agent endpoint over real
// HTTP, checked against the Mesos 1.11 payload shapes in tests/fixtures/mesos.

#include "tests/localcluster/LocalClusterTestSupport.h"

#include <QDir>
#include <QTest>

using namespace mc::test;
using mc::localcluster::Cluster;

class tst_MesosApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void stateHasTheMesosShape();
    void readEndpointsHaveTheMesosShape_data();
    void readEndpointsHaveTheMesosShape();
    void standbyRedirectsStateEndpointsToTheLeader_data();
    void standbyRedirectsStateEndpointsToTheLeader();
    void redirectEndpointAlwaysAnswers307();
    void standbyAnswersHealthMetricsAndVersionItself();
    void metricsSayElectedOnlyOnTheLeader();
    void tasksArePagedAndOrdered();
    void tasksRejectBadQueries();
    void agentStateListsExecutorsWithTheirSandbox();
    void agentMonitorStatisticsReportTheTaskProcesses();
    void agentMetricsHaveTheMesosShape();
    void flagsAndDebugAreStringMaps();
    void filesBrowseListsTheSandbox();
    void filesReadProbesReadsAndCaps();
    void filesReadErrorsAsMesos_data();
    void filesReadErrorsAsMesos();
    void filesReadErrorBodiesMatchMesos();
    void filesReadSendsRawBytes();
    void filesDownloadSendsTheFile();
    void operatorApiReadsAndListsFiles();
    void faultsDelayFailCorruptAndDrop();
    void httpAuthenticationWhenAsked();
    void finishedAndKilledTasksShowInMesos();
    void completedSandboxStaysUntilGarbageCollected();
    void leaderFailoverElectsAStandby(); // last: it changes the leader

private:
    QString sandbox() const;
    std::unique_ptr<Cluster> m_cluster;
    QString m_taskId;
};

void tst_MesosApi::initTestCase()
{
    m_cluster = std::make_unique<Cluster>(fastOptions(3, 2));
    QString error;
    QVERIFY2(m_cluster->start(&error), qPrintable(error));
    const QJsonObject app {
        { QStringLiteral("id"), QStringLiteral("/probe") },
        { QStringLiteral("cmd"),
          QStringLiteral("echo hello-stdout; echo hello-stderr >&2; "
                         "printf 'Gr\\303\\274\\303\\237e aus K\\303\\266ln\\n'; exec sleep 600") },
        { QStringLiteral("instances"), 2 },
        { QStringLiteral("cpus"), 0.1 },
        { QStringLiteral("mem"), 16 },
        { QStringLiteral("labels"), QJsonObject { { QStringLiteral("team"), QStringLiteral("qa") } } }
    };
    QVERIFY(postAppAndWait(*m_cluster, app, 2));
    m_taskId = m_cluster->activeTasks().constFirst()->id;
    QVERIFY(
        QTest::qWaitFor([&] { return QFileInfo(sandbox() + QStringLiteral("/stdout")).size() > 0; }, 5000));
    QTest::qWait(200);
}

void tst_MesosApi::cleanupTestCase()
{
    m_cluster.reset();
}

// With credentials set, every Mesos and Marathon endpoint wants them (401 and a
// Basic challenge otherwise); the admin endpoint stays open for the tests.
void tst_MesosApi::httpAuthenticationWhenAsked()
{
    mc::localcluster::Options options = fastOptions(1, 1);
    options.httpCredentials = "ops:s3cr:et";
    options.httpToken = "tok-123";
    Cluster secured(options);
    QString error;
    QVERIFY2(secured.start(&error), qPrintable(error));
    const QString master = masterUrl(secured, 0);
    const QString marathon = marathonUrl(secured);
    const QStringList urls { master + QStringLiteral("/master/state"),
                             agentUrl(secured, 0) + QStringLiteral("/slave(1)/state"),
                             marathon + QStringLiteral("/v2/apps") };
    for (const QString &url : urls) {
        const HttpResult anonymous = httpGet(url);
        QCOMPARE(anonymous.status, 401);
        QCOMPARE(anonymous.header("WWW-Authenticate"), QByteArray("Basic realm=\"localcluster\""));
        const HttpResult wrong = httpRequest(
            "GET", url, {}, { { "Authorization", "Basic " + QByteArray("ops:nope").toBase64() } });
        QCOMPARE(wrong.status, 401);
        const HttpResult basic = httpRequest(
            "GET", url, {}, { { "Authorization", "Basic " + QByteArray("ops:s3cr:et").toBase64() } });
        QCOMPARE(basic.status, 200);
        const HttpResult token = httpRequest("GET", url, {}, { { "Authorization", "token=tok-123" } });
        QCOMPARE(token.status, 200);
    }
    QCOMPARE(httpGet(master + QStringLiteral("/__admin/endpoints")).status, 200);
}

// A task whose command exits 0 ends as TASK_FINISHED and one killed through Marathon as
// TASK_KILLED: both appear in /master/tasks and in the framework's completed tasks of
// /master/state.
void tst_MesosApi::finishedAndKilledTasksShowInMesos()
{
    const QString master = masterUrl(*m_cluster, m_cluster->leader());
    const QJsonObject app { { QStringLiteral("id"), QStringLiteral("/oneshot") },
                            { QStringLiteral("cmd"), QStringLiteral("echo done") },
                            { QStringLiteral("instances"), 1 },
                            { QStringLiteral("cpus"), 0.1 },
                            { QStringLiteral("mem"), 16 } };
    QCOMPARE(httpRequest("POST", marathonUrl(*m_cluster) + QStringLiteral("/v2/apps"), toJson(app)).status,
             201);
    const auto stateOf = [&](const QString &appPrefix, const QString &state) {
        const QJsonArray tasks = httpGet(master + QStringLiteral("/master/tasks?limit=1000"))
                                     .json()
                                     .object()
                                     .value(QLatin1String("tasks"))
                                     .toArray();
        for (const QJsonValue &t : tasks) {
            QJsonObject task = t.toObject();
            if (task.value(QLatin1String("id")).toString().startsWith(appPrefix)
                && task.value(QLatin1String("state")).toString() == state)
                return task;
        }
        return QJsonObject();
    };
    QJsonObject finished;
    QVERIFY(QTest::qWaitFor(
        [&] {
            return !(finished = stateOf(QStringLiteral("oneshot."), QStringLiteral("TASK_FINISHED")))
                        .isEmpty();
        },
        10000));
    const QJsonArray statuses = finished.value(QLatin1String("statuses")).toArray();
    QVERIFY(!statuses.isEmpty());
    QCOMPARE(statuses.last().toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("TASK_FINISHED"));
    QCOMPARE(httpRequest("DELETE", marathonUrl(*m_cluster) + QStringLiteral("/v2/apps/oneshot")).status, 200);

    // Kill the second /probe task (the first one's sandbox is read by other tests).
    QString victim;
    for (const auto &task : m_cluster->activeTasks()) {
        if (task->id != m_taskId && task->id.startsWith(QLatin1String("probe.")))
            victim = task->id;
    }
    QVERIFY(!victim.isEmpty());
    QCOMPARE(httpRequest("DELETE", marathonUrl(*m_cluster) + QStringLiteral("/v2/apps/probe/tasks/") + victim)
                 .status,
             200);
    QVERIFY(QTest::qWaitFor(
        [&] {
            return stateOf(victim, QStringLiteral("TASK_KILLED")).value(QLatin1String("id")).toString()
                == victim;
        },
        10000));
    const QJsonArray frameworks = httpGet(master + QStringLiteral("/master/state"))
                                      .json()
                                      .object()
                                      .value(QLatin1String("frameworks"))
                                      .toArray();
    QStringList completed;
    const QJsonArray completedTasks
        = frameworks.first().toObject().value(QLatin1String("completed_tasks")).toArray();
    for (const QJsonValue &t : completedTasks)
        completed << t.toObject().value(QLatin1String("state")).toString();
    QVERIFY2(completed.contains(QStringLiteral("TASK_FINISHED"))
                 && completed.contains(QStringLiteral("TASK_KILLED")),
             qPrintable(completed.join(u',')));
}

// A completed executor's sandbox stays browsable (real and virtual path) until the
// agent's garbage collection removes it; then /files answers 404 while the executor
// is still listed in completed_executors.
void tst_MesosApi::completedSandboxStaysUntilGarbageCollected()
{
    const QJsonObject app { { QStringLiteral("id"), QStringLiteral("/leftover") },
                            { QStringLiteral("cmd"), QStringLiteral("echo kept > report.txt; exit 3") },
                            { QStringLiteral("instances"), 1 },
                            { QStringLiteral("cpus"), 0.1 },
                            { QStringLiteral("mem"), 16 } };
    QCOMPARE(httpRequest("POST", marathonUrl(*m_cluster) + QStringLiteral("/v2/apps"), toJson(app)).status,
             201);
    mc::localcluster::TaskPtr done;
    QVERIFY(QTest::qWaitFor(
        [&] {
            for (const auto &t : m_cluster->completedTasks()) {
                if (t->id.startsWith(QLatin1String("leftover.")))
                    done = t;
            }
            return done != nullptr;
        },
        10000));
    QCOMPARE(httpRequest("DELETE", marathonUrl(*m_cluster) + QStringLiteral("/v2/apps/leftover")).status, 200);
    const QString agent = agentUrl(*m_cluster, done->agent);
    const QString virtualPath
        = QStringLiteral("/frameworks/%1/executors/%2/runs/latest").arg(m_cluster->frameworkId(), done->id);
    for (const QString &path : { done->sandbox, virtualPath }) {
        const HttpResult listing = httpGet(agent + QStringLiteral("/files/browse?path=") + path);
        QCOMPARE(listing.status, 200);
        QVERIFY2(listing.body.contains(QByteArray(path.toUtf8() + "/report.txt")), listing.body.constData());
        QCOMPARE(httpGet(agent + QStringLiteral("/files/download?path=") + path + QStringLiteral("/report.txt"))
                     .body,
                 QByteArray("kept\n"));
    }
    QCOMPARE(httpRequest("POST", agent + QStringLiteral("/__admin/tasks/") + done->id + QStringLiteral("/gc"))
                 .status,
             200);
    QCOMPARE(httpGet(agent + QStringLiteral("/files/browse?path=") + done->sandbox).status, 404);
    QCOMPARE(httpGet(agent + QStringLiteral("/files/browse?path=") + virtualPath).status, 404);
    QVERIFY(httpGet(agent + QStringLiteral("/slave(1)/state")).body.contains(done->id.toUtf8()));
    // A running task's sandbox is not collected.
    QCOMPARE(httpRequest("POST", agent + QStringLiteral("/__admin/tasks/") + m_taskId + QStringLiteral("/gc"))
                 .status,
             404);
}

QString tst_MesosApi::sandbox() const
{
    return m_cluster->task(m_taskId)->sandbox;
}

void tst_MesosApi::stateHasTheMesosShape()
{
    const HttpResult r = httpGet(masterUrl(*m_cluster, 0) + QStringLiteral("/master/state"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
    const QJsonObject state = r.json().object();
    QVERIFY(!state.isEmpty());
    JsonShapeOptions options;
    options.optional
        = { QStringLiteral("ports"), QStringLiteral("git_branch"), QStringLiteral("reregistered_time") };
    options.maps = { QStringLiteral("flags"), QStringLiteral("attributes") };
    MC_VERIFY_SHAPE(state, fixtureJson(QStringLiteral("mesos/state.assembled-1.11.json")).object(), options);

    QCOMPARE(state.value(QLatin1String("leader")).toString(), state.value(QLatin1String("pid")).toString());
    QCOMPARE(state.value(QLatin1String("slaves")).toArray().size(), 2);
    const QJsonArray tasks = state.value(QLatin1String("frameworks"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QLatin1String("tasks"))
                                 .toArray();
    QCOMPARE(tasks.size(), 2);
    const QJsonObject task = tasks.first().toObject();
    QCOMPARE(task.value(QLatin1String("state")).toString(), QStringLiteral("TASK_RUNNING"));
    QCOMPARE(task.value(QLatin1String("executor_id")).toString(), QString());
    const QJsonArray statuses = task.value(QLatin1String("statuses")).toArray();
    QCOMPARE(statuses.size(), 2);
    QCOMPARE(statuses[0].toObject().value(QLatin1String("state")).toString(),
             QStringLiteral("TASK_STARTING"));
    QCOMPARE(statuses[1].toObject().value(QLatin1String("state")).toString(), QStringLiteral("TASK_RUNNING"));
    QCOMPARE(task.value(QLatin1String("labels"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("value"))
                 .toString(),
             QStringLiteral("qa"));
}

void tst_MesosApi::readEndpointsHaveTheMesosShape_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("fixture");
    QTest::newRow("state-summary") << "/master/state-summary"
                                   << "mesos/state-summary.assembled-1.11.json";
    QTest::newRow("tasks") << "/master/tasks"
                           << "mesos/tasks.assembled-1.11.json";
    QTest::newRow("slaves") << "/master/slaves"
                            << "mesos/slaves.assembled-1.11.json";
    QTest::newRow("frameworks") << "/master/frameworks"
                                << "mesos/frameworks.assembled-1.11.json";
    QTest::newRow("version") << "/version"
                             << "mesos/version.help-example-0.26.0.json";
    QTest::newRow("unprefixed state-summary") << "/state-summary"
                                              << "mesos/state-summary.assembled-1.11.json";
}

void tst_MesosApi::readEndpointsHaveTheMesosShape()
{
    QFETCH(QString, path);
    QFETCH(QString, fixture);
    const HttpResult r = httpGet(masterUrl(*m_cluster, m_cluster->leader()) + path);
    QCOMPARE(r.status, 200);
    JsonShapeOptions options;
    options.optional
        = { QStringLiteral("ports"), QStringLiteral("git_branch"), QStringLiteral("reregistered_time") };
    options.maps = { QStringLiteral("flags"), QStringLiteral("attributes") };
    MC_VERIFY_SHAPE(r.json().object(), fixtureJson(fixture).object(), options);
}

void tst_MesosApi::standbyRedirectsStateEndpointsToTheLeader_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("state") << "/master/state";
    QTest::newRow("state with query") << "/master/state?jsonp=cb";
    QTest::newRow("state-summary") << "/master/state-summary";
    QTest::newRow("tasks") << "/master/tasks?limit=5&offset=1";
    QTest::newRow("slaves") << "/master/slaves";
    QTest::newRow("frameworks") << "/master/frameworks";
    QTest::newRow("unprefixed") << "/state";
}

void tst_MesosApi::standbyRedirectsStateEndpointsToTheLeader()
{
    QFETCH(QString, target);
    const int standby = m_cluster->leader() == 0 ? 1 : 0;
    const HttpResult r = httpGet(masterUrl(*m_cluster, standby) + target);
    QCOMPARE(r.status, 307);
    const QString leaderPort = QString::number(m_cluster->masters()[size_t(m_cluster->leader())].port);
    QCOMPARE(QString::fromUtf8(r.header("Location")), QStringLiteral("//127.0.0.1:") + leaderPort + target);
}

void tst_MesosApi::redirectEndpointAlwaysAnswers307()
{
    const QString expected
        = QStringLiteral("//127.0.0.1:%1").arg(m_cluster->masters()[size_t(m_cluster->leader())].port);
    for (int i = 0; i < 3; ++i) {
        const HttpResult r = httpGet(masterUrl(*m_cluster, i) + QStringLiteral("/master/redirect"));
        QCOMPARE(r.status, 307);
        QCOMPARE(QString::fromUtf8(r.header("Location")), expected);
    }
    QCOMPARE(httpGet(masterUrl(*m_cluster, 1) + QStringLiteral("/master/redirect/foo")).status, 404);
}

void tst_MesosApi::standbyAnswersHealthMetricsAndVersionItself()
{
    const int standby = m_cluster->leader() == 0 ? 2 : 0;
    QCOMPARE(httpGet(masterUrl(*m_cluster, standby) + QStringLiteral("/master/health")).status, 200);
    QCOMPARE(httpGet(masterUrl(*m_cluster, standby) + QStringLiteral("/metrics/snapshot")).status, 200);
    const HttpResult version = httpGet(masterUrl(*m_cluster, standby) + QStringLiteral("/version"));
    QCOMPARE(version.status, 200);
    QCOMPARE(version.json().object().value(QLatin1String("version")).toString(), QStringLiteral("1.11.0"));
}

void tst_MesosApi::metricsSayElectedOnlyOnTheLeader()
{
    const QJsonObject fixture
        = fixtureJson(QStringLiteral("mesos/metrics-snapshot.assembled-1.11.json")).object();
    JsonShapeOptions options;
    for (const QString &key : fixture.keys()) {
        if (key.startsWith(QLatin1String("master/frameworks/")))
            options.optional.insert(key);
    }
    for (int i = 0; i < 3; ++i) {
        const QJsonObject metrics
            = httpGet(masterUrl(*m_cluster, i) + QStringLiteral("/metrics/snapshot")).json().object();
        MC_VERIFY_SHAPE(metrics, fixture, options);
        QCOMPARE(metrics.value(QLatin1String("master/elected")).toDouble(),
                 i == m_cluster->leader() ? 1.0 : 0.0);
        if (i == m_cluster->leader()) {
            QCOMPARE(metrics.value(QLatin1String("master/tasks_running")).toDouble(), 2.0);
            QCOMPARE(metrics.value(QLatin1String("master/slaves_active")).toDouble(), 2.0);
            QVERIFY(metrics.value(QLatin1String("master/cpus_used")).toDouble() > 0.19);
        }
    }
}

void tst_MesosApi::tasksArePagedAndOrdered()
{
    const QString base = masterUrl(*m_cluster, m_cluster->leader()) + QStringLiteral("/master/tasks");
    const QJsonArray all = httpGet(base).json().object().value(QLatin1String("tasks")).toArray();
    QCOMPARE(all.size(), 2);
    const QJsonArray first
        = httpGet(base + QStringLiteral("?limit=1")).json().object().value(QLatin1String("tasks")).toArray();
    const QJsonArray second = httpGet(base + QStringLiteral("?limit=1&offset=1"))
                                  .json()
                                  .object()
                                  .value(QLatin1String("tasks"))
                                  .toArray();
    QCOMPARE(first.size(), 1);
    QCOMPARE(second.size(), 1);
    QVERIFY(first[0].toObject().value(QLatin1String("id"))
            != second[0].toObject().value(QLatin1String("id")));
    const QJsonArray asc = httpGet(base + QStringLiteral("?order=asc"))
                               .json()
                               .object()
                               .value(QLatin1String("tasks"))
                               .toArray();
    QCOMPARE(asc[0].toObject().value(QLatin1String("id")), all[1].toObject().value(QLatin1String("id")));
    QCOMPARE(httpGet(base + QStringLiteral("?offset=5"))
                 .json()
                 .object()
                 .value(QLatin1String("tasks"))
                 .toArray()
                 .size(),
             0);
    const QString id = all[0].toObject().value(QLatin1String("id")).toString();
    const QJsonArray one = httpGet(base + QStringLiteral("?task_id=") + id)
                               .json()
                               .object()
                               .value(QLatin1String("tasks"))
                               .toArray();
    QCOMPARE(one.size(), 1);
}

void tst_MesosApi::tasksRejectBadQueries()
{
    const QString base = masterUrl(*m_cluster, m_cluster->leader()) + QStringLiteral("/master/tasks");
    QCOMPARE(httpGet(base + QStringLiteral("?limit=abc")).status, 400);
    QCOMPARE(httpGet(base + QStringLiteral("?order=sideways")).status, 400);
}

void tst_MesosApi::agentStateListsExecutorsWithTheirSandbox()
{
    const int agent = m_cluster->task(m_taskId)->agent;
    const HttpResult r = httpGet(agentUrl(*m_cluster, agent) + QStringLiteral("/slave(1)/state"));
    QCOMPARE(r.status, 200);
    JsonShapeOptions options;
    // The fixture's one task is a Docker task with a health check; ours is a command task.
    options.optional
        = { QStringLiteral("ports"), QStringLiteral("git_branch"), QStringLiteral("role"),
            QStringLiteral("roles"), QStringLiteral("container"),  QStringLiteral("health_check") };
    options.maps = { QStringLiteral("flags"), QStringLiteral("attributes") };
    const QJsonObject state = r.json().object();
    MC_VERIFY_SHAPE(state, fixtureJson(QStringLiteral("mesos/state.agent-1.assembled-1.11.json")).object(),
                    options);
    bool found = false;
    const QJsonArray executors = state.value(QLatin1String("frameworks"))
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("executors"))
                                     .toArray();
    for (const QJsonValue &e : executors) {
        const QJsonObject executor = e.toObject();
        if (executor.value(QLatin1String("id")).toString() != m_taskId)
            continue;
        found = true;
        QCOMPARE(executor.value(QLatin1String("directory")).toString(), sandbox());
        QVERIFY(QFileInfo(executor.value(QLatin1String("directory")).toString()).isDir());
        QCOMPARE(executor.value(QLatin1String("tasks"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("id"))
                     .toString(),
                 m_taskId);
    }
    QVERIFY(found);
    // The same document without the process prefix.
    QCOMPARE(httpGet(agentUrl(*m_cluster, agent) + QStringLiteral("/state")).status, 200);
}

void tst_MesosApi::agentMonitorStatisticsReportTheTaskProcesses()
{
    const int agent = m_cluster->task(m_taskId)->agent;
    const HttpResult r
        = httpGet(agentUrl(*m_cluster, agent) + QStringLiteral("/slave(1)/monitor/statistics"));
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.json().array();
    // posix isolators: no cgroups-only fields.
    JsonShapeOptions posix;
    posix.optional = { QStringLiteral("cpus_nr_periods"),       QStringLiteral("cpus_nr_throttled"),
                       QStringLiteral("cpus_throttled_time_secs"), QStringLiteral("mem_anon_bytes"),
                       QStringLiteral("mem_file_bytes"),        QStringLiteral("mem_mapped_file_bytes") };
    MC_VERIFY_SHAPE(list, fixtureJson(QStringLiteral("mesos/monitor-statistics.help-example.json")).array(),
                    posix);
    const auto mine = std::find_if(list.begin(), list.end(), [&](const QJsonValue &v) {
        return v.toObject().value(QLatin1String("executor_id")).toString() == m_taskId;
    });
    QVERIFY(mine != list.end());
    QVERIFY(mine->toObject()
                .value(QLatin1String("statistics"))
                .toObject()
                .value(QLatin1String("mem_rss_bytes"))
                .toDouble()
            > 0);
}

void tst_MesosApi::flagsAndDebugAreStringMaps()
{
    const QJsonObject stateFixture = fixtureJson(QStringLiteral("mesos/state.assembled-1.11.json")).object();
    JsonShapeOptions options;
    options.maps = { QStringLiteral("flags") };
    const QJsonObject flags
        = httpGet(masterUrl(*m_cluster, 0) + QStringLiteral("/master/flags")).json().object();
    MC_VERIFY_SHAPE(flags,
                    QJsonObject({ { QStringLiteral("flags"), stateFixture.value(QLatin1String("flags")) } }),
                    options);
    QCOMPARE(flags.value(QLatin1String("flags")).toObject().value(QLatin1String("quorum")).toString(),
             QStringLiteral("2"));

    const int agent = m_cluster->task(m_taskId)->agent;
    JsonShapeOptions mapOptions;
    mapOptions.maps = { QString() };
    const QJsonObject debug
        = httpGet(agentUrl(*m_cluster, agent) + QStringLiteral("/files/debug")).json().object();
    MC_VERIFY_SHAPE(debug, fixtureJson(QStringLiteral("mesos/debug.agent-1.assembled.json")).object(),
                    mapOptions);
    const QString latest
        = QStringLiteral("/frameworks/%1/executors/%2/runs/latest").arg(m_cluster->frameworkId(), m_taskId);
    QCOMPARE(debug.value(latest).toString(), sandbox());
}

void tst_MesosApi::agentMetricsHaveTheMesosShape()
{
    const int agent = m_cluster->task(m_taskId)->agent;
    const QJsonObject metrics
        = httpGet(agentUrl(*m_cluster, agent) + QStringLiteral("/metrics/snapshot")).json().object();
    MC_VERIFY_SHAPE(
        metrics, fixtureJson(QStringLiteral("mesos/metrics-snapshot.agent-2.assembled-1.11.json")).object(),
        {});
    QCOMPARE(metrics.value(QLatin1String("slave/registered")).toDouble(), 1.0);
    QVERIFY(metrics.value(QLatin1String("slave/tasks_running")).toDouble() >= 1.0);
}

void tst_MesosApi::filesBrowseListsTheSandbox()
{
    const int agent = m_cluster->task(m_taskId)->agent;
    const HttpResult r
        = httpGet(agentUrl(*m_cluster, agent) + QStringLiteral("/files/browse?path=") + sandbox());
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.json().array();
    MC_VERIFY_SHAPE(
        list, fixtureJson(QStringLiteral("mesos/browse.web-sandbox.real-path.assembled.json")).array(), {});
    QStringList paths;
    for (const QJsonValue &v : list)
        paths.append(v.toObject().value(QLatin1String("path")).toString());
    QVERIFY(paths.contains(sandbox() + QStringLiteral("/stdout")));
    QVERIFY(paths.contains(sandbox() + QStringLiteral("/stderr")));
    // The 1.5+ virtual path of the latest run.
    const QString virtualPath
        = QStringLiteral("/frameworks/%1/executors/%2/runs/latest").arg(m_cluster->frameworkId(), m_taskId);
    const HttpResult v
        = httpGet(agentUrl(*m_cluster, agent) + QStringLiteral("/files/browse?path=") + virtualPath);
    QCOMPARE(v.status, 200);
    QCOMPARE(v.json().array().size(), list.size());
    QCOMPARE(httpGet(agentUrl(*m_cluster, agent) + QStringLiteral("/files/browse?path=/etc")).status, 404);
}

void tst_MesosApi::filesReadProbesReadsAndCaps()
{
    const int agent = m_cluster->task(m_taskId)->agent;
    const QString base = agentUrl(*m_cluster, agent) + QStringLiteral("/files/read?path=") + sandbox();
    const qint64 size = QFileInfo(sandbox() + QStringLiteral("/stdout")).size();
    const QJsonObject probe = httpGet(base + QStringLiteral("/stdout&offset=-1")).json().object();
    QCOMPARE(probe.value(QLatin1String("data")).toString(), QString());
    QCOMPARE(qint64(probe.value(QLatin1String("offset")).toDouble()), size);
    // 1.x: a missing offset is a size probe too.
    QCOMPARE(qint64(httpGet(base + QStringLiteral("/stdout"))
                        .json()
                        .object()
                        .value(QLatin1String("offset"))
                        .toDouble()),
             size);

    const QJsonObject chunk = httpGet(base + QStringLiteral("/stdout&offset=0&length=8")).json().object();
    QCOMPARE(chunk.value(QLatin1String("data")).toString(), QStringLiteral("Received"));
    QCOMPARE(chunk.value(QLatin1String("offset")).toInt(), 0);
    const QJsonObject stdoutAll = httpGet(base + QStringLiteral("/stdout&offset=0")).json().object();
    QVERIFY(stdoutAll.value(QLatin1String("data")).toString().contains(QStringLiteral("hello-stdout")));
    QVERIFY(httpGet(base + QStringLiteral("/stderr&offset=0"))
                .json()
                .object()
                .value(QLatin1String("data"))
                .toString()
                .contains(QStringLiteral("hello-stderr")));

    const QJsonObject beyond
        = httpGet(base + QStringLiteral("/stdout&offset=") + QString::number(size + 1000)).json().object();
    QCOMPARE(beyond.value(QLatin1String("data")).toString(), QString());
    QCOMPARE(qint64(beyond.value(QLatin1String("offset")).toDouble()), size + 1000);

    // Never more than 64 KiB per answer.
    QFile big(sandbox() + QStringLiteral("/big.log"));
    QVERIFY(big.open(QIODevice::WriteOnly));
    big.write(QByteArray(qsizetype(200) * 1024, 'x'));
    big.close();
    const QJsonObject capped
        = httpGet(base + QStringLiteral("/big.log&offset=10&length=100000")).json().object();
    QCOMPARE(capped.value(QLatin1String("data")).toString().size(), 64 * 1024);
    QCOMPARE(httpGet(base + QStringLiteral("/big.log&offset=0"))
                 .json()
                 .object()
                 .value(QLatin1String("data"))
                 .toString()
                 .size(),
             64 * 1024);
}

void tst_MesosApi::filesReadErrorsAsMesos_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no path") << "offset=0" << 400 << QByteArray("Expecting 'path=value' in query.\n");
    QTest::newRow("directory") << "path=SANDBOX" << 400 << QByteArray("Cannot read a directory.\n");
    QTest::newRow("negative offset") << "path=SANDBOX/stdout&offset=-5" << 400
                                     << QByteArray("Negative offset provided: -5.\n");
    QTest::newRow("bad offset") << "path=SANDBOX/stdout&offset=x" << 400 << QByteArray();
    QTest::newRow("missing file") << "path=SANDBOX/nope" << 404 << QByteArray();
    QTest::newRow("outside any sandbox") << "path=/etc/passwd&offset=0" << 404 << QByteArray();
    QTest::newRow("dot-dot escape") << "path=SANDBOX/../../../../../../../../etc/passwd&offset=0" << 404
                                    << QByteArray();
}

void tst_MesosApi::filesReadErrorsAsMesos()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    query.replace(QStringLiteral("SANDBOX"), sandbox());
    const int agent = m_cluster->task(m_taskId)->agent;
    const HttpResult r = httpGet(agentUrl(*m_cluster, agent) + QStringLiteral("/files/read?") + query);
    QCOMPARE(r.status, status);
    if (!body.isEmpty())
        QCOMPARE(r.body, body);
}

void tst_MesosApi::filesReadErrorBodiesMatchMesos()
{
    // The error exchanges of the fixture, replayed against this agent's sandbox.
    const QJsonArray exchanges = fixtureJson(QStringLiteral("mesos/read.web-stdout.exchanges.assembled.json"))
                                     .object()
                                     .value(QLatin1String("exchanges"))
                                     .toArray();
    const QString fixtureSandbox = QStringLiteral(
        "/var/lib/mesos/slaves/2d7c1c9e-4a6f-4b7e-8f3c-1a2b3c4d5e6f-S0/frameworks/"
        "2d7c1c9e-4a6f-4b7e-8f3c-1a2b3c4d5e6f-0000/"
        "executors/web.5e2b1c7a-d7f2-11ee-9c1b-0242ac110002/runs/1b7f0e58-8a3c-4d92-bf1e-0f6a9c3d2e71");
    const int agent = m_cluster->task(m_taskId)->agent;
    int checked = 0;
    for (const QJsonValue &v : exchanges) {
        const QJsonObject e = v.toObject();
        if (!e.contains(QLatin1String("status")))
            continue;
        QString request = e.value(QLatin1String("request")).toString();
        request.replace(fixtureSandbox, sandbox());
        const HttpResult r = httpGet(agentUrl(*m_cluster, agent) + request);
        QCOMPARE(r.status, e.value(QLatin1String("status")).toInt());
        QCOMPARE(QString::fromUtf8(r.body), e.value(QLatin1String("body")).toString());
        ++checked;
    }
    QCOMPARE(checked, 4);
}

void tst_MesosApi::filesReadSendsRawBytes()
{
    const int agent = m_cluster->task(m_taskId)->agent;
    const QByteArray content = [&] {
        QFile f(sandbox() + QStringLiteral("/stdout"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const qsizetype at = content.indexOf("Gr\xc3\xbc");
    QVERIFY(at > 0);
    const QString base = agentUrl(*m_cluster, agent) + QStringLiteral("/files/read?path=") + sandbox()
        + QStringLiteral("/stdout");
    // The whole word: raw UTF-8 inside the JSON string, nothing \u-escaped.
    const HttpResult whole = httpGet(base + QStringLiteral("&offset=%1&length=6").arg(at));
    QCOMPARE(whole.body,
             QByteArray("{\"data\":\"Gr\xc3\xbc\xc3\x9f\",\"offset\":") + QByteArray::number(at) + '}');
    // A range that splits 'ü' ends in a lone lead byte: not valid UTF-8, as from a real agent.
    const HttpResult split = httpGet(base + QStringLiteral("&offset=%1&length=3").arg(at));
    QCOMPARE(split.body, QByteArray("{\"data\":\"Gr\xc3\",\"offset\":") + QByteArray::number(at) + '}');
    QJsonParseError error {};
    QJsonDocument::fromJson(split.body, &error);
    QCOMPARE(error.error, QJsonParseError::IllegalUTF8String);
}

void tst_MesosApi::filesDownloadSendsTheFile()
{
    const int agent = m_cluster->task(m_taskId)->agent;
    const HttpResult r = httpGet(agentUrl(*m_cluster, agent) + QStringLiteral("/files/download?path=")
                                 + sandbox() + QStringLiteral("/stderr"));
    QCOMPARE(r.status, 200);
    QFile f(sandbox() + QStringLiteral("/stderr"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(r.body, f.readAll());
    QVERIFY(r.header("Content-Disposition").startsWith("attachment"));
    QCOMPARE(
        httpGet(agentUrl(*m_cluster, agent) + QStringLiteral("/files/download?path=") + sandbox()).status,
        400);
}

void tst_MesosApi::operatorApiReadsAndListsFiles()
{
    const int agent = m_cluster->task(m_taskId)->agent;
    const QString api = agentUrl(*m_cluster, agent) + QStringLiteral("/api/v1");
    const QList<QPair<QByteArray, QByteArray>> json { { "Accept", "application/json" } };
    auto call = [&](const QJsonObject &body) { return httpRequest("POST", api, toJson(body), json); };

    const HttpResult read
        = call({ { QStringLiteral("type"), QStringLiteral("READ_FILE") },
                 { QStringLiteral("read_file"),
                   QJsonObject { { QStringLiteral("path"), QString(sandbox() + QStringLiteral("/stdout")) },
                                 { QStringLiteral("offset"), 0 },
                                 { QStringLiteral("length"), 8 } } } });
    QCOMPARE(read.status, 200);
    MC_VERIFY_SHAPE(read.json().object(),
                    fixtureJson(QStringLiteral("mesos/v1.READ_FILE.response.json")).object(), {});
    const QJsonObject file = read.json().object().value(QLatin1String("read_file")).toObject();
    QCOMPARE(QByteArray::fromBase64(file.value(QLatin1String("data")).toString().toLatin1()),
             QByteArray("Received"));
    QCOMPARE(qint64(file.value(QLatin1String("size")).toDouble()),
             QFileInfo(sandbox() + QStringLiteral("/stdout")).size());

    const HttpResult list
        = call({ { QStringLiteral("type"), QStringLiteral("LIST_FILES") },
                 { QStringLiteral("list_files"), QJsonObject { { QStringLiteral("path"), sandbox() } } } });
    QCOMPARE(list.status, 200);
    MC_VERIFY_SHAPE(list.json().object(),
                    fixtureJson(QStringLiteral("mesos/v1.LIST_FILES.response.json")).object(), {});

    MC_VERIFY_SHAPE(call({ { QStringLiteral("type"), QStringLiteral("GET_HEALTH") } }).json().object(),
                    fixtureJson(QStringLiteral("mesos/v1.GET_HEALTH.response.json")).object(), {});
    const HttpResult version
        = httpRequest("POST", masterUrl(*m_cluster, m_cluster->leader()) + QStringLiteral("/api/v1"),
                      R"({"type":"GET_VERSION"})", json);
    MC_VERIFY_SHAPE(version.json().object(),
                    fixtureJson(QStringLiteral("mesos/v1.GET_VERSION.response.json")).object(), {});

    QCOMPARE(call({ { QStringLiteral("type"), QStringLiteral("READ_FILE") },
                    { QStringLiteral("read_file"),
                      QJsonObject { { QStringLiteral("path"), QStringLiteral("/etc/passwd") } } } })
                 .status,
             404);
    QCOMPARE(call({ { QStringLiteral("type"), QStringLiteral("GET_CONTAINERS") } }).status, 501);
    QCOMPARE(httpGet(api).status, 405);
}

void tst_MesosApi::faultsDelayFailCorruptAndDrop()
{
    const QString admin = marathonUrl(*m_cluster) + QStringLiteral("/__admin/faults");
    const QString leader = masterUrl(*m_cluster, m_cluster->leader());
    auto add = [&](const QJsonObject &fault) { return httpRequest("POST", admin, toJson(fault)).status; };
    QCOMPARE(add({ { QStringLiteral("target"), QStringLiteral("master") },
                   { QStringLiteral("path"), QStringLiteral("/master/state-summary") },
                   { QStringLiteral("mode"), QStringLiteral("error") },
                   { QStringLiteral("count"), 1 } }),
             201);
    QCOMPARE(httpGet(leader + QStringLiteral("/master/state-summary")).status, 500);
    QCOMPARE(httpGet(leader + QStringLiteral("/master/state-summary")).status, 200); // count 1: gone

    QCOMPARE(add({ { QStringLiteral("target"), QStringLiteral("master") },
                   { QStringLiteral("path"), QStringLiteral("/master/slaves") },
                   { QStringLiteral("mode"), QStringLiteral("malformed") } }),
             201);
    const HttpResult malformed = httpGet(leader + QStringLiteral("/master/slaves"));
    QCOMPARE(malformed.status, 200);
    QJsonParseError error {};
    QJsonDocument::fromJson(malformed.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);

    QCOMPARE(add({ { QStringLiteral("target"), QStringLiteral("master") },
                   { QStringLiteral("path"), QStringLiteral("/master/frameworks") },
                   { QStringLiteral("mode"), QStringLiteral("slow") },
                   { QStringLiteral("delayMs"), 600 } }),
             201);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(httpGet(leader + QStringLiteral("/master/frameworks")).status, 200);
    QVERIFY(timer.elapsed() >= 550);

    QCOMPARE(add({ { QStringLiteral("target"), QStringLiteral("*") },
                   { QStringLiteral("path"), QStringLiteral("/version") },
                   { QStringLiteral("mode"), QStringLiteral("drop") } }),
             201);
    const HttpResult dropped = httpGet(leader + QStringLiteral("/version"));
    QCOMPARE(dropped.status, 0);
    QVERIFY(!dropped.error.isEmpty());

    QCOMPARE(httpRequest("POST", admin, "{\"mode\":\"explode\"}").status, 400);
    QCOMPARE(httpRequest("DELETE", admin).status, 200);
    QCOMPARE(httpGet(leader + QStringLiteral("/version")).status, 200);
    QCOMPARE(httpGet(leader + QStringLiteral("/master/slaves"))
                 .json()
                 .object()
                 .value(QLatin1String("slaves"))
                 .toArray()
                 .size(),
             2);
}

void tst_MesosApi::leaderFailoverElectsAStandby()
{
    const int old = m_cluster->leader();
    const QString oldUrl = masterUrl(*m_cluster, old);
    const int standby = old == 0 ? 1 : 0;
    // Killed through the admin endpoint of another server, like a test would.
    const HttpResult kill = httpRequest(
        "POST", masterUrl(*m_cluster, standby) + QStringLiteral("/__admin/masters/leader/kill"));
    QCOMPARE(kill.status, 200);
    QCOMPARE(httpGet(oldUrl + QStringLiteral("/master/health")).status, 0); // process gone
    const HttpResult noLeader = httpGet(masterUrl(*m_cluster, standby) + QStringLiteral("/master/state"));
    QCOMPARE(noLeader.status, 503);
    QCOMPARE(noLeader.body, QByteArray("No leader elected"));
    QCOMPARE(httpGet(masterUrl(*m_cluster, standby) + QStringLiteral("/master/redirect")).status, 503);

    QElapsedTimer timer;
    timer.start();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return httpGet(masterUrl(*m_cluster, standby) + QStringLiteral("/master/redirect")).status == 307;
        },
        5000));
    QVERIFY(timer.elapsed() < 3000);
    const int leader = m_cluster->leader();
    QVERIFY(leader >= 0 && leader != old);
    const QJsonObject metrics
        = httpGet(masterUrl(*m_cluster, leader) + QStringLiteral("/metrics/snapshot")).json().object();
    QCOMPARE(metrics.value(QLatin1String("master/elected")).toDouble(), 1.0);
    const QJsonObject state
        = httpGet(masterUrl(*m_cluster, leader) + QStringLiteral("/master/state")).json().object();
    QCOMPARE(state.value(QLatin1String("leader_info")).toObject().value(QLatin1String("port")).toInt(),
             int(m_cluster->masters()[size_t(leader)].port));
    // The tasks survived the failover.
    QCOMPARE(state.value(QLatin1String("frameworks"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QLatin1String("tasks"))
                 .toArray()
                 .size(),
             2);

    QCOMPARE(
        httpRequest("POST",
                    masterUrl(*m_cluster, leader) + QStringLiteral("/__admin/masters/%1/restart").arg(old))
            .status,
        200);
    const HttpResult back = httpGet(oldUrl + QStringLiteral("/master/state"));
    QCOMPARE(back.status, 307);
    QCOMPARE(httpGet(oldUrl + QStringLiteral("/metrics/snapshot"))
                 .json()
                 .object()
                 .value(QLatin1String("master/elected"))
                 .toDouble(),
             0.0);
}

QTEST_GUILESS_MAIN(tst_MesosApi)
#include "tst_MesosApi.moc"
