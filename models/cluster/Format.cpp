#include "models/cluster/Format.h"

#include "core/util/Numbers.h"

#include <QDateTime>
#include <QLocale>

namespace mc::models {

QString Format::megabytes(double mb)
{
    return util::mebibytes(mb);
}

QString Format::cpus(double cpus)
{
    return number(cpus);
}

QString Format::number(double value)
{
    return util::decimal(value, 2);
}

QString Format::percent(double fraction)
{
    return QStringLiteral("%1 %").arg(util::decimal(fraction * 100, fraction < 0.1 ? 1 : 0));
}

QString Format::count(qint64 n)
{
    return util::grouped(n);
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
