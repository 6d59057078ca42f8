#include "core/mesos/MesosParser.h"
#include "models/cluster/ClusterModels.h"
#include "models/cluster/TaskFilterProxyModel.h"
#include "tests/support/TestPaths.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/ClusterDetails.h"
#include "widgets/cluster/ClusterOverview.h"
#include "widgets/cluster/ClusterPage.h"
#include "widgets/cluster/ConnectionBadge.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/cluster/ProgressBarDelegate.h"
#include "widgets/cluster/ResourceChart.h"
#include "widgets/cluster/TasksPage.h"
#include "widgets/settings/Appearance.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <qcustomplot.h>

using namespace mc;
using cluster::ClusterSnapshot;
using cluster::ConnectionState;

namespace {
// The 1.11 fixture cluster with Marathon apps over its tasks, as the watcher would publish it.
cluster::SnapshotPtr fixtureSnapshot()
{
    QFile file(test::fixturePath(QStringLiteral("mesos/v0/master/state.assembled-1.11.json")));
    file.open(QIODevice::ReadOnly);
    mesos::MasterState state = mesos::MesosParser::parseState(file.readAll()).value();
    auto s = std::make_shared<ClusterSnapshot>();
    s->clusterName = state.cluster;
    s->mesosVersion = state.version;
    s->mesos = { ConnectionState::Kind::Live, {}, QDateTime::currentDateTimeUtc() };
    s->marathon = { ConnectionState::Kind::Error, QStringLiteral("Marathon answered HTTP 503"),
                    QDateTime::currentDateTimeUtc().addSecs(-42) };
    s->leader = state.leader();
    s->masters = { { QUrl(QStringLiteral("http://127.0.1.1:5050")),
                     QStringLiteral("mesos-master-1.test:5050"),
                     true,
                     false,
                     QStringLiteral("1.11.0"),
                     {} },
                   { QUrl(QStringLiteral("http://127.0.1.2:5050")),
                     QStringLiteral("mesos-master-2.test:5050"),
                     true,
                     true,
                     QStringLiteral("1.11.0"),
                     {} },
                   { QUrl(QStringLiteral("http://127.0.1.3:5050")),
                     QStringLiteral("mesos-master-3.test:5050"),
                     false,
                     false,
                     {},
                     QStringLiteral("refused") } };
    zookeeper::ZkServerStatus zk;
    zk.hostPort = QStringLiteral("127.0.1.1:2181");
    zk.mode = QStringLiteral("leader");
    zk.healthy = true;
    zk.connections = 5;
    zk.latencyAvg = 0.5;
    s->zookeeper = { zk };
    marathon::MarathonInfo info;
    info.version = QStringLiteral("1.10.26");
    info.leader = QStringLiteral("mesos-master-2.test:8080");
    s->marathonInfo = info;
    std::vector<marathon::MarathonTask> marathonTasks;
    for (const mesos::Task &task : state.tasks) {
        marathon::MarathonTask m;
        m.id = task.id;
        m.appId = task.id.startsWith(u"web") ? QStringLiteral("/web") : QStringLiteral("/other");
        marathonTasks.push_back(m);
    }
    marathon::App web;
    web.id = QStringLiteral("/web");
    web.instances = 2;
    web.tasksRunning = 1;
    marathon::App other;
    other.id = QStringLiteral("/other");
    other.instances = 1;
    other.lastTaskFailure = marathon::TaskFailure { QStringLiteral("x"), QStringLiteral("TASK_FAILED"),
                                                    QStringLiteral("exit 1"), QStringLiteral("h"),
                                                    QStringLiteral("2024-03-01T10:05:00.000Z") };
    s->apps = std::make_shared<const mc::SharedList<marathon::App>>(std::vector { web, other });
    s->marathonTasks = std::make_shared<const mc::SharedList<marathon::MarathonTask>>(std::move(marathonTasks));
    s->agents = std::make_shared<const std::vector<mesos::Agent>>(state.agents);
    s->frameworks = std::make_shared<const std::vector<mesos::Framework>>(state.frameworks);
    s->tasks = std::make_shared<const mesos::TaskList>(state.tasks);
    s->hasTaskList = true;
    s->totals.cpusTotal = 12;
    s->totals.cpusUsed = 2.1;
    s->totals.memTotal = 23040;
    s->totals.memUsed = 1568;
    s->totals.agentsActive = 2;
    s->totals.tasksByState[size_t(mesos::TaskState::Running)] = 3;
    return s;
}

void saveShot(QWidget *widget, const char *name)
{
    const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    widget->resize(1100, 700);
    widget->show();
    QTest::qWait(50);
    widget->grab().save(dir + u'/' + QLatin1String(name) + QStringLiteral(".png"));
}
} // namespace

