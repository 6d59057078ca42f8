#include "core/cluster/ServiceControl.h"

#include <QTest>

using namespace mc::cluster;

class TestServiceControlCommands : public QObject
{
    Q_OBJECT

private slots:
    void parsesDetection_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<int>("manager");
        QTest::addColumn<QString>("unit");
        QTest::newRow("systemd") << QByteArray("systemd zookeeper\n") << int(ServiceManager::Systemd)
                                 << QStringLiteral("zookeeper");
        QTest::newRow("sysv") << QByteArray("sysv mesos-slave\n") << int(ServiceManager::SysV)
                              << QStringLiteral("mesos-slave");
        QTest::newRow("docker") << QByteArray("docker marathon\n") << int(ServiceManager::Docker)
                                << QStringLiteral("marathon");
        QTest::newRow("none") << QByteArray("none\n") << int(ServiceManager::None) << QString();
        QTest::newRow("garbage") << QByteArray("") << int(ServiceManager::None) << QString();
    }
    void parsesDetection()
    {
        QFETCH(QByteArray, output);
        QFETCH(int, manager);
        QFETCH(QString, unit);
        const DetectedService d = ServiceControl::parseDetection(output);
        QCOMPARE(int(d.manager), manager);
        QCOMPARE(d.unit, unit);
    }

    void mapsStatusPerManager_data()
    {
        QTest::addColumn<int>("manager");
        QTest::addColumn<int>("exit");
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<int>("status");
        QTest::newRow("systemd active")
            << int(ServiceManager::Systemd) << 0 << QByteArray("active\n") << int(ServiceStatus::Active);
        QTest::newRow("systemd failed")
            << int(ServiceManager::Systemd) << 3 << QByteArray("failed\n") << int(ServiceStatus::Failed);
        QTest::newRow("systemd inactive")
            << int(ServiceManager::Systemd) << 3 << QByteArray("inactive\n") << int(ServiceStatus::Inactive);
        QTest::newRow("lsb running") << int(ServiceManager::SysV) << 0 << QByteArray()
                                     << int(ServiceStatus::Active);
        QTest::newRow("lsb dead with pid file")
            << int(ServiceManager::SysV) << 1 << QByteArray() << int(ServiceStatus::Failed);
        QTest::newRow("lsb stopped") << int(ServiceManager::SysV) << 3 << QByteArray()
                                     << int(ServiceStatus::Inactive);
        QTest::newRow("lsb unknown") << int(ServiceManager::SysV) << 4 << QByteArray()
                                     << int(ServiceStatus::Unknown);
        QTest::newRow("docker running")
            << int(ServiceManager::Docker) << 0 << QByteArray("running\n") << int(ServiceStatus::Active);
        QTest::newRow("docker exited")
            << int(ServiceManager::Docker) << 0 << QByteArray("exited\n") << int(ServiceStatus::Inactive);
    }
    void mapsStatusPerManager()
    {
        QFETCH(int, manager);
        QFETCH(int, exit);
        QFETCH(QByteArray, output);
        QFETCH(int, status);
        QCOMPARE(int(ServiceControl::parseStatus(ServiceManager(manager), exit, output)), status);
    }

    void buildsCommandsPerManager()
    {
        QCOMPARE(ServiceControl::bareActionCommand({ ServiceManager::Systemd, QStringLiteral("zookeeper") },
                                                   ServiceAction::Restart),
                 QStringLiteral("systemctl restart zookeeper"));
        QCOMPARE(ServiceControl::bareActionCommand({ ServiceManager::Systemd, QStringLiteral("zookeeper") },
                                                   ServiceAction::Status),
                 QStringLiteral("systemctl is-active zookeeper"));
        QCOMPARE(ServiceControl::bareActionCommand({ ServiceManager::Docker, QStringLiteral("marathon") },
                                                   ServiceAction::Stop),
                 QStringLiteral("docker stop marathon"));
        QVERIFY(ServiceControl::bareActionCommand({ ServiceManager::SysV, QStringLiteral("haproxy") },
                                                  ServiceAction::Start)
                    .contains(QStringLiteral("service haproxy start")));
        // A unit name from a remote answer is quoted, never run.
        QVERIFY(ServiceControl::bareActionCommand({ ServiceManager::Systemd, QStringLiteral("x;reboot") },
                                                  ServiceAction::Stop)
                    .contains(QStringLiteral("'x;reboot'")));
    }

    void putsSbinOnThePath()
    {
        const QString command = ServiceControl::actionCommand(
            { ServiceManager::SysV, QStringLiteral("zookeeper") }, ServiceAction::Status);
        QVERIFY(command.startsWith(QStringLiteral("PATH=")));
        QVERIFY(command.contains(QStringLiteral("/usr/sbin")));
        QVERIFY(ServiceControl::detectCommand(Service::ZooKeeper).contains(QStringLiteral("/usr/sbin")));
    }

    void knowsServiceNames()
    {
        QCOMPARE(serviceFromName(QStringLiteral("mesos-slave")), Service::MesosAgent);
        QCOMPARE(serviceFromName(QStringLiteral("mesos-agent")), Service::MesosAgent);
        QCOMPARE(serviceFromName(QStringLiteral("zookeeper")), Service::ZooKeeper);
        QVERIFY(!serviceFromName(QStringLiteral("nginx")));
        QCOMPARE(serviceUnitNames(Service::MesosAgent),
                 QStringList({ QStringLiteral("mesos-slave"), QStringLiteral("mesos-agent") }));
    }
};

QTEST_GUILESS_MAIN(TestServiceControlCommands)
#include "tst_ServiceControlCommands.moc"
