// "Drain first": a provisioning run that changes an agent's attributes drains the agent at the
// master first. Real parts: an sshd test host provisioned as the agent (its agent service a
// stand-in: a handler that, as a Mesos agent starting, recovers the id checkpointed under
// meta/slaves/latest or registers under a new one) and a localcluster master that knows an
// agent with the host's name, so the drain, its wait and the reactivation run against it for
// real; mesos-console-cli for the CLI.
#include "core/audit/ActionGate.h"
#include "core/inventory/InventoryImporter.h"
#include "core/provision/Planner.h"
#include "core/provision/ProvisionRunner.h"
#include "core/provision/RecipeLoader.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/SshTestHosts.h"
#include "tests/support/TestPaths.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace mc::provision;
using namespace Qt::StringLiterals;
using mc::test::LocalClusterProcess;
using mc::test::SshTestHosts;

namespace {

const QString kAttributes = u"/etc/mesos-agent/attributes"_s;
const QString kWorkDir = u"/run/mc-drain-mesos"_s;
const QString kAgentLog = u"/run/mc-drain-agent.log"_s;

// What one run said, in order: notices ("N text") and steps ("S step STATE message").
struct Heard
{
    QMutex mutex;
    QStringList lines;
    QString drainStateAtApply; // the master's drain state of the agent when the attributes changed

    void add(const QString &line)
    {
        QMutexLocker lock(&mutex);
        lines << line;
    }
    [[nodiscard]] qsizetype indexOf(const QString &part) const
    {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (lines[i].contains(part))
                return i;
        }
        return -1;
    }
};

QJsonObject agentEntry(const LocalClusterProcess &c, const QString &agentId)
{
    const QJsonArray agents
        = mc::test::httpGet(c.leaderUrl() + u"/master/slaves"_s).json()[u"slaves"_s].toArray();
    for (const QJsonValue &v : agents) {
        if (v[u"id"_s].toString() == agentId)
            return v.toObject();
    }
    return {};
}

// A task that ignores SIGTERM: its agent stays DRAINING for the kill grace period.
QJsonObject slowToStop(int graceSeconds)
{
    return { { u"id"_s, u"/slow-stop"_s },
             { u"cmd"_s, u"trap '' TERM; while true; do sleep 1; done"_s },
             { u"cpus"_s, 0.1 },
             { u"mem"_s, 16 },
             { u"instances"_s, 1 },
             { u"taskKillGracePeriodSeconds"_s, graceSeconds } };
}

} // namespace

class tst_ProvisionDrainFirst : public QObject
{
    Q_OBJECT

private:
    SshTestHosts m_hosts;
    QTemporaryDir m_dir;
    QString m_inventoryPath;
    QString m_recipePath;
    Recipe m_recipe;
    ProvisionTarget m_target;

    [[nodiscard]] QString agentHost() const { return m_hosts.host(0).name; }

    [[nodiscard]] QString fileOn(const QString &path) const
    {
        const auto r = m_hosts.runOnHost(0, u"cat "_s + path);
        return r.exitCode == 0 ? r.output : u"<missing>"_s;
    }

    [[nodiscard]] QStringList localClusterArgs(const QString &version = {}) const
    {
        QStringList args { u"--agents"_s, u"1"_s, u"--agent-hostnames"_s, agentHost(), u"--kill-grace"_s,
                           u"500"_s };
        if (!version.isEmpty())
            args << u"--mesos-version"_s << version;
        return args;
    }

    RunSummary run(const QString &attributes, RunOptions options, Heard *heard,
                   const LocalClusterProcess *cluster = nullptr, const QString &agentId = {},
                   std::shared_ptr<const mc::audit::ActionGate> gate = {})
    {
        ProvisionTarget target = m_target;
        target.variables.insert(u"agent_attributes"_s, attributes);
        const auto plan = Planner::build(m_recipe, target);
        if (!plan) {
            qWarning("plan: %s", qPrintable(plan.error().message));
            return {};
        }
        mc::ssh::SessionOptions session;
        session.knownHostsPath = m_hosts.knownHostsPath();
        session.sshConfigPath = u"none"_s;
        session.connectTimeoutMs = 3000;
        ProvisionRunner runner(session);
        runner.setGate(std::move(gate));
        connect(
            &runner, &ProvisionRunner::notice, &runner,
            [heard](const QString &, const QString &text) { heard->add(u"N "_s + text); }, Qt::DirectConnection);
        connect(
            &runner, &ProvisionRunner::stepFinished, &runner,
            [heard, cluster, agentId](const StepResult &r) {
                if (cluster && r.step == u"attributes" && r.state == StepState::Changed) {
                    const QString state
                        = agentEntry(*cluster, agentId)[u"drain_info"_s][u"state"_s].toString();
                    QMutexLocker lock(&heard->mutex);
                    heard->drainStateAtApply = state;
                }
                heard->add(u"S %1 %2 %3"_s.arg(r.step, stepStateName(r.state).toUpper(), r.message));
            },
            Qt::DirectConnection);
        options.logDir = m_dir.filePath(u"runs"_s);
        if (!runner.start(*plan, options).ok())
            qWarning("the run did not start");
        runner.waitForFinished(120000);
        RunSummary s = runner.summary();
        qInfo().noquote() << heard->lines.join(u'\n') << '\n' << s.recapText();
        return s;
    }

