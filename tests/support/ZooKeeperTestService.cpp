#include "tests/support/ZooKeeperTestService.h"

#include "core/util/ShellQuote.h"
#include "tests/support/SshTestHosts.h"
#include "tests/support/TestPaths.h"

namespace mc::test {

bool installZooKeeperService(const SshTestHosts &hosts, int i, QString *error)
{
    const QString script = fixturePath(QStringLiteral("cluster/zookeeper.init"));
    const QString config = fixturePath(QStringLiteral("cluster/zoo.cfg"));
    const auto r = hosts.runOnHost(
        i,
        QStringLiteral("install -m 755 %1 /etc/init.d/zookeeper && mkdir -p /etc/zookeeper/conf && "
                       "install -m 644 %2 /etc/zookeeper/conf/zoo.cfg && mkdir -p /var/lib/zookeeper")
            .arg(shellQuote(script), shellQuote(config)));
    if (r.exitCode != 0 && error)
        *error = QStringLiteral("installing ZooKeeper on %1 failed: %2").arg(hosts.host(i).name, r.output);
    return r.exitCode == 0;
}

} // namespace mc::test
