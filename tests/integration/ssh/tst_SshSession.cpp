#include "core/ssh/SshPool.h"
#include "core/ssh/SshSession.h"
#include "core/util/ShellQuote.h"
#include "tests/support/SshTestHosts.h"

#include <QElapsedTimer>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace mc::ssh;
using mc::test::SshTestHosts;

// The SSH engine against real sshd hosts (tests/support/SshTestHosts): happy
// paths and every fault of issue 4.
class TestSshSession : public QObject
{
    Q_OBJECT

    SshTestHosts m_hosts;
    enum : int { kPlain = 0, kSecond = 1, kKilled = 2, kRekeyed = 3, kHostCount = 4 };

    HostSpec spec(int i) const
    {
        const auto &h = m_hosts.host(i);
        HostSpec s;
        s.name = h.name;
        s.address = h.address;
        s.port = h.port;
        s.user = m_hosts.user();
        s.keyPath = m_hosts.keyPath();
        s.becomePassword = m_hosts.password();
        return s;
    }

    SessionOptions options(const QString &knownHosts = {}) const
    {
        SessionOptions o;
        o.knownHostsPath = knownHosts.isEmpty() ? m_hosts.knownHostsPath() : knownHosts;
        o.sshConfigPath = QStringLiteral("none");
        o.connectTimeoutMs = 3000;
        return o;
    }

    // A known_hosts with every host by address and, isolated, by name too
    // (names that only the hosts' own /etc/hosts resolve).
    QString knownHostsWithNames() const
    {
        QString path = m_hosts.newFilePath(QStringLiteral("known_with_names"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        for (int i = 0; i < kHostCount; ++i) {
            const QString line = m_hosts.knownHostsLine(i);
            f.write(line.toLatin1() + '\n');
            f.write((m_hosts.host(i).name + line.mid(line.indexOf(u' '))).toLatin1() + '\n');
        }
        return path;
    }
    QString writeConfig(const QString &name, const QString &text) const
    {
        QString path = m_hosts.newFilePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text.toUtf8());
        return path;
    }
    // ssh_config lines of host i: HostName (its name when isolated), Port, User, key.
    QString configLines(int i, bool byName) const
    {
        return QStringLiteral("  HostName %1\n  Port %2\n  User %3\n  IdentityFile %4\n")
            .arg(byName && m_hosts.isolated() ? m_hosts.host(i).name : m_hosts.host(i).address)
            .arg(m_hosts.host(i).port)
            .arg(m_hosts.user(), m_hosts.keyPath());
    }

    QString homeFile(int i, const QString &name) const
    {
        return m_hosts.isolated() ? QString(m_hosts.host(i).root + QStringLiteral("/fs/home/mctest/") + name)
                                  : QString(QDir::homePath() + u'/' + name);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QElapsedTimer t;
        t.start();
        QVERIFY2(m_hosts.start(kHostCount, &error), qPrintable(error));
        qInfo("%d sshd hosts up in %lld ms (%s)", kHostCount, t.elapsed(),
              m_hosts.isolated() ? "namespaces" : "fallback 127.0.0.x");
    }
    void cleanupTestCase() { m_hosts.stop(); }

    // --- happy paths -------------------------------------------------------

    void runsCommandAndStreamsLinesWithHostAndTime()
    {
        SshSession session(spec(kPlain), options());
        QList<OutputLine> lines;
        ExecOptions opts;
        opts.onLine = [&](const OutputLine &l) { lines.append(l); };
        const auto before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto r = session.exec(QStringLiteral("echo one; echo two >&2; printf 'three'; exit 3"), opts);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->exitStatus, 3);
        QCOMPARE(r->stdoutData, QByteArray("one\nthree"));
        QCOMPARE(lines.size(), 3);
        for (const OutputLine &l : lines) {
            QCOMPARE(l.host, m_hosts.host(kPlain).name);
            QVERIFY(l.timestamp >= before);
        }
        QVERIFY(std::any_of(lines.begin(), lines.end(), [](const OutputLine &l) {
            return l.stream == OutputStream::Stderr && l.text == u"two";
        }));
    }

    void authenticatesWithPassword()
    {
        HostSpec s = spec(kPlain);
        s.keyPath.clear();
        s.password = m_hosts.password();
        SshSession session(s, options());
        const mc::Status st = session.connect();
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
    }

    void asksForKeyPassphrase()
    {
        HostSpec s = spec(kPlain);
        s.keyPath = m_hosts.passphraseKeyPath();
        SessionOptions o = options();
        int asked = 0;
        o.prompts.secret = [&](const SecretRequest &r) -> std::optional<QString> {
            ++asked;
            if (r.kind != SecretKind::Passphrase)
                return std::nullopt;
            return m_hosts.keyPassphrase();
        };
        SshSession session(s, o);
        const mc::Status st = session.connect();
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
        QCOMPARE(asked, 1);
    }

