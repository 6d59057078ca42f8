#pragma once

#include "core/util/EnumNames.h"

#include <QString>

#include <optional>

namespace mc::audit {

// How much a cluster may be changed from here (a workspace setting; the CLI's
// --read-only overrides it for one run). Header-only: the workspace reader uses it.
enum class ClusterMode {
    ReadWrite, // the default
    Protected, // every change asks for the cluster's name, typed
    ReadOnly, // every change is refused before anything is sent
};

// "read-write", "protected", "read-only": the workspace file's and the audit log's words.
[[nodiscard]] inline QString clusterModeName(ClusterMode mode)
{
    switch (mode) {
    case ClusterMode::Protected:
        return QStringLiteral("protected");
    case ClusterMode::ReadOnly:
        return QStringLiteral("read-only");
    case ClusterMode::ReadWrite:
        break;
    }
    return QStringLiteral("read-write");
}

[[nodiscard]] inline std::optional<ClusterMode> clusterModeFromName(const QString &name)
{
    return valueNamed(name, { ClusterMode::ReadWrite, ClusterMode::Protected, ClusterMode::ReadOnly },
                      clusterModeName);
}

} // namespace mc::audit
