#include "core/http/HttpStream.h"

#include "core/http/HttpClient.h"
#include "core/util/Logging.h"

#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>

namespace mc::http {

namespace {
bool hasLineBreak(const QByteArray &value)
{
    return value.contains('\r') || value.contains('\n');
}
} // namespace

HttpStream::HttpStream(const HttpClient *client, qint64 readBufferBytes, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_readBufferBytes(readBufferBytes)
{
    Q_ASSERT(client);
    Q_ASSERT(readBufferBytes > kMaxHeadBytes); // the head must fit to be read
}

HttpStream::~HttpStream()
{
    abort();
}

QString HttpStream::where() const
{
    return m_url.toDisplayString(QUrl::RemoveUserInfo);
}

void HttpStream::post(const QUrl &url, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers)
{
    Q_ASSERT(!m_socket);
    m_url = url;
    if (const Status configured = m_client->configurationStatus(); !configured.ok()) {
        failWith(configured.error());
        return;
    }
    // The client's request, for its Authorization header and its TLS trust.
    const QNetworkRequest prepared = m_client->prepareRequest(url, headers);
    QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    m_request = "POST " + path + " HTTP/1.1\r\nHost: "
        + url.authority(QUrl::FullyEncoded | QUrl::RemoveUserInfo).toLatin1() + "\r\n";
    for (const QByteArray &name : prepared.rawHeaderList()) {
        const QByteArray value = prepared.rawHeader(name);
        if (hasLineBreak(name) || hasLineBreak(value)) {
            // A token or password with a line break would add headers of its own.
            failWith({ tr("The request to %1 was not sent: its header %2 holds a line break.")
                           .arg(where(), QString::fromLatin1(name)),
                       {} });
            return;
        }
        m_request += name + ": " + value + "\r\n";
    }
    m_request += "Accept-Encoding: identity\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;

    m_socket = new QSslSocket(this);
    m_socket->setReadBufferSize(m_readBufferBytes);
    m_socket->setProxy(m_client->network()->proxy());
    connect(m_socket, &QSslSocket::readyRead, this, &HttpStream::onSocketReadyRead);
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        m_closed = true;
        checkClosed();
    });
    connect(m_socket, &QSslSocket::errorOccurred, this, &HttpStream::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_sslErrors << error.errorString();
    });
    const bool tls = url.scheme() == u"https";
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (tls) {
        m_socket->setSslConfiguration(prepared.sslConfiguration());
        connect(m_socket, &QSslSocket::encrypted, this, &HttpStream::sendRequest);
        m_socket->connectToHostEncrypted(url.host(), port);
    } else {
        connect(m_socket, &QSslSocket::connected, this, &HttpStream::sendRequest);
        m_socket->connectToHost(url.host(), port);
    }
}

void HttpStream::sendRequest()
{
    m_phase = Phase::StatusLine;
    m_socket->write(std::exchange(m_request, QByteArray()));
}

