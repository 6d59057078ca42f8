#pragma once

#include "core/ssh/SshTypes.h"

#include <QMetaType>
#include <QString>

namespace mc::ssh {

// How one host's job ended (as in an Ansible recap).
enum class HostState { Ok, Changed, Failed, Unreachable, Skipped };

[[nodiscard]] QString hostStateName(HostState state);

struct HostResult
{
    QString host;
    HostState state = HostState::Failed;
    QString reason; // why it failed / was unreachable / skipped; empty when fine
    int exitStatus = -1; // of the last command, when there was one
    qint64 elapsedMs = 0;
    QString value; // what the job found out, e.g. a service status ("active")

    bool operator==(const HostResult &) const = default;
};

} // namespace mc::ssh

Q_DECLARE_METATYPE(mc::ssh::HostResult)
