// localcluster's /v2/groups writes over HTTP, as Marathon's GroupsResource answers them:
// create (201, 409 when it exists), update (the apps and groups named replace what is there),
// scaleBy, delete, dependencies ordering the deployment, the deployment lock.
#include "localcluster/Cluster.h"
#include "tests/localcluster/LocalClusterTestSupport.h"

#include <QJsonArray>
#include <QTest>

using namespace mc::localcluster;
using namespace mc::test;

namespace {

QJsonObject sleeper(const QString &id, int instances)
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("cmd"), QStringLiteral("exec sleep 600") },
             { QStringLiteral("instances"), instances },
             { QStringLiteral("cpus"), 0.01 },
             { QStringLiteral("mem"), 8 } };
}

QJsonObject fromJson(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

QStringList appIds(const QJsonObject &group)
{
    QStringList ids;
    for (const QJsonArray items = group.value(QLatin1String("apps")).toArray(); const QJsonValue &a : items)
        ids.append(a.toObject().value(QLatin1String("id")).toString());
    return ids;
}

} // namespace

class tst_MarathonGroups : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_cluster = std::make_unique<Cluster>(fastOptions(1, 1));
        QString error;
        QVERIFY2(m_cluster->start(&error), qPrintable(error));
    }
    void cleanup() { m_cluster.reset(); }

    void postCreatesGroupOrderedByDependencies()
    {
        const QJsonObject group = fromJson(R"({"id": "/prod", "apps": [
            {"id": "web", "cmd": "exec sleep 600", "cpus": 0.01, "mem": 8, "dependencies": ["/prod/db"]},
            {"id": "/prod/db", "cmd": "exec sleep 600", "cpus": 0.01, "mem": 8}],
            "groups": [{"id": "batch", "dependencies": ["/prod/db"]}]})");
        const HttpResult r = post(QStringLiteral("/v2/groups"), group);
        QCOMPARE(r.status, 201);
        QVERIFY(r.header("Location").endsWith("/v2/groups/prod"));
        const QString deploymentId = r.json().object().value(QLatin1String("deploymentId")).toString();
        QVERIFY(!deploymentId.isEmpty());
        QCOMPARE(r.header("Marathon-Deployment-Id"), deploymentId.toUtf8());

        const QJsonArray deployments = get(QStringLiteral("/v2/deployments")).json().array();
        QCOMPARE(deployments.size(), 1);
        const QJsonArray steps = deployments[0].toObject().value(QLatin1String("steps")).toArray();
        QCOMPARE(steps.size(), 3); // start both, then the database, then what depends on it
        QCOMPARE(steps[1].toObject()[u"actions"_qs].toArray()[0].toObject()[u"app"_qs].toString(),
                 u"/prod/db"_qs);
        QCOMPARE(steps[2].toObject()[u"actions"_qs].toArray()[0].toObject()[u"app"_qs].toString(),
                 u"/prod/web"_qs);

        const QJsonObject prod = get(QStringLiteral("/v2/groups/prod")).json().object();
        QCOMPARE(appIds(prod), (QStringList { u"/prod/db"_qs, u"/prod/web"_qs }));
        const QJsonArray children = prod.value(QLatin1String("groups")).toArray();
        QCOMPARE(children.size(), 1);
        QCOMPARE(children[0].toObject()[u"id"_qs].toString(), u"/prod/batch"_qs);
        QCOMPARE(children[0].toObject()[u"dependencies"_qs].toArray(), QJsonArray { u"/prod/db"_qs });
        QVERIFY(waitForRunning(u"/prod/web"_qs, 1));

        const HttpResult again
            = post(QStringLiteral("/v2/groups"), QJsonObject { { u"id"_qs, u"/prod"_qs } });
        QCOMPARE(again.status, 409);
        QVERIFY(again.json().object()[u"message"_qs].toString().contains(u"already created"_qs));
    }

    void putReplacesTheAppsItNames()
    {
        QCOMPARE(postProd(1, 1, 1).status, 201);
        QVERIFY(waitForDeployments());
        QJsonObject changed = sleeper(u"a"_qs, 1);
        changed.insert(u"cmd"_qs, u"exec sleep 601"_qs);
        // `apps` given: b goes, a restarts; `groups` absent: /prod/sub stays.
        const HttpResult r
            = put(QStringLiteral("/v2/groups/prod"), QJsonObject { { u"apps"_qs, QJsonArray { changed } } });
        QCOMPARE(r.status, 200);
        const QJsonArray deployments = get(QStringLiteral("/v2/deployments")).json().array();
        QCOMPARE(deployments.size(), 1);
        QCOMPARE(deployments[0].toObject()[u"affectedApps"_qs].toArray(),
                 (QJsonArray { u"/prod/b"_qs, u"/prod/a"_qs }));
        QVERIFY(waitForDeployments());
        const QJsonObject prod = get(QStringLiteral("/v2/groups/prod")).json().object();
        QCOMPARE(appIds(prod), QStringList { u"/prod/a"_qs });
        QCOMPARE(prod[u"apps"_qs].toArray()[0].toObject()[u"cmd"_qs].toString(), u"exec sleep 601"_qs);
        QCOMPARE(get(QStringLiteral("/v2/groups/prod/sub")).status, 200);
        QCOMPARE(get(QStringLiteral("/v2/apps/prod/b")).status, 404);

        // `groups` given without /prod/sub: it goes with its app.
        QCOMPARE(
            put(QStringLiteral("/v2/groups/prod"), QJsonObject { { u"groups"_qs, QJsonArray() } }).status,
            200);
        QVERIFY(waitForDeployments());
        QCOMPARE(get(QStringLiteral("/v2/groups/prod/sub")).status, 404);
        QCOMPARE(get(QStringLiteral("/v2/apps/prod/sub/c")).status, 404);
        QCOMPARE(get(QStringLiteral("/v2/apps/prod/a")).status, 200);
    }

    void scaleByMultipliesEveryAppBelow()
    {
        QCOMPARE(postProd(1, 2, 3).status, 201);
        QVERIFY(waitForDeployments());
        QCOMPARE(put(QStringLiteral("/v2/groups/prod"), fromJson(R"({"scaleBy": 2})")).status, 200);
        QVERIFY(waitForRunning(u"/prod/a"_qs, 2));
        QVERIFY(waitForRunning(u"/prod/b"_qs, 4));
        QVERIFY(waitForRunning(u"/prod/sub/c"_qs, 6));
        QVERIFY(waitForDeployments());
        QCOMPARE(put(QStringLiteral("/v2/groups/prod"), fromJson(R"({"scaleBy": 0.5})")).status, 200);
        QVERIFY(waitForRunning(u"/prod/sub/c"_qs, 3));

        QCOMPARE(put(QStringLiteral("/v2/groups/none"), fromJson(R"({"scaleBy": 2})")).status, 404);
        QCOMPARE(put(QStringLiteral("/v2/groups/prod"), fromJson(R"({"scaleBy": 2, "apps": []})")).status,
                 422);
    }

    void lockedGroupNeedsForce()
    {
        QJsonObject slow = sleeper(u"slow"_qs, 1);
        slow.insert(u"cmd"_qs, u"exit 1"_qs); // never runs: its deployment never ends
        QCOMPARE(post(QStringLiteral("/v2/groups"),
                      QJsonObject { { u"id"_qs, u"/prod"_qs }, { u"apps"_qs, QJsonArray { slow } } })
                     .status,
                 201);
        const HttpResult locked = put(QStringLiteral("/v2/groups/prod"), fromJson(R"({"scaleBy": 2})"));
        QCOMPARE(locked.status, 409);
        QCOMPARE(locked.json().object()[u"deployments"_qs].toArray().size(), 1);
        QCOMPARE(put(QStringLiteral("/v2/groups/prod?force=true"), fromJson(R"({"scaleBy": 2})")).status,
                 200);
        QCOMPARE(get(QStringLiteral("/v2/deployments")).json().array().size(), 1);
    }

    void deleteStopsEveryAppBelow()
    {
        QCOMPARE(post(QStringLiteral("/v2/groups"),
                      QJsonObject { { u"id"_qs, u"/prod"_qs },
                                    { u"apps"_qs, QJsonArray { sleeper(u"a"_qs, 1) } } })
                     .status,
                 201);
        QVERIFY(waitForRunning(u"/prod/a"_qs, 1));
        QVERIFY(waitForDeployments());
        const HttpResult r
            = httpRequest("DELETE", marathonUrl(*m_cluster) + QStringLiteral("/v2/groups/prod"));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json().object()[u"deploymentId"_qs].toString().isEmpty());
        QVERIFY(waitForDeployments());
        QCOMPARE(get(QStringLiteral("/v2/groups/prod")).status, 404);
        QCOMPARE(get(QStringLiteral("/v2/apps/prod/a")).status, 404);
        QCOMPARE(httpRequest("DELETE", marathonUrl(*m_cluster) + QStringLiteral("/v2/groups/prod")).status,
                 404);
    }

    void emptyGroupIsKept()
    {
        QCOMPARE(post(QStringLiteral("/v2/groups"), fromJson(R"({"id": "/empty"})")).status, 201);
        const QJsonObject root = get(QStringLiteral("/v2/groups")).json().object();
        QCOMPARE(root[u"groups"_qs].toArray().size(), 1);
        QCOMPARE(root[u"groups"_qs].toArray()[0].toObject()[u"id"_qs].toString(), u"/empty"_qs);
        QCOMPARE(get(QStringLiteral("/v2/groups/empty")).json().object()[u"apps"_qs].toArray(), QJsonArray());
    }

    void invalidUpdatesAre422()
    {
        const HttpResult bad = post(QStringLiteral("/v2/groups"), fromJson(R"({"id": "/prod", "apps": [
            {"id": "ok", "cmd": "true"}, {"id": "bad", "cmd": "true", "cpus": -1},
            {"id": "/elsewhere/x", "cmd": "true"}]})"));
        QCOMPARE(bad.status, 422);
        QStringList paths;
        for (const QJsonArray items = bad.json().object()[u"details"_qs].toArray();
             const QJsonValue &d : items)
            paths.append(d.toObject()[u"path"_qs].toString());
        QCOMPARE(paths, (QStringList { u"/apps(1)/cpus"_qs, u"/apps(2)/id"_qs }));
        QCOMPARE(get(QStringLiteral("/v2/groups/prod")).status, 404);

        const HttpResult cycle = post(QStringLiteral("/v2/groups"), fromJson(R"({"id": "/c", "apps": [
            {"id": "a", "cmd": "true", "dependencies": ["b"]}, {"id": "b", "cmd": "true", "dependencies": ["a"]}]})"));
        QCOMPARE(cycle.status, 422);
        QVERIFY(cycle.body.contains("cyclic"));
        QCOMPARE(httpRequest("POST", marathonUrl(*m_cluster) + QStringLiteral("/v2/groups"), "{nope").status,
                 400);
    }