void HttpStream::abort()
{
    m_finishTold = true; // nothing more is told
    if (QSslSocket *socket = std::exchange(m_socket, nullptr)) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

QByteArray HttpStream::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void HttpStream::onSocketReadyRead()
{
    if (m_phase == Phase::StatusLine || m_phase == Phase::Headers)
        readHead();
    if (m_phase == Phase::Body && m_socket && m_socket->bytesAvailable() > 0)
        Q_EMIT readyRead();
}

// A whole line (CRLF or LF) of the head or of the chunked framing into `line`, without its
// end; false when it has not come yet, or when it is too long (then failed).
bool HttpStream::takeLine(QByteArray &line)
{
    const bool whole = m_socket->canReadLine();
    if (whole)
        line = m_socket->readLine(kMaxLineBytes + 2);
    if (whole ? !line.endsWith('\n') : m_socket->bytesAvailable() > kMaxLineBytes) {
        failWith({ tr("%1 sent a line of more than %2 KB where HTTP has a short one.")
                       .arg(where())
                       .arg(kMaxLineBytes / 1024),
                   {} });
        return false;
    }
    if (!whole)
        return false;
    line.chop(line.endsWith("\r\n") ? 2 : 1);
    return true;
}

void HttpStream::readHead()
{
    QByteArray line;
    while (m_socket && (m_phase == Phase::StatusLine || m_phase == Phase::Headers) && takeLine(line)) {
        m_headBytes += line.size() + 2;
        if (m_headBytes > kMaxHeadBytes) {
            failWith({ tr("%1 sent more than %2 KB of HTTP headers.").arg(where()).arg(kMaxHeadBytes / 1024),
                       {} });
            return;
        }
        if (m_phase == Phase::StatusLine) {
            // HTTP/1.1 200 OK
            const QList<QByteArray> parts = line.split(' ');
            bool ok = false;
            const int status = parts.size() >= 2 && parts[0].startsWith("HTTP/1.") ? parts[1].toInt(&ok) : 0;
            if (!ok || status < 100 || status > 999) {
                failWith(
                    { tr("%1 did not answer in HTTP: %2").arg(where(), QString::fromLatin1(line.left(80))),
                      {} });
                return;
            }
            m_status = status;
            m_phase = Phase::Headers;
            continue;
        }
        if (!line.isEmpty()) {
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                failWith(
                    { tr("%1 did not answer in HTTP: %2").arg(where(), QString::fromLatin1(line.left(80))),
                      {} });
                return;
            }
            m_headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
            continue;
        }
        if (m_status < 200) { // 100 Continue and the like: the real answer follows
            m_status = 0;
            m_headers.clear();
            m_phase = Phase::StatusLine;
            continue;
        }
        startBody();
    }
}

void HttpStream::startBody()
{
    m_phase = Phase::Body;
    if (header("Transfer-Encoding").toLower().contains("chunked")) {
        m_framing = Framing::Chunked;
        m_chunk = Chunk::Size;
    } else if (const QByteArray length = header("Content-Length"); !length.isEmpty()) {
        bool ok = false;
        m_remaining = length.toLongLong(&ok);
        if (!ok || m_remaining < 0) {
            failWith({ tr("%1 did not answer in HTTP: %2")
                           .arg(where(),
                                QStringLiteral("Content-Length: ") + QString::fromLatin1(length.left(40))),
                       {} });
            return;
        }
        m_framing = Framing::Length;
    } else {
        m_framing = Framing::UntilClose;
    }
    if (m_status == 204 || m_status == 304 || (m_framing == Framing::Length && m_remaining == 0))
        m_phase = Phase::Done;
    QPointer<HttpStream> self(this);
    Q_EMIT headersReceived();
    if (!self || !m_socket)
        return;
    if (m_phase == Phase::Done)
        finishLater();
    else
        checkClosed();
}

qint64 HttpStream::read(char *data, qint64 max)
{
    if (!m_socket || m_phase != Phase::Body || max <= 0)
        return 0;
    qint64 got = 0;
    switch (m_framing) {
    case Framing::Chunked:
        got = readChunked(data, max);
        break;
    case Framing::Length:
        got = qMax<qint64>(0, m_socket->read(data, qMin(max, m_remaining)));
        m_remaining -= got;
        if (m_remaining == 0) {
            m_phase = Phase::Done;
            finishLater();
        }
        break;
    case Framing::UntilClose:
        got = qMax<qint64>(0, m_socket->read(data, max));
        break;
    }
    if (m_socket && m_phase == Phase::Body) {
        // Closed, and what is left cannot be read: part of a chunk's framing that will never end.
        if (m_closed && got == 0 && m_socket->bytesAvailable() > 0)
            failWith({ tr("%1 closed the connection inside its answer.").arg(where()), {} });
        else
            checkClosed(true);
    }
    return got;
}

