// The CLI's Mesos operator verbs against a real localcluster: draining an agent (its Marathon
// tasks replaced elsewhere), a maintenance window taking a machine down and up, roles with
// quota, tearing down a second framework, refusals by an older Mesos and by the gate.
// Real processes: mesos-console-cli and localcluster.
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using mc::test::httpGet;
using mc::test::httpRequest;
using mc::test::LocalClusterProcess;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QJsonObject agentEntry(const LocalClusterProcess &c, const QString &agentId)
{
    const QJsonArray agents = httpGet(c.leaderUrl() + u"/master/slaves"_s).json()[u"slaves"_s].toArray();
    for (const QJsonValue &v : agents) {
        if (v[u"id"_s].toString() == agentId)
            return v.toObject();
    }
    return {};
}

QString agentId(const LocalClusterProcess &c, int index)
{
    return c.endpoints().value(u"agents"_s).toArray().at(index)[u"id"_s].toString();
}

// Running tasks per agent id (of one framework when given).
QHash<QString, int> running(const LocalClusterProcess &c, const QString &frameworkId = {})
{
    QHash<QString, int> counts;
    const QJsonArray tasks
        = httpGet(c.leaderUrl() + u"/master/tasks?limit=1000"_s).json()[u"tasks"_s].toArray();
    for (const QJsonValue &t : tasks) {
        if (t[u"state"_s].toString() == u"TASK_RUNNING"
            && (frameworkId.isEmpty() || t[u"framework_id"_s].toString() == frameworkId))
            counts[t[u"slave_id"_s].toString()] += 1;
    }
    return counts;
}

// The POSTs a master served since the last call (method and path -> count) and its v1 calls.
QJsonObject changesServed(const LocalClusterProcess &c)
{
    const QJsonObject counts = httpRequest("DELETE", c.leaderUrl() + u"/__admin/requests"_s).json().object();
    QJsonObject changes = counts.value(u"calls"_s).toObject();
    const QJsonObject requests = counts.value(u"requests"_s).toObject();
    for (auto it = requests.begin(); it != requests.end(); ++it) {
        if (!it.key().startsWith(u"GET "_s) && it.key() != u"POST /api/v1")
            changes.insert(it.key(), it.value());
    }
    return changes;
}

bool postApp(const LocalClusterProcess &c, const QString &id, const QString &cmd, int instances)
{
    const QJsonObject app { { u"id"_s, id }, { u"cmd"_s, cmd }, { u"instances"_s, instances },
                            { u"cpus"_s, 0.1 },  { u"mem"_s, 16 } };
    if (httpRequest("POST", c.marathonUrl() + u"/v2/apps"_s, QJsonDocument(app).toJson()).status != 201)
        return false;
    return QTest::qWaitFor(
        [&] {
            return httpGet(c.marathonUrl() + u"/v2/apps"_s + id).json()[u"app"_s][u"tasksRunning"_s].toInt()
                == instances;
        },
        20000);
}

} // namespace

class tst_CliMesosOperator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    // The second framework's tasks first: a drain or a machine going down kills them too.
    void rolesShowQuotaAndAllocation();
    void teardownKillsTheSecondFrameworksTasks();
    void drainReplacesTheAgentsTasksElsewhere();
    void maintenanceWindowTakesAMachineDownAndUp();
    void refusalsCarryMesosReason();
    void olderMesosIsRefusedBeforeAnythingIsSent();
    void readOnlyRefusesEveryOperatorVerb();

private:
    Run cli(const QStringList &args) const;

    QTemporaryDir m_dir;
    QString m_log;
    std::unique_ptr<LocalClusterProcess> m_cluster;
};

Run tst_CliMesosOperator::cli(const QStringList &args) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MESOS_CONSOLE_AUDIT_LOG"_s, m_log);
    process.setProcessEnvironment(env);
    process.start(mc::test::executablePath(u"mesos-console-cli"_s), args);
    process.waitForFinished(60000);
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

void tst_CliMesosOperator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_log = m_dir.filePath(u"audit/audit.jsonl"_s);
    // Three agents on machines a0.test..a2.test; kills wait for the drain's grace period only.
    m_cluster = std::make_unique<LocalClusterProcess>(
        QStringList { u"--agents"_s, u"3"_s, u"--agent-hostnames"_s, u"a0.test,a1.test,a2.test"_s,
                      u"--second-framework"_s, u"2"_s, u"--kill-grace"_s, u"60000"_s });
    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
}

