#pragma once

#include <QLocale>
#include <QString>

// Numbers for people, at every scale: the locale's digit grouping and decimal point, a
// handful of decimals at most, binary units for sizes, never scientific notation.
// The GUI (models::Format) and the CLI's tables both read through these.
namespace mc::util {

// 64000 -> "64,000" (en_US), "64.000" (de_DE), "64000" (C).
[[nodiscard]] QString grouped(qint64 value, const QLocale &locale = QLocale());

// At most `decimals` decimals, trailing zeros dropped: 0.5 -> "0.5", 63970 -> "63,970",
// 0.1 + 0.2 -> "0.3", 1e12 -> "1,000,000,000,000". Not a number or infinite: "?".
[[nodiscard]] QString decimal(double value, int decimals = 2, const QLocale &locale = QLocale());

// A size given in MiB (Mesos and Marathon count memory and disk in MB of 2^20 bytes), in
// the largest binary unit that keeps it at 1 or more: "512 MiB", "7.5 GiB", "14.6 TiB",
// "1,024 PiB". One decimal from GiB on, none for whole MiB.
[[nodiscard]] QString mebibytes(double mib, const QLocale &locale = QLocale());

// A byte count the same way: "0 B", "512 B", "1.5 KiB", "3.2 GiB".
[[nodiscard]] QString bytes(double bytes, const QLocale &locale = QLocale());

} // namespace mc::util
