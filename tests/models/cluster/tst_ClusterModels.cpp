#include "core/mesos/MesosParser.h"
#include "models/cluster/ClusterModels.h"
#include "models/cluster/TaskFilterProxyModel.h"
#include "tests/support/TestPaths.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QFile>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <algorithm>
#include <random>

using namespace mc;
using namespace mc::models;
using cluster::ClusterSnapshot;
using cluster::SnapshotPtr;

namespace {
mesos::Task task(const QString &id, const QString &agent, double cpus,
                 mesos::TaskState state = mesos::TaskState::Running)
{
    mesos::Task t;
    t.id = id;
    t.name = id;
    t.agentId = agent;
    t.frameworkId = QStringLiteral("F");
    t.state = state;
    t.resources.cpus = cpus;
    t.resources.mem = 64;
    return t;
}

mesos::Agent agent(const QString &id, const QString &host)
{
    mesos::Agent a;
    a.id = id;
    a.hostname = host;
    a.total.cpus = 4;
    a.total.mem = 4096;
    return a;
}

SnapshotPtr snapshot(std::vector<mesos::Task> tasks, std::vector<marathon::MarathonTask> marathonTasks = {},
                     std::vector<marathon::App> apps = {})
{
    auto s = std::make_shared<ClusterSnapshot>();
    s->agents = std::make_shared<const std::vector<mesos::Agent>>(
        std::vector<mesos::Agent> { agent(QStringLiteral("S0"), QStringLiteral("agent-0")),
                                    agent(QStringLiteral("S1"), QStringLiteral("agent-1")) });
    s->tasks = std::make_shared<const mesos::TaskList>(std::move(tasks));
    s->hasTaskList = true;
    s->marathonTasks = std::make_shared<const mc::SharedList<marathon::MarathonTask>>(std::move(marathonTasks));
    s->apps = std::make_shared<const mc::SharedList<marathon::App>>(std::move(apps));
    return s;
}

marathon::MarathonTask marathonTask(const QString &id, const QString &app)
{
    marathon::MarathonTask t;
    t.id = id;
    t.appId = app;
    return t;
}

marathon::App app(const QString &id, int instances)
{
    marathon::App a;
    a.id = id;
    a.instances = instances;
    a.tasksRunning = instances;
    return a;
}

QStringList column(const QAbstractItemModel &model, int column)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.index(r, column).data(IdRole).toString();
    return out;
}
} // namespace

class tst_ClusterModels : public QObject
{
    Q_OBJECT

private slots:
    void everyModelPassesTheModelTester();
    void diffsByIdWithoutReset();
    void randomListChangesLeaveTheRowsOfTheList();
    void rowsBuiltFromThePreviousOnesAreTheRowsOfTheLists();
    void selectionAndSortSurviveUpdates();
    void updateSortedByAChangedColumnIsOneLayoutChange();
    void appsSortedByIdStayPutWhenTheirTasksChange();
    void filtersTasksByAppAgentStateAndText();
    void joinsHostAndAppIntoTaskRows();
    void marathonOnlyTasksWithoutMesosTaskList();
    void asynchronousUpdatesCoalesceToTheNewest();
    void unchangedListsAreNotDiffed();
    void fixtureStateFillsModels();
};

// Task counts move every second on a busy cluster: a view sorted by app id must not
// re-sort its thousands of apps for that (QSortFilterProxyModel re-sorts the rows of a
// dataChanged that spans the sort column).
void tst_ClusterModels::appsSortedByIdStayPutWhenTheirTasksChange()
{
    ClusterModels models;
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(models.apps());
    proxy.setDynamicSortFilter(true);
    proxy.sort(AppsModel::Id);
    std::vector<marathon::App> apps;
    apps.reserve(100);
    for (int i = 0; i < 100; ++i)
        apps.push_back(app(QStringLiteral("/app-%1").arg(i, 3, 10, QLatin1Char('0')), 2));
    models.applyNow(snapshot({}, {}, apps));
    QCOMPARE(proxy.rowCount(), 100);

    QSignalSpy changed(models.apps(), &QAbstractItemModel::dataChanged);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    for (int i = 0; i < 100; i += 2) // 50 apps: more than the model sends one signal each for
        apps[size_t(i)].tasksRunning = 1;
    models.applyNow(snapshot({}, {}, apps));
    QVERIFY(changed.count() > 0);
    for (const QList<QVariant> &args : std::as_const(changed)) {
        QVERIFY(args.at(0).toModelIndex().column() > AppsModel::Id);
        QVERIFY(args.at(1).toModelIndex().column() <= AppsModel::Running);
    }
    QCOMPARE(layout.count(), 0);
    QCOMPARE(proxy.index(0, AppsModel::Running).data().toInt(), 1);
    QCOMPARE(proxy.index(1, AppsModel::Running).data().toInt(), 2);

    // A change no column shows (a new version) still reaches the row, through its id.
    changed.clear();
    apps[3].version = QStringLiteral("2026-12-06T00:00:00.000Z");
    models.applyNow(snapshot({}, {}, apps));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.constFirst().at(0).toModelIndex().column(), int(AppsModel::Id));
}

