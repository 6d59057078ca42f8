// The recent log (core/util/LogRing.h): bounded to its capacity, oldest first, and whole
// under messages from several threads at once, as the SSH pools and the provisioning driver
// log while the GUI reads; and the message handler that fills it from any thread.

#include "core/util/LogRing.h"
#include "core/util/Logging.h"

#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using mc::logging::LogEntry;
using mc::logging::LogRing;

namespace {

LogEntry entry(const QString &message, const QString &category = QStringLiteral("mc.cluster"))
{
    return { QDateTime::currentDateTimeUtc(), QtInfoMsg, category, message };
}

QStringList messages(const LogRing &ring)
{
    QStringList out;
    for (const LogEntry &e : ring.entries())
        out << e.message;
    return out;
}

} // namespace

class tst_LogRing : public QObject
{
    Q_OBJECT

private slots:
    void keepsTheLastEntriesOldestFirst()
    {
        LogRing ring(3);
        QVERIFY(ring.entries().isEmpty());
        ring.append(entry(QStringLiteral("a")));
        ring.append(entry(QStringLiteral("b")));
        QCOMPARE(messages(ring), (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
        for (const char *m : { "c", "d", "e", "f", "g" })
            ring.append(entry(QString::fromLatin1(m)));
        QCOMPARE(messages(ring),
                 (QStringList { QStringLiteral("e"), QStringLiteral("f"), QStringLiteral("g") }));
        QCOMPARE(ring.appended(), quint64(7));
        QCOMPARE(ring.capacity(), 3);
    }

    void aLineSaysTimeCategoryTypeAndMessage()
    {
        const LogEntry e { QDateTime(QDate(2026, 12, 7), QTime(0, 41, 2, 123), Qt::UTC), QtWarningMsg,
                           QStringLiteral("mc.ssh"), QStringLiteral("h1 host key CHANGED") };
        QCOMPARE(e.line(), QStringLiteral("2026-12-07 00:41:02.123 mc.ssh warning: h1 host key CHANGED"));
    }

    // Writers on several threads and a reader at once: every append counted, never more kept
    // than the capacity, each kept entry whole, and each writer's entries in its own order.
    void staysBoundedAndWholeUnderConcurrentWriters()
    {
        constexpr int kWriters = 8;
        constexpr int kEach = 5000;
        constexpr int kCapacity = 700;
        LogRing ring(kCapacity);
        std::atomic<bool> writing { true };
        std::vector<std::unique_ptr<QThread>> threads;
        for (int w = 0; w < kWriters; ++w) {
            threads.emplace_back(QThread::create([&ring, w] {
                for (int i = 0; i < kEach; ++i)
                    ring.append(entry(QStringLiteral("%1:%2:%3").arg(w).arg(i).arg(QString(40, u'x'))));
            }));
            threads.back()->start();
        }
        std::atomic<int> reads { 0 };
        std::atomic<bool> overfull { false };
        std::unique_ptr<QThread> reader(QThread::create([&] {
            do {
                if (ring.entries().size() > kCapacity)
                    overfull = true;
                ++reads;
            } while (writing.load());
        }));
        reader->start();
        for (auto &thread : threads)
            QVERIFY(thread->wait(60000));
        writing = false;
        QVERIFY(reader->wait(60000));

        QCOMPARE(ring.appended(), quint64(kWriters) * kEach);
        const QList<LogEntry> kept = ring.entries();
        QCOMPARE(kept.size(), kCapacity);
        std::vector<int> last(kWriters, -1);
        for (const LogEntry &e : kept) {
            const QStringList parts = e.message.split(u':');
            QCOMPARE(parts.size(), 3);
            QCOMPARE(parts[2], QString(40, u'x'));
            const int writer = parts[0].toInt();
            const int index = parts[1].toInt();
            QVERIFY2(index > last[size_t(writer)], qPrintable(e.message));
            last[size_t(writer)] = index;
        }
        QVERIFY(reads.load() > 0);
        QVERIFY(!overfull.load());
    }

    // The handler the application installs: messages of any thread land in the ring, redacted,
    // with their category; a category that is off leaves nothing.
    void theMessageHandlerFillsTheRingFromAnyThread()
    {
        static LogRing ring(100); // the handler is the process's for good
        mc::logging::installMessageHandler(&ring);
        mc::logging::applyRules(false, false);
        std::vector<std::unique_ptr<QThread>> threads;
        for (int w = 0; w < 4; ++w) {
            threads.emplace_back(QThread::create([w] {
                qCInfo(mc::lcSsh).noquote() << "worker" << w << "logged in with password=hunter2";
                qCDebug(mc::lcSsh) << "worker" << w << "debug is off by default";
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(10000));
        const QList<LogEntry> kept = ring.entries();
        QCOMPARE(kept.size(), 4);
        for (const LogEntry &e : kept) {
            QCOMPARE(e.category, QStringLiteral("mc.ssh"));
            QCOMPARE(e.type, QtInfoMsg);
            QVERIFY2(e.message.endsWith(QStringLiteral("logged in with password=***")),
                     qPrintable(e.message));
        }

        mc::logging::applyRules(true, false); // --verbose
        qCDebug(mc::lcHttp) << "now debug lines come";
        QCOMPARE(ring.entries().constLast().message, QStringLiteral("now debug lines come"));
        QCOMPARE(ring.entries().constLast().type, QtDebugMsg);
        mc::logging::applyRules(false, true); // the CLI without --verbose
        qCWarning(mc::lcCluster) << "not kept";
        QCOMPARE(ring.entries().size(), 5);
        mc::logging::applyRules(false, false);
    }
};

QTEST_GUILESS_MAIN(tst_LogRing)
#include "tst_LogRing.moc"
