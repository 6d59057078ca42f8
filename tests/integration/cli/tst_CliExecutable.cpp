#include "core/provision/RecipeLoader.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
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
    void usageLineNamesTheCommand();
    void strayArgumentsAreUsageErrors();
    void unknownVerbsAreUsageErrors_data();
    void unknownVerbsAreUsageErrors();
    void negativeNumberIsTheCommandsToRefuse();
    void hostCommandsShareTheSshOptions();
    void httpCommandsShareTheHttpOptions();
    void provisionTakesTheOldInventoryFlagWithANote();
    void bashCompletesCommandsOptionsAndValues();
    void zshCompletionOffersCommandsAndOptions();
    void completionOfAnUnknownShellIsUsageError();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QString &program, const QStringList &args, bool withoutDisplay = false);
    static Run cli(const QStringList &args) { return run(QStringLiteral("mesos-console-cli"), args); }
    // Every command and verb `mesos-console-cli --help` lists ("apps", "apps scale", ...).
    static QStringList commandNames();
    // The positional words of a command's usage line ("ID", "N", "[FILE.json]").
    static QStringList usagePositionals(const QString &command);
    // Sources the generated bash completion in a real bash and completes `words` (the last one
    // is being typed); the candidates, one per line.
    static QStringList bashComplete(const QString &script, const QStringList &words);
    static bool writeFile(const QString &path, const QByteArray &bytes);
};

bool tst_CliExecutable::writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList tst_CliExecutable::commandNames()
{
    const Run r = cli({ QStringLiteral("--help") });
    QStringList names;
    bool inList = false;
    static const QRegularExpression columns(QStringLiteral("\\s{2,}"));
    for (const QString &line : r.out.split(u'\n')) {
        if (line == u"Commands:") {
            inList = true;
        } else if (inList && line.startsWith(QLatin1String("  "))) {
            names << line.trimmed().section(columns, 0, 0);
        } else if (inList) {
            break;
        }
    }
    return names;
}

QStringList tst_CliExecutable::usagePositionals(const QString &command)
{
    const Run r = cli(command.split(u' ') << QStringLiteral("--help"));
    const QString usage = r.out.section(u'\n', 0, 0);
    const QString prefix = QStringLiteral("Usage: mesos-console-cli %1 [options]").arg(command);
    if (!usage.startsWith(prefix))
        return {};
    return usage.mid(prefix.size()).split(u' ', Qt::SkipEmptyParts);
}

QStringList tst_CliExecutable::bashComplete(const QString &script, const QStringList &words)
{
    QStringList quoted;
    for (const QString &w : words)
        quoted << u'\'' + w + u'\'';
    const QString program = QStringLiteral("source '%1' || exit 3\n"
                                           "complete -p mesos-console-cli >/dev/null || exit 4\n"
                                           "COMP_WORDS=(%2)\n"
                                           "COMP_CWORD=%3\n"
                                           "_mesos_console_cli\n"
                                           "printf '%s\\n' \"${COMPREPLY[@]}\"\n")
                                .arg(script, quoted.join(u' '))
                                .arg(words.size() - 1);
    const Run r
        = run(QStringLiteral("/bin/bash"), { QStringLiteral("--norc"), QStringLiteral("-c"), program });
    if (r.exitCode != 0)
        return { QStringLiteral("bash failed: %1 %2").arg(r.exitCode).arg(r.err) };
    return r.out.split(u'\n', Qt::SkipEmptyParts);
}

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
    // A bare name is one of the built executables; a path (bash, zsh) is run as it is.
    process.start(program.contains(u'/') ? program : mc::test::executablePath(program), args);
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
    static const QRegularExpression version(QStringLiteral("^mesos-console-cli \\d+\\.\\d+\\.\\d+\\n$"));
    QVERIFY2(version.match(r.out).hasMatch(), qPrintable(r.out));
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

