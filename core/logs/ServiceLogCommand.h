#pragma once

#include "core/cluster/ServiceTypes.h"

#include <QString>
#include <QStringList>

namespace mc::logs {

// The remote shell command that follows a service's log on a host:
// `journalctl -f -u UNIT...` where systemd runs, otherwise `tail -F` of the
// service's log files that exist (glog files in /var/log/mesos, upstart's
// /var/log/upstart/<job>.log, ZooKeeper's and Marathon's own logs), falling
// back to /var/log/syslog (or /var/log/messages). Every value is quoted.
class ServiceLogCommand
{
public:
    static constexpr int kDefaultBacklogLines = 200;

    // Candidate log files, in order, for hosts without systemd.
    [[nodiscard]] static QStringList logFiles(cluster::Service service);
    // follow false: print the last `backlogLines` lines and end.
    [[nodiscard]] static QString command(cluster::Service service, int backlogLines = kDefaultBacklogLines,
                                         bool follow = true);
};

} // namespace mc::logs
