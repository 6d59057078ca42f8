// Provisioning's configuration part (every file of configure-only for a
// master that is also an agent, and a service restarted by a handler only when
// its files changed) on N real sshd test hosts (SshTestHosts), against the same
// work done by Debian's ansible-playbook (copy + handler), with the same
// hosts, user, sudo password and known_hosts.
//
//   bench_provision [--hosts N=20] [--forks F=N] [--repeat R=3] [--console-only]
//
// Prints: Ansible's first run and re-run once (unless --console-only); the
// console's first run (everything changes), re-run (nothing changes) and first
// run on one host alone, R times each, min / median; the time profile of the
// median first run and re-run (RunProfile), and the CPU the test hosts' sshd
// (with its sudo, sh, sha256sum ...) and this process used during each run
// against the machine's (all cores) busy time.
#include "core/inventory/InventoryImporter.h"
#include "core/provision/Planner.h"
#include "core/provision/ProvisionRunner.h"
#include "core/provision/RecipeLoader.h"
#include "core/util/ShellQuote.h"
#include "tests/support/ProcessTree.h"
#include "tests/support/SshTestHosts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QThread>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <unistd.h>

using namespace mc::provision;

namespace {

// A SysV service that does nothing but can be restarted (the restart count is the proof).
const char *kServiceScript = "#!/bin/sh\n"
                             "case \"$1\" in\n"
                             "start|restart) echo x >> /var/log/mc-bench.restarts ;;\n"
                             "stop) ;;\n"
                             "status) exit 0 ;;\n"
                             "esac\n";

// The configuration roles of configure-only, its files only, with one handler.
QString recipeText()
{
    QFile f(QStringLiteral(":/recipes/configure-only.yaml"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(f.readAll());
    // Keep the variables; replace the roles by the file steps + handler.
    text = text.left(text.indexOf(QStringLiteral("\napply:")));
    text += QStringLiteral("\napply:\n  masters: [config]\n\nroles:\n  config:\n    steps:\n");
    struct F
    {
        const char *dest;
        const char *content; // Mustache, or nullptr for a template
        const char *src;
    };
    const QList<F> files = {
        { "/etc/zookeeper/conf/zoo.cfg", nullptr, "zoo.cfg.mustache" },
        { "/etc/zookeeper/conf/myid", "{{zoo_id}}", nullptr },
        { "/var/lib/zookeeper/myid", "{{zoo_id}}", nullptr },
        { "/etc/mesos/zk", "{{zk_url}}", nullptr },
        { "/etc/mesos-master/quorum", "{{quorum}}", nullptr },
        { "/etc/mesos-master/ip", "{{ip}}", nullptr },
        { "/etc/mesos-master/hostname", "{{address}}", nullptr },
        { "/etc/mesos-master/work_dir", "{{mesos_work_dir}}", nullptr },
        { "/etc/mesos-master/cluster", "{{cluster_name}}", nullptr },
        { "/etc/default/marathon", nullptr, "marathon.default.mustache" },
        { "/etc/mesos-slave/containerizers", "{{agent_containerizers}}", nullptr },
        { "/etc/mesos-slave/executor_registration_timeout", "{{agent_executor_registration_timeout}}",
          nullptr },
        { "/etc/mesos-slave/ip", "{{ip}}", nullptr },
        { "/etc/mesos-slave/hostname", "{{address}}", nullptr },
        { "/etc/mesos-slave/work_dir", "{{mesos_work_dir}}", nullptr },
    };
    for (const F &f : files) {
        if (f.src)
            text += QStringLiteral("      - template: { src: %1, dest: \"%2\" }\n        notify: restart\n")
                        .arg(QLatin1String(f.src), QLatin1String(f.dest));
        else
            text += QStringLiteral(
                        "      - copy:\n          dest: \"%1\"\n          content: |\n            %2\n"
                        "        notify: restart\n")
                        .arg(QLatin1String(f.dest), QLatin1String(f.content));
    }
    text += QStringLiteral(
        "    handlers:\n      - name: restart\n        service: { name: mc-bench, state: restarted }\n");
    return text;
}

// CPU seconds (user + system, with reaped children) of processes, from /proc.
struct CpuSample
{
    double machineBusy = 0; // every core, from /proc/stat
    double machineTotal = 0;
    double self = 0; // this process, all threads
    double hosts = 0; // the test hosts' sshd listeners and everything they reaped

    static double ticks(const QByteArray &stat, int field) // field as numbered in proc(5)
    {
        const QList<QByteArray> f = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
        return f.size() > field - 3 ? f.at(field - 3).toDouble() / double(sysconf(_SC_CLK_TCK)) : 0.0;
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static CpuSample now()
    {
        CpuSample c;
        const QList<QByteArray> cpu = read(QStringLiteral("/proc/stat")).split('\n').value(0).simplified().split(' ');
        for (qsizetype i = 1; i < cpu.size(); ++i) {
            const double t = cpu.at(i).toDouble() / double(sysconf(_SC_CLK_TCK));
            c.machineTotal += t;
            if (i != 4 && i != 5) // idle, iowait
                c.machineBusy += t;
        }
        const QByteArray self = read(QStringLiteral("/proc/self/stat"));
        c.self = ticks(self, 14) + ticks(self, 15);
        // The test hosts' sshd listeners (children of this process): their sessions have
        // ended and were reaped into them when this is read.
        for (const qint64 p : mc::test::childProcesses(QCoreApplication::applicationPid(), "sshd")) {
            const QByteArray stat = read(QStringLiteral("/proc/%1/stat").arg(p));
            c.hosts += ticks(stat, 14) + ticks(stat, 15) + ticks(stat, 16) + ticks(stat, 17);
        }
        return c;
    }
};

struct ConsoleRun
{
    qint64 ms = 0;
    RunSummary summary;
    CpuSample cpu; // used during the run
};

ConsoleRun runConsole(const Recipe &recipe, const ProvisionTarget &target,
                      const mc::ssh::SessionOptions &options, const QStringList &limit, int forks)
{
    ConsoleRun out;
    const auto plan = Planner::build(recipe, target, limit);
    if (!plan) {
        std::fprintf(stderr, "plan: %s\n", qPrintable(plan.error().message));
        return out;
    }
    const CpuSample before = CpuSample::now();
    QElapsedTimer t;
    t.start();
    {
        ProvisionRunner runner(options);
        RunOptions run;
        run.forks = forks;
        if (!runner.start(*plan, run).ok())
            qWarning("the run did not start");
        runner.waitForFinished();
        out.ms = t.elapsed();
        out.summary = runner.summary();
    }
    QThread::msleep(300); // the hosts' sessions end and are reaped into their listeners
    const CpuSample after = CpuSample::now();
    out.cpu.machineBusy = after.machineBusy - before.machineBusy;
    out.cpu.machineTotal = after.machineTotal - before.machineTotal;
    out.cpu.self = after.self - before.self;
    out.cpu.hosts = after.hosts - before.hosts;
    if (!out.summary.success())
        std::fprintf(stderr, "%s", qPrintable(out.summary.recapText()));
    return out;
}

qint64 runAnsible(const QString &dir, int *exitCode, QString *tail)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ANSIBLE_CONFIG"), dir + QStringLiteral("/ansible.cfg"));
    env.insert(QStringLiteral("HOME"), dir);
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("ansible-playbook"),
            { QStringLiteral("-i"), QStringLiteral("hosts"), QStringLiteral("site.yml") });
    p.waitForFinished(-1);
    const qint64 ms = t.elapsed();
    *exitCode = p.exitCode();
    const QString out = QString::fromUtf8(p.readAll());
    *tail = out.section(u'\n', -(qMin(30, int(out.count(u'\n')))));
    return ms;
}

} // namespace

// Nothing here throws: Result::value() (std::get) is the only call that could, and every result is
// checked before it is read, which clang-tidy cannot connect.
// NOLINTNEXTLINE(bugprone-exception-escape): results are read only after their check (above)
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption hostsOpt(QStringLiteral("hosts"), QStringLiteral("Test hosts (1-50)."),
                                      QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption forksOpt(QStringLiteral("forks"), QStringLiteral("Hosts at a time (default: all)."),
                                      QStringLiteral("F"));
    const QCommandLineOption repeatOpt(QStringLiteral("repeat"), QStringLiteral("Runs of each configuration."),
                                       QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption consoleOnly(QStringLiteral("console-only"), QStringLiteral("Skip Ansible."));
    parser.addOptions({ hostsOpt, forksOpt, repeatOpt, consoleOnly });
    parser.addPositionalArgument(QStringLiteral("hosts"), QStringLiteral("Same as --hosts (older form)."));
    parser.process(app);
    const int count = parser.positionalArguments().isEmpty()
        ? parser.value(hostsOpt).toInt()
        : parser.positionalArguments().constFirst().toInt();
    const int forks = parser.isSet(forksOpt) ? parser.value(forksOpt).toInt() : count;
    const int repeat = qMax(1, parser.value(repeatOpt).toInt());
    const bool ansible = !parser.isSet(consoleOnly);
    if (count < 1 || count > 50 || forks < 1) {
        std::fprintf(stderr, "--hosts takes 1 to 50, --forks at least 1\n");
        return 2;
    }
    if (ansible && QStandardPaths::findExecutable(QStringLiteral("ansible-playbook")).isEmpty()) {
        std::fprintf(stderr, "ansible-playbook not found (Debian package ansible); or --console-only\n");
        return 1;
    }
    mc::test::SshTestHosts hosts;
    QString error;
    if (!hosts.start(count, &error) || !hosts.isolated()) {
        std::fprintf(stderr, "harness: %s\n",
                     qPrintable(error.isEmpty() ? QStringLiteral("needs root") : error));
        return 1;
    }
    QTemporaryDir dir;
    QString ini = QStringLiteral("[masters]\n");
    for (int i = 0; i < count; ++i) {
        ini += QStringLiteral("%1 ansible_host=%2 zoo_id=%3\n")
                   .arg(hosts.host(i).name, hosts.host(i).address)
                   .arg(i + 1);
        QFile svc(dir.filePath(QStringLiteral("svc")));
        if (svc.open(QIODevice::WriteOnly))
            svc.write(kServiceScript);
        svc.close();
        hosts.runOnHost(
            i, QStringLiteral("install -m 755 %1 /etc/init.d/mc-bench").arg(mc::shellQuote(svc.fileName())));
    }
    auto inv = mc::inventory::InventoryImporter::importText(ini, QStringLiteral("hosts"));
    const auto recipe = RecipeLoader::parse(recipeText(), QStringLiteral("bench.yaml"), {});
    if (!inv || !recipe) {
        std::fprintf(stderr, "setup: %s\n", qPrintable(!inv ? inv.error().message : recipe.error().message));
        return 1;
    }
    ProvisionTarget target;
    target.inventory = inv->inventory;
    target.sshUser = hosts.user();
    target.keyPath = hosts.keyPath();
    target.becomePassword = hosts.password();
    mc::ssh::SessionOptions options;
    options.knownHostsPath = hosts.knownHostsPath();
    options.sshConfigPath = QStringLiteral("none");

    // The same files for Ansible: rendered by the planner, copied by ansible.
    const auto plan = Planner::build(*recipe, target);
    if (!plan) {
        std::fprintf(stderr, "plan: %s\n", qPrintable(plan.error().message));
        return 1;
    }
    QDir(dir.path()).mkpath(QStringLiteral("files"));
    QString tasks;
    int n = 0;
    for (const PlannedStep &s : plan->hosts.first().roles.first().steps) {
        tasks += QStringLiteral(
                     "    - name: file %1\n      copy: { src: \"files/{{ inventory_hostname }}/%1\", "
                     "dest: \"%2\", mode: \"0644\" }\n      notify: restart\n")
                     .arg(n)
                     .arg(s.args.value(QStringLiteral("dest")).toString());
        ++n;
    }
    for (const HostPlan &h : plan->hosts) {
        QDir(dir.path()).mkpath(QStringLiteral("files/") + h.host);
        int k = 0;
        for (const PlannedStep &s : h.roles.first().steps) {
            QFile f(dir.filePath(QStringLiteral("files/%1/%2").arg(h.host).arg(k++)));
            if (f.open(QIODevice::WriteOnly))
                f.write(s.content);
        }
    }
    QFile playbook(dir.filePath(QStringLiteral("site.yml")));
    if (playbook.open(QIODevice::WriteOnly))
        playbook.write(
            QStringLiteral(
                "- hosts: masters\n  become: true\n  gather_facts: false\n  tasks:\n%1"
                "  handlers:\n    - name: restart\n      service: { name: mc-bench, state: restarted }\n")
                .arg(tasks)
                .toUtf8());
    playbook.close();
    QFile ainv(dir.filePath(QStringLiteral("hosts")));
    if (ainv.open(QIODevice::WriteOnly))
        ainv.write((ini
                    + QStringLiteral("[masters:vars]\nansible_user=%1\nansible_ssh_private_key_file=%2\n"
                                     "ansible_become_password=%3\n")
                          .arg(hosts.user(), hosts.keyPath(), hosts.password()))
                       .toUtf8());
    ainv.close();
    QFile cfg(dir.filePath(QStringLiteral("ansible.cfg")));
    if (cfg.open(QIODevice::WriteOnly))
        cfg.write(
            QStringLiteral("[defaults]\nhost_key_checking = True\nretry_files_enabled = False\n"
                           "interpreter_python = /usr/bin/python3\n"
                           "[ssh_connection]\nssh_args = -C -o ControlMaster=auto -o ControlPersist=60s "
                           "-o UserKnownHostsFile=%1\n")
                .arg(hosts.knownHostsPath())
                .toUtf8());
    cfg.close();

    QStringList paths;
    for (const PlannedStep &s : plan->hosts.first().roles.first().steps)
        paths << mc::shellQuote(s.args.value(QStringLiteral("dest")).toString());
    auto reset = [&](int i) { hosts.runOnHost(i, QStringLiteral("rm -f %1").arg(paths.join(u' '))); };
    auto resetAll = [&] {
        for (int i = 0; i < count; ++i)
            reset(i);
    };

    std::printf("%d hosts, %d files + 1 handler per host, forks %d, %d runs each\n", count, n, forks, repeat);
    qint64 ansibleFirst = 0;
    qint64 ansibleAgain = 0;
    if (ansible) {
        int exitCode = 0;
        QString tail;
        resetAll();
        ansibleFirst = runAnsible(dir.path(), &exitCode, &tail);
        std::printf("ansible-playbook first run (forks 5, default): %lld ms (exit %d)\n", ansibleFirst,
                    exitCode);
        if (exitCode != 0)
            std::printf("%s\n", qPrintable(tail));
        ansibleAgain = runAnsible(dir.path(), &exitCode, &tail);
        std::printf("ansible-playbook re-run: %lld ms (exit %d)\n", ansibleAgain, exitCode);
        std::printf("%s\n", qPrintable(tail.section(u'\n', -4)));
    }

    QList<ConsoleRun> firsts;
    QList<ConsoleRun> agains;
    QList<ConsoleRun> ones;
    auto say = [](const char *what, const ConsoleRun &r) {
        std::printf("%-28s %7lld ms, %3d changed, %s; CPU s: hosts' sshd %.1f, console %.1f, machine %.1f of "
                    "%.1f (%.0f%% busy)\n",
                    what, r.ms, r.summary.totalChanged(), r.summary.success() ? "ok" : "FAILED", r.cpu.hosts,
                    r.cpu.self, r.cpu.machineBusy, r.cpu.machineTotal,
                    100.0 * r.cpu.machineBusy / qMax(0.001, r.cpu.machineTotal));
    };
    for (int i = 0; i < repeat; ++i) {
        resetAll();
        firsts << runConsole(*recipe, target, options, {}, forks);
        say("console first run", firsts.last());
        agains << runConsole(*recipe, target, options, {}, forks);
        say("console re-run", agains.last());
        reset(0);
        ones << runConsole(*recipe, target, options, { hosts.host(0).name }, forks);
        say("console one host, first run", ones.last());
    }
    // Sorted by time: min first, the median in the middle.
    for (QList<ConsoleRun> *runs : { &firsts, &agains, &ones })
        std::sort(runs->begin(), runs->end(), [](const ConsoleRun &a, const ConsoleRun &b) { return a.ms < b.ms; });
    const auto median = [](const QList<ConsoleRun> &runs) { return runs.at(runs.size() / 2); };
    std::printf("\nmedian first run: %s\n", qPrintable(median(firsts).summary.profile().text()));
    std::printf("median re-run: %s\n", qPrintable(median(agains).summary.profile().text()));
    std::printf("median one host: %s\n", qPrintable(median(ones).summary.profile().text()));

    std::printf("%d hosts, min / median of %d: first run %lld / %lld ms, re-run %lld / %lld ms, one host "
                "alone %lld / %lld ms\n",
                count, repeat, firsts.first().ms, median(firsts).ms, agains.first().ms, median(agains).ms,
                ones.first().ms, median(ones).ms);
    std::printf("console %d hosts / one host (medians): %.2fx\n", count,
                double(median(firsts).ms) / double(qMax<qint64>(1, median(ones).ms)));
    if (ansible) {
        std::printf("first run: ansible %lld ms / console median %lld ms = %.1fx\n", ansibleFirst,
                    median(firsts).ms, double(ansibleFirst) / double(qMax<qint64>(1, median(firsts).ms)));
        std::printf("re-run:    ansible %lld ms / console median %lld ms = %.1fx\n", ansibleAgain,
                    median(agains).ms, double(ansibleAgain) / double(qMax<qint64>(1, median(agains).ms)));
    }
    bool ok = true;
    for (const QList<ConsoleRun> *runs : { &firsts, &agains, &ones }) {
        for (const ConsoleRun &r : *runs)
            ok = ok && r.summary.success();
    }
    return ok ? 0 : 1;
}
