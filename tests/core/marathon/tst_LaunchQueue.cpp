// Marathon's launch queue read by the console (core/marathon/LaunchQueue) and put into
// words (WhyNotRunning): the 1.4+ offer summary and the older answer without it.
#include "core/marathon/AppVersions.h"
#include "core/marathon/LaunchQueue.h"
#include "core/marathon/WhyNotRunning.h"
#include "tests/support/TestPaths.h"

#include <QFile>
#include <QTest>

using namespace mc::marathon;

namespace {

QByteArray fixture(const QString &name)
{
    QFile f(mc::test::fixturePath(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

} // namespace

class tst_LaunchQueue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void readsTheOfferSummaryAndUnusedOffers()
    {
        const auto queue = parseQueue(fixture(u"marathon/queue.json"_qs));
        QVERIFY2(queue.ok(), qPrintable(queue.ok() ? QString() : queue.error().message));
        QCOMPARE(queue->size(), 2);
        const QueueEntry &foo = queue->at(1);
        QCOMPARE(foo.appId, u"/foo"_qs);
        QCOMPARE(foo.count, 2);
        QVERIFY(foo.hasOfferSummary);
        QVERIFY(!foo.isDelayed());
        QCOMPARE(foo.processedOffers, 123);
        QCOMPARE(foo.rejectLastOffers.size(), 8);
        QCOMPARE(foo.rejectLastOffers.at(3), (DeclinedOfferStep { u"InsufficientCpus"_qs, 75, 123 }));
        QCOMPARE(WhyNotRunning::mainReason(foo), u"InsufficientCpus"_qs);
        QCOMPARE(foo.lastUnusedOffers.size(), 1);
        QCOMPARE(foo.lastUnusedOffers.first().hostname, u"1.2.3.4"_qs);
        QCOMPARE(foo.lastUnusedOffers.first().reasons, QStringList { u"InsufficientMemory"_qs });
        QCOMPARE(foo.lastUnusedOffers.first().cpus, 23.0);
        QCOMPARE(foo.constraints.size(), 1);
        // Asks 0.5 CPUs, the offer has 23: the sentence still names the largest.
        QCOMPARE(WhyNotRunning::askedVersusLargestFree(foo, u"InsufficientCpus"_qs),
                 u"Asks 0.5 CPUs; the largest free is 23 on 1.2.3.4 (agent slave_123)."_qs);
    }

    // Marathon before 1.4: count, delay ("overdue" even as a string) and the app; no summary.
    void readsAQueueWithoutSummary()
    {
        const auto queue = parseQueue(fixture(u"marathon/queue-no-summary.json"_qs));
        QVERIFY2(queue.ok(), qPrintable(queue.ok() ? QString() : queue.error().message));
        QCOMPARE(queue->size(), 1);
        const QueueEntry &e = queue->first();
        QCOMPARE(e.appId, u"/foo"_qs);
        QCOMPARE(e.count, 10);
        QVERIFY(e.overdue);
        QCOMPARE(e.timeLeftSeconds, 784);
        QVERIFY(!e.hasOfferSummary);
        QCOMPARE(e.ports, 1);
        const QStringList text = WhyNotRunning::explain(e.appId, e, std::nullopt);
        QVERIFY2(text.join(u'\n').contains(u"before 1.4"_qs), qPrintable(text.join(u'\n')));
        QCOMPARE(WhyNotRunning::mainReason(e), QString());
    }

    void refusesWhatIsNoQueue_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("no queue") << QByteArray(R"({"apps":[]})");
        QTest::newRow("empty") << QByteArray();
    }
    void refusesWhatIsNoQueue()
    {
        QFETCH(QByteArray, body);
        const auto queue = parseQueue(body);
        QVERIFY(!queue.ok());
        QVERIFY(queue.error().message.contains(u"/v2/queue"_qs));
    }

    void namesTheConstraintNoAgentMeets()
    {
        QueueEntry e;
        e.constraints = { QJsonArray { u"rack"_qs, u"LIKE"_qs, u"r9"_qs },
                          QJsonArray { u"hostname"_qs, u"UNIQUE"_qs } };
        UnusedOffer a;
        a.hostname = u"a1"_qs;
        a.attributes = { { u"rack"_qs, u"r1"_qs } };
        UnusedOffer b = a;
        b.hostname = u"a2"_qs;
        b.attributes = { { u"rack"_qs, u"r2"_qs } };
        e.lastUnusedOffers = { a, b };
        QCOMPARE(WhyNotRunning::unmatchedConstraints(e),
                 QStringList { u"rack LIKE r9: no agent offered matches (rack has: r1, r2)."_qs });
    }

    void versionsSortByTimeAndDiffLeavesRuntimeFieldsOut()
    {
        QCOMPARE(sortedVersions({ u"2026-12-06T10:00:01.000Z"_qs, u"2025-01-01T00:00:00.000Z"_qs,
                                  u"2026-12-06T09:59:59.999Z"_qs }),
                 (QStringList { u"2025-01-01T00:00:00.000Z"_qs, u"2026-12-06T09:59:59.999Z"_qs,
                                u"2026-12-06T10:00:01.000Z"_qs }));
        const QJsonObject a { { u"id"_qs, u"/web"_qs }, { u"cpus"_qs, 1 }, { u"version"_qs, u"v1"_qs } };
        QJsonObject b = a;
        b.insert(u"version"_qs, u"v2"_qs);
        b.insert(u"tasksRunning"_qs, 3);
        QCOMPARE(versionDiff(a, b, u"a"_qs, u"b"_qs), QString());
        b.insert(u"cpus"_qs, 2);
        const QString diff = versionDiff(a, b, u"a"_qs, u"b"_qs);
        QVERIFY2(diff.contains(u"-    \"cpus\": 1"_qs) && diff.contains(u"+    \"cpus\": 2"_qs),
                 qPrintable(diff));
    }
};

QTEST_MAIN(tst_LaunchQueue)
#include "tst_LaunchQueue.moc"
