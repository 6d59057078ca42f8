// /metrics/snapshot of a master or an agent (MesosParser::parseMetrics).

#include "FuzzInput.h"

#include "core/mesos/MesosParser.h"

MC_FUZZ_TARGET(fuzz_mesos_metrics)
{
    (void)mc::mesos::MesosParser::parseMetrics(mc::fuzz::bytes(data, size));
    return 0;
}
