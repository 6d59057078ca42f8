#pragma once

#include "core/mesos/Resources.h"
#include "core/mesos/TaskState.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <array>

namespace mc::mesos {

// One agent ("slave" in every v0 JSON key) as the master sees it.
struct Agent
{
    QString id;
    QString hostname;
    QString pid; // slave(1)@IP:PORT
    int port = 5051;
    QList<QPair<QString, QString>> attributes;
    Resources total;
    Resources used;
    Resources offered;
    bool active = true;
    bool deactivated = false; // 1.9+ draining/deactivated
    QString drainState; // 1.9+ drain_info.state: "DRAINING", "DRAINED"; empty when not draining
    bool recovered = false; // known from the registry, not re-registered yet
    QString version;
    double registeredTime = 0;
    std::array<int, kTaskStateCount> taskCounts {}; // state-summary only

    bool operator==(const Agent &) const = default;
    // http://IP:PORT from the pid, else hostname:port.
    [[nodiscard]] QUrl url() const;
    [[nodiscard]] QString attributesText() const; // "rack:r1; zone:a"
};

} // namespace mc::mesos
