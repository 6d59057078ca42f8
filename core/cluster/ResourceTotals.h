#pragma once

#include "core/mesos/Agent.h"
#include "core/mesos/Framework.h"
#include "core/mesos/TaskList.h"
#include "core/mesos/TaskState.h"

#include <array>
#include <vector>

namespace mc::cluster {

// The cluster's resources and counts as the overview shows them.
struct ResourceTotals
{
    double cpusUsed = 0, cpusTotal = 0;
    double memUsed = 0, memTotal = 0; // MB
    double diskUsed = 0, diskTotal = 0; // MB
    int agentsActive = 0, agentsInactive = 0;
    int frameworksActive = 0;
    std::array<int, mesos::kTaskStateCount> tasksByState {};

    // Summed from the lists: the agents' resources (recovered ones left out), the active
    // frameworks, the live tasks by state (without a task list, the frameworks' counts).
    // O(tasks): 100,000 tasks cost milliseconds, so the watcher sums on a worker.
    [[nodiscard]] static ResourceTotals of(const std::vector<mesos::Agent> &agents,
                                           const std::vector<mesos::Framework> &frameworks,
                                           const mesos::TaskList *tasks);
    // The same with the live tasks already counted by state (MasterStream keeps them): O(agents).
    [[nodiscard]] static ResourceTotals of(const std::vector<mesos::Agent> &agents,
                                           const std::vector<mesos::Framework> &frameworks,
                                           const std::array<int, mesos::kTaskStateCount> &liveTasksByState);

    bool operator==(const ResourceTotals &) const = default;
};

} // namespace mc::cluster
