// The Terminal page driven as a user drives it (offscreen, keys typed into the
// terminal widget) against a real sshd test host: output is painted from the
// screen, a widget resize reaches the remote PTY, Ctrl+C interrupts, a paste
// goes through the widget, a killed sshd leaves the reason and Reconnect, and
// Reconnect opens the shell again. With MC_SCREENSHOT_DIR set it saves
// `ls --color` and `top` in light and dark themes.

#include "app/gui/TerminalController.h"
#include "core/audit/ActionGate.h"
#include "core/settings/AppSettings.h"
#include "core/terminal/TerminalScreen.h"
#include "core/util/DetachedThreads.h"
#include "tests/support/SshTestHosts.h"
#include "widgets/common/EmptyState.h"
#include "widgets/settings/Appearance.h"
#include "widgets/terminal/TerminalPage.h"
#include "widgets/terminal/TerminalWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mc;
using mc::test::SshTestHosts;
using mc::widgets::TerminalPage;
using mc::widgets::TerminalTab;
using mc::widgets::TerminalWidget;

namespace {
QString screenText(const TerminalWidget *w)
{
    QStringList lines;
    for (int r = 0; r < w->screen()->rows(); ++r)
        lines << w->screen()->lineText(r);
    return lines.join(QLatin1Char('\n'));
}

void type(TerminalWidget *w, const QString &line)
{
    QTest::keyClicks(w, line);
    QTest::keyClick(w, Qt::Key_Return);
}
} // namespace

class tst_TerminalPage : public QObject
{
    Q_OBJECT

    SshTestHosts m_hosts;

    TerminalTab *openTab(TerminalPage &page)
    {
        terminal::ShellRequest request;
        request.host = m_hosts.hostSpec(0);
        return page.open(request, m_hosts.sessionOptions(), request.host.displayName());
    }

