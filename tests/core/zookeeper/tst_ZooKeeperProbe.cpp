#include "core/zookeeper/ZooKeeperProbe.h"
#include "tests/support/ZooKeeperServer.h"

#include <QTcpServer>
#include <QTest>

using namespace mc::zookeeper;

class tst_ZooKeeperProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void probesRealStandaloneServer();
    void parsesQuorumMemberAnswers();
    void reportsUnreachableServer();

private:
    mc::test::ZooKeeperServer m_server;
};

void tst_ZooKeeperProbe::initTestCase()
{
    const QString error = m_server.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_ZooKeeperProbe::probesRealStandaloneServer()
{
    std::optional<ZkServerStatus> status;
    ZooKeeperProbe::probe(QStringLiteral("127.0.0.1"), m_server.port(), this,
                          [&](ZkServerStatus s) { status = std::move(s); });
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 10000);
    QVERIFY2(status->error.isEmpty(), qPrintable(status->error));
    QVERIFY(status->healthy);
    QCOMPARE(status->mode, QStringLiteral("standalone"));
    QVERIFY(status->version.startsWith(QStringLiteral("3.")));
    QVERIFY(status->connections >= 1);
    QCOMPARE(status->outstanding, 0);
    QVERIFY(status->znodes > 0);
    QVERIFY(status->latencyMax >= status->latencyMin);
}

void tst_ZooKeeperProbe::parsesQuorumMemberAnswers()
{
    ZkServerStatus status;
    ZooKeeperProbe::applySrvr(
        "Zookeeper version: 3.4.14-4c25d480e66aadd371de8bd2fd8da255ac140bcf, built on 03/06/2019\n"
        "Latency min/avg/max: 0/1/37\nReceived: 10\nSent: 9\nConnections: 4\nOutstanding: 2\n"
        "Zxid: 0x100000004\nMode: follower\nNode count: 12\n",
        status);
    QCOMPARE(status.mode, QStringLiteral("follower"));
    QCOMPARE(status.version, QStringLiteral("3.4.14"));
    QCOMPARE(status.latencyMax, 37.0);
    QCOMPARE(status.connections, 4);
    QCOMPARE(status.outstanding, 2);
    QCOMPARE(status.znodes, 12);
    ZooKeeperProbe::applyMntr("zk_version\t3.8.0-x\nzk_server_state\tleader\nzk_avg_latency\t1.5\n"
                              "zk_num_alive_connections\t7\nzk_outstanding_requests\t3\n",
                              status);
    QCOMPARE(status.mode, QStringLiteral("leader"));
    QCOMPARE(status.latencyAvg, 1.5);
    QCOMPARE(status.connections, 7);
    QCOMPARE(status.outstanding, 3);
}

void tst_ZooKeeperProbe::reportsUnreachableServer()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    std::optional<ZkServerStatus> status;
    ZooKeeperProbe::probe(QStringLiteral("127.0.0.1"), port, this,
                          [&](ZkServerStatus s) { status = std::move(s); });
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), 10000);
    QVERIFY(!status->healthy);
    QVERIFY2(status->error.contains(QStringLiteral("Cannot reach ZooKeeper")), qPrintable(status->error));
}

QTEST_GUILESS_MAIN(tst_ZooKeeperProbe)
#include "tst_ZooKeeperProbe.moc"
