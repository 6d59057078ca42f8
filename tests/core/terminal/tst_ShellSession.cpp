// Interactive shells on real sshd test hosts (ShellSession: libssh channel with
// a PTY) feeding the terminal state (TerminalScreen over libvterm): colours and
// cursor moves land in the right cells, `stty size` follows a resize, the host
// sees TERM=xterm-256color with its terminfo, top (between tput smcup/rmcup:
// procps never switches by itself) and less run on the alternate screen and
// give it back, a paste arrives bracketed when the
// program asked for it, become gives a root shell, and a killed sshd ends the
// shell with the reason.

#include "core/terminal/ShellSession.h"
#include "core/terminal/TerminalScreen.h"
#include "tests/support/SshTestHosts.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace mc;
using namespace mc::terminal;
using mc::test::SshTestHosts;

namespace {

// A shell wired to a screen, as the terminal widget wires them.
struct Term
{
    TerminalScreen screen { 24, 80 };
    std::unique_ptr<ShellSession> shell;
    std::unique_ptr<QSignalSpy> finished;

    Term(const ShellRequest &request, const ssh::SessionOptions &options)
        : shell(std::make_unique<ShellSession>(request, options))
        , finished(std::make_unique<QSignalSpy>(shell.get(), &ShellSession::finished))
    {
        QObject::connect(shell.get(), &ShellSession::received, &screen, &TerminalScreen::feed);
        QObject::connect(&screen, &TerminalScreen::output, shell.get(), &ShellSession::write);
        shell->start(screen.rows(), screen.cols());
    }
    void type(const QString &line) { screen.sendText(line + QLatin1Char('\r')); }
    [[nodiscard]] QString text() const
    {
        QStringList lines;
        for (int r = 0; r < screen.rows(); ++r)
            lines << screen.lineText(r);
        return lines.join(QLatin1Char('\n'));
    }
    [[nodiscard]] ShellEnd end() const
    {
        return finished->isEmpty() ? ShellEnd {} : finished->first().first().value<ShellEnd>();
    }
};

} // namespace

class tst_ShellSession : public QObject
{
    Q_OBJECT

    SshTestHosts m_hosts;

