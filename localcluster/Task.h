#pragma once

#include "localcluster/TaskState.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

class QProcess;

namespace mc::localcluster {

struct TaskStatusEntry
{
    TaskState state = TaskState::Staging;
    double timestamp = 0; // seconds since the epoch
    std::optional<bool> healthy;
};

struct HealthResult
{
    bool alive = false;
    int consecutiveFailures = 0;
    QString firstSuccess;
    QString lastSuccess;
    QString lastFailure;
    QString lastFailureCause;
};

struct PortMapping
{
    int containerPort = 0;
    int hostPort = 0;
    QString protocol = QStringLiteral("tcp");
    QString name;
};

// One task as both Mesos and Marathon see it.
struct Task
{
    QString id;
    QString name;
    QString appId; // empty for the second framework's tasks; a pod's id for its containers' tasks
    QString podInstance; // a pod container's task: its instance id (`<pod>.instance-<uuid>`)
    QString frameworkId; // empty: Marathon's
    QString appVersion;
    QString configVersion; // the app's lastConfigChangeAt when launched
    QString containerId;
    QString sandbox; // absolute directory, empty for synthetic tasks
    int agent = -1;
    TaskState state = TaskState::Staging;
    QList<TaskStatusEntry> statuses;
    double cpus = 0;
    double mem = 0;
    double disk = 0;
    double gpus = 0;
    QList<int> ports; // host ports
    QList<int> servicePorts; // Marathon service ports
    QStringList portNames; // PORT_<NAME> variables
    QList<QPair<QString, QString>> labels;
    QString command; // what runs, for the executor name
    QString dockerImage; // empty: no container
    QString dockerNetwork; // HOST / BRIDGE / USER
    QList<PortMapping> portMappings;
    qint64 stagedAtMs = 0;
    qint64 startedAtMs = 0;
    QString message;
    QList<HealthResult> health; // one per app health check
    bool killRequested = false; // by the scheduler (Marathon): no replacement unless it wants one
    bool killedByDrain = false; // by the master draining the agent: TASK_KILLED, the scheduler replaces it
    int killGracePeriodMs = -1; // -1: the cluster's default
    bool synthetic = false;
    qint64 pid = 0;
};

} // namespace mc::localcluster
