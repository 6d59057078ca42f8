// Port forwarding over SSH (SshSocksProxy::setForward, `mesos-console-cli
// forward`) against real sshd test hosts and a localcluster task inside one of
// them: HTTP through the forward reaches the task's server (the CLI finds it
// through the master and goes through the agent's host); two clients of one
// forward at once; the counters; Stop frees the port; through one host to
// another host's port (the jump case); a target the SSH host cannot reach;
// a forward whose task Marathon replaces follows it (GUI and --follow) or
// stops and says so; the GUI forward goes through the workspace's jump host.

#include "app/gui/TerminalController.h"
#include "core/mesos/MesosParser.h"
#include "core/mesos/Task.h"
#include "core/ssh/JumpRoute.h"
#include "core/ssh/SshSocksProxy.h"
#include "core/terminal/TaskForward.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/SshTestHosts.h"
#include "tests/support/TestPaths.h"
#include "widgets/terminal/ForwardDialog.h"
#include "widgets/terminal/ForwardsView.h"
#include "widgets/terminal/TerminalPage.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <unistd.h>

using namespace mc;
using mc::test::SshTestHosts;

class tst_PortForward : public QObject
{
    Q_OBJECT

    SshTestHosts m_hosts;
    QJsonObject m_endpoints;
    QString m_taskId;
    quint16 m_taskPort = 0;
    mesos::Task m_task;

    [[nodiscard]] QString masterUrl() const
    {
        return m_endpoints.value(QLatin1String("masterUrls")).toArray().at(0).toString();
    }

    // One HTTP/1.0 exchange on an open socket: the whole answer.
    static QByteArray exchange(QTcpSocket &socket)
    {
        socket.write("GET / HTTP/1.0\r\nHost: x\r\n\r\n");
        QByteArray answer;
        for (int i = 0; i < 200 && socket.state() != QAbstractSocket::UnconnectedState; ++i) {
            socket.waitForReadyRead(50);
            answer += socket.readAll();
        }
        return answer + socket.readAll();
    }

    // The running task of /web (after a kill: Marathon's replacement) and its first host port.
    bool findRunningTask(const QString &notId = {})
    {
        const auto tasks = test::httpGet(masterUrl() + QStringLiteral("/master/tasks"));
        const QJsonArray taskList = tasks.json().object().value(QLatin1String("tasks")).toArray();
        for (const QJsonValue &t : taskList) {
            const QJsonObject task = t.toObject();
            const QString id = task.value(QLatin1String("id")).toString();
            if (task.value(QLatin1String("state")).toString() != u"TASK_RUNNING" || id == notId)
                continue;
            m_taskId = id;
            const QString ports
                = task.value(QLatin1String("resources")).toObject().value(QLatin1String("ports")).toString();
            m_taskPort = quint16(ports.mid(1).section(u'-', 0, 0).toUInt());
            m_task = mesos::Task {};
            m_task.id = id;
            m_task.name = task.value(QLatin1String("name")).toString();
            m_task.frameworkId = task.value(QLatin1String("framework_id")).toString();
            m_task.resources.ports = ports;
            return m_taskPort != 0;
        }
        return false;
    }

    // The cluster's tasks as the console sees them: the leader's /master/state.
    terminal::TaskPlacesSource masterPlaces() const
    {
        return [url = masterUrl()](QObject *, std::function<void(Result<QList<terminal::TaskPlace>>)> done) {
            auto state
                = mesos::MesosParser::parseState(test::httpGet(url + QStringLiteral("/master/state")).body);
            if (!state)
                return done(state.error());
            done(terminal::taskPlaces(state->tasks, state->agents));
        };
    }

    // 127.0.0.1:PORT can be listened on again (the forward let it go).
    static bool portIsFree(const QString &local)
    {
        QTcpServer again;
        const bool free = again.listen(QHostAddress::LocalHost, quint16(local.section(u':', 1).toUInt()));
        if (!free)
            qWarning() << again.errorString();
        return free;
    }

    // `mesos-console-cli forward TASKID ARGS…` through the task's agent host.
    void startCliForward(QProcess &cli, const QStringList &args) const
    {
        cli.start(test::executablePath(QStringLiteral("mesos-console-cli")),
                  QStringList { QStringLiteral("forward"), m_taskId } + args
                      + QStringList { QStringLiteral("--master"), masterUrl(), QStringLiteral("-u"),
                                      m_hosts.user(), QStringLiteral("-i"), m_hosts.keyPath(),
                                      QStringLiteral("--known-hosts"), m_hosts.knownHostsPath(),
                                      QStringLiteral("--ssh-config"), QStringLiteral("none") });
    }

