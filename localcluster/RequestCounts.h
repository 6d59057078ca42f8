#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMap>

namespace mc::localcluster {

// What one server answered since start or the last reset: requests per
// "METHOD /path" (no query) and v1 operator calls per type.
struct RequestCounts
{
    QMap<QByteArray, qint64> requests;
    QMap<QByteArray, qint64> calls;
    qint64 total = 0;
    qint64 sinceMs = QDateTime::currentMSecsSinceEpoch();

    void count(const QByteArray &method, const QString &path)
    {
        requests[method + ' ' + path.toUtf8()] += 1;
        ++total;
    }
    void reset() { *this = RequestCounts(); }
};

} // namespace mc::localcluster
