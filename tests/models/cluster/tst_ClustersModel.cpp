// The "All clusters" rows: one cluster's line from its snapshot (agents active of total,
// tasks by state, apps waiting or failing, health), kept by key without resets.
#include "models/cluster/ClustersModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

cluster::ClusterSnapshot snapshot()
{
    cluster::ClusterSnapshot s;
    s.mesos.kind = cluster::ConnectionState::Kind::Live;
    s.marathon.kind = cluster::ConnectionState::Kind::Live;
    mesos::MasterInfo leader;
    leader.hostname = u"m1"_s;
    leader.port = 5050;
    s.leader = leader;
    std::vector<mesos::Agent> agents(3);
    agents[1].active = false;
    agents[2].deactivated = true;
    s.agents = std::make_shared<const std::vector<mesos::Agent>>(agents);
    std::vector<mesos::Task> tasks(4);
    tasks[0].state = tasks[1].state = mesos::TaskState::Running;
    tasks[2].state = mesos::TaskState::Staging;
    tasks[3].state = mesos::TaskState::Failed;
    s.tasks = std::make_shared<const mesos::TaskList>(tasks);
    std::vector<marathon::App> apps(4);
    apps[0].instances = apps[0].tasksRunning = 2; // fine
    apps[1].instances = 2; // waiting
    apps[1].tasksRunning = 1;
    apps[2].instances = 1; // failing: short after a failure
    apps[2].lastTaskFailure = marathon::TaskFailure {};
    apps[3].instances = apps[3].tasksRunning = 1; // failing: unhealthy
    apps[3].tasksUnhealthy = 1;
    s.apps = std::make_shared<const mc::SharedList<marathon::App>>(apps);
    return s;
}

} // namespace

class tst_ClustersModel : public QObject
{
    Q_OBJECT

private slots:
    void aSnapshotInOneLine()
    {
        models::ClusterSummary summary;
        summary.read(snapshot());
        QCOMPARE(summary.health, models::ClusterSummary::Health::Live);
        QCOMPARE(summary.leader, u"m1:5050"_s);
        QCOMPARE(summary.agentsActive, 1);
        QCOMPARE(summary.agentsTotal, 3);
        QCOMPARE(summary.appsWaiting, 1);
        QCOMPARE(summary.appsFailing, 2);
        QCOMPARE(models::ClustersModel::tasksText(summary), u"1 staging · 2 running · 1 failed"_s);
    }

    void healthOfTheWorseSource()
    {
        cluster::ClusterSnapshot s = snapshot();
        s.marathon.kind = cluster::ConnectionState::Kind::Stale;
        QCOMPARE(models::ClusterSummary::healthOf(s), models::ClusterSummary::Health::Stale);
        s.mesos.kind = cluster::ConnectionState::Kind::Error;
        QCOMPARE(models::ClusterSummary::healthOf(s), models::ClusterSummary::Health::Failing);
        s.mesos.kind = cluster::ConnectionState::Kind::Disconnected; // Marathon only
        s.marathon.kind = cluster::ConnectionState::Kind::Live;
        QCOMPARE(models::ClusterSummary::healthOf(s), models::ClusterSummary::Health::Live);
    }

    void rowsByKeyWithoutResets()
    {
        models::ClustersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        models::ClusterSummary a;
        a.key = u"a"_s;
        a.name = u"production"_s;
        a.mode = audit::ClusterMode::Protected;
        a.read(snapshot());
        models::ClusterSummary b;
        b.key = u"b"_s;
        b.name = u"staging"_s;
        model.setSummary(a);
        model.setSummary(b);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, models::ClustersModel::Agents).data().toString(), u"1 / 3"_s);
        QCOMPARE(model.index(0, models::ClustersModel::State).data().toString(), u"live, protected"_s);
        QCOMPARE(model.index(0, models::ClustersModel::Apps).data().toString(), u"2 failing · 1 waiting"_s);
        QCOMPARE(model.index(1, models::ClustersModel::Leader).data().toString(), u"none"_s);
        model.setSummary(a); // unchanged: nothing said
        QCOMPARE(changed.size(), 0);
        b.lastError = u"connection refused"_s;
        model.setSummary(b);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(1, models::ClustersModel::LastError).data().toString(), u"connection refused"_s);
        model.removeKey(u"a"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(u"b"_s), 0);
        QCOMPARE(resets.size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ClustersModel)
#include "tst_ClustersModel.moc"
