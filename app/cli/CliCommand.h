#pragma once

#include <QCommandLineParser>
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
// runs it, other `apps ...` calls go to the command "apps".
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

private:
    QList<Command> m_commands;
};

// Each command file holds one static Registration; the files are compiled into
// the executable directly, so none is dropped.
struct Registration
{
    explicit Registration(Command command) { Registry::instance().add(std::move(command)); }
};

// Parses a subcommand's arguments. Handles --help (prints, returns ExitOk) and
// errors (prints the reason and the usage, returns ExitUsage). Returns nullopt
// when parsing succeeded and the command should go on.
std::optional<int> parseArguments(QCommandLineParser &parser, const QString &command,
                                  const QStringList &args);

} // namespace mc::cli
