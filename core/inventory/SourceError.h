#pragma once

#include "core/util/Result.h"

#include <QString>

namespace mc::inventory {

// Errors in a file the user wrote carry "FILE:LINE:COLUMN: " (1-based) in
// front of the message, the form editors and compilers use.
class SourceError
{
public:
    [[nodiscard]] static Error at(const QString &file, qsizetype line, qsizetype column,
                                  const QString &message, const QString &detail = {});
    [[nodiscard]] static Error inFile(const QString &file, const QString &message,
                                      const QString &detail = {});
};

} // namespace mc::inventory
