#include "core/ssh/SocksWorker.h"

#include "core/ssh/LoopbackPeer.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QDebug>
#include <QHostAddress>
#include <QNetworkProxy>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QtEndian>

#include <libssh/libssh.h>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <utility>

namespace mc::ssh {

namespace {
constexpr int kPumpMs = 2;
constexpr int kLivenessMs = 1000;
constexpr int kChunk = 64 * 1024;
constexpr quint8 kReplyOk = 0x00;
constexpr quint8 kReplyFailure = 0x01;
constexpr quint8 kReplyHostUnreachable = 0x04;
constexpr quint8 kReplyRefused = 0x05;
constexpr quint8 kReplyCommandUnsupported = 0x07;
constexpr quint8 kReplyAddressUnsupported = 0x08;
} // namespace

struct SocksWorker::Client
{
    enum class State { Greeting, Login, Request, Open, Closed };
    QTcpSocket *socket = nullptr;
    State state = State::Greeting;
    QByteArray buffer;
    ssh_channel channel = nullptr;
};

SocksWorker::SocksWorker(HostSpec host, SessionOptions options, QByteArray user, QByteArray password)
    : m_host(std::move(host))
    , m_options(std::move(options))
    , m_socksUser(std::move(user))
    , m_socksPassword(std::move(password))
    , m_givenPassword(m_host.password)
{
    if (m_options.prompts.secret) {
        m_options.prompts.secret
            = [ask = m_options.prompts.secret, typed = m_typedPassword](const SecretRequest &request) {
                  std::optional<QString> answer = ask(request);
                  if (request.kind == SecretKind::Password)
                      *typed = answer.value_or(QString());
                  return answer;
              };
    }
}

SocksWorker::~SocksWorker()
{
    shutdown();
}

void SocksWorker::setFixedTarget(const QString &host, quint16 port, quint16 localPort)
{
    m_fixedHost = host;
    m_fixedPort = port;
    m_localPort = localPort;
}

Result<quint16> SocksWorker::listen()
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        m_server->setProxy(QNetworkProxy::NoProxy);
        connect(m_server, &QTcpServer::newConnection, this, &SocksWorker::onNewConnection);
        m_pump = new QTimer(this);
        m_pump->setInterval(kPumpMs);
        connect(m_pump, &QTimer::timeout, this, &SocksWorker::pump);
        m_liveness = new QTimer(this);
        m_liveness->setInterval(kLivenessMs);
        connect(m_liveness, &QTimer::timeout, this, &SocksWorker::checkPeer);
    }
    if (!m_server->isListening() && !m_server->listen(QHostAddress::LocalHost, m_localPort))
        return Error { m_fixedHost.isEmpty()
                           ? QCoreApplication::translate(
                               "mc::ssh::SocksWorker", "Cannot open the local SOCKS port for the SSH tunnel")
                           : QCoreApplication::translate("mc::ssh::SocksWorker",
                                                         "Cannot listen on 127.0.0.1:%1 for the forward")
                                 .arg(m_localPort),
                       m_server->errorString() };
    return m_server->serverPort();
}

