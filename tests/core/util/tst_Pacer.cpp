// The pacing of event batches and model diffs (core/util/Pacer.h): a cheap run adds no delay
// beyond the floor, a costly one spaces the next by cost / share, never past the ceiling.

#include "core/util/Pacer.h"

#include <QTest>

using mc::Pacer;

class tst_Pacer : public QObject
{
    Q_OBJECT

private slots:
    void beforeAnyRunTheFloorHolds()
    {
        const Pacer pacer(0.1, 300, 1000);
        QCOMPARE(pacer.intervalMs(), 300);
        QCOMPARE(pacer.delayMs(0), 300);
        QCOMPARE(pacer.delayMs(500), 0);
    }

    void costSpacesTheNextRun()
    {
        Pacer pacer(0.1, 0, 1000);
        pacer.record(2'000'000); // 2 ms: a demo cluster
        QCOMPARE(pacer.intervalMs(), 20);
        pacer.record(60'000'000); // 60 ms: 100,000 tasks
        QCOMPARE(pacer.intervalMs(), 600);
        QCOMPARE(pacer.delayMs(150), 450); // 150 ms since that run started
        QCOMPARE(pacer.delayMs(600), 0);
        QCOMPARE(pacer.delayMs(5000), 0);
    }

    void theCeilingBoundsTheDelay()
    {
        Pacer pacer(0.15, 0, 1000);
        pacer.record(900'000'000); // a starved machine: 0.9 s for one diff
        QCOMPARE(pacer.intervalMs(), 1000);
        pacer.record(0);
        QCOMPARE(pacer.intervalMs(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_Pacer)
#include "tst_Pacer.moc"
