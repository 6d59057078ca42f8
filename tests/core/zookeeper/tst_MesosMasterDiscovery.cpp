#include "core/zookeeper/MesosMasterDiscovery.h"
#include "core/zookeeper/ZooKeeperSession.h"
#include "tests/support/TestPaths.h"
#include "tests/support/ZooKeeperServer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTest>

using namespace mc::zookeeper;

// Leader discovery against a real ZooKeeper holding the json.info_* nodes of
// fixtures/mesos/zookeeper/mesos-znode.assembled-1.11.json.
class tst_MesosMasterDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesZkUrls_data();
    void parsesZkUrls();
    void findsLowestSequenceAsLeader();
    void findsLeaderAsynchronouslyOffTheGuiThread();
    void newLeaderAfterLeaderNodeVanishes();
    void noContenderMeansNoLeader();
    void legacyInfoNodesGiveAClearError();
    void missingZnodeIsAnError();
    void unreachableEnsembleTimesOut();

private:
    ZkUrl url(const QString &path) const { return ZkUrl::parse(m_server.zkUrl(path)).value(); }
    std::unique_ptr<ZooKeeperSession> session() const
    {
        auto s = ZooKeeperSession::connect(url(QStringLiteral("/mesos")), 5000);
        return s.ok() ? std::move(s).value() : nullptr;
    }

    mc::test::ZooKeeperServer m_server;
};

void tst_MesosMasterDiscovery::initTestCase()
{
    const QString error = m_server.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QFile file(mc::test::fixturePath(QStringLiteral("mesos/zookeeper/mesos-znode.assembled-1.11.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject znode = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject data = znode.value(u"data").toObject();
    auto zk = session();
    QVERIFY(zk);
    for (const QJsonArray items = znode.value(u"children").toArray(); const QJsonValue &child : items) {
        const QString name = child.toString();
        const QByteArray payload = data.contains(name)
            ? QJsonDocument(data.value(name).toObject()).toJson(QJsonDocument::Compact)
            : QByteArray();
        const auto created = zk->create(QStringLiteral("/mesos/") + name, payload);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    }
}

void tst_MesosMasterDiscovery::parsesZkUrls_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("hosts");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("user");
    QTest::newRow("three hosts") << "zk://h1:2181,h2:2182,h3/mesos"
                                 << "h1:2181,h2:2182,h3:2181"
                                 << "/mesos"
                                 << "";
    QTest::newRow("credentials") << "zk://u:p@10.0.0.1:2181/a/b/"
                                 << "10.0.0.1:2181"
                                 << "/a/b"
                                 << "u";
    QTest::newRow("no path") << "zk://h1:2181"
                             << ""
                             << ""
                             << "";
    QTest::newRow("http") << "http://h1:2181/mesos"
                          << ""
                          << ""
                          << "";
    QTest::newRow("bad port") << "zk://h1:99999/mesos"
                              << ""
                              << ""
                              << "";
}

void tst_MesosMasterDiscovery::parsesZkUrls()
{
    QFETCH(QString, text);
    QFETCH(QString, hosts);
    QFETCH(QString, path);
    QFETCH(QString, user);
    const auto parsed = ZkUrl::parse(text);
    if (hosts.isEmpty()) {
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().message.contains(QStringLiteral("zk://host1:2181")));
        return;
    }
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->connectString(), hosts);
    QCOMPARE(parsed->path, path);
    QCOMPARE(parsed->user, user);
}

void tst_MesosMasterDiscovery::findsLowestSequenceAsLeader()
{
    const auto masters = MesosMasterDiscovery::fetch(url(QStringLiteral("/mesos")));
    QVERIFY2(masters.ok(), qPrintable(masters.ok() ? QString() : masters.error().message));
    QCOMPARE(int(masters->members.size()), 3); // log_replicas is not a master
    QVERIFY(masters->leader.has_value());
    QCOMPARE(masters->leader->hostname, QStringLiteral("mesos-master-2.test"));
    QCOMPARE(masters->leader->ip, QStringLiteral("127.0.1.2"));
    QCOMPARE(masters->leader->port, 5050);
    QCOMPARE(masters->members[0].node, QStringLiteral("json.info_0000000007"));
    QCOMPARE(masters->members[1].node, QStringLiteral("json.info_0000000009"));
}