// `provision --help` used to say "Usage: /full/path/to/mesos-console-cli [options]".
void tst_CliExecutable::usageLineNamesTheCommand()
{
    const QStringList names = commandNames();
    QVERIFY2(names.contains(QStringLiteral("apps scale")) && names.contains(QStringLiteral("provision"))
                 && names.contains(QStringLiteral("haproxy sync")),
             qPrintable(names.join(u',')));
    for (const QString &name : names) {
        const Run r = cli(name.split(u' ') << QStringLiteral("--help"));
        QVERIFY2(r.exitCode == 0, qPrintable(name + r.err));
        const QString usage = r.out.section(u'\n', 0, 0);
        QVERIFY2(usage.startsWith(QStringLiteral("Usage: mesos-console-cli %1 ").arg(name)),
                 qPrintable(name + QStringLiteral(": ") + usage));
        QVERIFY2(!usage.contains(u'/'), qPrintable(usage));
    }
}

// For every command: one word more than it takes is exit 2, the word named, the usage on
// stderr, nothing run.
void tst_CliExecutable::strayArgumentsAreUsageErrors()
{
    int checked = 0;
    for (const QString &name : commandNames()) {
        const QStringList positionals = usagePositionals(name);
        if (std::any_of(positionals.cbegin(), positionals.cend(),
                        [](const QString &p) { return p.endsWith(QLatin1String("...")); })
            || name == u"haproxy" || name == u"inventory")
            continue; // takes any number of words / only groups verbs (unknownVerbsAreUsageErrors)
        QStringList args = name.split(u' ');
        for (qsizetype i = 0; i <= positionals.size(); ++i)
            args << QStringLiteral("stray%1").arg(i);
        const Run r = cli(args);
        const QString stray = QStringLiteral("'stray%1'").arg(positionals.size());
        QVERIFY2(r.exitCode == 2, qPrintable(name + QStringLiteral(": ") + r.err));
        QVERIFY2(r.err.contains(stray) || r.err.contains(QStringLiteral("'stray0'")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Usage: mesos-console-cli %1 ").arg(name)), qPrintable(r.err));
        QVERIFY2(r.out.isEmpty(), qPrintable(name + QStringLiteral(": ") + r.out));
        ++checked;
    }
    QVERIFY2(checked >= 15, qPrintable(QString::number(checked)));
}

void tst_CliExecutable::unknownVerbsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("usage");
    QTest::newRow("apps frobnicate")
        << QStringList { QStringLiteral("apps"), QStringLiteral("frobnicate"), QStringLiteral("--marathon"),
                         QStringLiteral("http://127.0.0.1:1") }
        << QStringLiteral("unknown verb 'frobnicate' (apps has: compare, destroy, diff, export, "
                          "import, launch, queue, reset-delay, restart, rollback, scale, suspend, "
                          "versions, why)")
        << QStringLiteral("Usage: mesos-console-cli apps [options]");
    QTest::newRow("tasks nonsense extra")
        << QStringList { QStringLiteral("tasks"), QStringLiteral("nonsense"), QStringLiteral("extra"),
                         QStringLiteral("--master"), QStringLiteral("http://127.0.0.1:1") }
        << QStringLiteral("unknown verb 'nonsense' (tasks has: exec, kill, usage)")
        << QStringLiteral("Usage: mesos-console-cli tasks [options]");
    QTest::newRow("verb after an option")
        << QStringList { QStringLiteral("apps"), QStringLiteral("--marathon"),
                         QStringLiteral("http://h:8080"), QStringLiteral("scale") }
        << QStringLiteral("'scale' is a verb of apps: it comes right after it")
        << QStringLiteral("Usage: mesos-console-cli apps [options]");
    QTest::newRow("haproxy frobnicate")
        << QStringList { QStringLiteral("haproxy"), QStringLiteral("frobnicate") }
        << QStringLiteral("unknown verb 'frobnicate' (haproxy has: render, sync)")
        << QStringLiteral("Usage: mesos-console-cli haproxy VERB [options]");
    QTest::newRow("inventory alone") << QStringList { QStringLiteral("inventory") }
                                     << QStringLiteral("give a verb")
                                     << QStringLiteral("Usage: mesos-console-cli inventory VERB [options]");
    QTest::newRow("unknown option names it")
        << QStringList { QStringLiteral("agents"), QStringLiteral("--nope") }
        << QStringLiteral("Unknown option 'nope'")
        << QStringLiteral("Usage: mesos-console-cli agents [options]");
}

void tst_CliExecutable::unknownVerbsAreUsageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QFETCH(QString, usage);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.err.contains(usage), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
}

