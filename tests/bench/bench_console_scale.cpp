// The console as a user runs it, against a large cluster: what Composition::connectCluster builds
// (ClusterWatcher, ClusterModels, the notice feed, the Cluster, Apps and Tasks pages with their
// proxies; the Tasks page shown on the offscreen platform) against `localcluster --scale
// agents=A,apps=P,tasks=T[,churn=N]` run as its own process. Prints for RESULTS.md:
// RSS steady and peak, CPU seconds of this process per minute, bytes received per minute,
// GUI-thread lateness p50/p99/max, delay from a task's change in localcluster to its row
// (p50/p99).
//
//   build-release/bench/bench_console_scale [--minutes M] [--churn N] [--mode polling|subscribed]
//       [--agents A] [--apps P] [--tasks T] [--settle S]
//
// The window starts S seconds (default 30) after the first full view, once the events that
// queued during the first read are applied; only changes made inside the window are timed.
//
// --mode subscribed follows the leading master's v1 event stream (WatcherConfig::mesosEvents,
// when the watcher has it); polling forces /master/state polling. Only one at a time: it is heavy.
//
// MC_BENCH_MALLINFO=1 prints, at the end, the heap in use against the heap malloc keeps free
// (mallinfo2, and malloc_stats per arena on stderr): whether a high steady RSS is live data or
// fragmentation. MC_BENCH_EXIT_AT_ONCE=1 leaves by _exit (for heaptrack's view of what is live).

#include "core/cluster/ClusterNotices.h"
#include "core/cluster/ClusterWatcher.h"
#include "core/settings/AppSettings.h"
#include "models/cluster/ClusterModels.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/ProcessStats.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/ClusterPage.h"
#include "widgets/cluster/TasksPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <malloc.h>
#include <map>
#include <unistd.h>
#include <vector>

using namespace mc;

namespace {

constexpr int kLatenessTickMs = 10;
constexpr int kRssSampleMs = 1000;

// Bytes this process read from sockets (and files: nothing once running) since it started.
qint64 bytesRead()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : io.readAll().split('\n')) {
        if (line.startsWith("rchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return 0;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(std::lround(p * double(values.size() - 1))))];
}

// Sets WatcherConfig::mesosEvents when the watcher has it (the v1 event stream); false when
// subscribing was asked of a watcher that can only poll.
template<typename Config> bool setMesosEvents(Config &config, bool subscribed)
{
    if constexpr (requires { config.mesosEvents; }) {
        config.mesosEvents = subscribed;
        return true;
    } else {
        return !subscribed;
    }
}

// What each server answered in the measured window (localcluster's GET /__admin/requests).
QStringList servedRequests(const QStringList &serverUrls)
{
    QStringList lines;
    for (const QString &url : serverUrls) {
        const QJsonObject counts = test::httpGet(url + QStringLiteral("/__admin/requests"))
                                       .json()
                                       .object()
                                       .value(QLatin1String("requests"))
                                       .toObject();
        QStringList parts;
        for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
            parts << QStringLiteral("%1 x%2").arg(it.key()).arg(it.value().toInteger());
        lines << QStringLiteral("  %1: %2")
                     .arg(url, parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", ")));
    }
    return lines;
}

