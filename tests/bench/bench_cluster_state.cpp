// Parse + diff a whole-cluster state of 100,000 tasks on 2,000 agents, built
// from the shapes of tests/fixtures/mesos/v0/master/state.assembled-1.11.json.
//   bench_cluster_state [tasks] [agents] [--qjson] [--no-views] [--sort-state] [--table] [--body FILE]
// --body FILE: the three parses and the walk of a saved /master/state (localcluster's, a real
// master's: `curl -s $MASTER/master/state > FILE`) instead of the generated one, and nothing else.
// Prints: body size, full parse time (3 runs) and, on the same body in the same run, a plain
// simdjson on-demand walk (every task's resources.cpus summed, as ../shared/design/MEASUREMENTS.md
// measured it) with the console's parse as a multiple of it, worker-side diff time, GUI-thread
// time per update (model row changes + a sorted, filtered proxy; with --table also
// a shown QTableView on the offscreen platform relaying out and painting), peak RSS.
#include "core/cluster/ClusterNotices.h"
#include "core/cluster/ClusterSnapshot.h"
#include "core/mesos/MesosParser.h"
#include "models/cluster/ClusterModels.h"
#include "models/cluster/TaskFilterProxyModel.h"
#include "tests/support/TestPaths.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <simdjson.h>

#include <cstdio>

using namespace mc;

