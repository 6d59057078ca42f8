// Request latency and download throughput, direct vs through SshSocksProxy
// (one SSH session to a jump host, direct-tcpip channels).
// A python3 http.server runs inside an sshd test host (SshTestHosts, needs root):
// direct = GET http://<host address>:PORT/..., tunnelled = GET http://127.0.0.1:PORT/...
// through the host as jump host (its own loopback). Usage: bench_tunnel [requests] [MB]
#include "core/http/HttpClient.h"
#include "core/ssh/SshSocksProxy.h"
#include "tests/support/SshTestHosts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkProxy>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <optional>

using namespace mc;

namespace {

Result<http::HttpResponse> fetch(http::HttpClient &client, const QUrl &url)
{
    std::optional<Result<http::HttpResponse>> result;
    QEventLoop loop;
    client.get(url, &loop, [&](Result<http::HttpResponse> r) {
        result = std::move(r);
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

struct Figures
{
    double medianMs = 0;
    double p95Ms = 0;
    double mbPerSecond = 0;
};

std::optional<Figures> measure(http::HttpClient &client, const QUrl &base, int requests, int megabytes)
{
    QList<double> times;
    for (int i = 0; i < requests; ++i) {
        QElapsedTimer t;
        t.start();
        const auto r = fetch(client, base.resolved(QUrl(QStringLiteral("/small.txt"))));
        if (!r || r->status != 200) {
            QTextStream(stderr) << "request failed: " << (r ? QString::number(r->status) : r.error().message)
                                << '\n';
            return std::nullopt;
        }
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    Figures f;
    f.medianMs = times.at(times.size() / 2);
    f.p95Ms = times.at(int(times.size() * 0.95));
    QElapsedTimer t;
    t.start();
    const auto big = fetch(client, base.resolved(QUrl(QStringLiteral("/big.bin"))));
    if (!big || big->body.size() != qsizetype(megabytes) * 1024 * 1024)
        return std::nullopt;
    f.mbPerSecond = megabytes / (t.nsecsElapsed() / 1e9);
    return f;
}

} // namespace

// Nothing here throws: Result::value() (std::get) is the only call that could, and every result is
// checked before it is read, which clang-tidy cannot connect.
// NOLINTNEXTLINE(bugprone-exception-escape): results are read only after their check (above)
int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int requests = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 200;
    const int megabytes = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 64;
    QTextStream out(stdout);

    test::SshTestHosts hosts;
    QString error;
    if (!hosts.start(1, &error) || !hosts.isolated()) {
        out << "needs isolated SSH test hosts (root): " << error << '\n';
        return 1;
    }
    const QString dir = hosts.host(0).root + QStringLiteral("/www");
    const quint16 port = 18080;
    const auto started = hosts.runOnHost(
        0,
        QStringLiteral(
            "mkdir -p %1 && echo hello > %1/small.txt && head -c %2M /dev/zero > %1/big.bin && "
            "cd %1 && nohup /usr/bin/python3 -m http.server --bind 0.0.0.0 %3 > /dev/null 2>&1 < /dev/null &")
            .arg(dir)
            .arg(megabytes)
            .arg(port));
    if (started.exitCode != 0) {
        out << "cannot start the HTTP server: " << started.output << '\n';
        return 1;
    }
    QThread::msleep(1500);

    ssh::HostSpec jump;
    jump.address = hosts.host(0).address;
    jump.port = hosts.host(0).port;
    jump.user = hosts.user();
    jump.keyPath = hosts.keyPath();
    ssh::SessionOptions options;
    options.knownHostsPath = hosts.knownHostsPath();
    options.sshConfigPath = QStringLiteral("none");
    ssh::SshSocksProxy proxy(jump, options);
    if (const Status s = proxy.start(true); !s) {
        out << "proxy: " << s.error().message << '\n';
        return 1;
    }

    http::HttpClient direct;
    http::HttpClient tunnelled;
    tunnelled.setProxy(proxy.proxy());
    const QUrl directUrl(QStringLiteral("http://%1:%2/").arg(hosts.host(0).address).arg(port));
    const QUrl tunnelUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));

    out << "requests: " << requests << ", download: " << megabytes << " MB\n";
    for (const auto &[name, client, url] : { std::tuple { "direct", &direct, directUrl },
                                             std::tuple { "via SSH jump host", &tunnelled, tunnelUrl } }) {
        const auto f = measure(*client, url, requests, megabytes);
        if (!f) {
            out << name << ": failed\n";
            return 1;
        }
        out << name << ": latency median " << f->medianMs << " ms, p95 " << f->p95Ms << " ms; throughput "
            << f->mbPerSecond << " MB/s\n";
        out.flush();
    }
    return 0;
}
