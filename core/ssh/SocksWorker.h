#pragma once

#include "core/ssh/SshSession.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;
class QSocketNotifier;
class QTimer;

namespace mc::ssh {

// The worker-thread half of SshSocksProxy: SOCKS5 server, the SSH session and
// its channels. Every member function runs on the worker thread.
class SocksWorker : public QObject
{
    Q_OBJECT

public:
    // Clients must log in with `user` / `password` (SOCKS5 username/password,
    // RFC 1929); any other client is refused and refused() says so.
    SocksWorker(HostSpec host, SessionOptions options, QByteArray user, QByteArray password);
    ~SocksWorker() override;

    // Port-forward mode (before listen()): every local connection goes to
    // host:port (resolved by the SSH host), no SOCKS handshake; the local port
    // is `localPort` (0: a free one).
    void setFixedTarget(const QString &host, quint16 port, quint16 localPort);
    Result<quint16> listen();
    Status connectSession();
    void shutdown();

    // Counters for a forward's list entry (any thread).
    std::atomic<int> openConnections { 0 };
    std::atomic<qint64> bytesToTarget { 0 };
    std::atomic<qint64> bytesFromTarget { 0 };

Q_SIGNALS:
    void connected();
    void error(const QString &reason);
    // A local client was turned away (no or wrong credentials); why, for the log.
    void refused(const QString &reason);

private:
    struct Client;
    void onNewConnection();
    void onClientData(Client *client);
    void handleGreeting(Client *client);
    void handleLogin(Client *client);
    void refuse(Client *client, const QByteArray &answer, const QString &why);
    void checkPeer();
    void handleRequest(Client *client);
    // Opens the channel to host:port (connecting the session when needed);
    // on failure returns the SOCKS reply code that says why.
    std::optional<quint8> openChannel(Client *client, const QString &host, quint16 port);
    void pump();
    void closeClient(Client *client);
    void dropSession(const QString &reason);
    void resetSession();
    void reply(Client *client, quint8 code);

    HostSpec m_host;
    SessionOptions m_options;
    std::unique_ptr<SshSession> m_session;
    QTcpServer *m_server = nullptr;
    QTimer *m_pump = nullptr;
    QTimer *m_liveness = nullptr; // SshSession::checkPeer while a session is up
    QByteArray m_socksUser;
    QByteArray m_socksPassword;
    QSocketNotifier *m_notifier = nullptr;
    QList<Client *> m_clients;
    // Closed clients are deleted from the event loop, never under a caller still holding one.
    QList<Client *> m_closed;
    void purgeClosed();
    bool m_reportedDown = false;
    // The login password typed for this jump host, kept in memory for the
    // worker's life so that a reconnect does not ask again (forgotten when the
    // host refuses it). Written by the prompt wrapper during connect().
    std::shared_ptr<QString> m_typedPassword = std::make_shared<QString>();
    QString m_givenPassword; // the host spec's own (usually empty: asked)
    QString m_fixedHost; // port-forward mode when not empty
    quint16 m_fixedPort = 0;
    quint16 m_localPort = 0;
};

} // namespace mc::ssh