void tst_ClusterModels::everyModelPassesTheModelTester()
{
    ClusterModels models;
    QList<QAbstractItemModel *> all { models.agents(), models.frameworks(), models.apps(), models.tasks(),
                                      models.deployments() };
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *m : all)
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            m, QAbstractItemModelTester::FailureReportingMode::QtTest));
    TaskFilterProxyModel proxy;
    proxy.setSourceModel(models.tasks());
    proxy.sort(TasksModel::Cpus);
    testers.push_back(std::make_unique<QAbstractItemModelTester>(
        &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest));

    models.applyNow(snapshot({ task(QStringLiteral("a"), QStringLiteral("S0"), 1),
                               task(QStringLiteral("b"), QStringLiteral("S1"), 2) },
                             {}, { app(QStringLiteral("/x"), 1) }));
    models.applyNow(snapshot({ task(QStringLiteral("b"), QStringLiteral("S1"), 3),
                               task(QStringLiteral("c"), QStringLiteral("S0"), 0.5) },
                             {}, { app(QStringLiteral("/x"), 2), app(QStringLiteral("/y"), 1) }));
    models.applyNow(snapshot({}));
    models.applyNow(snapshot({ task(QStringLiteral("d"), QStringLiteral("S0"), 1) }));

    auto withDeployments = std::make_shared<ClusterSnapshot>(*models.snapshot());
    marathon::Deployment d;
    d.id = QStringLiteral("dep-1");
    d.affectedApps = { QStringLiteral("/x") };
    withDeployments->deployments
        = std::make_shared<const std::vector<marathon::Deployment>>(std::vector { d });
    models.applyNow(withDeployments);
    QCOMPARE(models.deployments()->rowCount(), 1);
    models.applyNow(snapshot({}));
    QCOMPARE(models.deployments()->rowCount(), 0);
}

void tst_ClusterModels::diffsByIdWithoutReset()
{
    TasksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    auto set = [&](std::vector<mesos::Task> tasks) {
        model.setItems(TaskRow::rowsOf(*snapshot(std::move(tasks))));
    };
    set({ task(QStringLiteral("t1"), QStringLiteral("S0"), 1),
          task(QStringLiteral("t2"), QStringLiteral("S0"), 1),
          task(QStringLiteral("t3"), QStringLiteral("S1"), 1),
          task(QStringLiteral("t4"), QStringLiteral("S1"), 1) });
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(column(model, 0),
             (QStringList { QStringLiteral("t1"), QStringLiteral("t2"), QStringLiteral("t3"),
                            QStringLiteral("t4") }));

    // t2 and t3 go (one range), t4 changes, t5 arrives; order of the kept rows stays.
    set({ task(QStringLiteral("t5"), QStringLiteral("S0"), 1),
          task(QStringLiteral("t4"), QStringLiteral("S1"), 2),
          task(QStringLiteral("t1"), QStringLiteral("S0"), 1) });
    QCOMPARE(column(model, 0),
             (QStringList { QStringLiteral("t1"), QStringLiteral("t4"), QStringLiteral("t5") }));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.last().at(1).toInt(), 1);
    QCOMPARE(removed.last().at(2).toInt(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.last().at(0).toModelIndex().row(), 1);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.index(1, TasksModel::Cpus).data(RawValueRole).toDouble(), 2.0);

    // The same content again: no signal at all.
    const int signalsBefore = int(removed.count() + inserted.count() + changed.count());
    set({ task(QStringLiteral("t5"), QStringLiteral("S0"), 1),
          task(QStringLiteral("t4"), QStringLiteral("S1"), 2),
          task(QStringLiteral("t1"), QStringLiteral("S0"), 1) });
    QCOMPARE(int(removed.count() + inserted.count() + changed.count()), signalsBefore);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
}