// "-1" where N stands is N = -1 (refused with the reason), not an unknown option "1".
void tst_CliExecutable::negativeNumberIsTheCommandsToRefuse()
{
    const Run r
        = cli({ QStringLiteral("apps"), QStringLiteral("scale"), QStringLiteral("/demo/web"),
                QStringLiteral("-1"), QStringLiteral("--marathon"), QStringLiteral("http://127.0.0.1:1") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("N is a whole number of instances from 0 to 100000, not '-1'")),
             qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("Unknown option")));
    // After --, words are the command's: run passes "-1" on.
    const Run dashed = cli({ QStringLiteral("run"), QStringLiteral("--on"), QStringLiteral("h;x"),
                             QStringLiteral("--"), QStringLiteral("echo"), QStringLiteral("-1") });
    QCOMPARE(dashed.exitCode, 2);
    QVERIFY2(dashed.err.contains(QStringLiteral("'h;x' is not a host")), qPrintable(dashed.err));
}

// The same SSH options, with the same meaning, wherever a command reaches hosts; -i is the
// identity file everywhere (as in ssh), provision's inventory is spelled out.
void tst_CliExecutable::hostCommandsShareTheSshOptions()
{
    const QStringList sshOptions {
        QStringLiteral("-w, --workspace <file>"),
        QStringLiteral("-u, --user <user>"),
        QStringLiteral("-i, --identity <file>"),
        QStringLiteral("--known-hosts <file>"),
        QStringLiteral("--ssh-config <file>"),
        QStringLiteral("--accept-new-host-keys"),
        QStringLiteral("--ask-pass"),
        QStringLiteral("-b, --become"),
        QStringLiteral("--no-become"),
        QStringLiteral("--ask-become-pass"),
        QStringLiteral("-f, --forks <n>"),
        QStringLiteral("--connect-timeout <s>"),
        QStringLiteral("--dead-after <s>"),
    };
    for (const QString &command :
         { QStringLiteral("run"), QStringLiteral("services"), QStringLiteral("provision"),
           QStringLiteral("haproxy sync"), QStringLiteral("logs") }) {
        const Run r = cli(command.split(u' ') << QStringLiteral("--help"));
        QCOMPARE(r.exitCode, 0);
        for (const QString &option : sshOptions)
            QVERIFY2(r.out.contains(option), qPrintable(command + QStringLiteral(": ") + option));
    }
    const Run provision = cli({ QStringLiteral("provision"), QStringLiteral("--help") });
    QVERIFY(provision.out.contains(QStringLiteral("--inventory <file>")));
    QVERIFY(!provision.out.contains(QStringLiteral("-i, --inventory")));
}

void tst_CliExecutable::httpCommandsShareTheHttpOptions()
{
    const QStringList httpOptions {
        QStringLiteral("--http-user <user>"),    QStringLiteral("--http-password-env <var>"),
        QStringLiteral("--token-env <var>"),     QStringLiteral("--ca-file <file>"),
        QStringLiteral("--timeout <s>"),         QStringLiteral("--via <host>"),
        QStringLiteral("--via-identity <file>"), QStringLiteral("--via-known-hosts <file>")
    };
    for (const QString &command :
         { QStringLiteral("leader"), QStringLiteral("agents"), QStringLiteral("frameworks"),
           QStringLiteral("apps"), QStringLiteral("tasks"), QStringLiteral("apps launch"),
           QStringLiteral("apps scale"), QStringLiteral("apps restart"), QStringLiteral("apps suspend"),
           QStringLiteral("apps destroy"), QStringLiteral("tasks kill"), QStringLiteral("logs"),
           QStringLiteral("haproxy render"), QStringLiteral("haproxy sync") }) {
        const Run r = cli(command.split(u' ') << QStringLiteral("--help"));
        QCOMPARE(r.exitCode, 0);
        for (const QString &option : httpOptions)
            QVERIFY2(r.out.contains(option), qPrintable(command + QStringLiteral(": ") + option));
    }
}

