#pragma once

#include <QString>

namespace mc::test {

// The source tree (for tests/fixtures) and the build tree (for bin/).
QString sourceDir();
QString binaryDir();
// tests/fixtures/<relative>
QString fixturePath(const QString &relative);
// bin/<name> in the build tree: mesos-console, mesos-console-cli, localcluster.
QString executablePath(const QString &name);
// Puts bin/ of the build tree first on PATH (the console finds localcluster next to itself or
// on PATH; a test executable is not next to it).
void putBuildBinOnPath();
// The cpack of the CMake that configured this build.
QString cpackCommand();

} // namespace mc::test
