// MesosOperator without a server: which versions have which calls, and the maintenance and
// roles answers as Mesos writes them (schedules with nanoseconds beyond a double's precision,
// statuses and roles with fields left out).
#include "core/mesos/MesosOperator.h"

#include <QTest>

using mc::mesos::MachineId;
using mc::mesos::MaintenanceWindow;
using mc::mesos::MesosOperator;
using mc::mesos::OperatorCall;

class tst_MesosOperator : public QObject
{
    Q_OBJECT

private slots:
    void versionsHaveTheirCalls_data()
    {
        QTest::addColumn<int>("call");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("has");
        QTest::newRow("drain 1.9") << int(OperatorCall::DrainAgent) << "1.9.0" << true;
        QTest::newRow("drain 1.8") << int(OperatorCall::DrainAgent) << "1.8.1" << false;
        QTest::newRow("drain 2.0") << int(OperatorCall::DrainAgent) << "2.0.0" << true;
        QTest::newRow("deactivate 1.4") << int(OperatorCall::DeactivateAgent) << "1.4.3" << false;
        QTest::newRow("gone 1.5") << int(OperatorCall::MarkAgentGone) << "1.5.0" << true;
        QTest::newRow("gone 1.4") << int(OperatorCall::MarkAgentGone) << "1.4.3" << false;
        QTest::newRow("maintenance 0.28") << int(OperatorCall::MachinesDown) << "0.28.2" << true;
        QTest::newRow("maintenance 0.24") << int(OperatorCall::UpdateMaintenanceSchedule) << "0.24.1" << false;
        QTest::newRow("unknown version") << int(OperatorCall::DrainAgent) << "" << true;
        QTest::newRow("garbage version") << int(OperatorCall::DrainAgent) << "x.y" << true;
    }
    void versionsHaveTheirCalls()
    {
        QFETCH(int, call);
        QFETCH(QString, version);
        QFETCH(bool, has);
        const auto why = MesosOperator::unsupported(OperatorCall(call), version);
        QCOMPARE(!why.has_value(), has);
        if (why)
            QVERIFY2(why->contains(version), qPrintable(*why));
    }

    void scheduleRoundTripsNanoseconds()
    {
        MaintenanceWindow w;
        w.machines = { { QStringLiteral("a1.test"), QStringLiteral("10.0.0.1") } };
        w.start = QDateTime(QDate(2030, 1, 2), QTime(8, 0, 0, 123), Qt::UTC);
        w.durationSeconds = 5400;
        const QByteArray json = MesosOperator::scheduleJson({ w });
        // Written as integers, not as a double's 1.8935e+18.
        QVERIFY2(json.contains("\"nanoseconds\":1893571200123000000"), json.constData());
        QVERIFY2(json.contains("\"nanoseconds\":5400000000000"), json.constData());
        const auto back = MesosOperator::parseSchedule(json);
        QVERIFY(back.ok());
        QCOMPARE(back->size(), 1);
        QCOMPARE(back->constFirst().machines, w.machines);
        QCOMPARE(back->constFirst().durationSeconds, 5400);
        QVERIFY(qAbs(back->constFirst().start.msecsTo(w.start)) <= 1);
        QCOMPARE(MesosOperator::scheduleJson({}), QByteArray(R"({"windows":[]})"));
    }

    void emptyScheduleAndStatusAreEmpty()
    {
        QVERIFY(MesosOperator::parseSchedule("{}")->isEmpty());
        const auto status = MesosOperator::parseStatus("{}");
        QVERIFY(status.ok());
        QVERIFY(status->draining.isEmpty() && status->down.isEmpty());
    }