// provision's -i was the inventory; it is the identity file now. An old command line (a file
// that is no key after -i) still works for one release, with a note on stderr.
void tst_CliExecutable::provisionTakesTheOldInventoryFlagWithANote()
{
    QTemporaryDir dir;
    const QString inventory = dir.filePath(QStringLiteral("hosts.ini"));
    QVERIFY(writeFile(
        inventory, "[masters]\nm1 ansible_host=127.0.0.1 zoo_id=1\n[agents]\na1 ansible_host=127.0.0.1\n"));
    const Run old = cli({ QStringLiteral("provision"), QStringLiteral("-i"), inventory,
                          QStringLiteral("--history"), QStringLiteral("m1") });
    QCOMPARE(old.exitCode, 1); // the inventory opened: no journal yet
    QVERIFY2(old.err.contains(QStringLiteral("no journal for m1")), qPrintable(old.err));
    QVERIFY2(old.err.contains(QStringLiteral("-i INVENTORY"))
                 && old.err.contains(QStringLiteral("deprecated"))
                 && old.err.contains(QStringLiteral("--inventory")),
             qPrintable(old.err));
    const Run spelled = cli({ QStringLiteral("provision"), QStringLiteral("--inventory"), inventory,
                              QStringLiteral("--history"), QStringLiteral("m1") });
    QCOMPARE(spelled.exitCode, 1);
    QVERIFY2(!spelled.err.contains(QStringLiteral("deprecated")), qPrintable(spelled.err));

    // A key after -i is a key: then the inventory is missing.
    const QString key = dir.filePath(QStringLiteral("id_test"));
    QVERIFY(writeFile(key, "-----BEGIN OPENSSH PRIVATE KEY-----\nAAAA\n-----END OPENSSH PRIVATE KEY-----\n"));
    const Run keyOnly
        = cli({ QStringLiteral("provision"), QStringLiteral("-i"), key, QStringLiteral("--check") });
    QCOMPARE(keyOnly.exitCode, 2);
    QVERIFY2(keyOnly.err.contains(QStringLiteral("give -w WORKSPACE or --inventory INVENTORY")),
             qPrintable(keyOnly.err));
    QVERIFY(!keyOnly.err.contains(QStringLiteral("deprecated")));
}

