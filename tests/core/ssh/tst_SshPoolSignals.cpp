// SshPool::waitForFinished on a thread of its own (as Preflight runs it off the
// GUI thread): every host's hostStarted / hostFinished and the run's finished
// reach their receivers before it returns, even when all hosts ended before it
// was called. A refused port ends a host at once; CI once saw the preflight's
// "checking…" rows never appear because the pool returned with those signals
// still queued and dropped them with itself.

#include "core/ssh/SshPool.h"

#include <QDeadlineTimer>
#include <QTcpServer>
#include <QTest>
#include <QThread>

using namespace mc::ssh;

class tst_SshPoolSignals : public QObject
{
    Q_OBJECT

    static quint16 refusedPort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return 0;
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now: refused at once
        return port;
    }

private slots:
    void signalsOfHostsThatEndedBeforeTheWaitAreDelivered()
    {
        const quint16 port = refusedPort();
        QVERIFY(port != 0);
        QList<HostSpec> hosts;
        for (const char *name : { "a1", "a2", "m1" })
            hosts << HostSpec { QString::fromLatin1(name), QStringLiteral("127.0.0.1"), port, QStringLiteral("nobody"),
                                {}, {}, {} };
        SessionOptions options;
        options.connectTimeoutMs = 5000;
        SshPool pool(options);
        QStringList started;
        QStringList finished;
        int runs = 0;
        connect(&pool, &SshPool::hostStarted, &pool, [&](const QString &host) { started << host; });
        connect(&pool, &SshPool::hostFinished, &pool, [&](const HostResult &r) {
            QCOMPARE(r.state, HostState::Unreachable);
            finished << r.host;
        });
        connect(&pool, &SshPool::finished, &pool, [&](const QList<HostResult> &results) {
            ++runs;
            QCOMPARE(results.size(), hosts.size());
        });
        pool.run(hosts, [](SshSession &, const auto &) { return JobOutcome { HostState::Ok, {}, 0, {} }; });
        // Every host done, nothing delivered yet: no event loop has run here.
        QDeadlineTimer deadline(30000);
        while (pool.isRunning() && !deadline.hasExpired())
            QThread::msleep(5);
        QVERIFY(!pool.isRunning());
        QVERIFY(started.isEmpty());
        QVERIFY(pool.waitForFinished(30000));
        started.sort();
        finished.sort();
        const QStringList all { QStringLiteral("a1"), QStringLiteral("a2"), QStringLiteral("m1") };
        QCOMPARE(started, all);
        QCOMPARE(finished, all);
        QCOMPARE(runs, 1);
        // A second wait has nothing left to deliver and returns at once.
        QVERIFY(pool.waitForFinished(0));
    }

    void anEmptyRunStillSaysFinished()
    {
        SshPool pool(SessionOptions {});
        int runs = 0;
        connect(&pool, &SshPool::finished, &pool, [&] { ++runs; });
        pool.run({}, [](SshSession &, const auto &) { return JobOutcome {}; });
        QVERIFY(pool.waitForFinished(10000));
        QCOMPARE(runs, 1);
    }
};

QTEST_GUILESS_MAIN(tst_SshPoolSignals)
#include "tst_SshPoolSignals.moc"
