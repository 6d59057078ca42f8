#include "tests/support/DemoConsole.h"

#include "app/gui/Composition.h"
#include "app/gui/DemoCluster.h"
#include "tests/support/TestPaths.h"
#include "widgets/mainwindow/MainWindow.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

namespace mc::test {

void openDemoConsole(widgets::MainWindow *&window, app::Composition *&composition)
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    // The console finds localcluster next to itself or on PATH; tests are not next to it.
    const QString bin = QFileInfo(executablePath(QStringLiteral("localcluster"))).absolutePath();
    qputenv("PATH", (bin + u':' + qEnvironmentVariable("PATH")).toLocal8Bit());
    window = new widgets::MainWindow;
    app::StartOptions options;
    options.demo = true;
    composition = new app::Composition(window, options);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    // With ZooKeeper installed its three-member ensemble starts first: seconds, more on a busy machine.
    QTRY_VERIFY_WITH_TIMEOUT(composition->demoCluster()->isRunning(), 120000);
    QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(u"Mesos live"), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(window->statusBar()->currentMessage().contains(u"Marathon live"), 15000);
}

} // namespace mc::test
