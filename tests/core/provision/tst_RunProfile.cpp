// The time profile of a run: spans of every host summed per kind, with a sweep
// over the spans for the wall time and the hosts at it at once; built from a
// journal written and read back as a run leaves it.
#include "core/provision/RunJournal.h"
#include "core/provision/RunProfile.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace mc::provision;

namespace {

constexpr qint64 kT0 = 1'790'000'000'000; // some UTC instant

StepResult step(const QString &host, StepKind kind, qint64 start, qint64 ms, bool handler = false)
{
    StepResult s;
    s.host = host;
    s.role = QStringLiteral("config");
    s.step = QStringLiteral("%1 at %2").arg(stepKindName(kind)).arg(start);
    s.kind = kind;
    s.handler = handler;
    s.state = StepState::Changed;
    s.startedAtMs = kT0 + start;
    s.elapsedMs = ms;
    return s;
}

// Three hosts: a and b overlap, c comes later; handlers back to back.
RunSummary synthetic()
{
    RunSummary s;
    for (const char *h : { "a", "b", "c" }) {
        HostRecap r;
        r.host = QString::fromLatin1(h);
        r.changed = 1;
        s.recap << r;
    }
    s.spans = { { QStringLiteral("a"), ProfileKind::Connect, kT0 + 0, 400 },
                { QStringLiteral("b"), ProfileKind::Connect, kT0 + 100, 400 },
                { QStringLiteral("c"), ProfileKind::Connect, kT0 + 4000, 500 },
                { QStringLiteral("a"), ProfileKind::Inspect, kT0 + 400, 600 },
                { QStringLiteral("b"), ProfileKind::Inspect, kT0 + 500, 500 } };
    s.steps = { step(QStringLiteral("a"), StepKind::Template, 1000, 2000),
                step(QStringLiteral("b"), StepKind::Copy, 2000, 2000),
                step(QStringLiteral("c"), StepKind::Copy, 5000, 1000),
                step(QStringLiteral("a"), StepKind::Service, 3000, 500, true),
                step(QStringLiteral("b"), StepKind::Service, 4000, 500, true),
                step(QStringLiteral("c"), StepKind::Service, 6000, 0, true),
                step(QStringLiteral("c"), StepKind::WaitFor, 6000, 300) };
    s.steps[5].startedAtMs = kT0 + 6000;
    return s;
}

} // namespace

class tst_RunProfile : public QObject
{
    Q_OBJECT

private slots:
    void overlappingSpansCountAtOnce()
    {
        const RunProfile p = synthetic().profile();
        QCOMPARE(p.hosts, 3);
        QCOMPARE(p.runWallMs, qint64(6300));
        const RunProfile::Row *upload = p.row(ProfileKind::Upload);
        QVERIFY(upload);
        QCOMPARE(upload->count, 3);
        QCOMPARE(upload->hostMs, qint64(5000));
        QCOMPARE(upload->wallMs, qint64(4000)); // [1000,4000) and [5000,6000)
        QCOMPARE(upload->maxAtOnce, 2); // a and b in [2000,3000)
        QCOMPARE(upload->meanAtOnce, 1.25);
        const RunProfile::Row *connect = p.row(ProfileKind::Connect);
        QVERIFY(connect);
        QCOMPARE(connect->hostMs, qint64(1300));
        QCOMPARE(connect->wallMs, qint64(1000)); // [0,500) and [4000,4500)
        QCOMPARE(connect->maxAtOnce, 2);
    }

    void backToBackSpansAreNotAtOnce()
    {
        const RunProfile p = synthetic().profile();
        const RunProfile::Row *handler = p.row(ProfileKind::Handler);
        QVERIFY(handler);
        QCOMPARE(handler->count, 3); // c's took no time: counted, no time
        QCOMPARE(handler->hostMs, qint64(1000));
        QCOMPARE(handler->wallMs, qint64(1000));
        QCOMPARE(handler->maxAtOnce, 1);
        // Inspect of a ends at 1000 where a's upload starts: all is busy, 2 at most
        // until c (alone) comes.
        QCOMPARE(p.total.maxAtOnce, 2);
        QCOMPARE(p.total.hostMs, qint64(1300 + 1100 + 5000 + 1000 + 300));
        QCOMPARE(p.total.wallMs, qint64(5800)); // idle in [4500,5000) only
        QVERIFY(!p.row(ProfileKind::Command));
    }

    void journalKeepsWhatTheProfileNeeds()
    {
        QTemporaryDir dir;
        const RunSummary s = synthetic();
        QString error;
        QVERIFY2(RunJournal::append(dir.path(), QStringLiteral("run-1"), s, &error), qPrintable(error));
        RunSummary other = s;
        other.steps.removeLast();
        QVERIFY(RunJournal::append(dir.path(), QStringLiteral("run-2"), other, &error));
        const QList<JournalRun> parts = RunJournal::readRun(dir.path(), QStringLiteral("run-1"));
        QCOMPARE(parts.size(), 3);
        QCOMPARE(RunJournal::profile(parts), s.profile());
        QCOMPARE(parts.last().steps.last().kind, StepKind::WaitFor);
        QVERIFY(RunJournal::profile(RunJournal::readRun(dir.path(), QStringLiteral("run-2")))
                    .row(ProfileKind::Wait)
                == nullptr);
    }

    void textHasOneLinePerKindAndTheTotal()
    {
        const QString text = synthetic().profile().text();
        QVERIFY2(text.contains(QStringLiteral("6.30 s from the first step")), qPrintable(text));
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2 + 5 + 1); // title, head, 5 kinds, all
        QVERIFY2(lines.at(4).contains(QStringLiteral("file upload")), qPrintable(text));
        QVERIFY2(lines.at(4).contains(QStringLiteral("5.00")), qPrintable(text));
        QVERIFY2(lines.at(4).contains(QStringLiteral("2 / 1.")), qPrintable(text));
    }

    void oldJournalLinesWithoutTimesGiveNoProfile()
    {
        StepResult s = step(QStringLiteral("a"), StepKind::Copy, 0, 100);
        s.startedAtMs = 0;
        QVERIFY(RunProfile::of(RunProfile::spansOf({ s })).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_RunProfile)
#include "tst_RunProfile.moc"
