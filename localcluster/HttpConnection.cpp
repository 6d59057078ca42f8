#include "localcluster/HttpConnection.h"

#include <QTcpSocket>

namespace mc::localcluster {

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
    m_parser.append(m_socket->readAll());
    processBuffer();
}

void HttpConnection::processBuffer()
{
    while (!m_busy && !m_closing && !m_streaming) {
        const HttpRequestParser::Step step = m_parser.next();
        if (m_parser.takeContinue())
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n"); // curl waits for it before sending a body
        if (step == HttpRequestParser::Step::NeedMore)
            return;
        if (step == HttpRequestParser::Step::Failed) {
            fail(m_parser.failure().status, m_parser.failure().message);
            return;
        }
        HttpRequest request = m_parser.takeRequest();
        request.peer = m_socket->peerAddress();
        m_busy = true;
        m_keepAlive = request.keepAlive;
        m_head = request.method == "HEAD";
        m_handler(request, this);
    }
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
    if (m_parser.hasBufferedBytes())
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
