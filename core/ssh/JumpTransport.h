#pragma once

#include "core/ssh/HostSpec.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>
#include <thread>

struct ssh_channel_struct;

namespace mc::ssh {

class SshSession;

// ProxyJump of ~/.ssh/config, without running the `ssh` program.
//
// libssh 0.10 reads `ProxyJump a,b` and turns it into the ProxyCommand
// `ssh -J b -W '[%h]:%p' a` (it would start the ssh binary). SshSession
// recognises that command (proxyJumpHops), clears it, and connects through the
// hops itself: an SSH session to the last hop (which reaches the hops before it
// the same way), a `direct-tcpip` channel from there to the target, and that
// channel bridged to a socket pair whose other end is the target session's
// socket (SSH_OPTIONS_FD).

// The hops a ProxyJump value lists, in the order they are visited: "a,b" is
// a, then b, then the target. Each entry is [user@]host[:port] (IPv6 in
// brackets); a hop's other settings come from ~/.ssh/config (its Host alias).
[[nodiscard]] Result<QList<HostSpec>> parseProxyJump(const QString &value);

// The hops of a ProxyCommand that libssh made from a ProxyJump; nullopt when
// the command is something else (a ProxyCommand of the user's own).
[[nodiscard]] std::optional<QList<HostSpec>> proxyJumpHops(const QString &proxyCommand);

// One connection to host:port through a connected session to a jump host.
// Owns that session. Blocking set-up on the caller's thread, then a thread of
// its own moves the bytes; destroy it after the target session (whose socket
// it serves) is closed.
class JumpTransport
{
public:
    explicit JumpTransport(std::unique_ptr<SshSession> jump);
    ~JumpTransport();
    JumpTransport(const JumpTransport &) = delete;
    JumpTransport &operator=(const JumpTransport &) = delete;

    // Opens the channel to host:port (names resolved by the jump host) and
    // starts moving bytes. Returns the socket to give the target session
    // (SSH_OPTIONS_FD: libssh closes it).
    Result<int> open(const QString &host, quint16 port);

    [[nodiscard]] SshSession &jumpSession() const { return *m_jump; }

private:
    void pump();

    std::unique_ptr<SshSession> m_jump;
    ssh_channel_struct *m_channel = nullptr;
    int m_local = -1;
    std::thread m_thread;
    std::atomic<bool> m_stop { false };
};

} // namespace mc::ssh