namespace {
long statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

double peakRssMb()
{
    return statusKb("VmHWM:") / 1024.0;
}

double rssMb()
{
    return statusKb("VmRSS:") / 1024.0;
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct Shapes
{
    QByteArray task; // with @ID@, @AGENT@, @STATE@, @CPUS@
    QByteArray agent; // with @AGENT@, @HOST@, @IP@
    QByteArray frameworkHead; // up to "tasks":[
    QByteArray frameworkTail;
    QByteArray stateHead; // top-level fields before "slaves"
};

Shapes loadShapes()
{
    QFile file(test::fixturePath(QStringLiteral("mesos/v0/master/state.assembled-1.11.json")));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("fixture missing");
    const QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    Shapes shapes;
    QJsonObject task
        = state.value(u"frameworks").toArray().at(0).toObject().value(u"tasks").toArray().at(0).toObject();
    task.insert(u"id", QStringLiteral("@ID@"));
    task.insert(u"slave_id", QStringLiteral("@AGENT@"));
    task.insert(u"state", QStringLiteral("@STATE@"));
    QJsonObject resources = task.value(u"resources").toObject();
    resources.insert(u"cpus", QStringLiteral("@CPUS@"));
    task.insert(u"resources", resources);
    shapes.task = compact(task).replace("\"@CPUS@\"", "@CPUS@");

    QJsonObject agent = state.value(u"slaves").toArray().at(0).toObject();
    agent.insert(u"id", QStringLiteral("@AGENT@"));
    agent.insert(u"hostname", QStringLiteral("@HOST@"));
    agent.insert(u"pid", QStringLiteral("slave(1)@@IP@:5051"));
    shapes.agent = compact(agent);

    QJsonObject framework = state.value(u"frameworks").toArray().at(0).toObject();
    framework.insert(u"tasks", QJsonArray { QStringLiteral("@TASKS@") });
    framework.insert(u"completed_tasks", QJsonArray {});
    framework.insert(u"unreachable_tasks", QJsonArray {});
    const QByteArray fw = compact(framework);
    const qsizetype at = fw.indexOf("\"@TASKS@\"");
    shapes.frameworkHead = fw.left(at);
    shapes.frameworkTail = fw.mid(at + 9);

    QJsonObject head = state;
    head.remove(u"slaves");
    head.remove(u"frameworks");
    head.remove(u"completed_frameworks");
    head.remove(u"recovered_slaves");
    QByteArray h = compact(head);
    h.chop(1); // the closing brace
    shapes.stateHead = h;
    return shapes;
}

// `generation` varies which tasks exist and their states (churn between updates).
// `changedState`: what the 1% of changed tasks become.
QByteArray buildState(const Shapes &shapes, int tasks, int agents, int generation,
                      const QByteArray &changedState = QByteArrayLiteral("TASK_KILLING"))
{
    QByteArray out;
    out.reserve(qsizetype(tasks) * (shapes.task.size() + 40)
                + qsizetype(agents) * (shapes.agent.size() + 40));
    out += shapes.stateHead;
    out += ",\"slaves\":[";
    for (int a = 0; a < agents; ++a) {
        if (a)
            out += ',';
        QByteArray agent = shapes.agent;
        agent.replace("@AGENT@", QByteArray("agent-" + QByteArray::number(a)));
        agent.replace("@HOST@", QByteArray("host-" + QByteArray::number(a) + ".test"));
        agent.replace("@IP@",
                      QByteArray("127.3." + QByteArray::number(a / 250) + '.' + QByteArray::number(a % 250)));
        out += agent;
    }
    out += "],\"frameworks\":[";
    out += shapes.frameworkHead;
    // Per update: 0.5% of the tasks end and as many new ones start; 1% change state or CPU.
    const int churn = tasks / 200;
    const int offset = generation * churn;
    for (int i = 0; i < tasks; ++i) {
        if (i)
            out += ',';
        const int id = i + offset;
        QByteArray task = shapes.task;
        task.replace("@ID@",
                     QByteArray("app-" + QByteArray::number(id % 1000) + ".task-" + QByteArray::number(id)));
        task.replace("@AGENT@", QByteArray("agent-" + QByteArray::number(id % agents)));
        const bool changed = (id % 100) == (generation % 100);
        task.replace("@STATE@", changed && generation ? changedState : QByteArrayLiteral("TASK_RUNNING"));
        task.replace("@CPUS@", QByteArray(changed && generation ? "0.75" : "0.5"));
        out += task;
    }
    out += shapes.frameworkTail;
    out += "]}";
    return out;
}

// The reference: plain simdjson on-demand over the same body, every task's resources.cpus summed
// (frameworks[].tasks[]; a fresh parser, as the console's parse has). Milliseconds.
double plainWalkMs(QByteArray body, double &cpus)
{
    namespace od = simdjson::ondemand;
    body.reserve(body.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    QElapsedTimer timer;
    timer.start();
    od::parser parser;
    od::document document
        = parser.iterate(simdjson::padded_string_view(body.constData(), size_t(body.size()), size_t(body.capacity())));
    cpus = 0;
    for (od::field member : document.get_object()) {
        if (member.unescaped_key().value() != "frameworks")
            continue;
        for (od::object framework : member.value().get_array()) {
            for (od::field f : framework) {
                if (f.unescaped_key().value() != "tasks")
                    continue;
                for (od::object task : f.value().get_array())
                    cpus += double(task["resources"]["cpus"]);
            }
        }
    }
    return timer.nsecsElapsed() / 1e6;
}

cluster::SnapshotPtr snapshotOf(mesos::MasterState state)
{
    auto s = std::make_shared<cluster::ClusterSnapshot>();
    s->agents = std::make_shared<const std::vector<mesos::Agent>>(std::move(state.agents));
    s->frameworks = std::make_shared<const std::vector<mesos::Framework>>(std::move(state.frameworks));
    s->tasks = std::make_shared<const mesos::TaskList>(std::move(state.tasks));
    s->hasTaskList = true;
    s->mesos.kind = cluster::ConnectionState::Kind::Live;
    return s;
}
} // namespace

// NOLINTNEXTLINE(bugprone-exception-escape): simdjson's walk (plainWalkMs) throws on a broken body: the bench ends
int main(int argc, char *argv[])
{
    bool table = false;
    for (int i = 1; i < argc; ++i)
        table = table || QByteArray(argv[i]) == "--table";
    if (table && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(table ? new QApplication(argc, argv)
                                                : new QCoreApplication(argc, argv));
    const QStringList args = QCoreApplication::arguments();
    const int tasks = args.size() > 1 && !args[1].startsWith(u'-') ? args[1].toInt() : 100000;
    const int agents = args.size() > 2 && !args[2].startsWith(u'-') ? args[2].toInt() : 2000;
    const bool qjson = args.contains(QStringLiteral("--qjson"));
    const bool views = !args.contains(QStringLiteral("--no-views")); // models alone, no proxies
    QByteArray savedBody;
    if (const qsizetype at = args.indexOf(QStringLiteral("--body")); at > 0) {
        QFile file(args.value(at + 1));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(args.value(at + 1)));
        savedBody = file.readAll();
    }

    const Shapes shapes = loadShapes();
    QElapsedTimer timer;
    std::printf("baseline RSS %.0f MB\n", rssMb());
    double bestParse = 1e9;
    double bestPlain = 1e9;
    double bestArriving = 1e9;
    std::optional<mesos::MasterState> parsed;
    for (int run = 0; run < 3; ++run) {
        parsed.reset();
        timer.restart();
        QByteArray body = savedBody.isEmpty() ? buildState(shapes, tasks, agents, 0) : savedBody;
        body.detach(); // the parse's own, as a reply's body is
        if (run == 0 && savedBody.isEmpty())
            std::printf("state: %d tasks, %d agents, %.1f MB JSON (generated in %lld ms)\n", tasks, agents,
                        body.size() / 1e6, timer.elapsed());
        else if (run == 0)
            std::printf("state: %s, %.1f MB JSON\n",
                        qPrintable(args.value(args.indexOf(QStringLiteral("--body")) + 1)),
                        body.size() / 1e6);
        {
            QByteArray copy = body;
            copy.detach();
            double cpus = 0;
            const double plainMs = plainWalkMs(std::move(copy), cpus);
            std::printf("plain simdjson on-demand walk of the same body (sum of tasks' cpus %.0f), run %d: %.0f ms\n",
                        cpus, run + 1, plainMs);
            bestPlain = std::min(bestPlain, plainMs);
        }
        {
            // What the polling console does with /master/state: reads it as its pieces arrive.
            mesos::StateReader reader;
            constexpr qsizetype kPiece = qsizetype(64) * 1024;
            timer.restart();
            for (qsizetype at = 0; at < body.size(); at += kPiece) {
                if (const Status fed = reader.feed(body.constData() + at, std::min(kPiece, body.size() - at));
                    !fed)
                    qFatal("read failed: %s", qPrintable(fed.error().message));
            }
            const auto arriving = reader.finish();
            const double ms = timer.nsecsElapsed() / 1e6;
            if (!arriving.ok())
                qFatal("read failed: %s", qPrintable(arriving.error().message));
            std::printf(
                "read as it arrives (StateReader, 64 KB pieces, as the polling console), run %d: %.0f ms\n",
                run + 1, ms);
            bestArriving = std::min(bestArriving, ms);
        }
        timer.restart();
        auto state = mesos::MesosParser::parseState(std::move(body)); // the reply body, handed over
        const double ms = timer.nsecsElapsed() / 1e6;
        if (!state.ok())
            qFatal("parse failed: %s", qPrintable(state.error().message));
        std::printf("full parse (simdjson on-demand -> structs), run %d: %.0f ms (%zu tasks)\n", run + 1, ms,
                    state->tasks.size());
        bestParse = std::min(bestParse, ms);
        parsed = std::move(state).value();
    }

    std::printf("full parse best %.0f ms = %.1f x the plain walk's best %.0f ms\n", bestParse, bestParse / bestPlain,
                bestPlain);
    std::printf("read as it arrives best %.0f ms = %.1f x the plain walk's best\n", bestArriving,
                bestArriving / bestPlain);
    if (!savedBody.isEmpty()) {
        std::printf("\nRESULT body_mb=%.1f tasks=%zu parse_best_ms=%.0f arriving_best_ms=%.0f "
                    "plain_walk_best_ms=%.0f "
                    "parse_ratio=%.2f arriving_ratio=%.2f\n",
                    savedBody.size() / 1e6, parsed->tasks.size(), bestParse, bestArriving, bestPlain,
                    bestParse / bestPlain, bestArriving / bestPlain);
        return 0;
    }

    models::ClusterModels models;
    models::TaskFilterProxyModel taskView; // what the Tasks view shows: sorted, filtered
    QSortFilterProxyModel agentView;
    if (views) {
        taskView.setSourceModel(models.tasks());
        // --sort-state: sort by a column the updates change (the proxy must move rows)
        taskView.sort(args.contains(QStringLiteral("--sort-state")) ? models::TasksModel::State
                                                                    : models::TasksModel::Started,
                      Qt::DescendingOrder);
        taskView.setStates(models::TaskFilterProxyModel::StateFilter::Active);
        agentView.setSourceModel(models.agents());
        agentView.setSortRole(models::RawValueRole);
        agentView.sort(models::AgentsModel::Cpus);
    }
    std::unique_ptr<QTableView> tableView;
    if (table && views) {
        tableView = std::make_unique<QTableView>();
        tableView->setModel(&taskView);
        tableView->setSortingEnabled(true);
        tableView->resize(1100, 700);
        tableView->show();
        QCoreApplication::processEvents();
    }
    // What the view does with an update: relayout (posted events), then one
    // repaint of the visible rows (what any frame costs, update or not).
    double viewPaintMs = 0;
    const auto viewWork = [&] {
        if (!tableView)
            return 0.0;
        QElapsedTimer t;
        t.start();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        const double layout = t.nsecsElapsed() / 1e6;
        t.restart();
        tableView->viewport()->repaint();
        viewPaintMs = t.nsecsElapsed() / 1e6;
        return layout;
    };

    auto first = snapshotOf(std::move(*parsed));
    parsed.reset();
    timer.restart();
    auto plans = models.computePlans(first);
    const double firstPlan = timer.nsecsElapsed() / 1e6;
    timer.restart();
    models.apply(std::move(plans));
    const double firstApply = timer.nsecsElapsed() / 1e6 + viewWork();
    plans.reset();
    first.reset();
    std::printf("first load: diff (worker thread) %.1f ms, apply (GUI thread) %.1f ms, %d task rows\n",
                firstPlan, firstApply, models.tasks()->rowCount());
    if (tableView)
        QTest::qWait(100); // let timers the first load started run (delayed layouts), not counted
    const double loadedRss = rssMb();
    std::printf(
        "RSS with the state loaded (snapshot + models + views' proxies, body freed): %.0f MB; peak so far "
        "%.0f MB\n",
        loadedRss, peakRssMb());

    double worstGui = 0, sumGui = 0, sumPlan = 0, sumParse = 0;
    const int updates = 5;
    for (int g = 1; g <= updates; ++g) {
        QByteArray next = buildState(shapes, tasks, agents, g);
        timer.restart();
        auto state = mesos::MesosParser::parseState(std::move(next));
        const double parseMs = timer.nsecsElapsed() / 1e6;
        auto snap = snapshotOf(std::move(state).value());
        timer.restart();
        auto p = models.computePlans(snap);
        const double planMs = timer.nsecsElapsed() / 1e6;
        timer.restart();
        models.apply(std::move(p));
        snap.reset();
        const double applyMs = timer.nsecsElapsed() / 1e6;
        const double guiMs = applyMs + viewWork();
        std::printf("update %d: parse %.0f ms, diff (worker) %.1f ms, GUI thread %.2f ms (models + proxies "
                    "%.2f; a repaint of the table after it %.2f), rows %d (view %d)\n",
                    g, parseMs, planMs, guiMs, applyMs, viewPaintMs, models.tasks()->rowCount(),
                    taskView.rowCount());
        worstGui = std::max(worstGui, guiMs);
        sumGui += guiMs;
        sumPlan += planMs;
        sumParse += parseMs;
    }
    std::printf(
        "\nRESULT tasks=%d agents=%d parse_best_ms=%.0f plain_walk_best_ms=%.0f parse_avg_update_ms=%.0f diff_avg_ms=%.1f "
        "gui_avg_ms=%.2f gui_worst_ms=%.2f loaded_rss_mb=%.0f rss_after_updates_mb=%.0f peak_rss_mb=%.0f\n",
        tasks, agents, bestParse, bestPlain, sumParse / updates, sumPlan / updates, sumGui / updates, worstGui,
        loadedRss, rssMb(), peakRssMb());

    {
        // The notices of an update (computed on the GUI thread, after the models):
        // 1% of the tasks (1,000 of 100,000) turn TASK_FAILED between two snapshots.
        auto before
            = snapshotOf(mesos::MesosParser::parseState(buildState(shapes, tasks, agents, 7)).value());
        auto after = snapshotOf(
            mesos::MesosParser::parseState(buildState(shapes, tasks, agents, 8, "TASK_FAILED")).value());
        double best = 1e9;
        QList<cluster::Notice> notices;
        for (int run = 0; run < 3; ++run) {
            timer.restart();
            notices = cluster::noticesBetween(before.get(), *after);
            best = std::min(best, timer.nsecsElapsed() / 1e6);
        }
        std::printf("notices of an update with %d newly failed tasks (GUI thread): %.2f ms best of 3, "
                    "%lld notice(s): %s\n",
                    tasks / 100, best, qlonglong(notices.size()),
                    notices.isEmpty() ? "-" : qPrintable(notices.first().title));
    }

    if (qjson) {
        QByteArray again = buildState(shapes, tasks, agents, 0);
        timer.restart();
        const QJsonDocument document = QJsonDocument::fromJson(again);
        double cpus = 0;
        const QJsonArray frameworks = document.object().value(u"frameworks").toArray();
        for (const QJsonValue &fw : frameworks) {
            const QJsonArray frameworkTasks = fw.toObject().value(u"tasks").toArray();
            for (const QJsonValue &t : frameworkTasks)
                cpus += t.toObject().value(u"resources").toObject().value(u"cpus").toDouble();
        }
        std::printf(
            "for comparison, QJsonDocument parse + walk: %lld ms (sum cpus %.0f), peak RSS now %.0f MB\n",
            timer.elapsed(), cpus, peakRssMb());
    }
    return 0;
}
