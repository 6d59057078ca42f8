#include "widgets/notify/NotificationCenter.h"

#include <QDialog>
#include <QFrame>
#include <QListWidget>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTest>
#include <QToolButton>

using mc::cluster::Notice;
using mc::widgets::NotificationCenter;

class tst_NotificationCenter : public QObject
{
    Q_OBJECT

private slots:
    void toastShowsSeverityInWordsAndHides();
    void historyKeepsNewestFirstAndIsBounded();
    void toastStaysInsideResizedWindow();
    void unreadCountOnButtonAndMarkAllRead();
    void panelListsNewestFirstAndMarksRead();
    void panelUpdatesLiveAndClears();
    void trayMessagesCanBeTurnedOff();
    void enterClosesThePanelAndKeepsTheHistory();
    void anEntryOpensItsObject();
};

namespace {
Notice notice(const QString &title, const QString &text, Notice::Severity severity = Notice::Severity::Info)
{
    return Notice { Notice::Kind::DeploymentFinished, severity, title, text };
}

QStringList rows(const QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}
} // namespace

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

void tst_NotificationCenter::unreadCountOnButtonAndMarkAllRead()
{
    QMainWindow window;
    NotificationCenter center(&window);
    QSignalSpy unread(&center, &NotificationCenter::unreadCountChanged);
    QCOMPARE(center.unreadCount(), 0);
    QCOMPARE(center.button()->text(), QStringLiteral("Notifications"));
    QVERIFY(!center.button()->font().bold());
    center.notify(
        notice(QStringLiteral("Deployment finished"), QStringLiteral("The deployment of /a finished.")));
    center.notify(
        notice(QStringLiteral("Leader changed"), QStringLiteral("m2:5050 now leads instead of m1:5050.")));
    QCOMPARE(center.unreadCount(), 2);
    QCOMPARE(center.button()->text(), QStringLiteral("Notifications (2)"));
    QVERIFY(center.button()->font().bold());
    QCOMPARE(unread.size(), 2);
    QCOMPARE(unread.last().at(0).toInt(), 2);
    center.markAllRead();
    QCOMPARE(center.unreadCount(), 0);
    QCOMPARE(center.button()->text(), QStringLiteral("Notifications"));
    QCOMPARE(unread.last().at(0).toInt(), 0);
    QCOMPARE(center.history().size(), 2); // read, not gone
}

void tst_NotificationCenter::panelListsNewestFirstAndMarksRead()
{
    QMainWindow window;
    window.resize(800, 600);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    NotificationCenter center(&window);
    center.notify(
        notice(QStringLiteral("Deployment finished"), QStringLiteral("The deployment of /a finished.")));
    center.notify(notice(QStringLiteral("Task of /b failed"),
                         QStringLiteral("b.1 ended as TASK_FAILED on a1: exit 1"), Notice::Severity::Error));
    // The button opens the panel.
    QTest::mouseClick(center.button(), Qt::LeftButton);
    QDialog *panel = center.panel();
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    QVERIFY(!panel->isModal());
    auto *list = panel->findChild<QListWidget *>(QStringLiteral("notificationHistory"));
    QVERIFY(list);
    const QStringList texts = rows(list);
    QCOMPARE(texts.size(), 2);
    QVERIFY2(texts[0].contains(QStringLiteral("Error: Task of /b failed")), qPrintable(texts[0]));
    QVERIFY(texts[0].contains(QStringLiteral("exit 1")));
    QVERIFY(texts[1].contains(QStringLiteral("Info: Deployment finished")));
    // Unread entries are marked in words and in bold while the panel shows them...
    QVERIFY(texts[0].startsWith(QStringLiteral("New")));
    QVERIFY(list->item(0)->font().bold());
    // ...and count as read once it opened.
    QCOMPARE(center.unreadCount(), 0);
    QCOMPARE(center.button()->text(), QStringLiteral("Notifications"));
}

