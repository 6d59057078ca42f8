// The console on the demo cluster as an operator drives it from the
// keyboard: Ctrl+K runs actions (and says when nothing matches), a
// notification opens what it is about, and File ▸ Quit asks before it stops
// the demo cluster.
#include "app/gui/Composition.h"
#include "app/gui/DemoCluster.h"
#include "models/cluster/AppsModel.h"
#include "tests/support/TestPaths.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/common/ConfirmDialog.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/notify/NotificationCenter.h"
#include "widgets/palette/CommandPalette.h"
#include "widgets/settings/Appearance.h"
#include "widgets/settings/SettingsDialog.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace mc;

namespace {

// Answers the modal dialogs as they come: an instance count, a confirmation, the settings.
struct Answers
{
    int instances = -1; // typed into an instance dialog; -1: cancel it
    bool accept = false; // the confirmation's action; else Enter (which cancels)
    QStringList seen; // "input: …", "confirm: question | objects", "settings"
};

class Answerer : public QObject
{
public:
    Answerer(Answers *answers, QObject *parent)
        : QObject(parent)
    {
        m_timer.setInterval(20);
        connect(&m_timer, &QTimer::timeout, this, [answers] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *input = qobject_cast<QInputDialog *>(modal)) {
                answers->seen << QStringLiteral("input: ") + input->labelText();
                if (answers->instances < 0) {
                    input->reject();
                } else {
                    input->setIntValue(answers->instances);
                    input->accept();
                }
            } else if (auto *confirm = qobject_cast<widgets::ConfirmDialog *>(modal)) {
                answers->seen << QStringLiteral("confirm: %1 | %2")
                                     .arg(confirm->confirmation().question,
                                          confirm->confirmation().objects.join(QStringLiteral(", ")));
                if (answers->accept)
                    QTest::mouseClick(confirm->acceptButton(), Qt::LeftButton);
                else
                    QTest::keyClick(confirm, Qt::Key_Return);
            } else if (auto *settings = qobject_cast<widgets::SettingsDialog *>(modal)) {
                answers->seen << QStringLiteral("settings");
                settings->reject();
            }
        });
        m_timer.start();
    }

private:
    QTimer m_timer;
};

} // namespace

class tst_ConsoleActions : public QObject
{
    Q_OBJECT

    widgets::MainWindow *m_window = nullptr;
    app::Composition *m_composition = nullptr;
    widgets::AppsPage *m_apps = nullptr;

    // Ctrl+K, the words, Enter: what the operator types.
    // `byKey` false: View ▸ Go to Anything (for the screenshots, whatever window is active).
    widgets::CommandPalette *typeInPalette(const QString &words, bool enter = true, bool byKey = true)
    {
        if (byKey) {
            // Active again after the dialogs before (Ctrl+K is a window shortcut).
            m_window->activateWindow();
            if (!QTest::qWaitForWindowActive(m_window))
                return nullptr;
            QTest::keyClick(m_window, Qt::Key_K, Qt::ControlModifier);
        } else {
            m_window->openCommandPalette();
        }
        widgets::CommandPalette *palette = nullptr;
        for (widgets::CommandPalette *p : m_window->findChildren<widgets::CommandPalette *>())
            if (p->isVisible())
                palette = p;
        if (!palette)
            return nullptr;
        auto *filter = palette->findChild<QLineEdit *>(QStringLiteral("paletteFilter"));
        QTest::keyClicks(filter, words);
        if (enter)
            QTest::keyClick(filter, Qt::Key_Return);
        return palette;
    }

