// localcluster's /v2/pods as Marathon 1.4+ answers it (raml v2/pods.raml, types/pod.raml,
// types/podStatus.raml): upstream definitions accepted and echoed with Marathon's defaults,
// the status shape, a container that ends taking its instance down, deployments naming pods,
// the errors (400 on an id mismatch, 404, 422).
#include "localcluster/Cluster.h"
#include "tests/localcluster/LocalClusterTestSupport.h"

#include <QJsonArray>
#include <QTest>
#include <algorithm>

using namespace mc::localcluster;
using namespace mc::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject pod(const QString &id, const QString &secondShell = u"exec sleep 600"_s)
{
    return QJsonDocument::fromJson(QStringLiteral(R"({"id": "%1", "scaling": {"instances": 1},
        "containers": [
          {"name": "main", "resources": {"cpus": 0.05, "mem": 8}, "endpoints": [{"name": "web", "hostPort": 0}],
           "exec": {"command": {"shell": "exec sleep 600"}}},
          {"name": "helper", "resources": {"cpus": 0.05, "mem": 8}, "exec": {"command": {"shell": "%2"}}}]})")
                                       .arg(id, secondShell)
                                       .toUtf8())
        .object();
}

bool hasAll(const QJsonObject &o, const QStringList &keys)
{
    return std::all_of(keys.cbegin(), keys.cend(), [&](const QString &k) { return o.contains(k); });
}

} // namespace

