#pragma once

#include "core/mesos/Agent.h"

#include <QString>

#include <vector>

namespace mc::models {

// An agent as a person tells it apart from the others: "127.0.0.1:5051 · S0",
// its address and port and the tail of its id (Mesos numbers the agents of a
// master "<master id>-S0", "-S1"...). Two agents on one host differ in both.
[[nodiscard]] QString agentLabel(const mesos::Agent &agent);
// "S0" of "2b9c…-S0"; the last 8 characters of an id without such a tail.
[[nodiscard]] QString agentIdTail(const QString &agentId);
// Both lists give the same labels in the same order: what the labels are made
// of (id, host name, port, pid) is the same (cheaper than formatting them).
[[nodiscard]] bool sameAgentLabels(const std::vector<mesos::Agent> &a, const std::vector<mesos::Agent> &b);

} // namespace mc::models
