#pragma once

#include "core/http/HttpClient.h"
#include "core/mesos/Agent.h"
#include "core/mesos/MasterState.h"
#include "core/mesos/Task.h"

#include <QString>

#include <optional>

namespace mc::cli {

// A task the leading master knows, with its agent.
struct FoundTask
{
    mesos::Task task;
    mesos::Agent agent;
};

// Reads the leader's state from `master` (host[:port] or URL; /master/state,
// /master/state.json before 1.8). On failure prints why and returns the exit code.
[[nodiscard]] std::optional<int> readMasterState(const QString &master, http::HttpClient &http,
                                                 mesos::MasterState &state);

// Reads the leader's state from `master` (host[:port] or URL; /master/state,
// /master/state.json before 1.8) and finds the task by id or unique prefix and
// its agent. On failure prints why and returns the exit code.
[[nodiscard]] std::optional<int> lookupTask(const QString &taskId, const QString &master,
                                            http::HttpClient &http, FoundTask &found);

} // namespace mc::cli
