#include "tests/support/TestPaths.h"

#include <QProcess>
#include <QTest>

// Runs the built executables as a user would, as real processes.
class tst_CliExecutable : public QObject
{
    Q_OBJECT

private slots:
    void cliVersion();
    void cliHelpListsCommands();
    void cliUnknownCommandIsUsageError();
    void cliNoArgumentsIsUsageError();
    void guiHelpWorksWithoutDisplay();
    void guiVersionWorksWithoutDisplay();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QString &program, const QStringList &args, bool withoutDisplay = false);
};

tst_CliExecutable::Run tst_CliExecutable::run(const QString &program, const QStringList &args,
                                              bool withoutDisplay)
{
    QProcess process;
    if (withoutDisplay) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        process.setProcessEnvironment(env);
    }
    process.start(mc::test::executablePath(program), args);
    if (!process.waitForFinished(30000)) {
        process.kill();
        return {};
    }
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
             QString::fromUtf8(process.readAllStandardOutput()),
             QString::fromUtf8(process.readAllStandardError()) };
}

void tst_CliExecutable::cliVersion()
{
    const Run r = run(QStringLiteral("mesos-console-cli"), { QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(QRegularExpression(QStringLiteral("^mesos-console-cli \\d+\\.\\d+\\.\\d+\\n$"))
                 .match(r.out)
                 .hasMatch(),
             qPrintable(r.out));
}

void tst_CliExecutable::cliHelpListsCommands()
{
    const Run r = run(QStringLiteral("mesos-console-cli"), { QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("Usage: mesos-console-cli COMMAND")));
    QVERIFY(r.out.contains(QStringLiteral("  help ")));
}

void tst_CliExecutable::cliUnknownCommandIsUsageError()
{
    const Run r = run(QStringLiteral("mesos-console-cli"), { QStringLiteral("frobnicate") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    QVERIFY(r.err.contains(QStringLiteral("Usage:")));
    QVERIFY(r.out.isEmpty());
}

void tst_CliExecutable::cliNoArgumentsIsUsageError()
{
    const Run r = run(QStringLiteral("mesos-console-cli"), {});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(QStringLiteral("Usage:")));
}

void tst_CliExecutable::guiHelpWorksWithoutDisplay()
{
    const Run r = run(QStringLiteral("mesos-console"), { QStringLiteral("--help") }, true);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("--demo")), qPrintable(r.out + r.err));
}

void tst_CliExecutable::guiVersionWorksWithoutDisplay()
{
    const Run r = run(QStringLiteral("mesos-console"), { QStringLiteral("--version") }, true);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(QStringLiteral("mesos-console ")));
}

QTEST_GUILESS_MAIN(tst_CliExecutable)
#include "tst_CliExecutable.moc"
