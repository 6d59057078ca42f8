#include "models/cluster/ClusterModels.h"

#include <QPointer>
#include <QThreadPool>
#include <QTimer>

#include <cstdlib>

namespace mc::models {

struct ClusterModels::Plans
{
    cluster::SnapshotPtr snapshot;
    std::optional<DiffPlan<mesos::Agent>> agents;
    std::optional<DiffPlan<mesos::Framework>> frameworks;
    std::optional<AppsModel::Plan> apps;
    std::optional<DiffPlan<TaskRow>> tasks;
    std::optional<DiffPlan<marathon::Deployment>> deployments;
};

namespace {
struct Bases
{
    AgentsModel::Base agents;
    FrameworksModel::Base frameworks;
    AppsModel::Base apps;
    TasksModel::Base tasks;
    DeploymentsModel::Base deployments;
    cluster::SnapshotPtr previous;
    std::shared_ptr<TaskRow::Builder> taskRows;
};

// Inputs the task rows are built from; unchanged pointers mean unchanged rows.
bool sameTaskInputs(const cluster::SnapshotPtr &a, const cluster::SnapshotPtr &b)
{
    return a && b && a->tasks == b->tasks && a->agents == b->agents && a->marathonTasks == b->marathonTasks
        && a->hasTaskList == b->hasTaskList;
}

std::shared_ptr<ClusterModels::Plans> plan(const Bases &bases, const cluster::SnapshotPtr &next)
{
    auto plans = std::make_shared<ClusterModels::Plans>();
    plans->snapshot = next;
    const cluster::SnapshotPtr &prev = bases.previous;
    if (!prev || prev->agents != next->agents)
        plans->agents = AgentsModel::makePlan(bases.agents, next->agents, &AgentsModel::idOf);
    if (!prev || prev->frameworks != next->frameworks)
        plans->frameworks
            = FrameworksModel::makePlan(bases.frameworks, next->frameworks, &FrameworksModel::idOf);
    if (!prev || prev->apps != next->apps)
        plans->apps = AppsModel::makePlan(bases.apps, next->apps, &AppsModel::idOf, &AppsModel::changedColumns);
    if (!sameTaskInputs(prev, next))
        plans->tasks = TasksModel::makePlan(bases.tasks, bases.taskRows->rowsOf(*next), &TasksModel::idOf,
                                            &TasksModel::changedColumns);
    if (!prev || prev->deployments != next->deployments)
        plans->deployments
            = DeploymentsModel::makePlan(bases.deployments, next->deployments, &DeploymentsModel::idOf);
    return plans;
}
} // namespace

ClusterModels::ClusterModels(QObject *parent)
    : QObject(parent)
    , m_agents(new AgentsModel(this))
    , m_frameworks(new FrameworksModel(this))
    , m_apps(new AppsModel(this))
    , m_tasks(new TasksModel(this))
    , m_deployments(new DeploymentsModel(this))
    , m_spacing(new QTimer(this))
    , m_taskRows(std::make_shared<TaskRow::Builder>())
{
    m_spacing->setSingleShot(true);
    connect(m_spacing, &QTimer::timeout, this, &ClusterModels::startNext);
}

ClusterModels::~ClusterModels() = default;

std::shared_ptr<ClusterModels::Plans> ClusterModels::computePlans(const cluster::SnapshotPtr &snapshot) const
{
    const Bases bases { m_agents->base(), m_frameworks->base(),  m_apps->base(),
                        m_tasks->base(),  m_deployments->base(), m_snapshot, m_taskRows };
    return plan(bases, snapshot);
}

void ClusterModels::apply(std::shared_ptr<Plans> plans)
{
    // What the models showed before: released on the thread pool, as freeing
    // a 100k-task snapshot costs tens of milliseconds.
    std::vector<std::shared_ptr<const void>> retired;
    if (plans->agents)
        retired.push_back(m_agents->applyPlan(std::move(*plans->agents)));
    if (plans->frameworks)
        retired.push_back(m_frameworks->applyPlan(std::move(*plans->frameworks)));
    if (plans->apps)
        retired.push_back(m_apps->applyPlan(std::move(*plans->apps)));
    if (plans->tasks)
        retired.push_back(m_tasks->applyPlan(std::move(*plans->tasks)));
    if (plans->deployments)
        retired.push_back(m_deployments->applyPlan(std::move(*plans->deployments)));
    retired.push_back(std::exchange(m_snapshot, plans->snapshot));
    plans.reset();
    QThreadPool::globalInstance()->start([retired = std::move(retired)]() mutable { retired.clear(); });
    Q_EMIT snapshotApplied(m_snapshot);
}

void ClusterModels::applyNow(cluster::SnapshotPtr snapshot)
{
    apply(computePlans(snapshot));
}

void ClusterModels::setSnapshot(cluster::SnapshotPtr snapshot)
{
    m_pending = std::move(snapshot);
    if (!m_busy)
        startNext();
}

void ClusterModels::startNext()
{
    if (!m_pending || m_busy || m_spacing->isActive())
        return;
    if (m_planStarted.isValid()) {
        if (const int wait = m_pacer.delayMs(m_planStarted.elapsed()); wait > 0) {
            m_spacing->start(wait);
            return;
        }
    }
    m_busy = true;
    m_planStarted.start();
    const cluster::SnapshotPtr next = std::exchange(m_pending, nullptr);
    // The bases are taken here, on the GUI thread; the plans are checked
    // against the models' generations when applied.
    const Bases bases { m_agents->base(), m_frameworks->base(),  m_apps->base(),
                        m_tasks->base(),  m_deployments->base(), m_snapshot, m_taskRows };
    QPointer<ClusterModels> self(this);
    QThreadPool::globalInstance()->start([self, bases, next] {
        QElapsedTimer cost;
        cost.start();
        auto plans = plan(bases, next);
        const qint64 planNs = cost.nsecsElapsed();
        QObject *target = self.data();
        if (!target)
            return;
        QMetaObject::invokeMethod(
            target,
            [self, plans, planNs] {
                if (!self)
                    return;
                QElapsedTimer cost;
                cost.start();
                self->apply(plans);
                self->m_pacer.record(planNs + cost.nsecsElapsed());
                // Told when it moved by a quarter or more: not a signal per diff.
                const int interval = self->m_pacer.intervalMs();
                if (std::abs(interval - self->m_announcedIntervalMs) * 4 > qMax(self->m_announcedIntervalMs, 40)) {
                    self->m_announcedIntervalMs = interval;
                    Q_EMIT self->updateIntervalChanged(interval);
                }
                self->m_busy = false;
                self->startNext();
            },
            Qt::QueuedConnection);
    });
}

} // namespace mc::models