void tst_CliMesosOperator::drainReplacesTheAgentsTasksElsewhere()
{
    // The tasks ignore SIGTERM: only the drain's --grace ends them.
    QVERIFY(postApp(*m_cluster, u"/stubborn"_s, u"trap '' TERM; while true; do sleep 0.1; done"_s, 3));
    const QString a0 = agentId(*m_cluster, 0);
    const int onA0 = running(*m_cluster).value(a0);
    QVERIFY(onA0 >= 1);
    const Run r = cli({ u"agents"_s, u"drain"_s, u"S0"_s, u"--grace"_s, u"2"_s, u"--master"_s,
                        m_cluster->masterUrls().value(0) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(a0), qPrintable(r.out));
    QCOMPARE(agentEntry(*m_cluster, a0)[u"drain_info"_s][u"state"_s].toString(), u"DRAINING"_s);
    QTRY_COMPARE_WITH_TIMEOUT(agentEntry(*m_cluster, a0)[u"drain_info"_s][u"state"_s].toString(), u"DRAINED"_s,
                              20000);
    // Marathon runs all three again, none on the drained agent.
    QTRY_COMPARE_WITH_TIMEOUT(
        httpGet(m_cluster->marathonUrl() + u"/v2/apps/stubborn"_s).json()[u"app"_s][u"tasksRunning"_s].toInt(), 3,
        20000);
    QCOMPARE(running(*m_cluster).value(a0), 0);

    QCOMPARE(cli({ u"agents"_s, u"reactivate"_s, a0, u"--master"_s, m_cluster->leaderUrl() }).exitCode, 0);
    QVERIFY(!agentEntry(*m_cluster, a0).contains(u"drain_info"_s));
    QCOMPARE(httpRequest("DELETE", m_cluster->marathonUrl() + u"/v2/apps/stubborn"_s).status, 200);

    // Both changes are in the audit log with their outcome.
    const Run audit = cli({ u"audit"_s, u"--json"_s, u"--action"_s, u"agent."_s });
    QCOMPARE(audit.exitCode, 0);
    QVERIFY2(audit.out.contains(u"\"agent.drain\""_s) && audit.out.contains(u"\"agent.reactivate\""_s),
             qPrintable(audit.out));
}

void tst_CliMesosOperator::maintenanceWindowTakesAMachineDownAndUp()
{
    QVERIFY(postApp(*m_cluster, u"/web"_s, u"sleep 1000"_s, 3));
    // A machine that runs one of them.
    int index = 0;
    while (index < 3 && running(*m_cluster).value(agentId(*m_cluster, index)) == 0)
        ++index;
    QVERIFY(index < 3);
    const QString a1 = agentId(*m_cluster, index);
    const QString host = u"a%1.test"_s.arg(index);
    const QString master = m_cluster->leaderUrl();

    Run r = cli({ u"maintenance"_s, u"schedule"_s, u"--hosts"_s, host, u"--start"_s, u"now"_s,
                  u"--duration"_s, u"1h30m"_s, u"--master"_s, master });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = cli({ u"maintenance"_s, u"status"_s, u"--master"_s, master });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QRegularExpression(host + u" +127\\.0\\.0\\.1 +DRAINING .* 1h30m"_s)), qPrintable(r.out));

    r = cli({ u"maintenance"_s, u"down"_s, u"--hosts"_s, host, u"--master"_s, master });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // The machine's agent is gone from the master and its tasks with it; Marathon replaces them.
    QVERIFY(agentEntry(*m_cluster, a1).isEmpty());
    QCOMPARE(running(*m_cluster).value(a1), 0);
    QTRY_COMPARE_WITH_TIMEOUT(
        httpGet(m_cluster->marathonUrl() + u"/v2/apps/web"_s).json()[u"app"_s][u"tasksRunning"_s].toInt(), 3, 20000);
    r = cli({ u"maintenance"_s, u"status"_s, u"--master"_s, master });
    QVERIFY2(r.out.contains(QRegularExpression(host + u" +127\\.0\\.0\\.1 +DOWN"_s)), qPrintable(r.out));

    r = cli({ u"maintenance"_s, u"up"_s, u"--hosts"_s, host, u"--master"_s, master });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(agentEntry(*m_cluster, a1)[u"active"_s].toBool(), true);
    r = cli({ u"maintenance"_s, u"status"_s, u"--master"_s, master });
    QCOMPARE(r.out, u"no maintenance scheduled\n"_s);
    QCOMPARE(httpRequest("DELETE", m_cluster->marathonUrl() + u"/v2/apps/web"_s).status, 200);
}

void tst_CliMesosOperator::rolesShowQuotaAndAllocation()
{
    const QByteArray quota = R"({"type":"UPDATE_QUOTA","update_quota":{"quota_configs":[{"role":"analytics",)"
                             R"("guarantees":{"cpus":{"value":1}},"limits":{"cpus":{"value":2},"mem":{"value":1024}}}]}})";
    QCOMPARE(httpRequest("POST", m_cluster->leaderUrl() + u"/api/v1"_s, quota, { { "Content-Type", "application/json" } })
                 .status,
             200);
    const QString batch = m_cluster->endpoints().value(u"frameworkId"_s).toString().chopped(1) + u'1';
    QTRY_COMPARE_WITH_TIMEOUT(running(*m_cluster, batch).size(), 2, 10000); // spread over two agents
    const Run r = cli({ u"roles"_s, u"--master"_s, m_cluster->leaderUrl() });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // ROLE WEIGHT FRAMEWORKS ALLOCATED OFFERED RESERVED GUARANTEE LIMIT CONSUMED
    QVERIFY2(r.out.contains(QRegularExpression(
                 u"analytics +1 +1 +0\\.4 cpus, 64 MiB .* 1 cpus +2 cpus, 1 GiB +0\\.4 cpus, 64 MiB"_s)),
             qPrintable(r.out));
}