// The GUI thread's event dispatches that took longer than a frame (16 ms) in the measured
// window, by receiver class and event type: what the lateness figures are made of.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    static constexpr double kFrameMs = 16;
    bool measuring = false;
    struct Blocks
    {
        int count = 0;
        double totalMs = 0;
        double maxMs = 0;
        double cpuMs = 0; // of the thread: the rest of a block's time it waited for a core
        double maxCpuMs = 0;
    };
    std::map<QString, Blocks> blocks;
    double dispatchedMs = 0; // every top-level dispatch in the window
    double dispatchedCpuMs = 0;

    static double threadCpuMs()
    {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    }

    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth > 0 || !measuring || QThread::currentThread() != thread()) {
            ++m_depth;
            const bool done = QApplication::notify(receiver, event);
            --m_depth;
            return done;
        }
        const char *className = receiver->metaObject()->className();
        const int type = int(event->type());
        QElapsedTimer clock;
        clock.start();
        const double cpuBefore = threadCpuMs();
        ++m_depth;
        const bool done = QApplication::notify(receiver, event);
        --m_depth;
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        const double cpuMs = threadCpuMs() - cpuBefore;
        dispatchedMs += ms;
        dispatchedCpuMs += cpuMs;
        if (ms > kFrameMs) {
            Blocks &b = blocks[QStringLiteral("%1 (event %2)").arg(QLatin1String(className)).arg(type)];
            ++b.count;
            b.totalMs += ms;
            b.maxMs = std::max(b.maxMs, ms);
            b.cpuMs += cpuMs;
            b.maxCpuMs = std::max(b.maxCpuMs, cpuMs);
        }
        return done;
    }

