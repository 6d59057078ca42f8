#include "app/cli/CliCommand.h"
#include "app/cli/SshCliOptions.h"

#include "core/cluster/ServiceControl.h"
#include "core/ssh/SshPool.h"

namespace {

using namespace mc::cli;
using namespace mc::cluster;

int servicesCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Status, start, stop or restart a service on hosts over SSH (systemd, SysV service or a "
        "Docker container, detected per host), through sudo. SERVICE: zookeeper, mesos-master, "
        "marathon, haproxy, mesos-agent (mesos-slave), docker."));
    SshCliOptions ssh;
    ssh.addTo(parser);
    const QCommandLineOption rolling(
        QStringLiteral("rolling"),
        QStringLiteral("One host at a time; wait until the service answers again "
                       "(ZooKeeper srvr, Mesos /health, Marathon /ping); stop at the "
                       "first failure."));
    const QCommandLineOption noBecome(QStringLiteral("no-become"), QStringLiteral("Do not use sudo."));
    const QCommandLineOption waitSeconds(
        QStringLiteral("wait"), QStringLiteral("Seconds a rolling step waits for the service (default 60)."),
        QStringLiteral("s"), QStringLiteral("60"));
    parser.addOptions({ rolling, noBecome, waitSeconds });
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("status | start | stop | restart"));
    parser.addPositionalArgument(QStringLiteral("service"), QStringLiteral("The service."));
    if (const auto exit = parseArguments(parser, QStringLiteral("services"), args))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        err()
            << "services: expected ACTION SERVICE, e.g. 'services restart zookeeper --on m1,m2 --rolling'\n";
        err().flush();
        return ExitUsage;
    }
    const auto action = actionFromName(positional[0]);
    const auto service = serviceFromName(positional[1]);
    if (!action || !service) {
        if (!action)
            err() << "services: unknown action '" << positional[0] << "' (status, start, stop, restart)\n";
        else
            err() << "services: unknown service '" << positional[1]
                  << "' (zookeeper, mesos-master, marathon, haproxy, mesos-agent, docker)\n";
        err().flush();
        return ExitUsage;
    }
    auto hosts = ssh.hosts(parser);
    if (!hosts) {
        err() << "services: " << hosts.error().message << '\n';
        err().flush();
        return ExitUsage;
    }

    mc::ssh::SshPool pool(ssh.sessionOptions(parser));
    pool.setForks(ssh.forks(parser));
    QObject::connect(&pool, &mc::ssh::SshPool::outputLine, [](const mc::ssh::OutputLine &line) {
        const auto lock = lockOutput();
        QTextStream &stream = line.stream == mc::ssh::OutputStream::Stderr ? err() : out();
        stream << line.host << " | " << line.text << '\n';
        stream.flush();
    });
    const QString name = serviceName(*service);
    QObject::connect(&pool, &mc::ssh::SshPool::hostFinished, [name](const mc::ssh::HostResult &r) {
        const auto lock = lockOutput();
        out() << r.host << " | " << mc::ssh::hostStateName(r.state).toUpper();
        if (!r.value.isEmpty())
            out() << " | " << name << ": " << r.value;
        out() << '\n';
        out().flush();
    });
    ServiceControlOptions options;
    options.become = !parser.isSet(noBecome);
    options.rolling = parser.isSet(rolling);
    options.answerTimeoutMs = qBound(1, parser.value(waitSeconds).toInt(), 3600) * 1000;
    ServiceControl::run(pool, *hosts, *service, *action, options);
    pool.waitForFinished();
    return SshCliOptions::printRecap(pool.results());
}

const Registration reg({
    QStringLiteral("services"),
    QStringLiteral("Status / start / stop / restart a service on hosts (--on HOSTS [--rolling])."),
    servicesCommand,
});

} // namespace
