#include "core/util/Numbers.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

namespace mc::util {

namespace {

struct Units
{
    Q_DECLARE_TR_FUNCTIONS(mc::util::Units)
};

// "7.50" -> "7.5", "12.00" -> "12" in the locale's own decimal point.
QString trimmed(QString text, const QLocale &locale)
{
    const QString point = locale.decimalPoint();
    const qsizetype at = text.lastIndexOf(point);
    if (at < 0)
        return text;
    qsizetype end = text.size();
    while (end > at + point.size() && text.at(end - 1) == locale.zeroDigit().at(0))
        --end;
    if (end == at + point.size())
        end = at;
    text.truncate(end);
    return text;
}

// `value` in `units[0]`, stepping by 1024.
QString binary(double value, const std::array<QString, 6> &units, int firstDecimals, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("?");
    size_t unit = 0;
    while (unit + 1 < units.size() && std::fabs(value) >= 1024.0) {
        value /= 1024.0;
        ++unit;
    }
    // Below 1 of the first unit a fraction says more than "0"; from the second unit on, one decimal.
    const int decimals = unit > 0 ? 1 : (std::fabs(value) < 1.0 ? 2 : firstDecimals);
    const QString number = trimmed(locale.toString(value, 'f', decimals), locale);
    //: a quantity and its unit, "7.5 GiB"
    return Units::tr("%1 %2").arg(number, units[unit]);
}

} // namespace

QString grouped(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString decimal(double value, int decimals, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("?");
    QString text = trimmed(locale.toString(value, 'f', decimals), locale);
    // "-0" for a tiny negative rounding error reads as a problem that is not there.
    if (text == locale.negativeSign() + locale.zeroDigit())
        text = locale.zeroDigit();
    return text;
}

QString mebibytes(double mib, const QLocale &locale)
{
    static const std::array<QString, 6> units { QStringLiteral("MiB"), QStringLiteral("GiB"),
                                                QStringLiteral("TiB"), QStringLiteral("PiB"),
                                                QStringLiteral("EiB"), QStringLiteral("ZiB") };
    return binary(mib, units, 0, locale);
}

QString bytes(double count, const QLocale &locale)
{
    static const std::array<QString, 6> units { QStringLiteral("B"),   QStringLiteral("KiB"),
                                                QStringLiteral("MiB"), QStringLiteral("GiB"),
                                                QStringLiteral("TiB"), QStringLiteral("PiB") };
    return binary(count, units, 0, locale);
}

} // namespace mc::util
