// A shell in a task and `tasks exec`, end to end: localcluster runs inside an
// sshd test host (bound to the host's own address, so its agent's host name is
// that host), a Marathon app's task runs there, and
//  - the task's sandbox is found through the agent's state, a shell opened in
//    it (ShellSession with the TaskShell command) starts in the sandbox
//    directory (`pwd`, `ls stdout`) with MESOS_TASK_ID set;
//  - `mesos-console-cli tasks exec TASKID -- sh -c '…; exit 7'` prints the
//    command's output and exits 7; an unreachable host gives 255.

#include "core/http/HttpClient.h"
#include "core/terminal/ShellSession.h"
#include "core/terminal/TaskShell.h"
#include "core/terminal/TerminalScreen.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/SshTestHosts.h"
#include "tests/support/TestPaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
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

    [[nodiscard]] QString masterUrl() const
    {
        return m_endpoints.value(QLatin1String("masterUrls")).toArray().at(0).toString();
    }

    bool startClusterInHost(QString *error)
    {
        const QString out = m_hosts.host(0).root + QStringLiteral("/localcluster.out");
        const QString cmd = QStringLiteral("nohup %1 --address %2 --base-port 0 --masters 1 --agents 1 "
                                           "--work-dir %3 --print-endpoints > %4 2>&1 < /dev/null &")
                                .arg(test::executablePath(QStringLiteral("localcluster")), m_hosts.host(0).address,
                                     m_work->path(), out);
        const auto r = m_hosts.runOnHost(0, cmd, 10000);
        if (r.exitCode != 0) {
            *error = r.output;
            return false;
        }
        for (int i = 0; i < 200; ++i) {
            QFile f(out);
            if (f.open(QIODevice::ReadOnly)) {
                const QByteArray line = f.readLine();
                if (line.endsWith('\n')) {
                    m_endpoints = QJsonDocument::fromJson(line).object();
                    if (!m_endpoints.isEmpty())
                        return true;
                }
            }
            QTest::qWait(50);
        }
        QFile f(out);
        f.open(QIODevice::ReadOnly);
        *error = QStringLiteral("localcluster did not start in the host: ") + QString::fromUtf8(f.readAll());
        return false;
    }

    QStringList sshArgs() const
    {
        return { QStringLiteral("-u"), m_hosts.user(), QStringLiteral("-i"), m_hosts.keyPath(),
                 QStringLiteral("--known-hosts"), m_hosts.knownHostsPath(), QStringLiteral("--ssh-config"),
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
        QFile::setPermissions(m_work->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                                  | QFileDevice::ReadOther | QFileDevice::ExeOther
                                                  | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        QVERIFY2(startClusterInHost(&error), qPrintable(error));
        const QString marathon = m_endpoints.value(QLatin1String("marathon")).toString();
        const auto created = test::httpRequest(
            "POST", marathon + QStringLiteral("/v2/apps"),
            R"({"id":"/shell-test","cmd":"echo started-$((20+3)); sleep 600","cpus":0.1,"mem":32,"instances":1})",
            { { "Content-Type", "application/json" } });
        QVERIFY2(created.status == 201, created.body.constData());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto tasks = test::httpGet(masterUrl() + QStringLiteral("/master/tasks"));
                for (const QJsonValue &t : tasks.json().object().value(QLatin1String("tasks")).toArray()) {
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
        // The agent's state: where the sandbox is.
        const QString agentUrl = m_endpoints.value(QLatin1String("agents")).toArray().at(0).toObject().value(QLatin1String("url")).toString();
        QVERIFY2(!agentUrl.isEmpty(), QJsonDocument(m_endpoints).toJson().constData());
        http::HttpClient http(http::HttpOptions {});
        std::optional<Result<logs::Sandbox>> sandbox;
        terminal::locateTaskSandbox(&http, QUrl(agentUrl), { m_taskId, {}, {} }, this,
                                    [&](Result<logs::Sandbox> s) { sandbox = std::move(s); });
        QTRY_VERIFY_WITH_TIMEOUT(sandbox.has_value(), 15000);
        QVERIFY2(sandbox->ok(), qPrintable(sandbox->ok() ? QString() : sandbox->error().message));
        QVERIFY((*sandbox)->directory.startsWith(m_work->path()));
        QVERIFY(!(*sandbox)->docker);

        terminal::ShellRequest request;
        request.host = m_hosts.hostSpec(0);
        request.command = terminal::taskShellPlan(**sandbox, m_taskId).command;
        terminal::TerminalScreen screen(30, 500); // the sandbox path on one line
        terminal::ShellSession shell(request, m_hosts.sessionOptions());
        connect(&shell, &terminal::ShellSession::received, &screen, &terminal::TerminalScreen::feed);
        connect(&screen, &terminal::TerminalScreen::output, &shell, &terminal::ShellSession::write);
        shell.start(screen.rows(), screen.cols());
        screen.sendText(QStringLiteral("clear; echo \"at:$(pwd)\"; ls stdout; echo \"id:$MESOS_TASK_ID\"\r"));
        const auto text = [&] {
            QStringList lines;
            for (int r = 0; r < screen.rows(); ++r)
                lines << screen.lineText(r);
            return lines.join(QLatin1Char('\n'));
        };
        QTRY_VERIFY2_WITH_TIMEOUT(text().contains(QStringLiteral("id:") + m_taskId), qPrintable(text()), 15000);
        QVERIFY2(text().contains(QStringLiteral("at:") + (*sandbox)->directory), qPrintable(text()));
        QVERIFY2(text().contains(QStringLiteral("\nstdout\n")), qPrintable(text()));
    }

    void tasksExecReturnsTheCommandsStatus()
    {
        QStringList args { QStringLiteral("tasks"), QStringLiteral("exec"), m_taskId, QStringLiteral("--master"),
                           masterUrl() };
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

        args = QStringList { QStringLiteral("tasks"), QStringLiteral("exec"), m_taskId, QStringLiteral("--master"),
                             masterUrl() };
        args << sshArgs() << QStringLiteral("--") << QStringLiteral("true");
        QCOMPARE(runCli(args)->exitCode(), 0);
    }

    void tasksExecOnAnUnreachableHostSaysSo()
    {
        QStringList args { QStringLiteral("tasks"), QStringLiteral("exec"), m_taskId, QStringLiteral("--master"),
                           masterUrl(), QStringLiteral("--on"),
                           QStringLiteral("%1:%2").arg(m_hosts.host(0).address).arg(m_hosts.closedPort()) };
        args << sshArgs() << QStringLiteral("--") << QStringLiteral("true");
        QProcess *cli = runCli(args);
        QCOMPARE(cli->exitCode(), 255);
        QVERIFY(!cli->readAllStandardError().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TaskShellLive)
#include "tst_TaskShellLive.moc"
