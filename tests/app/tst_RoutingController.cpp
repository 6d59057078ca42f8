#include "app/gui/RoutingController.h"

#include "core/inventory/Workspace.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/SshTestHosts.h"
#include "widgets/routing/RoutingView.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using mc::app::RoutingController;
using mc::test::LocalClusterProcess;
using mc::test::SshTestHosts;

namespace {
const QString kConfig = QStringLiteral("/run/mc-haproxy/haproxy.cfg");
}

// The Routing page as a user drives it: a workspace whose masters are real
// sshd hosts and whose Marathon is localcluster; Check shows the changes,
// Sync writes them, automatic sync follows a scale-up.
class tst_RoutingController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void showsRoutesFromMarathon();
    void checkShowsDiffAndWritesNothing();
    void syncWritesEveryMaster();
    void autoSyncFollowsScaleUp();

private:
    QString fileOnHost(int i);
    QString configOnScreen() const { return m_controller->view()->configText(); }
    void click(const char *button);
    bool waitForSync();

    SshTestHosts m_hosts;
    std::unique_ptr<LocalClusterProcess> m_cluster;
    std::unique_ptr<RoutingController> m_controller;
};

void tst_RoutingController::initTestCase()
{
    QString error;
    QVERIFY2(m_hosts.start(2, &error), qPrintable(error));
    if (!m_hosts.canBecome())
        QSKIP("namespaces are not permitted here: the test masters need sudo in their own /run");
    m_cluster = std::make_unique<LocalClusterProcess>(
        QStringList { QStringLiteral("--masters"), QStringLiteral("1") });
    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
    const auto created = mc::test::httpRequest(
        "POST", m_cluster->marathonUrl() + QStringLiteral("/v2/apps"),
        R"({"id":"/www","instances":1,"cpus":0.1,"mem":32,"cmd":"sleep 600","portDefinitions":[{"port":0}]})",
        { { "Content-Type", "application/json" } });
    QVERIFY2(created.status == 201, created.body.constData());

    mc::inventory::Inventory inventory;
    inventory.addGroup(QStringLiteral("masters"));
    for (int i = 0; i < 2; ++i) {
        const SshTestHosts::Host &h = m_hosts.host(i);
        inventory.addHost(h.name, QStringLiteral("masters"));
        inventory.setVariable(h.name, QStringLiteral("ansible_host"), h.address);
        inventory.setVariable(h.name, QStringLiteral("ansible_port"), int(h.port));
        inventory.setVariable(h.name, QStringLiteral("zoo_id"), i + 1);
    }
    inventory.reconcile();
    mc::inventory::ClusterProfile profile;
    profile.name = QStringLiteral("test");
    profile.ssh.user = m_hosts.user();
    profile.ssh.keyPath = m_hosts.keyPath();
    profile.haproxyDomain = QStringLiteral("example.test");
    profile.marathonUrl = m_cluster->marathonUrl();

    m_controller = std::make_unique<RoutingController>();
    mc::ssh::SessionOptions session;
    session.knownHostsPath = m_hosts.knownHostsPath();
    session.sshConfigPath = QStringLiteral("none");
    const QString sudoPassword = m_hosts.password();
    session.prompts.secret
        = [sudoPassword](const mc::ssh::SecretRequest &) { return std::optional(sudoPassword); };
    session.prompts.unknownHostKey
        = [](const mc::ssh::UnknownHostKey &) { return mc::ssh::TrustDecision::Refuse; };
    m_controller->setSessionOptions(session);
    mc::haproxy::SyncOptions sync;
    sync.remotePath = kConfig;
    sync.validateOnHost = true;
    sync.reloadCommand = QStringLiteral("true");
    m_controller->setSyncOptions(sync);
    m_controller->setWorkspace(mc::inventory::Workspace(inventory, profile));
    m_controller->page()->show();
}

void tst_RoutingController::cleanupTestCase()
{
    m_controller.reset();
    m_cluster.reset();
    m_hosts.stop();
}

QString tst_RoutingController::fileOnHost(int i)
{
    return m_hosts.runOnHost(i, QStringLiteral("cat %1 2>/dev/null || echo MISSING").arg(kConfig)).output;
}

void tst_RoutingController::click(const char *button)
{
    auto *b = m_controller->view()->findChild<QPushButton *>(QString::fromLatin1(button));
    QVERIFY(b && b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}

bool tst_RoutingController::waitForSync()
{
    QSignalSpy done(m_controller.get(), &RoutingController::syncFinished);
    return done.wait(60000);
}

void tst_RoutingController::showsRoutesFromMarathon()
{
    QTRY_VERIFY_WITH_TIMEOUT(configOnScreen().contains(QStringLiteral("-m str www.example.test")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(configOnScreen().contains(QStringLiteral("server 127.0.0.1_")), 20000);
}

void tst_RoutingController::checkShowsDiffAndWritesNothing()
{
    click("checkButton");
    QVERIFY(waitForSync());
    auto *results = m_controller->view()->findChild<QTableWidget *>(QStringLiteral("syncResults"));
    QCOMPARE(results->rowCount(), 2);
    QCOMPARE(results->item(0, 1)->text(), QStringLiteral("changed"));
    QVERIFY(m_controller->view()->diffText().contains(QStringLiteral("+backend www_http")));
    QCOMPARE(fileOnHost(0).trimmed(), QStringLiteral("MISSING"));
}

void tst_RoutingController::syncWritesEveryMaster()
{
    click("syncButton");
    QVERIFY(waitForSync());
    for (int i = 0; i < 2; ++i)
        QCOMPARE(fileOnHost(i), configOnScreen());
}

void tst_RoutingController::autoSyncFollowsScaleUp()
{
    QTest::mouseClick(m_controller->view()->findChild<QCheckBox *>(QStringLiteral("autoSync")),
                      Qt::LeftButton);
    if (m_controller->isSyncing())
        QVERIFY(waitForSync());
    const auto scaled
        = mc::test::httpRequest("PUT", m_cluster->marathonUrl() + QStringLiteral("/v2/apps/www"),
                                R"({"instances":2})", { { "Content-Type", "application/json" } });
    QVERIFY2(scaled.status == 200, scaled.body.constData());
    QTRY_COMPARE_WITH_TIMEOUT(configOnScreen().count(QStringLiteral("server 127.0.0.1_")), 4, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(fileOnHost(1), configOnScreen(), 30000);
}

QTEST_MAIN(tst_RoutingController)
#include "tst_RoutingController.moc"
