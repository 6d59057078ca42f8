#include "core/haproxy/HaproxyConfig.h"
#include "core/haproxy/MarathonRoutes.h"

#include "tests/support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace mc::haproxy;

namespace {

QByteArray fixture(const QString &relative)
{
    QFile file(mc::test::fixturePath(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

RoutingOptions options()
{
    RoutingOptions o;
    o.domain = QStringLiteral("example.com");
    o.runAsUser.clear();
    return o;
}

// The lines of one section of a rendered haproxy.cfg ("backend shop_web_http"), up to the next blank line.
QStringList section(const QString &config, const QString &header)
{
    const QStringList lines = config.split(u'\n');
    const qsizetype start = lines.indexOf(header);
    QStringList out;
    for (qsizetype i = start + 1; start >= 0 && i < lines.size() && !lines.at(i).isEmpty(); ++i)
        out << lines.at(i).trimmed();
    return out;
}

} // namespace

// Marathon's JSON (GET /v2/apps?embed=apps.tasks) to routes: task health from
// healthCheckResults, HAProxy's own HTTP check from the app's health checks.
class tst_MarathonRoutes : public QObject
{
    Q_OBJECT

private slots:
    // Marathon 1.10 JSON with a healthy, an unhealthy and a not yet checked task of an app
    // with health checks: only the healthy one receives traffic; an app without health
    // checks has its running task routed.
    void onlyHealthyTasksOfCheckedAppsAreRouted()
    {
        const auto apps = routeAppsFromJson(fixture(QStringLiteral("marathon/health/apps_embed_tasks.json")));
        QVERIFY2(apps.ok(), qPrintable(apps.ok() ? QString() : apps.error().message));
        QCOMPARE(apps->size(), 2);
        const RouteApp &shop = apps->at(0);
        QCOMPARE(shop.id, QStringLiteral("/shop/web"));
        QVERIFY(shop.hasHealthChecks);
        QCOMPARE(shop.servicePorts, (QList<int> { 10001, 10002 }));
        QCOMPARE(shop.tasks.size(), 3);
        QCOMPARE(shop.tasks.at(0).healthy, std::optional<bool>(true));
        QCOMPARE(shop.tasks.at(1).healthy, std::optional<bool>(false)); // one check of two failing
        QCOMPARE(shop.tasks.at(2).healthy, std::optional<bool>()); // not checked yet
        for (const RouteTask &task : shop.tasks)
            QVERIFY(task.running);

        const auto config = renderConfig(apps.value(), options());
        QVERIFY(config.ok());
        const Route &shopRoute = config->routes.at(0);
        QCOMPARE(shopRoute.servers, QStringList { QStringLiteral("agent1.example.com:31011") });
        QCOMPARE(shopRoute.excludedTasks, 2);
        const Route &www = config->routes.at(1);
        QCOMPARE(www.appId, QStringLiteral("/www"));
        QCOMPARE(www.servers, QStringList { QStringLiteral("agent1.example.com:31001") });
        QCOMPARE(www.excludedTasks, 0);

        // In the file: the healthy task's ports only, on the Host-header backend and both service ports.
        QVERIFY(!config->text.contains(QStringLiteral("agent2.example.com")));
        QVERIFY(!config->text.contains(QStringLiteral("agent3.example.com")));
        QCOMPARE(
            section(config->text, QStringLiteral("backend shop_web_10002_tcp"))
                .filter(QStringLiteral("server ")),
            QStringList { QStringLiteral("server agent1.example.com_31012 agent1.example.com:31012 check") });
        QVERIFY(config->warnings.isEmpty());
    }

    // The app's first HTTP health check on port index 0 becomes HAProxy's own check of
    // the servers of its Host-header backend; an app without one gets none.
    void httpHealthCheckBecomesOptionHttpchk()
    {
        const auto apps = routeAppsFromJson(fixture(QStringLiteral("marathon/health/apps_embed_tasks.json")));
        QVERIFY(apps.ok());
        QCOMPARE(apps->at(0).httpHealthCheckPath, QStringLiteral("/health"));
        QCOMPARE(apps->at(1).httpHealthCheckPath, QString());
        const auto config = renderConfig(apps.value(), options());
        QVERIFY(config.ok());
        const QStringList shop = section(config->text, QStringLiteral("backend shop_web_http"));
        QVERIFY2(shop.contains(QStringLiteral("option httpchk GET /health")), qPrintable(shop.join(u'\n')));
        QVERIFY(!section(config->text, QStringLiteral("backend www_http"))
                     .join(u'\n')
                     .contains(QStringLiteral("httpchk")));
        QCOMPARE(config->text.count(QStringLiteral("httpchk")), 1);
        if (QStandardPaths::findExecutable(QStringLiteral("haproxy")).isEmpty())
            QFAIL("haproxy is not installed: run scripts/install-deps.sh");
        const mc::Status check = validateWithLocalHaproxy(config->text);
        QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error().detail));
    }

    void httpHealthCheckPathOfHealthChecks_data()
    {
        QTest::addColumn<QByteArray>("healthChecks");
        QTest::addColumn<QString>("path");
        QTest::newRow("HTTP, port index 0")
            << QByteArray(R"([{"protocol":"HTTP","path":"/health","portIndex":0}])") << "/health";
        QTest::newRow("MESOS_HTTP") << QByteArray(
            R"([{"protocol":"MESOS_HTTP","path":"/ping","portIndex":0}])")
                                    << "/ping";
        QTest::newRow("no protocol is HTTP") << QByteArray(R"([{"path":"/up"}])") << "/up";
        QTest::newRow("no path is /") << QByteArray(R"([{"protocol":"HTTP","portIndex":0}])") << "/";
        QTest::newRow("the first HTTP one after a TCP one")
            << QByteArray(R"([{"protocol":"TCP","portIndex":0},{"protocol":"HTTP","path":"/a"},)"
                          R"({"protocol":"HTTP","path":"/b"}])")
            << "/a";
        QTest::newRow("another port index")
            << QByteArray(R"([{"protocol":"HTTP","path":"/x","portIndex":1}])") << "";
        QTest::newRow("a fixed port")
            << QByteArray(R"([{"protocol":"MESOS_HTTP","path":"/x","port":8081}])") << "";
        // 1.4.13 REST documentation (/toggle): the first check is on port index 0, the second on a fixed
        // port.
        QTest::newRow("1.4 overridePort") << QByteArray(
            R"([{"command":null,"path":"/machinehealth","overridePort":3333,"protocol":"HTTP"},)"
            R"({"command":null,"path":"/health","portIndex":0,"protocol":"HTTP"}])")
                                          << "/health";
        QTest::newRow("HTTPS") << QByteArray(R"([{"protocol":"HTTPS","path":"/x","portIndex":0}])") << "";
        QTest::newRow("COMMAND") << QByteArray(R"([{"protocol":"COMMAND","command":{"value":"true"}}])")
                                 << "";
        QTest::newRow("none") << QByteArray("[]") << "";
    }
    void httpHealthCheckPathOfHealthChecks()
    {
        QFETCH(QByteArray, healthChecks);
        QFETCH(QString, path);
        QCOMPARE(httpHealthCheckPath(QJsonDocument::fromJson(healthChecks).array()), path);
    }

    // A path HAProxy would read as several words (or a comment) is left out, with a warning.
    void unusableCheckPathIsLeftOutWithAWarning()
    {
        RouteApp app { QStringLiteral("/www"), { 10000 }, true, QStringLiteral("/a b#c"), {} };
        app.tasks
            = { RouteTask { QStringLiteral("w.1"), QStringLiteral("agent1.test"), { 31001 }, true, true } };
        const auto config = renderConfig({ app }, options());
        QVERIFY(config.ok());
        QVERIFY(!config->text.contains(QStringLiteral("httpchk")));
        QCOMPARE(config->warnings.size(), 1);
        QVERIFY(config->warnings.first().contains(QStringLiteral("\"/a b#c\" of /www")));
    }

    void notMarathonJsonIsAnError()
    {
        const auto apps = routeAppsFromJson(R"({"message":"not an app list"})");
        QVERIFY(!apps.ok());
        QVERIFY(apps.error().message.contains(QStringLiteral("\"apps\"")));
        QVERIFY(!routeAppsFromJson("<html>").ok());
    }
};

QTEST_GUILESS_MAIN(tst_MarathonRoutes)
#include "tst_MarathonRoutes.moc"