    RunOptions drainFirst(const LocalClusterProcess &c) const
    {
        RunOptions o;
        o.drainFirst = true;
        o.drain.masters = { QUrl(c.leaderUrl()) };
        o.drain.pollMs = 250;
        return o;
    }

    int cli(const QStringList &extra, QString *out, const QString &httpPassword = {}) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!httpPassword.isEmpty())
            env.insert(u"MC_HTTP_PASSWORD"_s, httpPassword);
        env.insert(u"MC_BECOME_PASSWORD"_s, m_hosts.password());
        env.insert(u"MESOS_CONSOLE_AUDIT_LOG"_s, m_dir.filePath(u"cli-audit.jsonl"_s));
        p.setProcessEnvironment(env);
        p.start(mc::test::executablePath(u"mesos-console-cli"_s),
                QStringList { u"provision"_s, u"--inventory"_s, m_inventoryPath, u"-u"_s, m_hosts.user(),
                              u"--identity"_s, m_hosts.keyPath(), u"--known-hosts"_s, m_hosts.knownHostsPath(),
                              u"--ssh-config"_s, u"none"_s, u"--skip-host-checks"_s, u"--recipe"_s,
                              m_recipePath, u"--log-dir"_s, m_dir.filePath(u"cli-runs"_s) }
                    + extra);
        if (!p.waitForFinished(90000)) {
            p.kill();
            p.waitForFinished(5000);
            *out = u"timed out"_s;
            return -1;
        }
        *out = QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_hosts.start(1, &error), qPrintable(error));
        if (!m_hosts.isolated())
            QSKIP("needs root for an isolated test host (sudo, its own /run)");
        m_inventoryPath = m_dir.filePath(u"hosts"_s);
        QFile inventory(m_inventoryPath);
        QVERIFY(inventory.open(QIODevice::WriteOnly));
        inventory.write(u"[masters]\n%1 ansible_host=%2 zoo_id=1\n[agents]\n%1\n"_s
                            .arg(agentHost(), m_hosts.host(0).address)
                            .toUtf8());
        inventory.close();
        const auto inv = mc::inventory::InventoryImporter::importFile(m_inventoryPath);
        QVERIFY(inv.ok());
        m_target.inventory = inv->inventory;
        m_target.sshUser = m_hosts.user();
        m_target.keyPath = m_hosts.keyPath();
        m_target.becomePassword = m_hosts.password();

        m_recipePath = mc::test::fixturePath(u"provision/drain-first-agent.yaml"_s);
        const auto loaded = RecipeLoader::loadFile(m_recipePath);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : qPrintable(loaded.error().message));
        m_recipe = *loaded;
    }

    // The agent has run: its id checkpointed, its attributes rack:r1.
    void init()
    {
        const auto r = m_hosts.runOnHost(
            0, u"rm -rf %1 %2; mkdir -p %1/meta/slaves/old-id /etc/mesos-agent && ln -s old-id %1/meta/slaves/latest "
               "&& printf 'rack:r1\\n' > %3"_s.arg(kWorkDir, kAgentLog, kAttributes));
        QCOMPARE(r.exitCode, 0);
    }

    void cleanupTestCase() { m_hosts.runOnHost(0, u"rm -rf /etc/mesos-agent"_s); }

    void drainsUntilDrainedThenAppliesUnderANewIdAndReactivates()
    {
        LocalClusterProcess cluster(localClusterArgs());
        QVERIFY2(cluster.start(), qPrintable(cluster.error()));
        const QJsonObject task = cluster.launchApp(slowToStop(2));
        QVERIFY(!task.isEmpty());
        const QString agentId = task[u"slave_id"_s].toString();
        QCOMPARE(agentEntry(cluster, agentId)[u"hostname"_s].toString(), agentHost());

        const QString auditPath = m_dir.filePath(u"audit.jsonl"_s);
        auto gate = std::make_shared<mc::audit::ActionGate>(
            mc::audit::ActionGate::Scope { u"test"_s, {}, mc::audit::ClusterMode::ReadWrite, u"test"_s },
            mc::audit::AuditLog(auditPath));
        Heard heard;
        const RunSummary s = run(u"rack:r2"_s, drainFirst(cluster), &heard, &cluster, agentId, gate);
        QVERIFY2(s.success(), qPrintable(s.recapText()));

        // DRAINING, then DRAINED, then the change, the restart under a new id, the reactivation.
        const qsizetype draining = heard.indexOf(u"N agent %1: DRAINING"_s.arg(agentId));
        const qsizetype drained = heard.indexOf(u"S drain agent CHANGED agent %1 DRAINED after"_s.arg(agentId));
        const qsizetype removed = heard.indexOf(u"S remove the agent id CHANGED removed %1/meta/slaves/latest"_s.arg(kWorkDir));
        const qsizetype applied = heard.indexOf(u"S attributes CHANGED"_s);
        const qsizetype restarted = heard.indexOf(u"S restart mesos-agent CHANGED"_s);
        const qsizetype reactivated = heard.indexOf(u"S reactivate agent CHANGED reactivated agent %1"_s.arg(agentId));
        QVERIFY2(draining >= 0 && draining < drained && drained < removed && removed < applied
                     && applied < restarted && restarted < reactivated,
                 qPrintable(heard.lines.join(u'\n')));
        QCOMPARE(heard.drainStateAtApply, u"DRAINED"_s);
        QCOMPARE(fileOn(kAttributes), u"rack:r2\n"_s);
        QVERIFY2(fileOn(kAgentLog).startsWith(u"registered new-"_s), qPrintable(fileOn(kAgentLog)));

        const QJsonObject after = agentEntry(cluster, agentId);
        QCOMPARE(after[u"deactivated"_s].toBool(), false);
        QVERIFY2(!after.contains(u"drain_info"_s), QJsonDocument(after).toJson().constData());

        // Through the gate: the drain and the reactivation are lines of the audit log.
        QFile audit(auditPath);
        QVERIFY(audit.open(QIODevice::ReadOnly));
        const QByteArray lines = audit.readAll();
        QVERIFY2(lines.contains("\"action\":\"agent.drain\"") && lines.contains("\"action\":\"agent.reactivate\"")
                     && lines.contains("\"drain_first\":true"),
                 lines.constData());

        // A second run changes nothing and drains nothing.
        Heard again;
        const RunSummary second = run(u"rack:r2"_s, drainFirst(cluster), &again);
        QVERIFY2(second.success(), qPrintable(second.recapText()));
        QCOMPARE(second.totalChanged(), 0);
        QCOMPARE(again.indexOf(u"drain agent"_s), -1);
    }

    void dryRunSaysItWouldDrainAndChangesNothing()
    {
        LocalClusterProcess cluster(localClusterArgs());
        QVERIFY2(cluster.start(), qPrintable(cluster.error()));
        const QString agentId = cluster.endpoints()[u"agents"_s].toArray().at(0)[u"id"_s].toString();
        RunOptions options = drainFirst(cluster);
        options.check = true;
        Heard heard;
        const RunSummary s = run(u"rack:r3"_s, options, &heard);
        QVERIFY2(s.success(), qPrintable(s.recapText()));
        QVERIFY2(heard.indexOf(u"S drain agent CHANGED would drain agent %1 at %2"_s.arg(agentId, cluster.leaderUrl()))
                     >= 0,
                 qPrintable(heard.lines.join(u'\n')));
        QCOMPARE(fileOn(kAttributes), u"rack:r1\n"_s);
        QCOMPARE(agentEntry(cluster, agentId)[u"deactivated"_s].toBool(), false);
        QCOMPARE(fileOn(kAgentLog), u"<missing>"_s);
    }

    void drainTimeoutIsAClearErrorAndNothingIsApplied()
    {
        LocalClusterProcess cluster(localClusterArgs());
        QVERIFY2(cluster.start(), qPrintable(cluster.error()));
        const QJsonObject task = cluster.launchApp(slowToStop(60));
        QVERIFY(!task.isEmpty());
        RunOptions options = drainFirst(cluster);
        options.drain.timeoutSeconds = 1;
        Heard heard;
        const RunSummary s = run(u"rack:r4"_s, options, &heard);
        QVERIFY(!s.success());
        QCOMPARE(s.badHosts(), QStringList { agentHost() });
        QVERIFY2(s.recap.at(0).reason.contains(
                     u"is still DRAINING after 1 s, the drain timeout: nothing was applied to it"_s),
                 qPrintable(s.recapText()));
        QCOMPARE(fileOn(kAttributes), u"rack:r1\n"_s);
        QCOMPARE(m_hosts.runOnHost(0, u"readlink %1/meta/slaves/latest"_s.arg(kWorkDir)).output.trimmed(),
                 u"old-id"_s);
    }

    void olderMesosRefusesAndNothingIsApplied()
    {
        LocalClusterProcess cluster(localClusterArgs(u"1.4.0"_s));
        QVERIFY2(cluster.start(), qPrintable(cluster.error()));
        Heard heard;
        const RunSummary s = run(u"rack:r5"_s, drainFirst(cluster), &heard);
        QVERIFY(!s.success());
        QVERIFY2(s.error.contains(u"Mesos 1.4.0 has no DRAIN_AGENT: it came with Mesos 1.9."_s), qPrintable(s.error));
        QVERIFY2(s.error.contains(u"Nothing was changed."_s), qPrintable(s.error));
        QCOMPARE(s.totalChanged(), 0);
        QVERIFY2(heard.lines.isEmpty(), qPrintable(heard.lines.join(u'\n')));
        QCOMPARE(fileOn(kAttributes), u"rack:r1\n"_s);

        // The CLI says it and exits 1; without --drain-first it stops as before.
        QString out;
        const QStringList args { u"-e"_s, u"agent_attributes=rack:r5"_s };
        QCOMPARE(cli(args + QStringList { u"--drain-first"_s, u"--master"_s, cluster.leaderUrl() }, &out), 1);
        QVERIFY2(out.contains(u"Mesos 1.4.0 has no DRAIN_AGENT: it came with Mesos 1.9."_s), qPrintable(out));
        QCOMPARE(cli(args, &out), 1);
        QVERIFY2(out.contains(u"Pass --drain-first to drain those agents first"_s), qPrintable(out));
        QCOMPARE(fileOn(kAttributes), u"rack:r1\n"_s);
    }

    void cliDrainsFirst()
    {
        LocalClusterProcess cluster(localClusterArgs());
        QVERIFY2(cluster.start(), qPrintable(cluster.error()));
        const QJsonObject task = cluster.launchApp(slowToStop(1));
        QVERIFY(!task.isEmpty());
        const QString agentId = task[u"slave_id"_s].toString();
        const QStringList args { u"-e"_s, u"agent_attributes=rack:r6"_s, u"--drain-first"_s, u"--master"_s,
                                 cluster.leaderUrl() };
        QString out;
        QCOMPARE(cli(args + QStringList { u"--check"_s }, &out), 0);
        QVERIFY2(out.contains(u"drain agent | CHANGED | would drain agent %1"_s.arg(agentId)), qPrintable(out));
        QCOMPARE(fileOn(kAttributes), u"rack:r1\n"_s);
        QCOMPARE(cli(args, &out), 0);
        QVERIFY2(out.contains(u"%1 | agent %2: DRAINED"_s.arg(agentHost(), agentId)), qPrintable(out));
        QVERIFY2(out.contains(u"reactivate agent | CHANGED | reactivated agent %1"_s.arg(agentId)), qPrintable(out));
        QVERIFY2(out.contains(u"WARNING: agent %1: %2 changed its attributes/resources: the agent was drained first"_s
                                  .arg(agentHost(), kAttributes)),
                 qPrintable(out));
        QCOMPARE(fileOn(kAttributes), u"rack:r6\n"_s);
        QCOMPARE(agentEntry(cluster, agentId)[u"deactivated"_s].toBool(), false);
    }

    // A master that wants HTTP Basic: the drain goes with --http-user (password from the environment).
    void cliDrainsFirstWithHttpCredentials()
    {
        LocalClusterProcess cluster(localClusterArgs());
        cluster.setEnvironmentVariable(u"LOCALCLUSTER_HTTP_CREDENTIALS"_s, u"ops:s3cret"_s);
        QVERIFY2(cluster.start(), qPrintable(cluster.error()));
        const QString agentId = cluster.endpoints()[u"agents"_s].toArray().at(0)[u"id"_s].toString();
        const QStringList args { u"-e"_s, u"agent_attributes=rack:r7"_s, u"--drain-first"_s, u"--master"_s,
                                 cluster.leaderUrl() };
        QString out;
        QCOMPARE(cli(args, &out), 1);
        QVERIFY2(out.contains(u"401"_s) && out.contains(u"Nothing was changed."_s), qPrintable(out));
        QCOMPARE(fileOn(kAttributes), u"rack:r1\n"_s);
        QCOMPARE(cli(args + QStringList { u"--http-user"_s, u"ops"_s }, &out, u"s3cret"_s), 0);
        QVERIFY2(out.contains(u"reactivate agent | CHANGED | reactivated agent %1"_s.arg(agentId)), qPrintable(out));
        QCOMPARE(fileOn(kAttributes), u"rack:r7\n"_s);
        QVERIFY2(!out.contains(u"s3cret"_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(tst_ProvisionDrainFirst)
#include "tst_ProvisionDrainFirst.moc"
