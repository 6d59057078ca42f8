#include "app/cli/CliCommand.h"
#include "app/cli/GateCliOptions.h"
#include "app/cli/SshCliOptions.h"

#include "core/audit/GatedRun.h"
#include "core/ssh/SshPool.h"
#include "core/util/ShellQuote.h"

namespace {

using namespace mc::cli;

int runCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("run"));
    parser.setApplicationDescription(
        QStringLiteral("Runs one command on hosts over SSH, in parallel, and prints a recap.\n"
                       "One argument after -- is a shell command line (\"df -h; uptime\"); several are a "
                       "program and its arguments, each quoted."));
    SshCliOptions ssh;
    ssh.addTo(parser);
    GateCliOptions gate;
    gate.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The command, after --."),
                                 QStringLiteral("-- COMMAND..."));
    if (const auto exit = ssh.parse(parser, args))
        return *exit;
    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return usageError(QStringLiteral("no command given (put it after --)"));
    const QString command = words.size() == 1 ? words.first() : mc::shellJoin(words);
    auto hosts = ssh.hosts(parser);
    if (!hosts)
        return usageError(hosts.error().message);

    mc::ssh::SshPool pool(ssh.sessionOptions(parser));
    pool.setForks(ssh.forks(parser));
    SshCliOptions::printProgress(pool, [](const mc::ssh::HostResult &r) {
        return r.exitStatus >= 0 ? QStringLiteral("rc=%1").arg(r.exitStatus) : QString();
    });
    mc::ssh::ExecOptions options;
    options.become = ssh.become(parser);
    const mc::Status started = mc::audit::gatedRun(
        pool, *hosts, mc::ssh::SshPool::commandJob(command, options), gate.gate(parser, QString(), ssh.workspacePath(parser)),
        { QStringLiteral("host.run"),
          {},
          { { QStringLiteral("command"), command }, { QStringLiteral("become"), options.become } } });
    return SshCliOptions::recapWhenDone(pool, started);
}

const Registration reg({
    QStringLiteral("run"),
    QStringLiteral("Run a command on hosts over SSH (--on HOSTS -- COMMAND), with a recap."),
    runCommand,
});

} // namespace
