#pragma once

#include <QString>

namespace mc {

// A unified diff (as `diff -u` prints it) of two texts, by line, computed with
// dtl (Debian libdtl-dev). Empty when the texts are equal. A missing final
// newline is marked as diff marks it.
[[nodiscard]] QString unifiedDiff(const QString &oldText, const QString &newText, const QString &oldName,
                                  const QString &newName);

} // namespace mc
