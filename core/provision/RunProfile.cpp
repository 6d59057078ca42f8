#include "core/provision/RunProfile.h"

#include "core/util/EnumNames.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace mc::provision {

namespace {

constexpr ProfileKind kKinds[] = { ProfileKind::Connect, ProfileKind::Inspect, ProfileKind::Upload,
                                   ProfileKind::Command, ProfileKind::Handler, ProfileKind::Wait };

// Sweeps the spans' starts and ends in time order: wall time with at least
// one span open, and the most open at once.
RunProfile::Row sweep(const QList<const TimedSpan *> &spans)
{
    RunProfile::Row row;
    row.count = int(spans.size());
    QList<std::pair<qint64, int>> edges; // (time, +1 start / -1 end)
    for (const TimedSpan *s : spans) {
        if (s->startMs <= 0 || s->ms <= 0)
            continue;
        row.hostMs += s->ms;
        edges.append({ s->startMs, +1 });
        edges.append({ s->startMs + s->ms, -1 });
    }
    // An end before a start at the same instant: back-to-back spans are not "at once".
    std::sort(edges.begin(), edges.end());
    int open = 0;
    qint64 openedAt = 0;
    for (const auto &[at, delta] : edges) {
        if (open == 0 && delta > 0)
            openedAt = at;
        open += delta;
        row.maxAtOnce = std::max(row.maxAtOnce, open);
        if (open == 0)
            row.wallMs += at - openedAt;
    }
    row.meanAtOnce = row.wallMs > 0 ? double(row.hostMs) / double(row.wallMs) : 0.0;
    return row;
}

} // namespace

QString profileKindName(ProfileKind kind)
{
    switch (kind) {
    case ProfileKind::Connect:
        return QStringLiteral("connect");
    case ProfileKind::Inspect:
        return QStringLiteral("inspect");
    case ProfileKind::Upload:
        return QStringLiteral("upload");
    case ProfileKind::Command:
        return QStringLiteral("command");
    case ProfileKind::Handler:
        return QStringLiteral("handler");
    case ProfileKind::Wait:
        return QStringLiteral("wait");
    }
    return {};
}

QString profileKindLabel(ProfileKind kind)
{
    switch (kind) {
    case ProfileKind::Connect:
        return QCoreApplication::translate("mc::provision::RunProfile", "connect");
    case ProfileKind::Inspect:
        return QCoreApplication::translate("mc::provision::RunProfile", "stat/checksum");
    case ProfileKind::Upload:
        return QCoreApplication::translate("mc::provision::RunProfile", "file upload");
    case ProfileKind::Command:
        return QCoreApplication::translate("mc::provision::RunProfile", "command");
    case ProfileKind::Handler:
        return QCoreApplication::translate("mc::provision::RunProfile", "handler");
    case ProfileKind::Wait:
        return QCoreApplication::translate("mc::provision::RunProfile", "wait");
    }
    return {};
}

std::optional<ProfileKind> profileKindFromName(const QString &name)
{
    return valueNamed(name, kKinds, profileKindName);
}

ProfileKind profileKindOf(const StepResult &step)
{
    if (step.handler)
        return ProfileKind::Handler;
    switch (step.kind) {
    case StepKind::Template:
    case StepKind::Copy:
        return ProfileKind::Upload;
    case StepKind::WaitFor:
        return ProfileKind::Wait;
    default:
        return ProfileKind::Command;
    }
}

const RunProfile::Row *RunProfile::row(ProfileKind kind) const
{
    for (const Row &r : rows) {
        if (r.kind == kind)
            return &r;
    }
    return nullptr;
}

QList<TimedSpan> RunProfile::spansOf(const QList<StepResult> &steps, const QList<TimedSpan> &extra)
{
    QList<TimedSpan> spans = extra;
    for (const StepResult &s : steps) {
        if (s.startedAtMs > 0)
            spans.append({ s.host, profileKindOf(s), s.startedAtMs, s.elapsedMs });
    }
    return spans;
}

RunProfile RunProfile::of(const QList<TimedSpan> &spans)
{
    RunProfile profile;
    QList<const TimedSpan *> all;
    QSet<QString> hosts;
    qint64 first = 0;
    qint64 last = 0;
    for (const TimedSpan &s : spans) {
        all << &s;
        hosts.insert(s.host);
        if (s.startMs > 0) {
            first = first == 0 ? s.startMs : std::min(first, s.startMs);
            last = std::max(last, s.startMs + s.ms);
        }
    }
    for (const ProfileKind k : kKinds) {
        QList<const TimedSpan *> ofKind;
        for (const TimedSpan *s : std::as_const(all)) {
            if (s->kind == k)
                ofKind << s;
        }
        if (ofKind.isEmpty())
            continue;
        Row r = sweep(ofKind);
        r.kind = k;
        profile.rows << r;
    }
    profile.total = sweep(all);
    profile.runWallMs = last - first;
    profile.hosts = int(hosts.size());
    return profile;
}

QString RunProfile::text() const
{
    const auto seconds = [](qint64 ms) { return QString::number(double(ms) / 1000.0, 'f', 2); };
    QString out = tr("Time profile: %n host(s), %1 s from the first step to the last\n", nullptr, hosts)
                      .arg(seconds(runWallMs));
    const QString head = tr("kind");
    out += QStringLiteral("  %1 %2 %3 %4 %5\n")
               .arg(head, -15)
               .arg(tr("count"), 6)
               .arg(tr("host-s"), 9)
               .arg(tr("wall-s"), 8)
               .arg(tr("at once max / mean"));
    auto line = [&](const QString &label, const Row &r) {
        out += QStringLiteral("  %1 %2 %3 %4 %5 / %6\n")
                   .arg(label, -15)
                   .arg(r.count, 6)
                   .arg(seconds(r.hostMs), 9)
                   .arg(seconds(r.wallMs), 8)
                   .arg(r.maxAtOnce, 7)
                   .arg(r.meanAtOnce, 0, 'f', 1);
    };
    for (const Row &r : rows)
        line(profileKindLabel(r.kind), r);
    line(tr("all"), total);
    return out;
}

} // namespace mc::provision
