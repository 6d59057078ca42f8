// The console opened on a workspace whose profile says "reach the cluster
// through an SSH jump host": the cluster (only reachable inside the jump host's
// network namespace) is watched through it and the status bar says which path
// the connections take; a jump host whose key is not known is a visible error.
#include "app/gui/Composition.h"
#include "core/inventory/Workspace.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/SshTestHosts.h"
#include "tests/support/TestPaths.h"
#include "widgets/mainwindow/MainWindow.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace mc;

class tst_TunnelGui : public QObject
{
    Q_OBJECT

private:
    test::SshTestHosts m_hosts;
    QJsonObject m_endpoints;
    QTemporaryDir m_home;

    bool startClusterInHost(QString *error)
    {
        return test::startLocalClusterInHost(m_hosts, 0,
                                             { QStringLiteral("--address"), QStringLiteral("127.0.0.1"),
                                               QStringLiteral("--base-port"), QStringLiteral("0"),
                                               QStringLiteral("--masters"), QStringLiteral("1"),
                                               QStringLiteral("--agents"), QStringLiteral("1") },
                                             &m_endpoints, error);
    }

    // A workspace with the test host as an inventory host and jump host.
    QString writeWorkspace(const QString &knownHosts)
    {
        const test::SshTestHosts::Host &h = m_hosts.host(0);
        const QString text
            = QStringLiteral(R"(mesos_console_workspace: 1
profile:
  name: tunnelled
  ssh: {user: %1, key: "%2"}
  mesos_url: "%3"
  marathon_url: "%4"
  jump_host: {via: host, host: %5, known_hosts: "%6"}
inventory:
  all:
    children:
      masters:
        hosts:
          %5: {ansible_host: %7, ansible_port: %8, zoo_id: 1}
)")
                  .arg(m_hosts.user(), m_hosts.keyPath(),
                       m_endpoints.value(QLatin1String("masterUrls")).toArray().at(0).toString(),
                       m_endpoints.value(QLatin1String("marathon")).toString(), h.name, knownHosts, h.address)
                  .arg(h.port);
        QString path = m_hosts.newFilePath(QStringLiteral("tunnelled.mcw.yaml"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(text.toUtf8());
        return path;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_hosts.start(1, &error), qPrintable(error));
        if (!m_hosts.isolated())
            QSKIP("needs network namespaces (root): localcluster must be unreachable directly");
        QVERIFY2(startClusterInHost(&error), qPrintable(error));
        // Other views (Services) SSH to the inventory hosts with ~/.ssh/known_hosts and would ask
        // about an unknown key in a dialog: a home of our own where the test hosts are known.
        QVERIFY(m_home.isValid());
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral(".ssh")));
        QVERIFY(QFile::copy(m_hosts.knownHostsPath(), m_home.filePath(QStringLiteral(".ssh/known_hosts"))));
        qputenv("HOME", QFile::encodeName(m_home.path()));
    }

    void cleanupTestCase() { m_hosts.stop(); }

    void consoleWatchesThroughTheJumpHostShowsItsLossAndRecovers()
    {
        const QString path = writeWorkspace(m_hosts.knownHostsPath());
        QVERIFY(!path.isEmpty());
        widgets::MainWindow window;
        app::StartOptions options;
        options.workspacePath = path;
        new app::Composition(&window, options); // owned by the window, like in main()
        window.show();
        auto *route = window.findChild<QLabel *>(QStringLiteral("connectionRoute"));
        QVERIFY(route);
        const QString via = QStringLiteral("via SSH %1@%2:%3")
                                .arg(m_hosts.user(), m_hosts.host(0).address)
                                .arg(m_hosts.host(0).port);
        QVERIFY2(route->text().contains(via), qPrintable(route->text()));
        QCOMPARE(route->accessibleName(), QStringLiteral("Connection path"));
        // The watcher's line: live through the tunnel, with the path.
        QTRY_VERIFY2_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QLatin1String("Mesos live")),
                                  qPrintable(window.statusBar()->currentMessage()), 15000);
        QTRY_VERIFY2_WITH_TIMEOUT(
            window.statusBar()->currentMessage().contains(QLatin1String("Marathon live")),
            qPrintable(window.statusBar()->currentMessage()), 15000);
        QVERIFY2(window.statusBar()->currentMessage().contains(via),
                 qPrintable(window.statusBar()->currentMessage()));

        // The jump host's sshd dies: the path label turns into an error naming it; it comes back by itself.
        QVERIFY(m_hosts.killSshd(0));
        QTRY_VERIFY2_WITH_TIMEOUT(route->text().contains(QLatin1String("unreachable")),
                                  qPrintable(route->text()), 15000);
        QVERIFY2(route->toolTip().contains(m_hosts.host(0).name), qPrintable(route->toolTip()));
        QTRY_VERIFY2_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QLatin1String("Mesos error"))
                                      && window.statusBar()->currentMessage().contains(m_hosts.host(0).name),
                                  qPrintable(window.statusBar()->currentMessage()), 15000);
        QString error;
        QVERIFY2(m_hosts.startSshd(0, &error), qPrintable(error));
        QTRY_VERIFY2_WITH_TIMEOUT(!route->text().contains(QLatin1String("unreachable")),
                                  qPrintable(route->text()), 15000);
        QTRY_VERIFY2_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QLatin1String("Mesos live")),
                                  qPrintable(window.statusBar()->currentMessage()), 15000);

        if (const QString shot = qEnvironmentVariable("MC_TUNNEL_SCREENSHOT"); !shot.isEmpty()) {
            window.resize(1280, 800);
            window.showPage(QStringLiteral("cluster"));
            QTest::qWait(1500);
            window.grab().save(shot);
        }
    }

    void unknownJumpHostKeyIsAVisibleErrorNeverAccepted()
    {
        const QString path = writeWorkspace(m_hosts.newFilePath(QStringLiteral("empty_known_hosts")));
        widgets::MainWindow window;
        app::StartOptions options;
        options.workspacePath = path;
        new app::Composition(&window, options); // owned by the window, like in main()
        window.show();
        auto *route = window.findChild<QLabel *>(QStringLiteral("connectionRoute"));
        QVERIFY(route);
        QTRY_VERIFY2_WITH_TIMEOUT(route->text().contains(QLatin1String("unreachable")),
                                  qPrintable(route->text()), 15000);
        QVERIFY2(route->toolTip().contains(m_hosts.host(0).name), qPrintable(route->toolTip()));
        QTRY_VERIFY2_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(m_hosts.host(0).name),
                                  qPrintable(window.statusBar()->currentMessage()), 15000);
        QVERIFY(!window.statusBar()->currentMessage().contains(QLatin1String("Mesos live")));
        qInfo("unknown key: %s", qPrintable(route->toolTip()));
    }
};

QTEST_MAIN(tst_TunnelGui)
#include "tst_TunnelGui.moc"
