#include "core/cluster/ClusterAddresses.h"

#include "core/zookeeper/ZkUrl.h"

#include <QRegularExpression>

namespace mc::cluster {

namespace {
constexpr int kMesosPort = 5050;
constexpr int kMarathonPort = 8080;

} // namespace

QUrl ClusterAddresses::httpUrl(const QString &text, int defaultPort, QStringList *problems)
{
    QUrl url = QUrl::fromUserInput(text.contains(u"://") ? text : QStringLiteral("http://") + text);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https")
        || text.contains(u' ')) {
        *problems << tr("\"%1\" is not a host, host:port or http(s):// address.").arg(text);
        return {};
    }
    if (url.port() < 0)
        url.setPort(defaultPort);
    return url;
}

QStringList ClusterAddresses::split(const QString &line)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    // A zk:// URL keeps its commas: it lists the ensemble.
    if (zookeeper::ZkUrl::looksLikeZk(line.trimmed()))
        return { line.trimmed() };
    return line.split(separators, Qt::SkipEmptyParts);
}

Result<ClusterAddresses> ClusterAddresses::parse(const QStringList &masters, const QStringList &marathons)
{
    ClusterAddresses out;
    QStringList problems;
    for (const QString &raw : masters) {
        const QString master = raw.trimmed();
        if (master.isEmpty())
            continue;
        if (zookeeper::ZkUrl::looksLikeZk(master)) {
            const auto zk = zookeeper::ZkUrl::parse(master);
            if (!zk.ok())
                problems << zk.error().message;
            else if (!out.zkUrl.isEmpty())
                problems << tr("Give one zk:// URL (it lists the whole ensemble).");
            else
                out.zkUrl = master;
        } else if (const QUrl url = httpUrl(master, kMesosPort, &problems); url.isValid()) {
            out.masters << url;
        }
    }
    for (const QString &raw : marathons) {
        if (const QString marathon = raw.trimmed(); !marathon.isEmpty()) {
            if (const QUrl url = httpUrl(marathon, kMarathonPort, &problems); url.isValid())
                out.marathons << url;
        }
    }
    if (out.masters.isEmpty() && out.zkUrl.isEmpty() && out.marathons.isEmpty() && problems.isEmpty())
        problems << tr("Name at least one Mesos master (or a zk:// URL) or a Marathon.");
    if (!problems.isEmpty())
        return Error { problems.join(u' '), {} };
    return out;
}

} // namespace mc::cluster