void tst_CliExecutable::bashCompletesCommandsOptionsAndValues()
{
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("mesos-console-cli.bash"));
    const Run generated
        = cli({ QStringLiteral("completion"), QStringLiteral("bash"), QStringLiteral("--output"), script });
    QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));
    // It builds every command's parser: an option declared twice would be warned about here
    // (forward had --via of its own beside the jump host's).
    QVERIFY2(generated.err.isEmpty(), qPrintable(generated.err));
    const QString cliName = QStringLiteral("mesos-console-cli");

    QCOMPARE(bashComplete(script, { cliName, QStringLiteral("ap") }), QStringList { QStringLiteral("apps") });
    QCOMPARE(bashComplete(script, { cliName, QStringLiteral("apps"), QStringLiteral("sc") }),
             QStringList { QStringLiteral("scale") });
    QCOMPARE(bashComplete(script, { cliName, QStringLiteral("provision"), QStringLiteral("--inv") }),
             QStringList { QStringLiteral("--inventory") });
    QCOMPARE(
        bashComplete(script,
                     { cliName, QStringLiteral("apps"), QStringLiteral("scale"), QStringLiteral("--mar") }),
        QStringList { QStringLiteral("--marathon") });
    // The verb's own options, not the listing's.
    QVERIFY(bashComplete(script,
                         { cliName, QStringLiteral("apps"), QStringLiteral("scale"), QStringLiteral("--") })
                .contains(QStringLiteral("--force")));
    QVERIFY(!bashComplete(script, { cliName, QStringLiteral("apps"), QStringLiteral("--") })
                 .contains(QStringLiteral("--force")));
    // Positional words: services ACTION SERVICE, past options and their values.
    QCOMPARE(bashComplete(script,
                          { cliName, QStringLiteral("services"), QStringLiteral("--on"), QStringLiteral("m1"),
                            QStringLiteral("res") }),
             QStringList { QStringLiteral("restart") });
    QCOMPARE(bashComplete(
                 script,
                 { cliName, QStringLiteral("services"), QStringLiteral("restart"), QStringLiteral("zoo") }),
             QStringList { QStringLiteral("zookeeper") });
    // A file after an option that takes one.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("lab.mcw.yaml")), {}));
    QCOMPARE(bashComplete(script,
                          { cliName, QStringLiteral("run"), QStringLiteral("-w"),
                            dir.filePath(QStringLiteral("lab")) }),
             QStringList { dir.filePath(QStringLiteral("lab.mcw.yaml")) });
    // Hidden (deprecated) spellings are not offered.
    QVERIFY(!bashComplete(script, { cliName, QStringLiteral("agents"), QStringLiteral("--") })
                 .contains(QStringLiteral("--user")));
}

void tst_CliExecutable::zshCompletionOffersCommandsAndOptions()
{
    const Run generated = cli({ QStringLiteral("completion"), QStringLiteral("zsh") });
    QCOMPARE(generated.exitCode, 0);
    QVERIFY(generated.out.startsWith(QStringLiteral("#compdef mesos-console-cli\n")));
    const QString zsh = QStandardPaths::findExecutable(QStringLiteral("zsh"));
    if (zsh.isEmpty())
        QFAIL("zsh is missing: run scripts/install-deps.sh");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("_mesos-console-cli"));
    QVERIFY(writeFile(file, generated.out.toUtf8()));
    // zsh's _describe and _arguments replaced by functions that print what they are given: what
    // the completion system would offer.
    const auto complete = [&](const QString &line) {
        const QString program = QStringLiteral("_describe() { print -rl -- \"${(@P)${@[-1]}}\" }\n"
                                               "_arguments() { print -rl -- \"$@\" }\n"
                                               "words=(%1); CURRENT=${#words}\n"
                                               "source '%2'\n")
                                    .arg(line, file);
        return run(zsh, { QStringLiteral("-f"), QStringLiteral("-c"), program });
    };
    const Run commands = complete(QStringLiteral("mesos-console-cli ap"));
    QVERIFY2(commands.exitCode == 0, qPrintable(commands.err));
    QVERIFY2(commands.out.contains(QStringLiteral("apps:Marathon apps")), qPrintable(commands.out));
    const Run verbs = complete(QStringLiteral("mesos-console-cli apps sc"));
    QVERIFY2(verbs.out.contains(QStringLiteral("scale:Scale an app")), qPrintable(verbs.out));
    const Run options = complete(QStringLiteral("mesos-console-cli provision --inv"));
    QVERIFY2(options.out.contains(QStringLiteral("*--inventory[")), qPrintable(options.out));
    QVERIFY2(options.out.contains(QStringLiteral(":file:_files")), qPrintable(options.out));
    const Run positional = complete(QStringLiteral("mesos-console-cli services re"));
    QVERIFY2(positional.out.contains(QStringLiteral("1:action:(status start stop restart)")),
             qPrintable(positional.out));
}

void tst_CliExecutable::completionOfAnUnknownShellIsUsageError()
{
    const Run r = cli({ QStringLiteral("completion"), QStringLiteral("fish") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("no completion for 'fish'")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(tst_CliExecutable)
#include "tst_CliExecutable.moc"
