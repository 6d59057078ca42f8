#include "core/provision/RunJournal.h"

#include "core/util/EnumNames.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace mc::provision {

namespace {

const QString kJournalDir = QStringLiteral("journal");

StepKind stepKindFromName(const QString &name)
{
    return valueNamed(name,
                      { StepKind::Package, StepKind::Repository, StepKind::Template, StepKind::Copy,
                        StepKind::Directory, StepKind::Command, StepKind::Service, StepKind::WaitFor },
                      stepKindName)
        .value_or(StepKind::Command); // journals written before the kind was kept
}

StepState stateFromName(const QString &name)
{
    return valueNamed(name,
                      { StepState::Ok, StepState::Changed, StepState::Failed, StepState::Unreachable,
                        StepState::Skipped },
                      stepStateName)
        .value_or(StepState::Failed);
}

} // namespace

QString RunJournal::fileName(const QString &host)
{
    QString safe;
    for (const QChar c : host)
        safe += c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_' ? c : u'_';
    return safe + QStringLiteral(".jsonl");
}

bool RunJournal::append(const QString &logDir, const QString &runId, const RunSummary &summary,
                        QString *error)
{
    const QDir dir(QDir(logDir).filePath(kJournalDir));
    if (!QDir().mkpath(dir.path())) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(dir.path());
        return false;
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const HostRecap &r : summary.recap) {
        if (r.ok + r.changed + r.skipped + r.failed + r.unreachable == 0)
            continue; // no role of this recipe on this host: nothing happened to it
        QJsonArray steps;
        for (const StepResult &s : summary.steps) {
            if (s.host != r.host)
                continue;
            QJsonObject o { { QStringLiteral("role"), s.role },
                            { QStringLiteral("step"), s.step },
                            { QStringLiteral("state"), stepStateName(s.state) },
                            { QStringLiteral("ms"), double(s.elapsedMs) } };
            if (s.handler)
                o.insert(QStringLiteral("handler"), true);
            o.insert(QStringLiteral("kind"), stepKindName(s.kind));
            if (s.startedAtMs > 0)
                o.insert(QStringLiteral("t"), double(s.startedAtMs));
            if (s.state != StepState::Ok && !s.message.isEmpty())
                o.insert(QStringLiteral("message"), s.message.left(500));
            if (!s.warning.isEmpty())
                o.insert(QStringLiteral("warning"), s.warning);
            steps.append(o);
        }
        QJsonArray spans;
        for (const TimedSpan &t : summary.spans) {
            if (t.host == r.host)
                spans.append(QJsonObject { { QStringLiteral("kind"), profileKindName(t.kind) },
                                           { QStringLiteral("t"), double(t.startMs) },
                                           { QStringLiteral("ms"), double(t.ms) } });
        }
        const QJsonObject line { { QStringLiteral("run"), runId },
                                 { QStringLiteral("at"), now },
                                 { QStringLiteral("check"), summary.check },
                                 { QStringLiteral("cancelled"), summary.cancelled },
                                 { QStringLiteral("ok"), r.ok },
                                 { QStringLiteral("changed"), r.changed },
                                 { QStringLiteral("failed"), r.failed },
                                 { QStringLiteral("unreachable"), r.unreachable },
                                 { QStringLiteral("skipped"), r.skipped },
                                 { QStringLiteral("reason"), r.reason },
                                 { QStringLiteral("failedRole"), r.failedRole },
                                 { QStringLiteral("ms"), double(r.elapsedMs) },
                                 { QStringLiteral("steps"), steps },
                                 { QStringLiteral("spans"), spans } };
        // The whole file again, through a temporary file renamed over it: a crash
        // or kill -9 mid-write leaves the journal as it was, never a torn line.
        const QString path = dir.filePath(fileName(r.host));
        QByteArray text;
        if (QFile old(path); old.open(QIODevice::ReadOnly))
            text = old.readAll();
        if (!text.isEmpty() && !text.endsWith('\n'))
            text += '\n'; // a torn line of an older version ends where it is
        text += QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size() || !f.commit()) {
            if (error)
                *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
            return false;
        }
    }
    return true;
}