Status SocksWorker::connectSession()
{
    if (m_session && m_session->isConnected())
        return {};
    resetSession();
    m_typedPassword->clear();
    m_session = std::make_unique<SshSession>(m_host, m_options);
    Status status = m_session->connect();
    if (!m_typedPassword->isEmpty() && status)
        m_host.password = *m_typedPassword; // accepted: reconnects log in with it
    m_typedPassword->clear();
    if (!status) {
        if (m_session->lastFailure() == FailureKind::Authentication && m_host.password != m_givenPassword)
            m_host.password = m_givenPassword; // a remembered password refused: ask again next time
        m_session.reset();
        m_reportedDown = true;
        Q_EMIT error(QCoreApplication::translate("mc::ssh::SocksWorker", "SSH jump host %1 unreachable: %2")
                         .arg(m_host.displayName(), status.error().message));
        return status;
    }
    // Small request/response packets must not wait for Nagle + delayed ACK (~40 ms each).
    const int one = 1;
    ::setsockopt(ssh_get_fd(m_session->nativeHandle()), IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    // Data from the jump host is pumped as soon as it arrives (the timer is the backstop).
    m_notifier = new QSocketNotifier(ssh_get_fd(m_session->nativeHandle()), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SocksWorker::pump);
    m_reportedDown = false;
    m_liveness->start();
    Q_EMIT connected();
    return {};
}

void SocksWorker::shutdown()
{
    const auto clients = m_clients;
    for (Client *c : clients)
        closeClient(c);
    if (m_server)
        m_server->close();
    resetSession();
    purgeClosed();
}

void SocksWorker::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *client = new Client;
        client->socket = socket;
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_clients.append(client);
        connect(socket, &QTcpSocket::readyRead, this, [this, client] { onClientData(client); });
        connect(socket, &QTcpSocket::disconnected, this, [this, client] { closeClient(client); });
        // 127.0.0.1 is open to every user of the machine: only this user's own sockets get in
        // (a forward has no login of its own; the SOCKS port has one besides).
        if (!peerIsThisUser(*socket)) {
            const auto uid = loopbackPeerUid(*socket);
            refuse(client, {},
                   uid ? QCoreApplication::translate("mc::ssh::SocksWorker",
                                                     "its socket belongs to another user of this machine, uid %1")
                             .arg(*uid)
                       : QCoreApplication::translate("mc::ssh::SocksWorker",
                                                     "the user its socket belongs to could not be found"));
            continue;
        }
        if (!m_fixedHost.isEmpty()) {
            // A forward: straight to the target.
            client->state = Client::State::Request;
            if (openChannel(client, m_fixedHost, m_fixedPort)) {
                Q_EMIT error(QCoreApplication::translate(
                                 "mc::ssh::SocksWorker",
                                 "Forward to %1:%2 via %3: the SSH host could not connect there")
                                 .arg(m_fixedHost)
                                 .arg(m_fixedPort)
                                 .arg(m_host.displayName()));
                closeClient(client);
                continue;
            }
            onClientData(client); // what came with the connection
        }
    }
}

void SocksWorker::reply(Client *client, quint8 code)
{
    // VER REP RSV ATYP=IPv4 0.0.0.0:0 (the bound address means nothing here)
    const char answer[10] = { 0x05, char(code), 0x00, 0x01, 0, 0, 0, 0, 0, 0 };
    client->socket->write(answer, sizeof answer);
    client->socket->flush();
}

void SocksWorker::onClientData(Client *client)
{
    if (client->state == Client::State::Closed)
        return;
    client->buffer += client->socket->readAll();
    if (client->state == Client::State::Greeting)
        handleGreeting(client);
    if (client->state == Client::State::Login)
        handleLogin(client);
    if (client->state == Client::State::Request)
        handleRequest(client);
    if (client->state == Client::State::Open && !client->buffer.isEmpty()) {
        qsizetype done = 0;
        while (done < client->buffer.size()) {
            const int n = ssh_channel_write(client->channel, client->buffer.constData() + done,
                                            uint32_t(client->buffer.size() - done));
            if (n == SSH_ERROR) {
                client->buffer.clear();
                closeClient(client);
                return;
            }
            done += n;
            bytesToTarget += n;
        }
        client->buffer.clear();
        if (!m_pump->isActive())
            m_pump->start();
    }
}

void SocksWorker::handleGreeting(Client *client)
{
    const QByteArray &b = client->buffer;
    if (!b.isEmpty() && quint8(b[0]) != 5) { // not SOCKS5: answer at once, do not wait for more
        refuse(client, QByteArray("\x05\xff", 2),
               QCoreApplication::translate("mc::ssh::SocksWorker", "not a SOCKS5 client"));
        return;
    }
    if (b.size() < 2)
        return;
    const int methods = quint8(b[1]);
    if (b.size() < 2 + methods)
        return;
    // Only username/password (method 2): the port is open to every program and
    // user of this machine, the credentials only to this process.
    if (!b.mid(2, methods).contains('\x02')) {
        refuse(client, QByteArray("\x05\xff", 2),
               QCoreApplication::translate("mc::ssh::SocksWorker", "it offered no username/password login"));
        return;
    }
    client->socket->write("\x05\x02", 2);
    client->buffer.remove(0, 2 + methods);
    client->state = Client::State::Login;
}

