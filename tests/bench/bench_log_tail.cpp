// Tails a localcluster task that writes as fast as it can (yes | head -c SIZE)
// through /files/read, 64 KiB per request, like the console does: ingest rate,
// peak RSS for a file far larger than the window, and, with the log viewer
// attached (offscreen), how late a 10 ms GUI timer fires while ingesting.
//
//   bench_log_tail [MB=1024] [--no-view] [--window-mib N] [--in-flight N] [--via-jump-host |
//   --direct-to-host]
//
// --via-jump-host: localcluster runs inside an sshd test host (SshTestHosts, own network
// namespace, needs root) and the tail goes through SshSocksProxy (SOCKS5 -> one libssh
// session -> direct-tcpip channels) to the host's own loopback, as the console does with a
// jump host. --direct-to-host: the same cluster in the same host, read directly over the
// veth bridge (the baseline for the tunnelled figure).

#include "core/http/HttpClient.h"
#include "core/logs/TaskLogSource.h"
#include "core/ssh/SshSocksProxy.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"
#include "tests/support/SshTestHosts.h"
#include "tests/support/TestPaths.h"
#include "widgets/logs/LogView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QPlainTextEdit>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

long statusKb(const char *key)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

// The URLs the bench uses, from a local localcluster or one inside a test host.
struct Endpoints
{
    QString marathon;
    QString leader;
    QString agent; // as this process reads it (direct or through the tunnel)
    QString frameworkId;
};

