// `mesos-console --demo` as a newcomer sees it: the demo cluster starts, the
// Cluster, Apps and Tasks pages fill, the Inventory describes the demo's
// masters and agents, and the Routing page renders HAProxy's config from the
// demo's Marathon.
#include "app/gui/Composition.h"
#include "app/gui/DemoCluster.h"
#include "models/inventory/InventoryDocument.h"
#include "tests/support/DemoConsole.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/common/ConfirmDialog.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/routing/RoutingView.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

using namespace mc;

class tst_DemoConsole : public QObject
{
    Q_OBJECT

private slots:
    void demoFillsEveryPage()
    {
        widgets::MainWindow *window = nullptr;
        app::Composition *composition = nullptr; // owned by the window, as in main()
        test::openDemoConsole(window, composition);
        if (QTest::currentTestFailed())
            return;
        auto *apps = window->findChild<widgets::AppsPage *>();
        QVERIFY(apps);
        QTRY_VERIFY_WITH_TIMEOUT(apps->apps()->proxy()->rowCount() >= 2, 15000);

        // The Inventory: one master per demo master (ZooKeeper ids 1..n), one agent per agent.
        auto *document = window->findChild<models::InventoryDocument *>();
        QVERIFY(document);
        const app::DemoEndpoints &e = composition->demoCluster()->endpoints();
        QCOMPARE(document->workspace().masters().size(), e.masterUrls.size());
        QCOMPARE(document->inventory().hostsIn(QStringLiteral("agents")).size(), e.agentUrls.size());
        QVERIFY(!document->isModified()); // nothing to save, nothing autosaved
        QVERIFY(document->path().isEmpty());

        // Routing follows the demo's Marathon: a backend per app under the demo domain.
        auto *routing = window->findChild<widgets::RoutingView *>();
        QVERIFY(routing);
        QTRY_VERIFY_WITH_TIMEOUT(routing->configText().contains(QStringLiteral(".demo.localcluster")), 15000);
        QVERIFY2(routing->configText().contains(QStringLiteral("backend ")),
                 qPrintable(routing->configText()));

        // Closing asks before it stops the demo cluster (tst_ConsoleActions): yes.
        QTimer answer;
        answer.setInterval(20);
        connect(&answer, &QTimer::timeout, window, [] {
            if (auto *confirm = qobject_cast<widgets::ConfirmDialog *>(QApplication::activeModalWidget()))
                confirm->accept();
        });
        answer.start();
        window->close();
        QVERIFY(!window->isVisible());
        delete window;
    }
};

QTEST_MAIN(tst_DemoConsole)
#include "tst_DemoConsole.moc"