class tst_ClusterViews : public QObject
{
    Q_OBJECT

private slots:
    void overviewShowsLeaderStandbysZooKeeperMarathonAndTotals();
    void overviewSaysElectingWithoutLeader();
    void overviewOutOfSightCatchesUpWhenShown();
    void overviewSaysHowTheMastersAreFoundAndFollowed();
    void zooKeeperPanelSaysWhyItIsEmpty();
    void numbersReadForPeopleAtScale();
    void badgeShowsErrorWithAgeOfLastGoodData();
    void chartKeepsLastHourAndFollowsUntilUserZooms();
    void chartHoverShowsValuesAtThatTime();
    void agentsTabShowsBarsAndDetails();
    void selectionAndDetailsSurviveRefresh();
    void tasksPageFiltersByAppAgentStateAndText();
    void tasksPageChoicesFollowTheApps();
    void doubleClickOnTaskAsksForLogs();
    void appsPageShowsAppsDeploymentsAndState();
};

void tst_ClusterViews::overviewShowsLeaderStandbysZooKeeperMarathonAndTotals()
{
    widgets::ClusterOverview overview;
    overview.setSnapshot(fixtureSnapshot());
    QCOMPARE(overview.titleText(), QStringLiteral("Cluster devcluster"));
    QVERIFY2(overview.mastersText().contains(QStringLiteral("mesos-master-2.test:5050 — leader")),
             qPrintable(overview.mastersText()));
    QVERIFY(overview.mastersText().contains(QStringLiteral("mesos-master-1.test:5050 — standby")));
    QVERIFY(overview.mastersText().contains(QStringLiteral("mesos-master-3.test:5050 — down")));
    QVERIFY(overview.zookeeperText().contains(QStringLiteral("127.0.1.1:2181 — leader")));
    QVERIFY(overview.marathonText().contains(QStringLiteral("mesos-master-2.test:8080")));
    QVERIFY(overview.marathonText().contains(QStringLiteral("1.10.26")));
    QVERIFY2(overview.totalsText().contains(QStringLiteral("3 running")), qPrintable(overview.totalsText()));
    QVERIFY(overview.totalsText().contains(QStringLiteral("CPUs: 2.1 / 12")));
    QCOMPARE(overview.chart()->sampleCount(), 1);
    saveShot(&overview, "overview");
}

// Behind another page its texts wait (each changed label relays the window out); the chart does not.
void tst_ClusterViews::overviewOutOfSightCatchesUpWhenShown()
{
    QStackedWidget pages;
    auto *overview = new widgets::ClusterOverview;
    pages.addWidget(overview);
    pages.addWidget(new QWidget);
    pages.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pages));
    overview->setSnapshot(fixtureSnapshot());
    QVERIFY(overview->totalsText().contains(QStringLiteral("3 running")));

    pages.setCurrentIndex(1);
    auto fewer = std::make_shared<ClusterSnapshot>(*fixtureSnapshot());
    fewer->totals.tasksByState[size_t(mesos::TaskState::Running)] = 1;
    overview->setSnapshot(fewer);
    QVERIFY2(overview->totalsText().contains(QStringLiteral("3 running")), qPrintable(overview->totalsText()));
    QCOMPARE(overview->chart()->sampleCount(), 2);

    pages.setCurrentIndex(0);
    QVERIFY2(overview->totalsText().contains(QStringLiteral("1 running")), qPrintable(overview->totalsText()));
}

