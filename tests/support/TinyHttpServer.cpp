#include "tests/support/TinyHttpServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace mc::test {

namespace {
QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}
} // namespace

TinyHttpServer::TinyHttpServer(QObject *parent)
    : QObject(parent)
{ }

void TinyHttpServer::attach(QTcpServer *server)
{
    m_server = server;
    // QSslServer announces connections (after the handshake) only with pendingConnectionAvailable.
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
            if (socket->bytesAvailable() > 0)
                onReadyRead(socket);
        }
    });
}

TinyHttpServer::~TinyHttpServer()
{
    close();
}

bool TinyHttpServer::listen()
{
    attach(new QTcpServer(this));
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool TinyHttpServer::makeSelfSignedCertificate(const QString &directory, QString *certificateFile,
                                               QString *keyFile)
{
    *certificateFile = QDir(directory).filePath(QStringLiteral("cert.pem"));
    *keyFile = QDir(directory).filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), *keyFile,
                    QStringLiteral("-out"), *certificateFile, QStringLiteral("-days"), QStringLiteral("1"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                    QStringLiteral("subjectAltName=IP:127.0.0.1") });
    return openssl.waitForFinished(30000) && openssl.exitStatus() == QProcess::NormalExit
        && openssl.exitCode() == 0;
}

bool TinyHttpServer::listenTls(const QString &certificateFile, const QString &keyFile)
{
    QFile certificate(certificateFile);
    QFile key(keyFile);
    if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificate.readAll(), QSsl::Pem));
    configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    attach(server);
    m_tls = true;
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 TinyHttpServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl TinyHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                    .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                    .arg(port())
                    .arg(path));
}

QString TinyHttpServer::hostPort() const
{
    return QStringLiteral("127.0.0.1:%1").arg(port());
}

void TinyHttpServer::route(const QByteArray &path, Handler handler)
{
    m_routes.emplace(path, std::move(handler)); // insert() copies: it takes the value by const reference
}

TinyHttpServer::Reply TinyHttpServer::jsonReply(const QByteArray &body, int status)
{
    Reply reply;
    reply.status = status;
    reply.headers = { { "Content-Type", "application/json" } };
    reply.body = body;
    return reply;
}

void TinyHttpServer::json(const QByteArray &path, const QByteArray &body, int status)
{
    route(path, [body, status](const Request &) { return jsonReply(body, status); });
}

void TinyHttpServer::pushToStreams(const QByteArray &bytes)
{
    for (const QPointer<QTcpSocket> &socket : std::as_const(m_streams)) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState) {
            socket->write(bytes);
            socket->flush();
        }
    }
}

void TinyHttpServer::closeStreams()
{
    const auto streams = std::exchange(m_streams, {});
    for (const QPointer<QTcpSocket> &socket : streams) {
        if (socket)
            socket->disconnectFromHost();
    }
}

int TinyHttpServer::streamCount() const
{
    int n = 0;
    for (const QPointer<QTcpSocket> &socket : m_streams)
        n += socket && socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return n;
}

void TinyHttpServer::close()
{
    if (m_server)
        m_server->close();
    closeStreams();
    const auto hanging = std::exchange(m_hanging, {});
    for (const QPointer<QTcpSocket> &socket : hanging) {
        if (socket)
            socket->abort();
    }
    const auto sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets)
        socket->abort();
}

int TinyHttpServer::count(const QByteArray &path) const
{
    return int(std::count_if(m_requests.cbegin(), m_requests.cend(),
                             [&](const Request &r) { return r.path == path; }));
}

void TinyHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    request.path = request.target.left(request.target.indexOf('?') < 0 ? request.target.size()
                                                                       : request.target.indexOf('?'));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    buffer.clear();
    m_requests.append(request);
    respond(socket, request);
}

void TinyHttpServer::respond(QTcpSocket *socket, const Request &request)
{
    const auto handler = m_routes.constFind(request.path);
    Reply reply
        = handler == m_routes.cend() ? jsonReply(R"({"message":"not found"})", 404) : (*handler)(request);
    if (reply.hang) {
        m_hanging.append(socket);
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason(reply.status) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    if (reply.stream) {
        out += "Connection: close\r\n\r\n" + reply.body;
        socket->write(out);
        socket->flush();
        m_streams.append(socket);
        return;
    }
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\nConnection: close\r\n\r\n";
    out += reply.body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace mc::test
