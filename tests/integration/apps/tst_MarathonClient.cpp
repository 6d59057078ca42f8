#include "core/http/HttpClient.h"
#include "core/marathon/AppDefinition.h"
#include "core/marathon/MarathonClient.h"
#include "core/marathon/MarathonParser.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TestPaths.h"
#include "tests/support/TinyHttpServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace mc::marathon;
using mc::http::HttpClient;
using mc::http::HttpResponse;

namespace {

QJsonObject fixture(const QString &name)
{
    QFile f(mc::test::fixturePath(QStringLiteral("apps/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(f.readAll()).object();
}

AppDefinition seedForm(const QString &id)
{
    AppDefinition d;
    d.id = id;
    d.image = QStringLiteral("nginx:1.25");
    d.cpus = 0.25;
    d.mem = 512;
    d.instances = 4;
    d.ports.append(PortMapping {});
    return d;
}

// The error of a result for a test message (QVERIFY2 evaluates its message even on success).
QString why(const ActionResult &r)
{
    return r.ok() ? QString() : r.outcome.error().message;
}

} // namespace

// MarathonClient against the localcluster Marathon (real HTTP, real task processes).
class TestMarathonClient : public QObject
{
    Q_OBJECT

    mc::test::LocalClusterProcess m_cluster {
        { QStringLiteral("--agents"), QStringLiteral("2"), QStringLiteral("--docker-stand-in"),
          QStringLiteral("nginx:1.25=exec sleep 600"), QStringLiteral("--kill-grace"), QStringLiteral("300") }
    };
    HttpClient *m_http = nullptr;
    MarathonClient *m_client = nullptr;

    template<typename Start> ActionResult run(Start start)
    {
        std::optional<ActionResult> result;
        start([&](ActionResult r) { result = std::move(r); });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 15000)) {
            ActionResult timedOut;
            timedOut.outcome = mc::Error { QStringLiteral("no answer within 15 s"), {} };
            return timedOut;
        }
        return *result;
    }

    std::vector<MarathonTask> tasksOf(const QString &appId)
    {
        std::optional<mc::Result<HttpResponse>> reply;
        m_http->get(
            QUrl(m_cluster.marathonUrl() + QStringLiteral("/v2/apps") + appId + QStringLiteral("/tasks")),
            this, [&](mc::Result<HttpResponse> r) { reply = std::move(r); });
        if (!QTest::qWaitFor([&] { return reply.has_value(); }, 10000) || !reply->ok()
            || !(*reply)->isSuccess())
            return {};
        const auto tasks = MarathonParser::parseTasks((*reply)->body);
        return tasks.ok() ? tasks.value() : std::vector<MarathonTask> {};
    }

    QSet<QString> runningTaskIds(const QString &appId)
    {
        QSet<QString> ids;
        for (const MarathonTask &t : tasksOf(appId))
            if (t.state == u"TASK_RUNNING")
                ids.insert(t.id);
        return ids;
    }

    QJsonObject appJson(const QString &appId)
    {
        std::optional<mc::Result<QJsonObject>> app;
        m_client->fetchApp(appId, this, [&](mc::Result<QJsonObject> r) { app = std::move(r); });
        if (!QTest::qWaitFor([&] { return app.has_value(); }, 10000) || !app->ok())
            return {};
        return app->value();
    }

    bool waitNoDeployments(const QString &appId, int timeoutMs = 15000)
    {
        return QTest::qWaitFor(
            [&] {
                const QJsonObject a = appJson(appId);
                return !a.isEmpty() && a.value(QStringLiteral("deployments")).toArray().isEmpty();
            },
            timeoutMs);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
        m_http = new HttpClient({}, this);
        m_client = new MarathonClient(m_http, QUrl(m_cluster.marathonUrl()), this);
        std::optional<mc::Result<AppDialect>> dialect;
        m_client->detectDialect(this, [&](mc::Result<AppDialect> d) { dialect = std::move(d); });
        QVERIFY(QTest::qWaitFor([&] { return dialect.has_value(); }, 10000));
        QVERIFY2(dialect->ok(), qPrintable(dialect->ok() ? QString() : dialect->error().message));
        QCOMPARE(dialect->value(), AppDialect::V15); // localcluster says 1.9.109
    }

    void seedFormLaunchesFourTasksAndMarathonStoresTheSameApp()
    {
        const QString id = QStringLiteral("/seed/web");
        const AppDefinition form = seedForm(id);
        QCOMPARE(form.toJson(AppDialect::V15), fixture(QStringLiteral("seed-web.v15.json")));
        const ActionResult created = run([&](auto cb) { m_client->createApp(form, this, cb); });
        QVERIFY2(created.ok(), qPrintable(why(created)));
        QCOMPARE(created.status, 201);
        QVERIFY(!created.outcome->deploymentId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(runningTaskIds(id).size(), 4, 15000);
        // What Marathon stored reads back into the same form.
        const AppDefinition stored = AppDefinition::fromJson(appJson(id));
        QCOMPARE(stored.image, form.image);
        QCOMPARE(stored.cpus, form.cpus);
        QCOMPARE(stored.mem, form.mem);
        QCOMPARE(stored.instances, form.instances);
        QCOMPARE(stored.network, form.network);
        QCOMPARE(stored.ports.size(), 1);
        QVERIFY(stored.ports[0].servicePort > 0); // Marathon picked a service port for the dynamic one
    }

    void fullFeaturedAppIsAccepted()
    {
        AppDefinition full = AppDefinition::fromJson(fixture(QStringLiteral("full-app.v15.json")));
        full.id = QStringLiteral("/full/api");
        full.instances = 1;
        full.cmd = QStringLiteral("exec sleep 600");
        full.image.clear(); // a command app with the same fields; the Docker stand-in is tested above
        full.network = NetworkMode::Host;
        full.dockerExtra = {};
        full.containerExtra = {};
        full.volumes.clear();
        full.healthChecks.removeFirst(); // no HTTP server in `sleep`
        full.healthChecks[0].command = QStringLiteral("true");
        full.healthChecks[0].gracePeriodSeconds = 5;
        full.healthChecks[0].intervalSeconds = 2;
        full.healthChecks[0].timeoutSeconds = 1;
        full.fetch.clear();
        full.constraints = { { QStringLiteral("hostname"), QStringLiteral("UNIQUE"), {} } };
        QVERIFY2(full.validate().isEmpty(),
                 qPrintable(full.validate().value(0).path + full.validate().value(0).message));
        const ActionResult created = run([&](auto cb) { m_client->createApp(full, this, cb); });
        QVERIFY2(created.ok(), qPrintable(why(created)));
        QTRY_COMPARE_WITH_TIMEOUT(runningTaskIds(full.id).size(), 1, 15000);
        const AppDefinition stored = AppDefinition::fromJson(appJson(full.id));
        QCOMPARE(stored.env, full.env);
        QCOMPARE(stored.labels, full.labels);
        QCOMPARE(stored.healthChecks.size(), 1);
        QCOMPARE(stored.upgradeStrategy, full.upgradeStrategy);
        QCOMPARE(stored.extra.value(QStringLiteral("killSelection")).toString(),
                 QStringLiteral("OLDEST_FIRST"));
    }

    void restartReplacesEveryTaskId()
    {
        const QString id = QStringLiteral("/seed/web");
        QVERIFY(waitNoDeployments(id));
        const QSet<QString> before = runningTaskIds(id);
        QCOMPARE(before.size(), 4);
        const ActionResult restarted = run([&](auto cb) { m_client->restartApp(id, false, this, cb); });
        QVERIFY2(restarted.ok(), qPrintable(why(restarted)));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QSet<QString> now = runningTaskIds(id);
                return now.size() == 4 && !now.intersects(before);
            }(),
            20000);
    }

