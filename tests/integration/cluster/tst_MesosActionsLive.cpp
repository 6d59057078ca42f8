// The Cluster page's Mesos operator actions against localcluster, driven as a user does: select
// an agent, press Drain, read the confirmation (its tasks, apps and frameworks), watch the
// maintenance column go draining -> drained while Marathon moves the tasks; tear down a
// framework; the Roles tab; an older Mesos disables what it lacks and says why.
// Screenshots (light and dark) with MC_SCREENSHOT_DIR.
#include "core/cluster/ClusterWatcher.h"
#include "core/http/HttpClient.h"
#include "core/mesos/MesosOperator.h"
#include "models/cluster/ClusterModels.h"
#include "models/cluster/RolesModel.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "widgets/cluster/ClusterPage.h"
#include "widgets/cluster/DetailTable.h"
#include "widgets/cluster/MesosActions.h"
#include "widgets/common/ConfirmDialog.h"
#include "widgets/settings/Appearance.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace mc;
using namespace Qt::StringLiterals;

namespace {

// Everything the page needs, on one localcluster.
struct Fixture
{
    explicit Fixture(const QStringList &arguments)
        : cluster(arguments)
    { }

    bool start()
    {
        if (!cluster.start())
            return false;
        cluster::WatcherConfig config;
        config.masters << QUrl(cluster.leaderUrl());
        config.marathons << QUrl(cluster.marathonUrl());
        config.pollIntervalMs = 400;
        config.maxPollIntervalMs = 800;
        config.mesosEvents = false;
        watcher = std::make_unique<cluster::ClusterWatcher>(config);
        models = std::make_unique<models::ClusterModels>();
        QObject::connect(watcher.get(), &cluster::ClusterWatcher::snapshotChanged, models.get(),
                         &models::ClusterModels::setSnapshot);
        page = std::make_unique<widgets::ClusterPage>(models.get());
        http = std::make_unique<http::HttpClient>();
        op = std::make_unique<mesos::MesosOperator>(http.get(), QUrl());
        actions = std::make_unique<widgets::MesosActions>(page.get(), models.get());
        actions->setOperator(op.get());
        actions->setConfirmation([this](const widgets::Confirmation &c) {
            asked.append(c);
            return true;
        });
        page->resize(1200, 600);
        page->show();
        watcher->start();
        return true;
    }

    QPushButton *button(const QString &name) const { return page->findChild<QPushButton *>(name); }

    // Selects the row of `id` in a table as a click does.
    static bool select(widgets::DetailTable *table, const QString &id)
    {
        QTableView *view = table->view();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex index = view->model()->index(r, 0);
            if (index.data(Qt::UserRole + 2).toString() == id) { // IdRole
                view->scrollTo(index);
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
                return table->selectedIds() == QStringList { id };
            }
        }
        return false;
    }

    QString maintenanceOf(const QString &agentId) const
    {
        const auto *agents = models->agents();
        for (int r = 0; r < agents->rowCount(); ++r) {
            if (agents->row(r).id == agentId)
                return agents->index(r, models::AgentsModel::Maintenance).data().toString();
        }
        return u"(no such agent)"_s;
    }

    test::LocalClusterProcess cluster;
    std::unique_ptr<cluster::ClusterWatcher> watcher;
    std::unique_ptr<models::ClusterModels> models;
    std::unique_ptr<widgets::ClusterPage> page;
    std::unique_ptr<http::HttpClient> http;
    std::unique_ptr<mesos::MesosOperator> op;
    std::unique_ptr<widgets::MesosActions> actions;
    QList<widgets::Confirmation> asked;
};

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("MC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    for (const auto theme : { settings::Theme::Light, settings::Theme::Dark }) {
        widgets::applyTheme(theme);
        QTest::qWait(50);
        w->grab().save(dir + u'/' + name + (theme == settings::Theme::Light ? u"-light.png"_s : u"-dark.png"_s));
    }
    widgets::applyTheme(settings::Theme::Light);
}

} // namespace

