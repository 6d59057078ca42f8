// Drift from a check run (per host, per file, with diffs) and running flags
// read from a real HTTP endpoint (localcluster's /master/flags).
#include "core/provision/Drift.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TinyHttpServer.h"

#include <QElapsedTimer>
#include <QThread>
#include <QUrl>
#include <QtTest>

using namespace mc::provision;

namespace {

PlannedStep fileStep(const QString &role, const QString &dest, const QByteArray &content)
{
    PlannedStep s;
    s.step.role = role;
    s.step.name = dest;
    s.step.kind = StepKind::Copy;
    s.args.insert(QStringLiteral("dest"), dest);
    s.content = content;
    return s;
}

HostPlan master(const QString &name, quint16 port, const QByteArray &quorum)
{
    HostPlan h;
    h.host = name;
    h.master = true;
    h.values.insert(QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    h.values.insert(QStringLiteral("mesos_master_port"), port);
    RolePlan r;
    r.role = QStringLiteral("mesos-master");
    r.steps << fileStep(r.role, QStringLiteral("/etc/mesos/zk"), "zk://127.0.0.1:2181/mesos\n")
            << fileStep(r.role, QStringLiteral("/etc/mesos-master/quorum"), quorum)
            << fileStep(r.role, QStringLiteral("/etc/mesos-master/no_such_flag"), "x\n");
    h.roles << r;
    return h;
}

HostRecap recap(const QString &host)
{
    HostRecap r;
    r.host = host;
    return r;
}

StepResult result(const QString &host, const QString &step, StepState state, const QString &path = {},
                  const QString &diff = {})
{
    StepResult r;
    r.host = host;
    r.role = QStringLiteral("mesos-master");
    r.step = step;
    r.kind = path.isEmpty() ? StepKind::Service : StepKind::Copy;
    r.state = state;
    r.path = path;
    r.diff = diff;
    r.message = path.isEmpty() ? QStringLiteral("would restart") : QStringLiteral("would update ") + path;
    return r;
}

} // namespace

class tst_Drift : public QObject
{
    Q_OBJECT

private slots:
    void checkRunBecomesPerHostDriftWithDiffs()
    {
        Plan plan;
        plan.hosts << master(QStringLiteral("m1"), 5050, "1\n") << master(QStringLiteral("m2"), 5050, "1\n")
                   << master(QStringLiteral("m3"), 5050, "1\n");
        RunSummary run;
        run.check = true;
        run.recap << recap(QStringLiteral("m1")) << recap(QStringLiteral("m2"));
        HostRecap dead = recap(QStringLiteral("m3"));
        dead.unreachable = 1;
        dead.reason = QStringLiteral("connection refused");
        run.recap << dead;
        run.steps << result(QStringLiteral("m1"), QStringLiteral("zk"), StepState::Ok,
                            QStringLiteral("/etc/mesos/zk"))
                  << result(QStringLiteral("m2"), QStringLiteral("quorum"), StepState::Changed,
                            QStringLiteral("/etc/mesos-master/quorum"), QStringLiteral("-3\n+1\n"))
                  << result(QStringLiteral("m2"), QStringLiteral("restart mesos-master"), StepState::Changed);
        run.steps.last().handler = true;
        const DriftReport d = Drift::fromCheckRun(plan, run);
        QCOMPARE(d.hosts.size(), 3);
        QVERIFY(!d.hosts[0].drifted());
        QCOMPARE(d.hosts[0].inSync, 1);
        QCOMPARE(d.driftedHosts(), QStringList({ QStringLiteral("m2"), QStringLiteral("m3") }));
        QCOMPARE(d.hosts[1].count(DriftItem::Kind::File), 1);
        QCOMPARE(d.hosts[1].items[0].what, QStringLiteral("/etc/mesos-master/quorum"));
        QCOMPARE(d.hosts[1].count(DriftItem::Kind::Step), 1);
        QVERIFY(!d.hosts[2].reachable);
        const QString text = d.text(true);
        QVERIFY2(text.contains(QStringLiteral("m1 | IN SYNC")), qPrintable(text));
        QVERIFY2(
            text.contains(QStringLiteral("m2 | DRIFTED | 1 file(s), 0 running flag(s), 1 other step(s)")),
            qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("-3\n+1\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("m3 | NOT CHECKED | connection refused")), qPrintable(text));
    }

    void expectedFlagsFollowTheInitWrapperLayout()
    {
        const QList<ExpectedFlag> flags = Drift::expectedFlags(master(QStringLiteral("m1"), 5050, "2\n"));
        QCOMPARE(flags.size(), 3);
        QCOMPARE(flags[0].name, QStringLiteral("zk"));
        QCOMPARE(flags[0].endpoint, QStringLiteral("/master/flags"));
        QCOMPARE(flags[1].name, QStringLiteral("quorum"));
        QCOMPARE(flags[1].value, QStringLiteral("2"));
        HostPlan agent;
        agent.host = QStringLiteral("a1");
        agent.agent = true;
        RolePlan r;
        r.role = QStringLiteral("mesos-agent");
        r.steps << fileStep(r.role, QStringLiteral("/etc/mesos/zk"), "zk://m1:2181/mesos\n")
                << fileStep(r.role, QStringLiteral("/etc/mesos-slave/containerizers"), "docker,mesos\n");
        agent.roles << r;
        const QList<ExpectedFlag> a = Drift::expectedFlags(agent);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a[0].name, QStringLiteral("master"));
        QCOMPARE(a[0].endpoint, QStringLiteral("/slave(1)/flags"));
        QCOMPARE(a[1].name, QStringLiteral("containerizers"));
    }

    void runningFlagsReadFromTheMastersShowWhatDiffers()
    {
        mc::test::LocalClusterProcess cluster({ QStringLiteral("--masters"), QStringLiteral("3"),
                                                QStringLiteral("--agents"), QStringLiteral("1") });
        QVERIFY2(cluster.start(), qPrintable(cluster.error()));
        const QStringList urls = cluster.masterUrls();
        Plan plan;
        // m1 as its files say (quorum 2 of 3); m2's quorum file says 3: drift.
        plan.hosts << master(QStringLiteral("m1"), quint16(QUrl(urls[0]).port()), "2\n")
                   << master(QStringLiteral("m2"), quint16(QUrl(urls[1]).port()), "3\n");
        // localcluster started without --zk runs, as a Mesos master without ZooKeeper does, with no
        // zk flag at all: leave the zk file out here (expectedFlagsOfAMaster covers it).
        for (HostPlan &h : plan.hosts)
            h.roles[0].steps.removeFirst();
        RunSummary nothing;
        nothing.recap << recap(QStringLiteral("m1")) << recap(QStringLiteral("m2"));
        DriftReport d = Drift::fromCheckRun(plan, nothing);
        Drift::addRunningFlags(&d, plan, 3000);
        const HostDrift &m1 = d.hosts[0];
        const HostDrift &m2 = d.hosts[1];
        // no_such_flag: the running master has no such flag.
        QCOMPARE(m1.count(DriftItem::Kind::Flag), 1);
        QCOMPARE(m1.items[0].what, QStringLiteral("no_such_flag"));
        QVERIFY2(m1.items[0].message.contains(QStringLiteral("not set in the running process")),
                 qPrintable(m1.items[0].message));
        QCOMPARE(m2.count(DriftItem::Kind::Flag), 2);
        QCOMPARE(m2.items[0].what, QStringLiteral("quorum"));
        QCOMPARE(m2.items[0].actual, QStringLiteral("2"));
        QCOMPARE(m2.items[0].expected, QStringLiteral("3"));
        QVERIFY2(m2.items[0].message.contains(QStringLiteral(
                     "--quorum runs with '2', /etc/mesos-master/quorum says '3' (restart needed)")),
                 qPrintable(m2.items[0].message));
        QVERIFY2(m1.notes.join(u'\n').contains(QStringLiteral("1 of 2 as the files say")),
                 qPrintable(d.text()));
    }

    void agentFlagsFromSlaveFlagsEndpoint()
    {
        // An agent's /slave(1)/flags as Mesos 1.x answers it (values are strings).
        mc::test::TinyHttpServer agentHttp;
        QVERIFY(agentHttp.listen());
        agentHttp.json("/slave(1)/flags",
                       R"({"flags":{"containerizers":"mesos","master":"zk://m1:2181/mesos",)"
                       R"("executor_registration_timeout":"5mins"}})");
        HostPlan agent;
        agent.host = QStringLiteral("a1");
        agent.agent = true;
        agent.values.insert(QStringLiteral("address"), QStringLiteral("127.0.0.1"));
        agent.values.insert(QStringLiteral("mesos_agent_port"), agentHttp.port());
        RolePlan r;
        r.role = QStringLiteral("mesos-agent");
        r.steps << fileStep(r.role, QStringLiteral("/etc/mesos/zk"), "zk://m1:2181/mesos\n")
                << fileStep(r.role, QStringLiteral("/etc/mesos-slave/containerizers"), "docker,mesos\n")
                << fileStep(r.role, QStringLiteral("/etc/mesos-slave/executor_registration_timeout"),
                            "5mins\n");
        agent.roles << r;
        Plan plan;
        plan.hosts << agent;
        RunSummary nothing;
        nothing.recap << recap(QStringLiteral("a1"));
        DriftReport d = Drift::fromCheckRun(plan, nothing);
        // The in-process server answers on this thread's event loop.
        std::unique_ptr<QThread> t(QThread::create([&] { Drift::addRunningFlags(&d, plan, 3000); }));
        t->start();
        QElapsedTimer timer;
        timer.start();
        while (!t->isFinished() && timer.elapsed() < 10000)
            QTest::qWait(20);
        QVERIFY(t->wait(5000));
        QCOMPARE(d.driftedHosts(), QStringList { QStringLiteral("a1") });
        QCOMPARE(d.hosts[0].items.size(), 1);
        QCOMPARE(d.hosts[0].items[0].what, QStringLiteral("containerizers"));
        QCOMPARE(d.hosts[0].items[0].actual, QStringLiteral("mesos"));
        QVERIFY2(
            d.hosts[0].notes.join(u'\n').contains(QStringLiteral("/slave(1)/flags: 2 of 3 as the files say")),
            qPrintable(d.text()));
    }

    void unreachableFlagsEndpointIsANoteNotDrift()
    {
        Plan plan;
        plan.hosts << master(QStringLiteral("m1"), 1, "1\n"); // port 1: nobody listens
        RunSummary nothing;
        nothing.recap << recap(QStringLiteral("m1"));
        DriftReport d = Drift::fromCheckRun(plan, nothing);
        Drift::addRunningFlags(&d, plan, 2000);
        QVERIFY(!d.hosts[0].drifted());
        QCOMPARE(d.hosts[0].notes.size(), 1);
        QVERIFY2(d.hosts[0].notes[0].startsWith(
                     QStringLiteral("running flags not read from 127.0.0.1:1/master/flags: ")),
                 qPrintable(d.hosts[0].notes[0]));
    }
};

QTEST_GUILESS_MAIN(tst_Drift)
#include "tst_Drift.moc"
