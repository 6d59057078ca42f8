#pragma once

#include "core/mesos/Task.h"
#include "core/util/SharedList.h"

namespace mc::mesos {

// The tasks of a cluster, shared one by one (see SharedList).
using TaskList = SharedList<Task>;

} // namespace mc::mesos
