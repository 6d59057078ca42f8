#include "core/mesos/ExecutorStatistics.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mc::mesos {

Result<QList<ExecutorStatistics>> ExecutorStatistics::parse(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (doc.isNull() && error.error == QJsonParseError::IllegalUTF8String) // raw bytes in names
        doc = QJsonDocument::fromJson(QString::fromUtf8(body).toUtf8(), &error);
    if (!doc.isArray())
        return Error { QCoreApplication::translate("mc::mesos::ExecutorStatistics",
                                                   "The agent's resource statistics are not a JSON array."),
                       error.errorString() };
    QList<ExecutorStatistics> out;
    const QJsonArray list = doc.array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QJsonObject s = o.value(QLatin1String("statistics")).toObject();
        ExecutorStatistics e;
        e.frameworkId = o.value(QLatin1String("framework_id")).toString();
        e.executorId = o.value(QLatin1String("executor_id")).toString();
        if (e.executorId.isEmpty())
            continue;
        e.timestamp = s.value(QLatin1String("timestamp")).toDouble();
        e.cpusUserSecs = s.value(QLatin1String("cpus_user_time_secs")).toDouble();
        e.cpusSystemSecs = s.value(QLatin1String("cpus_system_time_secs")).toDouble();
        e.cpusLimit = s.value(QLatin1String("cpus_limit")).toDouble();
        e.memRssBytes = qint64(s.value(QLatin1String("mem_rss_bytes")).toDouble());
        e.memLimitBytes = qint64(s.value(QLatin1String("mem_limit_bytes")).toDouble());
        if (const QJsonValue t = s.value(QLatin1String("cpus_throttled_time_secs")); t.isDouble())
            e.throttledSecs = t.toDouble();
        out.append(e);
    }
    return out;
}

} // namespace mc::mesos