// The diff looks for a row where it was in the previous list first: whatever
// the list does (in-place changes, swap-removes, appends, a shuffle), the rows afterwards are the list's items, each once, with
// their current data, and rows kept keep their order.
void tst_ClusterModels::randomListChangesLeaveTheRowsOfTheList()
{
    TasksModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A sorted, filtered view: its order moves only the changed rows (TasksModel::OrderChanges)
    // and must stay the order a full sort gives.
    TaskFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setText(QStringLiteral("1"));
    sorted.sort(TasksModel::Cpus, Qt::DescendingOrder);
    TaskFilterProxyModel unsorted;
    unsorted.setSourceModel(&model);
    unsorted.setText(QStringLiteral("2"));
    QRandomGenerator random(17);
    std::vector<mesos::Task> tasks;
    int nextId = 0;
    for (; nextId < 200; ++nextId)
        tasks.push_back(task(QStringLiteral("t%1").arg(nextId), QStringLiteral("S0"), 1));
    model.setItems(TaskRow::rowsOf(*snapshot(tasks)));
    for (int round = 0; round < 300; ++round) {
        const QStringList before = column(model, TasksModel::Id);
        const int kind = int(random.bounded(6));
        const int changes = 1 + int(random.bounded(8));
        for (int c = 0; c < changes && !tasks.empty(); ++c) {
            const size_t at = random.bounded(quint32(tasks.size()));
            if (kind == 0 || kind == 1) { // changed in place
                tasks[at].resources.cpus = double(random.bounded(100));
            } else if (kind == 2) { // removed: the last takes its place
                tasks[at] = tasks.back();
                tasks.pop_back();
            } else if (kind == 3) { // added
                tasks.push_back(task(QStringLiteral("t%1").arg(nextId++), QStringLiteral("S1"), 2));
            } else if (kind == 4) { // removed keeping the order
                tasks.erase(tasks.begin() + qsizetype(at));
            }
        }
        if (kind == 5)
            std::shuffle(tasks.begin(), tasks.end(), std::mt19937(random.generate()));
        model.setItems(TaskRow::rowsOf(*snapshot(tasks)));

        QStringList want;
        QHash<QString, double> cpus;
        for (const mesos::Task &t : tasks) {
            want << t.id;
            cpus.insert(t.id, t.resources.cpus);
        }
        QStringList shown = column(model, TasksModel::Id);
        QCOMPARE(shown.size(), want.size());
        QStringList kept;
        for (const QString &id : before) {
            if (cpus.contains(id))
                kept << id;
        }
        QCOMPARE(shown.mid(0, kept.size()), kept); // kept rows first, in their order
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.index(r, TasksModel::Cpus).data(RawValueRole).toDouble(), cpus.value(shown[r]));
        shown.sort();
        want.sort();
        QCOMPARE(shown, want);

        std::vector<const TaskRow *> rows;
        for (int r = 0; r < model.rowCount(); ++r)
            rows.push_back(&model.row(r));
        for (const TaskFilterProxyModel *view : { &sorted, &unsorted }) {
            const std::vector<int> full = TaskFilterProxyModel::order(rows, view->settings());
            QCOMPARE(view->rowCount(), int(full.size()));
            for (int p = 0; p < view->rowCount(); ++p)
                QCOMPARE(view->mapToSource(view->index(p, 0)).row(), full[size_t(p)]);
        }
    }
}

