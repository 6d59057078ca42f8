#include "core/cluster/ConnectionState.h"

namespace mc::cluster {

QString ConnectionState::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Disconnected:
        return tr("not connected");
    case Kind::Connecting:
        return tr("connecting");
    case Kind::Live:
        return tr("live");
    case Kind::Stale:
        return tr("stale");
    case Kind::Error:
        return tr("error");
    }
    return {};
}

QString ConnectionState::describe(const QDateTime &now) const
{
    const QString age = lastSuccess.isValid()
        ? tr("last update %1 s ago").arg(qMax<qint64>(0, lastSuccess.secsTo(now)))
        : tr("no data yet");
    switch (kind) {
    case Kind::Live:
        return kindName(kind);
    case Kind::Stale:
        return tr("stale (%1)").arg(age);
    case Kind::Error:
        return tr("error: %1 (%2)").arg(reason, age);
    default:
        return kindName(kind);
    }
}

} // namespace mc::cluster
