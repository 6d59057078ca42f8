#pragma once

#include "core/mesos/Agent.h"
#include "core/mesos/Framework.h"
#include "core/mesos/MasterInfo.h"
#include "core/mesos/Task.h"

#include <optional>
#include <vector>

namespace mc::mesos {

// /master/state (state.json before 1.8) or /master/state-summary (no tasks) of one master.
struct MasterState
{
    QString version;
    QString id;
    QString pid;
    QString hostname;
    QString cluster;
    QString leaderPid; // `leader`; empty when the master knows none
    std::optional<MasterInfo> leaderInfo; // 1.1+
    double startTime = 0;
    double electedTime = 0; // 0 on a standby
    bool summary = false; // from state-summary: no tasks, counters instead
    std::vector<Agent> agents;
    std::vector<Framework> frameworks;
    std::vector<Task> tasks;

    // The answering master is the leader (0.19-0.28 standbys answer with their own view).
    [[nodiscard]] bool answeredByLeader() const { return !leaderPid.isEmpty() && leaderPid == pid; }
    // host:port of the leader from leader_info or the `leader` pid.
    [[nodiscard]] MasterInfo leader() const;
};

} // namespace mc::mesos
