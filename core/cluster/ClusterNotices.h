#pragma once

#include "core/cluster/ClusterSnapshot.h"

#include <QList>
#include <QString>

namespace mc::cluster {

// Something a person should hear about without watching the views.
struct Notice
{
    enum class Severity { Info, Warning, Error };
    enum class Kind { LeaderChanged, LeaderLost, DeploymentFinished, TaskFailed, HostUnreachable, HostBack };

    Kind kind = Kind::LeaderChanged;
    Severity severity = Severity::Info;
    QString title;
    QString text;

    bool operator==(const Notice &) const = default;
};

// What changed between two consecutive snapshots that deserves a notice:
// the leading master changed or was lost, a deployment left the list, an app
// reported a new task failure, a master or a data source became unreachable
// or came back. The first snapshot (no `before`) yields nothing.
[[nodiscard]] QList<Notice> noticesBetween(const ClusterSnapshot *before, const ClusterSnapshot &after);

} // namespace mc::cluster
