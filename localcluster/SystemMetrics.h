#pragma once

#include "localcluster/JsonWriter.h"

namespace mc::localcluster {

// system/* metrics of this machine (load, memory, cpus), best effort.
void writeSystemMetrics(JsonWriter &w);

} // namespace mc::localcluster
