#include "core/cluster/ServiceControl.h"
#include "core/cluster/ServiceProbe.h"
#include "core/ssh/SshPool.h"
#include "tests/support/SshTestHosts.h"
#include "tests/support/ZooKeeperTestService.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace mc::cluster;
using namespace mc::ssh;
using mc::test::SshTestHosts;

// Service control against real test hosts (no systemd inside: SysV `service`)
// and a real ZooKeeper (Debian's package) started inside them.
class TestServiceControl : public QObject
{
    Q_OBJECT

    SshTestHosts m_hosts;

    HostSpec spec(int i) const
    {
        const auto &h = m_hosts.host(i);
        HostSpec s;
        s.name = h.name;
        s.address = h.address;
        s.port = h.port;
        s.user = m_hosts.user();
        s.keyPath = m_hosts.keyPath();
        s.becomePassword = m_hosts.password();
        return s;
    }

    SessionOptions options() const
    {
        SessionOptions o;
        o.knownHostsPath = m_hosts.knownHostsPath();
        o.sshConfigPath = QStringLiteral("none");
        o.connectTimeoutMs = 3000;
        return o;
    }

    QList<HostResult> runControl(const QList<int> &hosts, Service service, ServiceAction action, bool rolling,
                                 QStringList *startOrder = nullptr, QStringList *lines = nullptr)
    {
        SshPool pool(options());
        if (startOrder)
            connect(&pool, &SshPool::hostStarted, this,
                    [startOrder](const QString &h) { startOrder->append(h); });
        if (lines)
            connect(&pool, &SshPool::outputLine, this,
                    [lines](const OutputLine &l) { lines->append(l.host + QStringLiteral(": ") + l.text); });
        QList<HostSpec> specs;
        for (int i : hosts)
            specs.append(spec(i));
        ServiceControlOptions opts;
        opts.rolling = rolling;
        opts.answerTimeoutMs = 30000;
        if (!ServiceControl::run(pool, specs, service, action, opts).ok() || !pool.waitForFinished(90000))
            return {};
        return pool.results();
    }

