// Marathon's /v2/tasks and /v2/apps/{id}/tasks (MarathonParser::parseTasks).

#include "FuzzInput.h"

#include "core/marathon/MarathonParser.h"

MC_FUZZ_TARGET(fuzz_marathon_tasks)
{
    (void)mc::marathon::MarathonParser::parseTasks(mc::fuzz::bytes(data, size));
    return 0;
}
