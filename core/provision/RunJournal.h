#pragma once

#include "core/provision/RunSummary.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace mc::provision {

// One host's part of one run, as the journal keeps it.
struct JournalRun
{
    QString run; // run id (the run log's name)
    QDateTime finishedAt; // UTC
    bool check = false;
    HostRecap recap;
    QList<StepResult> steps; // host, role, step, kind, state, message, elapsedMs, startedAtMs
    QList<TimedSpan> spans; // connects and stat/checksum round trips
};

// The history of every host across runs: one JSON-lines file per host under
// <logDir>/journal/, one line per run of that host with its recap and every
// step with its timing. Appended at the end of each run (the file rewritten
// through QSaveFile: a kill mid-write never tears a line; the run log keeps
// the full text); read back for "what happened to this host, when, how long".
class RunJournal
{
public:
    // Appends each host of `summary` to its file. Returns false (and `error`)
    // when the folder or a file cannot be written.
    static bool append(const QString &logDir, const QString &runId, const RunSummary &summary,
                       QString *error = nullptr);
    // The runs of `host`, oldest first (at most the last `maxRuns`).
    [[nodiscard]] static QList<JournalRun> read(const QString &logDir, const QString &host, int maxRuns = 50);
    // Every host's part of the run `runId`.
    [[nodiscard]] static QList<JournalRun> readRun(const QString &logDir, const QString &runId);
    // The time profile of those parts (steps and spans of every host).
    [[nodiscard]] static RunProfile profile(const QList<JournalRun> &parts);
    // Hosts with a journal.
    [[nodiscard]] static QStringList hosts(const QString &logDir);
    // Text: one block per run (when, check or not, recap) with each step's
    // seconds and state.
    [[nodiscard]] static QString text(const QList<JournalRun> &runs);
    [[nodiscard]] static QString fileName(const QString &host);
};

} // namespace mc::provision
