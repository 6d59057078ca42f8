#include "widgets/common/EmptyState.h"
#include "widgets/mainwindow/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using mc::widgets::EmptyState;
using mc::widgets::MainWindow;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void navigationSwitchesPages();
    void ctrlNumberShortcutsSwitchPages();
    void emptyStateTellsWhatToDo();
    void bannerShowsAndHides();
    void geometryAndPagePersist();
    void workspaceGoesToRecentAndTitle();

private:
    static void addPages(MainWindow &window);
};

void tst_MainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MesosConsoleTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_MainWindow"));
    QSettings().clear();
}

void tst_MainWindow::addPages(MainWindow &window)
{
    for (const char *id : { "inventory", "provision", "cluster" }) {
        const QString name = QString::fromLatin1(id);
        window.addPage(name, name.toUpper(), QIcon(),
                       new EmptyState(QIcon(), name + QStringLiteral(" is empty"),
                                      QStringLiteral("Do something about ") + name));
    }
}

void tst_MainWindow::navigationSwitchesPages()
{
    MainWindow window;
    addPages(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.currentPageId(), QStringLiteral("inventory"));

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), 3);
    QSignalSpy changed(&window, &MainWindow::currentPageChanged);
    const QRect itemRect = navigation->visualItemRect(navigation->item(2));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, itemRect.center());
    QCOMPARE(window.currentPageId(), QStringLiteral("cluster"));
    QCOMPARE(changed.count(), 1);
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    QVERIFY(stack);
    QCOMPARE(stack->currentWidget(), window.page(QStringLiteral("cluster")));
}

void tst_MainWindow::ctrlNumberShortcutsSwitchPages()
{
    MainWindow window;
    addPages(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPageId(), QStringLiteral("provision"));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentPageId(), QStringLiteral("cluster"));
}

void tst_MainWindow::emptyStateTellsWhatToDo()
{
    MainWindow window;
    addPages(window);
    auto *state = qobject_cast<EmptyState *>(window.page(QStringLiteral("provision")));
    QVERIFY(state);
    QCOMPARE(state->title(), QStringLiteral("provision is empty"));
    const auto labels = state->findChildren<QLabel *>();
    const bool shown = std::any_of(labels.cbegin(), labels.cend(), [](QLabel *label) {
        return label->text() == QStringLiteral("Do something about provision");
    });
    QVERIFY(shown);
}

void tst_MainWindow::bannerShowsAndHides()
{
    MainWindow window;
    addPages(window);
    window.show();
    QVERIFY(window.bannerText().isEmpty());
    window.showBanner(QStringLiteral("Leader lost"), MainWindow::BannerKind::Error);
    QCOMPARE(window.bannerText(), QStringLiteral("Leader lost"));
    auto *banner = window.findChild<QLabel *>(QStringLiteral("banner"));
    QVERIFY(banner && banner->isVisible());
    window.hideBanner();
    QVERIFY(!banner->isVisible());
}

void tst_MainWindow::geometryAndPagePersist()
{
    {
        MainWindow window;
        addPages(window);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(900, 640);
        window.showPage(QStringLiteral("cluster"));
        window.close(); // saves through closeEvent
    }
    MainWindow restored;
    addPages(restored);
    restored.restoreSettings();
    QCOMPARE(restored.currentPageId(), QStringLiteral("cluster"));
    QCOMPARE(restored.size(), QSize(900, 640));
}

void tst_MainWindow::workspaceGoesToRecentAndTitle()
{
    MainWindow window;
    window.setWorkspacePath(QStringLiteral("/tmp/prod.mcw.yaml"));
    QVERIFY(window.windowTitle().contains(QStringLiteral("prod.mcw.yaml")));
    const QStringList recent = QSettings().value(QStringLiteral("workspace/recent")).toStringList();
    QCOMPARE(recent.value(0), QStringLiteral("/tmp/prod.mcw.yaml"));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
