#include "localcluster/HttpConnection.h"

#include <QTcpSocket>
#include <QUrl>

namespace mc::localcluster {

namespace {
constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 64 * 1024 * 1024;
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, Handler handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
{
    m_socket->setParent(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readAvailable);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
}

HttpConnection::~HttpConnection() = default;

QByteArray HttpConnection::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 422:
        return "Unprocessable Entity";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

QByteArray HttpConnection::peerAddress() const
{
    return m_socket->peerAddress().toString().toLatin1();
}

void HttpConnection::readAvailable()
{
    m_buffer += m_socket->readAll();
    processBuffer();
}

void HttpConnection::processBuffer()
{
    while (!m_busy && !m_closing && !m_streaming) {
        if (!m_headParsed) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                if (m_buffer.size() > kMaxHeadBytes)
                    fail(431, "Request head too large\n");
                return;
            }
            if (!parseHead(headEnd))
                return;
        }
        if (m_buffer.size() < m_bodyLength)
            return;
        m_current.body = m_buffer.left(m_bodyLength);
        m_buffer.remove(0, m_bodyLength);
        m_headParsed = false;
        m_busy = true;
        m_keepAlive = m_current.keepAlive;
        m_head = m_current.method == "HEAD";
        const HttpRequest request = std::move(m_current);
        m_current = HttpRequest();
        m_handler(request, this);
    }
}

bool HttpConnection::parseHead(qsizetype headEnd)
{
    const QByteArray head = m_buffer.left(headEnd);
    m_buffer.remove(0, headEnd + 4);
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        fail(400, "Malformed request line\n");
        return false;
    }
    m_current = HttpRequest();
    m_current.method = requestLine[0];
    m_current.target = requestLine[1];
    m_current.peer = m_socket->peerAddress();
    const bool http10 = requestLine[2] == "HTTP/1.0";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        m_current.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const QByteArray connection = m_current.header("connection").toLower();
    m_current.keepAlive = http10 ? connection == "keep-alive" : connection != "close";

    const qsizetype q = m_current.target.indexOf('?');
    const QByteArray rawPath = q < 0 ? m_current.target : m_current.target.left(q);
    m_current.path = QUrl::fromPercentEncoding(rawPath);
    if (q >= 0)
        m_current.query = QUrlQuery(QString::fromLatin1(m_current.target.mid(q + 1)));

    if (m_current.header("transfer-encoding").toLower().contains("chunked")) {
        fail(411, "Chunked request bodies are not supported; send Content-Length\n");
        return false;
    }
    bool ok = true;
    const QByteArray length = m_current.header("content-length");
    m_bodyLength = length.isEmpty() ? 0 : length.toLongLong(&ok);
    if (!ok || m_bodyLength < 0 || m_bodyLength > kMaxBodyBytes) {
        fail(413, "Bad Content-Length\n");
        return false;
    }
    if (m_current.header("expect").toLower() == "100-continue" && m_bodyLength > 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n"); // curl waits for it before sending a body
    m_headParsed = true;
    return true;
}

void HttpConnection::fail(int status, const QByteArray &message)
{
    m_keepAlive = false;
    m_head = false;
    m_busy = true;
    respond(HttpResponse::text(message, status));
}

void HttpConnection::respond(const HttpResponse &response)
{
    if (!m_busy || m_streaming || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray out;
    out.reserve(256 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (!response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += m_keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    m_socket->write(out);
    if (!m_head)
        m_socket->write(response.body);
    m_busy = false;
    if (!m_keepAlive) {
        close();
        return;
    }
    if (!m_buffer.isEmpty())
        processBuffer();
}

void HttpConnection::beginStream(int status, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (!m_busy || m_streaming)
        return;
    m_streaming = true;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Connection: close\r\n\r\n";
    m_socket->write(out);
}

void HttpConnection::write(const QByteArray &bytes)
{
    if (m_streaming && m_socket->state() == QAbstractSocket::ConnectedState)
        m_socket->write(bytes);
}

void HttpConnection::close()
{
    m_closing = true;
    m_socket->disconnectFromHost();
}

void HttpConnection::flush()
{
    m_socket->flush();
}

void HttpConnection::abort()
{
    m_closing = true;
    m_socket->abort();
    finish();
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT closed();
    deleteLater();
}

} // namespace mc::localcluster
