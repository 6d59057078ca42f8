// The live views against localcluster (real HTTP, real task processes,
// several masters): views fill, a launched task shows up within one update,
// a killed leader is replaced on screen, broken answers keep the last good
// data, a dropped event stream is followed by a full resync.
#include "core/cluster/ClusterWatcher.h"
#include "models/cluster/ClusterModels.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/ClusterOverview.h"
#include "widgets/cluster/ClusterPage.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/cluster/TasksPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QTableView>
#include <QTest>

using namespace mc;
using cluster::ClusterSnapshot;
using cluster::ConnectionState;

namespace {
constexpr int kPollMs = 400;

bool waitFor(const std::function<bool()> &condition, int timeoutMs = 15000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (condition())
            return true;
        QTest::qWait(20);
    }
    return condition();
}

bool hasTask(const models::TasksModel *model, const QString &id)
{
    return model->rowOf(id) >= 0;
}
} // namespace

class tst_LiveClusterViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void viewsFill();
    void launchedTaskAppearsWithinOneUpdate();
    void brokenAnswersShowErrorAndKeepLastGoodData_data();
    void brokenAnswersShowErrorAndKeepLastGoodData();
    void droppedEventStreamIsFollowedByResync();
    void killedLeaderIsReplacedOnScreen();

private:
    std::unique_ptr<cluster::ClusterWatcher> watch(int marathonPollMs = kPollMs);
    void postJson(const QString &url, const QByteArray &body, int expectStatus);

    std::unique_ptr<test::LocalClusterProcess> m_cluster;
    std::unique_ptr<cluster::ClusterWatcher> m_watcher;
    std::unique_ptr<models::ClusterModels> m_models;
};

void tst_LiveClusterViews::initTestCase()
{
    m_cluster = std::make_unique<test::LocalClusterProcess>(
        QStringList { QStringLiteral("--masters"), QStringLiteral("3"), QStringLiteral("--agents"),
                      QStringLiteral("2"), QStringLiteral("--demo-apps"), QStringLiteral("--election-delay"),
                      QStringLiteral("800"), QStringLiteral("--sse-heartbeat"), QStringLiteral("1000") });
    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
}

void tst_LiveClusterViews::cleanupTestCase()
{
    m_watcher.reset();
    m_models.reset();
    m_cluster.reset();
}

void tst_LiveClusterViews::cleanup()
{
    m_watcher.reset();
    m_models.reset();
    if (m_cluster)
        test::httpRequest("DELETE", m_cluster->marathonUrl() + QStringLiteral("/__admin/faults"));
}

std::unique_ptr<cluster::ClusterWatcher> tst_LiveClusterViews::watch(int marathonPollMs)
{
    cluster::WatcherConfig config;
    for (const QString &url : m_cluster->masterUrls())
        config.masters << QUrl(url);
    config.marathons << QUrl(m_cluster->marathonUrl());
    config.pollIntervalMs = kPollMs;
    config.maxPollIntervalMs = 2 * kPollMs;
    config.mesosHttp.timeoutMs = 1500;
    config.marathonHttp.timeoutMs = 1500;
    config.mesosEvents = false; // these tests are about polling /master/state (tst_EventStreamsLive: the stream)
    if (marathonPollMs != kPollMs) {
        // Marathon is then only re-read on events and reconnects (Mesos keeps its pace).
        config.pollIntervalMs = marathonPollMs;
        config.maxPollIntervalMs = marathonPollMs;
    }
    auto watcher = std::make_unique<cluster::ClusterWatcher>(config);
    m_models = std::make_unique<models::ClusterModels>();
    connect(watcher.get(), &cluster::ClusterWatcher::snapshotChanged, m_models.get(),
            &models::ClusterModels::setSnapshot);
    return watcher;
}

void tst_LiveClusterViews::postJson(const QString &url, const QByteArray &body, int expectStatus)
{
    const test::HttpResult result
        = test::httpRequest("POST", url, body, { { "Content-Type", "application/json" } });
    QVERIFY2(
        result.status == expectStatus,
        qPrintable(
            QStringLiteral("%1 -> %2 %3").arg(url).arg(result.status).arg(QString::fromUtf8(result.body))));
}

