// Provisioning's configuration part (every file of configure-only for a
// master that is also an agent, and a service restarted by a handler only when
// its files changed) on N real sshd test hosts (SshTestHosts), against the same
// work done by Debian's ansible-playbook (copy + handler), with the same
// hosts, user, sudo password and known_hosts.
//
//   bench_provision [HOSTS=20]
//
// Prints: wall time of each first run (everything changes), each re-run
// (nothing changes), and of the console on one host alone.
#include "core/inventory/InventoryImporter.h"
#include "core/provision/Planner.h"
#include "core/provision/ProvisionRunner.h"
#include "core/provision/RecipeLoader.h"
#include "core/util/ShellQuote.h"
#include "tests/support/SshTestHosts.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

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

qint64 runConsole(const Recipe &recipe, const ProvisionTarget &target, const mc::ssh::SessionOptions &options,
                  const QStringList &limit, int *changed, bool *ok)
{
    const auto plan = Planner::build(recipe, target, limit);
    if (!plan) {
        std::fprintf(stderr, "plan: %s\n", qPrintable(plan.error().message));
        *ok = false;
        return 0;
    }
    QElapsedTimer t;
    t.start();
    ProvisionRunner runner(options);
    RunOptions run;
    run.forks = 20;
    if (!runner.start(*plan, run).ok())
        qWarning("the run did not start");
    runner.waitForFinished();
    const qint64 ms = t.elapsed();
    const RunSummary s = runner.summary();
    *changed = s.totalChanged();
    *ok = s.success();
    if (!s.success())
        std::fprintf(stderr, "%s", qPrintable(s.recapText()));
    return ms;
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

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 20;
    if (QStandardPaths::findExecutable(QStringLiteral("ansible-playbook")).isEmpty()) {
        std::fprintf(stderr, "ansible-playbook not found (Debian package ansible)\n");
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

    std::printf("%d hosts, %d files + 1 handler per host\n", count, n);
    int exitCode = 0;
    QString tail;
    resetAll();
    const qint64 ansibleFirst = runAnsible(dir.path(), &exitCode, &tail);
    std::printf("ansible-playbook first run (forks 5, default): %lld ms (exit %d)\n", ansibleFirst, exitCode);
    if (exitCode != 0)
        std::printf("%s\n", qPrintable(tail));
    const qint64 ansibleAgain = runAnsible(dir.path(), &exitCode, &tail);
    std::printf("ansible-playbook re-run: %lld ms (exit %d)\n", ansibleAgain, exitCode);
    std::printf("%s\n", qPrintable(tail.section(u'\n', -4)));

    resetAll();
    int changed = 0;
    bool ok = false;
    const qint64 first = runConsole(*recipe, target, options, {}, &changed, &ok);
    std::printf("console first run (forks 20): %lld ms, %d changed, %s\n", first, changed,
                ok ? "ok" : "FAILED");
    const qint64 again = runConsole(*recipe, target, options, {}, &changed, &ok);
    std::printf("console re-run: %lld ms, %d changed, %s\n", again, changed, ok ? "ok" : "FAILED");
    reset(0);
    const qint64 one = runConsole(*recipe, target, options, { hosts.host(0).name }, &changed, &ok);
    std::printf("console first run, one host alone: %lld ms, %d changed\n", one, changed);

    std::printf("\nfirst run: ansible %lld ms / console %lld ms = %.1fx\n", ansibleFirst, first,
                double(ansibleFirst) / double(qMax<qint64>(1, first)));
    std::printf("re-run:    ansible %lld ms / console %lld ms = %.1fx\n", ansibleAgain, again,
                double(ansibleAgain) / double(qMax<qint64>(1, again)));
    std::printf("console %d hosts / one host: %.2fx\n", count, double(first) / double(qMax<qint64>(1, one)));
    return 0;
}