void tst_ClusterViews::overviewSaysHowTheMastersAreFoundAndFollowed()
{
    auto s = std::make_shared<ClusterSnapshot>(*fixtureSnapshot());
    s->mesos.kind = cluster::ConnectionState::Kind::Live;
    s->watch.way = cluster::WatchRoute::Way::ZooKeeper;
    s->watch.zkUrl = QStringLiteral("zk://zk1.test:2181,zk2.test:2181,zk3.test:2181/mesos");
    s->watch.zkLearned = true;
    s->mesosPolled = false;
    widgets::ClusterOverview overview;
    auto *route = overview.findChild<QLabel *>(QStringLiteral("clusterRoute"));
    QVERIFY(route);
    overview.setSnapshot(s);
    QCOMPARE(overview.routeText(),
             QStringLiteral("Watching via ZooKeeper zk://zk1.test:2181,zk2.test:2181,zk3.test:2181/mesos "
                            "(learned from the cluster) · Mesos: the leader's event stream is followed"));
    const auto shoot = [&](const char *name) {
        for (const auto theme : { settings::Theme::Light, settings::Theme::Dark }) {
            widgets::applyTheme(theme);
            const QByteArray shot = QByteArray(name) + (theme == settings::Theme::Dark ? "-dark" : "-light");
            saveShot(&overview, shot.constData());
        }
        widgets::applyTheme(settings::Theme::Light);
    };
    shoot("overview-route-zk");

    // ZooKeeper out of reach: the masters learned are polled, and the reason is said.
    s->watch.way = cluster::WatchRoute::Way::Masters;
    s->watch.masters = { QUrl(QStringLiteral("http://mesos-master-1.test:5050")),
                         QUrl(QStringLiteral("http://mesos-master-2.test:5050")),
                         QUrl(QStringLiteral("http://mesos-master-3.test:5050")) };
    s->watch.reason = QStringLiteral("ZooKeeper zk://zk1.test:2181/mesos cannot be reached from here (timeout); "
                                     "the console polls the masters it learned instead.");
    s->mesosPolled = true;
    overview.setSnapshot(s);
    QVERIFY2(overview.routeText().startsWith(
                 QStringLiteral("Watching via masters mesos-master-1.test:5050, mesos-master-2.test:5050, "
                                "mesos-master-3.test:5050 · Mesos: the leader's state is polled")),
             qPrintable(overview.routeText()));
    QVERIFY(overview.routeText().contains(QStringLiteral("cannot be reached from here")));
    shoot("overview-route-masters");

    // Nothing known (no Mesos watched): no line.
    overview.setSnapshot(std::make_shared<const ClusterSnapshot>());
    QVERIFY(overview.routeText().isEmpty());
    QVERIFY(route->isHidden());
}

void tst_ClusterViews::overviewSaysElectingWithoutLeader()
{
    auto s = std::make_shared<ClusterSnapshot>(*fixtureSnapshot());
    s->electing = true;
    s->leader.reset();
    for (auto &m : s->masters)
        m.leader = false;
    widgets::ClusterOverview overview;
    overview.setSnapshot(s);
    QVERIFY(overview.mastersText().contains(QStringLiteral("No leader: electing")));
    QVERIFY(!overview.mastersText().contains(QStringLiteral("— leader")));
}

void tst_ClusterViews::zooKeeperPanelSaysWhyItIsEmpty()
{
    auto unwatched = std::make_shared<ClusterSnapshot>(*fixtureSnapshot());
    unwatched->zookeeper.clear();
    widgets::ClusterOverview overview;
    overview.setSnapshot(unwatched);
    QVERIFY(overview.zookeeperText().contains(QStringLiteral("connect with a zk:// URL")));
    // The demo without ZooKeeper says why, at once and after every refresh.
    overview.setZooKeeperNote(QStringLiteral("Not watched: ZooKeeper is not installed <here>.\nSecond line"));
    QCOMPARE(overview.zookeeperText(),
             QStringLiteral("Not watched: ZooKeeper is not installed <here>.\nSecond line"));
    overview.setSnapshot(unwatched);
    QVERIFY(overview.zookeeperText().startsWith(QStringLiteral("Not watched: ZooKeeper is not installed")));
    // An ensemble that answers replaces the note.
    overview.setSnapshot(fixtureSnapshot());
    QVERIFY(overview.zookeeperText().contains(QStringLiteral("127.0.1.1:2181 — leader")));
    QVERIFY(!overview.zookeeperText().contains(QStringLiteral("not installed")));
}

