#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mc::inventory {

// Reads a file the user points at as UTF-8 text, refusing what is not text
// (NUL bytes, invalid UTF-8, with the position of the first bad byte) and
// what is far too large to be an inventory or a workspace.
class TextFile
{
    Q_DECLARE_TR_FUNCTIONS(mc::inventory::TextFile)

public:
    static constexpr qint64 kMaxBytes = qint64(16) * 1024 * 1024;

    [[nodiscard]] static Result<QString> read(const QString &path, qint64 maxBytes = kMaxBytes);
    // The same checks on bytes already in memory; `name` is used in messages.
    [[nodiscard]] static Result<QString> decode(const QByteArray &bytes, const QString &name);
};

} // namespace mc::inventory
