#pragma once

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mc::audit {

// One action that changed something (a cluster, a host, a file), as the audit
// log keeps it: one JSON object per line. Read-only requests are never entries.
struct AuditEntry
{
    enum class Outcome { Ok, Failed, Refused };

    QDateTime time; // UTC
    QString user;
    QString machine;
    QString workspace;
    QString cluster;
    QString action; // "app.scale", "task.kill", "service.restart", …
    QStringList targets;
    QJsonObject parameters; // redacted before writing: see AuditLog::redacted()
    Outcome outcome = Outcome::Ok;
    qint64 durationMs = 0;
    QString error;
    QString frontEnd; // "gui" or "cli"

    [[nodiscard]] QJsonObject toJson() const;
    // nullopt when `object` is not an entry (no time or action).
    [[nodiscard]] static std::optional<AuditEntry> fromJson(const QJsonObject &object);
    [[nodiscard]] static QString outcomeName(Outcome outcome);
};

// What the Audit page and `mesos-console-cli audit` select; empty fields match all.
struct AuditFilter
{
    QDateTime since;
    QDateTime until;
    QString cluster;
    QString action; // exact, or a prefix ending in '.' ("app.")
    QString target; // a substring of one target
    std::optional<AuditEntry::Outcome> outcome;
    QString text; // a substring of the whole line, case-insensitive

    [[nodiscard]] bool matches(const AuditEntry &entry, const QByteArray &line) const;
};

struct AuditReadResult
{
    QList<AuditEntry> entries; // oldest first, across the rotated files
    int unreadableLines = 0; // a line cut by a crash, or edited by hand
};

// The audit log: one file per user, appended by the GUI and the CLI alike.
// Each entry is one line written with a single write() and flushed to disk
// before append() returns; a lock file keeps two processes from rotating under
// each other. A crash leaves whole lines only: a line cut short is ended before
// the next one is written and skipped (counted) when read.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(mc::audit::AuditLog)

public:
    static constexpr qint64 kDefaultMaxBytes = qint64(10) * 1024 * 1024;
    static constexpr int kDefaultKeep = 5;

    explicit AuditLog(QString path = defaultPath(), qint64 maxBytes = kDefaultMaxBytes,
                      int keep = kDefaultKeep);

    // $MESOS_CONSOLE_AUDIT_LOG, else <GenericDataLocation>/mesos-console/audit.jsonl
    // (~/.local/share/mesos-console/audit.jsonl): one place for both front ends.
    [[nodiscard]] static QString defaultPath();

    [[nodiscard]] QString path() const { return m_path; }
    // The rotated files, newest last: audit.jsonl.5 … audit.jsonl.1, audit.jsonl.
    [[nodiscard]] QStringList files() const;

    // Fills time, user and machine when empty, redacts the parameters, writes.
    [[nodiscard]] Status append(AuditEntry entry) const;

    [[nodiscard]] Result<AuditReadResult> read(const AuditFilter &filter = {}) const;

    // `parameters` with the value of every key that names a secret (password,
    // passphrase, token, secret, key, credential, authorization) replaced, at any depth.
    [[nodiscard]] static QJsonObject redacted(const QJsonObject &parameters);

private:
    [[nodiscard]] Status rotateLocked(qint64 incoming) const;

    QString m_path;
    qint64 m_maxBytes;
    int m_keep;
};

} // namespace mc::audit