void tst_ClusterViews::numbersReadForPeopleAtScale()
{
    // Scale-mode sizes: 2,000 agents of 32 CPUs and 251.9 GiB, 100,000 tasks. At 2,000 agents the
    // totals once read "CPUs: 1e+04 / 6.397e+04".
    auto s = std::make_shared<ClusterSnapshot>(*fixtureSnapshot());
    s->totals = {};
    s->totals.agentsActive = 2000;
    s->totals.agentsInactive = 12;
    s->totals.frameworksActive = 3;
    s->totals.tasksByState[size_t(mesos::TaskState::Running)] = 100000;
    s->totals.tasksByState[size_t(mesos::TaskState::Staging)] = 1250;
    s->totals.cpusUsed = 10000;
    s->totals.cpusTotal = 64000;
    s->totals.memUsed = 2000 * 3840.0; // 7.3 TiB
    s->totals.memTotal = 2000 * 257946.0; // 492 TiB
    s->totals.diskUsed = 2000 * 5120.0;
    s->totals.diskTotal = 2000 * 51200.0;
    mesos::Agent big = s->agents->front();
    big.total.cpus = 32;
    big.total.mem = 257946;
    big.total.disk = 2097152;
    big.used.cpus = 12.5;
    big.used.mem = 1536;
    big.used.disk = 10240;
    s->agents = std::make_shared<const std::vector<mesos::Agent>>(std::vector { big });
    marathon::App app = s->apps->front();
    app.instances = 12000;
    app.tasksRunning = 11999;
    s->apps = std::make_shared<const mc::SharedList<marathon::App>>(std::vector { app });

    const QLocale before;
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    struct Expected
    {
        QLocale locale;
        QStringList totals, agentRow, details;
    };
    const QList<Expected> cases {
        { QLocale::c(),
          { QStringLiteral("Agents: 2000 active, 12 inactive"),
            QStringLiteral("Tasks: 100000 running, 1250 staging, 0 starting, 0 killing"),
            QStringLiteral("CPUs: 10000 / 64000"), QStringLiteral("Memory: 7.3 TiB / 492 TiB"),
            QStringLiteral("Disk: 9.8 TiB / 97.7 TiB") },
          { QStringLiteral("12.5 / 32"), QStringLiteral("1.5 GiB / 251.9 GiB"),
            QStringLiteral("10 GiB / 2 TiB") },
          { QStringLiteral("32 CPUs, 251.9 GiB, 2 TiB disk"),
            QStringLiteral("12000 wanted, 11999 running") } },
        { QLocale(QLocale::English, QLocale::UnitedStates),
          { QStringLiteral("Agents: 2,000 active, 12 inactive"),
            QStringLiteral("Tasks: 100,000 running, 1,250 staging, 0 starting, 0 killing"),
            QStringLiteral("CPUs: 10,000 / 64,000"), QStringLiteral("Memory: 7.3 TiB / 492 TiB") },
          { QStringLiteral("12.5 / 32") },
          { QStringLiteral("12,000 wanted, 11,999 running") } },
        { QLocale(QLocale::German, QLocale::Germany),
          { QStringLiteral("CPUs: 10.000 / 64.000"), QStringLiteral("Memory: 7,3 TiB / 492 TiB") },
          { QStringLiteral("12,5 / 32"), QStringLiteral("1,5 GiB / 251,9 GiB") },
          { QStringLiteral("12.000 wanted, 11.999 running") } },
    };
    for (const Expected &expected : cases) {
        QLocale::setDefault(expected.locale);
        widgets::ClusterOverview overview;
        overview.setSnapshot(s);
        const QString totals = overview.totalsText();
        for (const QString &line : expected.totals)
            QVERIFY2(totals.contains(line), qPrintable(expected.locale.name() + u'\n' + totals));
        if (expected.locale.language() == QLocale::English)
            saveShot(&overview, "overview-scale");

        models::ClusterModels models;
        models.applyNow(s);
        QStringList row;
        for (int column :
             { models::AgentsModel::Cpus, models::AgentsModel::Memory, models::AgentsModel::Disk })
            row << models.agents()->index(0, column).data().toString();
        for (const QString &cell : expected.agentRow)
            QVERIFY2(row.contains(cell), qPrintable(expected.locale.name() + u' ' + row.join(u'|')));

        const QString details = widgets::ClusterDetails::agent(big) + widgets::ClusterDetails::app(app);
        for (const QString &part : expected.details)
            QVERIFY2(details.contains(part), qPrintable(expected.locale.name() + u'\n' + details));

        static const QRegularExpression scientific(QStringLiteral("[0-9][eE][+][0-9]"));
        for (const QString &text : { totals, row.join(u' '), details })
            QVERIFY2(!text.contains(scientific), qPrintable(text));
    }
    // The chart's tooltip in the locale too.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    widgets::ResourceChart chart;
    chart.addSample(1000, 15.625, 1.5, 10);
    QVERIFY2(chart.hoverText(1000).contains(QStringLiteral("CPU 15,6 %")), qPrintable(chart.hoverText(1000)));
}

