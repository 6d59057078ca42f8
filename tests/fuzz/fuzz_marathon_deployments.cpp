// Marathon's /v2/deployments, 0.x and 1.x steps (MarathonParser::parseDeployments).

#include "FuzzInput.h"

#include "core/marathon/MarathonParser.h"

MC_FUZZ_TARGET(fuzz_marathon_deployments)
{
    (void)mc::marathon::MarathonParser::parseDeployments(mc::fuzz::bytes(data, size));
    return 0;
}
