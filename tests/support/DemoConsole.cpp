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
    QString error;
    QVERIFY2(startDemoConsole(window, composition, &error), qPrintable(error));
}

bool startDemoConsole(widgets::MainWindow *&window, app::Composition *&composition, QString *error)
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
    const auto says
        = [window](QStringView what) { return window->statusBar()->currentMessage().contains(what); };
    if (!QTest::qWaitForWindowExposed(window))
        *error = QStringLiteral("the window was not exposed");
    // With ZooKeeper installed its three-member ensemble starts first: seconds, more on a busy machine.
    else if (!QTest::qWaitFor([composition] { return composition->demoCluster()->isRunning(); }, 120000))
        *error = QStringLiteral("the demo cluster did not start: %1").arg(composition->demoProblem());
    else if (!QTest::qWaitFor([&] { return says(u"Mesos live"); }, 15000))
        *error = QStringLiteral("Mesos not live: %1").arg(window->statusBar()->currentMessage());
    else if (!QTest::qWaitFor([&] { return says(u"Marathon live"); }, 15000))
        *error = QStringLiteral("Marathon not live: %1").arg(window->statusBar()->currentMessage());
    else
        return true;
    return false;
}

} // namespace mc::test
