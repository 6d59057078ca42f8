// A shell in a task and `tasks exec`, end to end: localcluster runs inside an
// sshd test host (bound to the host's own address, so its agent's host name is
// that host), a Marathon app's task runs there, and
//  - the task's sandbox is found through the agent's state, a shell opened in
//    it (ShellSession with the TaskShell command) starts in the sandbox
//    directory (`pwd`, `ls stdout`) with MESOS_TASK_ID set;
//  - `mesos-console-cli tasks exec TASKID -- sh -c '…; exit 7'` prints the
//    command's output and exits 7; an unreachable host gives 255.

#include "app/gui/TerminalController.h"
#include "core/http/HttpClient.h"
#include "core/mesos/Task.h"
#include "core/terminal/ShellSession.h"
#include "core/terminal/TaskShell.h"
#include "core/terminal/TerminalScreen.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/SshTestHosts.h"
#include "tests/support/TestPaths.h"
#include "widgets/terminal/TerminalPage.h"
#include "widgets/terminal/TerminalWidget.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace mc;
using mc::test::SshTestHosts;

class tst_TaskShellLive : public QObject
{
    Q_OBJECT

    SshTestHosts m_hosts;
    QJsonObject m_endpoints;
    std::unique_ptr<QTemporaryDir> m_work;
    QString m_taskId;

    // A shell running `command` on host 0, wired to a screen as the terminal widget wires them.
    struct TaskTerminal
    {
        terminal::TerminalScreen screen { 30, 500 }; // the sandbox path on one line
        terminal::ShellSession shell;

        TaskTerminal(const SshTestHosts &hosts, const QString &command)
            : shell(terminal::ShellRequest { hosts.hostSpec(0), command }, hosts.sessionOptions())
        {
            connect(&shell, &terminal::ShellSession::received, &screen, &terminal::TerminalScreen::feed);
            connect(&screen, &terminal::TerminalScreen::output, &shell, &terminal::ShellSession::write);
            shell.start(screen.rows(), screen.cols());
        }
        [[nodiscard]] QString text() const
        {
            QStringList lines;
            for (int r = 0; r < screen.rows(); ++r)
                lines << screen.lineText(r);
            return lines.join(QLatin1Char('\n'));
        }
    };

    [[nodiscard]] QString firstAgentUrl() const
    {
        return m_endpoints.value(QLatin1String("agents"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("url"))
            .toString();
    }

    // The task's sandbox, found through the agent's state.
    logs::Sandbox locateSandbox()
    {
        const QString agentUrl = firstAgentUrl();
        [&] { QVERIFY2(!agentUrl.isEmpty(), QJsonDocument(m_endpoints).toJson().constData()); }();
        http::HttpClient http(http::HttpOptions {});
        std::optional<Result<logs::Sandbox>> sandbox;
        terminal::locateTaskSandbox(&http, QUrl(agentUrl), { m_taskId, {}, {} }, this,
                                    [&](Result<logs::Sandbox> s) { sandbox = std::move(s); });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(sandbox.has_value(), 15000);
            QVERIFY2(sandbox->ok(), qPrintable(sandbox->ok() ? QString() : sandbox->error().message));
        }();
        return sandbox && sandbox->ok() ? **sandbox : logs::Sandbox {};
    }

    [[nodiscard]] QString masterUrl() const
    {
        return m_endpoints.value(QLatin1String("masterUrls")).toArray().at(0).toString();
    }

    QStringList sshArgs() const
    {
        return { QStringLiteral("-u"),
                 m_hosts.user(),
                 QStringLiteral("-i"),
                 m_hosts.keyPath(),
                 QStringLiteral("--known-hosts"),
                 m_hosts.knownHostsPath(),
                 QStringLiteral("--ssh-config"),
                 QStringLiteral("none") };
    }

