#include "app/cli/CliCommand.h"

#include "core/BuildInfo.h"

#include <QCoreApplication>

namespace {

using namespace mc::cli;

void printUsage(QTextStream &stream)
{
    stream << "Usage: mesos-console-cli COMMAND [OPTIONS...]\n"
              "       mesos-console-cli --help | --version\n\n"
              "Headless front end of Mesos Console: drives the same core as the GUI.\n\n"
              "Commands:\n";
    const QList<Command> commands = Registry::instance().commands();
    for (const Command &command : commands)
        stream << "  " << command.name.leftJustified(12) << ' ' << command.summary << '\n';
    stream << "\nRun 'mesos-console-cli COMMAND --help' for the options of one command.\n";
    stream.flush();
}

const Registration helpCommand({
    QStringLiteral("help"),
    QStringLiteral("Show the commands, or the options of one command."),
    [](const QStringList &args) {
        if (args.isEmpty()) {
            printUsage(out());
            return int(ExitOk);
        }
        const Command *command = Registry::instance().find(args.first());
        if (!command) {
            err() << "mesos-console-cli: unknown command '" << args.first() << "'\n\n";
            printUsage(err());
            return int(ExitUsage);
        }
        return command->run({ QStringLiteral("--help") });
    },
});

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mesos-console-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("MesosConsole"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(mc::build::kVersion));

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        printUsage(err());
        return ExitUsage;
    }
    const QString first = args.takeFirst();
    if (first == u"--help" || first == u"-h") {
        printUsage(out());
        return ExitOk;
    }
    if (first == u"--version" || first == u"-v") {
        out() << "mesos-console-cli " << mc::build::kVersion << Qt::endl;
        return ExitOk;
    }
    // Verbs are commands named "NOUN VERB" ("apps scale"); they win over the noun's own command.
    const Command *command = nullptr;
    if (!args.isEmpty() && !args.first().startsWith(u'-')) {
        command = Registry::instance().find(first + u' ' + args.first());
        if (command)
            args.removeFirst();
    }
    if (!command)
        command = Registry::instance().find(first);
    if (!command) {
        err() << "mesos-console-cli: unknown command '" << first << "'\n\n";
        printUsage(err());
        return ExitUsage;
    }
    const int code = command->run(args);
    out().flush();
    err().flush();
    return code;
}
