#include "app/cli/CliCommand.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>

namespace mc::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

std::unique_lock<std::recursive_mutex> lockOutput()
{
    static std::recursive_mutex mutex;
    return std::unique_lock(mutex);
}

Registry &Registry::instance()
{
    static Registry registry;
    return registry;
}

void Registry::add(Command command)
{
    m_commands.append(std::move(command));
}

const Command *Registry::find(const QString &name) const
{
    const auto it = std::find_if(m_commands.cbegin(), m_commands.cend(),
                                 [&](const Command &c) { return c.name == name; });
    return it == m_commands.cend() ? nullptr : &*it;
}

QList<Command> Registry::commands() const
{
    QList<Command> sorted = m_commands;
    std::sort(sorted.begin(), sorted.end(),
              [](const Command &a, const Command &b) { return a.name < b.name; });
    return sorted;
}

std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &args)
{
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList argv { QCoreApplication::applicationName() + u' ' + command };
    argv << args;
    if (!parser.parse(argv)) {
        err() << parser.errorText() << Qt::endl << Qt::endl << parser.helpText();
        err().flush();
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace mc::cli
