#include "app/gui/DemoSmokeCheck.h"

#include "app/gui/Composition.h"
#include "core/cluster/ClusterWatcher.h"

#include <QSet>
#include <QTimer>

#include <map>

namespace mc::app {

namespace {
constexpr std::chrono::milliseconds kPollInterval { 250 };
}

DemoSmokeCheck::DemoSmokeCheck(Composition *composition, std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_composition(composition)
    , m_timeout(timeout)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(kPollInterval);
    connect(m_poll, &QTimer::timeout, this, &DemoSmokeCheck::check);
}

void DemoSmokeCheck::start()
{
    // The first check comes from the event loop: a verdict before QApplication::exec() runs
    // could not end it.
    m_clock.start();
    m_poll->start();
}

QStringList DemoSmokeCheck::missing(const cluster::ClusterSnapshot *s, QString *summary)
{
    if (!s)
        return { tr("the console is not watching the demo cluster yet") };
    QStringList gaps;
    using Kind = cluster::ConnectionState::Kind;
    if (s->mesos.kind != Kind::Live)
        gaps << tr("Mesos is %1").arg(s->mesos.describe());
    else if (!s->leader)
        gaps << tr("no leading Mesos master");
    if (s->marathon.kind != Kind::Live)
        gaps << tr("Marathon is %1").arg(s->marathon.describe());
    else if (s->apps->empty())
        gaps << tr("Marathon lists no apps");

    // A task runs when Mesos says TASK_RUNNING; Marathon says which app it belongs to.
    QSet<QString> runningOnMesos;
    for (const mesos::Task &task : *s->tasks) {
        if (task.state == mesos::TaskState::Running && !task.completed)
            runningOnMesos.insert(task.id);
    }
    std::map<QString, int> running; // app id -> tasks running, sorted by id
    for (const marathon::App &app : *s->apps)
        running[app.id] = 0;
    for (const marathon::MarathonTask &task : *s->marathonTasks) {
        if (runningOnMesos.contains(task.id) && running.count(task.appId))
            ++running[task.appId];
    }
    QStringList idle;
    QStringList counts;
    for (const auto &[app, tasks] : running) {
        if (tasks == 0)
            idle << app;
        counts << tr("%1 %L2").arg(app).arg(tasks);
    }
    if (s->mesos.kind == Kind::Live && s->marathon.kind == Kind::Live && !s->hasTaskList)
        gaps << tr("Mesos has not listed its tasks yet");
    else if (!idle.isEmpty())
        gaps << tr("no running task of %1").arg(idle.join(QStringLiteral(", ")));

    if (summary && gaps.isEmpty()) {
        *summary = tr("Mesos live (leader %1, %L2 masters), Marathon live (%3), running tasks: %4")
                       .arg(s->leader->displayName())
                       .arg(qsizetype(s->masters.size()))
                       .arg(s->marathonInfo ? s->marathonInfo->version : tr("version unknown"),
                            counts.join(QStringLiteral(", ")));
    }
    return gaps;
}

void DemoSmokeCheck::check()
{
    if (!m_composition->demoCluster()) {
        finish(1, tr("Demo smoke check failed: the console was not started with --demo."));
        return;
    }
    if (const QString problem = m_composition->demoProblem(); !problem.isEmpty()) {
        finish(1, tr("Demo smoke check failed: %1").arg(problem));
        return;
    }
    const cluster::ClusterWatcher *watcher = m_composition->watcher();
    const cluster::SnapshotPtr snapshot = watcher ? watcher->snapshot() : nullptr;
    QString summary;
    const QStringList gaps = missing(snapshot.get(), &summary);
    const double seconds = double(m_clock.elapsed()) / 1000.0;
    if (gaps.isEmpty()) {
        finish(0, tr("Demo smoke check passed after %L1 s: %2").arg(seconds, 0, 'f', 1).arg(summary));
        return;
    }
    if (m_clock.elapsed() >= m_timeout.count()) {
        finish(1,
               tr("Demo smoke check failed: not up after %L1 s (--smoke-timeout): %2.")
                   .arg(seconds, 0, 'f', 1)
                   .arg(gaps.join(QStringLiteral("; "))));
    }
}

void DemoSmokeCheck::finish(int exitCode, const QString &line)
{
    if (m_done)
        return;
    m_done = true;
    m_poll->stop();
    Q_EMIT finished(exitCode, line);
}

} // namespace mc::app
