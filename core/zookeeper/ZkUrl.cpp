#include "core/zookeeper/ZkUrl.h"

namespace mc::zookeeper {

Result<ZkUrl> ZkUrl::parse(const QString &text)
{
    const auto fail = [&](const QString &why) {
        return Error { tr("\"%1\" is not a ZooKeeper URL: %2. Write it as zk://host1:2181,host2:2181/mesos.")
                           .arg(text, why),
                       {} };
    };
    if (!text.startsWith(QStringLiteral("zk://")))
        return fail(tr("it does not start with zk://"));
    QString rest = text.mid(5);
    ZkUrl url;
    const qsizetype slash = rest.indexOf(u'/');
    url.path = slash < 0 ? QString() : rest.mid(slash);
    rest = slash < 0 ? rest : rest.left(slash);
    while (url.path.size() > 1 && url.path.endsWith(u'/'))
        url.path.chop(1);
    if (url.path.isEmpty() || url.path == u"/")
        return fail(tr("it names no znode (the path after the hosts, e.g. /mesos)"));
    const qsizetype at = rest.lastIndexOf(u'@');
    if (at >= 0) {
        const QString credentials = rest.left(at);
        rest = rest.mid(at + 1);
        const qsizetype colon = credentials.indexOf(u':');
        url.user = credentials.left(colon);
        url.password = colon < 0 ? QString() : credentials.mid(colon + 1);
    }
    const QStringList hosts = rest.split(u',', Qt::SkipEmptyParts);
    for (QString host : hosts) {
        host = host.trimmed();
        if (host.isEmpty())
            continue;
        if (!host.contains(u':'))
            host += QStringLiteral(":2181");
        if (host.lastIndexOf(u':') == 0 || host.contains(u' '))
            return fail(tr("\"%1\" is not host:port").arg(host));
        bool ok = false;
        const int port = host.mid(host.lastIndexOf(u':') + 1).toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            return fail(tr("a port is not a number between 1 and 65535"));
        url.hosts << host;
    }
    if (url.hosts.isEmpty())
        return fail(tr("it names no host"));
    return url;
}

} // namespace mc::zookeeper
