#include "core/haproxy/HaproxyConfig.h"
#include "core/haproxy/HaproxySync.h"
#include "core/ssh/SshPool.h"
#include "tests/support/HttpIdServer.h"
#include "tests/support/SshTestHosts.h"

#include <QCryptographicHash>
#include <QTest>

#include <memory>

using namespace mc::haproxy;
using mc::ssh::HostResult;
using mc::ssh::HostState;
using mc::test::HttpIdServer;
using mc::test::SshTestHosts;

namespace {
const QString kDir = QStringLiteral("/run/mc-haproxy");
const QString kConfig = kDir + QStringLiteral("/haproxy.cfg");
const QString kPidFile = kDir + QStringLiteral("/pid");
} // namespace

// Pushes generated configs to real HAProxy instances on real sshd test hosts
// (each in its own network and mount namespace, as masters would be) and
// sends HTTP through them.
class tst_HaproxySync : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void checkModeShowsDiffAndWritesNothing();
    void syncPushesToEveryMasterAndRoutes();
    void unchangedConfigCausesNoReload();
    void killedTaskLeavesTheBackendsAfterSync();
    void configRejectedByHaproxyIsNeverPushed();

private:
    QList<HostResult> sync(const QString &config, bool checkOnly, std::shared_ptr<SyncDiffs> diffs = {});
    QString render(const QList<HttpIdServer *> &www);
    QString fileOnHost(int i, const QString &path);

    SshTestHosts m_hosts;
    QList<mc::ssh::HostSpec> m_specs;
    QHostAddress m_gateway;
    std::vector<std::unique_ptr<HttpIdServer>> m_www;
    SyncOptions m_sync;
};

void tst_HaproxySync::initTestCase()
{
    QString error;
    QVERIFY2(m_hosts.start(2, &error), qPrintable(error));
    if (!m_hosts.isolated())
        QSKIP("network namespaces are not permitted here: the masters' HAProxy needs its own port 80");
    for (const SshTestHosts::Host &host : m_hosts.hosts()) {
        mc::ssh::HostSpec spec;
        spec.name = host.name;
        spec.address = host.address;
        spec.port = host.port;
        spec.user = m_hosts.user();
        spec.keyPath = m_hosts.keyPath();
        spec.becomePassword = m_hosts.password();
        m_specs << spec;
    }
    m_gateway = QHostAddress(m_hosts.host(0).address.section(u'.', 0, 2) + QStringLiteral(".1"));
    for (int i = 1; i <= 2; ++i)
        m_www.push_back(std::make_unique<HttpIdServer>(QStringLiteral("www.%1").arg(i), m_gateway));
    m_sync.remotePath = kConfig;
    m_sync.reloadCommand = QStringLiteral("if [ -s %1 ]; then haproxy -D -p %1 -f %2 -sf $(cat %1); "
                                          "else haproxy -D -p %1 -f %2; fi")
                               .arg(kPidFile, kConfig);
}

void tst_HaproxySync::cleanupTestCase()
{
    m_hosts.stop();
}

QString tst_HaproxySync::render(const QList<HttpIdServer *> &www)
{
    RouteApp app { QStringLiteral("/www"), {}, false, {}, {} };
    for (HttpIdServer *server : www)
        app.tasks << RouteTask { server->id(), m_gateway.toString(), { server->port() }, true, std::nullopt };
    RoutingOptions options;
    options.domain = QStringLiteral("example.test");
    options.runAsUser.clear();
    const auto config = renderConfig({ app }, options);
    return config.ok() ? config->text : QString();
}

QList<HostResult> tst_HaproxySync::sync(const QString &config, bool checkOnly,
                                        std::shared_ptr<SyncDiffs> diffs)
{
    mc::ssh::SessionOptions options;
    options.knownHostsPath = m_hosts.knownHostsPath();
    options.sshConfigPath = QStringLiteral("none");
    mc::ssh::SshPool pool(options);
    SyncOptions sync = m_sync;
    sync.checkOnly = checkOnly;
    pool.run(m_specs, syncJob(config, sync, diffs ? diffs : std::make_shared<SyncDiffs>()));
    if (!pool.waitForFinished(120000))
        return {};
    return pool.results();
}