void tst_NotificationCenter::panelUpdatesLiveAndClears()
{
    QMainWindow window;
    NotificationCenter center(&window);
    center.showPanel();
    auto *list = center.panel()->findChild<QListWidget *>(QStringLiteral("notificationHistory"));
    QCOMPARE(rows(list), QStringList { QStringLiteral("Nothing has happened yet.") });
    center.notify(notice(QStringLiteral("Agent unreachable"),
                         QStringLiteral("Agent a1:5051 is no longer active"), Notice::Severity::Error));
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("a1:5051")));
    QVERIFY(list->item(0)->font().bold());
    QCOMPARE(center.unreadCount(), 1);
    auto *markRead = center.panel()->findChild<QPushButton *>(QStringLiteral("markAllRead"));
    QVERIFY(markRead);
    markRead->click();
    QCOMPARE(center.unreadCount(), 0);
    QVERIFY(!list->item(0)->font().bold());
    QVERIFY(!list->item(0)->text().startsWith(QStringLiteral("New")));
    auto *clear = center.panel()->findChild<QPushButton *>(QStringLiteral("clearNotifications"));
    QVERIFY(clear);
    clear->click();
    QVERIFY(center.history().isEmpty());
    QCOMPARE(rows(list), QStringList { QStringLiteral("Nothing has happened yet.") });
}

void tst_NotificationCenter::trayMessagesCanBeTurnedOff()
{
    QMainWindow window;
    NotificationCenter center(&window);
    // The offscreen platform has no system tray: no icon, the notice still lands in the history.
    QCOMPARE(center.hasTray(), QSystemTrayIcon::isSystemTrayAvailable());
    QVERIFY(center.trayMessagesEnabled());
    center.setTrayMessagesEnabled(false);
    center.notify(notice(QStringLiteral("Leader changed"), QStringLiteral("m2 leads")));
    QCOMPARE(center.history().size(), 1);
}

void tst_NotificationCenter::enterClosesThePanelAndKeepsTheHistory()
{
    QMainWindow window;
    window.show();
    NotificationCenter center(&window);
    center.notify(notice(QStringLiteral("one"), QStringLiteral("first")));
    center.showPanel();
    QVERIFY(QTest::qWaitForWindowExposed(center.panel()));
    auto *clear = center.panel()->findChild<QPushButton *>(QStringLiteral("clearNotifications"));
    auto *close = center.panel()->findChild<QPushButton *>(QStringLiteral("closeNotifications"));
    QVERIFY(clear && close);
    QVERIFY(!clear->isDefault());
    QVERIFY(close->isDefault());
    QTest::keyClick(center.panel(), Qt::Key_Return);
    QVERIFY(!center.panel()->isVisible());
    QCOMPARE(center.history().size(), 1);
}

void tst_NotificationCenter::anEntryOpensItsObject()
{
    QMainWindow window;
    window.show();
    NotificationCenter center(&window);
    QSignalSpy opened(&center, &NotificationCenter::openRequested);
    Notice killed = notice(QStringLiteral("Killed task web.1 of /web on a1:5051 · S0"), QStringLiteral("Done."));
    killed.appId = QStringLiteral("/web");
    killed.taskId = QStringLiteral("web.1");
    center.notify(notice(QStringLiteral("Leader changed"), QStringLiteral("m2 leads"))); // about nothing to open
    center.notify(killed);
    center.showPanel();
    auto *list = center.panel()->findChild<QListWidget *>(QStringLiteral("notificationHistory"));
    QVERIFY(QTest::qWaitForWindowExposed(center.panel()));
    // The older entry names nothing: Enter on it only closes the panel.
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(opened.size(), 0);
    QVERIFY(!center.panel()->isVisible());
    // The kill: Enter on it goes to its task, and the panel gets out of the way.
    center.showPanel();
    QVERIFY(QTest::qWaitForWindowExposed(center.panel()));
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    const auto n = opened.first().first().value<Notice>();
    QCOMPARE(n.taskId, QStringLiteral("web.1"));
    QCOMPARE(n.appId, QStringLiteral("/web"));
    QVERIFY(!center.panel()->isVisible());
}

QTEST_MAIN(tst_NotificationCenter)
#include "tst_NotificationCenter.moc"
