#pragma once

#include <QString>
#include <QStringList>

namespace mc::marathon {

struct Deployment
{
    QString id;
    QString version;
    QStringList affectedApps; // apps and pods
    QStringList currentActions; // "ScaleApplication /foo"
    int currentStep = 0;
    int totalSteps = 0;

    bool operator==(const Deployment &) const = default;
};

} // namespace mc::marathon