class tst_MarathonPodsApi : public QObject
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

    void upstreamDefinitionIsAcceptedAndEchoedWithDefaults()
    {
        const QJsonObject simple = fixtureJson(u"marathon/pods/system-tests-simple-pod.json"_s).object();
        const HttpResult r = post(u"/v2/pods"_s, simple);
        QCOMPARE(r.status, 201);
        QVERIFY(r.header("Location").endsWith("/v2/pods/simple-pod"));
        QVERIFY(!r.header("Marathon-Deployment-Id").isEmpty());
        const QJsonObject echoed = r.json().object();
        QCOMPARE(echoed.value(u"id"_s).toString(), u"/simple-pod"_s);
        QVERIFY(!echoed.value(u"version"_s).toString().isEmpty());
        QCOMPARE(echoed.value(u"scaling"_s).toObject().value(u"kind"_s).toString(), u"fixed"_s);
        QCOMPARE(echoed.value(u"containers"_s).toArray().size(), 2);
        QCOMPARE(echoed.value(u"containers"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"resources"_s)
                     .toObject()
                     .value(u"gpus"_s)
                     .toDouble(),
                 0.0);
        QVERIFY(echoed.contains(u"executorResources"_s));
        QCOMPARE(get(u"/v2/pods"_s).json().array().size(), 1);
        QCOMPARE(get(u"/v2/pods/simple-pod"_s).json().object().value(u"id"_s).toString(), u"/simple-pod"_s);
        QCOMPARE(httpRequest("HEAD", marathonUrl(*m_cluster) + u"/v2/pods"_s).status, 200);
        // The same id again: 409.
        QCOMPARE(post(u"/v2/pods"_s, simple).status, 409);
    }

    void statusHasMarathonsShapeAndTasksAreMesosTasks()
    {
        QCOMPARE(post(u"/v2/pods"_s, pod(u"/p/one"_s)).status, 201);
        QJsonObject status;
        QVERIFY(QTest::qWaitFor(
            [&] {
                status = get(u"/v2/pods/p/one::status"_s).json().object();
                return status.value(u"status"_s).toString() == u"STABLE"_s;
            },
            10000));
        QVERIFY(hasAll(status,
                       { u"id"_s, u"spec"_s, u"status"_s, u"statusSince"_s, u"instances"_s, u"lastUpdated"_s,
                         u"lastChanged"_s }));
        const QJsonObject instance = status.value(u"instances"_s).toArray().first().toObject();
        QVERIFY(
            hasAll(instance,
                   { u"id"_s, u"status"_s, u"statusSince"_s, u"agentHostname"_s, u"agentId"_s, u"resources"_s,
                     u"containers"_s, u"specReference"_s, u"lastUpdated"_s, u"lastChanged"_s, u"role"_s }));
        QCOMPARE(instance.value(u"status"_s).toString(), u"STABLE"_s);
        // Containers' resources plus the executor's (0.1 cpus).
        QCOMPARE(instance.value(u"resources"_s).toObject().value(u"cpus"_s).toDouble(), 0.05 + 0.05 + 0.1);
        const QJsonArray containers = instance.value(u"containers"_s).toArray();
        for (const QJsonValue &v : containers) {
            const QJsonObject c = v.toObject();
            QVERIFY(hasAll(c,
                           { u"name"_s, u"status"_s, u"statusSince"_s, u"containerId"_s, u"endpoints"_s,
                             u"lastUpdated"_s, u"lastChanged"_s }));
            QCOMPARE(c.value(u"containerId"_s).toString(),
                     instance.value(u"id"_s).toString() + u'.' + c.value(u"name"_s).toString());
            QCOMPARE(c.value(u"status"_s).toString(), u"TASK_RUNNING"_s);
        }
        const QJsonObject main = instance.value(u"containers"_s).toArray().first().toObject();
        QVERIFY(main.value(u"endpoints"_s).toArray().first().toObject().value(u"allocatedHostPort"_s).toInt()
                > 0);
        // In /master/tasks and in the agent's state as tasks of Marathon's framework.
        const QJsonArray tasks = httpGet(masterUrl(*m_cluster, 0) + u"/master/tasks"_s)
                                     .json()
                                     .object()
                                     .value(u"tasks"_s)
                                     .toArray();
        QCOMPARE(int(std::count_if(tasks.begin(), tasks.end(),
                                   [&](const QJsonValue &t) {
                                       return t.toObject().value(u"id"_s).toString().startsWith(
                                           instance.value(u"id"_s).toString());
                                   })),
                 2);
        // Listed in its group.
        const QJsonObject group = get(u"/v2/groups/p"_s).json().object();
        QCOMPARE(group.value(u"pods"_s).toArray().first().toObject().value(u"id"_s).toString(), u"/p/one"_s);
        QCOMPARE(get(u"/v2/pods/::status"_s).json().array().size(), 1);
    }

    void containerEndingTakesItsInstanceDownAndANewOneFollows()
    {
        QCOMPARE(post(u"/v2/pods"_s, pod(u"/p/short"_s, u"sleep 1; exit 3"_s)).status, 201);
        QString first;
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QJsonArray instances
                    = get(u"/v2/pods/p/short::status"_s).json().object().value(u"instances"_s).toArray();
                first = instances.isEmpty() ? QString()
                                            : instances.first().toObject().value(u"id"_s).toString();
                return !first.isEmpty();
            },
            10000));
        // The helper fails after a second: its sibling is killed, and a new instance starts.
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QJsonArray tasks = httpGet(masterUrl(*m_cluster, 0) + u"/master/tasks?limit=100"_s)
                                             .json()
                                             .object()
                                             .value(u"tasks"_s)
                                             .toArray();
                for (const QJsonValue &t : tasks) {
                    if (t.toObject().value(u"id"_s).toString() == first + u".main"_s)
                        return t.toObject().value(u"state"_s).toString() == u"TASK_KILLED"_s;
                }
                return false;
            },
            10000));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const QJsonArray instances
                    = get(u"/v2/pods/p/short::status"_s).json().object().value(u"instances"_s).toArray();
                return !instances.isEmpty()
                    && instances.first().toObject().value(u"id"_s).toString() != first;
            },
            15000));
    }

    void deploymentsNamePods()
    {
        QCOMPARE(post(u"/v2/pods"_s, pod(u"/p/dep"_s)).status, 201);
        const QJsonArray deployments = get(u"/v2/deployments"_s).json().array();
        QCOMPARE(deployments.size(), 1);
        const QJsonObject d = deployments.first().toObject();
        QCOMPARE(d.value(u"affectedPods"_s).toArray(), QJsonArray { u"/p/dep"_s });
        QCOMPARE(d.value(u"affectedApps"_s).toArray(), QJsonArray());
        const QJsonObject action = d.value(u"steps"_s)
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(u"actions"_s)
                                       .toArray()
                                       .first()
                                       .toObject();
        QCOMPARE(action.value(u"action"_s).toString(), u"StartPod"_s);
        QCOMPARE(action.value(u"pod"_s).toString(), u"/p/dep"_s);
    }

    void errors()
    {
        QCOMPARE(post(u"/v2/pods"_s, pod(u"/p/err"_s)).status, 201);
        const HttpResult mismatch = put(u"/v2/pods/p/err"_s, pod(u"/p/other"_s));
        QCOMPARE(mismatch.status, 400);
        QCOMPARE(mismatch.json().object().value(u"message"_s).toString(),
                 u"'/p/err' does not match definition's id ('/p/other')"_s);
        const HttpResult missing = get(u"/v2/pods/nope::status"_s);
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.json().object().value(u"message"_s).toString(), u"Pod '/nope' does not exist"_s);
        QJsonObject bad = pod(u"/p/bad"_s);
        bad.insert(u"scaling"_s, QJsonObject { { u"instances"_s, -1 } });
        const HttpResult invalid = post(u"/v2/pods"_s, bad);
        QCOMPARE(invalid.status, 422);
        QCOMPARE(invalid.json().object().value(u"message"_s).toString(), u"Object is not valid"_s);
        QCOMPARE(invalid.json()
                     .object()
                     .value(u"details"_s)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"path"_s)
                     .toString(),
                 u"/scaling/instances"_s);
        QCOMPARE(
            httpRequest("DELETE", marathonUrl(*m_cluster) + u"/v2/pods/p/err::instances/p_err.instance-x"_s)
                .status,
            404);
    }

private:
    HttpResult get(const QString &path) { return httpGet(marathonUrl(*m_cluster) + path); }
    HttpResult post(const QString &path, const QJsonObject &body)
    {
        return httpRequest("POST", marathonUrl(*m_cluster) + path, toJson(body));
    }
    HttpResult put(const QString &path, const QJsonObject &body)
    {
        return httpRequest("PUT", marathonUrl(*m_cluster) + path, toJson(body));
    }
    std::unique_ptr<Cluster> m_cluster;
};

QTEST_GUILESS_MAIN(tst_MarathonPodsApi)
#include "tst_MarathonPodsApi.moc"
