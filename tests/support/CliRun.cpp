#include "tests/support/CliRun.h"

#include "tests/support/TestPaths.h"

#include <QProcess>

namespace mc::test {

CliRun runCli(const QStringList &args, const QList<QPair<QString, QString>> &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : { QStringLiteral("MC_HTTP_PASSWORD"), QStringLiteral("MC_PASSWORD"),
                                 QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("QT_MESSAGE_PATTERN") })
        env.remove(name);
    for (const auto &[name, value] : environment)
        env.insert(name, value);
    process.setProcessEnvironment(env);
    process.start(executablePath(QStringLiteral("mesos-console-cli")), args);
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace mc::test
