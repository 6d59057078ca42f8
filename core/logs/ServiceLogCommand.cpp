#include "core/logs/ServiceLogCommand.h"

#include "core/util/ShellQuote.h"

namespace mc::logs {

using cluster::Service;

QStringList ServiceLogCommand::logFiles(Service service)
{
    QStringList files;
    for (const QString &unit : cluster::serviceUnitNames(service)) {
        if (service == Service::MesosMaster || service == Service::MesosAgent)
            files << QStringLiteral("/var/log/mesos/%1.INFO").arg(unit);
        files << QStringLiteral("/var/log/upstart/%1.log").arg(unit);
    }
    switch (service) {
    case Service::ZooKeeper:
        files << QStringLiteral("/var/log/zookeeper/zookeeper.log")
              << QStringLiteral("/var/log/zookeeper/zookeeper.out");
        break;
    case Service::Marathon:
        files << QStringLiteral("/var/log/marathon/marathon.log") << QStringLiteral("/var/log/marathon.log");
        break;
    case Service::HAProxy:
        files << QStringLiteral("/var/log/haproxy.log");
        break;
    case Service::Docker:
        files << QStringLiteral("/var/log/docker.log");
        break;
    case Service::MesosMaster:
    case Service::MesosAgent:
        break;
    }
    files.removeDuplicates();
    return files;
}

QString ServiceLogCommand::command(Service service, int backlogLines, bool follow)
{
    QStringList unitArgs;
    for (const QString &unit : cluster::serviceUnitNames(service))
        unitArgs << QStringLiteral("-u") << unit;
    const QString lines = QString::number(std::max(0, backlogLines));
    QString script;
    script += QStringLiteral("if [ -d /run/systemd/system ] && command -v journalctl >/dev/null 2>&1; then "
                             "exec journalctl --no-pager -o short-iso -n %1 %2%3; fi; ")
                  .arg(lines, follow ? QStringLiteral("-f ") : QString(), shellJoin(unitArgs));
    script += QStringLiteral("set --; for f in %1; do [ -e \"$f\" ] && set -- \"$@\" \"$f\"; done; ")
                  .arg(shellJoin(logFiles(service)));
    script += QStringLiteral("if [ $# -eq 0 ]; then for f in /var/log/syslog /var/log/messages; do "
                             "if [ -e \"$f\" ]; then set -- \"$f\"; break; fi; done; fi; ");
    script += QStringLiteral("if [ $# -eq 0 ]; then echo %1 >&2; exit 3; fi; ")
                  .arg(shellQuote(QStringLiteral("No log of %1 found: no journal, none of its log files, no "
                                                 "/var/log/syslog.")
                                      .arg(cluster::serviceName(service))));
    script
        += QStringLiteral("exec tail -n %1 %2\"$@\"").arg(lines, follow ? QStringLiteral("-F ") : QString());
    return script;
}

} // namespace mc::logs
