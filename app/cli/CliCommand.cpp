#include "app/cli/CliCommand.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace mc::cli {

namespace {

// Marks a negative number standing as a positional argument while Qt parses, so that Qt does
// not take it for options ("-1" would be the unknown option "1"). A private-use character: no
// one types it.
constexpr QChar kNegativeMark(0xE000);

CommandParser *g_current = nullptr; // the command being parsed, for usageError()
CommandDescription *g_describing = nullptr; // set while describe() runs a command

bool isNegativeNumber(const QString &arg)
{
    static const QRegularExpression number(QStringLiteral("^-(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?$"));
    return number.match(arg).hasMatch();
}

QString prefix()
{
    return g_current ? QStringLiteral("mesos-console-cli %1: ").arg(g_current->command())
                     : QStringLiteral("mesos-console-cli: ");
}

} // namespace

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

QStringList Registry::verbsOf(const QString &noun) const
{
    QStringList verbs;
    for (const Command &c : m_commands) {
        if (c.name.startsWith(noun + u' '))
            verbs << c.name.mid(noun.size() + 1);
    }
    verbs.sort();
    return verbs;
}

CommandParser::CommandParser(QString command)
    : m_command(std::move(command))
    , m_previous(g_current)
{
    g_current = this;
}

CommandParser::~CommandParser()
{
    if (g_current == this)
        g_current = m_previous;
}

bool CommandParser::addOption(const QCommandLineOption &option)
{
    m_options.append(option);
    return QCommandLineParser::addOption(option);
}

bool CommandParser::addOptions(const QList<QCommandLineOption> &options)
{
    bool added = true;
    for (const QCommandLineOption &option : options)
        added = addOption(option) && added;
    return added;
}

void CommandParser::addPositionalArgument(const QString &name, const QString &description,
                                          const QString &syntax, const QStringList &choices)
{
    m_positionals.append({ name, description, syntax.isEmpty() ? name : syntax, choices });
    QCommandLineParser::addPositionalArgument(name, description, syntax);
}

QStringList CommandParser::positionalArguments() const
{
    QStringList words = QCommandLineParser::positionalArguments();
    for (QString &word : words) {
        if (word.startsWith(kNegativeMark))
            word.remove(0, 1);
    }
    return words;
}

QString CommandParser::helpText() const
{
    QString text = QCommandLineParser::helpText();
    const QString qtUsage = QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0);
    if (text.startsWith(qtUsage))
        text.replace(0, qtUsage.size(), QStringLiteral("Usage: mesos-console-cli ") + m_command);
    return text;
}

bool CommandParser::takesValue(const QString &name) const
{
    return std::any_of(m_options.cbegin(), m_options.cend(), [&](const QCommandLineOption &o) {
        return o.names().contains(name) && !o.valueName().isEmpty();
    });
}

bool CommandParser::parseArgs(const QStringList &args)
{
    QStringList argv { QStringLiteral("mesos-console-cli") };
    bool valueNext = false;
    bool positionalOnly = false;
    for (const QString &arg : args) {
        if (valueNext || positionalOnly) {
            argv << arg;
            valueNext = false;
            continue;
        }
        if (isNegativeNumber(arg)) {
            argv << (kNegativeMark + arg);
            continue;
        }
        if (arg == u"--")
            positionalOnly = true;
        else if (arg.startsWith(QLatin1String("--")))
            valueNext = !arg.contains(u'=') && takesValue(arg.mid(2));
        else if (arg.startsWith(u'-') && arg.size() == 2)
            valueNext = takesValue(arg.mid(1));
        argv << arg;
    }
    return parse(argv);
}

std::optional<int> parseArguments(CommandParser &parser, const QStringList &args)
{
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (g_describing) {
        *g_describing = { parser.command(), parser.declaredOptions(), parser.declaredPositionals() };
        return ExitOk;
    }
    if (!parser.parseArgs(args)) {
        QString reason = parser.errorText();
        if (reason.endsWith(u'.'))
            reason.chop(1);
        return usageError(reason);
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        return ExitOk;
    }
    const QStringList words = parser.positionalArguments();
    const QList<PositionalSpec> &declared = parser.declaredPositionals();
    const bool repeats = std::any_of(declared.cbegin(), declared.cend(),
                                     [](const PositionalSpec &p) { return p.repeats(); });
    if (repeats || words.size() <= declared.size())
        return std::nullopt;
    const QString &word = words.at(declared.size());
    const QStringList verbs = Registry::instance().verbsOf(parser.command());
    if (verbs.contains(word))
        return usageError(QStringLiteral("'%1' is a verb of %2: it comes right after it "
                                         "(mesos-console-cli %2 %1 ...)")
                              .arg(word, parser.command()));
    if (declared.isEmpty() && !verbs.isEmpty())
        return usageError(
            QStringLiteral("unknown verb '%1' (%2 has: %3)").arg(word, parser.command(), verbs.join(u", ")));
    return usageError(QStringLiteral("unexpected argument '%1'").arg(word));
}

int usageError(const QString &message)
{
    err() << prefix() << message << Qt::endl;
    if (g_current)
        err() << Qt::endl << g_current->helpText();
    err().flush();
    return ExitUsage;
}

int failure(const QString &message)
{
    err() << prefix() << message << Qt::endl;
    return ExitFailure;
}

void printColumns(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths[c], row[c].size());
    }
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < cells.size(); ++c)
            text += c + 1 < cells.size() && c < widths.size() ? cells[c].leftJustified(widths[c] + 2) : cells[c];
        out() << text.trimmed() << '\n';
    };
    line(header);
    for (const QStringList &row : rows)
        line(row);
    out().flush();
}

void deprecated(const QString &what, const QString &instead)
{
    err() << prefix() << what << " is deprecated and goes away in the next release; use " << instead
          << " instead." << Qt::endl;
}

QString optionName(const QCommandLineOption &option)
{
    const QStringList names = option.names();
    const auto longest = std::max_element(
        names.cbegin(), names.cend(), [](const QString &a, const QString &b) { return a.size() < b.size(); });
    return (longest->size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + *longest;
}

Result<int> wholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max,
                        int fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const QString text = parser.value(option);
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return Error { QStringLiteral("%1 takes a whole number from %2 to %3, not '%4'")
                           .arg(optionName(option))
                           .arg(min)
                           .arg(max)
                           .arg(text),
                       {} };
    return int(value);
}

Result<double> decimalNumber(const QCommandLineParser &parser, const QCommandLineOption &option, double max,
                             double fallback, bool positive)
{
    if (!parser.isSet(option))
        return fallback;
    const QString text = parser.value(option);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0 || (positive && value == 0) || value > max)
        return Error { QStringLiteral("%1 takes a number %2 %3 and at most %4, not '%5'")
                           .arg(optionName(option),
                                positive ? QStringLiteral("greater than") : QStringLiteral("from"),
                                QStringLiteral("0"), QString::number(max, 'g', 15), text),
                       {} };
    return value;
}

std::optional<CommandDescription> describe(const Command &command)
{
    if (!command.run)
        return std::nullopt;
    CommandDescription description;
    g_describing = &description;
    command.run({});
    g_describing = nullptr;
    if (description.name.isEmpty())
        return std::nullopt;
    return description;
}

} // namespace mc::cli
