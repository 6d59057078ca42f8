#pragma once

#include <QtGlobal>

#include <algorithm>

namespace mc {

// Spaces out recurring work (applying a batch of events, diffing the models)
// by what the last run cost, so that keeping up with a busy cluster takes a
// bounded share of a core: after a run that took C, the next one starts C/share
// after the previous one started, never sooner than minMs nor later than maxMs.
// A small cluster (runs of a millisecond) sees no added delay; at 100,000 tasks
// the updates of a second are applied together instead of one run per event burst.
class Pacer
{
public:
    constexpr Pacer(double share, int minMs, int maxMs)
        : m_share(share)
        , m_minMs(minMs)
        , m_maxMs(maxMs)
    { }

    // What the last run cost (wall time on its thread).
    void record(qint64 costNs) { m_costMs = double(costNs) / 1e6; }
    // From the start of the last run to the start of the next.
    [[nodiscard]] int intervalMs() const
    {
        return std::clamp(int(m_costMs / m_share), m_minMs, m_maxMs);
    }
    // How long to wait now, when `sinceStartMs` passed since the last run started.
    [[nodiscard]] int delayMs(qint64 sinceStartMs) const
    {
        return int(std::max<qint64>(0, intervalMs() - sinceStartMs));
    }
    [[nodiscard]] double lastCostMs() const { return m_costMs; }

private:
    double m_share;
    int m_minMs;
    int m_maxMs;
    double m_costMs = 0;
};

} // namespace mc
