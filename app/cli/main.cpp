#include "app/cli/CliCommand.h"

#include "core/BuildInfo.h"
#include "core/util/Allocator.h"
#include "core/util/Logging.h"

#include <QCoreApplication>

namespace {

using namespace mc::cli;

void printUsage(QTextStream &stream)
{
    stream << "Usage: mesos-console-cli COMMAND [OPTIONS...] [--verbose]\n"
              "       mesos-console-cli --help | --version\n\n"
              "Headless front end of Mesos Console: drives the same core as the GUI.\n\n"
              "Commands:\n";
    const QList<Command> commands = Registry::instance().commands();
    qsizetype width = 0;
    for (const Command &command : commands)
        width = qMax(width, command.name.size());
    for (const Command &command : commands)
        stream << "  " << command.name.leftJustified(width) << "  " << command.summary << '\n';
    stream << "\nRun 'mesos-console-cli COMMAND --help' for the options of one command.\n"
              "--verbose (anywhere before a \"--\") writes the diagnostic log on stderr: leader, redirects,\n"
              "fallbacks, retries, host keys (the mc.* logging categories; QT_LOGGING_RULES picks some).\n";
    stream.flush();
}

// The usage of a noun that only groups verbs (haproxy, inventory).
void printNounUsage(QTextStream &stream, const Command &noun)
{
    stream << "Usage: mesos-console-cli " << noun.name << " VERB [options]\n";
    for (const QString &verb : Registry::instance().verbsOf(noun.name)) {
        const auto described = describe(*Registry::instance().find(noun.name + u' ' + verb));
        QStringList words { QStringLiteral("mesos-console-cli"), described->name,
                            QStringLiteral("[options]") };
        for (const PositionalSpec &p : described->positionals)
            words << p.syntax;
        stream << "       " << words.join(u' ') << '\n';
    }
    stream << '\n' << noun.summary << "\n\nVerbs:\n";
    for (const QString &verb : Registry::instance().verbsOf(noun.name)) {
        const Command *command = Registry::instance().find(noun.name + u' ' + verb);
        stream << "  " << verb.leftJustified(10) << ' ' << command->summary << '\n';
    }
    stream << "\nRun 'mesos-console-cli " << noun.name << " VERB --help' for the options of one verb.\n";
    stream.flush();
}

int unknownCommand(const QString &name)
{
    err() << "mesos-console-cli: unknown command '" << name << "'\n\n";
    printUsage(err());
    return ExitUsage;
}

// Runs `noun [verb] args...`: a verb ("apps scale") wins over the noun's own command.
int dispatch(const QString &noun, QStringList args)
{
    const Command *command = nullptr;
    if (!args.isEmpty() && !args.first().startsWith(u'-')) {
        command = Registry::instance().find(noun + u' ' + args.first());
        if (command)
            args.removeFirst();
    }
    if (!command)
        command = Registry::instance().find(noun);
    if (!command)
        return unknownCommand(noun);
    if (command->run)
        return command->run(args);
    // A noun without a command of its own.
    if (!args.isEmpty() && (args.first() == u"--help" || args.first() == u"-h")) {
        printNounUsage(out(), *command);
        return ExitOk;
    }
    if (args.isEmpty())
        err() << "mesos-console-cli " << noun << ": give a verb\n\n";
    else
        err() << "mesos-console-cli " << noun << ": unknown verb '" << args.first() << "' (" << noun
              << " has: " << Registry::instance().verbsOf(noun).join(QStringLiteral(", ")) << ")\n\n";
    printNounUsage(err(), *command);
    return ExitUsage;
}

const Registration helpCommand({
    QStringLiteral("help"),
    QStringLiteral("Show the commands, or the options of one command."),
    [](const QStringList &args) {
        CommandParser parser(QStringLiteral("help"));
        parser.setApplicationDescription(
            QStringLiteral("Shows the commands, or the options of one command."));
        parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("A command."),
                                     QStringLiteral("[COMMAND]"));
        parser.addPositionalArgument(QStringLiteral("verb"), QStringLiteral("A verb of the command."),
                                     QStringLiteral("[VERB]"));
        if (const auto exit = parseArguments(parser, args))
            return *exit;
        const QStringList words = parser.positionalArguments();
        if (words.isEmpty()) {
            printUsage(out());
            return int(ExitOk);
        }
        return dispatch(words.first(), words.mid(1) << QStringLiteral("--help"));
    },
});

} // namespace

int main(int argc, char *argv[])
{
    mc::limitMallocArenas();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mesos-console-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("MesosConsole"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(mc::build::kVersion));

    QStringList args = QCoreApplication::arguments().mid(1);
    // The log goes to stderr only when asked: stderr carries the command's own messages.
    const bool verbose = mc::logging::takeVerbose(args);
    if (verbose)
        mc::logging::installMessageHandler(nullptr);
    mc::logging::applyRules(verbose, true);
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
    const int code = dispatch(first, args);
    out().flush();
    err().flush();
    return code;
}
