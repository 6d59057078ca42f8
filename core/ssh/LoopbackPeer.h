#pragma once

#include <QtGlobal>

#include <optional>

class QAbstractSocket;

namespace mc::ssh {

// The local user behind a TCP connection accepted on the loopback interface:
// the owner of the client's socket as Linux lists it in /proc/net/tcp (and
// tcp6). The console's local listeners (the SOCKS proxy, port forwards) are
// on 127.0.0.1, where any user of the machine can connect; a forward has no
// login of its own (a browser connects to it), so it admits only connections
// whose socket belongs to the console's own user. nullopt when the socket
// cannot be found (not Linux, /proc not mounted, the client already gone):
// such a connection is refused too.
[[nodiscard]] std::optional<uint> loopbackPeerUid(const QAbstractSocket &accepted);

// loopbackPeerUid() is this process's real user.
[[nodiscard]] bool peerIsThisUser(const QAbstractSocket &accepted);

} // namespace mc::ssh
