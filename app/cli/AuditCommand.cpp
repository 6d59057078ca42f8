// mesos-console-cli audit [--since T] [--until T] [--cluster C] [--action A] [--target T]
//                         [--result ok|failed|refused] [--text S] [--json] [--file FILE]
// The audit log (core/audit/AuditLog): every action that changed something, from the GUI
// and the CLI alike, oldest first.
#include "app/cli/CliCommand.h"

#include "core/audit/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace {

using namespace mc::cli;
using mc::audit::AuditEntry;
using mc::audit::AuditFilter;
using mc::audit::AuditLog;

// "2026-12-06", "2026-12-06T09:30:00Z" (UTC when no zone is given), or a time ago:
// "30m", "2h", "7d".
std::optional<QDateTime> parseTime(const QString &text, const QDateTime &now)
{
    static const QRegularExpression ago(QStringLiteral(R"(\A([0-9]{1,6})([smhd])\z)"));
    if (const auto m = ago.match(text); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 seconds = unit == u's' ? n : unit == u'm' ? n * 60 : unit == u'h' ? n * 3600 : n * 86400;
        return now.addSecs(-seconds);
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime && !text.contains(u'Z') && !text.contains(u'+'))
        t.setTimeSpec(Qt::UTC);
    return t.toUTC();
}

// audit's options, in the order --help lists them.
struct AuditOptions
{
    const QCommandLineOption since { QStringLiteral("since"),
                                     QStringLiteral("Only actions at or after TIME: 2026-12-06, "
                                                    "2026-12-06T09:30:00Z, or a time ago: 30m, 2h, 7d."),
                                     QStringLiteral("TIME") };
    const QCommandLineOption until { QStringLiteral("until"),
                                     QStringLiteral("Only actions at or before TIME."),
                                     QStringLiteral("TIME") };
    const QCommandLineOption cluster { QStringLiteral("cluster"),
                                       QStringLiteral("Only actions on this cluster."),
                                       QStringLiteral("NAME") };
    const QCommandLineOption action { QStringLiteral("action"),
                                      QStringLiteral(
                                          "Only this action (app.scale), or a family ending in a dot "
                                          "(app.)."),
                                      QStringLiteral("ACTION") };
    const QCommandLineOption target { QStringLiteral("target"),
                                      QStringLiteral("Only actions with a target containing TEXT."),
                                      QStringLiteral("TEXT") };
    const QCommandLineOption result { QStringLiteral("result"),
                                      QStringLiteral("Only ok, failed or refused actions."),
                                      QStringLiteral("RESULT") };
    const QCommandLineOption text { QStringLiteral("text"),
                                    QStringLiteral("Only lines containing TEXT anywhere (any case)."),
                                    QStringLiteral("TEXT") };
    const QCommandLineOption json { QStringLiteral("json"),
                                    QStringLiteral("One JSON object per line, as logged.") };
    const QCommandLineOption file { QStringLiteral("file"),
                                    QStringLiteral("The log to read (default: $MESOS_CONSOLE_AUDIT_LOG, else "
                                                   "~/.local/share/mesos-console/audit.jsonl)."),
                                    QStringLiteral("FILE") };
};

// The filter the options describe. The error is a usage error.
mc::Result<AuditFilter> filterOf(const CommandParser &parser, const AuditOptions &o)
{
    AuditFilter filter;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[option, field] :
         { std::pair { &o.since, &filter.since }, std::pair { &o.until, &filter.until } }) {
        if (!parser.isSet(*option))
            continue;
        const auto t = parseTime(parser.value(*option), now);
        if (!t)
            return mc::Error { QStringLiteral("--%1 %2 is no time: write 2026-12-06, 2026-12-06T09:30:00Z or "
                                              "a time ago such as 2h")
                                   .arg(option->names().constFirst(), parser.value(*option)),
                               {} };
        *field = *t;
    }
    filter.cluster = parser.value(o.cluster);
    filter.action = parser.value(o.action);
    filter.target = parser.value(o.target);
    filter.text = parser.value(o.text);
    if (parser.isSet(o.result)) {
        const QString r = parser.value(o.result);
        if (r == u"ok")
            filter.outcome = AuditEntry::Outcome::Ok;
        else if (r == u"failed")
            filter.outcome = AuditEntry::Outcome::Failed;
        else if (r == u"refused")
            filter.outcome = AuditEntry::Outcome::Refused;
        else
            return mc::Error { QStringLiteral("--result %1: give ok, failed or refused").arg(r), {} };
    }
    return filter;
}

// The entries as a table for people.
void printEntries(const QList<AuditEntry> &entries)
{
    QList<QStringList> rows;
    for (const AuditEntry &e : entries) {
        rows << QStringList { e.time.toString(Qt::ISODate),
                              e.user + u'@' + e.machine,
                              e.cluster,
                              e.action,
                              e.targets.join(QStringLiteral(", ")),
                              AuditEntry::outcomeName(e.outcome),
                              QString::number(e.durationMs) + QStringLiteral(" ms"),
                              e.error };
    }
    printColumns({ QStringLiteral("TIME (UTC)"), QStringLiteral("WHO"), QStringLiteral("CLUSTER"),
                   QStringLiteral("ACTION"), QStringLiteral("TARGETS"), QStringLiteral("RESULT"),
                   QStringLiteral("TOOK"), QStringLiteral("ERROR") },
                 rows);
}

int runAudit(const QStringList &args)
{
    CommandParser parser(QStringLiteral("audit"));
    parser.setApplicationDescription(
        QStringLiteral("Shows the audit log: every action that changed a cluster, a host or a file, from the "
                       "console and this CLI, oldest first. Times are UTC."));
    const AuditOptions o;
    parser.addOptions({ o.since, o.until, o.cluster, o.action, o.target, o.result, o.text, o.json, o.file });
    if (const auto exit = parseArguments(parser, args))
        return *exit;
    const auto filter = filterOf(parser, o);
    if (!filter)
        return usageError(filter.error().message);

    const AuditLog log(parser.isSet(o.file) ? parser.value(o.file) : AuditLog::defaultPath());
    if (log.files().isEmpty()) {
        if (!parser.isSet(o.json))
            err() << "audit: no action recorded yet (" << log.path() << " does not exist)\n";
        return ExitOk;
    }
    const auto read = log.read(*filter);
    if (!read.ok())
        return failure(read.error().message);
    if (read->unreadableLines > 0)
        err() << "audit: " << read->unreadableLines << " line(s) of " << log.path()
              << " are no audit entries (cut by a crash or edited) and were skipped\n";
    if (parser.isSet(o.json)) {
        for (const AuditEntry &e : read->entries)
            out() << QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact) << '\n';
        out().flush();
        return ExitOk;
    }
    printEntries(read->entries);
    return ExitOk;
}

const Registration auditCommand({
    QStringLiteral("audit"),
    QStringLiteral("Show the audit log of actions that changed something."),
    runAudit,
});

} // namespace