    ShellRequest request(const QString &command = {}) const
    {
        ShellRequest r;
        r.host = m_hosts.hostSpec(0);
        r.command = command;
        return r;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_hosts.start(1, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_hosts.stop(); }

    void colourAndCursorEscapesLandInTheirCells()
    {
        Term t(request(), m_hosts.sessionOptions());
        t.type(QStringLiteral("clear; printf '\\033[6;4H\\033[1;31mRED\\033[0m "
                              "\\033[4;38;2;1;2;3mTC\\033[0m\\033[10;1Hdone-%s\\n' mark"));
        QTRY_VERIFY_WITH_TIMEOUT(t.text().contains(QStringLiteral("done-mark")), 15000);
        const TerminalCell r = t.screen.cell(5, 3);
        QCOMPARE(r.text, QStringLiteral("R"));
        QVERIFY(r.bold);
        QCOMPARE(r.fgIndex, 1);
        QCOMPARE(t.screen.cell(5, 5).text, QStringLiteral("D"));
        const TerminalCell tc = t.screen.cell(5, 7);
        QCOMPARE(tc.text, QStringLiteral("T"));
        QVERIFY(tc.underline);
        QVERIFY(!tc.bold);
        QCOMPARE(tc.fg, quint32(0x010203));
        QCOMPARE(t.screen.lineText(9), QStringLiteral("done-mark"));
        t.type(QStringLiteral("exit 3"));
        QTRY_COMPARE_WITH_TIMEOUT(t.finished->count(), 1, 15000);
        QCOMPARE(t.end().kind, ShellEnd::Kind::Exited);
        QCOMPARE(t.end().exitStatus, 3);
        QVERIFY2(t.end().reason.contains(QStringLiteral("3")), qPrintable(t.end().reason));
    }

    void sttySizeFollowsResize()
    {
        Term t(request(), m_hosts.sessionOptions());
        t.type(QStringLiteral("clear; echo \"size-$(stty size | tr ' ' x)\""));
        QTRY_VERIFY_WITH_TIMEOUT(t.text().contains(QStringLiteral("size-24x80")), 15000);
        t.screen.resize(31, 97);
        t.shell->resize(31, 97);
        t.type(QStringLiteral("clear; echo \"size-$(stty size | tr ' ' x)\""));
        QTRY_VERIFY_WITH_TIMEOUT(t.text().contains(QStringLiteral("size-31x97")), 15000);
    }

    // The remote side sees TERM=xterm-256color (the PTY request) and finds its terminfo entry.
    void theHostSeesXterm256Color()
    {
        Term t(request(), m_hosts.sessionOptions());
        t.type(
            QStringLiteral("echo \"term-$TERM-$(tput colors)-$(tput smcup | od -An -tx1 | tr -d ' \\n')\""));
        QTRY_VERIFY2_WITH_TIMEOUT(
            t.text().contains(QStringLiteral("term-xterm-256color-256-1b5b3f3130343968")),
            qPrintable(t.text()), 15000);
    }

    // procps top never switches screens by itself: its smcup/rmcup calls are built only with
    // OFF_SCROLLBK, which Debian's procps (4.0.2) leaves undefined, whatever TERM says. Run
    // between tput smcup and rmcup (as `watch`-like wrappers do), it draws on the alternate
    // screen, takes keys, and the shell's screen comes back when it quits.
    void topRunsOnTheAlternateScreenAndGivesItBack()
    {
        Term t(request(), m_hosts.sessionOptions());
        t.type(QStringLiteral("echo before-top"));
        QTRY_VERIFY_WITH_TIMEOUT(t.text().contains(QStringLiteral("before-top")), 15000);
        t.type(QStringLiteral("tput smcup; top -d 1; tput rmcup; echo after-$((20+3))"));
        QTRY_VERIFY2_WITH_TIMEOUT(t.screen.altScreen(), qPrintable(t.text()), 15000);
        QTRY_VERIFY2_WITH_TIMEOUT(t.text().contains(QStringLiteral("%CPU"))
                                      && t.text().contains(QStringLiteral("PID")),
                                  qPrintable(t.text()), 15000);
        QVERIFY(!t.text().contains(QStringLiteral("before-top")));
        t.screen.sendText(QStringLiteral("q"));
        QTRY_VERIFY2_WITH_TIMEOUT(t.text().contains(QStringLiteral("after-23")), qPrintable(t.text()), 15000);
        QVERIFY(!t.screen.altScreen());
        QVERIFY2(t.text().contains(QStringLiteral("before-top")), qPrintable(t.text()));
        QVERIFY2(!t.text().contains(QStringLiteral("%CPU")), qPrintable(t.text()));
    }

    // less switches screens itself (smcup/rmcup from terminfo).
    void lessRunsOnTheAlternateScreenAndGivesItBack()
    {
        Term t(request(), m_hosts.sessionOptions());
        t.type(QStringLiteral("echo before-less"));
        QTRY_VERIFY_WITH_TIMEOUT(t.text().contains(QStringLiteral("before-less")), 15000);
        t.type(QStringLiteral("seq 1 500 | sed 's/^/row-/' | less"));
        QTRY_VERIFY2_WITH_TIMEOUT(t.screen.altScreen(), qPrintable(t.text()), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(t.text().contains(QStringLiteral("row-1\n")), 15000);
        t.screen.sendText(QStringLiteral(">")); // to the end
        QTRY_VERIFY2_WITH_TIMEOUT(t.text().contains(QStringLiteral("row-500")), qPrintable(t.text()), 15000);
        QVERIFY(!t.text().contains(QStringLiteral("before-less")));
        t.screen.sendText(QStringLiteral("q"));
        QTRY_VERIFY_WITH_TIMEOUT(!t.screen.altScreen(), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(t.text().contains(QStringLiteral("before-less")), 15000);
    }

    void pasteArrivesBracketedWhenAsked()
    {
        // A program that asks for bracketed paste, then prints the bytes it gets in hex.
        Term t(request(QStringLiteral("stty raw -echo; printf '\\033[?2004hready\\r\\n'; "
                                      "dd bs=1 count=18 2>/dev/null | od -An -tx1")),
               m_hosts.sessionOptions());
        QTRY_VERIFY_WITH_TIMEOUT(t.text().contains(QStringLiteral("ready")), 15000);
        t.screen.paste(QStringLiteral("ab\ncd\n"));
        QTRY_COMPARE_WITH_TIMEOUT(t.finished->count(), 1, 15000);
        // Raw mode prints od's second line from where the first ended; blanks fold away.
        const QString hex = t.text().simplified();
        QVERIFY2(hex.contains(QStringLiteral("1b 5b 32 30 30 7e 61 62 0d 63 64 0d 1b 5b 32 30 31 7e")),
                 qPrintable(hex));
        QCOMPARE(t.end().exitStatus, 0);
    }

    void becomeOpensARootShell()
    {
        if (!m_hosts.canBecome())
            QSKIP("sudo needs the isolated test hosts (root)");
        ShellRequest r = request();
        r.become = true;
        r.host.becomePassword = m_hosts.password();
        Term t(r, m_hosts.sessionOptions());
        t.type(QStringLiteral("echo \"uid-$(id -u)\""));
        QTRY_VERIFY2_WITH_TIMEOUT(t.text().contains(QStringLiteral("uid-0")), qPrintable(t.text()), 15000);
        QVERIFY2(!t.text().contains(QStringLiteral("mc-sudo")), qPrintable(t.text()));
        QVERIFY(!t.text().contains(m_hosts.password()));
    }

    void killedSshdEndsTheShellWithTheReason()
    {
        Term t(request(), m_hosts.sessionOptions());
        t.type(QStringLiteral("echo alive"));
        QTRY_VERIFY_WITH_TIMEOUT(t.text().contains(QStringLiteral("alive")), 15000);
        QVERIFY(m_hosts.killSshd(0));
        QTRY_COMPARE_WITH_TIMEOUT(t.finished->count(), 1, 20000);
        QCOMPARE(t.end().kind, ShellEnd::Kind::Lost);
        QVERIFY2(t.end().reason.contains(m_hosts.hostSpec(0).displayName()), qPrintable(t.end().reason));
        QString error;
        QVERIFY2(m_hosts.startSshd(0, &error), qPrintable(error));
    }

    void unreachableHostSaysWhy()
    {
        ShellRequest r = request();
        r.host.port = m_hosts.closedPort();
        Term t(r, m_hosts.sessionOptions());
        QTRY_COMPARE_WITH_TIMEOUT(t.finished->count(), 1, 15000);
        QCOMPARE(t.end().kind, ShellEnd::Kind::ConnectFailed);
        QVERIFY(!t.end().reason.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ShellSession)
#include "tst_ShellSession.moc"