QString tst_HaproxySync::fileOnHost(int i, const QString &path)
{
    const auto r = m_hosts.runOnHost(i, QStringLiteral("cat %1 2>/dev/null || echo MISSING").arg(path));
    return r.output.trimmed();
}

void tst_HaproxySync::checkModeShowsDiffAndWritesNothing()
{
    auto diffs = std::make_shared<SyncDiffs>();
    const QList<HostResult> results = sync(render({ m_www[0].get() }), true, diffs);
    QCOMPARE(results.size(), 2);
    for (const HostResult &r : results) {
        QCOMPARE(r.state, HostState::Changed);
        QVERIFY(diffs->get(r.host).contains(QStringLiteral("+backend www_http")));
    }
    QCOMPARE(fileOnHost(0, kConfig), QStringLiteral("MISSING"));
    QCOMPARE(fileOnHost(1, kConfig), QStringLiteral("MISSING"));
}

void tst_HaproxySync::syncPushesToEveryMasterAndRoutes()
{
    const QString config = render({ m_www[0].get(), m_www[1].get() });
    const QList<HostResult> results = sync(config, false);
    QCOMPARE(results.size(), 2);
    for (int i = 0; i < 2; ++i) {
        QVERIFY2(results.at(i).state == HostState::Changed, qPrintable(results.at(i).reason));
        const auto sum = m_hosts.runOnHost(i, QStringLiteral("sha256sum ") + kConfig);
        QCOMPARE(sum.output.section(u' ', 0, 0),
                 QString::fromLatin1(
                     QCryptographicHash::hash(config.toUtf8(), QCryptographicHash::Sha256).toHex()));
        const QHostAddress master(m_hosts.host(i).address);
        QSet<QString> answers;
        for (int n = 0; n < 6; ++n)
            answers << mc::test::httpGet(master, 80, QStringLiteral("www.example.test"));
        QCOMPARE(answers, (QSet<QString> { QStringLiteral("200 www.1"), QStringLiteral("200 www.2") }));
    }
}

void tst_HaproxySync::unchangedConfigCausesNoReload()
{
    const QString pidBefore = fileOnHost(0, kPidFile);
    QVERIFY(!pidBefore.isEmpty() && pidBefore != u"MISSING");
    auto diffs = std::make_shared<SyncDiffs>();
    const QList<HostResult> results = sync(render({ m_www[0].get(), m_www[1].get() }), false, diffs);
    for (const HostResult &r : results) {
        QCOMPARE(r.state, HostState::Ok);
        QVERIFY(diffs->get(r.host).isEmpty());
    }
    QCOMPARE(fileOnHost(0, kPidFile), pidBefore);
}

void tst_HaproxySync::killedTaskLeavesTheBackendsAfterSync()
{
    const QList<HostResult> results = sync(render({ m_www[1].get() }), false);
    for (const HostResult &r : results)
        QCOMPARE(r.state, HostState::Changed);
    const QHostAddress master(m_hosts.host(1).address);
    QSet<QString> answers;
    QTRY_VERIFY_WITH_TIMEOUT(
        mc::test::httpGet(master, 80, QStringLiteral("www.example.test")) == u"200 www.2", 5000);
    for (int n = 0; n < 6; ++n)
        answers << mc::test::httpGet(master, 80, QStringLiteral("www.example.test"));
    QCOMPARE(answers, QSet<QString> { QStringLiteral("200 www.2") });
}

void tst_HaproxySync::configRejectedByHaproxyIsNeverPushed()
{
    const QString before = fileOnHost(0, kConfig);
    const QString broken = QStringLiteral("frontend x\n    bind *:81\n    use_backend nowhere\n");
    const QList<HostResult> results = sync(broken, false);
    for (const HostResult &r : results) {
        QCOMPARE(r.state, HostState::Failed);
        QVERIFY2(r.reason.contains(QStringLiteral("rejects")), qPrintable(r.reason));
    }
    QCOMPARE(fileOnHost(0, kConfig), before);
    QCOMPARE(mc::test::httpGet(QHostAddress(m_hosts.host(0).address), 80, QStringLiteral("www.example.test")),
             QStringLiteral("200 www.2"));
}

QTEST_GUILESS_MAIN(tst_HaproxySync)
#include "tst_HaproxySync.moc"
