#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace mc::localcluster {

// A machine as Mesos' maintenance primitives name it: the agent's hostname and IP. Two ids are
// the same machine when both fields match (the hostname without regard to case), as Mesos'
// operator==(MachineID): an id with only a hostname is not the machine of an agent with an IP.
struct MachineId
{
    QString hostname;
    QString ip;

    bool operator==(const MachineId &o) const
    {
        return hostname.compare(o.hostname, Qt::CaseInsensitive) == 0 && ip == o.ip;
    }
    // As Mesos prints a MachineID in its messages.
    [[nodiscard]] QString text() const
    {
        return QStringLiteral("%1 (%2)").arg(hostname.isEmpty() ? QStringLiteral("-") : hostname,
                                             ip.isEmpty() ? QStringLiteral("-") : ip);
    }
};

inline size_t qHash(const MachineId &id, size_t seed = 0)
{
    return ::qHash(id.hostname.toLower(), seed) ^ ::qHash(id.ip, seed);
}

// One maintenance window: machines and when they become unavailable.
struct MaintenanceWindow
{
    QList<MachineId> machines;
    qint64 startNs = 0;
    qint64 durationNs = -1; // -1: no duration given
};

// Scalar resources per name (cpus, mem, disk, gpus) for quota.
using ScalarResources = QHash<QString, double>;

// A role's quota (Mesos 1.9+ QuotaConfig): what it is guaranteed and at most gets.
struct QuotaConfig
{
    QString role;
    ScalarResources guarantees;
    ScalarResources limits;
};

} // namespace mc::localcluster
