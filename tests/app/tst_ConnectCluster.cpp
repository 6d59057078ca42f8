// File > Connect to Cluster… as a user does it, against a real localcluster:
// the dialog, the Cluster page going live, a bad address refused in the
// dialog, and connecting again to another cluster letting the first go.
#include "app/gui/Composition.h"
#include "tests/support/LocalClusterProcess.h"
#include "widgets/cluster/ClusterPage.h"
#include "widgets/cluster/ConnectDialog.h"
#include "widgets/common/EmptyState.h"
#include "widgets/mainwindow/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace mc;

namespace {

// Answers the next Connect dialog with `answer` once it is open.
void whenDialogOpens(const std::function<void(widgets::ConnectDialog *)> &answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer] {
        auto *dialog = qobject_cast<widgets::ConnectDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        timer->deleteLater();
        answer(dialog);
    });
    timer->start();
}

void type(widgets::ConnectDialog *dialog, const QString &masters, const QString &marathon)
{
    auto *m = dialog->findChild<QLineEdit *>(QStringLiteral("masters"));
    auto *a = dialog->findChild<QLineEdit *>(QStringLiteral("marathon"));
    m->selectAll();
    QTest::keyClicks(m, masters);
    a->selectAll();
    QTest::keyClicks(a, marathon);
    QTest::keyClick(a, Qt::Key_Return);
}

QWidget *page(widgets::MainWindow &window, const QString &id)
{
    return window.findChild<QWidget *>(id + QStringLiteral("Page"));
}

} // namespace

class tst_ConnectCluster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void connectFromTheEmptyStateThenToAnotherCluster()
    {
        test::LocalClusterProcess first({ QStringLiteral("--agents"), QStringLiteral("1") });
        QVERIFY2(first.start(), qPrintable(first.error()));
        test::LocalClusterProcess second({ QStringLiteral("--agents"), QStringLiteral("2") });
        QVERIFY2(second.start(), qPrintable(second.error()));

        widgets::MainWindow window;
        app::Composition composition(&window, {});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showPage(QStringLiteral("cluster"));
        QVERIFY(qobject_cast<widgets::EmptyState *>(page(window, QStringLiteral("cluster"))));

        // A bad address first: the dialog stays open with the reason; then the right ones.
        bool sawProblem = false;
        whenDialogOpens([&](widgets::ConnectDialog *dialog) {
            type(dialog, QStringLiteral("ftp://nowhere"), QString());
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("error"));
            sawProblem
                = dialog->isVisible() && error->isVisible() && error->text().contains(u"ftp://nowhere");
            type(dialog, first.masterUrls().join(u','), first.marathonUrl());
        });
        // The empty state's own button opens the dialog.
        QPushButton *button = nullptr;
        for (QPushButton *b : page(window, QStringLiteral("cluster"))->findChildren<QPushButton *>()) {
            if (b->text() == u"Connect to Cluster…")
                button = b;
        }
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(sawProblem);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.statusBar()->currentMessage().contains(QStringLiteral("Marathon live")), 10000);
        QVERIFY(qobject_cast<widgets::ClusterPage *>(page(window, QStringLiteral("cluster"))));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.statusBar()->currentMessage().contains(first.leaderUrl().section(QStringLiteral("//"), 1)),
            10000);
        QCOMPARE(QSettings().value(QStringLiteral("connect/masters")).toString(),
                 first.masterUrls().join(u','));

        // File > Connect to Cluster… again, to the second cluster: the first is let go.
        whenDialogOpens([&](widgets::ConnectDialog *dialog) {
            type(dialog, second.masterUrls().join(u','), second.marathonUrl());
        });
        emit window.connectRequested();
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(
                                     second.leaderUrl().section(QStringLiteral("//"), 1)),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.statusBar()->currentMessage().contains(QStringLiteral("Marathon live")), 10000);
        // The first cluster going away changes nothing on screen any more.
        first.stop();
        QTest::qWait(1500);
        QVERIFY2(window.statusBar()->currentMessage().contains(
                     second.leaderUrl().section(QStringLiteral("//"), 1)),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Mesos live")));
    }
};

QTEST_MAIN(tst_ConnectCluster)
#include "tst_ConnectCluster.moc"
