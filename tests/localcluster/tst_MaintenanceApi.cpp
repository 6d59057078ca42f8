// What an operator does to a Mesos cluster, as localcluster serves it over real HTTP: draining
// and deactivating agents, maintenance windows and machines going down and up, roles with
// weights and quota, tearing down a framework, and the calls an older Mesos refuses.

#include "tests/localcluster/LocalClusterTestSupport.h"

#include <QTest>

using namespace mc::test;
using mc::localcluster::Cluster;

namespace {

const QList<QPair<QByteArray, QByteArray>> kJson { { "Content-Type", "application/json" } };

HttpResult call(const Cluster &c, const QJsonObject &body)
{
    return httpRequest("POST", masterUrl(c, 0) + QStringLiteral("/api/v1"), toJson(body), kJson);
}

QJsonObject agentArgs(const QString &agentId)
{
    return { { QStringLiteral("agent_id"), QJsonObject { { QStringLiteral("value"), agentId } } } };
}

// The agent's entry in /master/slaves, or an empty object when the master does not list it.
QJsonObject agentEntry(const Cluster &c, const QString &agentId)
{
    const QJsonArray slaves = httpGet(masterUrl(c, 0) + QStringLiteral("/master/slaves"))
                                  .json()
                                  .object()
                                  .value(QLatin1String("slaves"))
                                  .toArray();
    for (const QJsonValue &v : slaves) {
        if (v[QLatin1String("id")].toString() == agentId)
            return v.toObject();
    }
    return {};
}

QString drainState(const Cluster &c, const QString &agentId)
{
    return agentEntry(c, agentId).value(QLatin1String("drain_info"))[QLatin1String("state")].toString();
}

// Running tasks per agent id.
QHash<QString, int> runningPerAgent(const Cluster &c, const QString &frameworkId = {})
{
    QHash<QString, int> counts;
    const QJsonArray tasks
        = httpGet(masterUrl(c, 0) + QStringLiteral("/master/tasks?limit=1000")).json()[QLatin1String("tasks")].toArray();
    for (const QJsonValue &t : tasks) {
        if (t[QLatin1String("state")].toString() == QLatin1String("TASK_RUNNING")
            && (frameworkId.isEmpty() || t[QLatin1String("framework_id")].toString() == frameworkId))
            counts[t[QLatin1String("slave_id")].toString()] += 1;
    }
    return counts;
}

QJsonObject machine(const QString &hostname)
{
    return { { QStringLiteral("hostname"), hostname }, { QStringLiteral("ip"), QStringLiteral("127.0.0.1") } };
}

QByteArray schedule(const QJsonArray &machines)
{
    return toJson({ { QStringLiteral("windows"),
                      QJsonArray { QJsonObject {
                          { QStringLiteral("machine_ids"), machines },
                          { QStringLiteral("unavailability"),
                            QJsonObject { { QStringLiteral("start"),
                                            QJsonObject { { QStringLiteral("nanoseconds"), 1.7e18 } } } } } } } } });
}

std::unique_ptr<Cluster> startCluster(mc::localcluster::Options options)
{
    auto cluster = std::make_unique<Cluster>(std::move(options));
    QString error;
    if (!cluster->start(&error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return cluster;
}

// A task that ignores SIGTERM, so its kill takes the whole grace period.
const QString kStubbornCmd = QStringLiteral("trap '' TERM; while true; do sleep 0.1; done");

} // namespace

class tst_MaintenanceApi : public QObject
{
    Q_OBJECT

private slots:
    void drainingKillsTasksAndMarathonReplacesThemElsewhere();
    void drainWithMarkGoneRemovesTheAgent();
    void deactivatedAgentGetsNoNewTasksUntilReactivated();
    void machineDownEndsItsTasksAndUpBringsItBack();
    void scheduleIsValidatedAsMesos_data();
    void scheduleIsValidatedAsMesos();
    void rolesShowWeightsQuotaAndAllocation();
    void quotaAboveCapacityIsRefusedWithoutForce();
    void teardownKillsTheSecondFrameworksTasks();
    void olderMesosRefusesTheNewerCalls_data();
    void olderMesosRefusesTheNewerCalls();
};

void tst_MaintenanceApi::drainingKillsTasksAndMarathonReplacesThemElsewhere()
{
    auto options = fastOptions(1, 2);
    options.killGracePeriodMs = 60000; // only the drain's max grace period ends the task
    const auto c = startCluster(options);
    QVERIFY(c);
    QVERIFY(postAppAndWait(*c,
                           { { QStringLiteral("id"), QStringLiteral("/stubborn") },
                             { QStringLiteral("cmd"), kStubbornCmd },
                             { QStringLiteral("instances"), 2 },
                             { QStringLiteral("cpus"), 0.1 },
                             { QStringLiteral("mem"), 16 } },
                           2));
    const QString a0 = c->agents()[0].id;
    const QString a1 = c->agents()[1].id;
    QCOMPARE(runningPerAgent(*c).value(a0), 1); // spread: one on each agent

    QJsonObject args = agentArgs(a0);
    args.insert(QStringLiteral("max_grace_period"), QJsonObject { { QStringLiteral("nanoseconds"), 1.5e9 } });
    const HttpResult r = call(*c, { { QStringLiteral("type"), QStringLiteral("DRAIN_AGENT") },
                                    { QStringLiteral("drain_agent"), args } });
    QCOMPARE(r.status, 200);
    // The task ignores SIGTERM: the agent drains until the grace period ends.
    QCOMPARE(drainState(*c, a0), QStringLiteral("DRAINING"));
    QCOMPARE(agentEntry(*c, a0).value(QLatin1String("deactivated")).toBool(), true);
    QCOMPARE(agentEntry(*c, a0).value(QLatin1String("active")).toBool(), false);
    QTRY_COMPARE_WITH_TIMEOUT(drainState(*c, a0), QStringLiteral("DRAINED"), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(runningPerAgent(*c).value(a1), 2, 15000);
    QCOMPARE(runningPerAgent(*c).value(a0), 0);
    // The killed task is TASK_KILLED, not a failure.
    const QJsonArray tasks = httpGet(masterUrl(*c, 0) + QStringLiteral("/master/tasks?limit=100"))
                                 .json()[QLatin1String("tasks")]
                                 .toArray();
    bool killedOnA0 = false;
    for (const QJsonValue &t : tasks)
        killedOnA0 |= t[QLatin1String("slave_id")].toString() == a0
            && t[QLatin1String("state")].toString() == QLatin1String("TASK_KILLED");
    QVERIFY(killedOnA0);

    // Reactivated, it takes tasks again and says nothing of a drain.
    QCOMPARE(call(*c, { { QStringLiteral("type"), QStringLiteral("REACTIVATE_AGENT") },
                        { QStringLiteral("reactivate_agent"), agentArgs(a0) } })
                 .status,
             200);
    QVERIFY(!agentEntry(*c, a0).contains(QLatin1String("drain_info")));
    QCOMPARE(agentEntry(*c, a0).value(QLatin1String("active")).toBool(), true);
}

void tst_MaintenanceApi::drainWithMarkGoneRemovesTheAgent()
{
    const auto c = startCluster(fastOptions(1, 2));
    QVERIFY(c);
    QVERIFY(postAppAndWait(*c,
                           { { QStringLiteral("id"), QStringLiteral("/sleepy") },
                             { QStringLiteral("cmd"), QStringLiteral("sleep 1000") },
                             { QStringLiteral("instances"), 2 },
                             { QStringLiteral("cpus"), 0.1 },
                             { QStringLiteral("mem"), 16 } },
                           2));
    const QString a0 = c->agents()[0].id;
    QJsonObject args = agentArgs(a0);
    args.insert(QStringLiteral("mark_gone"), true);
    QCOMPARE(call(*c, { { QStringLiteral("type"), QStringLiteral("DRAIN_AGENT") },
                        { QStringLiteral("drain_agent"), args } })
                 .status,
             200);
    QTRY_VERIFY_WITH_TIMEOUT(agentEntry(*c, a0).isEmpty(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(runningPerAgent(*c).value(c->agents()[1].id), 2, 15000);
    // A gone agent is gone for good: another drain does not know it.
    const HttpResult again = call(*c, { { QStringLiteral("type"), QStringLiteral("DRAIN_AGENT") },
                                        { QStringLiteral("drain_agent"), agentArgs(a0) } });
    QCOMPARE(again.status, 400);
    QVERIFY2(again.body.contains("Unknown agent"), again.body.constData());
}

void tst_MaintenanceApi::deactivatedAgentGetsNoNewTasksUntilReactivated()
{
    const auto c = startCluster(fastOptions(1, 2));
    QVERIFY(c);
    const QString a0 = c->agents()[0].id;
    QCOMPARE(call(*c, { { QStringLiteral("type"), QStringLiteral("DEACTIVATE_AGENT") },
                        { QStringLiteral("deactivate_agent"), agentArgs(a0) } })
                 .status,
             200);
    QVERIFY(postAppAndWait(*c,
                           { { QStringLiteral("id"), QStringLiteral("/many") },
                             { QStringLiteral("cmd"), QStringLiteral("sleep 1000") },
                             { QStringLiteral("instances"), 3 },
                             { QStringLiteral("cpus"), 0.1 },
                             { QStringLiteral("mem"), 16 } },
                           3));
    QCOMPARE(runningPerAgent(*c).value(a0), 0);
    QCOMPARE(runningPerAgent(*c).value(c->agents()[1].id), 3);
    // Reactivating an agent that is not deactivated is refused with the reason.
    QCOMPARE(call(*c, { { QStringLiteral("type"), QStringLiteral("REACTIVATE_AGENT") },
                        { QStringLiteral("reactivate_agent"), agentArgs(a0) } })
                 .status,
             200);
    const HttpResult twice = call(*c, { { QStringLiteral("type"), QStringLiteral("REACTIVATE_AGENT") },
                                        { QStringLiteral("reactivate_agent"), agentArgs(a0) } });
    QCOMPARE(twice.status, 400);
    QVERIFY2(twice.body.contains("already"), twice.body.constData());
}

void tst_MaintenanceApi::machineDownEndsItsTasksAndUpBringsItBack()
{
    auto options = fastOptions(1, 2);
    options.agentHostnames = { QStringLiteral("a0.test"), QStringLiteral("a1.test") };
    const auto c = startCluster(options);
    QVERIFY(c);
    QVERIFY(postAppAndWait(*c,
                           { { QStringLiteral("id"), QStringLiteral("/web") },
                             { QStringLiteral("cmd"), QStringLiteral("sleep 1000") },
                             { QStringLiteral("instances"), 2 },
                             { QStringLiteral("cpus"), 0.1 },
                             { QStringLiteral("mem"), 16 } },
                           2));
    const QString master = masterUrl(*c, 0);
    const QString a0 = c->agents()[0].id;
    QCOMPARE(runningPerAgent(*c).value(a0), 1);

    // Only a scheduled (DRAINING) machine can go down.
    HttpResult r = httpRequest("POST", master + QStringLiteral("/master/machine/down"),
                               QJsonDocument(QJsonArray { machine(QStringLiteral("a0.test")) }).toJson());
    QCOMPARE(r.status, 400);
    QVERIFY2(r.body.contains("is not in DRAINING mode"), r.body.constData());

    r = httpRequest("POST", master + QStringLiteral("/master/maintenance/schedule"),
                    schedule({ machine(QStringLiteral("a0.test")) }));
    QCOMPARE(r.status, 200);
    const QJsonObject status = httpGet(master + QStringLiteral("/master/maintenance/status")).json().object();
    QCOMPARE(status.value(QLatin1String("draining_machines"))[0][QLatin1String("id")][QLatin1String("hostname")]
                 .toString(),
             QStringLiteral("a0.test"));
    const QJsonObject window = httpGet(master + QStringLiteral("/master/maintenance/schedule"))
                                   .json()[QLatin1String("windows")][0]
                                   .toObject();
    QCOMPARE(window.value(QLatin1String("machine_ids"))[0][QLatin1String("ip")].toString(),
             QStringLiteral("127.0.0.1"));

    r = httpRequest("POST", master + QStringLiteral("/master/machine/down"),
                    QJsonDocument(QJsonArray { machine(QStringLiteral("a0.test")) }).toJson());
    QCOMPARE(r.status, 200);
    QVERIFY(agentEntry(*c, a0).isEmpty());
    QCOMPARE(httpGet(master + QStringLiteral("/master/maintenance/status"))
                 .json()[QLatin1String("down_machines")][0][QLatin1String("hostname")]
                 .toString(),
             QStringLiteral("a0.test"));
    // Its task is gone and Marathon runs a replacement on the other machine.
    QTRY_COMPARE_WITH_TIMEOUT(runningPerAgent(*c).value(c->agents()[1].id), 2, 15000);
    // A down machine cannot leave the schedule.
    r = httpRequest("POST", master + QStringLiteral("/master/maintenance/schedule"), QByteArray("{}"));
    QCOMPARE(r.status, 400);
    QVERIFY2(r.body.contains("cannot be removed from the schedule"), r.body.constData());

    r = httpRequest("POST", master + QStringLiteral("/master/machine/up"),
                    QJsonDocument(QJsonArray { machine(QStringLiteral("a0.test")) }).toJson());
    QCOMPARE(r.status, 200);
    QCOMPARE(agentEntry(*c, a0).value(QLatin1String("active")).toBool(), true);
    QCOMPARE(httpGet(master + QStringLiteral("/master/maintenance/schedule")).body, QByteArray("{}"));
    QCOMPARE(httpGet(master + QStringLiteral("/master/maintenance/status")).body, QByteArray("{}"));
}

void tst_MaintenanceApi::scheduleIsValidatedAsMesos_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("no machines") << schedule({}) << QByteArray("List of machines is empty");
    QTest::newRow("twice") << schedule({ machine(QStringLiteral("x")), machine(QStringLiteral("X")) })
                           << QByteArray("appears more than once");
    QTest::newRow("bad ip") << schedule({ QJsonObject { { QStringLiteral("ip"), QStringLiteral("999.1") } } })
                            << QByteArray("Failed to parse IP");
    QTest::newRow("empty id") << schedule({ QJsonObject() }) << QByteArray("Both 'hostname' and 'ip'");
    QTest::newRow("not json") << QByteArray("{windows") << QByteArray("Failed to parse");
}

void tst_MaintenanceApi::scheduleIsValidatedAsMesos()
{
    static const auto c = startCluster(fastOptions(1, 1));
    QVERIFY(c);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, reason);
    const HttpResult r
        = httpRequest("POST", masterUrl(*c, 0) + QStringLiteral("/master/maintenance/schedule"), body);
    QCOMPARE(r.status, 400);
    QVERIFY2(r.body.contains(reason), r.body.constData());
}

void tst_MaintenanceApi::rolesShowWeightsQuotaAndAllocation()
{
    auto options = fastOptions(1, 1);
    options.secondFrameworkTasks = 2;
    const auto c = startCluster(options);
    QVERIFY(c);
    QTRY_COMPARE_WITH_TIMEOUT(runningPerAgent(*c).value(c->agents()[0].id), 2, 10000);
    const QJsonObject quota {
        { QStringLiteral("type"), QStringLiteral("UPDATE_QUOTA") },
        { QStringLiteral("update_quota"),
          QJsonObject { { QStringLiteral("quota_configs"),
                          QJsonArray { QJsonObject {
                              { QStringLiteral("role"), QStringLiteral("analytics") },
                              { QStringLiteral("guarantees"),
                                QJsonObject { { QStringLiteral("cpus"),
                                                QJsonObject { { QStringLiteral("value"), 1 } } } } },
                              { QStringLiteral("limits"),
                                QJsonObject { { QStringLiteral("cpus"),
                                                QJsonObject { { QStringLiteral("value"), 2 } } } } } } } } } }
    };
    QCOMPARE(call(*c, quota).status, 200);
    QCOMPARE(httpRequest("PUT", masterUrl(*c, 0) + QStringLiteral("/master/weights"),
                         R"([{"role":"analytics","weight":2.5}])")
                 .status,
             200);

    const QJsonArray roles
        = httpGet(masterUrl(*c, 0) + QStringLiteral("/master/roles")).json()[QLatin1String("roles")].toArray();
    QJsonObject analytics;
    for (const QJsonValue &r : roles) {
        if (r[QLatin1String("name")].toString() == QLatin1String("analytics"))
            analytics = r.toObject();
    }
    QCOMPARE(analytics.value(QLatin1String("weight")).toDouble(), 2.5);
    QCOMPARE(analytics.value(QLatin1String("allocated"))[QLatin1String("cpus")].toDouble(), 0.4);
    const QJsonObject q = analytics.value(QLatin1String("quota")).toObject();
    QCOMPARE(q.value(QLatin1String("guarantee"))[QLatin1String("cpus")].toDouble(), 1.0);
    QCOMPARE(q.value(QLatin1String("limit"))[QLatin1String("cpus")].toDouble(), 2.0);
    QCOMPARE(q.value(QLatin1String("consumed"))[QLatin1String("cpus")].toDouble(), 0.4);
    QCOMPARE(analytics.value(QLatin1String("frameworks")).toArray().size(), 1);

    const QJsonObject got = call(*c, { { QStringLiteral("type"), QStringLiteral("GET_QUOTA") } }).json().object();
    QCOMPARE(got.value(QLatin1String("get_quota"))[QLatin1String("status")][QLatin1String("configs")][0]
                 [QLatin1String("role")]
                     .toString(),
             QStringLiteral("analytics"));
}

void tst_MaintenanceApi::quotaAboveCapacityIsRefusedWithoutForce()
{
    const auto c = startCluster(fastOptions(1, 1));
    QVERIFY(c);
    QJsonObject args { { QStringLiteral("quota_configs"),
                         QJsonArray { QJsonObject {
                             { QStringLiteral("role"), QStringLiteral("big") },
                             { QStringLiteral("guarantees"),
                               QJsonObject { { QStringLiteral("cpus"),
                                               QJsonObject { { QStringLiteral("value"), 64 } } } } } } } } };
    const HttpResult refused = call(*c, { { QStringLiteral("type"), QStringLiteral("UPDATE_QUOTA") },
                                          { QStringLiteral("update_quota"), args } });
    QCOMPARE(refused.status, 400);
    QVERIFY2(refused.body.contains("exceed cluster capacity"), refused.body.constData());
    args.insert(QStringLiteral("force"), true);
    QCOMPARE(call(*c, { { QStringLiteral("type"), QStringLiteral("UPDATE_QUOTA") },
                        { QStringLiteral("update_quota"), args } })
                 .status,
             200);
}

void tst_MaintenanceApi::teardownKillsTheSecondFrameworksTasks()
{
    auto options = fastOptions(1, 1);
    options.secondFrameworkTasks = 2;
    const auto c = startCluster(options);
    QVERIFY(c);
    const QString batch = c->clusterId() + QStringLiteral("-0001");
    QTRY_COMPARE_WITH_TIMEOUT(runningPerAgent(*c, batch).value(c->agents()[0].id), 2, 10000);
    QList<qint64> pids;
    for (const auto &t : c->activeTasks())
        pids.append(t->pid);

    const QString url = masterUrl(*c, 0) + QStringLiteral("/master/teardown");
    HttpResult r = httpRequest("POST", url, "frameworkId=" + batch.toUtf8(),
                               { { "Content-Type", "application/x-www-form-urlencoded" } });
    QCOMPARE(r.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(runningPerAgent(*c, batch).value(c->agents()[0].id), 0, 10000);
    // The processes are gone too, not only the records.
    QTRY_VERIFY_WITH_TIMEOUT(std::none_of(pids.cbegin(), pids.cend(),
                                          [](qint64 pid) { return QFile::exists(QStringLiteral("/proc/%1").arg(pid)); }),
                             10000);
    const QJsonObject frameworks = httpGet(masterUrl(*c, 0) + QStringLiteral("/master/frameworks")).json().object();
    QCOMPARE(frameworks.value(QLatin1String("frameworks")).toArray().size(), 1);
    QCOMPARE(frameworks.value(QLatin1String("completed_frameworks"))[0][QLatin1String("id")].toString(), batch);

    r = httpRequest("POST", url, "frameworkId=" + batch.toUtf8());
    QCOMPARE(r.status, 400);
    QCOMPARE(r.body, QByteArray("No framework found with specified ID"));
}

void tst_MaintenanceApi::olderMesosRefusesTheNewerCalls_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("status");
    QTest::newRow("1.4 drain") << "1.4.3" << "DRAIN_AGENT" << 400;
    QTest::newRow("1.4 gone") << "1.4.3" << "MARK_AGENT_GONE" << 400;
    QTest::newRow("1.8 deactivate") << "1.8.1" << "DEACTIVATE_AGENT" << 400;
    QTest::newRow("1.5 gone") << "1.5.0" << "MARK_AGENT_GONE" << 200;
    QTest::newRow("1.9 drain") << "1.9.0" << "DRAIN_AGENT" << 200;
}

void tst_MaintenanceApi::olderMesosRefusesTheNewerCalls()
{
    QFETCH(QString, version);
    QFETCH(QString, type);
    QFETCH(int, status);
    auto options = fastOptions(1, 1);
    options.mesosVersion = version;
    const auto c = startCluster(options);
    QVERIFY(c);
    QCOMPARE(httpGet(masterUrl(*c, 0) + QStringLiteral("/version")).json()[QLatin1String("version")].toString(),
             version);
    const HttpResult r = call(*c, { { QStringLiteral("type"), type },
                                    { type.toLower(), agentArgs(c->agents()[0].id) } });
    QCOMPARE(r.status, status);
    if (status == 400)
        QCOMPARE(r.body, "Failed to convert JSON into Call protobuf: Failed to find enum for '" + type.toUtf8() + "'");
}

QTEST_GUILESS_MAIN(tst_MaintenanceApi)
#include "tst_MaintenanceApi.moc"
