#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mc::marathon {

// Marathon's version timestamps (ISO 8601, UTC), oldest first: /v2/apps/{id}/versions
// promises no order.
[[nodiscard]] QStringList sortedVersions(QStringList versions);

// The app definition as a person compares versions: without what Marathon adds at runtime
// (version, versionInfo, tasks, counts, deployments, failures).
[[nodiscard]] QJsonObject definitionOnly(QJsonObject app);

// A unified diff of two versions of an app's definition (as the editor shows a change); empty
// when they are the same.
[[nodiscard]] QString versionDiff(const QJsonObject &older, const QJsonObject &newer,
                                  const QString &olderName, const QString &newerName);

} // namespace mc::marathon
