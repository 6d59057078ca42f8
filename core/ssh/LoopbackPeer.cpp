#include "core/ssh/LoopbackPeer.h"

#include <QAbstractSocket>
#include <QFile>
#include <QHostAddress>
#include <QtEndian>

#include <cstring>

#include <unistd.h>

namespace mc::ssh {

namespace {

// An address and port as /proc/net/tcp{,6} print them: each 32-bit word of the
// address in network byte order printed as a native integer, then the port.
QByteArray procEndpoint(const QHostAddress &address, quint16 port, bool v6)
{
    QByteArray text;
    if (!v6) {
        bool ok = false;
        const quint32 v4 = address.toIPv4Address(&ok);
        if (!ok)
            return {};
        text = QByteArray::number(qToBigEndian(v4), 16).toUpper().rightJustified(8, '0');
    } else {
        Q_IPV6ADDR bytes {};
        bool isV4 = false;
        const quint32 v4 = address.toIPv4Address(&isV4);
        if (isV4) { // a v4 peer on a dual-stack socket shows as ::ffff:a.b.c.d
            bytes[10] = bytes[11] = 0xff;
            const quint32 be = qToBigEndian(v4);
            std::memcpy(&bytes[12], &be, 4);
        } else {
            bytes = address.toIPv6Address();
        }
        for (int word = 0; word < 4; ++word) {
            quint32 native = 0;
            std::memcpy(&native, &bytes[word * 4], 4);
            text += QByteArray::number(native, 16).toUpper().rightJustified(8, '0');
        }
    }
    return text + ':' + QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
}

// The uid column of the line whose local end is `local` and remote end `remote`.
std::optional<uint> ownerIn(const QString &table, const QByteArray &local, const QByteArray &remote)
{
    if (local.isEmpty() || remote.isEmpty())
        return std::nullopt;
    QFile file(table);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // "sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode ..."
    // read line by line: a busy machine lists thousands of sockets. Up to the empty read, not
    // atEnd(): /proc files have size 0, so atEnd() was true once the first 16 KB buffered were
    // read, and a socket listed after the first ~100 lines was never found.
    file.readLine(); // header
    for (QByteArray line; !(line = file.readLine()).isEmpty();) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() < 8 || fields[1] != local || fields[2] != remote)
            continue;
        bool ok = false;
        const uint uid = fields[7].toUInt(&ok);
        if (ok)
            return uid;
    }
    return std::nullopt;
}

} // namespace

std::optional<uint> loopbackPeerUid(const QAbstractSocket &accepted)
{
    // The client's socket: its local end is our peer, its remote end is us.
    for (const bool v6 : { false, true }) {
        const auto uid = ownerIn(v6 ? QStringLiteral("/proc/net/tcp6") : QStringLiteral("/proc/net/tcp"),
                                 procEndpoint(accepted.peerAddress(), accepted.peerPort(), v6),
                                 procEndpoint(accepted.localAddress(), accepted.localPort(), v6));
        if (uid)
            return uid;
    }
    return std::nullopt;
}

bool peerIsThisUser(const QAbstractSocket &accepted)
{
    const auto uid = loopbackPeerUid(accepted);
    return uid && *uid == uint(::getuid());
}

} // namespace mc::ssh
