#include "core/cluster/ServiceProbe.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <memory>

using namespace mc::cluster;

// The rolling restart's waits for Mesos `/health` and Marathon `/ping`
// (ServiceProbe) against a real localcluster: an answer is "up"; a 500, a
// refused connection or an answer slower than the wait is "not up" within the
// wait's timeout, with a reason naming the URL.
class TestServiceProbe : public QObject
{
    Q_OBJECT

    std::unique_ptr<mc::test::LocalClusterProcess> m_cluster;
    QString m_address;
    ServiceProbe::Ports m_ports;

    void addFault(const QString &target, const QString &path, const QString &mode, int delayMs = 0,
                  int count = -1)
    {
        const QJsonObject fault {
            { QStringLiteral("target"), target },   { QStringLiteral("index"), -1 },
            { QStringLiteral("path"), path },       { QStringLiteral("mode"), mode },
            { QStringLiteral("delayMs"), delayMs }, { QStringLiteral("count"), count }
        };
        const auto r = mc::test::httpRequest(
            "POST", m_cluster->marathonUrl() + QStringLiteral("/__admin/faults"),
            QJsonDocument(fault).toJson(QJsonDocument::Compact), { { "Content-Type", "application/json" } });
        QCOMPARE(r.status, 201);
    }
    void clearFaults()
    {
        const auto r
            = mc::test::httpRequest("DELETE", m_cluster->marathonUrl() + QStringLiteral("/__admin/faults"));
        QCOMPARE(r.status, 200);
    }

private slots:
    void initTestCase()
    {
        m_cluster = std::make_unique<mc::test::LocalClusterProcess>(
            QStringList { QStringLiteral("--masters"), QStringLiteral("1") });
        QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
        const QUrl master(m_cluster->masterUrls().value(0));
        const QUrl marathon(m_cluster->marathonUrl());
        m_address = master.host();
        m_ports.mesosMaster = quint16(master.port());
        m_ports.marathon = quint16(marathon.port());
        QCOMPARE(marathon.host(), m_address);
    }
    void cleanupTestCase() { m_cluster.reset(); }
    void cleanup() { clearFaults(); }

    void answeredIsUp_data()
    {
        QTest::addColumn<int>("service");
        QTest::addColumn<QString>("path");
        QTest::newRow("mesos /health") << int(Service::MesosMaster) << QStringLiteral("/health");
        QTest::newRow("marathon /ping") << int(Service::Marathon) << QStringLiteral("/ping");
    }
    void answeredIsUp()
    {
        QFETCH(int, service);
        QFETCH(QString, path);
        QString detail;
        QVERIFY2(ServiceProbe::answers(Service(service), m_address, m_ports, 2000, &detail),
                 qPrintable(detail));
        QVERIFY2(detail.contains(path) && detail.contains(QStringLiteral(" 200")), qPrintable(detail));
        QElapsedTimer t;
        t.start();
        QVERIFY(ServiceProbe::waitUntilAnswers(Service(service), m_address, m_ports, 5000, {}, &detail));
        QVERIFY(t.elapsed() < 3000); // the first attempt, no pause before it
    }

    // A 500 is not up: polled until the timeout, then the status line is the reason.
    void errorAnswerWaitsThenFails_data() { answeredIsUp_data(); }
    void errorAnswerWaitsThenFails()
    {
        QFETCH(int, service);
        QFETCH(QString, path);
        addFault(Service(service) == Service::MesosMaster ? QStringLiteral("master")
                                                          : QStringLiteral("marathon"),
                 path, QStringLiteral("error"));
        QString detail;
        QElapsedTimer t;
        t.start();
        QVERIFY(!ServiceProbe::waitUntilAnswers(Service(service), m_address, m_ports, 1500, {}, &detail));
        // The whole wait (less than the shortest retry at its end), not cut short; the upper
        // bound is loose: a loaded machine (ASan, two CI jobs) is slow, not wrong.
        QVERIFY2(t.elapsed() >= 1400 && t.elapsed() < 4000, qPrintable(QString::number(t.elapsed())));
        // What the service answered, not an attempt the deadline cut to a few milliseconds.
        QVERIFY2(detail.contains(path) && detail.contains(QStringLiteral(" 500")), qPrintable(detail));
    }

