// Dead-peer detection of long-lived SSH sessions (SshSession::checkPeer) against
// a real sshd test host whose session processes are frozen (SIGSTOP): the TCP
// connection stays open and nothing comes back, as when a host hangs. A command
// that runs on (a log follow's `tail -F`) must end within deadPeerSeconds with
// the reason; one idle longer than that on a host that answers must not.

#include "core/ssh/SshSession.h"
#include "tests/support/SshTestHosts.h"

#include <QElapsedTimer>
#include <QScopeGuard>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <optional>

using namespace mc;
using namespace mc::ssh;
using mc::test::SshTestHosts;

class TestSshLiveness : public QObject
{
    Q_OBJECT

    SshTestHosts m_hosts;

    SessionOptions options() const
    {
        SessionOptions o = m_hosts.sessionOptions();
        o.keepaliveSeconds = 1;
        o.deadPeerSeconds = 4;
        return o;
    }

    // Runs `command` on its own thread (exec blocks); the result lands in result.
    struct Run
    {
        std::unique_ptr<SshSession> session;
        std::optional<Result<ExecResult>> result;
        std::atomic<bool> done { false };
        std::unique_ptr<QThread> thread;
        ~Run()
        {
            if (session)
                session->cancel(); // a failed test does not leave the command running
            if (thread)
                thread->wait();
        }
    };

    std::unique_ptr<Run> start(const QString &command,
                               const std::function<void(const OutputLine &)> &onLine = {})
    {
        auto run = std::make_unique<Run>();
        run->session = std::make_unique<SshSession>(m_hosts.hostSpec(0), options());
        Run *r = run.get();
        run->thread.reset(QThread::create([r, command, onLine] {
            ExecOptions exec;
            exec.keepOutput = false;
            exec.onLine = onLine;
            r->result = r->session->exec(command, exec);
            r->done = true;
        }));
        run->thread->start();
        return run;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_hosts.start(1, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_hosts.stop(); }

    void quietCommandOnAnAnsweringHostRunsPastTheBound()
    {
        // Silent for twice the bound; the host answers the keepalives.
        const auto run = start(QStringLiteral("sleep %1; echo done").arg(options().deadPeerSeconds * 2));
        QTRY_VERIFY_WITH_TIMEOUT(run->done.load(), options().deadPeerSeconds * 2 * 1000 + 10000);
        run->thread->wait();
        QVERIFY2(run->result->ok(), qPrintable(run->result->ok() ? QString() : run->result->error().message));
        QCOMPARE(run->result->value().exitStatus, 0);
    }

    void followOnAFrozenHostEndsWithinTheBound()
    {
        std::atomic<int> lines { 0 };
        // A log follow: a line now, then nothing until the host is gone.
        const auto run = start(QStringLiteral("echo started; exec sleep 100000"),
                               [&lines](const OutputLine &) { ++lines; });
        QTRY_VERIFY_WITH_TIMEOUT(lines.load() == 1, 10000);
        const QList<qint64> frozen = m_hosts.freezeSessions(0);
        const auto end = qScopeGuard([&] { SshTestHosts::endFrozenSessions(frozen); });
        QVERIFY(!frozen.isEmpty());
        QElapsedTimer clock;
        clock.start();
        // The bound plus slack for the polling (1 s) and the test's own polling.
        QTRY_VERIFY_WITH_TIMEOUT(run->done.load(), (options().deadPeerSeconds + 3) * 1000);
        qInfo("declared lost %lld ms after the host froze (bound %d s)", clock.elapsed(),
              options().deadPeerSeconds);
        run->thread->wait();
        QVERIFY(!run->result->ok());
        const QString message = run->result->error().message;
        QVERIFY2(message.contains(m_hosts.host(0).name) && message.contains(u"stopped answering"),
                 qPrintable(message));
        QCOMPARE(run->session->lastFailure(), FailureKind::Unreachable);
    }
};

QTEST_GUILESS_MAIN(TestSshLiveness)
#include "tst_SshLiveness.moc"