void SocksWorker::handleLogin(Client *client)
{
    // RFC 1929: VER=1 ULEN UNAME PLEN PASSWD
    const QByteArray &b = client->buffer;
    if (b.size() < 2)
        return;
    const int userLength = quint8(b[1]);
    if (b.size() < 2 + userLength + 1)
        return;
    const int passwordLength = quint8(b[2 + userLength]);
    if (b.size() < 3 + userLength + passwordLength)
        return;
    const QByteArray user = b.mid(2, userLength);
    const QByteArray password = b.mid(3 + userLength, passwordLength);
    // Compared without stopping at the first different byte (no timing hint;
    // the lengths are no secret).
    const auto same = [](const QByteArray &given, const QByteArray &expected) {
        if (expected.isEmpty() || given.size() != expected.size())
            return false;
        unsigned char diff = 0;
        for (qsizetype i = 0; i < given.size(); ++i)
            diff |= quint8(given[i]) ^ quint8(expected[i]);
        return diff == 0;
    };
    const bool userOk = same(user, m_socksUser);
    const bool passwordOk = same(password, m_socksPassword);
    if (quint8(b[0]) != 1 || !userOk || !passwordOk) {
        refuse(client, QByteArray("\x01\x01", 2),
               QCoreApplication::translate("mc::ssh::SocksWorker", "wrong username or password"));
        return;
    }
    client->socket->write("\x01\x00", 2);
    client->buffer.remove(0, 3 + userLength + passwordLength);
    client->state = Client::State::Request;
}

void SocksWorker::refuse(Client *client, const QByteArray &answer, const QString &why)
{
    const QString reason
        = QCoreApplication::translate("mc::ssh::SocksWorker",
                                      "SSH tunnel: refused a local connection from port %1 (%2)")
              .arg(client->socket->peerPort())
              .arg(why);
    qCWarning(lcSsh).noquote() << reason;
    Q_EMIT refused(reason);
    client->socket->write(answer);
    closeClient(client);
}

void SocksWorker::checkPeer()
{
    if (!m_session || !m_session->isConnected()) {
        m_liveness->stop();
        return;
    }
    if (Status alive = m_session->checkPeer(); !alive)
        dropSession(
            QCoreApplication::translate("mc::ssh::SocksWorker", "SSH connection to jump host %1 lost: %2")
                .arg(m_host.displayName(), alive.error().message));
}

void SocksWorker::handleRequest(Client *client)
{
    const QByteArray &b = client->buffer;
    if (b.size() < 5)
        return;
    const quint8 command = quint8(b[1]);
    const quint8 type = quint8(b[3]);
    QString host;
    qsizetype at = 4;
    if (type == 0x01) {
        if (b.size() < 4 + 4 + 2)
            return;
        host = QHostAddress(qFromBigEndian<quint32>(b.constData() + 4)).toString();
        at += 4;
    } else if (type == 0x03) {
        const int len = quint8(b[4]);
        if (b.size() < 5 + len + 2)
            return;
        host = QString::fromUtf8(b.mid(5, len));
        at += 1 + len;
    } else if (type == 0x04) {
        if (b.size() < 4 + 16 + 2)
            return;
        host = QHostAddress(reinterpret_cast<const quint8 *>(b.constData() + 4)).toString();
        at += 16;
    } else {
        reply(client, kReplyAddressUnsupported);
        closeClient(client);
        return;
    }
    const quint16 port = qFromBigEndian<quint16>(b.constData() + at);
    client->buffer.remove(0, at + 2);
    if (command != 0x01) {
        reply(client, kReplyCommandUnsupported);
        closeClient(client);
        return;
    }

    if (const std::optional<quint8> failed = openChannel(client, host, port)) {
        reply(client, *failed);
        closeClient(client);
        return;
    }
    reply(client, kReplyOk);
}

