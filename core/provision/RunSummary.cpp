#include "core/provision/RunSummary.h"

namespace mc::provision {

QString RunSummary::recapText() const
{
    qsizetype width = 4;
    for (const HostRecap &r : recap)
        width = qMax(width, r.host.size());
    QString out
        = check ? QStringLiteral("RECAP (check mode: nothing was changed)\n") : QStringLiteral("RECAP\n");
    for (const HostRecap &r : recap) {
        out += QStringLiteral("%1 : ok=%2 changed=%3 unreachable=%4 failed=%5 skipped=%6  %7s")
                   .arg(r.host.leftJustified(width))
                   .arg(r.ok, -4)
                   .arg(r.changed, -4)
                   .arg(r.unreachable, -2)
                   .arg(r.failed, -2)
                   .arg(r.skipped, -4)
                   .arg(double(r.elapsedMs) / 1000.0, 0, 'f', 1);
        if (r.bad())
            out += QStringLiteral("  [%1] %2").arg(r.failedRole, r.reason);
        out += u'\n';
    }
    if (cancelled)
        out += QStringLiteral("(cancelled before the end)\n");
    if (!error.isEmpty())
        out += QStringLiteral("NOT RUN: %1\n").arg(error);
    return out;
}

} // namespace mc::provision
