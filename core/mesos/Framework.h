#pragma once

#include "core/mesos/Resources.h"
#include "core/mesos/TaskState.h"

#include <QString>
#include <QStringList>

#include <array>

namespace mc::mesos {

struct Framework
{
    QString id;
    QString name;
    QString hostname;
    QString webuiUrl;
    QString user;
    QString principal;
    QStringList roles; // `role` (one) or `roles` (MULTI_ROLE)
    bool active = true;
    bool connected = true;
    bool completed = false;
    Resources used;
    Resources offered;
    double registeredTime = 0;
    std::array<int, kTaskStateCount> taskCounts {};

    bool operator==(const Framework &) const = default;
    [[nodiscard]] int activeTasks() const;
};

} // namespace mc::mesos