void tst_ClusterViews::badgeShowsErrorWithAgeOfLastGoodData()
{
    widgets::ConnectionBadge badge(QStringLiteral("Marathon"));
    badge.setState(fixtureSnapshot()->marathon);
    QVERIFY2(badge.text().startsWith(QStringLiteral("Marathon: error: Marathon answered HTTP 503")),
             qPrintable(badge.text()));
    QVERIFY(badge.text().contains(QStringLiteral("last update 42 s ago")));
    badge.setState({ ConnectionState::Kind::Stale, {}, QDateTime::currentDateTimeUtc().addSecs(-9) });
    QCOMPARE(badge.text(), QStringLiteral("Marathon: stale (last update 9 s ago)"));
    badge.setState({ ConnectionState::Kind::Live, {}, QDateTime::currentDateTimeUtc() });
    QCOMPARE(badge.text(), QStringLiteral("Marathon: live"));
}

void tst_ClusterViews::chartKeepsLastHourAndFollowsUntilUserZooms()
{
    widgets::ResourceChart chart;
    chart.resize(800, 300);
    chart.show();
    const double start = 1.7e9;
    for (int i = 0; i <= 120; ++i) // two hours, one sample a minute
        chart.addSample(start + i * 60, i % 100, 50, 10);
    QCOMPARE(chart.sampleCount(), 61); // the last hour (inclusive)
    QVERIFY(chart.following());
    QCPRange range = chart.plot()->xAxis->range();
    QVERIFY(range.upper >= start + 120 * 60);

    // The user zooms with the wheel: the view stays where the user put it.
    const QPoint centre = chart.plot()->rect().center();
    QWheelEvent wheel(centre, chart.plot()->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(chart.plot(), &wheel);
    QVERIFY(!chart.following());
    const QCPRange zoomed = chart.plot()->xAxis->range();
    QVERIFY(zoomed.size() < range.size());
    chart.addSample(start + 121 * 60, 1, 1, 1);
    QCOMPARE(chart.plot()->xAxis->range().upper, zoomed.upper);

    QTest::mouseDClick(chart.plot(), Qt::LeftButton, {}, centre);
    QVERIFY(chart.following());
    QVERIFY(chart.plot()->xAxis->range().upper >= start + 121 * 60);
}

void tst_ClusterViews::chartHoverShowsValuesAtThatTime()
{
    widgets::ResourceChart chart;
    const double t0 = QDateTime(QDate(2026, 11, 25), QTime(1, 0, 0)).toMSecsSinceEpoch() / 1000.0;
    chart.addSample(t0, 10, 20, 30);
    chart.addSample(t0 + 10, 40, 50, 60);
    const QString text = chart.hoverText(t0 + 8);
    QVERIFY2(text.contains(QStringLiteral("01:00:10")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("CPU 40.0 %")));
    QVERIFY(text.contains(QStringLiteral("Memory 50.0 %")));
    QVERIFY(chart.hoverText(t0 - 100).contains(QStringLiteral("CPU 10.0 %")));
}

void tst_ClusterViews::agentsTabShowsBarsAndDetails()
{
    models::ClusterModels models;
    widgets::ClusterPage page(&models);
    models.applyNow(fixtureSnapshot());
    widgets::DetailTable *agents = page.agents();
    QCOMPARE(agents->view()->model()->rowCount(), 2);
    QVERIFY(agents->selectId(QStringLiteral("2d7c1c9e-4a6f-4b7e-8f3c-1a2b3c4d5e6f-S0")));
    QVERIFY(agents->detailsPane()->toPlainText().contains(QStringLiteral("mesos-agent-1.test")));
    QVERIFY(agents->detailsPane()->toPlainText().contains(QStringLiteral("rack:r1")));
    page.tabs()->setCurrentWidget(agents);
    saveShot(&page, "agents");
    QVERIFY(!agents->view()->grab().isNull()); // the bar delegate paints
    agents->filter()->setText(QStringLiteral("agent-2"));
    QCOMPARE(agents->view()->model()->rowCount(), 1);
    QCOMPARE(page.frameworks()->view()->model()->rowCount(), 3);
}

void tst_ClusterViews::selectionAndDetailsSurviveRefresh()
{
    models::ClusterModels models;
    widgets::TasksPage page(&models);
    models.applyNow(fixtureSnapshot());
    page.stateFilter()->setCurrentIndex(page.stateFilter()->findData(QStringLiteral("all")));
    const QString id = QStringLiteral("web.5e2b1c7a-d7f2-11ee-9c1b-0242ac110002");
    QVERIFY(page.table()->selectId(id));
    // A refresh: another task is gone, this one changed state.
    auto next = std::make_shared<ClusterSnapshot>(*fixtureSnapshot());
    std::vector<mesos::Task> tasks;
    for (mesos::Task task : *next->tasks) {
        if (task.id.startsWith(u"worker"))
            continue;
        if (task.id == id)
            task.state = mesos::TaskState::Killing;
        tasks.push_back(task);
    }
    next->tasks = std::make_shared<const mesos::TaskList>(std::move(tasks));
    models.applyNow(next);
    QCOMPARE(page.table()->currentId(), id);
    QVERIFY2(page.table()->detailsPane()->toPlainText().contains(QStringLiteral("TASK_KILLING")),
             qPrintable(page.table()->detailsPane()->toPlainText()));
}

// The app and agent choices are remade when those lists change, not on every snapshot.
void tst_ClusterViews::tasksPageChoicesFollowTheApps()
{
    models::ClusterModels models;
    widgets::TasksPage page(&models);
    const cluster::SnapshotPtr first = fixtureSnapshot();
    models.applyNow(first);
    QCOMPARE(page.appFilter()->count(), 3); // all, /other, /web
    auto same = std::make_shared<ClusterSnapshot>(*first); // metrics polled: the lists are shared
    same->generation = first->generation + 1;
    models.applyNow(same);
    QCOMPARE(page.appFilter()->count(), 3);
    auto grown = std::make_shared<ClusterSnapshot>(*same);
    grown->generation = same->generation + 1;
    std::vector<marathon::App> apps(same->apps->begin(), same->apps->end());
    marathon::App added;
    added.id = QStringLiteral("/added");
    apps.push_back(added);
    grown->apps = std::make_shared<const mc::SharedList<marathon::App>>(std::move(apps));
    models.applyNow(grown);
    QCOMPARE(page.appFilter()->count(), 4);
    QVERIFY(page.appFilter()->findData(QStringLiteral("/added")) > 0);
}

void tst_ClusterViews::tasksPageFiltersByAppAgentStateAndText()
{
    models::ClusterModels models;
    widgets::TasksPage page(&models);
    models.applyNow(fixtureSnapshot());
    QAbstractItemModel *view = page.table()->view()->model();
    QCOMPARE(view->rowCount(), 3); // active tasks: web running, web staging, db running
    page.stateFilter()->setCurrentIndex(page.stateFilter()->findData(QStringLiteral("all")));
    QCOMPARE(view->rowCount(), 5);
    QCOMPARE(page.appFilter()->count(), 3); // all, /other, /web
    page.appFilter()->setCurrentIndex(page.appFilter()->findData(QStringLiteral("/web")));
    QCOMPARE(view->rowCount(), 2);
    page.appFilter()->setCurrentIndex(0);
    // Agents are listed as host:port · id tail; pick the one on mesos-agent-2.test.
    const int agent2 = page.agentFilter()->findText(QStringLiteral("mesos-agent-2.test"), Qt::MatchContains);
    QVERIFY(agent2 > 0);
    page.agentFilter()->setCurrentIndex(agent2);
    const int onAgent2 = view->rowCount();
    QVERIFY(onAgent2 > 0 && onAgent2 < 5);
    page.agentFilter()->setCurrentIndex(0);
    QTest::keyClicks(page.table()->filter(), QStringLiteral("nightly"));
    QCOMPARE(view->rowCount(), 1);
    saveShot(&page, "tasks-filtered");
    page.table()->filter()->clear();
    page.stateFilter()->setCurrentIndex(page.stateFilter()->findData(int(mesos::TaskState::Failed)));
    QCOMPARE(view->rowCount(), 1);
    page.stateFilter()->setCurrentIndex(page.stateFilter()->findData(QStringLiteral("all")));
    saveShot(&page, "tasks");
}

void tst_ClusterViews::doubleClickOnTaskAsksForLogs()
{
    models::ClusterModels models;
    widgets::TasksPage page(&models);
    page.resize(900, 500);
    page.show();
    models.applyNow(fixtureSnapshot());
    QString asked;
    QString host;
    connect(&page, &widgets::TasksPage::logsRequested, this, [&](const mesos::Task &task, const QString &h) {
        asked = task.id;
        host = h;
    });
    QTableView *view = page.table()->view();
    const QModelIndex first = view->model()->index(0, 0);
    const QRect rect = view->visualRect(first);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(asked, first.data(models::IdRole).toString());
    QVERIFY(host.startsWith(QStringLiteral("mesos-agent-")));
}

void tst_ClusterViews::appsPageShowsAppsDeploymentsAndState()
{
    models::ClusterModels models;
    widgets::AppsPage page(&models);
    auto s = std::make_shared<ClusterSnapshot>(*fixtureSnapshot());
    marathon::Deployment d;
    d.id = QStringLiteral("dep-1");
    d.affectedApps = { QStringLiteral("/web") };
    d.currentStep = 1;
    d.totalSteps = 2;
    d.currentActions = { QStringLiteral("ScaleApplication /web") };
    s->deployments = std::make_shared<const std::vector<marathon::Deployment>>(std::vector { d });
    models.applyNow(s);
    QCOMPARE(page.apps()->view()->model()->rowCount(), 2);
    QCOMPARE(page.deployments()->view()->model()->rowCount(), 1);
    // The step is drawn as a progress bar: half way.
    const QModelIndex step = page.deployments()->view()->model()->index(0, models::DeploymentsModel::Step);
    QCOMPARE(step.data().toString(), QStringLiteral("1 of 2"));
    QCOMPARE(step.data(models::FractionRole).toDouble(), 0.5);
    QVERIFY(qobject_cast<widgets::ProgressBarDelegate *>(
        page.deployments()->view()->itemDelegateForColumn(models::DeploymentsModel::Step)));
    QVERIFY(page.badge()->text().contains(QStringLiteral("error")));
    QVERIFY(page.apps()->selectId(QStringLiteral("/other")));
    QVERIFY(page.apps()->detailsPane()->toPlainText().contains(QStringLiteral("exit 1")));
    saveShot(&page, "apps");
}

QTEST_MAIN(tst_ClusterViews)
#include "tst_ClusterViews.moc"