// TaskRow::Builder reuses the rows of tasks whose Mesos and Marathon objects did
// not change; whatever the lists do, its rows are the rows a full build makes.
void tst_ClusterModels::rowsBuiltFromThePreviousOnesAreTheRowsOfTheLists()
{
    QRandomGenerator random(23);
    mesos::TaskList tasks;
    SharedList<marathon::MarathonTask> marathonTasks;
    int nextId = 0;
    const auto addTask = [&] {
        const QString id = QStringLiteral("app%1.t%2").arg(nextId % 7).arg(nextId);
        tasks.push_back(task(id, random.bounded(2) ? QStringLiteral("S0") : QStringLiteral("S1"), 1));
        if (random.bounded(4) != 0) // some tasks Marathon does not know (yet)
            marathonTasks.push_back(marathonTask(id, QStringLiteral("/app%1").arg(nextId % 7)));
        ++nextId;
    };
    for (int i = 0; i < 100; ++i)
        addTask();
    auto agents = snapshot({})->agents;
    TaskRow::Builder builder;
    int incremental = 0;
    for (int round = 0; round < 400; ++round) {
        const int kind = int(random.bounded(9));
        for (int c = 0; c < 1 + int(random.bounded(5)); ++c) {
            const size_t at = random.bounded(quint32(std::max<size_t>(1, tasks.size())));
            const size_t m = random.bounded(quint32(std::max<size_t>(1, marathonTasks.size())));
            if (kind == 0 && at < tasks.size()) { // a Mesos task changes
                mesos::Task t = tasks[at];
                t.state = mesos::TaskState(random.bounded(int(mesos::TaskState::Other)));
                tasks.set(at, std::move(t));
            } else if (kind == 1 && at < tasks.size()) { // a Mesos task goes: the last takes its place
                tasks.set(at, tasks.ptr(tasks.size() - 1));
                tasks.pop_back();
            } else if (kind == 2) {
                addTask();
            } else if (kind == 3 && m < marathonTasks.size()) { // Marathon's side changes
                marathon::MarathonTask t = marathonTasks[m];
                t.healthy = random.bounded(2) == 1;
                t.appId += QStringLiteral("x");
                marathonTasks.set(m, std::move(t));
            } else if (kind == 4 && m < marathonTasks.size()) { // Marathon forgets a task
                marathonTasks.set(m, marathonTasks.ptr(marathonTasks.size() - 1));
                marathonTasks.pop_back();
            } else if (kind == 5 && at < tasks.size()) { // Marathon learns of a task late
                bool known = false;
                for (const auto &t : marathonTasks)
                    known = known || t.id == tasks[at].id;
                if (!known)
                    marathonTasks.push_back(marathonTask(tasks[at].id, QStringLiteral("/late")));
            } else if (kind == 6) { // the agents' list changes, their labels do not
                agents = std::make_shared<const std::vector<mesos::Agent>>(*agents);
            } else if (kind == 7) { // an agent's label changes: every row is built again
                auto changed = *agents;
                changed[0].hostname += QStringLiteral("x");
                changed[0].pid = QStringLiteral("slave(1)@%1:5051").arg(changed[0].hostname);
                agents = std::make_shared<const std::vector<mesos::Agent>>(std::move(changed));
            }
        }
        auto s = std::make_shared<ClusterSnapshot>(*snapshot({}));
        s->tasks = std::make_shared<const mesos::TaskList>(tasks);
        s->marathonTasks = std::make_shared<const SharedList<marathon::MarathonTask>>(marathonTasks);
        s->agents = agents;
        const auto built = builder.rowsOf(*s);
        incremental += builder.lastWasIncremental() ? 1 : 0;
        const auto full = TaskRow::rowsOf(*s);
        QCOMPARE(built->size(), full->size());
        for (size_t i = 0; i < full->size(); ++i) {
            const TaskRow &a = (*built)[i];
            const TaskRow &b = (*full)[i];
            QCOMPARE(a.task, b.task);
            QCOMPARE(a.host(), b.host());
            QCOMPARE(a.appId(), b.appId());
            QCOMPARE(a.healthy, b.healthy);
        }
    }
    QVERIFY(incremental > 300); // all but the first and the label changes
}

