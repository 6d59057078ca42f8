#pragma once

#include "core/audit/AuditLog.h"

namespace mc::audit {

// The audit lines a person selected, written for a spreadsheet or a program.
class AuditExport
{
    Q_DECLARE_TR_FUNCTIONS(mc::audit::AuditExport)

public:
    enum class Format { Csv, Json };

    // CSV (RFC 4180, a header row; targets joined with "; ", parameters as compact JSON; a
    // cell that a spreadsheet would take for a formula starts with '), or a JSON array of the
    // log's own objects.
    [[nodiscard]] static QByteArray format(const QList<AuditEntry> &entries, Format format);
    // Written atomically (QSaveFile): a failed export leaves the file as it was.
    [[nodiscard]] static Status write(const QList<AuditEntry> &entries, const QString &path, Format format);
    // By the file's suffix: .json is JSON, anything else CSV.
    [[nodiscard]] static Format formatFor(const QString &path);
};

} // namespace mc::audit
