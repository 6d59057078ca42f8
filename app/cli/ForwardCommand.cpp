// mesos-console-cli forward HOST:PORT --via [user@]HOST[:PORT] [--local PORT]
// mesos-console-cli forward TASKID[:PORT_INDEX] --master URL [--local PORT]
#include "app/cli/CliCommand.h"
#include "app/cli/HttpCliOptions.h"
#include "app/cli/SshCliOptions.h"
#include "app/cli/TaskLookup.h"

#include "core/ssh/SshSocksProxy.h"

#include <QEventLoop>

namespace {

using namespace mc::cli;

const char *const kHelp
    = "Forward a local port (127.0.0.1 only) over SSH, as ssh -L does, until Ctrl+C.\n"
      "  forward HOST:PORT --via [user@]HOST[:PORT] [--local PORT]\n"
      "  forward TASKID[:PORT_INDEX] --master URL [--local PORT] [--via [user@]HOST[:PORT]]\n"
      "HOST is resolved by the SSH host. A task's port (its PORT_INDEXth host port,\n"
      "default 0) is reached through its agent's host, or through --via when given.\n"
      "The first line printed is the local address. -u, -i, --known-hosts and\n"
      "--ssh-config as for every SSH command; unknown host keys are refused.";

int forward(const QStringList &args)
{
    CommandParser parser(QStringLiteral("forward"));
    parser.setApplicationDescription(QString::fromLatin1(kHelp));
    SshCliOptions ssh;
    ssh.addTo(parser, SshDefaults { 1, false, false });
    const QCommandLineOption via(QStringLiteral("via"), QStringLiteral("The SSH host to forward through."),
                                 QStringLiteral("host"));
    const QCommandLineOption local(
        QStringLiteral("local"), QStringLiteral("Local port (default: a free one)."), QStringLiteral("port"));
    const QCommandLineOption master(QStringLiteral("master"), QStringLiteral("A Mesos master (for TASKID)."),
                                    QStringLiteral("url"));
    parser.addOptions({ via, local, master });
    parser.addPositionalArgument(QStringLiteral("target"),
                                 QStringLiteral("HOST:PORT, or TASKID[:PORT_INDEX]."),
                                 QStringLiteral("TARGET"));
    const HttpCliOptions httpOptions;
    httpOptions.addTo(parser, false);
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    if (const auto exit = ssh.check(parser))
        return *exit;
    if (const auto exit = httpOptions.apply(parser))
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

    const QString target = parser.positionalArguments().first();
    QString targetHost;
    quint16 targetPort = 0;
    QString sshHost = parser.value(via);
    if (parser.isSet(master)) {
        const QString taskId = target.section(u':', 0, 0);
        const QString index = target.section(u':', 1);
        mc::http::HttpClient http(httpOptions.options());
        FoundTask found;
        if (const auto exit = lookupTask(taskId, parser.value(master), http, found))
            return *exit;
        const QList<quint16> ports = mc::mesos::portList(found.task.resources.ports);
        bool ok = true;
        const int i = index.isEmpty() ? 0 : index.toInt(&ok);
        if (!ok || i < 0 || i >= ports.size())
            return usageError(QStringLiteral("task %1 has %2 host port(s); PORT_INDEX %3 is not one of them")
                                  .arg(found.task.id)
                                  .arg(ports.size())
                                  .arg(index));
        targetHost = found.agent.hostname;
        targetPort = ports.at(i);
        if (sshHost.isEmpty())
            sshHost = found.agent.hostname;
    } else {
        const int colon = int(target.lastIndexOf(u':'));
        bool ok = false;
        const uint p = colon > 0 ? target.mid(colon + 1).toUInt(&ok) : 0;
        if (!ok || p == 0 || p > 65535)
            return usageError(QStringLiteral("\"%1\" is not HOST:PORT").arg(target));
        targetHost = target.left(colon);
        if (targetHost.startsWith(u'[') && targetHost.endsWith(u']'))
            targetHost = targetHost.mid(1, targetHost.size() - 2);
        targetPort = quint16(p);
        if (sshHost.isEmpty())
            return usageError(QStringLiteral("--via [user@]HOST[:PORT] is required for HOST:PORT"));
    }
    auto hosts = ssh.hostsMatching(parser, sshHost);
    if (!hosts)
        return usageError(hosts.error().message);
    if (hosts->size() != 1)
        return usageError(QStringLiteral("%1 names %2 hosts; give one").arg(sshHost).arg(hosts->size()));

    mc::ssh::SshSocksProxy forward(hosts->first(), ssh.sessionOptions(parser));
    forward.setForward(targetHost, targetPort, localPort);
    if (const mc::Status started = forward.start(true); !started)
        return failure(started.error().message);
    out() << "127.0.0.1:" << forward.port() << '\n';
    out().flush();
    err() << "forwarding 127.0.0.1:" << forward.port() << " to " << targetHost << ':' << targetPort << ' '
          << forward.describe() << " (Ctrl+C stops)\n";
    err().flush();
    QObject::connect(&forward, &mc::ssh::SshSocksProxy::error, [](const QString &reason) {
        err() << "forward: " << reason << '\n';
        err().flush();
    });
    QEventLoop loop;
    loop.exec(); // until Ctrl+C (exit 130, as ssh -L)
    return ExitOk;
}

const Registration reg({ QStringLiteral("forward"),
                         QStringLiteral("Forward a local port to HOST:PORT or a task's port over SSH."),
                         forward });

} // namespace
