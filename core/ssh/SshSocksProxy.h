#pragma once

#include "core/ssh/SshTypes.h"
#include "core/util/Result.h"

#include <QMutex>
#include <QNetworkProxy>
#include <QObject>
#include <QPointer>

class QThread;

namespace mc::ssh {

class SocksWorker;

// An in-process SOCKS5 proxy on 127.0.0.1 (a free port) whose CONNECT requests
// travel over `direct-tcpip` channels of ONE SSH session to a jump host. Names
// (SOCKS address type 3) are resolved by the jump host. The session and every
// channel live on one worker thread (libssh sessions are not thread-safe).
//
// When the session drops, every tunnelled connection is closed, error() is
// emitted with the reason, and the next request connects again. A session
// whose host stops answering is noticed by keepalives and dropped the same way
// within options.deadPeerSeconds (SshSession::checkPeer).
//
// The port is open to every program and user of this machine, so a client must
// log in (SOCKS5 username/password, RFC 1929) with credentials made at random
// for this object and known only to this process; others are refused, with
// refused(). Point a QNetworkAccessManager at it with proxy() (Socks5Proxy with
// those credentials, names resolved on the far side).
class SshSocksProxy : public QObject
{
    Q_OBJECT

public:
    SshSocksProxy(HostSpec jumpHost, SessionOptions options, QObject *parent = nullptr);
    ~SshSocksProxy() override;

    // Port forwarding instead of SOCKS (call before start()): every connection
    // to 127.0.0.1:port() goes to host:port as the SSH host sees it (a name is
    // resolved there), no handshake and no credentials, like `ssh -L`.
    // `localPort` 0: a free port.
    void setForward(const QString &host, quint16 port, quint16 localPort = 0);
    struct Traffic
    {
        int openConnections = 0;
        qint64 bytesToTarget = 0;
        qint64 bytesFromTarget = 0;
    };
    // Any thread.
    [[nodiscard]] Traffic traffic() const;

    // Starts listening (the SSH session is opened lazily, on the first request,
    // unless connectNow). Returns the error when listening or connecting fails.
    Status start(bool connectNow = false);
    void stop();

    [[nodiscard]] quint16 port() const { return m_port; }
    // 127.0.0.1:port() with this run's SOCKS credentials.
    [[nodiscard]] QNetworkProxy proxy() const;
    [[nodiscard]] const HostSpec &jumpHost() const { return m_host; }
    [[nodiscard]] const QString &knownHostsPath() const { return m_options.knownHostsPath; }
    // "ssh via user@host:port" for status lines.
    [[nodiscard]] QString describe() const;
    // Why the jump host cannot be used right now (the last error() reason
    // until the session is up again), or empty. Any thread.
    [[nodiscard]] QString problem() const;

Q_SIGNALS:
    // The SSH session is up (again).
    void connected();
    // The SSH session could not be opened or dropped; a person-readable reason.
    void error(const QString &reason);
    // A local client without the credentials was turned away (also on stderr).
    void refused(const QString &reason);

private:
    HostSpec m_host;
    SessionOptions m_options;
    QThread *m_thread = nullptr;
    SocksWorker *m_worker = nullptr;
    quint16 m_port = 0;
    QString m_forwardHost;
    quint16 m_forwardPort = 0;
    quint16 m_forwardLocalPort = 0;
    QByteArray m_socksUser;
    QByteArray m_socksPassword;
    mutable QMutex m_problemMutex;
    QString m_problem;
};

} // namespace mc::ssh
