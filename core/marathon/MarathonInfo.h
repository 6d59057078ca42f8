#pragma once

#include <QString>

namespace mc::marathon {

// /v2/info (0.7+) plus /v2/leader.
struct MarathonInfo
{
    QString name;
    QString version;
    QString leader; // host:port
    QString frameworkId;
    QString master; // marathon_config.master (zk://... or host:port)
    bool elected = false;

    bool operator==(const MarathonInfo &) const = default;
};

} // namespace mc::marathon
