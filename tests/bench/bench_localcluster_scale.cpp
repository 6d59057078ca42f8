// How fast localcluster synthesizes and serves a large cluster (scale mode):
// 2,000 agents, 10,000 apps, 100,000 tasks. Prints the figures for RESULTS.md.
//   build/bench/bench_localcluster_scale [agents apps tasks]

#include "localcluster/Cluster.h"
#include "localcluster/MesosJson.h"
#include "tests/support/HttpFetch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace {
long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    mc::localcluster::Options options;
    options.scale.agents = argc > 1 ? atoi(argv[1]) : 2000;
    options.scale.apps = argc > 2 ? atoi(argv[2]) : 10000;
    options.scale.tasks = argc > 3 ? atoi(argv[3]) : 100000;

    QElapsedTimer timer;
    timer.start();
    mc::localcluster::Cluster cluster(options);
    QString error;
    if (!cluster.start(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("scale %d agents, %d apps, %d tasks\n", options.scale.agents, options.scale.apps,
                options.scale.tasks);
    std::printf("start (synthesis + first /master/state render): %lld ms\n", timer.elapsed());

    const mc::localcluster::MesosJson json(cluster);
    timer.restart();
    const QByteArray state = json.state(cluster.leader());
    std::printf("render /master/state: %lld ms, %.1f MB\n", timer.elapsed(), state.size() / 1e6);
    timer.restart();
    const QByteArray summary = json.stateSummary(cluster.leader());
    std::printf("render /master/state-summary: %lld ms, %.1f MB\n", timer.elapsed(), summary.size() / 1e6);

    const QString master = QStringLiteral("http://127.0.0.1:%1").arg(cluster.masters()[0].port);
    const QString marathon = QStringLiteral("http://127.0.0.1:%1").arg(cluster.marathonPort());
    const QStringList urls
        = { master + QStringLiteral("/master/state"), master + QStringLiteral("/master/state-summary"),
            master + QStringLiteral("/master/tasks?limit=1000"), marathon + QStringLiteral("/v2/apps"),
            marathon + QStringLiteral("/v2/tasks") };
    for (const QString &url : urls) {
        timer.restart();
        const mc::test::HttpResult r = mc::test::httpGet(url, 60000);
        std::printf("GET %-40s %3d  %8.1f MB  %6lld ms\n",
                    qPrintable(url.mid(url.indexOf(QLatin1Char('/'), 8))), r.status, r.body.size() / 1e6,
                    timer.elapsed());
    }
    std::printf("peak RSS: %.0f MB\n", peakRssKb() / 1024.0);
    return 0;
}
