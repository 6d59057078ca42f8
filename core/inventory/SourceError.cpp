#include "core/inventory/SourceError.h"

#include <QDir>

namespace mc::inventory {

Error SourceError::at(const QString &file, qsizetype line, qsizetype column, const QString &message,
                      const QString &detail)
{
    return Error {
        QStringLiteral("%1:%2:%3: %4").arg(QDir::toNativeSeparators(file)).arg(line).arg(column).arg(message),
        detail
    };
}

Error SourceError::inFile(const QString &file, const QString &message, const QString &detail)
{
    return Error { QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(file), message), detail };
}

} // namespace mc::inventory
