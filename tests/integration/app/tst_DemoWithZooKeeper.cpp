// `mesos-console --demo` with ZooKeeper installed runs a real three-member
// ensemble, localcluster's masters register in it, and the console watches the
// demo through its zk:// URL: the Cluster page's ZooKeeper panel shows the
// leader and followers, and Help ▸ Demo ▸ Kill leading master is followed
// through ZooKeeper. Without ZooKeeper the demo runs as before and the panel
// says why it is empty.
#include "app/gui/Composition.h"
#include "app/gui/DemoCluster.h"
#include "app/gui/DemoZooKeeper.h"
#include "tests/support/ProcessTree.h"
#include "tests/support/TestPaths.h"
#include "widgets/cluster/ClusterOverview.h"
#include "widgets/common/ConfirmDialog.h"
#include "widgets/mainwindow/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QTimer>
#include <QElapsedTimer>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace mc;

namespace {
constexpr int kDemoTimeoutMs = 180000; // three JVMs, then localcluster, on a busy machine
constexpr int kFailoverTimeoutMs = 30000;

// The ZooKeeper members this process started (java ... QuorumPeerMain).
int zooKeeperChildren()
{
    return int(test::childProcesses(QCoreApplication::applicationPid(), "java", "QuorumPeerMain").size());
}

// "127.0.0.1:40123" of the line that says "leader" in the Masters panel, else empty.
QString leaderIn(const QString &mastersText)
{
    static const QRegularExpression leader(QStringLiteral("(\\S+:\\d+) — leader"));
    return leader.match(mastersText).captured(1);
}
} // namespace

class tst_DemoWithZooKeeper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        test::putBuildBinOnPath();
    }

    void panelShowsTheEnsembleAndFollowsAKilledLeader()
    {
        if (const QString why = app::DemoZooKeeper::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        QElapsedTimer clock;
        clock.start();
        auto *window = new widgets::MainWindow;
        app::StartOptions options;
        options.demo = true;
        auto *composition = new app::Composition(window, options); // owned by the window, as in main()
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(composition->demoZooKeeper());

        widgets::ClusterOverview *overview = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((overview = window->findChild<widgets::ClusterOverview *>()),
                                 kDemoTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(overview->zookeeperText().contains(QStringLiteral("leader"))
                                     && overview->zookeeperText().count(QStringLiteral("follower")) == 2,
                                 kDemoTimeoutMs);
        qInfo("The ZooKeeper panel showed the leader and two followers %.1f s after the demo started "
              "(the ensemble served after %.1f s).",
              double(clock.elapsed()) / 1000.0, double(composition->demoZooKeeper()->startupMs()) / 1000.0);
        QTRY_VERIFY_WITH_TIMEOUT(!leaderIn(overview->mastersText()).isEmpty(), kDemoTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(overview->mastersText().count(QStringLiteral("standby")), 2,
                                  kFailoverTimeoutMs);
        const QString leader = leaderIn(overview->mastersText());

        // Help ▸ Demo ▸ Kill leading master, as a user picks it.
        auto *kill = window->findChild<QAction *>(QStringLiteral("demoKillLeader"));
        QVERIFY(kill);
        QVERIFY(kill->isEnabled());
        auto *demoMenu = window->findChild<QMenu *>(QStringLiteral("demoMenu"));
        QVERIFY(demoMenu);
        QVERIFY(window->menuBar()->actions().contains(window->helpMenu()->menuAction()));
        QVERIFY(window->helpMenu()->actions().contains(demoMenu->menuAction()));
        kill->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->bannerText().contains(QStringLiteral("Killed the leading master")),
                                 kFailoverTimeoutMs);
        // Its ZooKeeper node went with its session: two masters registered, another one leads.
        QTRY_VERIFY_WITH_TIMEOUT(!leaderIn(overview->mastersText()).isEmpty()
                                     && leaderIn(overview->mastersText()) != leader,
                                 kFailoverTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(overview->mastersText().count(QStringLiteral("standby")), 1,
                                  kFailoverTimeoutMs);
        QVERIFY(!overview->mastersText().contains(leader));

        QCOMPARE(zooKeeperChildren(), 3);
        // Closing asks before it stops the demo cluster (tst_ConsoleActions): yes.
        QTimer answer;
        answer.setInterval(20);
        QObject::connect(&answer, &QTimer::timeout, window, [] {
            if (auto *confirm = qobject_cast<widgets::ConfirmDialog *>(QApplication::activeModalWidget()))
                confirm->accept();
        });
        answer.start();
        window->close();
        delete window; // the demo ends: the ensemble stops with it
        QCOMPARE(zooKeeperChildren(), 0);
    }

    void withoutZooKeeperThePanelSaysWhy()
    {
        qputenv("MESOS_CONSOLE_ZOOKEEPER_JAR", "/nonexistent/zookeeper.jar");
        auto *window = new widgets::MainWindow;
        app::StartOptions options;
        options.demo = true;
        auto *composition = new app::Composition(window, options);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(!composition->demoZooKeeper());
        QTRY_VERIFY_WITH_TIMEOUT(composition->demoCluster()->isRunning(), kDemoTimeoutMs);
        widgets::ClusterOverview *overview = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((overview = window->findChild<widgets::ClusterOverview *>()),
                                 kDemoTimeoutMs);
        // The demo works as before (masters polled directly)...
        QTRY_VERIFY_WITH_TIMEOUT(!leaderIn(overview->mastersText()).isEmpty(), kFailoverTimeoutMs);
        // ...and the panel says why it is empty.
        QVERIFY2(overview->zookeeperText().contains(QStringLiteral("ZooKeeper is not installed")),
                 qPrintable(overview->zookeeperText()));
        QVERIFY(overview->zookeeperText().contains(QStringLiteral("/nonexistent/zookeeper.jar")));
        QVERIFY(!overview->zookeeperText().contains(QStringLiteral("connect with a zk://")));
        // Closing asks before it stops the demo cluster (tst_ConsoleActions): yes.
        QTimer answer;
        answer.setInterval(20);
        QObject::connect(&answer, &QTimer::timeout, window, [] {
            if (auto *confirm = qobject_cast<widgets::ConfirmDialog *>(QApplication::activeModalWidget()))
                confirm->accept();
        });
        answer.start();
        window->close();
        delete window;
        qunsetenv("MESOS_CONSOLE_ZOOKEEPER_JAR");
    }
};

QTEST_MAIN(tst_DemoWithZooKeeper)
#include "tst_DemoWithZooKeeper.moc"