    void statusListsDrainingAndDown()
    {
        const auto status = MesosOperator::parseStatus(
            R"({"draining_machines":[{"id":{"hostname":"a","ip":"10.0.0.1"},"statuses":[]}],)"
            R"("down_machines":[{"hostname":"b","ip":"10.0.0.2"}]})");
        QVERIFY(status.ok());
        QCOMPARE(status->draining, (QList<MachineId> { { QStringLiteral("a"), QStringLiteral("10.0.0.1") } }));
        QCOMPARE(status->down, (QList<MachineId> { { QStringLiteral("b"), QStringLiteral("10.0.0.2") } }));
        // Mesos compares hostnames without regard to case.
        QVERIFY((MachineId { QStringLiteral("A"), QStringLiteral("10.0.0.1") } == status->draining.constFirst()));
    }

    void rolesOfEveryEra()
    {
        // 1.11: allocated and quota; a 0 guarantee or limit is "not set".
        auto roles = MesosOperator::parseRoles(
            R"({"roles":[{"name":"dev","weight":2.5,"frameworks":["f1","f2"],"resources":{"cpus":9},)"
            R"("allocated":{"cpus":1.5,"mem":512,"disk":0,"gpus":0},"offered":{"cpus":0.5},"reserved":{},)"
            R"("quota":{"role":"dev","guarantee":{"cpus":1,"mem":0},"limit":{"cpus":2},"consumed":{"cpus":1.5}}}]})");
        QVERIFY(roles.ok());
        QCOMPARE(roles->size(), 1);
        const mc::mesos::RoleInfo &r = roles->constFirst();
        QCOMPARE(r.weight, 2.5);
        QCOMPARE(r.frameworks.size(), 2);
        QCOMPARE(r.allocated.value(QStringLiteral("cpus")), 1.5);
        QCOMPARE(r.quotaGuarantee, (mc::mesos::ScalarMap { { QStringLiteral("cpus"), 1 } }));
        QCOMPARE(r.quotaLimit.value(QStringLiteral("cpus")), 2.0);
        // 0.x/1.0: resources only, no quota.
        roles = MesosOperator::parseRoles(
            R"({"roles":[{"name":"*","weight":1.0,"frameworks":[],"resources":{"cpus":3,"mem":96}}]})");
        QVERIFY(roles.ok());
        QCOMPARE(roles->constFirst().allocated.value(QStringLiteral("mem")), 96.0);
        QVERIFY(roles->constFirst().quotaGuarantee.isEmpty());
    }

    void brokenAnswersAreErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html>502</html>");
        QTest::newRow("array") << QByteArray("[]");
    }
    void brokenAnswersAreErrors()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!MesosOperator::parseSchedule(json).ok());
        QVERIFY(!MesosOperator::parseStatus(json).ok());
        QVERIFY(!MesosOperator::parseRoles(json).ok());
        QVERIFY(!MesosOperator::parseAgentStates(json).ok());
    }

    void agentStatesFromSlaves()
    {
        const auto states = MesosOperator::parseAgentStates(
            R"({"slaves":[{"id":"S0","hostname":"a1","deactivated":true,"drain_info":{"state":"DRAINING","config":{}}},)"
            R"({"id":"S1","active":true}]})");
        QVERIFY(states.ok());
        QCOMPARE(states->value(QStringLiteral("S0")).drainState, QStringLiteral("DRAINING"));
        QVERIFY(states->value(QStringLiteral("S0")).deactivated);
        QVERIFY(states->value(QStringLiteral("S1")).drainState.isEmpty());
        QCOMPARE(states->value(QStringLiteral("S0")).hostname, QStringLiteral("a1"));
    }

    void masterUrls_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("url"); // empty: not a master URL
        QTest::newRow("host") << "m1" << "http://m1:5050";
        QTest::newRow("host:port") << "m1:5051" << "http://m1:5051";
        QTest::newRow("https with path") << " https://m1/master/state " << "https://m1:5050";
        QTest::newRow("scheme") << "ftp://m1" << "";
        QTest::newRow("no host") << "http://" << "";
    }

    void masterUrls()
    {
        QFETCH(QString, given);
        QFETCH(QString, url);
        const auto parsed = MesosOperator::masterUrl(given);
        QCOMPARE(parsed ? parsed->toString() : QString(), url);
    }
};

QTEST_GUILESS_MAIN(tst_MesosOperator)
#include "tst_MesosOperator.moc"
