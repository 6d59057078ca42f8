#pragma once

#include <QString>

namespace mc::models {

// How cluster numbers read in tables and panes.
class Format
{
public:
    [[nodiscard]] static QString megabytes(double mb); // "512 MB", "7.5 GB", "1.2 TB"
    [[nodiscard]] static QString cpus(double cpus); // "0.5", "12"
    [[nodiscard]] static QString usage(double used, double total, bool memory); // "2.1 / 12"
    [[nodiscard]] static QString epochSeconds(double seconds); // local time, "" for 0
    [[nodiscard]] static QString isoTime(const QString &iso); // Marathon timestamps, local time
};

} // namespace mc::models