std::optional<quint8> SocksWorker::openChannel(Client *client, const QString &host, quint16 port)
{
    // A dead session is noticed here and connected again once.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!connectSession())
            return kReplyHostUnreachable;
        ssh_session s = m_session->nativeHandle();
        ssh_channel channel = ssh_channel_new(s);
        if (channel
            && ssh_channel_open_forward(channel, host.toUtf8().constData(), port, "127.0.0.1", 0) == SSH_OK) {
            client->channel = channel;
            client->state = Client::State::Open;
            ++openConnections;
            if (!m_pump->isActive())
                m_pump->start();
            if (m_notifier)
                m_notifier->setEnabled(true);
            return std::nullopt;
        }
        const QString why = QString::fromUtf8(ssh_get_error(s));
        if (channel)
            ssh_channel_free(channel);
        if (ssh_is_connected(s))
            return kReplyRefused; // the jump host is fine; it could not reach host:port
        dropSession(
            QCoreApplication::translate("mc::ssh::SocksWorker", "SSH connection to jump host %1 lost: %2")
                .arg(m_host.displayName(), why));
    }
    return kReplyFailure;
}

void SocksWorker::pump()
{
    bool any = false;
    char buffer[kChunk];
    const auto clients = m_clients;
    for (Client *c : clients) {
        if (c->state != Client::State::Open)
            continue;
        any = true;
        for (;;) {
            const int n = ssh_channel_read_nonblocking(c->channel, buffer, sizeof buffer, 0);
            if (n > 0) {
                c->socket->write(buffer, n);
                bytesFromTarget += n;
                continue;
            }
            if (n == SSH_ERROR) {
                dropSession(
                    QCoreApplication::translate("mc::ssh::SocksWorker",
                                                "SSH connection to jump host %1 lost: %2")
                        .arg(m_host.displayName(),
                             QString::fromUtf8(m_session ? ssh_get_error(m_session->nativeHandle()) : "")));
                return;
            }
            if (n == SSH_EOF || ssh_channel_is_eof(c->channel) || ssh_channel_is_closed(c->channel)) {
                c->socket->flush();
                closeClient(c);
            }
            break;
        }
    }
    if (m_session && !m_session->isConnected()) {
        dropSession(QCoreApplication::translate("mc::ssh::SocksWorker", "SSH connection to jump host %1 lost")
                        .arg(m_host.displayName()));
        return;
    }
    if (!any) {
        // Nothing reads the session now: a level-triggered notifier would spin.
        m_pump->stop();
        if (m_notifier)
            m_notifier->setEnabled(false);
    }
}

void SocksWorker::closeClient(Client *client)
{
    if (client->state == Client::State::Closed)
        return;
    if (client->state == Client::State::Open)
        --openConnections;
    client->state = Client::State::Closed;
    if (client->channel) {
        if (m_session && m_session->isConnected()) {
            ssh_channel_send_eof(client->channel);
            ssh_channel_close(client->channel);
        }
        ssh_channel_free(client->channel);
        client->channel = nullptr;
    }
    m_clients.removeOne(client);
    QTcpSocket *socket = client->socket;
    socket->disconnect(this);
    socket->flush(); // a last answer (refusal) must leave before the socket is deleted
    socket->disconnectFromHost();
    socket->deleteLater();
    if (m_closed.isEmpty())
        QMetaObject::invokeMethod(this, &SocksWorker::purgeClosed, Qt::QueuedConnection);
    m_closed.append(client);
}

void SocksWorker::purgeClosed()
{
    qDeleteAll(std::exchange(m_closed, {}));
}

void SocksWorker::resetSession()
{
    if (m_liveness)
        m_liveness->stop();
    delete m_notifier;
    m_notifier = nullptr;
    m_session.reset();
}

void SocksWorker::dropSession(const QString &reason)
{
    const auto clients = m_clients;
    for (Client *c : clients) {
        if (c->state == Client::State::Open)
            closeClient(c);
    }
    resetSession();
    if (!m_reportedDown) {
        qCInfo(lcSsh).noquote() << reason << "- connecting again at the next request";
        m_reportedDown = true;
        Q_EMIT error(reason);
    }
}

} // namespace mc::ssh
