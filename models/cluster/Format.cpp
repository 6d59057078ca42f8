#include "models/cluster/Format.h"

#include <QDateTime>
#include <QLocale>

namespace mc::models {

QString Format::megabytes(double mb)
{
    if (mb >= 1024.0 * 1024.0)
        return QStringLiteral("%1 TB").arg(mb / (1024.0 * 1024.0), 0, 'f', 1);
    if (mb >= 1024.0)
        return QStringLiteral("%1 GB").arg(mb / 1024.0, 0, 'f', 1);
    return QStringLiteral("%1 MB").arg(mb, 0, 'f', 0);
}

QString Format::cpus(double cpus)
{
    return QString::number(cpus, 'g', 4);
}

QString Format::usage(double used, double total, bool memory)
{
    if (memory)
        return QStringLiteral("%1 / %2").arg(megabytes(used), megabytes(total));
    return QStringLiteral("%1 / %2").arg(cpus(used), cpus(total));
}

QString Format::epochSeconds(double seconds)
{
    if (seconds <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString Format::isoTime(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return iso;
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace mc::models