    void shoot(QWidget *w, const QString &name)
    {
        const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_hosts.start(1, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_hosts.stop(); }

    void typedCommandsRunAndResizeReachesThePty()
    {
        TerminalPage page(new QLabel(QStringLiteral("empty")));
        page.resize(900, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        TerminalTab *tab = openTab(page);
        auto *term = tab->findChild<TerminalWidget *>(QStringLiteral("terminalWidget"));
        QVERIFY(term);
        QCOMPARE(page.tabs()->count(), 1);
        type(term, QStringLiteral("echo \"size-$(stty size | tr ' ' x)\""));
        const QString expected
            = QStringLiteral("size-%1x%2").arg(term->screen()->rows()).arg(term->screen()->cols());
        QTRY_VERIFY2_WITH_TIMEOUT(screenText(term).contains(expected), qPrintable(screenText(term)), 15000);

        page.resize(420, 300);
        QTRY_VERIFY(term->screen()->cols() < 80);
        type(term, QStringLiteral("clear; echo \"size-$(stty size | tr ' ' x)\""));
        const QString smaller
            = QStringLiteral("size-%1x%2").arg(term->screen()->rows()).arg(term->screen()->cols());
        QTRY_VERIFY2_WITH_TIMEOUT(screenText(term).contains(smaller), qPrintable(screenText(term)), 15000);

        // Ctrl+C reaches the remote program (the window's shortcuts do not take it).
        type(term, QStringLiteral("sleep 100; echo not-$((6*7))-interrupted"));
        QTest::qWait(300);
        QTest::keyClick(term, Qt::Key_C, Qt::ControlModifier);
        type(term, QStringLiteral("echo after-$((40+2))"));
        QTRY_VERIFY2_WITH_TIMEOUT(screenText(term).contains(QStringLiteral("after-42")),
                                  qPrintable(screenText(term)), 15000);
        QVERIFY(!screenText(term).contains(QStringLiteral("not-42-interrupted")));

        // Paste (Ctrl+Shift+V) of two lines runs both (the test user's sh does not ask for
        // bracketed paste; tst_ShellSession checks the brackets).
        QGuiApplication::clipboard()->setText(QStringLiteral("echo pasted-one\necho pasted-two\n"));
        QTest::keyClick(term, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY2_WITH_TIMEOUT(screenText(term).contains(QStringLiteral("\npasted-one\n")),
                                  qPrintable(screenText(term)), 15000);
        QTRY_VERIFY2_WITH_TIMEOUT(screenText(term).contains(QStringLiteral("pasted-two\n$")),
                                  qPrintable(screenText(term)), 15000);
    }

    // Closing a tab whose shell is still connecting (to a blackhole: a listening socket that
    // never speaks SSH) does not block the window: a 10 ms timer keeps firing until the
    // abandoned connect gives up and closes its socket.
    void closingAConnectingTabKeepsTheWindowTurning()
    {
        QTcpServer blackhole;
        QVERIFY(blackhole.listen(QHostAddress::LocalHost));
        QTcpSocket *accepted = nullptr;
        bool closedByClient = false;
        QObject context; // declared after the captured locals: the connections end before they do
        connect(&blackhole, &QTcpServer::newConnection, &context, [&] {
            accepted = blackhole.nextPendingConnection();
            connect(accepted, &QTcpSocket::disconnected, &context,
                    [&closedByClient] { // clazy:exclude=lambda-in-connect the context goes first
                        closedByClient = true;
                    });
        });
        TerminalPage page(new QLabel(QStringLiteral("empty")));
        page.resize(600, 300);
        page.show();
        terminal::ShellRequest request;
        request.host = m_hosts.hostSpec(0);
        request.host.address = QStringLiteral("127.0.0.1");
        request.host.port = blackhole.serverPort();
        ssh::SessionOptions options = m_hosts.sessionOptions();
        options.connectTimeoutMs = 4000; // the connect gives up on its own after that
        page.open(request, options, QStringLiteral("blackhole"));
        QTRY_VERIFY_WITH_TIMEOUT(accepted, 5000); // connecting: TCP is up, no SSH banner comes
        int ticks = 0;
        QTimer timer;
        timer.setInterval(10);
        connect(&timer, &QTimer::timeout, this, [&] { ++ticks; });
        timer.start();
        QWidget *close = page.tabs()->tabBar()->tabButton(0, QTabBar::RightSide);
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QCOMPARE(page.openCount(), 0);
        // Had the close waited for the connect, the socket would be closed by now and no tick seen.
        QTRY_VERIFY_WITH_TIMEOUT(closedByClient, 15000);
        QVERIFY2(ticks >= 20, qPrintable(QString::number(ticks)));
        QTRY_COMPARE_WITH_TIMEOUT(util::detachedThreadCount(), 0, 5000);
    }

    void killedSshdShowsTheReasonAndReconnectOpensAgain()
    {
        TerminalPage page(new QLabel(QStringLiteral("empty")));
        page.resize(800, 400);
        page.show();
        TerminalTab *tab = openTab(page);
        auto *term = tab->terminal();
        type(term, QStringLiteral("echo up-$((1+1))"));
        QTRY_VERIFY_WITH_TIMEOUT(screenText(term).contains(QStringLiteral("up-2")), 15000);
        QVERIFY(m_hosts.killSshd(0));
        auto *reason = tab->findChild<QLabel *>(QStringLiteral("terminalEndReason"));
        auto *reconnect = tab->findChild<QPushButton *>(QStringLiteral("terminalReconnect"));
        QVERIFY(reason && reconnect);
        QTRY_VERIFY_WITH_TIMEOUT(reconnect->isVisible(), 20000);
        QVERIFY2(reason->text().contains(QStringLiteral("lost")), qPrintable(reason->text()));
        QVERIFY(page.tabs()->tabText(0).contains(QStringLiteral("ended")));
        shoot(&page, QStringLiteral("terminal-ended"));
        QString error;
        QVERIFY2(m_hosts.startSshd(0, &error), qPrintable(error));
        QTest::mouseClick(reconnect, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(tab->isRunning(), 5000);
        QTRY_VERIFY(!reconnect->isVisible());
        type(term, QStringLiteral("echo again-$((2+1))"));
        QTRY_VERIFY2_WITH_TIMEOUT(screenText(term).contains(QStringLiteral("again-3")),
                                  qPrintable(screenText(term)), 15000);
        // Closing the tab ends the shell.
        page.closeTab(0);
        QCOMPARE(page.openCount(), 0);
    }

    // Opening a shell passes the gate: refused on a read-only cluster (no tab, the reason
    // said); on a read-write one admitted and its end logged with the exit status.
    void shellsPassTheGate()
    {
        QTemporaryDir dir;
        const QString logPath = dir.filePath(QStringLiteral("audit.jsonl"));
        auto gate = std::make_shared<audit::ActionGate>(
            audit::ActionGate::Scope {
                QStringLiteral("lab"), {}, audit::ClusterMode::ReadOnly, QStringLiteral("gui") },
            audit::AuditLog(logPath));
        app::TerminalController controller;
        controller.setSessionOptionsSource([this] { return m_hosts.sessionOptions(); });
        controller.setGate(gate);
        QSignalSpy problems(&controller, &app::TerminalController::problem);
        controller.openHost(m_hosts.hostSpec(0), true);
        QCOMPARE(controller.page()->openCount(), 0);
        QCOMPARE(problems.count(), 1);

        gate->setScope({ QStringLiteral("lab"), {}, audit::ClusterMode::ReadWrite, QStringLiteral("gui") });
        controller.openHost(m_hosts.hostSpec(0));
        QCOMPARE(controller.page()->openCount(), 1);
        TerminalWidget *term = controller.page()->currentTab()->terminal();
        type(term, QStringLiteral("exit 4"));
        QTRY_VERIFY_WITH_TIMEOUT(!controller.page()->currentTab()->isRunning(), 15000);
        QFile log(logPath);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray lines = log.readAll();
        QVERIFY2(lines.contains("host.root_shell") && lines.contains("host.shell"), lines.constData());
        QVERIFY2(lines.contains("exit status 4"), lines.constData());
    }

    // Reconnect opens a shell again, so it passes the gate again: refused once the cluster is
    // read-only (the tab stays ended, the reason said), asked on a protected one (declined:
    // stays ended; confirmed: the shell is back), and each shell's end is logged.
    void reconnectPassesTheGateAgain()
    {
        QTemporaryDir dir;
        const QString logPath = dir.filePath(QStringLiteral("audit.jsonl"));
        auto gate = std::make_shared<audit::ActionGate>(
            audit::ActionGate::Scope {
                QStringLiteral("lab"), {}, audit::ClusterMode::ReadWrite, QStringLiteral("gui") },
            audit::AuditLog(logPath));
        int asked = 0;
        bool confirm = false;
        gate->setConfirm([&](const audit::Action &, const QString &) {
            ++asked;
            return confirm;
        });
        app::TerminalController controller;
        controller.setSessionOptionsSource([this] { return m_hosts.sessionOptions(); });
        controller.setGate(gate);
        QSignalSpy problems(&controller, &app::TerminalController::problem);
        controller.openHost(m_hosts.hostSpec(0));
        TerminalTab *tab = controller.page()->currentTab();
        QVERIFY(tab);
        controller.page()->resize(700, 400);
        controller.page()->show();
        type(tab->terminal(), QStringLiteral("exit 5"));
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isRunning(), 15000);
        auto *reconnect = tab->findChild<QPushButton *>(QStringLiteral("terminalReconnect"));
        QTRY_VERIFY(reconnect->isVisible());

        gate->setScope({ QStringLiteral("lab"), {}, audit::ClusterMode::ReadOnly, QStringLiteral("gui") });
        QTest::mouseClick(reconnect, Qt::LeftButton);
        QCOMPARE(problems.count(), 1);
        QVERIFY(!tab->isRunning());
        QVERIFY(reconnect->isVisible());

        gate->setScope({ QStringLiteral("lab"), {}, audit::ClusterMode::Protected, QStringLiteral("gui") });
        QTest::mouseClick(reconnect, Qt::LeftButton);
        QCOMPARE(asked, 1);
        QCOMPARE(problems.count(), 2);
        QVERIFY(!tab->isRunning());

        confirm = true;
        QTest::mouseClick(reconnect, Qt::LeftButton);
        QCOMPARE(asked, 2);
        QVERIFY(tab->isRunning());
        type(tab->terminal(), QStringLiteral("exit 6"));
        QTRY_VERIFY_WITH_TIMEOUT(!tab->isRunning(), 15000);
        QFile log(logPath);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray lines = log.readAll();
        QCOMPARE(lines.count("\"action\":\"host.shell\""), 4); // exit 5, read-only refusal, declined, exit 6
        QVERIFY2(lines.contains("exit status 5") && lines.contains("exit status 6"), lines.constData());
    }

    // Without a tab the page says where shells come from and offers Ctrl+K, Services and Tasks;
    // it comes back when the last tab closes.
    void emptyPageSaysWhereShellsComeFrom()
    {
        for (const auto theme : { settings::Theme::Light, settings::Theme::Dark }) {
            widgets::applyTheme(theme);
            app::TerminalController controller;
            controller.setSessionOptionsSource([this] { return m_hosts.sessionOptions(); });
            TerminalPage *page = controller.page();
            page->resize(760, 420);
            page->show();
            QVERIFY(QTest::qWaitForWindowExposed(page));
            auto *empty = page->findChild<widgets::EmptyState *>(QStringLiteral("terminalEmptyState"));
            QVERIFY(empty && empty->isVisible());
            for (const char *word : { "Services", "Agents", "Tasks", "Ctrl+K", "shell" })
                QVERIFY2(empty->text().contains(QLatin1String(word)), word);
            shoot(page,
                  theme == settings::Theme::Dark ? QStringLiteral("terminal-empty-dark")
                                                 : QStringLiteral("terminal-empty-light"));
            QSignalSpy palette(&controller, &app::TerminalController::paletteWanted);
            QSignalSpy pages(&controller, &app::TerminalController::pageWanted);
            for (const char *button :
                 { "terminalEmptyPalette", "terminalEmptyServices", "terminalEmptyTasks" }) {
                auto *b = empty->findChild<QPushButton *>(QLatin1String(button));
                QVERIFY2(b && b->isVisible(), button);
                QTest::mouseClick(b, Qt::LeftButton);
            }
            QCOMPARE(palette.count(), 1);
            QCOMPARE(pages.count(), 2);
            QCOMPARE(pages.at(0).first().toString(), QStringLiteral("services"));
            QCOMPARE(pages.at(1).first().toString(), QStringLiteral("tasks"));

            controller.openHost(m_hosts.hostSpec(0));
            QVERIFY(!empty->isVisible());
            page->closeTab(0);
            QVERIFY(empty->isVisible());
        }
        widgets::applyTheme(settings::Theme::Light);
    }

    // A task shell's command sets the title of the way it took; the shell's own titles after
    // it change the tab's text, not its own title (tooltip, "(ended)").
    void remoteTitleOfTheWayTakenStaysTheTabsOwn()
    {
        TerminalPage page(new QLabel(QStringLiteral("empty")));
        page.show();
        terminal::ShellRequest request;
        request.host = m_hosts.hostSpec(0);
        request.command = QStringLiteral("printf '\\033]2;%s\\007' 'job · sandbox on h'; sleep 1; "
                                         "printf '\\033]2;%s\\007' 'user@h: /sandbox'; read line");
        TerminalTab *tab = page.open(request, m_hosts.sessionOptions(), QStringLiteral("job · shell on h"));
        tab->adoptRemoteTitle({ QStringLiteral("job · nsenter on h"), QStringLiteral("job · sandbox on h") });
        QTRY_COMPARE_WITH_TIMEOUT(page.tabs()->tabText(0), QStringLiteral("user@h: /sandbox"), 15000);
        QCOMPARE(page.tabs()->tabToolTip(0), QStringLiteral("job · sandbox on h"));
        type(tab->terminal(), QStringLiteral("x"));
        QTRY_COMPARE_WITH_TIMEOUT(page.tabs()->tabText(0), QStringLiteral("job · sandbox on h (ended)"),
                                  15000);
    }

    void screenshotsOfLsAndTop()
    {
        if (qEnvironmentVariableIsEmpty("MC_SCREENSHOT_DIR"))
            QSKIP("MC_SCREENSHOT_DIR not set");
        for (const auto theme : { settings::Theme::Light, settings::Theme::Dark }) {
            widgets::applyTheme(theme);
            const QString suffix
                = theme == settings::Theme::Dark ? QStringLiteral("-dark") : QStringLiteral("-light");
            TerminalPage page(new QLabel(QStringLiteral("empty")));
            page.resize(980, 560);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            TerminalTab *tab = openTab(page);
            auto *term = tab->terminal();
            type(term,
                 QStringLiteral(
                     "clear; ls --color=always -F -C -w 110 /usr/lib /bin | head -24; "
                     "printf '\\033[1mbold\\033[0m \\033[4munder\\033[0m \\033[7mreverse\\033[0m "
                     "\\033[38;5;208m256-colour\\033[0m \\033[38;2;40;160;90mtrue-colour\\033[0m\\n'"));
            QTRY_VERIFY_WITH_TIMEOUT(screenText(term).contains(QStringLiteral("true-colour")), 15000);
            QTest::qWait(200);
            shoot(&page, QStringLiteral("terminal-ls") + suffix);
            type(term, QStringLiteral("top -d 1"));
            QTRY_VERIFY_WITH_TIMEOUT(screenText(term).contains(QStringLiteral("PID")), 15000);
            QTest::qWait(1500);
            shoot(&page, QStringLiteral("terminal-top") + suffix);
            QTest::keyClick(term, Qt::Key_Q);
        }
        widgets::applyTheme(settings::Theme::Light);
    }
};

QTEST_MAIN(tst_TerminalPage)
#include "tst_TerminalPage.moc"