    void readsSshConfigAlias()
    {
        const QString config = m_hosts.newFilePath(QStringLiteral("ssh_config"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("Host myalias\n  HostName %1\n  Port %2\n  User %3\n  IdentityFile %4\n")
                    .arg(m_hosts.host(kSecond).address)
                    .arg(m_hosts.host(kSecond).port)
                    .arg(m_hosts.user(), m_hosts.keyPath())
                    .toUtf8());
        f.close();
        HostSpec s;
        s.name = QStringLiteral("myalias");
        SessionOptions o = options();
        o.sshConfigPath = config;
        SshSession session(s, o);
        auto r = session.exec(QStringLiteral("hostname"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        if (m_hosts.isolated())
            QCOMPARE(r->stdoutData.trimmed(), m_hosts.host(kSecond).name.toUtf8());
    }

    void uploadsAtomicallyAndReportsUnchanged()
    {
        SshSession session(spec(kPlain), options());
        const QString path = QStringLiteral("/home/mctest/app.cfg");
        auto first = session.upload(path, "a=1\n", { 0640, {}, {}, false });
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(*first, WriteOutcome::Changed);
        auto again = session.upload(path, "a=1\n", { 0640, {}, {}, false });
        QVERIFY(again.ok());
        QCOMPARE(*again, WriteOutcome::Unchanged);
        auto changed = session.upload(path, "a=2\n", { 0640, {}, {}, false });
        QVERIFY(changed.ok());
        QCOMPARE(*changed, WriteOutcome::Changed);
        auto read = session.readFile(path);
        QVERIFY(read.ok() && read->has_value());
        QCOMPARE(read->value(), QByteArray("a=2\n"));
        auto mode = session.exec(
            QStringLiteral("stat -c %a /home/mctest/app.cfg; ls -a /home/mctest | grep -c mc- || true"));
        QVERIFY(mode.ok());
        QCOMPARE(mode->stdoutData, QByteArray("640\n0\n")); // no temp file left behind
        auto missing = session.readFile(QStringLiteral("/home/mctest/nothing-here"));
        QVERIFY(missing.ok() && !missing->has_value());
    }

    void uploadsAsRootWithOwnerThroughBecome()
    {
        if (!m_hosts.canBecome())
            QSKIP("no sudo in the fallback");
        SshSession session(spec(kPlain), options());
        const QString path = QStringLiteral("/etc/zookeeper/mc-test.cfg");
        UploadOptions u { 0640, QStringLiteral("root"), QStringLiteral("mctest"), true };
        auto first = session.upload(path, "tickTime=2000\n", u);
        QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
        QCOMPARE(*first, WriteOutcome::Changed);
        auto again = session.upload(path, "tickTime=2000\n", u);
        QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().message));
        QCOMPARE(*again, WriteOutcome::Unchanged);
        QCOMPARE(m_hosts.runOnHost(kPlain, QStringLiteral("stat -c '%a %U %G' /etc/zookeeper/mc-test.cfg"))
                     .output.trimmed(),
                 QStringLiteral("640 root mctest"));
        auto read = session.readFile(path, true);
        QVERIFY(read.ok() && read->has_value());
        QCOMPARE(read->value(), QByteArray("tickTime=2000\n"));
    }

    void becomeRunsAsRootAndKeepsPasswordOffCommandLines()
    {
        if (!m_hosts.canBecome())
            QSKIP("no sudo in the fallback");
        SshSession session(spec(kPlain), options());
        QList<OutputLine> lines;
        ExecOptions opts;
        opts.become = true;
        opts.onLine = [&](const OutputLine &l) { lines.append(l); };
        auto r = session.exec(QStringLiteral("id -u; ps -eo args"), opts);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r->exitStatus, 0);
        QVERIFY(r->stdoutData.startsWith("0\n"));
        const QByteArray password = m_hosts.password().toUtf8();
        QVERIFY(!r->stdoutData.contains(password)); // on no process's command line
        QVERIFY(!r->stderrData.contains(password));
        QVERIFY(!r->stderrData.contains("[mc-sudo-")); // the prompt is not shown
        for (const OutputLine &l : lines)
            QVERIFY(!l.text.contains(m_hosts.password()));
    }

