#include "core/marathon/AppVersions.h"

#include "core/util/UnifiedDiff.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

namespace mc::marathon {

QStringList sortedVersions(QStringList versions)
{
    std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
        const QDateTime ta = QDateTime::fromString(a, Qt::ISODateWithMs);
        const QDateTime tb = QDateTime::fromString(b, Qt::ISODateWithMs);
        if (ta.isValid() && tb.isValid() && ta != tb)
            return ta < tb;
        return a < b;
    });
    return versions;
}

QJsonObject definitionOnly(QJsonObject app)
{
    for (const char *runtime :
         { "version", "versionInfo", "tasks", "tasksStaged", "tasksRunning", "tasksHealthy", "tasksUnhealthy",
           "deployments", "lastTaskFailure", "readinessCheckResults", "taskStats", "tasksStats", "counts" })
        app.remove(QLatin1String(runtime));
    return app;
}

QString versionDiff(const QJsonObject &older, const QJsonObject &newer, const QString &olderName,
                    const QString &newerName)
{
    return unifiedDiff(
        QString::fromUtf8(QJsonDocument(definitionOnly(older)).toJson(QJsonDocument::Indented)),
        QString::fromUtf8(QJsonDocument(definitionOnly(newer)).toJson(QJsonDocument::Indented)), olderName,
        newerName);
}

} // namespace mc::marathon
