#pragma once

#include <QDateTime>
#include <QString>

// Small helpers shared by Marathon's files (Marathon.cpp, MarathonApi.cpp, MarathonJson.cpp,
// MarathonPods.cpp): Marathon's timestamps and task id prefixes.
namespace mc::localcluster::marathon {

// Marathon's timestamps: ISO 8601 in UTC with milliseconds.
inline QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

inline QString nowIso()
{
    return iso(QDateTime::currentMSecsSinceEpoch());
}

// "/demo/web" -> "demo_web" (task id prefix)
inline QString taskPrefix(const QString &appId)
{
    return appId.mid(1).replace(QLatin1Char('/'), QLatin1Char('_'));
}

} // namespace mc::localcluster::marathon