    void poolRunsForksAtATimeWithResultPerHost()
    {
        SshPool pool(options());
        pool.setForks(2);
        QSignalSpy finished(&pool, &SshPool::finished);
        // Worker threads emit outputLine; a QSignalSpy would append from
        // several threads at once. A context object queues them to this thread.
        int lines = 0;
        connect(&pool, &SshPool::outputLine, this, [&lines] { ++lines; });
        HostSpec down = spec(kSecond);
        down.name = QStringLiteral("down");
        down.port = m_hosts.closedPort();
        pool.run({ spec(kPlain), spec(kSecond), down }, SshPool::commandJob(QStringLiteral("echo hi")));
        QVERIFY(pool.waitForFinished(20000));
        QCOMPARE(finished.size(), 1);
        const QList<HostResult> results = pool.results();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].state, HostState::Changed);
        QCOMPARE(results[1].state, HostState::Changed);
        QCOMPARE(results[2].state, HostState::Unreachable);
        QVERIFY(results[2].reason.contains(QStringLiteral("refused"), Qt::CaseInsensitive));
        QTRY_COMPARE(lines, 2);
    }

    // forks 2 on 4 hosts: never more than 2 commands at once, yet 2 do overlap
    // (not one after another). Each job times its own `sleep 1` on the host.
    void poolRunsAtMostForksCommandsAtOnce()
    {
        SshPool pool(options());
        pool.setForks(2);
        QMutex mutex;
        QList<std::pair<qint64, qint64>> spans; // start, end (ms since `clock` started)
        QElapsedTimer clock;
        clock.start();
        const Job job = [&](SshSession &session, const std::function<void(const OutputLine &)> &) {
            const qint64 start = clock.elapsed();
            auto r = session.exec(QStringLiteral("sleep 1"));
            const qint64 end = clock.elapsed();
            QMutexLocker lock(&mutex);
            spans.append({ start, end });
            return r && r->exitStatus == 0 ? JobOutcome { HostState::Changed, {}, 0 }
                                           : JobOutcome { HostState::Failed, QStringLiteral("sleep failed") };
        };
        QList<HostSpec> four;
        for (int i = 0; i < kHostCount; ++i)
            four << spec(i);
        pool.run(four, job);
        QVERIFY(pool.waitForFinished(30000));
        for (const HostResult &r : pool.results())
            QVERIFY2(r.state == HostState::Changed, qPrintable(r.host + u' ' + r.reason));
        QCOMPARE(spans.size(), 4);
        // The most commands running at one moment: sweep over starts (+1) and ends (-1).
        QList<std::pair<qint64, int>> events;
        for (const auto &[start, end] : std::as_const(spans)) {
            events.append({ start, +1 });
            events.append({ end, -1 });
        }
        std::sort(events.begin(), events.end()); // at equal times an end (-1) comes first
        int running = 0;
        int most = 0;
        for (const auto &e : std::as_const(events)) {
            running += e.second;
            most = qMax(most, running);
        }
        QCOMPARE(most, 2);
        // Two rounds of one second each.
        QVERIFY2(clock.elapsed() >= 2000, qPrintable(QString::number(clock.elapsed())));
    }

    void cancelStopsRunningCommand()
    {
        SshSession session(spec(kSecond), options());
        QVERIFY(session.connect().ok());
        QElapsedTimer t;
        t.start();
        std::unique_ptr<QThread> canceller(QThread::create([&] {
            QThread::msleep(300);
            session.cancel();
        }));
        canceller->start();
        auto r = session.exec(QStringLiteral("sleep 30"));
        canceller->wait();
        QVERIFY(!r.ok());
        QCOMPARE(session.lastFailure(), FailureKind::Cancelled);
        QVERIFY(t.elapsed() < 3000);
    }

    // --- ProxyJump in the SSH config ------------------------------------------
    // libssh 0.10 would turn it into a ProxyCommand running `ssh -W`; the
    // session jumps itself. PATH is emptied meanwhile: no ssh program could run.

    void proxyJumpGoesThroughTheJumpHost_data()
    {
        QTest::addColumn<QString>("proxyJump");
        QTest::newRow("alias") << QStringLiteral("jump");
        QTest::newRow("user@address:port") << QStringLiteral("%1@%2:%3")
                                                  .arg(m_hosts.user(), m_hosts.host(kPlain).address)
                                                  .arg(m_hosts.host(kPlain).port);
    }
    void proxyJumpGoesThroughTheJumpHost()
    {
        QFETCH(QString, proxyJump);
        // The target by a name only the hosts resolve: reachable only through the jump host.
        const QString config = writeConfig(
            QStringLiteral("ssh_config_jump"),
            QStringLiteral("Host jump\n%1Host %2\n  IdentityFile %3\nHost target\n%4  ProxyJump %5\n")
                .arg(configLines(kPlain, false), m_hosts.host(kPlain).address, m_hosts.keyPath(),
                     configLines(kSecond, true), proxyJump));
        SessionOptions o = options(knownHostsWithNames());
        o.sshConfigPath = config;
        QTemporaryDir emptyPath;
        const QByteArray oldPath = qgetenv("PATH");
        const auto restorePath = qScopeGuard([&] { qputenv("PATH", oldPath); });
        qputenv("PATH", QFile::encodeName(emptyPath.path()));

        HostSpec target;
        target.name = QStringLiteral("target");
        SshSession session(target, o);
        auto r = session.exec(QStringLiteral("echo $SSH_CONNECTION; hostname"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const QStringList lines = QString::fromUtf8(r->stdoutData).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        if (m_hosts.isolated()) {
            QCOMPARE(lines[1], m_hosts.host(kSecond).name);
            // The connection came from the jump host, not from here.
            QCOMPARE(lines[0].section(u' ', 0, 0), m_hosts.host(kPlain).address);
        }
        // The session works on: a second command, and SFTP through the same channel.
        const QString path = QStringLiteral("/home/%1/through-jump.txt").arg(m_hosts.user());
        auto up = session.upload(m_hosts.isolated() ? path
                                                    : homeFile(kSecond, QStringLiteral("through-jump.txt")),
                                 QByteArray(qsizetype(300) * 1024, 'j'));
        QVERIFY2(up.ok(), qPrintable(up.ok() ? QString() : up.error().message));
        auto size = session.exec(QStringLiteral("wc -c < ~/through-jump.txt"));
        QVERIFY(size.ok());
        QCOMPARE(size->stdoutData.trimmed(), QByteArray::number(300 * 1024));
    }

    // "ProxyJump a,b": a, then b, then the target (which sees b connect).
    void proxyJumpChainVisitsEachHopInOrder()
    {
        const QString config = writeConfig(
            QStringLiteral("ssh_config_chain"),
            QStringLiteral("Host hop0\n%1Host hop1\n%2Host target\n%3  ProxyJump hop0,hop1\n")
                .arg(configLines(kPlain, false), configLines(kSecond, true), configLines(kKilled, true)));
        SessionOptions o = options(knownHostsWithNames());
        o.sshConfigPath = config;
        HostSpec target;
        target.name = QStringLiteral("target");
        SshSession session(target, o);
        auto r = session.exec(QStringLiteral("echo $SSH_CONNECTION; hostname"));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const QStringList lines = QString::fromUtf8(r->stdoutData).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        if (m_hosts.isolated()) {
            QCOMPARE(lines[1], m_hosts.host(kKilled).name);
            QCOMPARE(lines[0].section(u' ', 0, 0), m_hosts.host(kSecond).address);
        }
    }

    // A jump host that is down or jump hosts that jump through each other: a
    // clear error naming the jump host, quickly.
    void proxyJumpFaultsNameTheJumpHost()
    {
        const QString config = writeConfig(
            QStringLiteral("ssh_config_jump_faults"),
            QStringLiteral("Host down\n  HostName %1\n  Port %2\nHost target\n%3  ProxyJump down\n"
                           "Host loop-a\n%4  ProxyJump loop-b\nHost loop-b\n%5  ProxyJump loop-a\n")
                .arg(m_hosts.host(kPlain).address)
                .arg(m_hosts.closedPort())
                .arg(configLines(kSecond, false), configLines(kSecond, false), configLines(kPlain, false)));
        SessionOptions o = options();
        o.sshConfigPath = config;
        HostSpec target;
        target.name = QStringLiteral("target");
        SshSession session(target, o);
        const mc::Status down = session.connect();
        QVERIFY(!down.ok());
        QCOMPARE(session.lastFailure(), FailureKind::Unreachable);
        QVERIFY2(down.error().message.contains(QStringLiteral("through the jump host down")),
                 qPrintable(down.error().message));
        QVERIFY2(down.error().message.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(down.error().message));

        HostSpec loop;
        loop.name = QStringLiteral("loop-a");
        SshSession looping(loop, o);
        QElapsedTimer t;
        t.start();
        const mc::Status st = looping.connect();
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QStringLiteral("jump hosts in a row")),
                 qPrintable(st.error().message));
        QVERIFY(t.elapsed() < 5000);
    }

    // --- faults -------------------------------------------------------------

    void hostDownConnectionRefused()
    {
        HostSpec s = spec(kPlain);
        s.port = m_hosts.closedPort();
        SshSession session(s, options());
        QElapsedTimer t;
        t.start();
        const mc::Status st = session.connect();
        QVERIFY(!st.ok());
        QCOMPARE(session.lastFailure(), FailureKind::Unreachable);
        QVERIFY2(st.error().message.contains(s.name), qPrintable(st.error().message));
        QVERIFY(t.elapsed() < 2000);
    }

    void hostDownSilentTimesOut()
    {
        if (m_hosts.silentAddress().isEmpty())
            QSKIP("no silent address in the fallback");
        HostSpec s = spec(kPlain);
        s.name = QStringLiteral("silent");
        s.address = m_hosts.silentAddress();
        SessionOptions o = options();
        o.connectTimeoutMs = 1000;
        SshSession session(s, o);
        QElapsedTimer t;
        t.start();
        const mc::Status st = session.connect();
        const qint64 took = t.elapsed();
        QVERIFY(!st.ok());
        QCOMPARE(session.lastFailure(), FailureKind::Unreachable);
        QVERIFY2(took >= 900 && took < 4000, qPrintable(QString::number(took)));
        qInfo("silent host gave up after %lld ms: %s", took, qPrintable(st.error().message));
    }

    void wrongPasswordFailsAuthentication()
    {
        HostSpec s = spec(kPlain);
        s.keyPath.clear();
        s.password = QStringLiteral("not-the-password");
        SshSession session(s, options());
        const mc::Status st = session.connect();
        QVERIFY(!st.ok());
        QCOMPARE(session.lastFailure(), FailureKind::Authentication);
        QVERIFY(st.error().message.contains(QStringLiteral("authentication")));
        QVERIFY(!st.error().message.contains(s.password));
    }

    void wrongPassphraseFailsAuthentication()
    {
        HostSpec s = spec(kPlain);
        s.keyPath = m_hosts.passphraseKeyPath();
        SessionOptions o = options();
        o.prompts.secret
            = [](const SecretRequest &) -> std::optional<QString> { return QStringLiteral("nope"); };
        SshSession session(s, o);
        const mc::Status st = session.connect();
        QVERIFY(!st.ok());
        QCOMPARE(session.lastFailure(), FailureKind::Authentication);
        QVERIFY(st.error().message.contains(QStringLiteral("passphrase")));
    }

    void unknownHostKey_data()
    {
        QTest::addColumn<int>("decision");
        QTest::newRow("refuse") << int(TrustDecision::Refuse);
        QTest::newRow("trust once") << int(TrustDecision::TrustOnce);
        QTest::newRow("trust always") << int(TrustDecision::TrustAlways);
    }
    void unknownHostKey()
    {
        QFETCH(int, decision);
        const QString known = m_hosts.newFilePath(QStringLiteral("known_%1").arg(decision));
        QFile::remove(known);
        SessionOptions o = options(known);
        QList<UnknownHostKey> asked;
        o.prompts.unknownHostKey = [&](const UnknownHostKey &k) {
            asked.append(k);
            return TrustDecision(decision);
        };
        SshSession session(spec(kSecond), o);
        const mc::Status st = session.connect();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked[0].fingerprint, m_hosts.hostKeyFingerprint(kSecond));
        QCOMPARE(asked[0].keyType, QStringLiteral("ssh-ed25519"));
        QCOMPARE(asked[0].host, m_hosts.host(kSecond).name);
        if (TrustDecision(decision) == TrustDecision::Refuse) {
            QVERIFY(!st.ok());
            QCOMPARE(session.lastFailure(), FailureKind::HostKey);
            QVERIFY(st.error().message.contains(asked[0].fingerprint));
            QVERIFY(!QFile::exists(known));
            return;
        }
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
        const bool recorded = QFile::exists(known);
        QCOMPARE(recorded, TrustDecision(decision) == TrustDecision::TrustAlways);
        // A second connection asks again only when the key was not recorded.
        SshSession again(spec(kSecond), o);
        QVERIFY(again.connect().ok());
        QCOMPARE(asked.size(), recorded ? 1 : 2);
    }

    void trustsKeysFromTheWorkspaceList()
    {
        SessionOptions o = options(m_hosts.newFilePath(QStringLiteral("known_empty")));
        o.extraKnownHostsPath = m_hosts.knownHostsPath(); // e.g. the workspace's own list
        bool asked = false;
        o.prompts.unknownHostKey = [&](const UnknownHostKey &) {
            asked = true;
            return TrustDecision::Refuse;
        };
        SshSession session(spec(kSecond), o);
        const mc::Status st = session.connect();
        QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().message));
        QVERIFY(!asked);
    }

    void changedHostKeyIsRefusedAndNothingRuns()
    {
        const QString known = m_hosts.newFilePath(QStringLiteral("known_changed"));
        QFile::remove(known);
        QVERIFY(QFile::copy(m_hosts.knownHostsPath(), known));
        const QString oldFingerprint = m_hosts.hostKeyFingerprint(kRekeyed);
        QString error;
        QVERIFY2(m_hosts.changeHostKey(kRekeyed, &error), qPrintable(error));
        const QString newFingerprint = m_hosts.hostKeyFingerprint(kRekeyed);
        QVERIFY(oldFingerprint != newFingerprint);

        const QString marker = homeFile(kRekeyed, QStringLiteral("changed-key-marker"));
        QFile::remove(marker);
        SessionOptions o = options(known);
        bool asked = false;
        o.prompts.unknownHostKey = [&](const UnknownHostKey &) {
            asked = true;
            return TrustDecision::TrustAlways;
        };
        SshSession session(spec(kRekeyed), o);
        auto r = session.exec(QStringLiteral("touch ~/changed-key-marker"));
        QVERIFY(!r.ok());
        QVERIFY(!asked); // a changed key is never offered for trust
        QCOMPARE(session.lastFailure(), FailureKind::HostKey);
        const QString message = r.error().message;
        QVERIFY2(message.contains(m_hosts.host(kRekeyed).name), qPrintable(message));
        QVERIFY2(message.contains(oldFingerprint), qPrintable(message));
        QVERIFY2(message.contains(newFingerprint), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("CHANGED")));
        QVERIFY(!QFile::exists(marker));
        // The same command with the right key does run: the marker test can fail.
        SessionOptions trustAll = options(m_hosts.newFilePath(QStringLiteral("known_new")));
        trustAll.prompts.unknownHostKey = [](const UnknownHostKey &) { return TrustDecision::TrustOnce; };
        SshSession good(spec(kRekeyed), trustAll);
        auto ok = good.exec(QStringLiteral("touch ~/changed-key-marker"));
        QVERIFY(ok.ok());
        QVERIFY(QFile::exists(marker));
    }

    // The GUI and the CLI leave knownHostsPath empty (~/.ssh/known_hosts): the
    // message names that file and a command that removes the old entry, and
    // that command, run as shown, makes the host's key "unknown" (asked), no
    // longer "changed".
    void changedHostKeyNamesTheDefaultKnownHostsFileAndTheFix()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QByteArray oldHome = qgetenv("HOME");
        const auto restoreHome = qScopeGuard([&] { qputenv("HOME", oldHome); });
        qputenv("HOME", QFile::encodeName(home.path()));
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral(".ssh")));
        const QString known = home.path() + QStringLiteral("/.ssh/known_hosts");
        {
            QFile f(known);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(m_hosts.knownHostsLine(kRekeyed).toLatin1() + '\n');
        }
        const QString oldFingerprint = m_hosts.hostKeyFingerprint(kRekeyed);
        QString error;
        QVERIFY2(m_hosts.changeHostKey(kRekeyed, &error), qPrintable(error));
        const QString newFingerprint = m_hosts.hostKeyFingerprint(kRekeyed);
        QVERIFY(oldFingerprint != newFingerprint);

        SessionOptions o = options();
        o.knownHostsPath.clear();
        SshSession session(spec(kRekeyed), o);
        const mc::Status st = session.connect();
        QVERIFY(!st.ok());
        QCOMPARE(session.lastFailure(), FailureKind::HostKey);
        const QString message = st.error().message;
        QVERIFY2(message.contains(oldFingerprint), qPrintable(message));
        QVERIFY2(message.contains(newFingerprint), qPrintable(message));
        QVERIFY2(message.contains(known + QStringLiteral(" has ")), qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("from ;")), qPrintable(message));
        const qsizetype from = message.indexOf(u'`');
        const qsizetype to = message.indexOf(u'`', from + 1);
        QVERIFY2(from >= 0 && to > from, qPrintable(message));
        const QString command = message.mid(from + 1, to - from - 1);
        QVERIFY2(command.startsWith(QStringLiteral("ssh-keygen -R ")), qPrintable(command));
        QVERIFY2(command.contains(known), qPrintable(command));

        QProcess fix;
        fix.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), command });
        QVERIFY(fix.waitForFinished(10000));
        QVERIFY2(fix.exitCode() == 0, fix.readAllStandardError().constData());
        bool asked = false;
        o.prompts.unknownHostKey = [&](const UnknownHostKey &key) {
            asked = key.fingerprint == newFingerprint;
            return TrustDecision::TrustOnce;
        };
        SshSession again(spec(kRekeyed), o);
        const mc::Status st2 = again.connect();
        QVERIFY2(st2.ok(), qPrintable(st2.ok() ? QString() : st2.error().message));
        QVERIFY(asked);
    }

    void sshdKilledMidCommandFailsOnlyThatHost()
    {
        SshPool pool(options());
        pool.setForks(3);
        // Hosts whose command is running, queued to this thread (see
        // poolRunsForksAtATimeWithResultPerHost). Kill only once the command
        // runs everywhere: a slow connect (sanitizer build) must not turn
        // "connection lost" into "unreachable".
        QStringList running;
        connect(&pool, &SshPool::outputLine, this, [&running](const OutputLine &line) {
            if (line.text == QLatin1String("started"))
                running.append(line.host);
        });
        pool.run({ spec(kPlain), spec(kSecond), spec(kKilled) },
                 SshPool::commandJob(QStringLiteral("echo started; sleep 3; echo done")));
        QTRY_VERIFY_WITH_TIMEOUT(running.size() == 3, 20000);
        QVERIFY(m_hosts.killHost(kKilled));
        QElapsedTimer t;
        t.start();
        QVERIFY(pool.waitForFinished(20000));
        const QList<HostResult> results = pool.results();
        QCOMPARE(results[0].state, HostState::Changed);
        QCOMPARE(results[1].state, HostState::Changed);
        QCOMPARE(results[2].state, HostState::Failed);
        QVERIFY2(results[2].reason.contains(QStringLiteral("lost")), qPrintable(results[2].reason));
        qInfo("killed host reported: %s", qPrintable(results[2].reason));
        QString error;
        QVERIFY2(m_hosts.startSshd(kKilled, &error), qPrintable(error));
    }

    void keptShellRunsEachCommandOnItsOwnUnderOneSudo()
    {
        if (!m_hosts.canBecome())
            QSKIP("no sudo in the fallback");
        SshSession session(spec(kPlain), options());
        session.setKeepShell(true);
        ExecOptions opts;
        opts.become = true;
        QList<OutputLine> lines;
        opts.onLine = [&](const OutputLine &l) { lines.append(l); };
        auto run = [&](const QString &command) {
            lines.clear();
            auto r = session.exec(command, opts);
            [&] { QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message)); }();
            return r.ok() ? *r : ExecResult {};
        };
        // Its own exit status, streams and lines, each as the command left them.
        ExecResult r = run(QStringLiteral("id -u; echo err >&2; printf 'no newline'; exit 7"));
        QCOMPARE(r.exitStatus, 7);
        QCOMPARE(r.stdoutData, QByteArray("0\nno newline"));
        QCOMPARE(r.stderrData, QByteArray("err\n"));
        QCOMPARE(lines.size(), 3);
        r = run(QStringLiteral("printf 'a\\n\\n'"));
        QCOMPARE(r.exitStatus, 0);
        QCOMPARE(r.stdoutData, QByteArray("a\n\n"));
        QCOMPARE(lines.size(), 2); // "a" and the empty line the command wrote
        QCOMPARE(lines.last().text, QString());
        // Nothing to read (not the next command), no variable or exit leaks into the next.
        r = run(QStringLiteral("cat; x=set; cd /tmp; exit 0"));
        QCOMPARE(r.stdoutData, QByteArray());
        r = run(QStringLiteral("echo \"[$x]\" \"$(pwd)\""));
        QVERIFY2(!r.stdoutData.startsWith("[set]") && !r.stdoutData.contains("/tmp"), r.stdoutData.constData());
        // A syntax error is that command's failure, not the shell's end.
        r = run(QStringLiteral("if then fi"));
        QVERIFY(r.exitStatus != 0);
        // One shell under one sudo for all of them: the same parent.
        const QByteArray parent = run(QStringLiteral("echo $PPID")).stdoutData;
        QCOMPARE(run(QStringLiteral("echo $PPID")).stdoutData, parent);
        QCOMPARE(run(QStringLiteral("ps -o user= -p $PPID")).stdoutData.trimmed(), QByteArray("root"));
        // A command that runs out of time ends its shell; the next one gets a new one.
        ExecOptions quick = opts;
        quick.timeoutMs = 1000;
        auto slow = session.exec(QStringLiteral("sleep 5"), quick);
        QVERIFY(!slow.ok());
        QVERIFY2(slow.error().message.contains(QStringLiteral("did not finish")), qPrintable(slow.error().message));
        QVERIFY(run(QStringLiteral("echo $PPID")).stdoutData != parent);
        QCOMPARE(run(QStringLiteral("id -u")).stdoutData, QByteArray("0\n"));
        // A small file goes through the shell: byte exact (NULs, quotes, no final newline),
        // mode and owner, and nothing left beside it.
        QByteArray content("a'b\"$(x)\n");
        content += '\0';
        content += "\xff end";
        UploadOptions u { 0640, QStringLiteral("root"), QStringLiteral("mctest"), true };
        u.compareFirst = false;
        const auto written = session.upload(QStringLiteral("/etc/zookeeper/mc-kept.bin"), content, u);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
        QCOMPARE(m_hosts.runOnHost(kPlain, QStringLiteral("stat -c '%a %U %G %s' /etc/zookeeper/mc-kept.bin; "
                                                          "ls -a /etc/zookeeper | grep -c mc-kept"))
                     .output.trimmed(),
                 QStringLiteral("640 root mctest %1\n1").arg(content.size()));
        const auto back = session.readFile(QStringLiteral("/etc/zookeeper/mc-kept.bin"), true);
        QVERIFY(back.ok() && back->has_value());
        QCOMPARE(back->value(), content);
    }

    void keptShellWithAWrongSudoPasswordFailsAsBecome()
    {
        if (!m_hosts.canBecome())
            QSKIP("no sudo in the fallback");
        HostSpec s = spec(kSecond);
        s.becomePassword = QStringLiteral("wrong-sudo-password");
        SshSession session(s, options());
        session.setKeepShell(true);
        ExecOptions opts;
        opts.become = true;
        auto r = session.exec(QStringLiteral("touch /root/should-not-exist"), opts);
        QVERIFY(!r.ok());
        QCOMPARE(session.lastFailure(), FailureKind::Become);
        QVERIFY(!r.error().message.contains(s.becomePassword));
        QVERIFY(m_hosts.runOnHost(kSecond, QStringLiteral("test -e /root/should-not-exist")).exitCode != 0);
    }

    void sudoWrongPasswordFails()
    {
        if (!m_hosts.canBecome())
            QSKIP("no sudo in the fallback");
        HostSpec s = spec(kSecond);
        s.becomePassword = QStringLiteral("wrong-sudo-password");
        SshSession session(s, options());
        ExecOptions opts;
        opts.become = true;
        QElapsedTimer t;
        t.start();
        auto r = session.exec(QStringLiteral("touch /root/should-not-exist"), opts);
        QVERIFY(!r.ok());
        QCOMPARE(session.lastFailure(), FailureKind::Become);
        QVERIFY(r.error().message.contains(QStringLiteral("sudo")));
        QVERIFY(!r.error().message.contains(s.becomePassword));
        QVERIFY(m_hosts.runOnHost(kSecond, QStringLiteral("test -e /root/should-not-exist")).exitCode != 0);
        qInfo("sudo wrong password detected in %lld ms", t.elapsed());
    }

    void hostileValuesExecuteNothingExtra_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("semicolon") << QStringLiteral("a; touch ~/pwned");
        QTest::newRow("command substitution") << QStringLiteral("$(touch ~/pwned)");
        QTest::newRow("backticks") << QStringLiteral("`touch ~/pwned`");
        QTest::newRow("quotes") << QStringLiteral("it's \"quoted\"'; touch ~/pwned; '");
        QTest::newRow("newline") << QStringLiteral("line\ntouch ~/pwned");
    }
    void hostileValuesExecuteNothingExtra()
    {
        QFETCH(QString, value);
        const QString marker = homeFile(kPlain, QStringLiteral("pwned"));
        QFile::remove(marker);
        HostSpec s = spec(kPlain);
        s.name = value; // a host name with shell syntax in it
        SshSession session(s, options());
        // A variable reaching a remote command.
        auto r = session.exec(mc::shellJoin({ QStringLiteral("printf"), QStringLiteral("%s"), value }));
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(QString::fromUtf8(r->stdoutData), value);
        QVERIFY(r->stderrData.isEmpty());
        if (m_hosts.canBecome()) {
            ExecOptions opts;
            opts.become = true;
            auto b = session.exec(mc::shellJoin({ QStringLiteral("printf"), QStringLiteral("%s"), value }),
                                  opts);
            QVERIFY2(b.ok(), qPrintable(b.ok() ? QString() : b.error().message));
            QCOMPARE(QString::fromUtf8(b->stdoutData), value);
        }
        // A file name with it.
        auto up = session.upload(QStringLiteral("/home/mctest/") + value.left(40).replace(u'/', u'_'), "x\n");
        QVERIFY2(up.ok(), qPrintable(up.ok() ? QString() : up.error().message));
        QVERIFY(!QFile::exists(marker));
    }
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_SshSession.moc"
