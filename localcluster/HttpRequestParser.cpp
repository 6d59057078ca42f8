#include "localcluster/HttpRequestParser.h"

#include <QUrl>

namespace mc::localcluster {

HttpRequestParser::Step HttpRequestParser::next()
{
    if (m_failure.status != 0)
        return Step::Failed;
    if (!m_headParsed) {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        // The same limit whatever the cutting: a buffer of the limit's size without
        // the blank line can only end in a longer head.
        if (headEnd < 0) {
            if (m_buffer.size() >= m_maxHeadBytes)
                return fail(431, "Request head too large\n");
            return Step::NeedMore;
        }
        if (headEnd + 4 > m_maxHeadBytes)
            return fail(431, "Request head too large\n");
        if (!parseHead(headEnd))
            return Step::Failed;
    }
    if (m_buffer.size() < m_bodyLength)
        return Step::NeedMore;
    m_current.body = m_buffer.left(m_bodyLength);
    m_buffer.remove(0, m_bodyLength);
    m_headParsed = false;
    return Step::Request;
}

HttpRequest HttpRequestParser::takeRequest()
{
    return std::exchange(m_current, HttpRequest());
}

HttpRequestParser::Step HttpRequestParser::fail(int status, const QByteArray &message)
{
    m_failure = { status, message };
    m_buffer.clear();
    return Step::Failed;
}

bool HttpRequestParser::parseHead(qsizetype headEnd)
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
    if (!ok || m_bodyLength < 0 || m_bodyLength > m_maxBodyBytes) {
        fail(413, "Bad Content-Length\n");
        return false;
    }
    m_continue = m_current.header("expect").toLower() == "100-continue" && m_bodyLength > 0;
    m_headParsed = true;
    return true;
}

} // namespace mc::localcluster