void tst_ClusterModels::selectionAndSortSurviveUpdates()
{
    ClusterModels models;
    TaskFilterProxyModel proxy;
    proxy.setSourceModel(models.tasks());
    proxy.sort(TasksModel::Cpus, Qt::DescendingOrder);
    QItemSelectionModel selection(&proxy);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    std::vector<mesos::Task> tasks;
    tasks.reserve(50);
    for (int i = 0; i < 50; ++i)
        tasks.push_back(
            task(QStringLiteral("t%1").arg(i), i % 2 ? QStringLiteral("S1") : QStringLiteral("S0"), i * 0.1));
    models.applyNow(snapshot(tasks));
    const int selectedRow = [&] {
        for (int r = 0; r < proxy.rowCount(); ++r) {
            if (proxy.index(r, 0).data(IdRole).toString() == u"t20")
                return r;
        }
        return -1;
    }();
    QVERIFY(selectedRow >= 0);
    selection.setCurrentIndex(proxy.index(selectedRow, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // Churn: ten tasks finish and go, ten new ones come, every other one changes its CPU share.
    std::vector<mesos::Task> next;
    for (int i = 10; i < 60; ++i)
        next.push_back(task(QStringLiteral("t%1").arg(i), i % 2 ? QStringLiteral("S1") : QStringLiteral("S0"),
                            i % 3 == 0 ? i * 0.2 : i * 0.1));
    models.applyNow(snapshot(next));

    QCOMPARE(proxy.rowCount(), 50);
    const QModelIndex current = selection.currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.data(IdRole).toString(), QStringLiteral("t20"));
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().constFirst().data(IdRole).toString(), QStringLiteral("t20"));
    for (int r = 1; r < proxy.rowCount(); ++r) {
        QVERIFY(proxy.index(r - 1, TasksModel::Cpus).data(RawValueRole).toDouble()
                >= proxy.index(r, TasksModel::Cpus).data(RawValueRole).toDouble());
    }
}

void tst_ClusterModels::updateSortedByAChangedColumnIsOneLayoutChange()
{
    ClusterModels models;
    TaskFilterProxyModel proxy;
    proxy.setSourceModel(models.tasks());
    proxy.sort(TasksModel::State, Qt::DescendingOrder);
    proxy.setStates(TaskFilterProxyModel::StateFilter::Active);
    QItemSelectionModel selection(&proxy);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto agentOf = [](int i) { return i % 2 ? QStringLiteral("S1") : QStringLiteral("S0"); };

    std::vector<mesos::Task> tasks;
    tasks.reserve(200);
    for (int i = 0; i < 200; ++i)
        tasks.push_back(task(QStringLiteral("t%1").arg(i), agentOf(i), 1,
                             i % 5 ? mesos::TaskState::Running : mesos::TaskState::Staging));
    models.applyNow(snapshot(tasks));
    QCOMPARE(proxy.rowCount(), 200);
    const auto rowOf = [&](const QString &id) { return int(column(proxy, 0).indexOf(id)); };
    selection.setCurrentIndex(proxy.index(rowOf(QStringLiteral("t50")), 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);
    QSignalSpy applied(&models, &ClusterModels::snapshotApplied);
    // Ten tasks go, ten come, every third one (t50 too) changes state, t7x finish (filtered out).
    std::vector<mesos::Task> next;
    for (int i = 10; i < 210; ++i) {
        mesos::TaskState state = i % 5 ? mesos::TaskState::Running : mesos::TaskState::Staging;
        if (i % 3 == 0 || i == 50)
            state = mesos::TaskState::Killing;
        if (i >= 70 && i < 80)
            state = mesos::TaskState::Finished;
        next.push_back(task(QStringLiteral("t%1").arg(i), agentOf(i), 1, state));
    }
    models.setSnapshot(snapshot(next)); // the order is computed with the diff, on the thread pool
    QTRY_COMPARE(applied.count(), 1);

    QCOMPARE(layout.count(), 1);
    QCOMPARE(inserted.count() + removed.count() + reset.count(), 0);
    QCOMPARE(proxy.rowCount(), 190);
    QCOMPARE(selection.currentIndex().data(IdRole).toString(), QStringLiteral("t50"));
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().constFirst().data(IdRole).toString(), QStringLiteral("t50"));
    // The same order as a proxy sorting from scratch: by state, ties in the model's order.
    TaskFilterProxyModel fresh;
    fresh.setSourceModel(models.tasks());
    fresh.setStates(TaskFilterProxyModel::StateFilter::Active);
    fresh.sort(TasksModel::State, Qt::DescendingOrder);
    QCOMPARE(column(proxy, 0), column(fresh, 0));
    for (int r = 1; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r - 1, TasksModel::State).data(RawValueRole).toInt()
                >= proxy.index(r, TasksModel::State).data(RawValueRole).toInt());
    QVERIFY(!column(proxy, 0).contains(QStringLiteral("t75")));

    // A change of sort is applied at once; the selection follows its row.
    proxy.sort(TasksModel::Id, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(IdRole).toString(), QStringLiteral("t10"));
    QCOMPARE(proxy.index(1, 0).data(IdRole).toString(), QStringLiteral("t100"));
    QCOMPARE(selection.currentIndex().data(IdRole).toString(), QStringLiteral("t50"));
}

