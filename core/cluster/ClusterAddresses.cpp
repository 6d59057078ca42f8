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
    const auto bad = [&](const QString &why) {
        *problems << tr("\"%1\" is not an address: %2. Write host, host:port or http(s)://host:port.")
                         .arg(text, why);
        return QUrl();
    };
    if (text.contains(u' '))
        return bad(tr("it contains a space"));
    QString scheme = QStringLiteral("http");
    QString rest = text;
    if (const qsizetype separator = text.indexOf(u"://"); separator >= 0) {
        scheme = text.left(separator).toLower();
        rest = text.mid(separator + 3);
    }
    if (scheme != u"http" && scheme != u"https")
        return bad(tr("the scheme must be http or https, not %1").arg(scheme));
    const qsizetype slash = rest.indexOf(u'/');
    const QString authority = slash < 0 ? rest : rest.left(slash);
    const QString path = slash < 0 ? QString() : rest.mid(slash);
    if (authority.contains(u'@'))
        return bad(tr("a user goes in the sign-in fields, not in the address"));
    QString host = authority;
    QString port;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return bad(tr("the IPv6 address has no closing ]"));
        host = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty() && !after.startsWith(u':'))
            return bad(tr("unexpected \"%1\" after the IPv6 address").arg(after));
        port = after.mid(1);
        static const QRegularExpression ipv6(QStringLiteral("^[0-9A-Fa-f:.]+\\z"));
        if (host.isEmpty() || !ipv6.match(host).hasMatch())
            return bad(tr("\"%1\" is not an IPv6 address").arg(host));
    } else {
        if (authority.count(u':') > 1)
            return bad(tr("write an IPv6 address in brackets, as [::1]:5050"));
        const qsizetype colon = authority.indexOf(u':');
        if (colon >= 0) {
            host = authority.left(colon);
            port = authority.mid(colon + 1);
            if (port.isEmpty())
                return bad(tr("the port after the colon is missing"));
        }
        // Labels of letters, digits, '_' and inner '-', joined by dots (an IPv4 address is one too).
        static const QRegularExpression hostName(QStringLiteral("^(%1)(\\.%1)*\\.?\\z").arg(
            QStringLiteral("[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?")));
        if (host.isEmpty())
            return bad(tr("it names no host"));
        if (!hostName.match(host).hasMatch())
            return bad(tr("\"%1\" is not a host name or address").arg(host));
    }
    int portNumber = defaultPort;
    if (!port.isEmpty()) {
        bool ok = false;
        portNumber = port.toInt(&ok);
        if (!ok || portNumber < 1 || portNumber > 65535)
            return bad(tr("the port %1 is not a number between 1 and 65535").arg(port));
    }
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    url.setPort(portNumber);
    url.setPath(path);
    if (!url.isValid())
        return bad(url.errorString());
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

void ClusterAddresses::addMasters(ClusterAddresses *out, const QStringList &masters, QStringList *problems)
{
    for (const QString &raw : masters) {
        const QString master = raw.trimmed();
        if (master.isEmpty())
            continue;
        if (zookeeper::ZkUrl::looksLikeZk(master)) {
            const auto zk = zookeeper::ZkUrl::parse(master);
            if (!zk.ok())
                *problems << zk.error().message;
            else if (!out->zkUrl.isEmpty())
                *problems << tr("Give one zk:// URL (it lists the whole ensemble).");
            else
                out->zkUrl = master;
        } else if (const QUrl url = httpUrl(master, kMesosPort, problems); url.isValid()) {
            out->masters << url;
        }
    }
}

void ClusterAddresses::addMarathons(ClusterAddresses *out, const QStringList &marathons, QStringList *problems)
{
    for (const QString &raw : marathons) {
        if (const QString marathon = raw.trimmed(); !marathon.isEmpty()) {
            if (const QUrl url = httpUrl(marathon, kMarathonPort, problems); url.isValid())
                out->marathons << url;
        }
    }
}

QStringList ClusterAddresses::masterProblems(const QStringList &masters)
{
    ClusterAddresses ignored;
    QStringList problems;
    addMasters(&ignored, masters, &problems);
    return problems;
}

QStringList ClusterAddresses::marathonProblems(const QStringList &marathons)
{
    ClusterAddresses ignored;
    QStringList problems;
    addMarathons(&ignored, marathons, &problems);
    return problems;
}

Result<ClusterAddresses> ClusterAddresses::parse(const QStringList &masters, const QStringList &marathons)
{
    ClusterAddresses out;
    QStringList problems;
    addMasters(&out, masters, &problems);
    addMarathons(&out, marathons, &problems);
    if (out.masters.isEmpty() && out.zkUrl.isEmpty() && out.marathons.isEmpty() && problems.isEmpty())
        problems << tr("Name at least one Mesos master (or a zk:// URL) or a Marathon.");
    if (!problems.isEmpty())
        return Error { problems.join(u' '), {} };
    return out;
}

} // namespace mc::cluster