void tst_CliMesosOperator::teardownKillsTheSecondFrameworksTasks()
{
    const QString batch = m_cluster->endpoints().value(u"frameworkId"_s).toString().chopped(1) + u'1';
    QTRY_VERIFY_WITH_TIMEOUT(!running(*m_cluster, batch).isEmpty(), 10000);
    const Run r = cli({ u"frameworks"_s, u"teardown"_s, batch, u"--master"_s, m_cluster->leaderUrl() });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QTRY_VERIFY_WITH_TIMEOUT(running(*m_cluster, batch).isEmpty(), 20000);
    const QJsonObject frameworks = httpGet(m_cluster->leaderUrl() + u"/master/frameworks"_s).json().object();
    QCOMPARE(frameworks[u"completed_frameworks"_s][0][u"id"_s].toString(), batch);
    const QJsonArray completed = frameworks[u"completed_frameworks"_s][0][u"completed_tasks"_s].toArray();
    for (const QJsonValue &t : completed)
        QCOMPARE(t[u"state"_s].toString(), u"TASK_KILLED"_s);
}

void tst_CliMesosOperator::refusalsCarryMesosReason()
{
    const QString master = m_cluster->leaderUrl();
    Run r = cli({ u"maintenance"_s, u"down"_s, u"--hosts"_s, u"a2.test"_s, u"--master"_s, master });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Mesos refused: Machine 'a2.test (127.0.0.1)' is not in DRAINING mode"_s), qPrintable(r.err));
    r = cli({ u"frameworks"_s, u"teardown"_s, u"no-such-framework"_s, u"--master"_s, master });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"No framework found with specified ID"_s), qPrintable(r.err));
    r = cli({ u"agents"_s, u"reactivate"_s, u"S2"_s, u"--master"_s, master });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"Agent is already activated"_s), qPrintable(r.err));
    r = cli({ u"agents"_s, u"drain"_s, u"S9"_s, u"--master"_s, master });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"no agent S9"_s), qPrintable(r.err));
}

void tst_CliMesosOperator::olderMesosIsRefusedBeforeAnythingIsSent()
{
    LocalClusterProcess old({ u"--agents"_s, u"1"_s, u"--mesos-version"_s, u"1.4.3"_s });
    QVERIFY2(old.start(), qPrintable(old.error()));
    (void)changesServed(old);
    for (const QString &verb : { u"drain"_s, u"deactivate"_s, u"reactivate"_s, u"gone"_s }) {
        const Run r = cli({ u"agents"_s, verb, u"S0"_s, u"--master"_s, old.leaderUrl() });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"Mesos 1.4.3 has no "_s), qPrintable(r.err));
    }
    QVERIFY2(cli({ u"agents"_s, u"gone"_s, u"S0"_s, u"--master"_s, old.leaderUrl() })
                 .err.contains(u"MARK_AGENT_GONE: it came with Mesos 1.5"_s),
             "the reason names the version that has the call");
    QCOMPARE(changesServed(old), QJsonObject());
    // What 1.4 has goes through.
    QCOMPARE(cli({ u"maintenance"_s, u"schedule"_s, u"--hosts"_s, u"127.0.0.1"_s, u"--start"_s,
                   u"2030-01-01T00:00:00Z"_s, u"--duration"_s, u"3600"_s, u"--master"_s, old.leaderUrl() })
                 .exitCode,
             0);
}

void tst_CliMesosOperator::readOnlyRefusesEveryOperatorVerb()
{
    const QString master = m_cluster->leaderUrl();
    (void)changesServed(*m_cluster);
    const QList<QStringList> verbs {
        { u"agents"_s, u"drain"_s, u"S2"_s },
        { u"agents"_s, u"deactivate"_s, u"S2"_s },
        { u"agents"_s, u"reactivate"_s, u"S2"_s },
        { u"agents"_s, u"gone"_s, u"S2"_s },
        { u"maintenance"_s, u"schedule"_s, u"--hosts"_s, u"a2.test"_s, u"--start"_s, u"now"_s, u"--duration"_s, u"1h"_s },
        { u"maintenance"_s, u"down"_s, u"--hosts"_s, u"a2.test"_s },
        { u"maintenance"_s, u"up"_s, u"--hosts"_s, u"a2.test"_s },
        { u"frameworks"_s, u"teardown"_s, u"some-framework"_s },
    };
    for (const QStringList &verb : verbs) {
        const Run r = cli(verb + QStringList { u"--master"_s, master, u"--read-only"_s });
        QVERIFY2(r.exitCode == 1, qPrintable(verb.join(u' ') + u": "_s + r.err));
        QVERIFY2(r.err.contains(u"read-only"_s), qPrintable(verb.join(u' ') + u": "_s + r.err));
    }
    QCOMPARE(changesServed(*m_cluster), QJsonObject());
}

QTEST_GUILESS_MAIN(tst_CliMesosOperator)
#include "tst_CliMesosOperator.moc"
