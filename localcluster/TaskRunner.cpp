#include "localcluster/TaskRunner.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QPointer>
#include <QProcess>
#include <QTcpServer>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace mc::localcluster {

namespace {
void appendTo(const QString &path, const QByteArray &text)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Append))
        f.write(text);
}

QByteArray timestampPrefix()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("MMdd HH:mm:ss.zzz")).toLatin1();
}

void signalGroup(qint64 pid, int sig)
{
    if (pid > 0)
        ::kill(-pid_t(pid), sig);
}
} // namespace

TaskRunner::TaskRunner(Cluster &cluster, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
{ }

TaskRunner::~TaskRunner()
{
    stopAll();
}

bool TaskRunner::portIsFree(const QHostAddress &address, int port)
{
    QTcpServer probe;
    const bool free = probe.listen(address, quint16(port));
    probe.close();
    return free;
}

void TaskRunner::start(const TaskPtr &task, const LaunchSpec &launch)
{
    m_runs.insert(task->id, Run { task, nullptr, nullptr });
    QTimer::singleShot(m_cluster.options().stagingDelayMs, this, [this, task, launch] {
        if (!m_runs.contains(task->id) || isTerminal(task->state) || task->killRequested
            || task->killedByDrain)
            return;
        spawn(task, launch);
    });
}

namespace {
// In the child between fork and exec: nothing but async-signal-safe calls (write, no allocation).
void writeForkedLine(pid_t pid)
{
    char line[48] = "Forked command at ";
    size_t size = sizeof("Forked command at ") - 1;
    char digits[16];
    size_t count = 0;
    for (auto value = quint64(pid); count == 0 || value > 0; value /= 10)
        digits[count++] = char('0' + value % 10);
    while (count > 0)
        line[size++] = digits[--count];
    line[size++] = '\n';
    [[maybe_unused]] const ssize_t written = ::write(STDOUT_FILENO, line, size);
}
} // namespace

void TaskRunner::spawn(const TaskPtr &task, const LaunchSpec &launch)
{
    if (!QDir().mkpath(task->sandbox)) {
        m_runs.remove(task->id);
        m_cluster.setTaskState(task, TaskState::Failed,
                               QStringLiteral("Failed to create the sandbox %1").arg(task->sandbox));
        return;
    }
    const QString latest = QFileInfo(task->sandbox).absolutePath() + QStringLiteral("/latest");
    QFile::remove(latest);
    QFile::link(task->sandbox, latest);

    const QString out = task->sandbox + QStringLiteral("/stdout");
    const QString err = task->sandbox + QStringLiteral("/stderr");
    const QString shown = launch.shell.isEmpty() ? launch.argv.join(QLatin1Char(' ')) : launch.shell;
    appendTo(err, "I" + timestampPrefix() + " 1 exec.cpp:162] Version: 1.11.0 (localcluster)\n");
    appendTo(out,
             "Received SUBSCRIBED event\nSubscribed executor on " + m_cluster.hostname().toUtf8()
                 + "\nReceived LAUNCH event\nStarting task " + task->id.toUtf8() + "\n"
                 + (launch.shell.isEmpty() ? QByteArray() : QByteArray("sh -c '")) + shown.toUtf8()
                 + (launch.shell.isEmpty() ? QByteArray() : QByteArray("'")) + "\n");

    auto *process = new QProcess(this);
    process->setWorkingDirectory(task->sandbox);
    process->setStandardOutputFile(out, QIODevice::Append);
    process->setStandardErrorFile(err, QIODevice::Append);
    process->setStandardInputFile(QProcess::nullDevice());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = launch.env.cbegin(); it != launch.env.cend(); ++it)
        env.insert(it.key(), it.value());
    env.insert(QStringLiteral("MESOS_SANDBOX"), task->sandbox);
    env.insert(QStringLiteral("HOST"), m_cluster.hostname());
    QStringList portList;
    for (qsizetype i = 0; i < task->ports.size(); ++i) {
        const QString port = QString::number(task->ports[i]);
        portList.append(port);
        env.insert(QStringLiteral("PORT%1").arg(i), port);
        const QString name = task->portNames.value(i);
        if (!name.isEmpty())
            env.insert(QStringLiteral("PORT_") + name.toUpper().replace(QLatin1Char('-'), QLatin1Char('_')),
                       port);
        // A pod container's endpoint: Marathon's ENDPOINT_<NAME> with the host port it got.
        if (!name.isEmpty() && !task->podInstance.isEmpty())
            env.insert(QStringLiteral("ENDPOINT_")
                           + name.toUpper().replace(QLatin1Char('-'), QLatin1Char('_')),
                       port);
    }
    if (!portList.isEmpty()) {
        env.insert(QStringLiteral("PORT"), portList.first());
        env.insert(QStringLiteral("PORTS"), portList.join(QLatin1Char(',')));
    }
    env.insert(QStringLiteral("MESOS_TASK_ID"), task->id);
    env.insert(
        QStringLiteral("MESOS_AGENT_ENDPOINT"),
        QStringLiteral("%1:%2").arg(m_cluster.hostname()).arg(m_cluster.agents()[size_t(task->agent)].port));
    env.insert(QStringLiteral("MESOS_CONTAINER_NAME"), QStringLiteral("mesos-") + task->containerId);
    process->setProcessEnvironment(env);
    // Own process group (kill reaches grandchildren); die with localcluster. "Forked command at
    // <pid>", as Mesos's command executor writes it before the command's output, is written here
    // in the child (stdout is the sandbox's file by now): written by localcluster once it saw the
    // start, it came after the command's first lines on a loaded machine.
    process->setChildProcessModifier([] {
        ::setsid();
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        writeForkedLine(::getpid());
    });
    if (launch.shell.isEmpty()) {
        process->setProgram(launch.argv.value(0));
        process->setArguments(launch.argv.mid(1));
    } else {
        process->setProgram(QStringLiteral("/bin/sh"));
        process->setArguments({ QStringLiteral("-c"), launch.shell });
    }

    const QString id = task->id;
    m_runs[id].process = process;
    connect(process, &QProcess::started, this, [this, task, process] {
        task->pid = process->processId();
        m_cluster.setTaskState(task, TaskState::Starting);
        QPointer<QProcess> guard(process);
        QTimer::singleShot(m_cluster.options().startingDelayMs, this, [this, task, guard] {
            if (guard && guard->state() == QProcess::Running && task->state == TaskState::Starting)
                m_cluster.setTaskState(task, TaskState::Running);
        });
    });
    connect(process, &QProcess::finished, this, [this, id](int code, QProcess::ExitStatus status) {
        finished(id, code, status == QProcess::CrashExit);
    });
    connect(process, &QProcess::errorOccurred, this, [this, id, process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart) {
            const auto run = m_runs.take(id);
            if (run.task)
                m_cluster.setTaskState(run.task, TaskState::Failed,
                                       QStringLiteral("Failed to launch: %1").arg(process->errorString()));
            process->deleteLater();
        }
    });
    process->start();
}

