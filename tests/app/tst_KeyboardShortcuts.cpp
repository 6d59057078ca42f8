// Keyboard: on every page of the main window, no key is claimed twice (Qt
// fires neither of two shortcuts that share a key: the second one would make
// the first one dead), the page's actions have keys, and they do what their
// buttons do. Against a real localcluster so the Apps and Tasks pages exist.
#include "app/gui/Composition.h"
#include "tests/support/LocalClusterProcess.h"
#include "widgets/apps/AppEditDialog.h"
#include "widgets/mainwindow/MainWindow.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mc;

namespace {

// Every key that can fire while `page` is shown, with who claims it.
QMultiHash<QKeySequence, QString> activeKeys(widgets::MainWindow &window)
{
    QMultiHash<QKeySequence, QString> keys;
    QList<QAction *> actions = window.actions();
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu())
            actions += menu->menu()->actions();
    }
    for (QAction *action : std::as_const(actions)) {
        for (const QKeySequence &k : action->shortcuts())
            keys.insert(k, QStringLiteral("menu action \"%1\"").arg(action->text()));
    }
    for (QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (!button->shortcut().isEmpty() && button->isVisibleTo(&window))
            keys.insert(button->shortcut(), QStringLiteral("button \"%1\"").arg(button->text()));
    }
    for (QShortcut *shortcut : window.findChildren<QShortcut *>()) {
        auto *owner = qobject_cast<QWidget *>(shortcut->parent());
        if (shortcut->isEnabled() && owner && owner->isVisibleTo(&window)
            && shortcut->context() != Qt::WidgetShortcut)
            keys.insert(
                shortcut->key(),
                QStringLiteral("shortcut of %1").arg(QLatin1String(owner->metaObject()->className())));
    }
    return keys;
}

} // namespace

class tst_KeyboardShortcuts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void noKeyIsClaimedTwiceOnAnyPage()
    {
        test::LocalClusterProcess cluster({ QStringLiteral("--agents"), QStringLiteral("1") });
        QVERIFY2(cluster.start(), qPrintable(cluster.error()));
        // A workspace, so that the Inventory, Services and Routing pages show their views (and keys).
        QTemporaryDir dir;
        const QString workspace = dir.filePath(QStringLiteral("keys.mcw.yaml"));
        QFile file(workspace);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("mesos_console_workspace: 1\nprofile:\n  name: keys\n  ssh:\n    port: 1\n"
                   "inventory:\n  all:\n    children:\n      masters:\n        hosts:\n"
                   "          m1:\n            ansible_host: 127.0.0.1\n            zoo_id: 1\n");
        file.close();
        app::StartOptions options;
        options.workspacePath = workspace;
        options.masters = cluster.masterUrls();
        options.marathons = { cluster.marathonUrl() };
        auto *window = new widgets::MainWindow;
        new app::Composition(window, options);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_VERIFY_WITH_TIMEOUT(
            window->statusBar()->currentMessage().contains(QStringLiteral("Marathon live")), 10000);

        QStringList buttonsSeen;
        for (const QString &page : window->pageIds()) {
            window->showPage(page);
            QCoreApplication::processEvents();
            for (QAbstractButton *b : window->findChildren<QAbstractButton *>()) {
                if (!b->shortcut().isEmpty() && b->isVisibleTo(window))
                    buttonsSeen << page + u':' + b->text().remove(u'&');
            }
            const auto keys = activeKeys(*window);
            for (const QKeySequence &key : keys.uniqueKeys()) {
                const QStringList owners = keys.values(key);
                QVERIFY2(owners.size() == 1,
                         qPrintable(QStringLiteral("page %1: %2 is claimed by %3")
                                        .arg(page, key.toString(), owners.join(u", "))));
            }
        }

        // The pages' own keys were looked at (not only the menus).
        for (const QString &expected : { QStringLiteral("services:Restart"), QStringLiteral("services:Start"),
                                         QStringLiteral("apps:Launch…"), QStringLiteral("tasks:Kill…") })
            QVERIFY2(buttonsSeen.contains(expected), qPrintable(buttonsSeen.join(u", ")));

        // The Apps page's keys work: Ctrl+N opens the launch form.
        window->showPage(QStringLiteral("apps"));
        bool formOpened = false;
        QTimer closer;
        closer.setInterval(20);
        connect(&closer, &QTimer::timeout, window, [&] {
            if (auto *form = qobject_cast<widgets::AppEditDialog *>(QApplication::activeModalWidget())) {
                formOpened = true;
                form->reject();
            }
        });
        closer.start();
        QTest::keyClick(window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(formOpened);
        window->close();
        delete window;
    }
};

QTEST_MAIN(tst_KeyboardShortcuts)
#include "tst_KeyboardShortcuts.moc"
