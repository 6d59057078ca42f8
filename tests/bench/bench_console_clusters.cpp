// The cost of watching several clusters at once: what the console builds per watched cluster
// (app::ClusterSession: ClusterWatcher, ClusterModels, notice feed; the Cluster, Apps and Tasks
// pages, one cluster's shown on the offscreen platform) against 1, 3 and 5 demo-sized
// localclusters (3 masters, 2 agents, the demo apps), each run as its own process. Each count
// runs in a fresh child process so that its RSS is its own; the figures are printed with their
// ratio to the 1-cluster run of the same run. Prints for RESULTS.md.
//
//   build/bench/bench_console_clusters [--counts 1,3,5] [--minutes M] [--settle S]

#include "app/gui/ClusterSession.h"
#include "core/cluster/ClusterWatcher.h"
#include "models/cluster/ClusterModels.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/ProcessStats.h"
#include "widgets/cluster/AppsPage.h"
#include "widgets/cluster/ClusterPage.h"
#include "widgets/cluster/TasksPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QProcess>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>
#include <vector>

using namespace mc;

namespace {

// The child: watches the clusters `masters[i]` + `marathons[i]`; prints "RESULT rss peak cpu".
int watch(const QStringList &masters, const QStringList &marathons, double minutes, int settleSeconds)
{
    QStackedWidget window;
    window.resize(1200, 800);
    window.show();
    std::vector<app::ClusterSession *> sessions;
    for (int i = 0; i < masters.size(); ++i) {
        cluster::WatcherConfig config;
        config.masters = { QUrl(masters.at(i)) };
        config.marathons = { QUrl(marathons.at(i)) };
        auto *session = new app::ClusterSession(masters.at(i), new cluster::ClusterWatcher(config), &window);
        QObject::connect(session->watcher(), &cluster::ClusterWatcher::snapshotChanged, session,
                         [session](const cluster::SnapshotPtr &s) { (void)session->notices(s); });
        auto *clusterPage = new widgets::ClusterPage(session->models());
        auto *appsPage = new widgets::AppsPage(session->models());
        auto *tasksPage = new widgets::TasksPage(session->models());
        for (QWidget *page : { static_cast<QWidget *>(clusterPage), static_cast<QWidget *>(appsPage),
                               static_cast<QWidget *>(tasksPage) })
            window.addWidget(page);
        if (i == 0)
            window.setCurrentWidget(tasksPage); // the shown cluster's Tasks page
        session->watcher()->start();
        sessions.push_back(session);
    }
    const auto allLive = [&] {
        return std::all_of(sessions.begin(), sessions.end(), [](app::ClusterSession *s) {
            return s->summary().health == models::ClusterSummary::Health::Live
                && s->summary().agentsTotal > 0;
        });
    };
    if (!QTest::qWaitFor(allLive, 120000)) {
        std::fprintf(stderr, "not every cluster became live within 120 s\n");
        return 1;
    }
    QTest::qWait(settleSeconds * 1000);
    const double cpuBefore = test::cpuSeconds();
    QTest::qWait(int(minutes * 60000));
    const double cpuPerMinute = (test::cpuSeconds() - cpuBefore) / minutes;
    std::printf("RESULT %ld %ld %.3f\n", test::procStatusKb("VmRSS"), test::procStatusKb("VmHWM"),
                cpuPerMinute);
    std::fflush(stdout);
    return allLive() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    test::prepareConsoleBench(config.path());
    QApplication app(argc, argv);

    QCommandLineParser parser;
    const QCommandLineOption counts(QStringLiteral("counts"),
                                    QStringLiteral("Cluster counts, comma-separated."),
                                    QStringLiteral("list"), QStringLiteral("1,3,5"));
    const QCommandLineOption minutes(QStringLiteral("minutes"), QStringLiteral("Measured minutes per count."),
                                     QStringLiteral("m"), QStringLiteral("2"));
    const QCommandLineOption settle(QStringLiteral("settle"), QStringLiteral("Seconds after all are live."),
                                    QStringLiteral("s"), QStringLiteral("20"));
    const QCommandLineOption masters(QStringLiteral("masters"), QStringLiteral("(child) master URLs."),
                                     QStringLiteral("urls"));
    const QCommandLineOption marathons(QStringLiteral("marathons"), QStringLiteral("(child) Marathon URLs."),
                                       QStringLiteral("urls"));
    parser.addOptions({ counts, minutes, settle, masters, marathons });
    parser.addHelpOption();
    parser.process(app);
    const double measured = parser.value(minutes).toDouble();
    const int settleSeconds = parser.value(settle).toInt();
    if (parser.isSet(masters))
        return watch(parser.value(masters).split(u','), parser.value(marathons).split(u','), measured,
                     settleSeconds);

    QList<int> wanted;
    for (const QString &n : parser.value(counts).split(u','))
        wanted << n.toInt();
    const int most = *std::max_element(wanted.begin(), wanted.end());
    std::vector<std::unique_ptr<test::LocalClusterProcess>> clusters;
    for (int i = 0; i < most; ++i) {
        clusters.push_back(std::make_unique<test::LocalClusterProcess>(
            QStringList { QStringLiteral("--masters"), QStringLiteral("3"), QStringLiteral("--agents"),
                          QStringLiteral("2"), QStringLiteral("--demo-apps") }));
        if (!clusters.back()->start(30000)) {
            std::fprintf(stderr, "localcluster: %s\n", qPrintable(clusters.back()->error()));
            return 1;
        }
    }
    std::printf("clusters | RSS steady MB | RSS peak MB | CPU s/min | RSS x | CPU x\n");
    double rss1 = 0;
    double cpu1 = 0;
    for (const int n : wanted) {
        QStringList masterUrls;
        QStringList marathonUrls;
        for (int i = 0; i < n; ++i) {
            masterUrls << clusters.at(std::size_t(i))->leaderUrl();
            marathonUrls << clusters.at(std::size_t(i))->marathonUrl();
        }
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(),
                    { QStringLiteral("--masters"), masterUrls.join(u','), QStringLiteral("--marathons"),
                      marathonUrls.join(u','), QStringLiteral("--minutes"), parser.value(minutes),
                      QStringLiteral("--settle"), parser.value(settle) });
        child.waitForFinished(int((measured * 60 + settleSeconds + 180) * 1000));
        const QList<QByteArray> fields
            = child.readAllStandardOutput().trimmed().split('\n').constLast().split(' ');
        if (child.exitCode() != 0 || fields.size() != 4 || fields.at(0) != "RESULT") {
            std::fprintf(stderr, "%d clusters: the child failed (exit %d)\n", n, child.exitCode());
            return 1;
        }
        const double rss = fields.at(1).toDouble() / 1024;
        const double peak = fields.at(2).toDouble() / 1024;
        const double cpu = fields.at(3).toDouble();
        if (rss1 == 0) {
            rss1 = rss;
            cpu1 = cpu;
        }
        std::printf("%d | %.0f | %.0f | %.2f | %.2f | %.2f\n", n, rss, peak, cpu, rss / rss1,
                    cpu1 > 0 ? cpu / cpu1 : 0.0);
        std::fflush(stdout);
    }
    return 0;
}