void TaskRunner::finished(const QString &taskId, int exitCode, bool crashed)
{
    const Run run = m_runs.take(taskId);
    if (!run.task)
        return;
    const TaskPtr task = run.task;
    signalGroup(task->pid, SIGKILL); // anything the task left behind
    if (run.killTimer)
        run.killTimer->deleteLater();
    int signal = 0;
    if (crashed && run.process)
        signal = exitCode; // QProcess reports the signal number as exit code on crash
    const QString out = task->sandbox + QStringLiteral("/stdout");
    if (crashed)
        appendTo(out,
                 "Command terminated with signal " + QByteArray(strsignal(signal))
                     + " (pid: " + QByteArray::number(task->pid) + ")\n");
    else
        appendTo(out,
                 "Command exited with status " + QByteArray::number(exitCode)
                     + " (pid: " + QByteArray::number(task->pid) + ")\n");
    if (run.process)
        run.process->deleteLater();

    if (task->killRequested || task->killedByDrain) {
        m_cluster.setTaskState(task, TaskState::Killed,
                               QStringLiteral("Command terminated with signal %1")
                                   .arg(QString::fromLatin1(strsignal(signal ? signal : SIGTERM))));
    } else if (!crashed && exitCode == 0) {
        m_cluster.setTaskState(task, TaskState::Finished, QStringLiteral("Command exited with status 0"));
    } else if (crashed) {
        m_cluster.setTaskState(
            task, TaskState::Failed,
            QStringLiteral("Command terminated with signal %1").arg(QString::fromLatin1(strsignal(signal))));
    } else {
        m_cluster.setTaskState(task, TaskState::Failed,
                               QStringLiteral("Command exited with status %1").arg(exitCode));
    }
}

void TaskRunner::kill(const TaskPtr &task)
{
    auto it = m_runs.find(task->id);
    if (it == m_runs.end() || !it->process || it->process->state() != QProcess::Running) {
        // Not forked yet: the launch is simply cancelled.
        if (it != m_runs.end() && it->process)
            it->process->deleteLater();
        m_runs.remove(task->id);
        m_cluster.setTaskState(task, TaskState::Killed, QStringLiteral("Killed before the command started"));
        return;
    }
    if (it->killTimer)
        return;
    m_cluster.setTaskState(task, TaskState::Killing);
    signalGroup(task->pid, SIGTERM);
    const qint64 pid = task->pid;
    it->killTimer = new QTimer(this);
    it->killTimer->setSingleShot(true);
    connect(it->killTimer, &QTimer::timeout, this, [pid] { signalGroup(pid, SIGKILL); });
    it->killTimer->start(task->killGracePeriodMs >= 0 ? task->killGracePeriodMs
                                                      : m_cluster.options().killGracePeriodMs);
}

bool TaskRunner::crash(const TaskPtr &task)
{
    const auto it = m_runs.constFind(task->id);
    if (it == m_runs.cend() || !it->process || it->process->state() != QProcess::Running || it->killTimer)
        return false;
    signalGroup(task->pid, SIGKILL);
    return true;
}

void TaskRunner::forget(const QString &taskId)
{
    const Run run = m_runs.take(taskId);
    if (run.killTimer)
        run.killTimer->deleteLater();
    if (run.process) {
        run.process->disconnect(this);
        signalGroup(run.task->pid, SIGKILL);
        run.process->waitForFinished(1000);
        run.process->deleteLater();
    }
}

void TaskRunner::stopAll()
{
    const auto runs = m_runs;
    m_runs.clear();
    for (const Run &run : runs) {
        if (run.process) {
            run.process->disconnect(this);
            signalGroup(run.task->pid, SIGTERM);
        }
    }
    QDeadlineTimer deadline(1500);
    for (const Run &run : runs) {
        if (run.process && run.process->state() != QProcess::NotRunning)
            run.process->waitForFinished(int(qMax<qint64>(1, deadline.remainingTime())));
    }
    for (const Run &run : runs) {
        if (run.process) {
            signalGroup(run.task->pid, SIGKILL);
            if (run.process->state() != QProcess::NotRunning)
                run.process->waitForFinished(500);
            delete run.process;
        }
        if (run.killTimer)
            delete run.killTimer;
    }
}

} // namespace mc::localcluster
