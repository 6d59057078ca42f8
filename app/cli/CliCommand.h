#pragma once

#include "core/util/Result.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <mutex>

#include <functional>
#include <optional>

namespace mc::cli {

// Exit codes shared by every subcommand.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1, // the operation ran and failed (a host failed, validation errors, ...)
    ExitUsage = 2, // the command line was wrong
};

QTextStream &out();
QTextStream &err();
// Held while writing out()/err() from a worker thread (SshPool and
// ProvisionRunner signal from their threads): one writer at a time.
[[nodiscard]] std::unique_lock<std::recursive_mutex> lockOutput();

// A subcommand: `mesos-console-cli NAME ARGS...`. `run` gets the arguments after NAME.
// A NAME of two words ("apps scale") is a verb of the first: `mesos-console-cli apps scale ...`
// runs it, other `apps ...` calls go to the command "apps". A noun without a command of its
// own ("haproxy") has no `run`: it only groups its verbs.
struct Command
{
    QString name;
    QString summary;
    std::function<int(const QStringList &args)> run;
};

class Registry
{
public:
    static Registry &instance();
    void add(Command command);
    [[nodiscard]] const Command *find(const QString &name) const;
    [[nodiscard]] QList<Command> commands() const; // sorted by name
    // The second words of the verbs of `noun` ("apps" -> launch, scale, ...), sorted.
    [[nodiscard]] QStringList verbsOf(const QString &noun) const;

private:
    QList<Command> m_commands;
};

// Each command file holds one static Registration; the files are compiled into
// the executable directly, so none is dropped.
struct Registration
{
    explicit Registration(Command command) { Registry::instance().add(std::move(command)); }
};

// A positional argument as a command declares it: `syntax` "ID", "[FILE.json]" (optional)
// or "TASKID..." (any number); `choices` the words it takes when there is a fixed set.
struct PositionalSpec
{
    QString name;
    QString description;
    QString syntax;
    QStringList choices;
    [[nodiscard]] bool repeats() const { return syntax.endsWith(QLatin1String("...")); }
};

// The parser of one command. It remembers what the command declares (options, positional
// arguments), so that help, usage errors and the shell completion all come from the same
// place, and it takes a negative number where a positional argument stands as that argument
// (`apps scale /web -1` is N = -1, which the command refuses, not an unknown option "-1").
class CommandParser : public QCommandLineParser
{
public:
    explicit CommandParser(QString command);
    ~CommandParser();
    CommandParser(const CommandParser &) = delete;
    CommandParser &operator=(const CommandParser &) = delete;

    // Hide QCommandLineParser's to record what is declared.
    bool addOption(const QCommandLineOption &option);
    bool addOptions(const QList<QCommandLineOption> &options);
    void addPositionalArgument(const QString &name, const QString &description, const QString &syntax = {},
                               const QStringList &choices = {});
    [[nodiscard]] QStringList positionalArguments() const;
    // "Usage: mesos-console-cli COMMAND [options] ..." and the options.
    [[nodiscard]] QString helpText() const;

    [[nodiscard]] const QString &command() const { return m_command; }
    [[nodiscard]] const QList<QCommandLineOption> &declaredOptions() const { return m_options; }
    [[nodiscard]] const QList<PositionalSpec> &declaredPositionals() const { return m_positionals; }
    // Parses `args` (after the command's name); false with errorText() as Qt's parse().
    bool parseArgs(const QStringList &args);

private:
    [[nodiscard]] bool takesValue(const QString &name) const;

    QString m_command;
    CommandParser *m_previous; // the parser of the command that runs this one (completion)
    QList<QCommandLineOption> m_options;
    QList<PositionalSpec> m_positionals;
};

// Parses a subcommand's arguments. Handles --help (prints, returns ExitOk) and
// errors: a wrong option, a stray argument or an unknown verb print the reason naming
// the word and the command's usage on stderr and return ExitUsage. Returns nullopt
// when parsing succeeded and the command should go on.
std::optional<int> parseArguments(CommandParser &parser, const QStringList &args);

// Runs `start`, which calls back once, in a local event loop until it has; the value it gave.
template<typename T> std::optional<T> await(const std::function<void(std::function<void(T)>)> &start)
{
    std::optional<T> result;
    QEventLoop loop;
    start([&](T value) {
        result = std::move(value);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result;
}

// Prints "COMMAND: message", then the usage of the command being parsed, on stderr; returns
// ExitUsage.
int usageError(const QString &message);
// Prints "COMMAND: message" on stderr; returns ExitFailure.
int failure(const QString &message);
// Prints `header` and `rows` on stdout in columns two spaces apart (the last one unpadded).
void printColumns(const QStringList &header, const QList<QStringList> &rows);
// A deprecated spelling that still works: a note on stderr.
void deprecated(const QString &what, const QString &instead);

// The name an option is known by in messages: "--forks".
QString optionName(const QCommandLineOption &option);
// The value of `option` as a whole number in [min, max] (`fallback` when it is not given).
Result<int> wholeNumber(const QCommandLineParser &parser, const QCommandLineOption &option, int min, int max,
                        int fallback);
// The value of `option` as a number in (0, max] when `positive`, else [0, max].
Result<double> decimalNumber(const QCommandLineParser &parser, const QCommandLineOption &option, double max,
                             double fallback, bool positive);

// Shell completion (`completion bash|zsh`): every command's options and verbs, from the
// command table. While a description is being collected, parseArguments() records the
// parser and returns ExitOk at once, so each command declares its options in one place only.
struct CommandDescription
{
    QString name;
    QList<QCommandLineOption> options;
    QList<PositionalSpec> positionals;
};
std::optional<CommandDescription> describe(const Command &command);

} // namespace mc::cli
