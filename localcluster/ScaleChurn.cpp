#include "localcluster/ScaleChurn.h"

#include "localcluster/Cluster.h"

#include <QRandomGenerator>
#include <QTimer>

namespace mc::localcluster {

namespace {
constexpr int kTickMs = 100;
constexpr int kFailEvery = 10;
constexpr int kTriesPerTask = 20; // random picks until a running synthetic task is found
} // namespace

ScaleChurn::ScaleChurn(Cluster &cluster, int perSecond, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
    , m_perSecond(perSecond)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, &ScaleChurn::tick);
    m_clock.start();
    m_timer->start();
}

void ScaleChurn::tick()
{
    // As many as are due since start: a late tick catches up.
    const qint64 due = m_clock.elapsed() * m_perSecond / 1000 - m_ended;
    auto *random = QRandomGenerator::global();
    for (qint64 i = 0; i < due; ++i) {
        const QList<TaskPtr> &active = m_cluster.activeTasks();
        TaskPtr victim;
        for (int tries = 0; tries < kTriesPerTask && !active.isEmpty() && !victim; ++tries) {
            const TaskPtr &t = active.at(qsizetype(random->bounded(quint32(active.size()))));
            if (t->synthetic && t->state == TaskState::Running && !t->killRequested)
                victim = t;
        }
        ++m_ended; // counted even when none was found, so a quiet cluster does not pile up a debt
        if (!victim)
            continue;
        if (m_ended % kFailEvery == 0)
            m_cluster.setTaskState(victim, TaskState::Failed, QStringLiteral("Command exited with status 1"));
        else
            m_cluster.killTask(victim->id);
    }
}

} // namespace mc::localcluster
