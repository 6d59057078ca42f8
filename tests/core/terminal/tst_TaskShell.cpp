// What runs on an agent's host for a shell in a task (TaskShell): the exact
// docker exec command for a Docker task (there is no Docker daemon on the test
// machine, see tests/README.md), run by a real sh against a stand-in `docker`
// program that knows only the 0.2x container name, and the sandbox command run
// by a real sh in a directory whose name needs quoting.

#include "core/terminal/TaskShell.h"
#include "core/util/ShellQuote.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using mc::logs::Sandbox;
using mc::terminal::taskShellPlan;

namespace {
struct Run
{
    int exit = -1;
    QString out;
    QString err;
};

Run sh(const QString &command, const QString &path = {})
{
    QProcess p;
    if (!path.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PATH"), path + u':' + env.value(QStringLiteral("PATH")));
        p.setProcessEnvironment(env);
    }
    p.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), command });
    p.waitForFinished(10000);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}
} // namespace

class tst_TaskShell : public QObject
{
    Q_OBJECT

private slots:
    void dockerTaskExecsIntoItsContainer()
    {
        Sandbox s;
        s.directory = QStringLiteral("/var/lib/mesos/slaves/S0/frameworks/F/executors/web.1/runs/C1");
        s.docker = true;
        s.containerId = QStringLiteral("1b7f0e58-8a3c-4d92-bf1e-0f6a9c3d2e71");
        s.agentId = QStringLiteral("2d7c1c9e-S0");
        const auto plan = taskShellPlan(s, QStringLiteral("web.1"));
        QVERIFY(plan.docker);
        QCOMPARE(
            plan.command,
            QStringLiteral(
                "for c in mesos-1b7f0e58-8a3c-4d92-bf1e-0f6a9c3d2e71 "
                "mesos-2d7c1c9e-S0.1b7f0e58-8a3c-4d92-bf1e-0f6a9c3d2e71; do if docker inspect --type "
                "container \"$c\" >/dev/null 2>&1; then exec docker exec -it \"$c\" sh -c 'command -v bash "
                ">/dev/null && exec bash || exec sh'; fi; done; echo 'No Docker container of task web.1 on "
                "this "
                "host (looked for mesos-1b7f0e58-8a3c-4d92-bf1e-0f6a9c3d2e71, "
                "mesos-2d7c1c9e-S0.1b7f0e58-8a3c-4d92-bf1e-0f6a9c3d2e71)' >&2; exit 125"));

        // A real sh runs it; the stand-in docker knows only the 0.2x name and prints what exec got.
        QTemporaryDir bin;
        QFile docker(bin.filePath(QStringLiteral("docker")));
        QVERIFY(docker.open(QIODevice::WriteOnly));
        docker.write("#!/bin/sh\n"
                     "case \"$1\" in\n"
                     "inspect) [ \"$4\" = 'mesos-2d7c1c9e-S0.1b7f0e58-8a3c-4d92-bf1e-0f6a9c3d2e71' ];;\n"
                     "exec) shift; for a in \"$@\"; do printf '[%s]' \"$a\"; done; echo;;\n"
                     "*) exit 3;;\n"
                     "esac\n");
        docker.close();
        docker.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const Run run = sh(plan.command, bin.path());
        QCOMPARE(run.exit, 0);
        QCOMPARE(run.out.trimmed(),
                 QStringLiteral("[-it][mesos-2d7c1c9e-S0.1b7f0e58-8a3c-4d92-bf1e-0f6a9c3d2e71][sh][-c]"
                                "[command -v bash >/dev/null && exec bash || exec sh]"));

        // A command without a terminal; its words arrive as they were.
        const auto exec = taskShellPlan(s, QStringLiteral("web.1"),
                                        { QStringLiteral("echo"), QStringLiteral("it's $(x) ; y") }, false);
        const Run words = sh(exec.command, bin.path());
        QCOMPARE(words.out.trimmed(),
                 QStringLiteral(
                     "[-i][mesos-2d7c1c9e-S0.1b7f0e58-8a3c-4d92-bf1e-0f6a9c3d2e71][echo][it's $(x) ; y]"));

        // No container by either name: the reason, exit 125 (as docker's own "could not run").
        docker.remove();
        QVERIFY(docker.open(QIODevice::WriteOnly));
        docker.write("#!/bin/sh\nexit 1\n");
        docker.close();
        docker.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const Run missing = sh(plan.command, bin.path());
        QCOMPARE(missing.exit, 125);
        QVERIFY2(missing.err.contains(QStringLiteral("No Docker container of task web.1")),
                 qPrintable(missing.err));
    }

