// A Mesos master's json.info_* node in ZooKeeper (MesosParser::parseMasterInfo).

#include "FuzzInput.h"

#include "core/mesos/MesosParser.h"

MC_FUZZ_TARGET(fuzz_zk_master_info)
{
    (void)mc::mesos::MesosParser::parseMasterInfo(mc::fuzz::bytes(data, size));
    return 0;
}
