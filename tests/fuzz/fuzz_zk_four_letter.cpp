// ZooKeeper's four-letter answers (ZooKeeperProbe::applySrvr, applyMntr).

#include "FuzzInput.h"

#include "core/zookeeper/ZooKeeperProbe.h"

using mc::zookeeper::ZkServerStatus;
using mc::zookeeper::ZooKeeperProbe;

MC_FUZZ_TARGET(fuzz_zk_four_letter)
{
    const QByteArray answer = mc::fuzz::bytes(data, size);
    ZkServerStatus status;
    ZooKeeperProbe::applySrvr(answer, status);
    ZooKeeperProbe::applyMntr(answer, status);
    return 0;
}