QList<JournalRun> RunJournal::read(const QString &logDir, const QString &host, int maxRuns)
{
    QList<JournalRun> runs;
    QFile f(QDir(QDir(logDir).filePath(kJournalDir)).filePath(fileName(host)));
    if (!f.open(QIODevice::ReadOnly))
        return runs;
    while (!f.atEnd()) {
        const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
        if (o.isEmpty())
            continue; // a torn last line
        JournalRun run;
        run.run = o.value(QLatin1String("run")).toString();
        run.finishedAt = QDateTime::fromString(o.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
        run.check = o.value(QLatin1String("check")).toBool();
        run.recap.host = host;
        run.recap.ok = o.value(QLatin1String("ok")).toInt();
        run.recap.changed = o.value(QLatin1String("changed")).toInt();
        run.recap.failed = o.value(QLatin1String("failed")).toInt();
        run.recap.unreachable = o.value(QLatin1String("unreachable")).toInt();
        run.recap.skipped = o.value(QLatin1String("skipped")).toInt();
        run.recap.reason = o.value(QLatin1String("reason")).toString();
        run.recap.failedRole = o.value(QLatin1String("failedRole")).toString();
        run.recap.elapsedMs = qint64(o.value(QLatin1String("ms")).toDouble());
        for (const QJsonArray items = o.value(QLatin1String("steps")).toArray();
             const QJsonValue &v : items) {
            const QJsonObject s = v.toObject();
            StepResult r;
            r.host = host;
            r.role = s.value(QLatin1String("role")).toString();
            r.step = s.value(QLatin1String("step")).toString();
            r.state = stateFromName(s.value(QLatin1String("state")).toString());
            r.elapsedMs = qint64(s.value(QLatin1String("ms")).toDouble());
            r.handler = s.value(QLatin1String("handler")).toBool();
            r.kind = stepKindFromName(s.value(QLatin1String("kind")).toString());
            r.startedAtMs = qint64(s.value(QLatin1String("t")).toDouble());
            r.message = s.value(QLatin1String("message")).toString();
            r.warning = s.value(QLatin1String("warning")).toString();
            run.steps << r;
        }
        for (const QJsonArray items = o.value(QLatin1String("spans")).toArray();
             const QJsonValue &v : items) {
            const QJsonObject s = v.toObject();
            if (const auto kind = profileKindFromName(s.value(QLatin1String("kind")).toString()))
                run.spans.append({ host, *kind, qint64(s.value(QLatin1String("t")).toDouble()),
                                   qint64(s.value(QLatin1String("ms")).toDouble()) });
        }
        runs << run;
    }
    if (maxRuns > 0 && runs.size() > maxRuns)
        runs = runs.mid(runs.size() - maxRuns);
    return runs;
}

QList<JournalRun> RunJournal::readRun(const QString &logDir, const QString &runId)
{
    QList<JournalRun> parts;
    for (const QString &host : hosts(logDir)) {
        for (const JournalRun &run : read(logDir, host, 0)) {
            if (run.run == runId)
                parts << run;
        }
    }
    return parts;
}

RunProfile RunJournal::profile(const QList<JournalRun> &parts)
{
    QList<TimedSpan> spans;
    for (const JournalRun &part : parts)
        spans += RunProfile::spansOf(part.steps, part.spans);
    return RunProfile::of(spans);
}

QStringList RunJournal::hosts(const QString &logDir)
{
    QStringList out;
    const QDir dir(QDir(logDir).filePath(kJournalDir));
    for (const QString &name : dir.entryList({ QStringLiteral("*.jsonl") }, QDir::Files, QDir::Name))
        out << name.chopped(6);
    return out;
}

QString RunJournal::text(const QList<JournalRun> &runs)
{
    QString out;
    for (const JournalRun &run : runs) {
        const HostRecap &r = run.recap;
        out += QStringLiteral("%1  %2%3  ok=%4 changed=%5 unreachable=%6 failed=%7 skipped=%8  %9s\n")
                   .arg(run.finishedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), run.run,
                        run.check ? QStringLiteral(" (check)") : QString())
                   .arg(r.ok)
                   .arg(r.changed)
                   .arg(r.unreachable)
                   .arg(r.failed)
                   .arg(r.skipped)
                   .arg(double(r.elapsedMs) / 1000.0, 0, 'f', 2);
        if (r.bad())
            out += QStringLiteral("    [%1] %2\n").arg(r.failedRole, r.reason);
        for (const StepResult &s : run.steps) {
            out += QStringLiteral("    %1  %2 | %3%4  %5\n")
                       .arg(double(s.elapsedMs) / 1000.0, 6, 'f', 2)
                       .arg(s.role, s.handler ? QStringLiteral("handler: ") : QString(), s.step,
                            stepStateName(s.state).toUpper());
            if (!s.warning.isEmpty())
                out += QStringLiteral("            WARNING: %1\n").arg(s.warning);
        }
    }
    return out;
}

} // namespace mc::provision
