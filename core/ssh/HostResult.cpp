#include "core/ssh/HostResult.h"

namespace mc::ssh {

QString hostStateName(HostState state)
{
    switch (state) {
    case HostState::Ok:
        return QStringLiteral("ok");
    case HostState::Changed:
        return QStringLiteral("changed");
    case HostState::Failed:
        return QStringLiteral("failed");
    case HostState::Unreachable:
        return QStringLiteral("unreachable");
    case HostState::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

} // namespace mc::ssh
