#include "core/provision/RecipeLoader.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
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
    void exportRecipeCopiesItAndItsTemplates();

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

// An installed console has its recipes compiled in: --export-recipe gives the user a copy to
// edit, whose templates are the ones next to it; it never replaces a file that is there.
void tst_CliExecutable::exportRecipeCopiesItAndItsTemplates()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("mine"));
    const Run r = run(QStringLiteral("mesos-console-cli"),
                      { QStringLiteral("provision"), QStringLiteral("--recipe"),
                        QStringLiteral("configure-only"), QStringLiteral("--export-recipe"), folder });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    for (const char *name : { "configure-only.yaml", "zoo.cfg.mustache", "marathon.default.mustache" })
        QVERIFY2(QFile::exists(QDir(folder).filePath(QLatin1String(name))), name);
    QFile shipped(QStringLiteral(":/templates/zoo.cfg.mustache"));
    // The copy is the shipped text (the test links the resources too).
    QFile copy(QDir(folder).filePath(QStringLiteral("zoo.cfg.mustache")));
    QVERIFY(shipped.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), shipped.readAll());

    // The copy loads, and an edited template next to it wins over the shipped one.
    const auto loaded
        = mc::provision::RecipeLoader::loadFile(QDir(folder).filePath(QStringLiteral("configure-only.yaml")));
    QVERIFY2(loaded, qPrintable(loaded ? QString() : loaded.error().message));
    QCOMPARE(mc::provision::RecipeLoader::resolveTemplate(*loaded, QStringLiteral("zoo.cfg.mustache")),
             QDir(folder).filePath(QStringLiteral("zoo.cfg.mustache")));

    // Again into the same folder: refused, the edited files stay.
    QFile edited(QDir(folder).filePath(QStringLiteral("zoo.cfg.mustache")));
    QVERIFY(edited.open(QIODevice::WriteOnly));
    edited.write("tickTime=1\n");
    edited.close();
    const Run again = run(QStringLiteral("mesos-console-cli"),
                          { QStringLiteral("provision"), QStringLiteral("--export-recipe"), folder });
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("exists already")), qPrintable(again.err));
    QVERIFY(edited.open(QIODevice::ReadOnly));
    QCOMPARE(edited.readAll(), QByteArray("tickTime=1\n"));
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