private:
    // /prod with the apps a and b, and /prod/sub with the app c.
    HttpResult postProd(int a, int b, int c)
    {
        const QJsonObject sub { { u"id"_qs, u"sub"_qs }, { u"apps"_qs, QJsonArray { sleeper(u"c"_qs, c) } } };
        return post(QStringLiteral("/v2/groups"),
                    QJsonObject { { u"id"_qs, u"/prod"_qs },
                                  { u"apps"_qs, QJsonArray { sleeper(u"a"_qs, a), sleeper(u"b"_qs, b) } },
                                  { u"groups"_qs, QJsonArray { sub } } });
    }
    HttpResult get(const QString &path) { return httpGet(marathonUrl(*m_cluster) + path); }
    HttpResult post(const QString &path, const QJsonObject &body)
    {
        return httpRequest("POST", marathonUrl(*m_cluster) + path, toJson(body));
    }
    HttpResult put(const QString &path, const QJsonObject &body)
    {
        return httpRequest("PUT", marathonUrl(*m_cluster) + path, toJson(body));
    }
    bool waitForDeployments()
    {
        return QTest::qWaitFor(
            [&] { return get(QStringLiteral("/v2/deployments")).json().array().isEmpty(); }, 15000);
    }
    bool waitForRunning(const QString &id, int running)
    {
        return QTest::qWaitFor(
            [&] {
                const QJsonObject app
                    = get(QStringLiteral("/v2/apps") + id).json().object()[u"app"_qs].toObject();
                return app[u"tasksRunning"_qs].toInt() == running && app[u"instances"_qs].toInt() == running;
            },
            15000);
    }

    std::unique_ptr<Cluster> m_cluster;
};

QTEST_GUILESS_MAIN(tst_MarathonGroups)
#include "tst_MarathonGroups.moc"