    void scaleUpThenDownThenSuspend()
    {
        const QString id = QStringLiteral("/seed/web");
        QVERIFY(waitNoDeployments(id, 20000));
        QVERIFY(run([&](auto cb) { m_client->scaleApp(id, 5, false, this, cb); }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(runningTaskIds(id).size(), 5, 15000);
        QVERIFY(waitNoDeployments(id));
        QVERIFY(run([&](auto cb) { m_client->scaleApp(id, 2, false, this, cb); }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(runningTaskIds(id).size(), 2, 15000);
        QVERIFY(waitNoDeployments(id));
        QVERIFY(run([&](auto cb) { m_client->suspendApp(id, false, this, cb); }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(runningTaskIds(id).size(), 0, 15000);
        QCOMPARE(appJson(id).value(QStringLiteral("instances")).toInt(), 0);
        QVERIFY(waitNoDeployments(id));
        QVERIFY(run([&](auto cb) { m_client->scaleApp(id, 2, false, this, cb); }).ok()); // resume
        QTRY_COMPARE_WITH_TIMEOUT(runningTaskIds(id).size(), 2, 15000);
    }

    void killWithoutScaleIsReplacedWithScaleShrinks()
    {
        const QString id = QStringLiteral("/seed/web");
        QVERIFY(waitNoDeployments(id, 20000));
        const QStringList ids = runningTaskIds(id).values();
        QCOMPARE(ids.size(), 2);
        QVERIFY(run([&](auto cb) { m_client->killTasks({ ids[0] }, false, false, this, cb); }).ok());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QSet<QString> now = runningTaskIds(id);
                return now.size() == 2 && !now.contains(ids[0]);
            }(),
            15000);
        QCOMPARE(appJson(id).value(QStringLiteral("instances")).toInt(), 2);
        const ActionResult scaled
            = run([&](auto cb) { m_client->killTasks({ ids[1] }, true, false, this, cb); });
        QVERIFY2(scaled.ok(), qPrintable(why(scaled)));
        QVERIFY(!scaled.outcome->deploymentId.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(runningTaskIds(id).size(), 1, 15000);
        QCOMPARE(appJson(id).value(QStringLiteral("instances")).toInt(), 1);
    }

    void updateSendsOnlyTheChangeAndLockedAppNeedsForce()
    {
        // A health check that never passes keeps the deployment open: the app is locked.
        AppDefinition app;
        app.id = QStringLiteral("/locked/app");
        app.cmd = QStringLiteral("exec sleep 600");
        app.cpus = 0.1;
        app.mem = 32;
        HealthCheck never;
        never.protocol = QStringLiteral("COMMAND");
        never.command = QStringLiteral("false");
        never.gracePeriodSeconds = 600;
        never.intervalSeconds = 2;
        never.timeoutSeconds = 1;
        app.healthChecks = { never };
        const ActionResult created = run([&](auto cb) { m_client->createApp(app, this, cb); });
        QVERIFY2(created.ok(), qPrintable(why(created)));
        const QString blocking = created.outcome->deploymentId;

        const QJsonObject before = appJson(app.id);
        AppDefinition changed = AppDefinition::fromJson(before);
        changed.env = { { QStringLiteral("MODE"), QStringLiteral("b") } };
        const ActionResult locked
            = run([&](auto cb) { m_client->updateApp(before, changed, false, this, cb); });
        QVERIFY(!locked.ok());
        QVERIFY(locked.isLocked());
        QCOMPARE(locked.blockingDeployments, QStringList { blocking });
        QVERIFY2(locked.outcome.error().message.contains(blocking), qPrintable(why(locked)));
        QVERIFY(locked.outcome.error().message.contains(QStringLiteral("force")));

        const ActionResult forced
            = run([&](auto cb) { m_client->updateApp(before, changed, true, this, cb); });
        QVERIFY2(forced.ok(), qPrintable(why(forced)));
        QCOMPARE(AppDefinition::fromJson(appJson(app.id)).env, changed.env);

        // Roll back the (still running) forced deployment: a new deployment back to the old config.
        const ActionResult rolledBack = run(
            [&](auto cb) { m_client->rollbackDeployment(forced.outcome->deploymentId, false, this, cb); });
        QVERIFY2(rolledBack.ok(), qPrintable(why(rolledBack)));
        QVERIFY(!rolledBack.outcome->deploymentId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(AppDefinition::fromJson(appJson(app.id)).env.isEmpty(), 10000);
    }

    void rejectedDefinitionLandsOnTheField()
    {
        AppDefinition bad = seedForm(QStringLiteral("/bad/app"));
        bad.upgradeStrategy = UpgradeStrategy { 2, 1 };
        const ActionResult r = run([&](auto cb) { m_client->createApp(bad, this, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.status, 422);
        QCOMPARE(r.fieldErrors.size(), 1);
        QCOMPARE(r.fieldErrors.first().path, QStringLiteral("/upgradeStrategy/minimumHealthCapacity"));
        QVERIFY(r.outcome.error().message.contains(QStringLiteral("/upgradeStrategy/minimumHealthCapacity")));
    }

    void destroyRemovesAppAndTasks()
    {
        const QString id = QStringLiteral("/seed/web");
        const ActionResult r = run([&](auto cb) { m_client->destroyApp(id, this, cb); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QTRY_VERIFY_WITH_TIMEOUT(appJson(id).isEmpty(), 10000);
        const ActionResult again = run([&](auto cb) { m_client->destroyApp(id, this, cb); });
        QCOMPARE(again.status, 404);
        QVERIFY(again.outcome.error().message.contains(QStringLiteral("does not exist")));
    }

    void oldServersGetTheirDialect_data()
    {
        QTest::addColumn<int>("infoStatus");
        QTest::addColumn<QByteArray>("version");
        QTest::addColumn<QString>("expected");
        QTest::newRow("0.6 (no /v2/info)") << 404 << QByteArray() << QStringLiteral("seed-web.v06.json");
        QTest::newRow("1.10") << 200 << QByteArray("1.10.26") << QStringLiteral("seed-web.v15.json");
    }
    void oldServersGetTheirDialect()
    {
        QFETCH(int, infoStatus);
        QFETCH(QByteArray, version);
        QFETCH(QString, expected);
        mc::test::TinyHttpServer server;
        QVERIFY(server.listen());
        server.json("/v2/info",
                    infoStatus == 404 ? QByteArray(R"({"message":"not found"})")
                                      : QByteArray(R"({"name":"marathon","version":")") + version + "\"}",
                    infoStatus);
        server.json("/v2/apps", R"({"id":"/seed/web","deployments":[{"id":"d-1"}]})", 201);
        MarathonClient client(m_http, server.url());
        std::optional<mc::Result<AppDialect>> dialect;
        client.detectDialect(this, [&](mc::Result<AppDialect> d) { dialect = std::move(d); });
        QVERIFY(QTest::qWaitFor([&] { return dialect.has_value(); }, 10000));
        QVERIFY(dialect->ok());
        const ActionResult r
            = run([&](auto cb) { client.createApp(seedForm(QStringLiteral("/seed/web")), this, cb); });
        QVERIFY2(r.ok(), qPrintable(why(r)));
        QCOMPARE(r.outcome->deploymentId, QStringLiteral("d-1"));
        const auto &posted = server.requests().last();
        QCOMPARE(posted.method, QByteArray("POST"));
        QCOMPARE(QJsonDocument::fromJson(posted.body).object(), fixture(expected));
    }

    void unauthorizedAndUnreachableSayWhatToDo()
    {
        mc::test::TinyHttpServer server;
        QVERIFY(server.listen());
        server.json("/v2/apps/x", R"(<html>401</html>)", 401);
        MarathonClient client(m_http, server.url());
        const ActionResult denied
            = run([&](auto cb) { client.scaleApp(QStringLiteral("x"), 1, false, this, cb); });
        QCOMPARE(denied.status, 401);
        QVERIFY(denied.outcome.error().message.contains(QStringLiteral("cluster settings")));
        server.close();
        const ActionResult down
            = run([&](auto cb) { client.scaleApp(QStringLiteral("x"), 1, false, this, cb); });
        QCOMPARE(down.status, 0);
        QVERIFY(down.outcome.error().message.startsWith(QStringLiteral("Scaling app /x to 1 failed: ")));
    }
};

QTEST_GUILESS_MAIN(TestMarathonClient)
#include "tst_MarathonClient.moc"
