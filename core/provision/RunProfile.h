#pragma once

#include "core/provision/StepResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace mc::provision {

// Where a host's time goes during a run, by kind of work.
enum class ProfileKind {
    Connect, // SSH connect, host key, authentication
    Inspect, // one stat + SHA-256 round trip for a role's files, pending handlers read
    Upload, // file steps (template / copy): compare, send, put in place
    Command, // package, repository, directory, command, service steps
    Handler, // handlers (service restarts) run after a role's changes
    Wait, // wait_for steps
};

// Stable names (the journal keeps them), and what a person reads.
[[nodiscard]] QString profileKindName(ProfileKind kind);
[[nodiscard]] QString profileKindLabel(ProfileKind kind);
[[nodiscard]] std::optional<ProfileKind> profileKindFromName(const QString &name);
// The kind a step counts under.
[[nodiscard]] ProfileKind profileKindOf(const StepResult &step);

// One piece of a host's time: [startMs, startMs + ms), startMs in UTC ms since the epoch.
struct TimedSpan
{
    QString host;
    ProfileKind kind = ProfileKind::Command;
    qint64 startMs = 0;
    qint64 ms = 0;

    bool operator==(const TimedSpan &) const = default;
};

// The spans of every host of one run, summed per kind: host-seconds spent,
// the wall time during which at least one host was at it, and how many hosts
// were at it at once (most, and on average while any was). A kind whose
// host-seconds are many times its wall time ran in parallel; one whose
// "at once" stays near 1 with many hosts waited on something shared.
struct RunProfile
{
    Q_DECLARE_TR_FUNCTIONS(mc::provision::RunProfile)

public:
    struct Row
    {
        ProfileKind kind = ProfileKind::Command;
        int count = 0; // spans
        qint64 hostMs = 0; // summed over hosts
        qint64 wallMs = 0; // union of the spans
        int maxAtOnce = 0;
        double meanAtOnce = 0; // hostMs / wallMs

        bool operator==(const Row &) const = default;
    };
    QList<Row> rows; // kinds that occurred, in ProfileKind order
    Row total; // every span, as one kind (kind unused): hosts busy at once
    qint64 runWallMs = 0; // first start to last end
    int hosts = 0;

    bool operator==(const RunProfile &) const = default;
    [[nodiscard]] bool isEmpty() const { return rows.isEmpty(); }
    [[nodiscard]] const Row *row(ProfileKind kind) const;
    // Spans of zero length or without a start are counted (count) but add no time.
    [[nodiscard]] static RunProfile of(const QList<TimedSpan> &spans);
    // The steps' own spans (those with a start time) and the extra ones (connect, inspect).
    [[nodiscard]] static QList<TimedSpan> spansOf(const QList<StepResult> &steps,
                                                  const QList<TimedSpan> &extra = {});
    // A compact table, one line per kind and one for all.
    [[nodiscard]] QString text() const;
};

} // namespace mc::provision
