// File > Connect as an operator uses it on a watched cluster: the dialog comes
// back with every master it was given; a cluster that does not answer costs
// nothing (the one watched stays, and the banner says so); one that answers
// is shown beside it (tst_SeveralClusters).
#include "app/gui/ClusterSession.h"
#include "app/gui/Composition.h"
#include "app/gui/DemoCluster.h"
#include "tests/support/ConnectThrough.h"
#include "tests/support/DemoConsole.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/ConnectDialog.h"
#include "widgets/mainwindow/MainWindow.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace mc;

class tst_ConnectSwitch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The demo without its ZooKeeper ensemble: watched through the masters' URLs, which the
        // Connect dialog must offer again (with ZooKeeper it offers the zk:// URL it was given).
        qputenv("MESOS_CONSOLE_ZOOKEEPER_JAR", "/nonexistent/zookeeper.jar");
        test::openDemoConsole(m_window, m_composition);
    }

    void cleanupTestCase() { delete m_window; }

    void reopensWithEveryMasterAndKeepsTheClusterWhenTheNewOneDoesNotAnswer()
    {
        const app::DemoEndpoints &e = m_composition->demoCluster()->endpoints();
        QVERIFY(e.masterUrls.size() >= 2);
        QPointer<widgets::AppsPage> apps = m_window->findChild<widgets::AppsPage *>();
        QVERIFY(apps);
        QString offered;
        // Nothing listens on port 1: a valid address whose cluster never answers.
        connectThrough([&](widgets::ConnectDialog *dialog) {
            auto *masters = dialog->findChild<QLineEdit *>(QStringLiteral("masters"));
            auto *marathon = dialog->findChild<QLineEdit *>(QStringLiteral("marathon"));
            offered = masters->text();
            masters->clear();
            QTest::keyClicks(masters, QStringLiteral("127.0.0.1:1"));
            marathon->clear();
        });
        for (const QString &url : e.masterUrls)
            QVERIFY2(offered.contains(QUrl(url).authority()), qPrintable(offered));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->bannerText().contains(u"Cannot connect to"), 30000);
        QVERIFY2(m_window->bannerText().contains(u"Still watching"), qPrintable(m_window->bannerText()));
        QVERIFY2(m_window->bannerText().contains(QUrl(e.masterUrls.first()).authority()),
                 qPrintable(m_window->bannerText()));
        // The same pages, still live.
        QVERIFY(apps);
        QCOMPARE(m_window->findChild<widgets::AppsPage *>(), apps.data());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(u"Mesos live"), 15000);
    }

    void aClusterThatAnswersTakesOver()
    {
        const app::DemoEndpoints &e = m_composition->demoCluster()->endpoints();
        QPointer<widgets::AppsPage> before = m_window->findChild<widgets::AppsPage *>();
        connectThrough([&](widgets::ConnectDialog *dialog) {
            test::typeAddresses(dialog, e.masterUrls.last(), e.marathonUrl);
        });
        // Shown once it answered, beside the cluster watched before (whose pages are kept).
        QTRY_COMPARE_WITH_TIMEOUT(m_composition->sessions().size(), 2, 30000);
        QVERIFY(m_window->findChild<widgets::AppsPage *>() != before.data());
        QVERIFY(!before.isNull());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(u"Mesos live"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->statusBar()->currentMessage().contains(u"Marathon live"), 15000);
        QCOMPARE(m_window->currentPageId(), QStringLiteral("cluster"));
        // Offered again as given.
        QString offered;
        connectThrough(
            [&](widgets::ConnectDialog *dialog) {
                offered = dialog->findChild<QLineEdit *>(QStringLiteral("masters"))->text();
            },
            QDialogButtonBox::Cancel);
        QCOMPARE(offered, QUrl(e.masterUrls.last()).toString());
    }

private:
    // File > Connect to Cluster…, `fill` the dialog, then press `button`.
    void connectThrough(const std::function<void(widgets::ConnectDialog *)> &fill,
                        QDialogButtonBox::StandardButton button = QDialogButtonBox::Ok)
    {
        QVERIFY(test::connectThrough(m_window, fill, button));
    }

    widgets::MainWindow *m_window = nullptr;
    app::Composition *m_composition = nullptr;
};

QTEST_MAIN(tst_ConnectSwitch)
#include "tst_ConnectSwitch.moc"