class tst_MesosActionsLive : public QObject
{
    Q_OBJECT

private slots:
    void drainAsksNamingTheTasksThenDrains();
    void teardownListsTheFrameworksTasks();
    void olderMesosDisablesWhatItLacksAndSaysWhy();
};

void tst_MesosActionsLive::drainAsksNamingTheTasksThenDrains()
{
    Fixture f({ u"--agents"_s, u"2"_s, u"--agent-hostnames"_s, u"a0.test,a1.test"_s, u"--second-framework"_s, u"1"_s,
                u"--kill-grace"_s, u"1500"_s });
    QVERIFY2(f.start(), qPrintable(f.cluster.error()));
    const QJsonObject app { { u"id"_s, u"/web"_s }, { u"cmd"_s, u"trap '' TERM; while true; do sleep 0.1; done"_s },
                            { u"instances"_s, 2 }, { u"cpus"_s, 0.1 }, { u"mem"_s, 16 } };
    QCOMPARE(test::httpRequest("POST", f.cluster.marathonUrl() + u"/v2/apps"_s, QJsonDocument(app).toJson()).status,
             201);
    QAbstractItemModelTester tester(f.actions->roles());
    // Both frameworks' tasks show before anything is asked.
    QTRY_VERIFY_WITH_TIMEOUT(f.models->snapshot() && f.models->snapshot()->tasks->size() >= 3, 15000);
    QTRY_VERIFY_WITH_TIMEOUT(!f.models->snapshot()->marathonTasks->empty(), 15000);
    // Drain the agent of a /web task; the other one takes the replacements.
    const QString a0 = f.models->snapshot()->marathonTasks->front().agentId;
    QString a1;
    const QJsonArray agents = f.cluster.endpoints()[u"agents"_s].toArray();
    for (const QJsonValue &a : agents) {
        if (a[u"id"_s].toString() != a0)
            a1 = a[u"id"_s].toString();
    }
    QVERIFY(!f.button(u"agentDrainButton"_s)->isEnabled()); // nothing selected
    f.page->tabs()->setCurrentWidget(f.page->agents());
    QVERIFY(Fixture::select(f.page->agents(), a0));
    QVERIFY2(f.button(u"agentDrainButton"_s)->isEnabled(), qPrintable(f.button(u"agentDrainButton"_s)->toolTip()));

    QTest::mouseClick(f.button(u"agentDrainButton"_s), Qt::LeftButton);
    QCOMPARE(f.asked.size(), 1);
    const widgets::Confirmation &c = f.asked.constFirst();
    QCOMPARE(c.objects.size(), 1);
    QVERIFY2(c.objects.constFirst().contains(u"/web"_s), qPrintable(c.objects.constFirst()));
    QVERIFY2(c.objects.constFirst().contains(u"marathon"_s), qPrintable(c.objects.constFirst()));
    QVERIFY2(c.consequence.contains(u"replacements"_s), qPrintable(c.consequence));

    // The task ignores SIGTERM: draining for the kill grace period, then drained.
    QTRY_COMPARE_WITH_TIMEOUT(f.maintenanceOf(a0), u"draining"_s, 10000);
    shoot(f.page.get(), u"agents-draining"_s);
    QTRY_COMPARE_WITH_TIMEOUT(f.maintenanceOf(a0), u"drained"_s, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(
        test::httpGet(f.cluster.marathonUrl() + u"/v2/apps/web"_s).json()[u"app"_s][u"tasksRunning"_s].toInt(), 2,
        15000);
    const QJsonArray tasks
        = test::httpGet(f.cluster.marathonUrl() + u"/v2/apps/web/tasks"_s).json()[u"tasks"_s].toArray();
    for (const QJsonValue &t : tasks)
        QCOMPARE(t[u"slaveId"_s].toString(), a1);

    // A maintenance window for the other agent's machine shows in its column.
    f.actions->setWindowPrompt([](QDateTime *start, qint64 *duration) {
        *start = QDateTime(QDate(2030, 1, 2), QTime(8, 0), Qt::UTC);
        *duration = 7200;
        return true;
    });
    QVERIFY(Fixture::select(f.page->agents(), a1));
    QTest::mouseClick(f.button(u"agentScheduleButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.maintenanceOf(a1).startsWith(u"window"_s), 10000);
    QCOMPARE(f.maintenanceOf(a0), u"drained"_s); // another machine: no window

    // Roles (read while their tab is shown): Marathon's "*" and the second framework's "analytics".
    f.page->tabs()->setCurrentWidget(f.actions->rolesTable());
    QTRY_COMPARE_WITH_TIMEOUT(f.actions->roles()->rowCount(), 2, 10000);
    shoot(f.page.get(), u"roles"_s);
    f.page->tabs()->setCurrentWidget(f.page->agents());
    shoot(f.page.get(), u"agents-maintenance"_s);
}

void tst_MesosActionsLive::teardownListsTheFrameworksTasks()
{
    Fixture f({ u"--agents"_s, u"1"_s, u"--second-framework"_s, u"2"_s });
    QVERIFY2(f.start(), qPrintable(f.cluster.error()));
    const QString batch = f.cluster.endpoints()[u"frameworkId"_s].toString().chopped(1) + u'1';
    QTRY_VERIFY_WITH_TIMEOUT(f.models->snapshot() && f.models->snapshot()->tasks->size() == 2, 15000);
    f.page->tabs()->setCurrentWidget(f.page->frameworks());
    QVERIFY(Fixture::select(f.page->frameworks(), batch));
    shoot(f.page.get(), u"frameworks"_s);
    QTest::mouseClick(f.button(u"frameworkTeardownButton"_s), Qt::LeftButton);
    QCOMPARE(f.asked.size(), 1);
    QCOMPARE(f.asked.constFirst().objects.size(), 2);
    QVERIFY(f.asked.constFirst().objects.constFirst().startsWith(u"batch-"_s));
    QTRY_VERIFY_WITH_TIMEOUT(
        !test::httpGet(f.cluster.leaderUrl() + u"/master/frameworks"_s).json()[u"completed_frameworks"_s].toArray().isEmpty(),
        10000);
    QTRY_VERIFY_WITH_TIMEOUT(std::none_of(f.models->snapshot()->tasks->cbegin(), f.models->snapshot()->tasks->cend(),
                                          [](const mesos::Task &t) { return t.state == mesos::TaskState::Running; }),
                             15000);
}

void tst_MesosActionsLive::olderMesosDisablesWhatItLacksAndSaysWhy()
{
    Fixture f({ u"--agents"_s, u"1"_s, u"--mesos-version"_s, u"1.4.3"_s });
    QVERIFY2(f.start(), qPrintable(f.cluster.error()));
    QTRY_VERIFY_WITH_TIMEOUT(f.models->snapshot() && f.models->snapshot()->agents->size() == 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(f.op->version(), u"1.4.3"_s, 10000);
    f.page->tabs()->setCurrentWidget(f.page->agents());
    QVERIFY(Fixture::select(f.page->agents(), f.models->snapshot()->agents->front().id));
    for (const QString &name : { u"agentDrainButton"_s, u"agentDeactivateButton"_s, u"agentReactivateButton"_s }) {
        QVERIFY2(!f.button(name)->isEnabled(), qPrintable(name));
        QVERIFY2(f.button(name)->toolTip().contains(u"Mesos 1.4.3 has no"_s), qPrintable(f.button(name)->toolTip()));
    }
    QVERIFY(f.button(u"agentGoneButton"_s)->toolTip().contains(u"came with Mesos 1.5"_s));
    // What 1.4 has stays available.
    QVERIFY2(f.button(u"agentScheduleButton"_s)->isEnabled(), qPrintable(f.button(u"agentScheduleButton"_s)->toolTip()));
    shoot(f.page.get(), u"agents-mesos-1.4"_s);
}

QTEST_MAIN(tst_MesosActionsLive)
#include "tst_MesosActionsLive.moc"