    int instancesOf(const QString &appId) const
    {
        QAbstractItemModel *model = m_apps->apps()->proxy()->sourceModel();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data().toString() == appId)
                return model->index(r, models::AppsModel::Instances).data().toInt();
        return -1;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // The console finds localcluster next to itself or on PATH; this test is not next to it.
        const QString bin = QFileInfo(test::executablePath(QStringLiteral("localcluster"))).absolutePath();
        qputenv("PATH", (bin + u':' + qEnvironmentVariable("PATH")).toLocal8Bit());
        m_window = new widgets::MainWindow;
        app::StartOptions options;
        options.demo = true;
        m_composition = new app::Composition(m_window, options);
        m_window->resize(1300, 850);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window));
        QTRY_VERIFY_WITH_TIMEOUT(m_composition->demoCluster()->isRunning(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("Marathon live")), 15000);
        m_apps = m_window->findChild<widgets::AppsPage *>();
        QVERIFY(m_apps);
        QTRY_COMPARE_WITH_TIMEOUT(instancesOf(QStringLiteral("/demo/web")), 2, 15000);
    }

    void paletteSaysNoMatches()
    {
        widgets::CommandPalette *palette = typeInPalette(QStringLiteral("zz-nothing-here"), false);
        QVERIFY(palette);
        auto *none = palette->findChild<QLabel *>(QStringLiteral("paletteNoMatches"));
        QVERIFY(none && none->isVisible());
        QVERIFY2(none->text().contains(QStringLiteral("No matches")), qPrintable(none->text()));
        palette->close();
    }

    void paletteScalesAfterAskingForTheCountAndConfirmingTheScaleDown()
    {
        Answers answers;
        answers.instances = 1;
        Answerer answerer(&answers, nullptr); // gone with the test function, early return or not
        typeInPalette(QStringLiteral("Scale /demo/web"));
        QTRY_COMPARE(answers.seen.size(), 2);
        QVERIFY2(answers.seen.at(0).startsWith(QStringLiteral("input: Instances of /demo/web")),
                 qPrintable(answers.seen.join(u'\n')));
        QVERIFY2(answers.seen.at(1).contains(QStringLiteral("Scale /demo/web down from 2 to 1")),
                 qPrintable(answers.seen.join(u'\n')));
        // Cancelled: nothing changed.
        QTest::qWait(1500);
        QCOMPARE(instancesOf(QStringLiteral("/demo/web")), 2);
    }

    void paletteOpensSettings()
    {
        Answers answers;
        Answerer answerer(&answers, nullptr); // gone with the test function, early return or not
        typeInPalette(QStringLiteral("Settings"));
        QTRY_COMPARE(answers.seen, QStringList { QStringLiteral("settings") });
    }

    void aNotificationOpensItsApp()
    {
        // Suspend from the palette (it asks), then go to the app from its notification.
        Answers answers;
        answers.accept = true;
        Answerer answerer(&answers, nullptr); // gone with the test function, early return or not
        typeInPalette(QStringLiteral("Suspend /demo/ticker"));
        QTRY_COMPARE(answers.seen.size(), 1);
        QVERIFY2(answers.seen.first().contains(QStringLiteral("Suspend /demo/ticker?")), qPrintable(answers.seen.first()));
        QTRY_COMPARE_WITH_TIMEOUT(instancesOf(QStringLiteral("/demo/ticker")), 0, 15000);

        m_window->showPage(QStringLiteral("cluster"));
        auto *center = m_window->findChild<widgets::NotificationCenter *>();
        QVERIFY(center);
        QTRY_VERIFY(!center->history().isEmpty());
        int row = -1;
        for (int i = 0; i < center->history().size() && row < 0; ++i)
            if (center->history().at(i).notice.title.contains(QStringLiteral("Suspending /demo/ticker")))
                row = i;
        QVERIFY(row >= 0);
        QTest::mouseClick(center->button(), Qt::LeftButton);
        QVERIFY(QTest::qWaitForWindowExposed(center->panel()));
        auto *list = center->panel()->findChild<QListWidget *>(QStringLiteral("notificationHistory"));
        list->setCurrentRow(row);
        QTest::keyClick(list, Qt::Key_Return);
        QTRY_COMPARE(m_window->currentPageId(), QStringLiteral("apps"));
        QCOMPARE(m_apps->apps()->selectedIds(), QStringList { QStringLiteral("/demo/ticker") });
        QVERIFY(!center->panel()->isVisible());
    }

    // With MC_TEST_SCREENSHOTS=DIR: the palette with actions and the confirmations, light and dark,
    // as PNGs to look at.
    void screenshotsLightAndDark()
    {
        const QString dir = qEnvironmentVariable("MC_TEST_SCREENSHOTS");
        if (dir.isEmpty())
            QSKIP("set MC_TEST_SCREENSHOTS=DIR to write the screenshots");
        for (const auto theme : { settings::Theme::Light, settings::Theme::Dark }) {
            widgets::applyTheme(theme);
            const QString suffix = theme == settings::Theme::Light ? QStringLiteral("light") : QStringLiteral("dark");
            widgets::CommandPalette *palette = typeInPalette(QStringLiteral("demo/web"), false, false);
            QVERIFY(palette);
            QTest::qWait(200);
            QVERIFY(palette->grab().save(dir + QStringLiteral("/palette-actions-%1.png").arg(suffix)));
            palette->close();
            palette = typeInPalette(QStringLiteral("no-such-thing"), false, false);
            QTest::qWait(200);
            QVERIFY(palette->grab().save(dir + QStringLiteral("/palette-nomatch-%1.png").arg(suffix)));
            palette->close();
            QTimer shooter;
            shooter.setInterval(50);
            int shots = 0;
            QString name;
            connect(&shooter, &QTimer::timeout, this, [&] {
                if (auto *confirm = qobject_cast<widgets::ConfirmDialog *>(QApplication::activeModalWidget())) {
                    QTest::qWait(100);
                    confirm->grab().save(dir + QStringLiteral("/confirm-%1-%2.png").arg(name, suffix));
                    ++shots;
                    confirm->reject();
                }
            });
            shooter.start();
            for (const auto &[words, shot] : { std::pair { QStringLiteral("Kill task demo_web"), QStringLiteral("kill") },
                                               std::pair { QStringLiteral("Destroy /demo/web"), QStringLiteral("destroy") },
                                               std::pair { QStringLiteral("Restart /demo/web"), QStringLiteral("restart") } }) {
                name = shot;
                const int before = shots;
                typeInPalette(words, true, false);
                QTRY_COMPARE(shots, before + 1);
            }
            name = QStringLiteral("quit");
            m_window->close();
            QTRY_COMPARE(shots, 4);
        }
        widgets::applyTheme(settings::Theme::Light);
    }

    void quitAsksBeforeStoppingTheDemoCluster()
    {
        auto *quit = m_window->fileMenu()->findChild<QAction *>(QStringLiteral("quit"));
        QVERIFY(quit);
        Answers answers;
        Answerer answerer(&answers, nullptr); // gone with the test function, early return or not
        quit->trigger();
        QTRY_COMPARE(answers.seen.size(), 1);
        QVERIFY2(answers.seen.first().contains(QStringLiteral("stop the demo cluster")), qPrintable(answers.seen.first()));
        QVERIFY(m_window->isVisible()); // Enter cancelled
        QVERIFY(m_composition->demoCluster()->isRunning());
        answers.accept = true;
        quit->trigger();
        QTRY_COMPARE(answers.seen.size(), 2);
        QTRY_VERIFY(!m_window->isVisible());
    }

    void cleanupTestCase() { delete m_window; }
};

QTEST_MAIN(tst_ConsoleActions)
#include "tst_ConsoleActions.moc"