    bool zkAnswers(int i) const
    {
        return ServiceProbe::answers(Service::ZooKeeper, m_hosts.host(i).address, {}, 1000);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_hosts.start(2, &error), qPrintable(error));
        if (!m_hosts.isolated())
            QSKIP("needs namespace hosts (root): own /etc/init.d and sudo");
        for (int i = 0; i < 2; ++i)
            QVERIFY2(mc::test::installZooKeeperService(m_hosts, i, &error), qPrintable(error));
    }
    void cleanupTestCase() { m_hosts.stop(); }

    void detectsSysVServicesAndAbsentOnes()
    {
        const auto zk = runControl({ 0 }, Service::ZooKeeper, ServiceAction::Status, false);
        QCOMPARE(zk.size(), 1);
        QCOMPARE(zk[0].state, HostState::Ok);
        QCOMPARE(zk[0].value, QStringLiteral("inactive"));
        const auto marathon = runControl({ 0 }, Service::Marathon, ServiceAction::Status, false);
        QCOMPARE(marathon[0].state, HostState::Ok);
        QCOMPARE(marathon[0].value, QStringLiteral("absent"));
        const auto restartAbsent = runControl({ 0 }, Service::Marathon, ServiceAction::Restart, false);
        QCOMPARE(restartAbsent[0].state, HostState::Failed);
        QVERIFY(restartAbsent[0].reason.contains(QStringLiteral("not installed")));
    }

    void startsAndStopsZooKeeper()
    {
        QElapsedTimer t;
        t.start();
        auto started = runControl({ 0 }, Service::ZooKeeper, ServiceAction::Start, true);
        QCOMPARE(started.size(), 1);
        QVERIFY2(started[0].state == HostState::Changed, qPrintable(started[0].reason));
        QCOMPARE(started[0].value, QStringLiteral("active"));
        QVERIFY(zkAnswers(0));
        qInfo("zookeeper start until it answers srvr: %lld ms", t.elapsed());

        auto stopped = runControl({ 0 }, Service::ZooKeeper, ServiceAction::Stop, false);
        QVERIFY2(stopped[0].state == HostState::Changed, qPrintable(stopped[0].reason));
        QCOMPARE(stopped[0].value, QStringLiteral("inactive"));
        QVERIFY(!zkAnswers(0));
    }

    void rollingRestartWaitsForEachHostToAnswer()
    {
        auto started = runControl({ 0, 1 }, Service::ZooKeeper, ServiceAction::Start, false);
        QCOMPARE(started.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(zkAnswers(0) && zkAnswers(1), 30000);

        QStringList order;
        QStringList lines;
        bool firstAnsweredWhenSecondStarted = false;
        SshPool pool(options());
        connect(&pool, &SshPool::hostStarted, this, [&](const QString &h) {
            order.append(h);
            if (h == m_hosts.host(1).name)
                firstAnsweredWhenSecondStarted = zkAnswers(0);
        });
        connect(&pool, &SshPool::outputLine, this,
                [&](const OutputLine &l) { lines.append(l.host + u' ' + l.text); });
        ServiceControlOptions opts;
        opts.rolling = true;
        opts.answerTimeoutMs = 30000;
        QElapsedTimer t;
        t.start();
        QVERIFY(
            ServiceControl::run(pool, { spec(0), spec(1) }, Service::ZooKeeper, ServiceAction::Restart, opts)
                .ok());
        QVERIFY(pool.waitForFinished(90000));
        qInfo("rolling restart of 2 ZooKeepers: %lld ms", t.elapsed());
        const auto results = pool.results();
        QVERIFY2(results[0].state == HostState::Changed, qPrintable(results[0].reason));
        QVERIFY2(results[1].state == HostState::Changed, qPrintable(results[1].reason));
        QCOMPARE(order, QStringList({ m_hosts.host(0).name, m_hosts.host(1).name }));
        QVERIFY(firstAnsweredWhenSecondStarted);
        QVERIFY2(lines.filter(QStringLiteral("answers again")).size() == 2, qPrintable(lines.join(u'\n')));
    }

    void rollingStopsAtFirstFailure()
    {
        // Host 0's init script breaks: the roll must not go on to host 1.
        QCOMPARE(m_hosts
                     .runOnHost(0,
                                QStringLiteral("cp /etc/init.d/zookeeper /root/zk.init && "
                                               "printf '#!/bin/sh\\nexit 1\\n' > /etc/init.d/zookeeper"))
                     .exitCode,
                 0);
        QStringList order;
        const auto results = runControl({ 0, 1 }, Service::ZooKeeper, ServiceAction::Restart, true, &order);
        m_hosts.runOnHost(0, QStringLiteral("cp /root/zk.init /etc/init.d/zookeeper"));
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].state, HostState::Failed);
        QCOMPARE(results[1].state, HostState::Skipped);
        QCOMPARE(order, QStringList({ m_hosts.host(0).name }));
        QVERIFY(zkAnswers(1)); // untouched
    }

    // cancelAfterRunning() during a rolling wait: the wait ends at once (not
    // after its minute), the host says the wait was cancelled, the next host
    // is not started.
    void cancelledRollingWaitEndsAndSkipsTheRest()
    {
        auto started = runControl({ 0, 1 }, Service::ZooKeeper, ServiceAction::Start, false);
        QCOMPARE(started.size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(zkAnswers(0) && zkAnswers(1), 30000);
        const auto pid = [this](int i) {
            return m_hosts.runOnHost(i, QStringLiteral("cat /run/zookeeper.pid")).output.trimmed();
        };
        const QString pid0 = pid(0);
        const QString pid1 = pid(1);

        SshPool pool(options());
        ServiceControlOptions opts;
        opts.rolling = true;
        opts.answerTimeoutMs = 60000;
        opts.ports.zooKeeper = m_hosts.closedPort(); // never answers: the wait would take the full minute
        QElapsedTimer t;
        t.start();
        QVERIFY(
            ServiceControl::run(pool, { spec(0), spec(1) }, Service::ZooKeeper, ServiceAction::Restart, opts)
                .ok());
        // Once host 0 has its new ZooKeeper, the job is waiting (or about to).
        QTRY_VERIFY_WITH_TIMEOUT(pid(0) != pid0 && !pid(0).isEmpty(), 30000);
        pool.cancelAfterRunning();
        QVERIFY(pool.waitForFinished(10000));
        QVERIFY2(t.elapsed() < 30000, qPrintable(QString::number(t.elapsed())));
        const auto results = pool.results();
        QCOMPARE(results[0].state, HostState::Failed);
        QVERIFY2(
            results[0].reason.contains(QStringLiteral("wait for zookeeper to answer again was cancelled")),
            qPrintable(results[0].reason));
        QCOMPARE(results[1].state, HostState::Skipped);
        QVERIFY2(results[1].reason.contains(QStringLiteral("cancelled")), qPrintable(results[1].reason));
        QCOMPARE(pid(1), pid1);
    }
};

QTEST_GUILESS_MAIN(TestServiceControl)
#include "tst_ServiceControl.moc"
