// File > Connect to Cluster… as a user does it, against a real localcluster:
// the dialog, the Cluster page going live, a bad address refused in the
// dialog, and connecting again to another cluster letting the first go.
#include "app/gui/Composition.h"
#include "models/cluster/SnapshotTableModel.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/TestPaths.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/ClusterPage.h"
#include "widgets/cluster/ConnectDialog.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/cluster/TasksPage.h"
#include "widgets/common/EmptyState.h"
#include "widgets/inventory/InventoryView.h"
#include "widgets/logs/LogView.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/terminal/TerminalPage.h"

#include <QTabWidget>
#include "widgets/palette/CommandPalette.h"
#include "widgets/provision/ProvisionWizard.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>
#include <QTreeView>

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

void setField(widgets::ConnectDialog *dialog, const char *name, const QString &text)
{
    auto *edit = dialog->findChild<QLineEdit *>(QLatin1String(name));
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

QWidget *page(widgets::MainWindow &window, const QString &id)
{
    return window.findChild<QWidget *>(id + QStringLiteral("Page"));
}

// Ctrl+K, type `text`, Enter: the palette's first match is activated.
QString jumpWithThePalette(widgets::MainWindow &window, const QString &text)
{
    window.openCommandPalette();
    auto *palette = window.findChild<widgets::CommandPalette *>();
    if (!palette)
        return {};
    auto *filter = palette->findChild<QLineEdit *>(QStringLiteral("paletteFilter"));
    QTest::keyClicks(filter, text);
    QString chosen = palette->currentText();
    QTest::keyClick(filter, Qt::Key_Return);
    QTest::qWait(50);
    return chosen;
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
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("mastersError"));
            sawProblem
                = dialog->isVisible() && error->isVisible() && error->text().contains(u"ftp://nowhere");
            type(dialog, first.masterUrls().join(u','), first.marathonUrl());
        });
        // The empty state's own button opens the dialog.
        auto *button = page(window, QStringLiteral("cluster"))
                           ->findChild<QPushButton *>(QStringLiteral("connectCluster"));
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
        Q_EMIT window.connectRequested();
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

    // Ctrl+K jumps to a host of the workspace, an app and a task of the watched cluster.
    void paletteJumpsToHostsAppsAndTasks()
    {
        test::LocalClusterProcess cluster(
            { QStringLiteral("--agents"), QStringLiteral("1"), QStringLiteral("--demo-apps") });
        QVERIFY2(cluster.start(), qPrintable(cluster.error()));
        app::StartOptions options;
        options.workspacePath = test::fixturePath(QStringLiteral("workspaces/sample.mcw.yaml"));
        options.masters = cluster.masterUrls();
        options.marathons = { cluster.marathonUrl() };
        widgets::MainWindow window;
        // Owned by the window as in main(): the pages (the Inventory page shows hosts here) go first.
        new app::Composition(&window, options);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.statusBar()->currentMessage().contains(QStringLiteral("Marathon live")), 10000);
        auto *apps = window.findChild<widgets::AppsPage *>();
        auto *tasks = window.findChild<widgets::TasksPage *>();
        QVERIFY(apps && tasks);
        QTRY_VERIFY_WITH_TIMEOUT(apps->apps()->proxy()->rowCount() > 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(tasks->table()->proxy()->rowCount() > 1, 10000);

        // The second app and the last task, so that "the first row" cannot pass by chance.
        const QString appId = apps->apps()->proxy()->index(1, 0).data(mc::models::IdRole).toString();
        QVERIFY(!appId.isEmpty());
        QVERIFY(jumpWithThePalette(window, appId).startsWith(appId + QStringLiteral(" — ")));
        QCOMPARE(window.currentPageId(), QStringLiteral("apps"));
        QCOMPARE(apps->apps()->currentId(), appId);

        const int lastTask = tasks->table()->proxy()->rowCount() - 1;
        const QString taskId
            = tasks->table()->proxy()->index(lastTask, 0).data(mc::models::IdRole).toString();
        QVERIFY(jumpWithThePalette(window, taskId).startsWith(taskId + QStringLiteral(" — ")));
        QCOMPARE(window.currentPageId(), QStringLiteral("tasks"));
        QCOMPARE(tasks->table()->currentId(), taskId);

        const QString host = QStringLiteral("agent2.lab.example.com");
        QVERIFY(jumpWithThePalette(window, host).startsWith(host + QStringLiteral(" — ")));
        QCOMPARE(window.currentPageId(), QStringLiteral("inventory"));
        auto *tree = window.findChild<widgets::InventoryView *>()->findChild<QTreeView *>(
            QStringLiteral("inventoryTree"));
        QVERIFY(tree);
        QCOMPARE(tree->currentIndex().data().toString(), host);

        // "shell HOST" opens a terminal on it (the sample's hosts have no sshd: the tab says why).
        QVERIFY(jumpWithThePalette(window, QStringLiteral("shell ") + host)
                    .startsWith(QStringLiteral("Shell ") + host + QStringLiteral(" — ")));
        QCOMPARE(window.currentPageId(), QStringLiteral("terminal"));
        auto *terminals = window.findChild<widgets::TerminalPage *>();
        QVERIFY(terminals);
        QCOMPARE(terminals->openCount(), 1);
        QCOMPARE(terminals->tabs()->tabText(0).left(host.size()), host);
        terminals->closeTab(0);
    }

    // The Provision page sets up the workspace the Inventory page opened, and its "Open Cluster
    // view" watches that workspace's cluster.
    void provisionFollowsTheOpenWorkspaceAndOpensItsCluster()
    {
        test::LocalClusterProcess cluster({ QStringLiteral("--agents"), QStringLiteral("1") });
        QVERIFY2(cluster.start(), qPrintable(cluster.error()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lab.mcw.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QStringLiteral("mesos_console_workspace: 1\n"
                           "profile:\n  name: lab\n  ssh:\n    port: 1\n"
                           "  mesos_url: %1\n  marathon_url: %2\n"
                           "inventory:\n  all:\n    children:\n      masters:\n        hosts:\n"
                           "          m1:\n            ansible_host: 127.0.0.1\n            zoo_id: 1\n")
                .arg(cluster.leaderUrl(), cluster.marathonUrl())
                .toUtf8());
        file.close();

        auto *window = new widgets::MainWindow;
        new app::Composition(window, {});
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *wizard = window->findChild<widgets::ProvisionWizard *>();
        QVERIFY(wizard);
        Q_EMIT window->openWorkspaceRequested(path);
        auto *chosen = wizard->findChild<QLineEdit *>(QStringLiteral("workspacePath"));
        QVERIFY(chosen);
        QCOMPARE(chosen->text(), path);
        window->statusBar()->clearMessage();
        Q_EMIT wizard->openClusterRequested();
        QCOMPARE(window->currentPageId(), QStringLiteral("cluster"));
        QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(QStringLiteral("Mesos live")),
                                 10000);
        window->close();
        delete window;
    }

    // A cluster with HTTP authentication: without credentials the 401 is shown with what to do;
    // with the user and password typed in the dialog Mesos, Marathon and a task's log (the agent)
    // answer. The user and the CA file are remembered, never the password.
    void signsInWhenTheClusterAsks()
    {
        const QString password = QStringLiteral("s3cret-pw");
        test::LocalClusterProcess secured(
            { QStringLiteral("--agents"), QStringLiteral("1"), QStringLiteral("--demo-apps") });
        secured.setEnvironmentVariable(QStringLiteral("LOCALCLUSTER_HTTP_CREDENTIALS"),
                                       QStringLiteral("ops:") + password);
        QVERIFY2(secured.start(), qPrintable(secured.error()));

        widgets::MainWindow window;
        app::Composition composition(&window, {});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // A CA file that holds no certificate is refused in the dialog; then no credentials at all.
        QTemporaryFile notACertificate;
        QVERIFY(notACertificate.open());
        notACertificate.write("this is not a PEM certificate\n");
        notACertificate.close();
        bool caRefused = false;
        whenDialogOpens([&](widgets::ConnectDialog *dialog) {
            setField(dialog, "caFile", notACertificate.fileName());
            type(dialog, secured.masterUrls().join(u','), secured.marathonUrl());
            auto *error = dialog->findChild<QLabel *>(QStringLiteral("error"));
            caRefused = dialog->isVisible() && error->isVisible() && error->text().contains(u"CA file");
            setField(dialog, "caFile", QString());
            setField(dialog, "user", QString());
            QTest::keyClick(dialog->findChild<QLineEdit *>(QStringLiteral("masters")), Qt::Key_Return);
        });
        Q_EMIT window.connectRequested();
        QVERIFY(caRefused);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("HTTP 401")),
                                 10000);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Connect to Cluster")),
                 qPrintable(window.statusBar()->currentMessage()));

        whenDialogOpens([&](widgets::ConnectDialog *dialog) {
            setField(dialog, "user", QStringLiteral("ops"));
            setField(dialog, "password", password);
            type(dialog, secured.masterUrls().join(u','), secured.marathonUrl());
        });
        Q_EMIT window.connectRequested();
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("Mesos live")),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            window.statusBar()->currentMessage().contains(QStringLiteral("Marathon live")), 10000);

        // The task's sandbox on the agent is read with the same credentials.
        QTRY_VERIFY_WITH_TIMEOUT(composition.openLogsOfARunningTask(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (widgets::LogView *view : window.findChildren<widgets::LogView *>()) {
                    if (!view->text()->toPlainText().trimmed().isEmpty())
                        return true;
                }
                return false;
            }(),
            10000);

        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("connect/user")).toString(), QStringLiteral("ops"));
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(password.toUtf8()), "the password was written to the settings");
    }
};

QTEST_MAIN(tst_ConnectCluster)
#include "tst_ConnectCluster.moc"