void tst_ClusterModels::filtersTasksByAppAgentStateAndText()
{
    ClusterModels models;
    TaskFilterProxyModel proxy;
    proxy.setSourceModel(models.tasks());
    models.applyNow(
        snapshot({ task(QStringLiteral("web.1"), QStringLiteral("S0"), 1),
                   task(QStringLiteral("web.2"), QStringLiteral("S1"), 1, mesos::TaskState::Failed),
                   task(QStringLiteral("db.1"), QStringLiteral("S1"), 1, mesos::TaskState::Staging) },
                 { marathonTask(QStringLiteral("web.1"), QStringLiteral("/web")),
                   marathonTask(QStringLiteral("web.2"), QStringLiteral("/web")),
                   marathonTask(QStringLiteral("db.1"), QStringLiteral("/db")) }));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setApp(QStringLiteral("/web"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setAgent(QStringLiteral("agent-1")); // by host
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setAgent(QStringLiteral("S0")); // by id
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setApp({});
    proxy.setAgent({});
    proxy.setStates(TaskFilterProxyModel::StateFilter::Active);
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setStates(TaskFilterProxyModel::StateFilter::Terminal);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setStates(TaskFilterProxyModel::StateFilter::Exact, mesos::TaskState::Staging);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setStates(TaskFilterProxyModel::StateFilter::All);
    proxy.setText(QStringLiteral("DB"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("db.1"));
    // Filters hold while rows update.
    models.applyNow(snapshot({ task(QStringLiteral("db.2"), QStringLiteral("S0"), 1),
                               task(QStringLiteral("web.1"), QStringLiteral("S0"), 1) }));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("db.2"));
}

void tst_ClusterModels::joinsHostAndAppIntoTaskRows()
{
    ClusterModels models;
    mesos::Task t = task(QStringLiteral("web.1"), QStringLiteral("S1"), 0.5);
    t.resources.ports = QStringLiteral("[31000-31000, 31005-31007]");
    t.startedAt = 1709287263.48;
    auto m = marathonTask(QStringLiteral("web.1"), QStringLiteral("/web"));
    m.healthy = false;
    models.applyNow(snapshot({ t }, { m }));
    const TasksModel *tasks = models.tasks();
    // The agent by address, port and id tail: two agents on one host differ.
    QCOMPARE(tasks->index(0, TasksModel::Host).data().toString(), QStringLiteral("agent-1:5051 · S1"));
    QCOMPARE(tasks->index(0, TasksModel::App).data().toString(), QStringLiteral("/web"));
    QCOMPARE(tasks->index(0, TasksModel::Ports).data().toString(), QStringLiteral("31000, 31005-31007"));
    QCOMPARE(tasks->index(0, TasksModel::Health).data().toString(), QStringLiteral("unhealthy"));
    QCOMPARE(tasks->index(0, TasksModel::State).data().toString(), QStringLiteral("running"));
    QCOMPARE(tasks->index(0, TasksModel::Started).data(RawValueRole).toDouble(), 1709287263.48);
    QVERIFY(!tasks->index(0, TasksModel::Started).data().toString().isEmpty());
}

void tst_ClusterModels::marathonOnlyTasksWithoutMesosTaskList()
{
    ClusterModels models;
    auto s = std::make_shared<ClusterSnapshot>();
    auto m = marathonTask(QStringLiteral("web.1"), QStringLiteral("/web"));
    m.host = QStringLiteral("a1");
    m.state = QStringLiteral("TASK_RUNNING");
    m.ports = { 31000, 31001 };
    m.startedAt = QStringLiteral("2015-09-17T09:32:42.598Z");
    s->marathonTasks = std::make_shared<const mc::SharedList<marathon::MarathonTask>>(std::vector { m });
    models.applyNow(s);
    QCOMPARE(models.tasks()->rowCount(), 1);
    QCOMPARE(models.tasks()->index(0, TasksModel::Host).data().toString(), QStringLiteral("a1"));
    QCOMPARE(models.tasks()->index(0, TasksModel::Ports).data().toString(), QStringLiteral("31000, 31001"));
    QVERIFY(models.tasks()->index(0, TasksModel::Started).data(RawValueRole).toDouble() > 1.4e9);
}

void tst_ClusterModels::asynchronousUpdatesCoalesceToTheNewest()
{
    ClusterModels models;
    QAbstractItemModelTester tester(models.tasks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy applied(&models, &ClusterModels::snapshotApplied);
    for (int round = 1; round <= 5; ++round) {
        std::vector<mesos::Task> tasks;
        tasks.reserve(size_t(round) * 10);
        for (int i = 0; i < round * 10; ++i)
            tasks.push_back(task(QStringLiteral("t%1").arg(i), QStringLiteral("S0"), round));
        models.setSnapshot(snapshot(tasks));
    }
    QTRY_COMPARE(models.tasks()->rowCount(), 50);
    QTRY_VERIFY(models.snapshot() && models.snapshot()->tasks->size() == 50);
    QVERIFY(applied.count() <= 5);
    QCOMPARE(models.tasks()->index(0, TasksModel::Cpus).data(RawValueRole).toDouble(), 5.0);
}

void tst_ClusterModels::unchangedListsAreNotDiffed()
{
    ClusterModels models;
    const SnapshotPtr first = snapshot({ task(QStringLiteral("a"), QStringLiteral("S0"), 1) });
    models.applyNow(first);
    const quint64 tasksGeneration = models.tasks()->generation();
    auto marathonOnly = std::make_shared<ClusterSnapshot>(*first);
    marathonOnly->apps
        = std::make_shared<const mc::SharedList<marathon::App>>(std::vector { app(QStringLiteral("/x"), 1) });
    models.applyNow(marathonOnly);
    QCOMPARE(models.tasks()->generation(), tasksGeneration);
    QCOMPARE(models.apps()->rowCount(), 1);
}

void tst_ClusterModels::fixtureStateFillsModels()
{
    QFile file(test::fixturePath(QStringLiteral("mesos/v0/master/state.assembled-1.11.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto state = mesos::MesosParser::parseState(file.readAll());
    QVERIFY(state.ok());
    auto s = std::make_shared<ClusterSnapshot>();
    s->agents = std::make_shared<const std::vector<mesos::Agent>>(state->agents);
    s->frameworks = std::make_shared<const std::vector<mesos::Framework>>(state->frameworks);
    s->tasks = std::make_shared<const mesos::TaskList>(state->tasks);
    s->hasTaskList = true;
    ClusterModels models;
    QAbstractItemModelTester t1(models.agents(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(models.frameworks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    models.applyNow(s);
    QCOMPARE(models.agents()->rowCount(), 2);
    QCOMPARE(models.frameworks()->rowCount(), 3);
    QCOMPARE(models.tasks()->rowCount(), 5);
    QCOMPARE(models.agents()->index(0, AgentsModel::Cpus).data().toString(), QStringLiteral("0.5 / 4"));
    QCOMPARE(models.agents()->index(0, AgentsModel::Cpus).data(FractionRole).toDouble(), 0.125);
    QCOMPARE(models.agents()->index(0, AgentsModel::Memory).data().toString(),
             QStringLiteral("256 MiB / 7.5 GiB"));
    QCOMPARE(models.tasks()->index(0, TasksModel::Host).data().toString(),
             QStringLiteral("mesos-agent-1.test:5051 · S0"));
}

QTEST_MAIN(tst_ClusterModels)
#include "tst_ClusterModels.moc"