qint64 HttpStream::readChunked(char *data, qint64 max)
{
    qint64 got = 0;
    QByteArray line;
    while (m_socket && m_phase == Phase::Body && got < max) {
        switch (m_chunk) {
        case Chunk::Size: {
            if (!takeLine(line))
                return got;
            bool ok = false;
            const qsizetype extension = line.indexOf(';'); // chunk extensions are ignored
            m_remaining = (extension >= 0 ? line.left(extension) : line).trimmed().toLongLong(&ok, 16);
            if (!ok || m_remaining < 0) {
                failWith({ tr("%1 sent a broken chunked body: \"%2\" is no chunk size.")
                               .arg(where(), QString::fromLatin1(line.left(40))),
                           {} });
                return got;
            }
            m_chunk = m_remaining == 0 ? Chunk::Trailers : Chunk::Data;
            break;
        }
        case Chunk::Data: {
            const qint64 n = m_socket->read(data + got, qMin(max - got, m_remaining));
            if (n <= 0)
                return got;
            got += n;
            m_remaining -= n;
            if (m_remaining == 0)
                m_chunk = Chunk::DataEnd;
            break;
        }
        case Chunk::DataEnd:
            if (!takeLine(line))
                return got;
            if (!line.isEmpty()) {
                failWith(
                    { tr("%1 sent a broken chunked body: a chunk is longer than its size says.").arg(where()),
                      {} });
                return got;
            }
            m_chunk = Chunk::Size;
            break;
        case Chunk::Trailers:
            if (!takeLine(line))
                return got;
            if (line.isEmpty()) { // trailer fields, if any, are passed over
                m_phase = Phase::Done;
                finishLater();
            }
            break;
        }
    }
    return got;
}

// The peer closed (or the connection failed): the end is told once every byte before it was read.
// From read() (`inRead`), bytes left are not told: the reader is reading them, and a readyRead()
// there would have it read again inside its own read.
void HttpStream::checkClosed(bool inRead)
{
    if (!m_closed || !m_socket || m_phase == Phase::Done)
        return;
    if (m_phase != Phase::Body) {
        if (m_phase != Phase::Connecting && m_socket->bytesAvailable() > 0)
            readHead(); // the last of the head, if it is whole (the body's start checks again)
        if (m_socket && m_phase != Phase::Body)
            failWith({ HttpClient::tr("%1 closed the connection before answering.").arg(where()), {} });
        return;
    }
    if (m_socket->bytesAvailable() > 0) {
        if (!inRead)
            Q_EMIT readyRead();
        return;
    }
    if (m_framing == Framing::UntilClose) {
        m_phase = Phase::Done;
        finishLater();
        return;
    }
    failWith({ tr("%1 closed the connection inside its answer.").arg(where()), {} });
}

void HttpStream::onSocketError()
{
    if (!m_socket)
        return;
    const QAbstractSocket::SocketError code = m_socket->error();
    const QString detail = m_socket->errorString();
    if (code == QAbstractSocket::RemoteHostClosedError) {
        m_closed = true;
        checkClosed();
        return;
    }
    m_closed = true;
    if (!m_sslErrors.isEmpty()) {
        failWith({ HttpClient::tr("The TLS certificate of %1 is not trusted: %2. Add the cluster's CA "
                                  "certificate file in File > Connect to Cluster….")
                       .arg(where(), m_sslErrors.join(QStringLiteral("; "))),
                   detail });
        return;
    }
    switch (code) {
    case QAbstractSocket::ConnectionRefusedError:
        failWith({ HttpClient::tr("%1 refused the connection: nothing listens there. Check the host and port "
                                  "and that the service runs.")
                       .arg(where()),
                   detail });
        return;
    case QAbstractSocket::HostNotFoundError:
        failWith(
            { HttpClient::tr("The host of %1 is unknown: check the name, or use an IP address.").arg(where()),
              detail });
        return;
    case QAbstractSocket::SslHandshakeFailedError:
        failWith({ HttpClient::tr("The TLS handshake with %1 failed.").arg(where()), detail });
        return;
    default:
        failWith({ HttpClient::tr("Request to %1 failed: %2").arg(where(), detail), detail });
    }
}

void HttpStream::failWith(const Error &error)
{
    if (m_phase == Phase::Done)
        return;
    qCDebug(lcHttp).noquote() << "stream from" << where() << "ends:" << error.message;
    m_phase = Phase::Done;
    m_error = error;
    if (m_socket)
        m_socket->abort();
    finishLater();
}

void HttpStream::finishLater()
{
    if (m_finishTold)
        return;
    m_finishTold = true;
    QMetaObject::invokeMethod(this, &HttpStream::finished, Qt::QueuedConnection);
}

} // namespace mc::http
