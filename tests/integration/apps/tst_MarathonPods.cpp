#include "core/http/HttpClient.h"
#include "core/marathon/MarathonClient.h"
#include "core/marathon/Pod.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUrlQuery>

using namespace mc::marathon;
using mc::http::HttpClient;

namespace {

// Two containers: `web` with an endpoint on a host port (it prints the port it got), `side`
// a ticker; both write to their sandbox's stdout.
QJsonObject duoPod(const QString &id, int instances = 1)
{
    auto container = [](const QString &name, const QString &shell, const QJsonArray &endpoints) {
        QJsonObject c { { QStringLiteral("name"), name },
                        { QStringLiteral("resources"),
                          QJsonObject { { QStringLiteral("cpus"), 0.1 }, { QStringLiteral("mem"), 32 } } },
                        { QStringLiteral("exec"),
                          QJsonObject { { QStringLiteral("command"),
                                          QJsonObject { { QStringLiteral("shell"), shell } } } } } };
        if (!endpoints.isEmpty())
            c.insert(QStringLiteral("endpoints"), endpoints);
        return c;
    };
    return { { QStringLiteral("id"), id },
             { QStringLiteral("scaling"),
               QJsonObject { { QStringLiteral("kind"), QStringLiteral("fixed") },
                             { QStringLiteral("instances"), instances } } },
             { QStringLiteral("environment"),
               QJsonObject { { QStringLiteral("GREETING"), QStringLiteral("hello") } } },
             { QStringLiteral("containers"),
               QJsonArray {
                   container(QStringLiteral("web"),
                             QStringLiteral("echo \"web on $ENDPOINT_HTTP says $GREETING\"; exec sleep 600"),
                             QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("http") },
                                                        { QStringLiteral("hostPort"), 0 } } }),
                   container(QStringLiteral("side"),
                             QStringLiteral("while true; do echo \"side of $MESOS_TASK_ID\"; sleep 1; done"),
                             {}) } },
             { QStringLiteral("networks"),
               QJsonArray { QJsonObject { { QStringLiteral("mode"), QStringLiteral("host") } } } } };
}

QString why(const ActionResult &r)
{
    return r.ok() ? QString() : r.outcome.error().message;
}

} // namespace

// Pods through MarathonClient against localcluster's Marathon: each instance's containers run
// as real processes (one Mesos task each), status, scale, restart, 422, 409, destroy.
class TestMarathonPods : public QObject
{
    Q_OBJECT

    mc::test::LocalClusterProcess m_cluster { { QStringLiteral("--agents"), QStringLiteral("2"),
                                                QStringLiteral("--kill-grace"), QStringLiteral("300") } };
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

    std::optional<PodsAnswer> pods()
    {
        std::optional<mc::Result<PodsAnswer>> answer;
        m_client->fetchPods(this, [&](mc::Result<PodsAnswer> r) { answer = std::move(r); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000) || !answer->ok())
            return std::nullopt;
        return answer->value();
    }

    std::optional<PodStatus> status(const QString &id)
    {
        std::optional<mc::Result<PodStatus>> answer;
        m_client->fetchPodStatus(id, this, [&](mc::Result<PodStatus> r) { answer = std::move(r); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000) || !answer->ok())
            return std::nullopt;
        return answer->value();
    }

    // STABLE with `instances` instances, each with every container TASK_RUNNING.
    bool stableWith(const QString &id, int instances)
    {
        const auto s = status(id);
        if (!s || s->status != u"STABLE" || s->instances.size() != instances)
            return false;
        for (const PodInstanceStatus &i : s->instances) {
            if (i.status != u"STABLE" || i.containers.size() != 2)
                return false;
            for (const PodContainerStatus &c : i.containers) {
                if (c.status != u"TASK_RUNNING")
                    return false;
            }
        }
        return true;
    }

    QSet<QString> instanceIds(const QString &id)
    {
        QSet<QString> ids;
        if (const auto s = status(id)) {
            for (const PodInstanceStatus &i : s->instances)
                ids.insert(i.id);
        }
        return ids;
    }

