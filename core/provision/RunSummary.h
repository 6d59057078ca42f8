#pragma once

#include "core/provision/RunProfile.h"
#include "core/provision/StepResult.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace mc::provision {

// One line of the recap, as Ansible's PLAY RECAP counts: steps ok / changed /
// skipped, and failed / unreachable (1 when the host stopped there).
struct HostRecap
{
    QString host;
    int ok = 0;
    int changed = 0;
    int failed = 0;
    int unreachable = 0;
    int skipped = 0;
    QString reason; // why it failed / was unreachable
    QString failedRole;
    qint64 elapsedMs = 0;

    [[nodiscard]] bool bad() const { return failed > 0 || unreachable > 0; }
};

struct RunSummary
{
    bool check = false;
    bool cancelled = false;
    qint64 elapsedMs = 0;
    QString logPath; // empty when no log was written
    QList<HostRecap> recap; // in plan order
    QList<StepResult> steps; // final attempt of each host x role
    QString error; // why no role ran at all (drain first refused); empty: they ran
    QList<TimedSpan> spans; // work that is no step: connects, each role's stat/checksum round trip

    // Where the hosts' time went, per kind of work (connects, spans and steps).
    [[nodiscard]] RunProfile profile() const { return RunProfile::of(RunProfile::spansOf(steps, spans)); }

    [[nodiscard]] bool success() const
    {
        if (cancelled || !error.isEmpty())
            return false;
        for (const HostRecap &r : recap) {
            if (r.bad())
                return false;
        }
        return true;
    }
    [[nodiscard]] int totalChanged() const
    {
        int n = 0;
        for (const HostRecap &r : recap)
            n += r.changed;
        return n;
    }
    [[nodiscard]] QStringList badHosts() const
    {
        QStringList out;
        for (const HostRecap &r : recap) {
            if (r.bad())
                out << r.host;
        }
        return out;
    }
    // "PLAY RECAP"-style text, one line per host.
    [[nodiscard]] QString recapText() const;
};

} // namespace mc::provision

Q_DECLARE_METATYPE(mc::provision::RunSummary)
