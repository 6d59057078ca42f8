#pragma once

#include <QString>
#include <QStringList>

namespace mc {

// Quotes one value for a POSIX shell so that it is passed as exactly one word
// and never interpreted: `;`, `$()`, backticks, quotes, globs and newlines stay
// literal. Every value interpolated into a remote command goes through this.
[[nodiscard]] QString shellQuote(const QString &value);

// Joins a program and its arguments into one command line, each quoted.
[[nodiscard]] QString shellJoin(const QStringList &argv);

} // namespace mc
