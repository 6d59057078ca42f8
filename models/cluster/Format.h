#pragma once

#include <QString>

namespace mc::models {

// How cluster numbers read in tables and panes: in the locale (QLocale()), grouped, never in
// scientific notation, sizes in binary units (core/util/Numbers.h).
class Format
{
public:
    // Mesos' and Marathon's MB (2^20 bytes): "512 MiB", "7.5 GiB", "14.6 TiB".
    [[nodiscard]] static QString megabytes(double mb);
    [[nodiscard]] static QString cpus(double cpus); // "0.5", "12", "63,970"
    [[nodiscard]] static QString count(qint64 n); // "2,000"
    [[nodiscard]] static QString number(double value); // at most 2 decimals: "0.5", "1,234.57"
    [[nodiscard]] static QString percent(double fraction); // 0.453 -> "45 %", 2.5 -> "250 %"
    // "2.1 / 12", "10,000 / 63,970"; `memory`: both in megabytes() ("256 MiB / 7.5 GiB").
    [[nodiscard]] static QString usage(double used, double total, bool memory);
    [[nodiscard]] static QString epochSeconds(double seconds); // local time, "" for 0
    [[nodiscard]] static QString isoTime(const QString &iso); // Marathon timestamps, local time
};

} // namespace mc::models