    // The master's view of a task: {id, name, state, slave_id, ...}; {} when it has none.
    QJsonObject masterTask(const QString &taskId)
    {
        const auto r = mc::test::httpGet(m_cluster.leaderUrl() + QStringLiteral("/master/tasks?limit=1000"));
        for (const QJsonArray tasks = r.json().object().value(u"tasks").toArray();
             const QJsonValue &t : tasks) {
            if (t.toObject().value(u"id").toString() == taskId)
                return t.toObject();
        }
        return {};
    }

    // The task's sandbox directory as its agent has it (executor `directory`).
    QString sandboxOf(const QString &taskId, QString *agentUrl)
    {
        for (const QString &agent : m_cluster.agentUrls()) {
            const auto r = mc::test::httpGet(agent + QStringLiteral("/slave(1)/state"));
            for (const QJsonArray fws = r.json().object().value(u"frameworks").toArray();
                 const QJsonValue &fw : fws) {
                for (const QJsonArray exs = fw.toObject().value(u"executors").toArray();
                     const QJsonValue &ex : exs) {
                    for (const QJsonArray tasks = ex.toObject().value(u"tasks").toArray();
                         const QJsonValue &t : tasks) {
                        if (t.toObject().value(u"id").toString() == taskId) {
                            *agentUrl = agent;
                            return ex.toObject().value(u"directory").toString();
                        }
                    }
                }
            }
        }
        return {};
    }