private:
    int m_depth = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress shows as it happens in a log file
    QTemporaryDir config;
    test::prepareConsoleBench(config.path());
    TimedApplication app(argc, argv);

    QCommandLineParser parser;
    const QCommandLineOption minutes(QStringLiteral("minutes"), QStringLiteral("Measured minutes."),
                                     QStringLiteral("m"), QStringLiteral("5"));
    const QCommandLineOption churn(QStringLiteral("churn"), QStringLiteral("Tasks replaced per second."),
                                   QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("polling or subscribed."),
                                  QStringLiteral("mode"), QStringLiteral("polling"));
    const QCommandLineOption agents(QStringLiteral("agents"), QStringLiteral("Agents."), QStringLiteral("n"),
                                    QStringLiteral("2000"));
    const QCommandLineOption apps(QStringLiteral("apps"), QStringLiteral("Apps."), QStringLiteral("n"),
                                  QStringLiteral("10000"));
    const QCommandLineOption tasks(QStringLiteral("tasks"), QStringLiteral("Tasks."), QStringLiteral("n"),
                                   QStringLiteral("100000"));
    const QCommandLineOption settle(QStringLiteral("settle"),
                                    QStringLiteral("Seconds between the first full view and the measured window."),
                                    QStringLiteral("s"), QStringLiteral("30"));
    parser.addOptions({ minutes, churn, mode, agents, apps, tasks, settle });
    parser.addHelpOption();
    parser.process(app);
    const double measuredMinutes = parser.value(minutes).toDouble();
    const int taskCount = parser.value(tasks).toInt();
    const double settleSeconds = parser.value(settle).toDouble();
    const bool subscribed = parser.value(mode) == QLatin1String("subscribed");
    if (measuredMinutes <= 0 || taskCount <= 0
        || (!subscribed && parser.value(mode) != QLatin1String("polling"))) {
        std::fprintf(stderr, "bench_console_scale: bad arguments (see --help)\n");
        return 2;
    }

    const QString scale
        = QStringLiteral("agents=%1,apps=%2,tasks=%3,churn=%4")
              .arg(parser.value(agents), parser.value(apps), parser.value(tasks), parser.value(churn));
    test::LocalClusterProcess cluster(
        { QStringLiteral("--masters"), QStringLiteral("3"), QStringLiteral("--scale"), scale });
    // A profiler preloaded into the bench (heaptrack) profiles the console, not localcluster too.
    cluster.setEnvironmentVariable(QStringLiteral("LD_PRELOAD"), QString());
    if (!cluster.start(120000)) {
        std::fprintf(stderr, "localcluster: %s\n", qPrintable(cluster.error()));
        return 1;
    }

    // What Composition::connectCluster builds for a cluster with masters and Marathon.
    cluster::WatcherConfig watcherConfig;
    for (const QString &url : cluster.masterUrls())
        watcherConfig.masters.append(QUrl(url));
    watcherConfig.marathons = { QUrl(cluster.marathonUrl()) };
    watcherConfig.pollIntervalMs = settings::AppSettings::load().clamped().pollIntervalMs;
    if (!setMesosEvents(watcherConfig, subscribed)) {
        std::fprintf(stderr,
                     "bench_console_scale: this watcher cannot subscribe (no WatcherConfig::mesosEvents)\n");
        return 2;
    }
    auto *watcher = new cluster::ClusterWatcher(watcherConfig, &app);
    auto *models = new models::ClusterModels(&app);
    QObject::connect(watcher, &cluster::ClusterWatcher::snapshotChanged, models,
                     &models::ClusterModels::setSnapshot);
    QObject::connect(models, &models::ClusterModels::updateIntervalChanged, watcher,
                     &cluster::ClusterWatcher::setUpdateInterval);
    // What the lambdas below update and main() reads (the change -> row state is explained there),
    // then their context: declared after that state, it goes first and takes the connections with
    // it (the watcher and the models live as long as the application).
    qint64 notices = 0;
    QElapsedTimer sinceStart;
    double windowStart = 0;
    std::vector<double> rowDelays;
    bool measuring = false;
    int applied = 0; // snapshots the models applied in the window
    QObject context;
    QObject::connect(watcher, &cluster::ClusterWatcher::snapshotChanged, &context,
                     [&notices, // clazy:exclude=lambda-in-connect see the context
                      feed = std::make_shared<cluster::NoticeFeed>()](const cluster::SnapshotPtr &s) {
                         notices += feed->next(s).size();
                     });
    // When each side's first full list reached the console: where the start-up's peak comes from.
    sinceStart.start();
    QObject::connect(watcher, &cluster::ClusterWatcher::snapshotChanged, &context,
                     [&sinceStart, // clazy:exclude=lambda-in-connect see the context
                      mesosSeen = false, marathonSeen = false](const cluster::SnapshotPtr &s) mutable {
                         const auto tell = [elapsedMs = sinceStart.elapsed()](const char *what) {
                             std::printf("%s: %lld ms after start, RSS %.0f MB, peak %.0f MB\n", what,
                                         elapsedMs, test::procStatusKb("VmRSS") / 1024.0,
                                         test::procStatusKb("VmHWM") / 1024.0);
                         };
                         if (!mesosSeen && s->tasks && !s->tasks->empty()) {
                             mesosSeen = true;
                             tell("Mesos tasks received");
                         }
                         if (!marathonSeen && s->marathonTasks && !s->marathonTasks->empty()) {
                             marathonSeen = true;
                             tell("Marathon tasks received");
                         }
                     });
    // Every Mesos error the console showed (a dropped or silent stream among them), with its time.
    QObject::connect(watcher, &cluster::ClusterWatcher::snapshotChanged, &app,
                     [shown = QString()](const cluster::SnapshotPtr &s) mutable {
                         const QString reason
                             = s->mesos.kind == cluster::ConnectionState::Kind::Error ? s->mesos.reason : QString();
                         if (reason != shown && !reason.isEmpty())
                             std::printf("%s UTC: Mesos error: %s\n",
                                         qPrintable(QDateTime::currentDateTimeUtc().toString(u"hh:mm:ss.zzz")),
                                         qPrintable(reason));
                         shown = reason;
                     });
    QStackedWidget window;
    window.resize(1280, 800);
    window.addWidget(new widgets::ClusterPage(models));
    window.addWidget(new widgets::AppsPage(models));
    auto *tasksPage = new widgets::TasksPage(models);
    window.addWidget(tasksPage);
    window.setCurrentWidget(tasksPage);
    window.show();

    // Change -> row: the models applied a snapshot in which a task has a newer latest status than
    // the one shown before (the rows are the snapshot's once snapshotApplied is emitted). Only
    // changes made inside the measured window count: the start-up's backlog is not steady state.
    // The changed tasks are found as the console finds them, by comparing the lists' pointers
    // place by place: reading every row of a changed span (one span per diff at 100k tasks) was
    // 4.5 % of the console's CPU samples at churn 100, the bench's work, not the console's. The lambda
    // keeps the list it saw last and, for the tasks that changed during the run only, the update shown.
    QObject::connect(models, &models::ClusterModels::snapshotApplied, &context,
                     [&applied, &measuring, &windowStart, // clazy:exclude=lambda-in-connect see the context
                      &rowDelays, // clazy:exclude=lambda-in-connect see the context
                      seen = std::shared_ptr<const mesos::TaskList>(),
                      shownUpdate = QHash<QString, double>()](const cluster::SnapshotPtr &s) mutable {
                         applied += measuring ? 1 : 0;
                         const std::shared_ptr<const mesos::TaskList> tasks = s->tasks;
                         if (measuring && tasks && tasks != seen) {
                             const double now = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
                             for (size_t i = 0; i < tasks->size(); ++i) {
                                 if (seen && i < seen->size() && seen->ptr(i) == tasks->ptr(i))
                                     continue;
                                 const mesos::Task &task = (*tasks)[i];
                                 if (task.updatedAt <= windowStart)
                                     continue;
                                 double &shown = shownUpdate[task.id];
                                 if (task.updatedAt > shown) {
                                     rowDelays.push_back(now - task.updatedAt);
                                     shown = task.updatedAt;
                                 }
                             }
                         }
                         seen = tasks;
                     });

    QElapsedTimer clock;
    clock.start();
    watcher->start();
    std::printf("bench_console_scale: %s, %s, %.1f min measured\n", qPrintable(scale),
                subscribed ? "subscribed" : "polling", measuredMinutes);
    // Both sides in: whichever list comes first, the Mesos rows alone or Marathon's tasks alone are
    // not yet the view the window measures.
    const auto mesosShown = [&] {
        const cluster::SnapshotPtr shown = models->snapshot();
        return shown && shown->hasTaskList && models->tasks()->rowCount() >= taskCount * 9 / 10
            && shown->marathonTasks && !shown->marathonTasks->empty();
    };
    if (!QTest::qWaitFor(mesosShown, 300000)) {
        std::fprintf(stderr, "the console did not show the tasks within 5 minutes (%d rows)\n",
                     models->tasks()->rowCount());
        return 1;
    }
    std::printf("first full view: %lld ms after start, RSS %.0f MB, peak %.0f MB\n", clock.elapsed(),
                test::procStatusKb("VmRSS") / 1024.0, test::procStatusKb("VmHWM") / 1024.0);
    // Events that queued while the first state was read and parsed are applied next: the
    // window starts once that backlog is gone (--settle seconds later), as a steady state.
    if (settleSeconds > 0) {
        QTest::qWait(int(settleSeconds * 1000));
        std::printf("settled for %.0f s: RSS %.0f MB, peak %.0f MB\n", settleSeconds,
                    test::procStatusKb("VmRSS") / 1024.0, test::procStatusKb("VmHWM") / 1024.0);
    }

    // Measured window.
    measuring = true;
    app.measuring = true;
    windowStart = double(QDateTime::currentMSecsSinceEpoch()) / 1000.0;
    std::vector<double> lateness;
    std::vector<double> rssMb;
    QElapsedTimer tickClock;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(kLatenessTickMs);
    QObject::connect(&tick, &QTimer::timeout, &app, [&] {
        lateness.push_back(double(tickClock.nsecsElapsed()) / 1e6 - kLatenessTickMs);
        tickClock.restart();
    });
    QTimer rss;
    rss.setInterval(kRssSampleMs);
    QObject::connect(&rss, &QTimer::timeout, &app, [&] { rssMb.push_back(test::procStatusKb("VmRSS") / 1024.0); });
    const QStringList servers = cluster.masterUrls() + QStringList { cluster.marathonUrl() };
    for (const QString &url : servers)
        test::httpRequest("DELETE", url + QStringLiteral("/__admin/requests"));
    const double cpuBefore = test::cpuSeconds();
    const qint64 bytesBefore = bytesRead();
    QElapsedTimer measured;
    measured.start();
    tickClock.start(); // after the blocking admin calls above
    tick.start();
    rss.start();
    QTimer::singleShot(int(measuredMinutes * 60000), &app, &QCoreApplication::quit);
    app.exec();
    const double minutesMeasured = double(measured.elapsed()) / 60000.0;
    const double cpu = test::cpuSeconds() - cpuBefore;
    const qint64 bytes = bytesRead() - bytesBefore;
    watcher->stop();

    std::printf("RSS steady (median) %.0f MB, last %.0f MB, peak (VmHWM, whole run) %.0f MB\n",
                percentile(rssMb, 0.5), rssMb.empty() ? 0.0 : rssMb.back(), test::procStatusKb("VmHWM") / 1024.0);
    // The pacing spaces the updates out further on a loaded machine (fewer, bigger
    // ones): the cost per applied snapshot compares two builds better than CPU alone.
    std::printf("snapshots applied %d (%.1f per s), CPU per snapshot %.1f ms\n", applied,
                applied / (minutesMeasured * 60.0), applied > 0 ? cpu * 1000.0 / applied : 0.0);
    std::printf("CPU %.2f s per minute (%.1f %% of a core)\n", cpu / minutesMeasured,
                100.0 * cpu / (minutesMeasured * 60.0));
    std::printf("bytes received %.1f MB per minute\n", double(bytes) / 1e6 / minutesMeasured);
    std::printf("GUI-thread lateness (%d ms timer): p50 %.1f ms, p99 %.1f ms, max %.1f ms\n", kLatenessTickMs,
                percentile(lateness, 0.5), percentile(lateness, 0.99),
                lateness.empty() ? 0.0 : *std::max_element(lateness.begin(), lateness.end()));
    app.measuring = false;
    std::printf("GUI thread dispatching events %.1f %% of the window (its CPU %.1f %%); dispatches over %.0f ms "
                "(count, wall in all, wall max, the thread's CPU in all and max):\n",
                100.0 * app.dispatchedMs / (minutesMeasured * 60000.0),
                100.0 * app.dispatchedCpuMs / (minutesMeasured * 60000.0), TimedApplication::kFrameMs);
    {
        std::vector<std::pair<QString, TimedApplication::Blocks>> sorted(app.blocks.begin(), app.blocks.end());
        std::sort(sorted.begin(), sorted.end(),
                  [](const auto &a, const auto &b) { return a.second.totalMs > b.second.totalMs; });
        for (size_t i = 0; i < sorted.size() && i < 8; ++i)
            std::printf("  %s: %d, %.0f ms, max %.0f ms; CPU %.0f ms, max %.0f ms\n", qPrintable(sorted[i].first),
                        sorted[i].second.count, sorted[i].second.totalMs, sorted[i].second.maxMs,
                        sorted[i].second.cpuMs, sorted[i].second.maxCpuMs);
    }
    std::printf("change -> row: %zu changes, p50 %.0f ms, p99 %.0f ms\n", rowDelays.size(),
                percentile(rowDelays, 0.5) * 1000, percentile(rowDelays, 0.99) * 1000);
    std::printf("rows %d, notices %lld\nrequests served in the measured window:\n%s\n",
                models->tasks()->rowCount(), notices,
                qPrintable(servedRequests(servers).join(QLatin1Char('\n'))));
    if (qEnvironmentVariableIsSet("MC_BENCH_MALLINFO")) {
        // Whether the steady RSS is live heap or free heap malloc keeps (fragmentation), per arena.
        const struct mallinfo2 m = mallinfo2();
        std::printf("mallinfo: heap %.0f MB (in use %.0f, free %.0f), mmapped %.0f MB in %zu\n",
                    m.arena / 1e6, m.uordblks / 1e6, m.fordblks / 1e6, m.hblkhd / 1e6, m.hblks);
        malloc_stats();
    }
    if (qEnvironmentVariableIsSet("MC_BENCH_EXIT_AT_ONCE")) {
        // Under heaptrack: what is still allocated at exit is the steady state, by owner.
        std::fflush(stdout);
        _exit(0);
    }
    return 0;
}