// Starts localcluster inside test host 0 on every address of the host; its endpoints as JSON.
QJsonObject startClusterInHost(mc::test::SshTestHosts &hosts)
{
    const QString out = hosts.host(0).root + QStringLiteral("/localcluster.out");
    const auto r = hosts.runOnHost(
        0,
        QStringLiteral("nohup %1 --address 0.0.0.0 --agents 1 --print-endpoints > %2 2>&1 < /dev/null &")
            .arg(mc::test::executablePath(QStringLiteral("localcluster")), out));
    if (r.exitCode != 0)
        return {};
    for (int i = 0; i < 200; ++i) {
        QFile f(out);
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray line = f.readLine();
            if (line.endsWith('\n'))
                return QJsonDocument::fromJson(line).object();
        }
        QThread::msleep(50);
    }
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    qint64 megabytes = 1024;
    bool withView = true;
    qint64 windowMiB = 20;
    int inFlight = mc::logs::TailOptions {}.readsInFlight;
    bool inHost = false;
    bool viaJumpHost = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == u"--no-view")
            withView = false;
        else if (args[i] == u"--via-jump-host")
            inHost = viaJumpHost = true;
        else if (args[i] == u"--direct-to-host")
            inHost = true;
        else if (args[i] == u"--in-flight" && i + 1 < args.size())
            inFlight = args[++i].toInt();
        else if (args[i] == u"--window-mib" && i + 1 < args.size())
            windowMiB = args[++i].toLongLong();
        else
            megabytes = args[i].toLongLong();
    }
    const qint64 payload = megabytes * 1024 * 1024;

    mc::test::LocalClusterProcess cluster({ QStringLiteral("--agents"), QStringLiteral("1") });
    mc::test::SshTestHosts hosts;
    std::unique_ptr<mc::ssh::SshSocksProxy> proxy;
    Endpoints at;
    if (inHost) {
        QString error;
        if (!hosts.start(1, &error) || !hosts.isolated()) {
            std::fprintf(stderr, "needs isolated SSH test hosts (root): %s\n", qPrintable(error));
            return 1;
        }
        const QJsonObject e = startClusterInHost(hosts);
        if (e.isEmpty()) {
            std::fprintf(stderr, "localcluster did not start in the test host\n");
            return 1;
        }
        const auto port
            = [&](const QJsonValue &v) { return v.toObject().value(QStringLiteral("port")).toInt(); };
        const QString address = hosts.host(0).address;
        const auto url
            = [](const QString &host, int p) { return QStringLiteral("http://%1:%2").arg(host).arg(p); };
        at.marathon = url(address, QUrl(e.value(QStringLiteral("marathon")).toString()).port());
        at.leader = url(address, port(e.value(QStringLiteral("masters")).toArray().first()));
        const int agentPort = port(e.value(QStringLiteral("agents")).toArray().first());
        at.agent = viaJumpHost ? url(QStringLiteral("127.0.0.1"), agentPort) : url(address, agentPort);
        at.frameworkId = e.value(QStringLiteral("frameworkId")).toString();
        if (viaJumpHost) {
            mc::ssh::HostSpec jump;
            jump.address = address;
            jump.port = hosts.host(0).port;
            jump.user = hosts.user();
            jump.keyPath = hosts.keyPath();
            mc::ssh::SessionOptions sessionOptions;
            sessionOptions.knownHostsPath = hosts.knownHostsPath();
            sessionOptions.sshConfigPath = QStringLiteral("none");
            proxy = std::make_unique<mc::ssh::SshSocksProxy>(jump, sessionOptions);
            if (const mc::Status s = proxy->start(true); !s) {
                std::fprintf(stderr, "proxy: %s\n", qPrintable(s.error().message));
                return 1;
            }
        }
    } else {
        if (!cluster.start()) {
            std::fprintf(stderr, "localcluster: %s\n", qPrintable(cluster.error()));
            return 1;
        }
        at = { cluster.marathonUrl(), cluster.leaderUrl(), cluster.agentUrls().value(0),
               cluster.endpoints().value(QStringLiteral("frameworkId")).toString() };
    }
    const QJsonObject appJson {
        { QStringLiteral("id"), QStringLiteral("/firehose") },
        { QStringLiteral("cmd"),
          QStringLiteral(
              "yes 'INFO 2026-11-25 01:02:03 firehose: the quick brown fox jumps over the lazy dog, ü €' "
              "| head -c %1; exec sleep 3600")
              .arg(payload) },
        { QStringLiteral("instances"), 1 },
        { QStringLiteral("cpus"), 0.1 },
        { QStringLiteral("mem"), 16 },
    };
    mc::test::httpRequest("POST", at.marathon + QStringLiteral("/v2/apps"), QJsonDocument(appJson).toJson(),
                          { { "Content-Type", "application/json" } });
    QString taskId;
    for (int i = 0; i < 200 && taskId.isEmpty(); ++i) {
        const auto tasks = mc::test::httpGet(at.leader + QStringLiteral("/master/tasks"));
        const QJsonArray taskList = tasks.json().object().value(QStringLiteral("tasks")).toArray();
        for (const QJsonValue &t : taskList) {
            if (t.toObject().value(QStringLiteral("state")).toString() == u"TASK_RUNNING")
                taskId = t.toObject().value(QStringLiteral("id")).toString();
        }
        if (taskId.isEmpty())
            QThread::msleep(100);
    }
    if (taskId.isEmpty()) {
        std::fprintf(stderr, "the task did not start\n");
        return 1;
    }
    std::printf("file: %lld MB written by `yes | head -c` (as fast as it can), window %lld MiB, viewer %s, "
                "%d reads in flight, %s\n",
                megabytes, windowMiB, withView ? "attached (offscreen)" : "not attached", inFlight,
                viaJumpHost  ? "cluster in a test host, read through an SSH jump host (SshSocksProxy)"
                    : inHost ? "cluster in a test host, read directly over its veth"
                             : "cluster on this machine's loopback");
    std::printf("baseline RSS %.1f MB\n", double(statusKb("VmRSS:")) / 1024.0);

    mc::http::HttpClient http;
    if (proxy)
        http.setProxy(proxy->proxy());
    mc::logs::TailOptions options; // start at byte 0: read the whole file
    options.readsInFlight = inFlight;
    mc::logs::TaskLogSource source(&http, QUrl(at.agent), { taskId, at.frameworkId, {} },
                                   QStringLiteral("stdout"), options);
    std::unique_ptr<mc::widgets::LogView> view;
    if (withView) {
        view = std::make_unique<mc::widgets::LogView>(&source, windowMiB * 1024 * 1024);
        view->resize(1200, 800);
        view->show();
    }

    // GUI responsiveness: a 10 ms timer; how late does it fire?
    std::vector<double> lateness;
    QElapsedTimer tick;
    QTimer probe;
    probe.setInterval(10);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        if (tick.isValid())
            lateness.push_back(std::max(0.0, double(tick.nsecsElapsed()) / 1e6 - 10.0));
        tick.restart();
    });

    QElapsedTimer clock;
    qint64 received = 0;
    qint64 firstAt = -1;
    QObject context; // declared after the captured locals (the source is older): the connections go first
    QObject::connect(&source, &mc::logs::LogSource::dataReceived, &context,
                     [&](qint64, const QByteArray &bytes) {
                         if (firstAt < 0) {
                             firstAt = clock.nsecsElapsed();
                             probe.start();
                         }
                         received += qint64(bytes.size());
                         if (received >= payload)
                             app.quit();
                     });
    QObject::connect(&source, &mc::logs::LogSource::stateChanged, &context,
                     [&](mc::logs::LogState state, const QString &m) {
                         if (state == mc::logs::LogState::Failed || state == mc::logs::LogState::Retrying)
                             std::fprintf(stderr, "tail: %s\n", qPrintable(m));
                         if (state == mc::logs::LogState::Failed)
                             app.quit();
                     });
    clock.start();
    source.start();
    QTimer::singleShot(600000, &app, &QApplication::quit);
    app.exec();
    const double seconds = double(clock.nsecsElapsed() - std::max<qint64>(firstAt, 0)) / 1e9;
    probe.stop();
    if (view)
        view->flush();

    std::sort(lateness.begin(), lateness.end());
    const auto pct = [&](double p) {
        return lateness.empty()
            ? 0.0
            : lateness[std::min(lateness.size() - 1, size_t(double(lateness.size()) * p))];
    };
    std::printf("received %.1f MB in %.2f s: %.1f MB/s (%d requests)\n", double(received) / 1048576.0,
                seconds, double(received) / 1048576.0 / seconds,
                source.tail() ? source.tail()->requestsMade() : 0);
    std::printf("peak RSS %.1f MB, RSS now %.1f MB\n", double(statusKb("VmHWM:")) / 1024.0,
                double(statusKb("VmRSS:")) / 1024.0);
    if (view) {
        std::printf("viewer window %.1f MB, document %d blocks\n", double(view->window().size()) / 1048576.0,
                    view->text()->document()->blockCount());
    }
    std::printf("GUI timer lateness (10 ms timer, %zu samples): median %.1f ms, p99 %.1f ms, max %.1f ms\n",
                lateness.size(), pct(0.5), pct(0.99), lateness.empty() ? 0.0 : lateness.back());
    source.stop();
    return received >= payload ? 0 : 1;
}