    // A service that answers 500 a few times, then 200: the wait keeps polling and succeeds.
    void errorThenAnswerIsUpAfterPolling()
    {
        addFault(QStringLiteral("master"), QStringLiteral("/health"), QStringLiteral("error"), 0, 3);
        QString detail;
        QElapsedTimer t;
        t.start();
        QVERIFY2(ServiceProbe::waitUntilAnswers(Service::MesosMaster, m_address, m_ports, 10000, {}, &detail),
                 qPrintable(detail));
        QVERIFY2(t.elapsed() >= qint64(3) * 250, qPrintable(QString::number(t.elapsed()))); // three pauses
        QVERIFY2(detail.contains(QStringLiteral(" 200")), qPrintable(detail));
    }

    // An answer slower than the wait: not up, within the wait's timeout (no
    // attempt outlasts it), and the reason says nothing came back.
    void slowAnswerFailsWithinTheTimeout_data() { answeredIsUp_data(); }
    void slowAnswerFailsWithinTheTimeout()
    {
        QFETCH(int, service);
        QFETCH(QString, path);
        addFault(Service(service) == Service::MesosMaster ? QStringLiteral("master")
                                                          : QStringLiteral("marathon"),
                 path, QStringLiteral("slow"), 5000);
        QString detail;
        QElapsedTimer t;
        t.start();
        QVERIFY(!ServiceProbe::waitUntilAnswers(Service(service), m_address, m_ports, 1500, {}, &detail));
        // Below the slow answer's 5 s: no attempt outlasts the wait.
        QVERIFY2(t.elapsed() >= 1400 && t.elapsed() < 4000, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(detail.contains(path) && detail.contains(QStringLiteral("no answer")), qPrintable(detail));
    }

    // Slow but within one attempt: up.
    void slowAnswerWithinTheAttemptIsUp()
    {
        addFault(QStringLiteral("marathon"), QStringLiteral("/ping"), QStringLiteral("slow"), 300);
        QString detail;
        QVERIFY2(ServiceProbe::waitUntilAnswers(Service::Marathon, m_address, m_ports, 3000, {}, &detail),
                 qPrintable(detail));
    }

    // The master's port closed (connections refused): waits, fails with the
    // socket's reason; started again during the wait: up.
    void refusedWaitsThenFailsAndRecovers()
    {
        const auto kill = mc::test::httpRequest(
            "POST", m_cluster->marathonUrl() + QStringLiteral("/__admin/masters/0/kill"));
        QCOMPARE(kill.status, 200);
        QString detail;
        QElapsedTimer t;
        t.start();
        QVERIFY(!ServiceProbe::waitUntilAnswers(Service::MesosMaster, m_address, m_ports, 1000, {}, &detail));
        QVERIFY2(t.elapsed() >= 900 && t.elapsed() < 4000, qPrintable(QString::number(t.elapsed())));
        QVERIFY2(detail.contains(QStringLiteral("/health")) && detail.contains(QStringLiteral("refused")),
                 qPrintable(detail));

        // Restarted 700 ms into a wait: the wait sees it come back.
        const QString restartUrl = m_cluster->marathonUrl() + QStringLiteral("/__admin/masters/0/restart");
        std::unique_ptr<QThread> restarter(QThread::create([restartUrl] {
            QThread::msleep(700);
            mc::test::httpRequest("POST", restartUrl);
        }));
        restarter->start();
        t.restart();
        const bool up
            = ServiceProbe::waitUntilAnswers(Service::MesosMaster, m_address, m_ports, 10000, {}, &detail);
        restarter->wait();
        QVERIFY2(up, qPrintable(detail));
        QVERIFY(t.elapsed() >= 600);
    }

    // A cancelled wait ends at the next poll, long before its timeout.
    void cancelledWaitEndsEarly()
    {
        addFault(QStringLiteral("marathon"), QStringLiteral("/ping"), QStringLiteral("error"));
        QElapsedTimer t;
        t.start();
        QVERIFY(!ServiceProbe::waitUntilAnswers(Service::Marathon, m_address, m_ports, 30000,
                                                [&t] { return t.elapsed() > 500; }));
        QVERIFY(t.elapsed() < 2000);
    }
};

QTEST_GUILESS_MAIN(TestServiceProbe)
#include "tst_ServiceProbe.moc"
