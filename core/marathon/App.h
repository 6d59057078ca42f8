#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace mc::marathon {

struct TaskFailure
{
    QString taskId;
    QString state;
    QString message;
    QString host;
    QString timestamp;
    QString version = {}; // the app version the task ran

    bool operator==(const TaskFailure &) const = default;
};

// A Marathon app, normalised across 0.6 (`ports`, Deimos container) and 1.x
// (`portDefinitions`, `container.portMappings`, `networks`).
struct App
{
    QString id;
    QString cmd;
    QString image; // Docker image, without the 0.6 "docker:///" scheme
    int instances = 0;
    double cpus = 0;
    double mem = 0;
    double disk = 0;
    QList<int> servicePorts;
    int tasksStaged = 0;
    int tasksRunning = 0;
    int tasksHealthy = 0;
    int tasksUnhealthy = 0;
    bool hasHealthChecks = false;
    QStringList deploymentIds;
    QString version;
    QList<QPair<QString, QString>> labels;
    std::optional<TaskFailure> lastTaskFailure;

    bool operator==(const App &) const = default;
};

} // namespace mc::marathon
