#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mc::marathon {

struct MarathonTask
{
    QString id;
    QString appId;
    QString host;
    QString agentId; // slaveId
    QString state; // TASK_*; 0.x omits it (running when startedAt is set)
    QList<int> ports;
    QList<int> servicePorts;
    QStringList ipAddresses;
    QString stagedAt;
    QString startedAt;
    QString version;
    std::optional<bool> healthy; // alive of every health check result; none without checks

    bool operator==(const MarathonTask &) const = default;
};

} // namespace mc::marathon
