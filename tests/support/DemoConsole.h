#pragma once

#include <QString>

namespace mc::widgets {
class MainWindow;
}
namespace mc::app {
class Composition;
}

namespace mc::test {

// `mesos-console --demo` as main() builds it, for GUI tests: settings of the
// test's own, localcluster found next to the tests, the window shown. Fails
// the current test (QTest::currentTestFailed) unless Mesos and Marathon are
// live in time. The composition is owned by the window; delete the window.
void openDemoConsole(widgets::MainWindow *&window, app::Composition *&composition);

// The same outside a test (a benchmark): false, and why in `error`, when the demo cluster does
// not run or Mesos and Marathon are not live in time. The window is made either way.
bool startDemoConsole(widgets::MainWindow *&window, app::Composition *&composition, QString *error);

} // namespace mc::test