void tst_MesosMasterDiscovery::findsLeaderAsynchronouslyOffTheGuiThread()
{
    std::optional<mc::Result<MesosMasters>> result;
    Qt::HANDLE callbackThread = nullptr;
    MesosMasterDiscovery::discover(url(QStringLiteral("/mesos")), this, [&](mc::Result<MesosMasters> r) {
        callbackThread = QThread::currentThreadId();
        result = std::move(r);
    });
    QVERIFY(!result.has_value()); // nothing blocked the caller
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000);
    QCOMPARE(callbackThread, QThread::currentThreadId());
    QVERIFY(result->ok());
    QCOMPARE(result->value().leader->hostname, QStringLiteral("mesos-master-2.test"));
}

void tst_MesosMasterDiscovery::newLeaderAfterLeaderNodeVanishes()
{
    auto zk = session();
    QVERIFY(zk);
    const QByteArray leaderData = zk->data(QStringLiteral("/mesos/json.info_0000000007")).value();
    QVERIFY(zk->remove(QStringLiteral("/mesos/json.info_0000000007")).ok());
    const auto masters = MesosMasterDiscovery::fetch(url(QStringLiteral("/mesos")));
    QVERIFY(masters.ok());
    QCOMPARE(masters->leader->hostname, QStringLiteral("mesos-master-1.test"));
    QCOMPARE(int(masters->members.size()), 2);
    QVERIFY(zk->create(QStringLiteral("/mesos/json.info_0000000007"), leaderData).ok());
}

void tst_MesosMasterDiscovery::noContenderMeansNoLeader()
{
    auto zk = session();
    QVERIFY(zk);
    QVERIFY(zk->create(QStringLiteral("/electing/log_replicas"), {}).ok());
    const auto masters = MesosMasterDiscovery::fetch(url(QStringLiteral("/electing")));
    QVERIFY(masters.ok());
    QVERIFY(!masters->leader.has_value());
    QVERIFY(masters->members.empty());
}

void tst_MesosMasterDiscovery::legacyInfoNodesGiveAClearError()
{
    auto zk = session();
    QVERIFY(zk);
    QVERIFY(zk->create(QStringLiteral("/old/info_0000000001"), QByteArray("\x0a\x05\x31", 3)).ok());
    const auto masters = MesosMasterDiscovery::fetch(url(QStringLiteral("/old")));
    QVERIFY(!masters.ok());
    QVERIFY2(masters.error().message.contains(QStringLiteral("0.19-0.23")),
             qPrintable(masters.error().message));
}

void tst_MesosMasterDiscovery::missingZnodeIsAnError()
{
    const auto masters = MesosMasterDiscovery::fetch(url(QStringLiteral("/nothing-here")));
    QVERIFY(!masters.ok());
    QVERIFY(masters.error().message.contains(QStringLiteral("/nothing-here")));
}

void tst_MesosMasterDiscovery::unreachableEnsembleTimesOut()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();
    const auto parsed = ZkUrl::parse(QStringLiteral("zk://127.0.0.1:%1/mesos").arg(port));
    QElapsedTimer timer;
    timer.start();
    const auto masters = MesosMasterDiscovery::fetch(parsed.value(), 1000);
    QVERIFY(!masters.ok());
    QVERIFY2(masters.error().message.contains(QStringLiteral("did not answer")),
             qPrintable(masters.error().message));
    QVERIFY(timer.elapsed() < 5000);
}

QTEST_GUILESS_MAIN(tst_MesosMasterDiscovery)
#include "tst_MesosMasterDiscovery.moc"