    QProcess *runCli(const QStringList &args)
    {
        auto *cli = new QProcess(this);
        cli->start(test::executablePath(QStringLiteral("mesos-console-cli")), args);
        cli->waitForFinished(60000);
        return cli;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_hosts.start(1, &error), qPrintable(error));
        if (!m_hosts.isolated())
            QSKIP("needs network namespaces (root): localcluster must run inside the test host");
        // Sandboxes where the test user may go (a real agent's are root's; -b would be needed there).
        m_work = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mc-task-shell-XXXXXX"));
        QVERIFY(m_work->isValid());
        QFile::setPermissions(m_work->path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                  | QFileDevice::ExeGroup);
        QVERIFY2(test::startLocalClusterInHost(m_hosts, 0,
                                               { QStringLiteral("--address"), m_hosts.host(0).address,
                                                 QStringLiteral("--base-port"), QStringLiteral("0"),
                                                 QStringLiteral("--agents"), QStringLiteral("1"),
                                                 QStringLiteral("--work-dir"), m_work->path() },
                                               &m_endpoints, &error),
                 qPrintable(error));
        const QString marathon = m_endpoints.value(QLatin1String("marathon")).toString();
        const auto created = test::httpRequest(
            "POST", marathon + QStringLiteral("/v2/apps"),
            R"({"id":"/shell-test","cmd":"echo started-$((20+3)); sleep 600","cpus":0.1,"mem":32,"instances":1})",
            { { "Content-Type", "application/json" } });
        QVERIFY2(created.status == 201, created.body.constData());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto tasks = test::httpGet(masterUrl() + QStringLiteral("/master/tasks"));
                const QJsonArray taskList = tasks.json().object().value(QLatin1String("tasks")).toArray();
                for (const QJsonValue &t : taskList) {
                    if (t.toObject().value(QLatin1String("state")).toString() == u"TASK_RUNNING")
                        m_taskId = t.toObject().value(QLatin1String("id")).toString();
                }
                return !m_taskId.isEmpty();
            }(),
            20000);
    }

    void cleanupTestCase()
    {
        m_hosts.stop(); // kills localcluster with the host
    }

    void shellInTheTaskOpensInItsSandbox()
    {
        const logs::Sandbox sandbox = locateSandbox();
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(sandbox.directory.startsWith(m_work->path()));
        QVERIFY(!sandbox.docker);

        TaskTerminal t(m_hosts, terminal::taskShellPlan(sandbox, m_taskId).command);
        t.screen.sendText(
            QStringLiteral("clear; echo \"at:$(pwd)\"; ls stdout; echo \"id:$MESOS_TASK_ID\"\r"));
        QTRY_VERIFY2_WITH_TIMEOUT(t.text().contains(QStringLiteral("id:") + m_taskId), qPrintable(t.text()),
                                  15000);
        QVERIFY2(t.text().contains(QStringLiteral("at:") + sandbox.directory), qPrintable(t.text()));
        QVERIFY2(t.text().contains(QStringLiteral("\nstdout\n")), qPrintable(t.text()));
    }

    // An executor pid known (here: a process in a UTS namespace of its own, as a Mesos
    // containerizer's executor is in its own namespaces): without sudo for nsenter the shell
    // is the sandbox one, and says so in its title; once sudo lets mctest run nsenter, the
    // shell is inside that process's namespaces (its host name), as root, in the sandbox.
    void nsenterWhenSudoAllowsElseTheSandbox()
    {
        if (!m_hosts.canBecome())
            QSKIP("needs the isolated test hosts (root) for namespaces and sudo");
        logs::Sandbox sandbox = locateSandbox();
        QVERIFY(!QTest::currentTestFailed());
        const auto started = m_hosts.runOnHost(
            0,
            QStringLiteral(
                "unshare -u sh -c 'hostname in-task-ns; exec sleep 300' >/dev/null 2>&1 & echo $!"));
        sandbox.executorPid = started.output.trimmed().toLongLong();
        QVERIFY2(sandbox.executorPid > 0, qPrintable(started.output));
        const QString host = m_hosts.hostSpec(0).displayName();
        const terminal::TaskShellPlan plan = terminal::taskShellPlan(sandbox, m_taskId, {}, true, host);
        QVERIFY(plan.nsenter);
        const QString probe
            = QStringLiteral("clear; echo \"in:$(hostname):$(id -u):$(pwd):$MESOS_TASK_ID\"\r");

        // mctest's sudo wants a password: sudo -n refuses, the sandbox shell it is.
        {
            TaskTerminal t(m_hosts, plan.command);
            t.screen.sendText(probe);
            const QString expected
                = QStringLiteral("in:mchost0:%1:%2:%3")
                      .arg(m_hosts.runOnHost(0, QStringLiteral("id -u ") + m_hosts.user()).output.trimmed(),
                           sandbox.directory, m_taskId);
            QTRY_VERIFY2_WITH_TIMEOUT(t.text().contains(expected), qPrintable(t.text()), 15000);
            QCOMPARE(t.screen.title(),
                     terminal::taskShellTitle(terminal::TaskShellWay::Sandbox, m_taskId, host));
        }

        // After mctest's own rule (sudoers: the last match wins).
        const QString rule = QStringLiteral("/etc/sudoers.d/zz-nsenter");
        QCOMPARE(m_hosts
                     .runOnHost(0,
                                QStringLiteral(
                                    "echo '%1 ALL=(root) NOPASSWD: /usr/bin/nsenter' > %2 && chmod 440 %2")
                                    .arg(m_hosts.user(), rule))
                     .exitCode,
                 0);
        {
            TaskTerminal t(m_hosts, plan.command);
            // Typed once root's prompt is there, as a person does (sudo's own PTY takes over
            // the terminal only then: keys typed before it may be lost).
            QTRY_VERIFY2_WITH_TIMEOUT(t.text().trimmed().endsWith(u'#'), qPrintable(t.text()), 15000);
            t.screen.sendText(probe);
            const QString expected = QStringLiteral("in:in-task-ns:0:%1:%2").arg(sandbox.directory, m_taskId);
            QTRY_VERIFY2_WITH_TIMEOUT(t.text().contains(expected), qPrintable(t.text()), 15000);
            QCOMPARE(t.screen.title(),
                     terminal::taskShellTitle(terminal::TaskShellWay::Nsenter, m_taskId, host));
        }
        m_hosts.runOnHost(0, QStringLiteral("rm -f %1; kill %2").arg(rule).arg(sandbox.executorPid));
    }

    // What Shell on the Tasks page does (TerminalController::openTask): a tab titled
    // "… · sandbox on HOST" whose shell starts in the sandbox.
    void taskShellTabSaysWhatItIs()
    {
        app::TerminalController controller;
        controller.setHostsSource([this] { return QList<ssh::HostSpec> { m_hosts.hostSpec(0) }; });
        controller.setSessionOptionsSource([this] { return m_hosts.sessionOptions(); });
        widgets::TerminalPage *page = controller.page();
        page->resize(2400, 400); // the sandbox path on one line
        page->show();
        mesos::Task task;
        task.id = m_taskId;
        http::HttpClient http(http::HttpOptions {});
        const QString agentUrl = firstAgentUrl();
        // The agent reports its host by address; the workspace host with that address is used.
        controller.openTask(task, QUrl(agentUrl), m_hosts.host(0).address, &http);
        QTRY_COMPARE_WITH_TIMEOUT(page->openCount(), 1, 15000);
        QCOMPARE(page->tabs()->tabText(0),
                 QStringLiteral("%1 · sandbox on %2").arg(m_taskId, m_hosts.hostSpec(0).displayName()));
        widgets::TerminalWidget *term = page->currentTab()->terminal();
        QTest::keyClicks(term, QStringLiteral("echo \"in:$(pwd)\""));
        QTest::keyClick(term, Qt::Key_Return);
        const auto text = [&] {
            QStringList lines;
            for (int r = 0; r < term->screen()->rows(); ++r)
                lines << term->screen()->lineText(r);
            return lines.join(QLatin1Char('\n'));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(text().contains(QStringLiteral("in:") + m_work->path()), qPrintable(text()),
                                  15000);
    }

    void tasksExecReturnsTheCommandsStatus()
    {
        QStringList args { QStringLiteral("tasks"), QStringLiteral("exec"), m_taskId,
                           QStringLiteral("--master"), masterUrl() };
        args << sshArgs() << QStringLiteral("--") << QStringLiteral("sh") << QStringLiteral("-c")
             << QStringLiteral("cat stdout; pwd; echo \"$1\" >&2; exit 7") << QStringLiteral("x")
             << QStringLiteral("it's; $(not run)");
        QProcess *cli = runCli(args);
        const QString out = QString::fromUtf8(cli->readAllStandardOutput());
        const QString err = QString::fromUtf8(cli->readAllStandardError());
        QCOMPARE(cli->exitCode(), 7);
        QVERIFY2(out.contains(QStringLiteral("started-23")), qPrintable(out + err));
        QVERIFY2(out.contains(m_work->path()), qPrintable(out));
        // The argument arrives as one word, not run.
        QVERIFY2(err.contains(QStringLiteral("it's; $(not run)")), qPrintable(err));

        args = QStringList { QStringLiteral("tasks"), QStringLiteral("exec"), m_taskId,
                             QStringLiteral("--master"), masterUrl() };
        args << sshArgs() << QStringLiteral("--") << QStringLiteral("true");
        QCOMPARE(runCli(args)->exitCode(), 0);
    }

    void tasksExecPassesTheGate()
    {
        // --read-only: refused before anything runs.
        QStringList args { QStringLiteral("tasks"),
                           QStringLiteral("exec"),
                           m_taskId,
                           QStringLiteral("--master"),
                           masterUrl(),
                           QStringLiteral("--read-only") };
        args << sshArgs() << QStringLiteral("--") << QStringLiteral("echo") << QStringLiteral("ran-it");
        QProcess *cli = runCli(args);
        QCOMPARE(cli->exitCode(), 1);
        QVERIFY(!cli->readAllStandardOutput().contains("ran-it"));
    }

    void tasksExecOnAnUnreachableHostSaysSo()
    {
        QStringList args { QStringLiteral("tasks"),
                           QStringLiteral("exec"),
                           m_taskId,
                           QStringLiteral("--master"),
                           masterUrl(),
                           QStringLiteral("--on"),
                           QStringLiteral("%1:%2").arg(m_hosts.host(0).address).arg(m_hosts.closedPort()) };
        args << sshArgs() << QStringLiteral("--") << QStringLiteral("true");
        QProcess *cli = runCli(args);
        QCOMPARE(cli->exitCode(), 255);
        QVERIFY(!cli->readAllStandardError().isEmpty());
    }
};

QTEST_MAIN(tst_TaskShellLive)
#include "tst_TaskShellLive.moc"
