// Postflight against what serves here: localcluster's Mesos masters
// (/master/redirect) and Marathon (/ping), a master without a leader (a real
// HTTP server answering 503 as Mesos does), and ports nobody listens on.
#include "core/provision/Postflight.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TinyHttpServer.h"

#include <QTcpServer>
#include <QThread>
#include <QUrl>
#include <QtTest>

using namespace mc::provision;

namespace {

PostflightTargets::Endpoint endpoint(const QString &host, const QString &url)
{
    const QUrl u(url);
    return { host, u.host(), quint16(u.port()) };
}

quint16 closedPort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost);
    return s.serverPort(); // closed when s goes
}

// Runs the blocking postflight on a thread while this thread's event loop
// serves the in-process HTTP server.
PostflightReport runAside(const PostflightTargets &targets, int timeoutMs)
{
    PostflightReport report;
    std::unique_ptr<QThread> t(QThread::create([&] { report = Postflight::run(targets, timeoutMs); }));
    t->start();
    QElapsedTimer timer;
    timer.start();
    while (!t->isFinished() && timer.elapsed() < 10000)
        QTest::qWait(20);
    t->wait();
    return report;
}

} // namespace

class tst_Postflight : public QObject
{
    Q_OBJECT

private slots:
    void mesosLeaderAndMarathonPingOnLocalcluster()
    {
        mc::test::LocalClusterProcess cluster({ QStringLiteral("--masters"), QStringLiteral("3"),
                                                QStringLiteral("--agents"), QStringLiteral("1") });
        QVERIFY2(cluster.start(), qPrintable(cluster.error()));
        PostflightTargets t;
        const QStringList masters = cluster.masterUrls();
        QCOMPARE(masters.size(), 3);
        for (int i = 0; i < masters.size(); ++i)
            t.mesosMasters << endpoint(QStringLiteral("m%1").arg(i + 1), masters[i]);
        t.marathons << endpoint(QStringLiteral("m1"), cluster.marathonUrl());
        const PostflightReport r = Postflight::run(t, 3000);
        QVERIFY2(r.ok(), qPrintable(r.text()));
        QCOMPARE(r.checks.size(), 4);
        const PostflightVerdict *mesos = r.verdict(Postflight::kMesos);
        QVERIFY(mesos);
        const QString leaderPort = QString::number(QUrl(cluster.leaderUrl()).port());
        QVERIFY2(mesos->text.contains(QStringLiteral("leader elected: ")), qPrintable(mesos->text));
        QVERIFY2(mesos->text.contains(u':' + leaderPort + u' '), qPrintable(mesos->text));
        QVERIFY2(mesos->text.contains(QStringLiteral("3 of 3 masters agree")), qPrintable(mesos->text));
        for (const PostflightCheck &c : r.checks) {
            if (c.service == Postflight::kMesos)
                QVERIFY2(c.role.endsWith(u':' + leaderPort), qPrintable(c.role));
        }
        const PostflightVerdict *marathon = r.verdict(Postflight::kMarathon);
        QVERIFY(marathon && marathon->ok);
        QVERIFY2(r.text().contains(QStringLiteral("/ping: pong")), qPrintable(r.text()));
    }

    void unreachableServicesSayWhichAndWhy()
    {
        const quint16 port = closedPort();
        PostflightTargets t;
        t.zooKeeper << PostflightTargets::Endpoint { QStringLiteral("m1"), QStringLiteral("127.0.0.1"),
                                                     port };
        t.mesosMasters << PostflightTargets::Endpoint { QStringLiteral("m1"), QStringLiteral("127.0.0.1"),
                                                        port };
        t.marathons << PostflightTargets::Endpoint { QStringLiteral("m1"), QStringLiteral("127.0.0.1"),
                                                     port };
        QElapsedTimer timer;
        timer.start();
        const PostflightReport r = Postflight::run(t, 2000);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(!r.ok());
        QCOMPARE(r.verdicts.size(), 3);
        for (const PostflightVerdict &v : r.verdicts) {
            QVERIFY2(!v.ok, qPrintable(v.text));
            QVERIFY2(v.text.contains(QStringLiteral("m1 (cannot ask 127.0.0.1:%1").arg(port)),
                     qPrintable(v.text));
            QVERIFY2(v.text.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(v.text));
        }
        for (const PostflightCheck &c : r.checks)
            QVERIFY(!c.reached && !c.ok);
    }

    void masterWithoutLeaderAndSilentServerAreReported()
    {
        mc::test::TinyHttpServer electing;
        QVERIFY(electing.listen());
        electing.route("/master/redirect", [](const mc::test::TinyHttpServer::Request &) {
            mc::test::TinyHttpServer::Reply reply;
            reply.status = 503;
            reply.body = "No leader elected";
            return reply;
        });
        mc::test::TinyHttpServer silent;
        QVERIFY(silent.listen());
        silent.route("/ping", [](const mc::test::TinyHttpServer::Request &) {
            mc::test::TinyHttpServer::Reply reply;
            reply.hang = true;
            return reply;
        });
        PostflightTargets t;
        t.mesosMasters << PostflightTargets::Endpoint { QStringLiteral("m1"), QStringLiteral("127.0.0.1"),
                                                        electing.port() };
        t.marathons << PostflightTargets::Endpoint { QStringLiteral("m1"), QStringLiteral("127.0.0.1"),
                                                     silent.port() };
        const PostflightReport r = runAside(t, 1000);
        const PostflightVerdict *mesos = r.verdict(Postflight::kMesos);
        QVERIFY(mesos && !mesos->ok);
        QVERIFY2(mesos->text.contains(QStringLiteral("no leader elected")), qPrintable(mesos->text));
        QVERIFY2(mesos->text.contains(QStringLiteral("No leader elected")), qPrintable(mesos->text));
        const PostflightVerdict *marathon = r.verdict(Postflight::kMarathon);
        QVERIFY(marathon && !marathon->ok);
        QVERIFY2(marathon->text.contains(QStringLiteral("no answer within 1000 ms")),
                 qPrintable(marathon->text));
    }

    void targetsFollowThePlansRolesAndPorts()
    {
        Plan plan;
        HostPlan m;
        m.host = QStringLiteral("m1");
        m.master = true;
        m.values.insert(QStringLiteral("address"), QStringLiteral("10.0.0.1"));
        m.values.insert(QStringLiteral("marathon_http_port"), 8090);
        for (const char *role : { "zookeeper", "mesos-master", "marathon" })
            m.roles << RolePlan { QLatin1String(role), {}, {} };
        HostPlan a;
        a.host = QStringLiteral("a1");
        a.agent = true;
        a.roles << RolePlan { QStringLiteral("mesos-agent"), {}, {} };
        plan.hosts << m << a;
        const PostflightTargets t = PostflightTargets::fromPlan(plan);
        QCOMPARE(t.zooKeeper.size(), 1);
        QCOMPARE(t.zooKeeper[0].port, quint16(2181));
        QCOMPARE(t.mesosMasters[0].address, QStringLiteral("10.0.0.1"));
        QCOMPARE(t.mesosMasters[0].port, quint16(5050));
        QCOMPARE(t.marathons[0].port, quint16(8090));
    }
};

QTEST_GUILESS_MAIN(tst_Postflight)
#include "tst_Postflight.moc"
