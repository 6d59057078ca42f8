// The Apps page's tree of groups on a big Marathon: GUI-thread time of one update of N apps (default
// 10,000 in 20 × 10 groups) applied to AppsModel alone, and with the tree of groups
// (AppGroupTreeModel + its sorting proxy, then a shown QTreeView, offscreen, folded and expanded)
// following it.
//   bench_app_groups [apps] [--runs R]
// Updates measured: every app's running count changes (the worst case of a live update), and a
// churn of 1 % of the apps removed and as many new ones added.
#include "core/cluster/ClusterSnapshot.h"
#include "models/apps/AppGroupTreeModel.h"
#include "models/cluster/AppsModel.h"
#include "models/cluster/ClusterModels.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

#include <cstdio>
#include <memory>

using namespace mc;

namespace {

cluster::SnapshotPtr snapshotOf(int apps, int running, int firstId)
{
    auto snapshot = std::make_shared<cluster::ClusterSnapshot>();
    std::vector<marathon::App> list;
    list.reserve(size_t(apps));
    for (int i = firstId; i < firstId + apps; ++i) {
        marathon::App a;
        a.id = QStringLiteral("/g%1/s%2/app%3").arg(i % 20).arg((i / 20) % 10).arg(i);
        a.instances = 3;
        a.tasksRunning = running;
        a.cpus = 0.1;
        a.mem = 64;
        list.push_back(std::move(a));
    }
    snapshot->apps = std::make_shared<const mc::SharedList<marathon::App>>(std::move(list));
    return snapshot;
}

// Milliseconds of the GUI-thread part of applying `next` (the diff is computed before, as on the
// worker).
double applyMs(models::ClusterModels &models, const cluster::SnapshotPtr &next)
{
    auto plans = models.computePlans(next);
    QElapsedTimer timer;
    timer.start();
    models.apply(std::move(plans));
    QCoreApplication::processEvents(); // the view's relayout
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int apps = args.size() > 1 && !args.at(1).startsWith(u'-') ? args.at(1).toInt() : 10000;
    const int runsAt = int(args.indexOf(QStringLiteral("--runs")));
    const int runs = runsAt > 0 && runsAt + 1 < args.size() ? args.at(runsAt + 1).toInt() : 3;
    const int churn = std::max(1, apps / 100);

    // 0: AppsModel alone; 1: + tree + proxy; 2: + a shown view, groups folded (as a big cluster
    // starts); 3: every group expanded.
    for (const int variant : { 0, 1, 2, 3 }) {
        const bool withTree = variant > 0;
        const bool withView = variant > 1;
        const bool expanded = variant > 2;
        models::ClusterModels models;
        std::unique_ptr<models::AppGroupTreeModel> tree;
        std::unique_ptr<QSortFilterProxyModel> proxy;
        std::unique_ptr<QTreeView> view;
        if (withTree) {
            tree = std::make_unique<models::AppGroupTreeModel>(models.apps());
            proxy = std::make_unique<QSortFilterProxyModel>();
            proxy->setSourceModel(tree.get());
            proxy->setSortRole(models::RawValueRole);
        }
        if (withView) {
            view = std::make_unique<QTreeView>();
            view->setUniformRowHeights(true);
            view->setModel(proxy.get());
            view->setSortingEnabled(true);
            view->sortByColumn(models::AppsModel::Id, Qt::AscendingOrder);
            view->resize(1280, 800);
            view->show();
            (void)QTest::qWaitForWindowExposed(view.get());
        }
        const double first = applyMs(models, snapshotOf(apps, 3, 0));
        if (view && expanded)
            view->expandAll();
        double allChanged = 0;
        double churned = 0;
        for (int run = 0; run < runs; ++run) {
            allChanged += applyMs(models, snapshotOf(apps, 2, 0));
            churned += applyMs(models, snapshotOf(apps, 3, churn));
            (void)applyMs(models, snapshotOf(apps, 3, 0)); // back to the start for the next run
        }
        std::printf(
            "%-28s %d apps: first %.1f ms; all changed %.1f ms; %d removed + %d added %.1f ms (mean of %d)\n",
            expanded       ? "+ view, all groups expanded"
                : withView ? "+ view, groups folded"
                : withTree ? "+ tree of groups, proxy"
                           : "AppsModel alone",
            apps, first, allChanged / runs, churn, churn, churned / runs, runs);
        if (tree) {
            const auto t = tree->totals(QStringLiteral("/"));
            std::printf("  check: %d apps, %d instances, %d running in the tree\n", t.apps, t.instances,
                        t.running);
        }
    }
    return 0;
}
