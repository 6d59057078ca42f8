#include "app/cli/CliCommand.h"
#include "app/cli/GateCliOptions.h"
#include "app/cli/SshCliOptions.h"

#include "core/cluster/ServiceControl.h"
#include "core/ssh/SshPool.h"

namespace {

using namespace mc::cli;
using namespace mc::cluster;

int servicesCommand(const QStringList &args)
{
    CommandParser parser(QStringLiteral("services"));
    parser.setApplicationDescription(QStringLiteral(
        "Status, start, stop or restart a service on hosts over SSH (systemd, SysV service or a "
        "Docker container, detected per host), through sudo. SERVICE: zookeeper, mesos-master, "
        "marathon, haproxy, mesos-agent (mesos-slave), docker."));
    SshCliOptions ssh;
    ssh.addTo(parser, { .forks = 10, .become = true, .hostsOn = true });
    const QCommandLineOption rolling(
        QStringLiteral("rolling"),
        QStringLiteral("One host at a time; wait until the service answers again "
                       "(ZooKeeper srvr, Mesos /health, Marathon /ping); stop at the "
                       "first failure."));
    const QCommandLineOption waitSeconds(
        QStringLiteral("wait"),
        QStringLiteral("Seconds a rolling step waits for the service (1-3600, default 60)."),
        QStringLiteral("s"));
    parser.addOptions({ rolling, waitSeconds });
    GateCliOptions gate;
    gate.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("status | start | stop | restart"),
                                 QStringLiteral("ACTION"),
                                 { QStringLiteral("status"), QStringLiteral("start"), QStringLiteral("stop"),
                                   QStringLiteral("restart") });
    parser.addPositionalArgument(QStringLiteral("service"), QStringLiteral("The service."),
                                 QStringLiteral("SERVICE"), serviceNames());
    if (const auto exit = ssh.parse(parser, args))
        return *exit;
    const auto wait = wholeNumber(parser, waitSeconds, 1, 3600, 60);
    if (!wait)
        return usageError(wait.error().message);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(QStringLiteral(
            "expected ACTION SERVICE, e.g. 'services restart zookeeper --on m1,m2 --rolling'"));
    const auto action = actionFromName(positional[0]);
    if (!action)
        return usageError(
            QStringLiteral("unknown action '%1' (status, start, stop, restart)").arg(positional[0]));
    const auto service = serviceFromName(positional[1]);
    if (!service)
        return usageError(QStringLiteral("unknown service '%1' (%2)")
                              .arg(positional[1], serviceNames().join(QStringLiteral(", "))));
    auto hosts = ssh.hosts(parser);
    if (!hosts)
        return usageError(hosts.error().message);

    mc::ssh::SshPool pool(ssh.sessionOptions(parser));
    pool.setForks(ssh.forks(parser));
    SshCliOptions::printProgress(pool, [name = serviceName(*service)](const mc::ssh::HostResult &r) {
        return r.value.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(name, r.value);
    });
    ServiceControlOptions options;
    options.become = ssh.become(parser);
    options.rolling = parser.isSet(rolling);
    options.answerTimeoutMs = *wait * 1000;
    options.gate = gate.gate(parser, QString(), ssh.workspacePath(parser));
    return SshCliOptions::recapWhenDone(pool, ServiceControl::run(pool, *hosts, *service, *action, options));
}

const Registration reg({
    QStringLiteral("services"),
    QStringLiteral("Status / start / stop / restart a service on hosts (--on HOSTS [--rolling])."),
    servicesCommand,
});

} // namespace
