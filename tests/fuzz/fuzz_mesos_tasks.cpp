// A master's /master/tasks (MesosParser::parseTasks).

#include "FuzzInput.h"

#include "core/mesos/MesosParser.h"

MC_FUZZ_TARGET(fuzz_mesos_tasks)
{
    (void)mc::mesos::MesosParser::parseTasks(mc::fuzz::bytes(data, size));
    return 0;
}
