#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mc::marathon {

// One endpoint of a pod container: its name, the host port it asked for (0 = any, -1 = none)
// and, in a status, the host port it got (0 when none).
struct PodEndpoint
{
    QString name;
    int containerPort = -1;
    int hostPort = -1;
    int allocatedHostPort = 0;
    QStringList protocols;

    bool operator==(const PodEndpoint &) const = default;
};

// A container of a pod definition (raml podContainer.raml).
struct PodContainer
{
    QString name;
    double cpus = 0;
    double mem = 0;
    double disk = 0;
    QString image; // empty: no image (a command on the agent's filesystem)
    QString command; // exec.command.shell, or argv joined by spaces
    QList<PodEndpoint> endpoints;

    bool operator==(const PodContainer &) const = default;
};

// A pod definition (Marathon 1.4+, raml pod.raml): what GET /v2/pods answers.
struct Pod
{
    QString id;
    QString version;
    int instances = 0; // scaling.instances
    QList<PodContainer> containers;
    QStringList networks; // network modes: host, container, container/bridge (with a name: "container:NAME")
    QStringList labels; // "key=value"

    [[nodiscard]] double cpus() const
    {
        double sum = 0;
        for (const PodContainer &c : containers)
            sum += c.cpus;
        return sum;
    }
    [[nodiscard]] double mem() const
    {
        double sum = 0;
        for (const PodContainer &c : containers)
            sum += c.mem;
        return sum;
    }
    bool operator==(const Pod &) const = default;
};

// A container of a running pod instance: a Mesos task `<instance id>.<container name>`.
struct PodContainerStatus
{
    QString name;
    QString status; // the Mesos task state, e.g. TASK_RUNNING
    QString containerId; // Marathon puts the Mesos task id here
    QString message;
    QList<PodEndpoint> endpoints; // with allocatedHostPort
    std::optional<bool> healthy; // from the "healthy" condition or the endpoints, when checked

    bool operator==(const PodContainerStatus &) const = default;
};

// PENDING, STAGING, STABLE, DEGRADED, TERMINAL (raml PodInstanceState).
struct PodInstanceStatus
{
    QString id; // <pod>.instance-<uuid>
    QString status;
    QString agentHostname;
    QString agentId;
    QString statusSince;
    QList<PodContainerStatus> containers;

    bool operator==(const PodInstanceStatus &) const = default;
};

// GET /v2/pods/{id}::status: the definition and how its instances are doing.
struct PodStatus
{
    Pod spec;
    QString status; // STABLE, DEGRADED, DEPLOYING, TERMINAL, SUSPENDED
    QString statusSince;
    QString message;
    QList<PodInstanceStatus> instances;

    [[nodiscard]] QString id() const { return spec.id; }
    // Instances whose status is STABLE (Marathon's "running" count for a pod).
    [[nodiscard]] int stableInstances() const
    {
        int n = 0;
        for (const PodInstanceStatus &i : instances)
            n += i.status == QLatin1String("STABLE") ? 1 : 0;
        return n;
    }
    bool operator==(const PodStatus &) const = default;
};

} // namespace mc::marathon
