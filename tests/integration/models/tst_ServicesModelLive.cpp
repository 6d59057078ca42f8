#include "core/cluster/ServiceControl.h"
#include "core/cluster/ServiceStatusWatcher.h"
#include "core/ssh/SshPool.h"
#include "models/services/ServicesModel.h"
#include "tests/support/SshTestHosts.h"
#include "tests/support/ZooKeeperTestService.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QTest>

using namespace mc::cluster;
using namespace mc::ssh;
using mc::models::ServicesModel;
using mc::test::SshTestHosts;

// The Services model fed by the live status watcher over SSH, while a real
// ZooKeeper inside a test host is stopped, started and restarted.
class TestServicesModelLive : public QObject
{
    Q_OBJECT

    SshTestHosts m_hosts;

    HostSpec spec(int i) const
    {
        HostSpec s;
        s.name = m_hosts.host(i).name;
        s.address = m_hosts.host(i).address;
        s.port = m_hosts.host(i).port;
        s.user = m_hosts.user();
        s.keyPath = m_hosts.keyPath();
        s.becomePassword = m_hosts.password();
        return s;
    }
    SessionOptions options() const
    {
        SessionOptions o;
        o.knownHostsPath = m_hosts.knownHostsPath();
        o.sshConfigPath = QStringLiteral("none");
        o.connectTimeoutMs = 3000;
        return o;
    }
    void control(ServiceAction action)
    {
        SshPool pool(options());
        QVERIFY(ServiceControl::run(pool, { spec(0) }, Service::ZooKeeper, action, {}).ok());
        QVERIFY(pool.waitForFinished(60000));
        QVERIFY2(pool.results().at(0).state == HostState::Changed, qPrintable(pool.results().at(0).reason));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_hosts.start(2, &error), qPrintable(error));
        if (!m_hosts.isolated())
            QSKIP("needs namespace hosts (root)");
        QVERIFY2(mc::test::installZooKeeperService(m_hosts, 0, &error), qPrintable(error));
    }
    void cleanupTestCase() { m_hosts.stop(); }

    void zooKeeperRestartShowsDownThenUp()
    {
        ServicesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Service> services { Service::ZooKeeper, Service::Marathon };
        model.setServices(services);
        model.setHosts({ m_hosts.host(0).name, m_hosts.host(1).name });

        ServiceStatusWatcher watcher(options());
        watcher.setHosts({ spec(0), spec(1) });
        watcher.setServices(services);
        watcher.setInterval(150);
        QList<ServiceStatus> seen;
        connect(&watcher, &ServiceStatusWatcher::statusChanged, &model, &ServicesModel::setStatus);
        const QString zkHost = m_hosts.host(0).name;
        connect(&model, &ServicesModel::dataChanged, this, [&](const QModelIndex &from) {
            if (from == model.indexFor(zkHost, Service::ZooKeeper))
                seen.append(ServiceStatus(from.data(ServicesModel::StatusRole).toInt()));
        });
        watcher.start();

        QTRY_COMPARE_WITH_TIMEOUT(model.status(zkHost, Service::ZooKeeper), ServiceStatus::Inactive, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(model.status(m_hosts.host(1).name, Service::ZooKeeper),
                                  ServiceStatus::Absent, 15000);
        QCOMPARE(model.status(zkHost, Service::Marathon), ServiceStatus::Absent);

        control(ServiceAction::Start);
        QTRY_COMPARE_WITH_TIMEOUT(model.status(zkHost, Service::ZooKeeper), ServiceStatus::Active, 15000);

        // Restart: the model sees it down (inactive or not answering yet), then up.
        seen.clear();
        control(ServiceAction::Restart);
        QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty() && seen.last() == ServiceStatus::Active, 20000);
        const bool sawDown = seen.contains(ServiceStatus::Inactive) || seen.contains(ServiceStatus::Starting)
            || seen.contains(ServiceStatus::Failed);
        QStringList names;
        for (ServiceStatus s : std::as_const(seen))
            names << statusName(s);
        qInfo("zookeeper cell during restart: %s", qPrintable(names.join(QStringLiteral(" -> "))));
        QVERIFY2(sawDown, qPrintable(names.join(QStringLiteral(" -> "))));
        watcher.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!watcher.isRefreshing(), 10000);
    }

    void supersededCellIsNotReportedByTheRoundInFlight()
    {
        const QList<Service> services { Service::ZooKeeper, Service::Marathon };
        ServiceStatusWatcher watcher(options());
        watcher.setHosts({ spec(0), spec(1) });
        watcher.setServices(services);
        QSet<QPair<QString, int>> reported;
        connect(&watcher, &ServiceStatusWatcher::statusChanged, this,
                [&](const QString &host, Service service) {
                    reported.insert({ host, int(service) });
                });
        int rounds = 0;
        connect(&watcher, &ServiceStatusWatcher::refreshFinished, this, [&] { ++rounds; });
        const QString zkHost = m_hosts.host(0).name;

        // Results arrive queued: the round is in flight until the event loop runs.
        watcher.refresh();
        QVERIFY(watcher.isRefreshing());
        watcher.supersede(zkHost, Service::ZooKeeper);
        QTRY_COMPARE_WITH_TIMEOUT(rounds, 1, 15000);
        QVERIFY(!reported.contains({ zkHost, int(Service::ZooKeeper) }));
        QVERIFY(reported.contains({ zkHost, int(Service::Marathon) }));
        QVERIFY(reported.contains({ m_hosts.host(1).name, int(Service::ZooKeeper) }));

        // The next round reports the cell again; superseding with no round in flight drops nothing.
        reported.clear();
        watcher.supersede(zkHost, Service::ZooKeeper);
        watcher.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(rounds, 2, 15000);
        QVERIFY(reported.contains({ zkHost, int(Service::ZooKeeper) }));
        QCOMPARE(reported.size(), 4);
    }

    void hostThatStopsAnsweringIsReportedThenBack()
    {
        ServiceStatusWatcher watcher(options());
        watcher.setHosts({ spec(1) });
        watcher.setServices({ Service::ZooKeeper });
        watcher.setInterval(150);
        QList<QPair<bool, QString>> changes;
        connect(&watcher, &ServiceStatusWatcher::hostReachabilityChanged, this,
                [&](const QString &host, bool reachable, const QString &reason) {
                    QCOMPARE(host, m_hosts.host(1).name);
                    changes.append({ reachable, reason });
                });
        int rounds = 0;
        connect(&watcher, &ServiceStatusWatcher::refreshFinished, this, [&] { ++rounds; });
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(rounds >= 2, 15000);
        QVERIFY(changes.isEmpty()); // answering from the start: nothing to say
        m_hosts.killHost(1);
        QTRY_VERIFY_WITH_TIMEOUT(!changes.isEmpty(), 15000);
        QCOMPARE(changes.first().first, false);
        QVERIFY(!changes.first().second.isEmpty());
        QVERIFY2(m_hosts.startSshd(1), "sshd does not start again");
        QTRY_VERIFY_WITH_TIMEOUT(changes.size() >= 2, 20000);
        QCOMPARE(changes.at(1).first, true);
        qInfo("host %s: %s", qPrintable(m_hosts.host(1).name), qPrintable(changes.first().second));
        watcher.stop();
        QTRY_VERIFY_WITH_TIMEOUT(!watcher.isRefreshing(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestServicesModelLive)
#include "tst_ServicesModelLive.moc"
