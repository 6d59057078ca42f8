// mesos-console-cli forward HOST:PORT --via [user@]HOST[:PORT] [--local PORT]
// mesos-console-cli forward TASKID[:PORT_INDEX] --master URL [--local PORT] [--follow]
#include "app/cli/CliCommand.h"
#include "app/cli/HttpCliOptions.h"
#include "app/cli/SshCliOptions.h"
#include "app/cli/TaskLookup.h"

#include "core/ssh/SshSocksProxy.h"
#include "core/terminal/TaskForward.h"

#include <QEventLoop>

namespace {

using namespace mc::cli;

const char *const kHelp
    = "Forward a local port (127.0.0.1 only) over SSH, as ssh -L does, until Ctrl+C.\n"
      "  forward HOST:PORT --via [user@]HOST[:PORT] [--local PORT]\n"
      "  forward TASKID[:PORT_INDEX] --master URL [--local PORT] [--via [user@]HOST[:PORT]]\n"
      "          [--follow]\n"
      "HOST is resolved by the SSH host. A task's port (its PORT_INDEXth host port,\n"
      "default 0) is reached through its agent's host, or through --via when given.\n"
      "When the task ends the forward stops (exit 1), or with --follow goes on to\n"
      "the app's replacement task (same framework and task name) on the same port.\n"
      "The first line printed is the local address. -u, -i, --known-hosts and\n"
      "--ssh-config as for every SSH command; unknown host keys are refused.";

// The one SSH host `name` stands for.
mc::Result<mc::ssh::HostSpec> oneHost(const QCommandLineParser &parser, const SshCliOptions &ssh,
                                      const QString &name)
{
    auto hosts = ssh.hostsMatching(parser, name);
    if (!hosts)
        return hosts.error();
    if (hosts->size() != 1)
        return mc::Error { QStringLiteral("%1 names %2 hosts; give one").arg(name).arg(hosts->size()), {} };
    return hosts->first();
}

void printStarted(quint16 port, const QString &target, const QString &route)
{
    out() << "127.0.0.1:" << port << '\n';
    out().flush();
    err() << "forwarding 127.0.0.1:" << port << " to " << target << ' ' << route << " (Ctrl+C stops)\n";
    err().flush();
}

void sayError(const QString &reason)
{
    err() << "forward: " << reason << '\n';
    err().flush();
}

// TASKID[:PORT_INDEX]: watches the task (through the master's state) and stops
// when it ends, or follows the app's replacement with --follow.
int forwardTask(const QCommandLineParser &parser, const SshCliOptions &ssh, const HttpCliOptions &httpOptions,
                const QString &target, quint16 localPort)
{
    const QString taskId = target.section(u':', 0, 0);
    const QString index = target.section(u':', 1);
    const QString masterUrl = parser.value(QStringLiteral("master"));
    mc::http::HttpClient http(httpOptions.options());
    FoundTask found;
    if (const auto exit = lookupTask(taskId, masterUrl, http, found))
        return *exit;
    const QList<quint16> ports = mc::mesos::portList(found.task.resources.ports);
    bool ok = true;
    const int i = index.isEmpty() ? 0 : index.toInt(&ok);
    if (!ok || i < 0 || i >= ports.size())
        return usageError(QStringLiteral("task %1 has %2 host port(s); PORT_INDEX %3 is not one of them")
                              .arg(found.task.id)
                              .arg(ports.size())
                              .arg(index));
    const QString via = parser.value(QStringLiteral("via"));
    if (!via.isEmpty()) {
        if (auto host = oneHost(parser, ssh, via); !host)
            return usageError(host.error().message);
    } else if (auto host = oneHost(parser, ssh, found.agent.hostname); !host) {
        return usageError(host.error().message);
    }
    // Through --via, else the agent's host of the task at hand (a replacement may run elsewhere).
    const auto sshHostFor = [&parser, &ssh, via](const QString &agentHost) {
        auto host = oneHost(parser, ssh, via.isEmpty() ? agentHost : via);
        if (host)
            return *host;
        mc::ssh::HostSpec spec;
        spec.name = agentHost;
        return spec;
    };
    const mc::terminal::TaskPlace place { found.task.id,   found.task.frameworkId,
                                          found.task.name, found.agent.hostname,
                                          ports,           true };
    mc::terminal::TaskForward forward(place, i, sshHostFor, ssh.sessionOptions(parser));
    forward.setFollow(parser.isSet(QStringLiteral("follow")));
    forward.setLocalPort(localPort);
    if (const mc::Status started = forward.start(true); !started)
        return failure(started.error().message);
    printStarted(forward.port(), forward.target(), forward.describe());
    forward.watch(
        [&http, masterUrl](QObject *, std::function<void(mc::Result<QList<mc::terminal::TaskPlace>>)> done) {
            mc::mesos::MasterState state;
            if (readMasterState(masterUrl, http, state)) // said why on stderr
                return done(mc::Error { QStringLiteral("no state"), {} });
            done(mc::terminal::taskPlaces(state.tasks, state.agents));
        });
    QEventLoop loop;
    QObject::connect(&forward, &mc::terminal::TaskForward::error, &sayError);
    QObject::connect(&forward, &mc::terminal::TaskForward::waiting, &sayError);
    QObject::connect(&forward, &mc::terminal::TaskForward::retargeted, [&forward](const QString &now) {
        err() << "forward: following the app: now to " << now << ' ' << forward.describe() << '\n';
        err().flush();
    });
    int exitCode = ExitOk;
    QObject::connect(&forward, &mc::terminal::TaskForward::ended, &loop, [&](const QString &reason) {
        sayError(reason);
        exitCode = ExitFailure;
        loop.quit();
    });
    loop.exec(); // until the task ends or Ctrl+C (exit 130, as ssh -L)
    return exitCode;
}

int forward(const QStringList &args)
{
    CommandParser parser(QStringLiteral("forward"));
    parser.setApplicationDescription(QString::fromLatin1(kHelp));
    SshCliOptions ssh;
    ssh.addTo(parser, SshDefaults { 1, false, false });
    const QCommandLineOption local(
        QStringLiteral("local"), QStringLiteral("Local port (default: a free one)."), QStringLiteral("port"));
    const QCommandLineOption master(QStringLiteral("master"), QStringLiteral("A Mesos master (for TASKID)."),
                                    QStringLiteral("url"));
    const QCommandLineOption follow(QStringLiteral("follow"),
                                    QStringLiteral("Follow the app's replacement task when the task ends."));
    // --via (the SSH host to forward through) is the jump host of HttpCliOptions: the master is
    // asked through it as well.
    parser.addOptions({ local, master, follow });
    parser.addPositionalArgument(QStringLiteral("target"),
                                 QStringLiteral("HOST:PORT, or TASKID[:PORT_INDEX]."),
                                 QStringLiteral("TARGET"));
    const HttpCliOptions httpOptions;
    httpOptions.addTo(parser, false);
    if (const auto exit = ssh.parse(parser, args, &httpOptions))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(QStringLiteral("expected one TARGET: HOST:PORT or TASKID[:PORT_INDEX]"));
    quint16 localPort = 0;
    if (parser.isSet(local)) {
        bool ok = false;
        const uint p = parser.value(local).toUInt(&ok);
        if (!ok || p == 0 || p > 65535)
            return usageError(QStringLiteral("--local takes a port, 1-65535"));
        localPort = quint16(p);
    }

    const QString target = parser.positionalArguments().constFirst();
    if (parser.isSet(master))
        return forwardTask(parser, ssh, httpOptions, target, localPort);
    if (parser.isSet(follow))
        return usageError(QStringLiteral("--follow is for TASKID (with --master)"));
    const int colon = int(target.lastIndexOf(u':'));
    bool ok = false;
    const uint p = colon > 0 ? target.mid(colon + 1).toUInt(&ok) : 0;
    if (!ok || p == 0 || p > 65535)
        return usageError(QStringLiteral("\"%1\" is not HOST:PORT").arg(target));
    QString targetHost = target.left(colon);
    if (targetHost.startsWith(u'[') && targetHost.endsWith(u']'))
        targetHost = targetHost.mid(1, targetHost.size() - 2);
    const quint16 targetPort = quint16(p);
    const QString sshHost = parser.value(QStringLiteral("via"));
    if (sshHost.isEmpty())
        return usageError(QStringLiteral("--via [user@]HOST[:PORT] is required for HOST:PORT"));
    auto hosts = oneHost(parser, ssh, sshHost);
    if (!hosts)
        return usageError(hosts.error().message);

    mc::ssh::SshSocksProxy forward(*hosts, ssh.sessionOptions(parser));
    forward.setForward(targetHost, targetPort, localPort);
    if (const mc::Status started = forward.start(true); !started)
        return failure(started.error().message);
    printStarted(forward.port(), QStringLiteral("%1:%2").arg(targetHost).arg(targetPort), forward.describe());
    QObject::connect(&forward, &mc::ssh::SshSocksProxy::error, &sayError);
    QEventLoop loop;
    loop.exec(); // until Ctrl+C (exit 130, as ssh -L)
    return ExitOk;
}

const Registration reg({ QStringLiteral("forward"),
                         QStringLiteral("Forward a local port to HOST:PORT or a task's port over SSH."),
                         forward });

} // namespace