    QByteArray readStdout(const QString &taskId)
    {
        QString agent;
        const QString dir = sandboxOf(taskId, &agent);
        if (dir.isEmpty())
            return {};
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("path"), dir + QStringLiteral("/stdout"));
        q.addQueryItem(QStringLiteral("offset"), QStringLiteral("0"));
        q.addQueryItem(QStringLiteral("length"), QStringLiteral("65536"));
        const auto r
            = mc::test::httpGet(agent + QStringLiteral("/files/read?") + q.toString(QUrl::FullyEncoded));
        return r.json().object().value(u"data").toString().toUtf8();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
        m_http = new HttpClient({}, this);
        m_client = new MarathonClient(m_http, QUrl(m_cluster.marathonUrl()), this);
    }

    void podFromJsonRunsEachContainerAsATaskAndBecomesStable()
    {
        const QString id = QStringLiteral("/shop/duo");
        const ActionResult created = run([&](auto cb) { m_client->createPod(duoPod(id), this, cb); });
        QVERIFY2(created.ok(), qPrintable(why(created)));
        QCOMPARE(created.status, 201);
        QVERIFY(!created.outcome->deploymentId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(stableWith(id, 1), 15000);

        const PodStatus s = *status(id);
        QCOMPARE(s.spec.instances, 1);
        QCOMPARE(s.spec.containers.size(), 2);
        const PodInstanceStatus &instance = s.instances.first();
        QVERIFY2(instance.id.startsWith(QStringLiteral("shop_duo.instance-")), qPrintable(instance.id));
        QVERIFY(!instance.agentHostname.isEmpty());
        for (const PodContainerStatus &c : instance.containers) {
            // One Mesos task per container, `<instance>.<container>`, known to the master.
            QCOMPARE(c.containerId, instance.id + u'.' + c.name);
            const QJsonObject task = masterTask(c.containerId);
            QCOMPARE(task.value(u"state").toString(), QStringLiteral("TASK_RUNNING"));
            QCOMPARE(task.value(u"name").toString(), c.name);
        }
        // The endpoint got a host port, and the process saw it (and the pod's environment).
        const auto web = std::find_if(instance.containers.cbegin(), instance.containers.cend(),
                                      [](const PodContainerStatus &c) { return c.name == u"web"; });
        QVERIFY(web != instance.containers.cend());
        QCOMPARE(web->endpoints.size(), 1);
        const int port = web->endpoints.first().allocatedHostPort;
        QVERIFY(port > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            readStdout(web->containerId).contains(QStringLiteral("web on %1 says hello").arg(port).toUtf8()),
            10000);
        QTRY_VERIFY_WITH_TIMEOUT(readStdout(instance.id + QStringLiteral(".side"))
                                     .contains(QStringLiteral("side of %1.side").arg(instance.id).toUtf8()),
                                 10000);

        // Listed with the others and in its group.
        const auto all = pods();
        QVERIFY(all && all->supported);
        QVERIFY(std::any_of(all->pods.cbegin(), all->pods.cend(),
                            [&](const PodStatus &p) { return p.id() == id; }));
        const auto group
            = mc::test::httpGet(m_cluster.marathonUrl() + QStringLiteral("/v2/groups/shop")).json().object();
        QCOMPARE(group.value(u"pods").toArray().size(), 1);
        QCOMPARE(group.value(u"pods").toArray().first().toObject().value(u"id").toString(), id);
    }

    void scaleOneToTwo()
    {
        const QString id = QStringLiteral("/shop/duo");
        const QSet<QString> before = instanceIds(id);
        QCOMPARE(before.size(), 1);
        const ActionResult scaled = run([&](auto cb) { m_client->scalePod(id, 2, false, this, cb); });
        QVERIFY2(scaled.ok(), qPrintable(why(scaled)));
        QVERIFY(!scaled.outcome->deploymentId.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(stableWith(id, 2), 15000);
        // A scale keeps the running instance.
        QVERIFY(instanceIds(id).contains(*before.begin()));
        QCOMPARE(status(id)->spec.instances, 2);
    }

    void restartReplacesEveryInstance()
    {
        const QString id = QStringLiteral("/shop/duo");
        QTRY_VERIFY_WITH_TIMEOUT(stableWith(id, 2), 15000);
        const QSet<QString> before = instanceIds(id);
        const ActionResult restarted = run([&](auto cb) { m_client->restartPod(id, false, this, cb); });
        QVERIFY2(restarted.ok(), qPrintable(why(restarted)));
        QTRY_VERIFY_WITH_TIMEOUT(stableWith(id, 2) && !instanceIds(id).intersects(before), 20000);
    }

    void killedInstanceIsReplaced()
    {
        const QString id = QStringLiteral("/shop/duo");
        QTRY_VERIFY_WITH_TIMEOUT(stableWith(id, 2), 15000);
        const QString victim = *instanceIds(id).constBegin();
        const ActionResult killed = run([&](auto cb) { m_client->killPodInstance(id, victim, this, cb); });
        QVERIFY2(killed.ok(), qPrintable(why(killed)));
        QTRY_VERIFY_WITH_TIMEOUT(stableWith(id, 2) && !instanceIds(id).contains(victim), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(masterTask(victim + QStringLiteral(".web")).value(u"state").toString(),
                                  QStringLiteral("TASK_KILLED"), 10000);
    }

    void badDefinitionsAreRefusedPerField_data()
    {
        QTest::addColumn<QJsonObject>("pod");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("message");
        QJsonObject noContainers = duoPod(QStringLiteral("/bad/empty"));
        noContainers.remove(QStringLiteral("containers"));
        QTest::newRow("no containers")
            << noContainers << QStringLiteral("/containers") << QStringLiteral("must not be empty");
        QJsonObject twice = duoPod(QStringLiteral("/bad/twice"));
        QJsonArray containers = twice.value(u"containers").toArray();
        QJsonObject second = containers[1].toObject();
        second.insert(QStringLiteral("name"), QStringLiteral("web"));
        containers[1] = second;
        twice.insert(QStringLiteral("containers"), containers);
        QTest::newRow("duplicate container names")
            << twice << QStringLiteral("/containers") << QStringLiteral("container names are unique");
        QTest::newRow("bad id") << duoPod(QStringLiteral("/Bad_Id")) << QStringLiteral("/id")
                                << QStringLiteral("must fully match regular expression");
    }

    void badDefinitionsAreRefusedPerField()
    {
        QFETCH(QJsonObject, pod);
        QFETCH(QString, path);
        QFETCH(QString, message);
        const ActionResult r = run([&](auto cb) { m_client->createPod(pod, this, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.status, 422);
        const auto field = std::find_if(r.fieldErrors.cbegin(), r.fieldErrors.cend(),
                                        [&](const FieldError &e) { return e.path == path; });
        QVERIFY2(field != r.fieldErrors.cend(), qPrintable(why(r)));
        QVERIFY2(field->message.contains(message), qPrintable(field->message));
    }

    void changeWhileDeployingIsLockedUnlessForced()
    {
        // No agent has 50 CPUs: the deployment stays, and holds the pod.
        const QString id = QStringLiteral("/big/pod");
        QJsonObject big = duoPod(id);
        QJsonArray containers = big.value(u"containers").toArray();
        QJsonObject web = containers[0].toObject();
        web.insert(QStringLiteral("resources"),
                   QJsonObject { { QStringLiteral("cpus"), 50 }, { QStringLiteral("mem"), 32 } });
        containers[0] = web;
        big.insert(QStringLiteral("containers"), containers);
        const ActionResult created = run([&](auto cb) { m_client->createPod(big, this, cb); });
        QVERIFY2(created.ok(), qPrintable(why(created)));
        const ActionResult locked = run([&](auto cb) { m_client->scalePod(id, 0, false, this, cb); });
        QCOMPARE(locked.status, 409);
        QVERIFY(locked.isLocked());
        QVERIFY(locked.blockingDeployments.contains(created.outcome->deploymentId));
        const ActionResult forced = run([&](auto cb) { m_client->scalePod(id, 0, true, this, cb); });
        QVERIFY2(forced.ok(), qPrintable(why(forced)));
        QTRY_COMPARE_WITH_TIMEOUT(status(id) ? status(id)->status : QString(), QStringLiteral("STABLE"),
                                  10000);
        const ActionResult destroyed = run([&](auto cb) { m_client->destroyPod(id, true, this, cb); });
        QVERIFY2(destroyed.ok(), qPrintable(why(destroyed)));
    }

    void destroyStopsItsTasksAndRemovesIt()
    {
        const QString id = QStringLiteral("/shop/duo");
        QTRY_VERIFY_WITH_TIMEOUT(stableWith(id, 2), 15000);
        QStringList tasks;
        const auto before = status(id);
        QVERIFY(before);
        for (const PodInstanceStatus &i : before->instances) {
            for (const PodContainerStatus &c : i.containers)
                tasks.append(c.containerId);
        }
        const ActionResult destroyed = run([&](auto cb) { m_client->destroyPod(id, false, this, cb); });
        QVERIFY2(destroyed.ok(), qPrintable(why(destroyed)));
        QCOMPARE(destroyed.status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto all = pods();
                return all && std::none_of(all->pods.cbegin(), all->pods.cend(), [&](const PodStatus &p) {
                           return p.id() == id;
                       });
            }(),
            15000);
        for (const QString &t : std::as_const(tasks))
            QTRY_COMPARE_WITH_TIMEOUT(masterTask(t).value(u"state").toString(), QStringLiteral("TASK_KILLED"),
                                      10000);
        QCOMPARE(mc::test::httpGet(m_cluster.marathonUrl() + QStringLiteral("/v2/pods/shop/duo")).status,
                 404);
    }

    void marathonWithoutPodsSaysSo()
    {
        const auto fault
            = mc::test::httpRequest("POST", m_cluster.marathonUrl() + QStringLiteral("/__admin/faults"),
                                    R"({"target":"marathon","path":"/v2/pods","mode":"missing"})",
                                    { { "Content-Type", "application/json" } });
        QCOMPARE(fault.status, 201);
        const auto answer = pods();
        QCOMPARE(mc::test::httpRequest("DELETE", m_cluster.marathonUrl() + QStringLiteral("/__admin/faults"))
                     .status,
                 200);
        QVERIFY(answer.has_value());
        QVERIFY(!answer->supported);
        QVERIFY(answer->pods.empty());
    }
};

QTEST_GUILESS_MAIN(TestMarathonPods)
#include "tst_MarathonPods.moc"
