// The console as composed for `mesos-console --master ... --marathon ...`
// against a real localcluster: the notifications button sits in the status
// bar, every snapshot goes through the notice feed into the notification
// center (a deployment that finishes is one notice, with an unread count on
// the button), and nothing is said about the cluster as first seen.
#include "app/gui/Composition.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/notify/NotificationCenter.h"
#include "widgets/palette/CommandPalette.h"

#include <QDialog>
#include <QLineEdit>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

using namespace mc;

class tst_CompositionNotices : public QObject
{
    Q_OBJECT

private slots:
    void deploymentFinishedReachesTheNotificationCenter();
};

void tst_CompositionNotices::deploymentFinishedReachesTheNotificationCenter()
{
    test::LocalClusterProcess cluster({ QStringLiteral("--agents"), QStringLiteral("1") });
    QVERIFY2(cluster.start(), qPrintable(cluster.error()));

    widgets::MainWindow window;
    app::StartOptions options;
    options.masters = cluster.masterUrls();
    options.marathons = { cluster.marathonUrl() };
    app::Composition composition(&window, options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *center = window.findChild<widgets::NotificationCenter *>();
    QVERIFY(center);
    QVERIFY(center->button()->isVisible());
    QCOMPARE(center->button()->parentWidget(), static_cast<QWidget *>(window.statusBar()));

    // Connected and read a few times: nothing to tell yet.
    QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("Marathon live")),
                             10000);
    QTest::qWait(1000);
    QCOMPARE(center->history().size(), 0);

    const test::HttpResult posted
        = test::httpRequest("POST", cluster.marathonUrl() + QStringLiteral("/v2/apps"),
                            R"({"id":"/composed/ok","cmd":"sleep 600","cpus":0.1,"mem":16,"instances":1})",
                            { { "Content-Type", "application/json" } });
    QCOMPARE(posted.status, 201);
    const auto finished = [&] {
        int n = 0;
        for (const auto &e : center->history())
            n += e.notice.kind == cluster::Notice::Kind::DeploymentFinished
                && e.notice.text.contains(QStringLiteral("/composed/ok"));
        return n;
    };
    QTRY_COMPARE_WITH_TIMEOUT(finished(), 1, 15000);
    QTest::qWait(1000);
    QCOMPARE(finished(), 1);
    QCOMPARE(center->unreadCount(), center->history().size());
    QVERIFY(center->toastVisible());
    QCOMPARE(center->button()->text(), QStringLiteral("Notifications (%1)").arg(center->unreadCount()));

    // The command palette (Ctrl+K) has it, with the unread count, and opens the panel...
    window.openCommandPalette();
    auto *palette = window.findChild<widgets::CommandPalette *>();
    QVERIFY(palette);
    auto *filter = palette->findChild<QLineEdit *>(QStringLiteral("paletteFilter"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("notif"));
    QVERIFY2(palette->currentText().startsWith(
                 QStringLiteral("Notifications (%1 unread)").arg(center->unreadCount())),
             qPrintable(palette->currentText()));
    QTest::keyClick(filter, Qt::Key_Return);
    QTRY_VERIFY(center->panel() && center->panel()->isVisible());
    // ...which marks everything read.
    QCOMPARE(center->unreadCount(), 0);
    center->panel()->hide();
    // So does the button.
    center->button()->click();
    QVERIFY(center->panel()->isVisible());
}

QTEST_MAIN(tst_CompositionNotices)
#include "tst_CompositionNotices.moc"