void tst_LiveClusterViews::viewsFill()
{
    m_watcher = watch();
    widgets::ClusterPage clusterPage(m_models.get());
    widgets::AppsPage appsPage(m_models.get());
    widgets::TasksPage tasksPage(m_models.get());
    QAbstractItemModelTester tasksTester(m_models->tasks(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester appsTester(m_models->apps(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester agentsTester(m_models->agents(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_watcher->start();

    QVERIFY(waitFor([&] {
        const auto s = m_models->snapshot();
        return s && s->mesos.kind == ConnectionState::Kind::Live
            && s->marathon.kind == ConnectionState::Kind::Live && m_models->apps()->rowCount() == 3
            && m_models->tasks()->rowCount() >= 5;
    }));
    QCOMPARE(m_models->agents()->rowCount(), 2);
    QVERIFY(m_models->frameworks()->rowCount() >= 1);
    const auto s = m_models->snapshot();
    QCOMPARE(int(s->masters.size()), 3);
    QCOMPARE(std::count_if(s->masters.cbegin(), s->masters.cend(),
                           [](const cluster::MasterStatus &m) { return m.leader; }),
             1);
    QVERIFY(s->totals.cpusTotal >= 8);
    QVERIFY(s->marathonInfo && !s->marathonInfo->version.isEmpty());

    // What the user sees.
    QVERIFY2(clusterPage.overview()->mastersText().contains(QStringLiteral("— leader")),
             qPrintable(clusterPage.overview()->mastersText()));
    QVERIFY(clusterPage.overview()->marathonText().contains(s->marathonInfo->version));
    QCOMPARE(clusterPage.agents()->view()->model()->rowCount(), 2);
    QCOMPARE(appsPage.apps()->view()->model()->rowCount(), 3);
    tasksPage.appFilter()->setCurrentIndex(tasksPage.appFilter()->findData(QStringLiteral("/demo/ticker")));
    QVERIFY(waitFor([&] { return tasksPage.table()->view()->model()->rowCount() == 2; }, 5000));
    const QModelIndex first = tasksPage.table()->view()->model()->index(0, models::TasksModel::Host);
    QVERIFY(!first.data().toString().isEmpty());
}

void tst_LiveClusterViews::launchedTaskAppearsWithinOneUpdate()
{
    m_watcher = watch();
    m_watcher->start();
    QVERIFY(waitFor([&] {
        const auto s = m_models->snapshot();
        return s && s->mesos.kind == ConnectionState::Kind::Live
            && s->marathon.kind == ConnectionState::Kind::Live;
    }));

    postJson(m_cluster->marathonUrl() + QStringLiteral("/v2/apps"),
             R"({"id":"/itest/launched","cmd":"sleep 300","instances":1,"cpus":0.1,"mem":16})", 201);
    // Marathon announces the task (event -> re-read).
    QString taskId;
    QVERIFY(waitFor([&] {
        for (const marathon::MarathonTask &t : *m_models->snapshot()->marathonTasks) {
            if (t.appId == u"/itest/launched")
                taskId = t.id;
        }
        return !taskId.isEmpty();
    }));
    // Mesos updates completed from now on: the first may have been in flight
    // already; the one after it started after the launch and must show the task.
    std::vector<cluster::SnapshotPtr> mesosUpdates;
    QDateTime last = m_watcher->snapshot()->mesos.lastSuccess;
    QObject context; // declared after the captured locals: the connection ends before they do
    connect(m_watcher.get(), &cluster::ClusterWatcher::snapshotChanged, &context,
            [&last, &mesosUpdates]( // clazy:exclude=lambda-in-connect the context goes first
                const cluster::SnapshotPtr &s) {
                if (s->mesos.lastSuccess != last) {
                    last = s->mesos.lastSuccess;
                    mesosUpdates.push_back(s);
                }
            });
    QVERIFY(waitFor([&] { return mesosUpdates.size() >= 2; }, 10000));
    const auto containsTask = [&](const cluster::SnapshotPtr &s) {
        return std::any_of(s->tasks->cbegin(), s->tasks->cend(),
                           [&](const mesos::Task &t) { return t.id == taskId; });
    };
    QVERIFY2(containsTask(mesosUpdates[1]), qPrintable(taskId));
    QVERIFY(waitFor([&] { return hasTask(m_models->tasks(), taskId); }, 2000)); // and the model shows it
    const int row = m_models->tasks()->rowOf(taskId);
    QCOMPARE(m_models->tasks()->index(row, models::TasksModel::App).data().toString(),
             QStringLiteral("/itest/launched"));

    test::httpRequest("DELETE", m_cluster->marathonUrl() + QStringLiteral("/v2/apps/itest/launched"));
}

void tst_LiveClusterViews::brokenAnswersShowErrorAndKeepLastGoodData_data()
{
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("malformed JSON") << "malformed"
                                    << "not valid JSON";
    QTest::newRow("HTTP 500") << "error"
                              << "HTTP 500";
    QTest::newRow("timeout") << "slow"
                             << "did not answer within";
}

void tst_LiveClusterViews::brokenAnswersShowErrorAndKeepLastGoodData()
{
    QFETCH(QString, mode);
    QFETCH(QString, expected);
    m_watcher = watch();
    widgets::ClusterPage page(m_models.get());
    m_watcher->start();
    QVERIFY(
        waitFor([&] { return m_models->agents()->rowCount() == 2 && m_models->tasks()->rowCount() >= 5; }));
    const int tasks = m_models->tasks()->rowCount();

    postJson(
        m_cluster->marathonUrl() + QStringLiteral("/__admin/faults"),
        QStringLiteral(
            R"({"target":"master","index":-1,"path":"/master/state","mode":"%1","delayMs":4000,"count":-1})")
            .arg(mode)
            .toUtf8(),
        201);
    QVERIFY(waitFor([&] { return m_models->snapshot()->mesos.kind == ConnectionState::Kind::Error; }));
    const auto s = m_models->snapshot();
    QVERIFY2(s->mesos.reason.contains(expected), qPrintable(s->mesos.reason));
    QCOMPARE(m_models->agents()->rowCount(), 2); // last good data stays on screen
    QVERIFY(m_models->tasks()->rowCount() >= tasks - 1);
    QVERIFY(page.overview()->mastersText().contains(QStringLiteral("leader")));

    test::httpRequest("DELETE", m_cluster->marathonUrl() + QStringLiteral("/__admin/faults"));
    QVERIFY(waitFor([&] { return m_models->snapshot()->mesos.kind == ConnectionState::Kind::Live; }));
}

void tst_LiveClusterViews::droppedEventStreamIsFollowedByResync()
{
    m_watcher = watch(60000); // Marathon polled once a minute: only events and the resync may update it here
    m_watcher->start();
    QVERIFY(waitFor([&] { return m_models->snapshot() && m_models->apps()->rowCount() >= 3; }));
    QTest::qWait(300); // the stream is attached

    // Drop the streams and, while the console reconnects, change Marathon behind its back.
    postJson(m_cluster->marathonUrl() + QStringLiteral("/__admin/events/drop"), {}, 200);
    postJson(m_cluster->marathonUrl() + QStringLiteral("/v2/apps"),
             R"({"id":"/itest/during-drop","cmd":"sleep 300","instances":1,"cpus":0.1,"mem":16})", 201);
    QVERIFY(
        waitFor([&] { return m_models->apps()->rowOf(QStringLiteral("/itest/during-drop")) >= 0; }, 10000));
    QCOMPARE(m_models->snapshot()->marathon.kind, ConnectionState::Kind::Live);

    test::httpRequest("DELETE", m_cluster->marathonUrl() + QStringLiteral("/v2/apps/itest/during-drop"));
    QVERIFY(
        waitFor([&] { return m_models->apps()->rowOf(QStringLiteral("/itest/during-drop")) < 0; }, 10000));
}

void tst_LiveClusterViews::killedLeaderIsReplacedOnScreen()
{
    m_watcher = watch();
    widgets::ClusterOverview overview;
    connect(m_models.get(), &models::ClusterModels::snapshotApplied, &overview,
            &widgets::ClusterOverview::setSnapshot);
    QStringList leaders;
    bool sawElecting = false;
    QObject context; // declared after the captured locals: the connection ends before they do
    connect(m_watcher.get(), &cluster::ClusterWatcher::snapshotChanged, &context,
            [&sawElecting, &leaders]( // clazy:exclude=lambda-in-connect the context goes first
                const cluster::SnapshotPtr &s) {
                sawElecting = sawElecting || s->electing;
                for (const cluster::MasterStatus &m : s->masters) {
                    if (m.leader && (leaders.isEmpty() || leaders.constLast() != m.url.toString()))
                        leaders << m.url.toString();
                }
            });
    m_watcher->start();
    QVERIFY(waitFor([&] {
        return !leaders.isEmpty() && m_models->snapshot()->mesos.kind == ConnectionState::Kind::Live;
    }));
    const QString oldLeader = leaders.constLast();

    postJson(m_cluster->marathonUrl() + QStringLiteral("/__admin/masters/leader/kill"), {}, 200);
    QVERIFY(waitFor([&] {
        const auto s = m_models->snapshot();
        return leaders.constLast() != oldLeader && s->mesos.kind == ConnectionState::Kind::Live
            && !s->electing;
    }));
    const auto s = m_models->snapshot();
    const auto down
        = std::find_if(s->masters.cbegin(), s->masters.cend(),
                       [&](const cluster::MasterStatus &m) { return m.url.toString() == oldLeader; });
    QVERIFY(down != s->masters.cend());
    QVERIFY(!down->reachable);
    QVERIFY2(overview.mastersText().contains(QStringLiteral("— down")), qPrintable(overview.mastersText()));
    QVERIFY(overview.mastersText().contains(QStringLiteral("— leader")));
    QCOMPARE(m_models->agents()->rowCount(), 2);
    qInfo() << "leaders seen:" << leaders << "electing shown:" << sawElecting;
}

QTEST_MAIN(tst_LiveClusterViews)
#include "tst_LiveClusterViews.moc"
