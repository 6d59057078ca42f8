#include "core/cluster/ResourceTotals.h"

namespace mc::cluster {

ResourceTotals ResourceTotals::of(const std::vector<mesos::Agent> &agents,
                                  const std::vector<mesos::Framework> &frameworks, const mesos::TaskList *tasks)
{
    ResourceTotals totals;
    for (const mesos::Agent &agent : agents) {
        if (agent.recovered)
            continue;
        totals.cpusTotal += agent.total.cpus;
        totals.cpusUsed += agent.used.cpus;
        totals.memTotal += agent.total.mem;
        totals.memUsed += agent.used.mem;
        totals.diskTotal += agent.total.disk;
        totals.diskUsed += agent.used.disk;
        (agent.active ? totals.agentsActive : totals.agentsInactive) += 1;
    }
    for (const mesos::Framework &framework : frameworks) {
        if (framework.completed)
            continue;
        totals.frameworksActive += framework.active ? 1 : 0;
        if (!tasks) {
            for (int i = 0; i < mesos::kTaskStateCount; ++i)
                totals.tasksByState[size_t(i)] += framework.taskCounts[size_t(i)];
        }
    }
    if (tasks) {
        for (const mesos::Task &task : *tasks) {
            if (!task.completed)
                ++totals.tasksByState[size_t(task.state)];
        }
    }
    return totals;
}

ResourceTotals ResourceTotals::of(const std::vector<mesos::Agent> &agents,
                                  const std::vector<mesos::Framework> &frameworks,
                                  const std::array<int, mesos::kTaskStateCount> &liveTasksByState)
{
    const mesos::TaskList none;
    ResourceTotals totals = of(agents, frameworks, &none);
    totals.tasksByState = liveTasksByState;
    return totals;
}

} // namespace mc::cluster
