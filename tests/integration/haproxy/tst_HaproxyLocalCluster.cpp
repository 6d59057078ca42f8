#include "core/haproxy/RoutingSyncDriver.h"
#include "core/http/HttpClient.h"
#include "tests/support/HaproxyProcess.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/HttpIdServer.h"
#include "tests/support/LocalClusterProcess.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace mc::haproxy;
using mc::test::HaproxyProcess;
using mc::test::LocalClusterProcess;

// The whole routing path with real parts: localcluster runs app "www" as
// real processes (each answers with its task id), the sync driver follows
// its Marathon events, a real HAProxy gets every new config, and HTTP with
// "Host: www.<domain>" reaches the tasks.
class tst_HaproxyLocalCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void hostHeaderReachesEveryTask();
    void killedTaskLeavesAfterSync();
    void scaleUpAddsServers();

private:
    QStringList runningTaskIds();
    bool waitForServers(int count);
    // Marathon refuses changes to an app while its deployment runs (409): wait it out.
    bool waitForNoDeployments();
    QSet<QString> answers(int requests);

    std::unique_ptr<LocalClusterProcess> m_cluster;
    std::unique_ptr<mc::http::HttpClient> m_client;
    std::unique_ptr<RoutingSyncDriver> m_driver;
    HaproxyProcess m_haproxy;
    quint16 m_httpPort = 0;
    QString m_haproxyError;
};

void tst_HaproxyLocalCluster::initTestCase()
{
    m_cluster = std::make_unique<LocalClusterProcess>(QStringList {
        QStringLiteral("--masters"), QStringLiteral("1"), QStringLiteral("--agents"), QStringLiteral("2") });
    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
    const QByteArray app = R"({"id":"/www","instances":2,"cpus":0.1,"mem":32,
        "container":{"type":"DOCKER","docker":{"image":"nginx:1.25"}},
        "networks":[{"mode":"host"}],"portDefinitions":[{"port":0,"protocol":"tcp"}]})";
    const auto created = mc::test::httpRequest("POST", m_cluster->marathonUrl() + QStringLiteral("/v2/apps"),
                                               app, { { "Content-Type", "application/json" } });
    QVERIFY2(created.status == 201, created.body.constData());
    QTRY_COMPARE_WITH_TIMEOUT(runningTaskIds().size(), 2, 20000);

    m_httpPort = mc::test::freeTcpPort();
    RoutingOptions options;
    options.domain = QStringLiteral("example.test");
    options.httpBind = QStringLiteral("127.0.0.1:%1").arg(m_httpPort);
    options.serviceBindAddress = QStringLiteral("127.0.0.1");
    options.statsBind = QStringLiteral("127.0.0.1:%1").arg(mc::test::freeTcpPort());
    options.runAsUser.clear();
    m_client = std::make_unique<mc::http::HttpClient>();
    m_driver = std::make_unique<RoutingSyncDriver>(m_client.get(), QUrl(m_cluster->marathonUrl()), options);
    m_driver->setDebounceMs(200);
    connect(m_driver.get(), &RoutingSyncDriver::configChanged, this, [this](const RenderedConfig &config) {
        if (!m_haproxy.start(config.text, m_httpPort))
            m_haproxyError = m_haproxy.errorText();
    });
    m_driver->start();
    QVERIFY(waitForServers(2));
}

void tst_HaproxyLocalCluster::cleanupTestCase()
{
    m_driver.reset();
    m_haproxy.stop();
    m_cluster.reset();
}

QStringList tst_HaproxyLocalCluster::runningTaskIds()
{
    const auto r = mc::test::httpGet(m_cluster->marathonUrl() + QStringLiteral("/v2/apps/www/tasks"));
    QStringList ids;
    const QJsonArray taskList = r.json().object().value(QStringLiteral("tasks")).toArray();
    for (const QJsonValue &task : taskList) {
        if (task.toObject().value(QStringLiteral("state")).toString() == u"TASK_RUNNING")
            ids << task.toObject().value(QStringLiteral("id")).toString();
    }
    ids.sort();
    return ids;
}

bool tst_HaproxyLocalCluster::waitForServers(int count)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        if (!m_haproxyError.isEmpty()) {
            qWarning().noquote() << m_haproxyError;
            return false;
        }
        if (m_driver->hasConfig() && !m_driver->lastConfig().routes.isEmpty()
            && m_driver->lastConfig().routes.first().servers.size() == count)
            return true;
        QTest::qWait(50);
    }
    return false;
}

bool tst_HaproxyLocalCluster::waitForNoDeployments()
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        const auto r = mc::test::httpGet(m_cluster->marathonUrl() + QStringLiteral("/v2/deployments"));
        if (r.status == 200 && r.json().isArray() && r.json().array().isEmpty())
            return true;
        QTest::qWait(50);
    }
    return false;
}

QSet<QString> tst_HaproxyLocalCluster::answers(int requests)
{
    QSet<QString> seen;
    for (int i = 0; i < requests; ++i)
        seen << mc::test::httpGet(m_httpPort, QStringLiteral("www.example.test"));
    return seen;
}

void tst_HaproxyLocalCluster::hostHeaderReachesEveryTask()
{
    QSet<QString> expected;
    for (const QString &id : runningTaskIds())
        expected << QStringLiteral("200 ") + id;
    QCOMPARE(expected.size(), 2);
    QCOMPARE(answers(8), expected);
}

void tst_HaproxyLocalCluster::killedTaskLeavesAfterSync()
{
    QVERIFY(waitForNoDeployments());
    const QStringList before = runningTaskIds();
    QCOMPARE(before.size(), 2);
    const auto killed = mc::test::httpRequest("DELETE",
                                              m_cluster->marathonUrl() + QStringLiteral("/v2/apps/www/tasks/")
                                                  + before.first() + QStringLiteral("?scale=true"));
    QVERIFY2(killed.status == 200, killed.body.constData());
    QVERIFY(waitForServers(1));
    QTRY_COMPARE_WITH_TIMEOUT(answers(6), QSet<QString> { QStringLiteral("200 ") + before.last() }, 10000);
}

void tst_HaproxyLocalCluster::scaleUpAddsServers()
{
    QVERIFY(waitForNoDeployments());
    const auto scaled
        = mc::test::httpRequest("PUT", m_cluster->marathonUrl() + QStringLiteral("/v2/apps/www"),
                                R"({"instances":3})", { { "Content-Type", "application/json" } });
    QVERIFY2(scaled.status == 200, scaled.body.constData());
    QTRY_COMPARE_WITH_TIMEOUT(runningTaskIds().size(), 3, 20000);
    QVERIFY(waitForServers(3));
    QSet<QString> expected;
    for (const QString &id : runningTaskIds())
        expected << QStringLiteral("200 ") + id;
    QTRY_COMPARE_WITH_TIMEOUT(answers(12), expected, 10000);
}

QTEST_GUILESS_MAIN(tst_HaproxyLocalCluster)
#include "tst_HaproxyLocalCluster.moc"