    // Kills the task through Marathon without scaling: Marathon replaces it.
    void killThroughMarathon(const QString &taskId)
    {
        const auto killed = test::httpRequest("POST",
                                              m_endpoints.value(QLatin1String("marathon")).toString()
                                                  + QStringLiteral("/v2/tasks/delete"),
                                              QStringLiteral(R"({"ids":["%1"]})").arg(taskId).toUtf8(),
                                              { { "Content-Type", "application/json" } });
        QVERIFY2(killed.status == 200, killed.body.constData());
    }

    // Forward Port's dialog, as a user answers it: follow or not, then Forward.
    static void acceptForwardDialog(QWidget *page, bool follow)
    {
        auto *dialog = page->findChild<widgets::ForwardDialog *>(QStringLiteral("forwardDialog"));
        QVERIFY(dialog && dialog->isVisible());
        auto *followBox = dialog->findChild<QCheckBox *>(QStringLiteral("forwardFollow"));
        QVERIFY(followBox && (followBox->isEnabled() || !follow));
        if (follow)
            QTest::mouseClick(followBox, Qt::LeftButton, {}, QPoint(4, followBox->height() / 2));
        QCOMPARE(followBox->isChecked(), follow);
        if (!qEnvironmentVariableIsEmpty("MC_SCREENSHOT_DIR"))
            dialog->grab().save(qEnvironmentVariable("MC_SCREENSHOT_DIR")
                                + QStringLiteral("/terminal-forward-dialog.png"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("forwardStart")), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_hosts.start(2, &error), qPrintable(error));
        if (!m_hosts.isolated())
            QSKIP("needs network namespaces (root): localcluster must run inside a test host");
        QVERIFY2(test::startLocalClusterInHost(m_hosts, 0,
                                               { QStringLiteral("--address"), m_hosts.host(0).address,
                                                 QStringLiteral("--base-port"), QStringLiteral("0") },
                                               &m_endpoints, &error),
                 qPrintable(error));
        const QString app
            = QStringLiteral(R"({"id":"/web","cmd":"exec %1 --serve-http $PORT0 --task-id $MESOS_TASK_ID",)"
                             R"("cpus":0.1,"mem":32,"instances":1,"portDefinitions":[{"port":0}]})")
                  .arg(test::executablePath(QStringLiteral("localcluster")));
        const auto created = test::httpRequest(
            "POST", m_endpoints.value(QLatin1String("marathon")).toString() + QStringLiteral("/v2/apps"),
            app.toUtf8(), { { "Content-Type", "application/json" } });
        QVERIFY2(created.status == 201, created.body.constData());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto tasks = test::httpGet(masterUrl() + QStringLiteral("/master/tasks"));
                const QJsonArray taskList = tasks.json().object().value(QLatin1String("tasks")).toArray();
                for (const QJsonValue &t : taskList) {
                    const QJsonObject task = t.toObject();
                    if (task.value(QLatin1String("state")).toString() != u"TASK_RUNNING")
                        continue;
                    m_taskId = task.value(QLatin1String("id")).toString();
                    const QString ports = task.value(QLatin1String("resources"))
                                              .toObject()
                                              .value(QLatin1String("ports"))
                                              .toString();
                    m_taskPort = quint16(ports.mid(1).section(u'-', 0, 0).toUInt());
                }
                return !m_taskId.isEmpty() && m_taskPort != 0;
            }(),
            20000);
        // The server answers (directly, from the test process) before anything goes through SSH.
        QTRY_VERIFY_WITH_TIMEOUT(
            test::httpGet(QStringLiteral("http://%1:%2/").arg(m_hosts.host(0).address).arg(m_taskPort))
                .body.startsWith(m_taskId.toUtf8()),
            15000);
    }

    void cleanupTestCase() { m_hosts.stop(); }

    void init() { QTRY_VERIFY_WITH_TIMEOUT(findRunningTask(), 20000); }

    void twoClientsAtOnceAndStopFreesThePort()
    {
        ssh::SshSocksProxy forward(m_hosts.hostSpec(0), m_hosts.sessionOptions());
        forward.setForward(QStringLiteral("127.0.0.1"), m_taskPort); // the host's own loopback
        QVERIFY2(forward.start(true).ok(), qPrintable(forward.problem()));
        const quint16 port = forward.port();
        QVERIFY(port != 0);
        QTcpSocket a;
        QTcpSocket b;
        a.connectToHost(QStringLiteral("127.0.0.1"), port);
        b.connectToHost(QStringLiteral("127.0.0.1"), port);
        QVERIFY(a.waitForConnected(5000) && b.waitForConnected(5000));
        QTRY_COMPARE_WITH_TIMEOUT(forward.traffic().openConnections, 2, 10000);
        const QByteArray second = exchange(b);
        const QByteArray first = exchange(a);
        QVERIFY2(first.startsWith("HTTP/1.") && first.contains(m_taskId.toUtf8()), first.constData());
        QVERIFY2(second.startsWith("HTTP/1.") && second.contains(m_taskId.toUtf8()), second.constData());
        QTRY_COMPARE_WITH_TIMEOUT(forward.traffic().openConnections, 0, 10000);
        QVERIFY(forward.traffic().bytesToTarget
                >= 2 * qint64(sizeof("GET / HTTP/1.0\r\nHost: x\r\n\r\n") - 1));
        QVERIFY(forward.traffic().bytesFromTarget > 2 * m_taskId.size());

        forward.stop();
        QTcpServer again;
        QVERIFY2(again.listen(QHostAddress::LocalHost, port), qPrintable(again.errorString()));
    }

    void throughOneHostToAnothersPort()
    {
        // Host 1's sshd, reached through host 0: its banner comes back.
        ssh::SshSocksProxy forward(m_hosts.hostSpec(0), m_hosts.sessionOptions());
        forward.setForward(m_hosts.host(1).address, 22);
        QVERIFY(forward.start(true).ok());
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), forward.port());
        QVERIFY(s.waitForConnected(5000));
        QTRY_VERIFY_WITH_TIMEOUT(s.waitForReadyRead(100) || s.bytesAvailable() > 0, 10000);
        QVERIFY(s.readAll().startsWith("SSH-2.0-"));
    }

    // 127.0.0.1 is open to every user of the machine: another user's connection is refused
    // before anything goes through SSH (a real client run as nobody), and said.
    void anotherUsersConnectionIsRefused()
    {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (::getuid() != 0 || setpriv.isEmpty())
            QSKIP("needs root and setpriv to connect as another user");
        ssh::SshSocksProxy forward(m_hosts.hostSpec(0), m_hosts.sessionOptions());
        forward.setForward(m_hosts.host(1).address, 22); // an sshd: its banner comes at once when let through
        QVERIFY(forward.start(true).ok());
        QSignalSpy refused(&forward, &ssh::SshSocksProxy::refused);
        // The first 7 bytes a client reads through the forward, run as this user or as `asUser`.
        const auto readAs = [&](const QStringList &asUser) {
            const QString script = QStringLiteral("exec 3<>/dev/tcp/127.0.0.1/%1 && timeout 10 head -c 7 <&3")
                                       .arg(forward.port());
            QProcess client;
            if (asUser.isEmpty())
                client.start(QStringLiteral("bash"), { QStringLiteral("-c"), script });
            else
                client.start(setpriv, asUser + QStringList { QStringLiteral("bash"), QStringLiteral("-c"), script });
            client.waitForFinished(20000);
            return client.readAllStandardOutput();
        };
        QCOMPARE(readAs({}), QByteArray("SSH-2.0"));
        QCOMPARE(readAs({ QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                          QStringLiteral("--clear-groups"), QStringLiteral("--") }),
                 QByteArray());
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 5000);
        QVERIFY(refused.first().first().toString().contains(QStringLiteral("uid 65534")));
    }

    void aTargetTheHostCannotReachClosesTheClientAndSaysWhy()
    {
        ssh::SshSocksProxy forward(m_hosts.hostSpec(0), m_hosts.sessionOptions());
        forward.setForward(QStringLiteral("127.0.0.1"), m_hosts.closedPort());
        QVERIFY(forward.start(true).ok());
        QSignalSpy errors(&forward, &ssh::SshSocksProxy::error);
        QTcpSocket s;
        s.connectToHost(QStringLiteral("127.0.0.1"), forward.port());
        QVERIFY(s.waitForConnected(5000));
        QTRY_VERIFY_WITH_TIMEOUT(s.state() == QAbstractSocket::UnconnectedState, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 5000);
        QVERIFY(errors.first().first().toString().contains(QStringLiteral("could not connect")));
    }

    // Forward Port on the Tasks page (TerminalController::forwardTask): a row under the
    // terminals with the local address and counters; HTTP goes through; Stop frees the port.
    void forwardsListShowsAndStops()
    {
        app::TerminalController controller;
        controller.setHostsSource([this] { return QList<ssh::HostSpec> { m_hosts.hostSpec(0) }; });
        controller.setSessionOptionsSource([this] { return m_hosts.sessionOptions(); });
        widgets::TerminalPage *page = controller.page();
        page->resize(900, 500);
        page->show();
        mesos::Task task;
        task.id = m_taskId;
        task.resources.ports = QStringLiteral("[%1-%1]").arg(m_taskPort);
        controller.forwardTask(task, m_hosts.host(0).address);
        acceptForwardDialog(page, false);
        widgets::ForwardsView *forwards = page->forwards();
        QCOMPARE(forwards->count(), 1);
        QVERIFY(forwards->isVisible());
        const QString local = forwards->table()->item(0, 1)->text();
        QVERIFY2(local.startsWith(QStringLiteral("127.0.0.1:")), qPrintable(local));
        const auto answer = test::httpGet(QStringLiteral("http://%1/").arg(local));
        QCOMPARE(answer.body, m_taskId.toUtf8() + '\n');
        QTRY_VERIFY_WITH_TIMEOUT(forwards->table()->item(0, 4)->text() != QStringLiteral("0"), 5000);
        if (!qEnvironmentVariableIsEmpty("MC_SCREENSHOT_DIR"))
            page->grab().save(qEnvironmentVariable("MC_SCREENSHOT_DIR")
                              + QStringLiteral("/terminal-forwards.png"));
        auto *stop = forwards->table()->cellWidget(0, 5)->findChild<QPushButton *>(
            QStringLiteral("forwardStopButton"));
        QVERIFY(stop);
        QTest::mouseClick(stop, Qt::LeftButton);
        QCOMPARE(forwards->count(), 0);
        QVERIFY(!forwards->isVisible());
        QVERIFY(portIsFree(local));
    }

    void cliForwardsToATaskThroughItsAgentsHost()
    {
        QProcess cli;
        startCliForward(cli, {});
        QVERIFY(cli.waitForStarted());
        QTRY_VERIFY2_WITH_TIMEOUT(cli.canReadLine() || cli.state() != QProcess::Running,
                                  cli.readAllStandardError().constData(), 15000);
        const QByteArray first = cli.readLine().trimmed();
        QVERIFY2(first.startsWith("127.0.0.1:"), QByteArray(first + cli.readAllStandardError()).constData());
        const auto answer = test::httpGet(QStringLiteral("http://%1/").arg(QString::fromLatin1(first)));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.body, m_taskId.toUtf8() + '\n');
        cli.terminate();
        QVERIFY(cli.waitForFinished(5000));
    }

    // Forward Port with "Follow the app's replacement task": the task is killed, Marathon
    // replaces it, and HTTP through the same local port reaches the new task.
    void followingForwardReachesTheReplacementTask()
    {
        app::TerminalController controller;
        controller.setHostsSource([this] { return QList<ssh::HostSpec> { m_hosts.hostSpec(0) }; });
        controller.setSessionOptionsSource([this] { return m_hosts.sessionOptions(); });
        controller.setTaskPlacesSource(masterPlaces());
        widgets::TerminalPage *page = controller.page();
        page->resize(900, 500);
        page->show();
        controller.forwardTask(m_task, m_hosts.host(0).address);
        acceptForwardDialog(page, true);
        widgets::ForwardsView *forwards = page->forwards();
        QCOMPARE(forwards->count(), 1);
        const QString local = forwards->table()->item(0, 1)->text();
        QCOMPARE(test::httpGet(QStringLiteral("http://%1/").arg(local)).body, m_taskId.toUtf8() + '\n');
        const QString first = m_taskId;
        killThroughMarathon(first);
        QTRY_VERIFY_WITH_TIMEOUT(findRunningTask(first), 30000);
        QVERIFY(m_taskId != first);
        QTRY_VERIFY2_WITH_TIMEOUT(forwards->table()->item(0, 0)->text().contains(m_taskId),
                                  qPrintable(forwards->table()->item(0, 0)->text()), 20000);
        QCOMPARE(forwards->table()->item(0, 1)->text(), local);
        QTRY_COMPARE_WITH_TIMEOUT(test::httpGet(QStringLiteral("http://%1/").arg(local)).body,
                                  m_taskId.toUtf8() + '\n', 10000);
        if (!qEnvironmentVariableIsEmpty("MC_SCREENSHOT_DIR"))
            page->grab().save(qEnvironmentVariable("MC_SCREENSHOT_DIR")
                              + QStringLiteral("/terminal-forward-followed.png"));
    }

    // Without following, the forward stops when its task ends, says so, and frees the port.
    void forwardWhoseTaskEndsStopsAndSaysSo()
    {
        app::TerminalController controller;
        controller.setHostsSource([this] { return QList<ssh::HostSpec> { m_hosts.hostSpec(0) }; });
        controller.setSessionOptionsSource([this] { return m_hosts.sessionOptions(); });
        controller.setTaskPlacesSource(masterPlaces());
        widgets::TerminalPage *page = controller.page();
        page->show();
        controller.forwardTask(m_task, m_hosts.host(0).address);
        acceptForwardDialog(page, false);
        widgets::ForwardsView *forwards = page->forwards();
        const QString local = forwards->table()->item(0, 1)->text();
        killThroughMarathon(m_taskId);
        QTRY_VERIFY2_WITH_TIMEOUT(forwards->table()->item(0, 0)->text().contains(QStringLiteral("stopped")),
                                  qPrintable(forwards->table()->item(0, 0)->text()), 20000);
        QVERIFY(forwards->table()->item(0, 0)->text().contains(m_taskId));
        QVERIFY(portIsFree(local));
    }

    // forward TASKID --follow: the same, from the command line.
    void cliFollowsTheReplacementTask()
    {
        QProcess cli;
        startCliForward(cli, { QStringLiteral("--follow") });
        QVERIFY(cli.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(cli.canReadLine() || cli.state() != QProcess::Running, 15000);
        const QString local = QString::fromLatin1(cli.readLine().trimmed());
        QVERIFY2(local.startsWith(QStringLiteral("127.0.0.1:")),
                 qPrintable(local + QString::fromUtf8(cli.readAllStandardError())));
        QCOMPARE(test::httpGet(QStringLiteral("http://%1/").arg(local)).body, m_taskId.toUtf8() + '\n');
        const QString first = m_taskId;
        killThroughMarathon(first);
        QTRY_VERIFY_WITH_TIMEOUT(findRunningTask(first), 30000);
        // Said on stderr (the replacement may well get the same host port: the message says it moved).
        QByteArray said;
        const QByteArray moved = QByteArray("following the app: now to ") + m_taskId.toUtf8();
        QTRY_VERIFY2_WITH_TIMEOUT((said += cli.readAllStandardError()).contains(moved), said.constData(),
                                  20000);
        QTRY_COMPARE_WITH_TIMEOUT(test::httpGet(QStringLiteral("http://%1/").arg(local)).body,
                                  m_taskId.toUtf8() + '\n', 20000);
        QVERIFY(cli.state() == QProcess::Running);
        cli.terminate();
        QVERIFY(cli.waitForFinished(5000));
    }

    // With a jump host in the workspace the GUI forward goes through it: host 0's sshd is
    // down (its task still serves), host 1 is the jump host.
    void guiForwardGoesThroughTheJumpHost()
    {
        QVERIFY(m_hosts.killSshd(0));
        app::TerminalController controller;
        controller.setHostsSource([this] { return QList<ssh::HostSpec> { m_hosts.hostSpec(0) }; });
        controller.setSessionOptionsSource([this] { return m_hosts.sessionOptions(); });
        controller.setJumpRouteSource([this] {
            return std::optional<ssh::JumpRoute>(
                ssh::JumpRoute { m_hosts.hostSpec(1), m_hosts.sessionOptions() });
        });
        widgets::TerminalPage *page = controller.page();
        page->show();
        controller.forwardTask(m_task, m_hosts.host(0).address);
        acceptForwardDialog(page, false);
        widgets::ForwardsView *forwards = page->forwards();
        QCOMPARE(forwards->count(), 1);
        QVERIFY2(forwards->table()->item(0, 0)->toolTip().contains(m_hosts.host(1).address),
                 qPrintable(forwards->table()->item(0, 0)->toolTip()));
        const QString local = forwards->table()->item(0, 1)->text();
        const auto answer = test::httpGet(QStringLiteral("http://%1/").arg(local));
        QString error;
        QVERIFY2(m_hosts.startSshd(0, &error), qPrintable(error));
        QCOMPARE(answer.body, m_taskId.toUtf8() + '\n');
    }
};

QTEST_MAIN(tst_PortForward)
#include "tst_PortForward.moc"