    void otherTasksRunInTheirSandbox()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("it's a $(sandbox)"));
        QVERIFY(QDir().mkpath(dir));
        QFile stdoutFile(dir + QStringLiteral("/stdout"));
        QVERIFY(stdoutFile.open(QIODevice::WriteOnly));
        stdoutFile.close();
        Sandbox s;
        s.directory = dir;
        s.containerId = QStringLiteral("c1"); // a Mesos-containerizer task: no docker exec
        const auto plan
            = taskShellPlan(s, QStringLiteral("job.7"),
                            { QStringLiteral("sh"), QStringLiteral("-c"),
                              QStringLiteral("pwd; ls; echo \"$MESOS_TASK_ID|$MESOS_SANDBOX\"") });
        QVERIFY(!plan.docker);
        const Run run = sh(plan.command);
        QCOMPARE(run.exit, 0);
        QCOMPARE(run.out, QStringLiteral("%1\nstdout\njob.7|%1\n").arg(dir));

        // A sandbox that is gone: cd fails, nothing else runs.
        s.directory = root.filePath(QStringLiteral("gone"));
        const Run gone
            = sh(taskShellPlan(s, QStringLiteral("job.7"), { QStringLiteral("echo"), QStringLiteral("ran") })
                     .command);
        QCOMPARE(gone.exit, 1);
        QVERIFY(!gone.out.contains(QStringLiteral("ran")));
    }

    // A Mesos-containerizer task whose executor's pid the agent reports: nsenter through
    // `sudo -n` is tried first (the exact command), the title set for the way taken. Where
    // sudo refuses (here: a stand-in sudo that does), a real sh falls back to the sandbox.
    void nsenterFirstWhenTheExecutorPidIsKnown()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(QStringLiteral("run's"));
        QVERIFY(QDir().mkpath(dir));
        Sandbox s;
        s.directory = dir;
        s.executorPid = 4242;
        const auto plan = taskShellPlan(s, QStringLiteral("job.7"), {}, true, QStringLiteral("agent1"));
        QVERIFY(plan.nsenter && !plan.docker);
        const QString q = mc::shellQuote(dir);
        QCOMPARE(
            plan.command,
            QStringLiteral("if sudo -n nsenter -t 4242 -m -u -i -n -p -- true 2>/dev/null; then "
                           "printf '\\033]2;%s\\007' 'job.7 · nsenter on agent1'; "
                           "exec sudo -n nsenter -t 4242 -m -u -i -n -p -- sh -c %1; fi; "
                           "printf '\\033]2;%s\\007' 'job.7 · sandbox on agent1'; "
                           "cd %2 || exit 1; export MESOS_SANDBOX=%2 MESOS_TASK_ID=job.7; "
                           "exec \"${SHELL:-/bin/sh}\" -l")
                .arg(mc::shellQuote(QStringLiteral("cd %1 2>/dev/null || cd /mnt/mesos/sandbox || exit 1; "
                                                   "export MESOS_SANDBOX=\"$PWD\" MESOS_TASK_ID=job.7; "
                                                   "exec sh -c 'command -v bash >/dev/null && exec bash "
                                                   "|| exec sh'")
                                        .arg(q)),
                     q));

        // sudo -n refuses (as for a user who needs a password): the sandbox shell, titled so.
        QTemporaryDir bin;
        QFile sudo(bin.filePath(QStringLiteral("sudo")));
        QVERIFY(sudo.open(QIODevice::WriteOnly));
        sudo.write("#!/bin/sh\necho 'sudo: a password is required' >&2\nexit 1\n");
        sudo.close();
        sudo.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        const auto exec
            = taskShellPlan(s, QStringLiteral("job.7"),
                            { QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("pwd") });
        QVERIFY(exec.nsenter);
        const Run run = sh(exec.command, bin.path());
        QCOMPARE(run.exit, 0);
        QCOMPARE(run.out, dir + u'\n'); // no title without a terminal
        const Run shell = sh(plan.command + QStringLiteral(" -c 'echo in:$(pwd)'"), bin.path());
        QCOMPARE(shell.out, QStringLiteral("\033]2;job.7 · sandbox on agent1\007in:%1\n").arg(dir));
    }
};

QTEST_GUILESS_MAIN(tst_TaskShell)
#include "tst_TaskShell.moc"
