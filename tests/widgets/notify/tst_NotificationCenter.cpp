#include "widgets/notify/NotificationCenter.h"

#include <QFrame>
#include <QMainWindow>
#include <QTest>

using mc::cluster::Notice;
using mc::widgets::NotificationCenter;

class tst_NotificationCenter : public QObject
{
    Q_OBJECT

private slots:
    void toastShowsSeverityInWordsAndHides();
    void historyKeepsNewestFirstAndIsBounded();
    void toastStaysInsideResizedWindow();
};

void tst_NotificationCenter::toastShowsSeverityInWordsAndHides()
{
    QMainWindow window;
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    NotificationCenter center(&window);
    QVERIFY(!center.toastVisible());
    center.notify(Notice { Notice::Kind::TaskFailed, Notice::Severity::Error,
                           QStringLiteral("Task of /www failed"),
                           QStringLiteral("www.1 ended as TASK_FAILED on agent1: exit 1") });
    QVERIFY(center.toastVisible());
    QVERIFY(center.toastText().startsWith(QStringLiteral("Error: Task of /www failed")));
    QVERIFY(center.toastText().contains(QStringLiteral("exit 1")));
    QTRY_VERIFY_WITH_TIMEOUT(!center.toastVisible(), NotificationCenter::kToastMs + 2000);
}

void tst_NotificationCenter::historyKeepsNewestFirstAndIsBounded()
{
    QMainWindow window;
    NotificationCenter center(&window);
    for (int i = 0; i < NotificationCenter::kHistoryLimit + 10; ++i)
        center.notify(Notice { Notice::Kind::DeploymentFinished, Notice::Severity::Info,
                               QStringLiteral("Deployment finished"), QString::number(i) });
    QCOMPARE(center.history().size(), NotificationCenter::kHistoryLimit);
    QCOMPARE(center.history().first().notice.text, QString::number(NotificationCenter::kHistoryLimit + 9));
}

void tst_NotificationCenter::toastStaysInsideResizedWindow()
{
    QMainWindow window;
    window.resize(900, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    NotificationCenter center(&window);
    center.notify(Notice { Notice::Kind::LeaderChanged, Notice::Severity::Info,
                           QStringLiteral("Leader changed"), QStringLiteral("m2:5050 now leads") });
    window.resize(600, 500);
    QTest::qWait(50);
    auto *toast = window.findChild<QFrame *>(QStringLiteral("toast"));
    QVERIFY(toast);
    QVERIFY(window.rect().contains(toast->geometry()));
}

QTEST_MAIN(tst_NotificationCenter)
#include "tst_NotificationCenter.moc"
