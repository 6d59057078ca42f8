// The SSH engine on 20 real sshd test hosts: the provisioning-shaped job of
// ../shared/design/MEASUREMENTS.md (per host: 1 directory, 4 small config files,
// 2 commands), first run and re-run, forks 5 and 20; and harness start/stop.
#include "core/ssh/SshPool.h"
#include "core/ssh/SshSession.h"
#include "tests/support/SshTestHosts.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace mc::ssh;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 20;
    const bool become = argc > 2 && QByteArray(argv[2]) == "become";
    mc::test::SshTestHosts hosts;
    QElapsedTimer t;
    t.start();
    QString error;
    if (!hosts.start(count, &error)) {
        std::fprintf(stderr, "harness: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("start %d hosts: %lld ms (%s)\n", count, t.elapsed(),
                hosts.isolated() ? "namespaces" : "fallback");

    QList<HostSpec> specs;
    for (int i = 0; i < count; ++i) {
        HostSpec s;
        s.name = hosts.host(i).name;
        s.address = hosts.host(i).address;
        s.port = hosts.host(i).port;
        s.user = hosts.user();
        s.keyPath = hosts.keyPath();
        s.becomePassword = hosts.password();
        specs << s;
    }
    SessionOptions options;
    options.knownHostsPath = hosts.knownHostsPath();
    options.sshConfigPath = QStringLiteral("none");

    QByteArray zooCfg = "tickTime=2000\ndataDir=/var/lib/zookeeper\nclientPort=2181\n";
    for (int i = 0; i < count; ++i)
        zooCfg += QStringLiteral("server.%1=%2:2888:3888\n").arg(i + 1).arg(specs[i].address).toUtf8();
    const bool root = become && hosts.canBecome();
    const QString dir = root ? QStringLiteral("/etc/zookeeper/bench") : QStringLiteral("/home/mctest/bench");
    const Job job = [&](SshSession &session, const auto &) -> JobOutcome {
        ExecOptions e;
        e.become = root;
        auto mk = session.exec(QStringLiteral("mkdir -p ") + dir, e);
        if (!mk || mk->exitStatus != 0)
            return { HostState::Failed, QStringLiteral("mkdir") };
        bool changed = false;
        const QList<std::pair<QString, QByteArray>> files {
            { QStringLiteral("zoo.cfg"), zooCfg },
            { QStringLiteral("myid"), QByteArray::number(specs.indexOf(session.host()) + 1) + '\n' },
            { QStringLiteral("zk"), "zk://" + specs[0].address.toUtf8() + ":2181/mesos\n" },
            { QStringLiteral("quorum"), QByteArray::number(count / 2 + 1) + '\n' },
        };
        for (const auto &[name, data] : files) {
            UploadOptions u;
            u.become = root;
            auto r = session.upload(dir + u'/' + name, data, u);
            if (!r)
                return { HostState::Failed, r.error().message };
            changed = changed || *r == WriteOutcome::Changed;
        }
        auto check = session.exec(QStringLiteral("cat %1/myid >/dev/null && ls %1 | wc -l").arg(dir), e);
        if (!check || check->exitStatus != 0)
            return { HostState::Failed, QStringLiteral("check") };
        return { changed ? HostState::Changed : HostState::Ok };
    };

    for (int forks : { 5, 20 }) {
        for (const char *pass : { "first run", "re-run" }) {
            if (QByteArray(pass) == "first run")
                for (int i = 0; i < count; ++i)
                    hosts.runOnHost(i, QStringLiteral("rm -rf ") + dir);
            SshPool pool(options);
            pool.setForks(forks);
            t.restart();
            pool.run(specs, job);
            pool.waitForFinished();
            int failed = 0, changed = 0;
            for (const HostResult &r : pool.results()) {
                failed += r.state == HostState::Failed || r.state == HostState::Unreachable;
                changed += r.state == HostState::Changed;
            }
            std::printf("%d hosts, forks %d, %s%s: %lld ms (changed %d, failed %d)\n", count, forks, pass,
                        root ? " (become)" : "", t.elapsed(), changed, failed);
        }
    }
    t.restart();
    hosts.stop();
    std::printf("stop %d hosts: %lld ms\n", count, t.elapsed());
    return 0;
}
