#include "tests/support/TestPaths.h"

namespace mc::test {

QString sourceDir()
{
    return QStringLiteral(MC_SOURCE_DIR);
}

QString binaryDir()
{
    return QStringLiteral(MC_BINARY_DIR);
}

QString fixturePath(const QString &relative)
{
    return sourceDir() + QStringLiteral("/tests/fixtures/") + relative;
}

QString executablePath(const QString &name)
{
    return binaryDir() + QStringLiteral("/bin/") + name;
}

void putBuildBinOnPath()
{
    qputenv("PATH", (binaryDir() + QStringLiteral("/bin:") + qEnvironmentVariable("PATH")).toLocal8Bit());
}

QString cpackCommand()
{
    return QStringLiteral(MC_CPACK_COMMAND);
}

} // namespace mc::test
