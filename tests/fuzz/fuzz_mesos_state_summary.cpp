// A master's /master/state-summary (MesosParser::parseStateSummary).

#include "FuzzInput.h"

#include "core/mesos/MesosParser.h"

MC_FUZZ_TARGET(fuzz_mesos_state_summary)
{
    const auto state = mc::mesos::MesosParser::parseStateSummary(mc::fuzz::bytes(data, size));
    if (state.ok())
        (void)state->leader();
    return 0;
}
