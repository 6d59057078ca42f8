#include "core/ssh/JumpTransport.h"

#include "core/ssh/SshSession.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <libssh/libssh.h>

#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace mc::ssh {

namespace {

constexpr int kChunk = 32 * 1024;
// Read no more from the channel until the target took it.
constexpr qsizetype kMaxBuffered = qsizetype(1024) * 1024;
constexpr int kPollMs = 100;

QString tr(const char *text)
{
    return QCoreApplication::translate("mc::ssh::JumpTransport", text);
}

// [user@]host[:port], IPv6 as [addr] or [addr]:port.
Result<HostSpec> parseHop(const QString &entry)
{
    HostSpec hop;
    QString rest = entry.trimmed();
    const qsizetype at = rest.lastIndexOf(u'@');
    if (at >= 0) {
        hop.user = rest.left(at);
        rest = rest.mid(at + 1);
    }
    QString port;
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return Error { tr("ProxyJump entry \"%1\": \"]\" is missing").arg(entry), {} };
        hop.name = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':'))
                return Error { tr("ProxyJump entry \"%1\" is not [user@]host[:port]").arg(entry), {} };
            port = after.mid(1);
        }
    } else if (rest.count(u':') == 1) {
        hop.name = rest.section(u':', 0, 0);
        port = rest.section(u':', 1);
    } else {
        hop.name = rest; // a host name, or a bare IPv6 address
    }
    if (hop.name.isEmpty() || (at >= 0 && hop.user.isEmpty()))
        return Error { tr("ProxyJump entry \"%1\" is not [user@]host[:port]").arg(entry), {} };
    if (!port.isEmpty()) {
        bool ok = false;
        const uint number = port.toUInt(&ok);
        if (!ok || number == 0 || number > 65535)
            return Error { tr("ProxyJump entry \"%1\": %2 is not a port (1-65535)").arg(entry, port), {} };
        hop.port = quint16(number);
    }
    return hop;
}

} // namespace

Result<QList<HostSpec>> parseProxyJump(const QString &value)
{
    QList<HostSpec> hops;
    for (const QString &entry : value.split(u',')) {
        auto hop = parseHop(entry);
        if (!hop)
            return hop.error();
        hops << *hop;
    }
    return hops;
}

std::optional<QList<HostSpec>> proxyJumpHops(const QString &proxyCommand)
{
    // libssh 0.10 (config.c, ssh_config_parse_proxy_jump): the first entry is
    // the host ssh connects to (-l user, -p port), the others follow -J; Debian
    // quotes the -W argument.
    static const QRegularExpression libsshForm(
        QStringLiteral("^ssh(?: -l (\\S+))?(?: -p (\\S+))?(?: -J (\\S+))? -W '?\\[%h\\]:%p'? (\\S+)$"));
    const QRegularExpressionMatch m = libsshForm.match(proxyCommand.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    QString first = m.captured(4);
    if (first.contains(u':') && !first.startsWith(u'['))
        first = u'[' + first + u']'; // an IPv6 address
    if (!m.captured(1).isEmpty())
        first = m.captured(1) + u'@' + first;
    if (!m.captured(2).isEmpty())
        first += u':' + m.captured(2);
    QString list = first;
    if (!m.captured(3).isEmpty())
        list += u',' + m.captured(3);
    auto hops = parseProxyJump(list);
    if (!hops)
        return std::nullopt;
    return *hops;
}

JumpTransport::JumpTransport(std::unique_ptr<SshSession> jump)
    : m_jump(std::move(jump))
{ }

JumpTransport::~JumpTransport()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
    if (m_local >= 0)
        ::close(m_local);
    if (m_channel) {
        if (ssh_channel_is_open(m_channel))
            ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
    }
    m_jump.reset();
}

Result<int> JumpTransport::open(const QString &host, quint16 port)
{
    ssh_session session = m_jump->nativeHandle();
    const QString via = m_jump->host().displayName();
    m_channel = ssh_channel_new(session);
    if (!m_channel)
        return Error { tr("the jump host %1 cannot open a channel").arg(via),
                       QString::fromUtf8(ssh_get_error(session)) };
    const QByteArray target = host.toUtf8();
    if (ssh_channel_open_forward(m_channel, target.constData(), port, "127.0.0.1", 0) != SSH_OK) {
        const QString why = QString::fromUtf8(ssh_get_error(session));
        return Error {
            tr("the jump host %1 cannot connect to %2:%3 (%4)").arg(via, host, QString::number(port), why),
            why
        };
    }
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0)
        return Error { tr("cannot make a socket pair for the jump host %1").arg(via),
                       QString::fromLocal8Bit(strerror(errno)) };
    m_local = pair[0];
    ::fcntl(m_local, F_SETFL, ::fcntl(m_local, F_GETFL) | O_NONBLOCK);
    m_thread = std::thread([this] { pump(); });
    return pair[1];
}

// Moves bytes both ways until either side ends (or the destructor stops it).
// Only this thread touches the jump session from here on.
void JumpTransport::pump()
{
    ssh_session session = m_jump->nativeHandle();
    QByteArray toLocal;
    char buffer[kChunk];
    // One round; false when the connection ended.
    const auto step = [&]() -> bool {
        pollfd fds[2] = { { m_local, short(POLLIN | (toLocal.isEmpty() ? 0 : POLLOUT)), 0 },
                          { ssh_get_fd(session), POLLIN, 0 } };
        ::poll(fds, 2, kPollMs);

        // target session -> channel
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t n = ::recv(m_local, buffer, sizeof buffer, MSG_DONTWAIT);
            if (n > 0) {
                for (ssize_t sent = 0; sent < n;) {
                    const int w = ssh_channel_write(m_channel, buffer + sent, uint32_t(n - sent));
                    if (w == SSH_ERROR)
                        return false;
                    sent += w;
                }
            } else if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
                ssh_channel_send_eof(m_channel); // the target session closed its socket
                return false;
            }
        }
        // channel -> target session
        while (toLocal.size() < kMaxBuffered) {
            const int n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 0);
            if (n == SSH_ERROR)
                return false;
            if (n <= 0)
                break;
            toLocal.append(buffer, n);
        }
        if (!toLocal.isEmpty()) {
            const ssize_t w
                = ::send(m_local, toLocal.constData(), size_t(toLocal.size()), MSG_DONTWAIT | MSG_NOSIGNAL);
            if (w > 0)
                toLocal.remove(0, w);
            else if (w < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
                return false;
        }
        if (toLocal.isEmpty()
            && (ssh_channel_is_eof(m_channel) || ssh_channel_is_closed(m_channel)
                || !ssh_is_connected(session)))
            return false;
        // Keepalives after silence; a jump host that stopped answering ends the
        // bridge (the target session then sees its connection close).
        return m_jump->checkPeer().ok();
    };
    while (!m_stop && step()) { }
    // The target session sees its connection end.
    ::shutdown(m_local, SHUT_RDWR);
}

} // namespace mc::ssh
