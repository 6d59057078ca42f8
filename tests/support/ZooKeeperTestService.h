#pragma once

#include <QString>

namespace mc::test {

class SshTestHosts;

// Makes Debian's ZooKeeper a SysV service of test host `i`: installs
// tests/fixtures/cluster/zookeeper.init as the host's own /etc/init.d/zookeeper
// and a standalone zoo.cfg (client port 2181 on the host's address). Not started.
bool installZooKeeperService(const SshTestHosts &hosts, int i, QString *error = nullptr);

} // namespace mc::test
