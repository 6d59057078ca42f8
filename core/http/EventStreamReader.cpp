#include "core/http/EventStreamReader.h"

#include "core/http/HttpClient.h"
#include "core/util/Logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

namespace mc::http {

QList<ServerSentEvent> ServerSentEventParser::feed(const QByteArray &bytes)
{
    QList<ServerSentEvent> events;
    m_buffer += bytes;
    qsizetype start = 0;
    while (true) {
        const qsizetype newline = m_buffer.indexOf('\n', start);
        if (newline < 0)
            break;
        QByteArray line = m_buffer.mid(start, newline - start);
        start = newline + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty()) {
            if (m_hasData)
                events.append({ m_type.isEmpty() ? QStringLiteral("message") : m_type, m_data });
            m_type.clear();
            m_data.clear();
            m_hasData = false;
            continue;
        }
        if (line.startsWith(':'))
            continue;
        const qsizetype colon = line.indexOf(':');
        const QByteArray field = colon < 0 ? line : line.left(colon);
        QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
        if (value.startsWith(' '))
            value.remove(0, 1);
        if (field == "event") {
            m_type = QString::fromUtf8(value);
        } else if (field == "data") {
            if (m_hasData)
                m_data += '\n';
            m_data += value;
            m_hasData = true;
        }
    }
    m_buffer.remove(0, start);
    return events;
}

EventStreamReader::EventStreamReader(HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_idle(new QTimer(this))
    , m_retry(new QTimer(this))
{
    m_idle->setSingleShot(true);
    m_retry->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, [this] {
        dropReply();
        scheduleReconnect(
            { tr("The event stream of %1 went silent for %2 s; reconnecting.")
                  .arg(m_url.toDisplayString(QUrl::RemoveUserInfo), QString::number(m_idleTimeoutMs / 1000)),
              {} });
    });
    connect(m_retry, &QTimer::timeout, this, [this] {
        if (m_running)
            open(m_url, 0);
    });
}

EventStreamReader::~EventStreamReader()
{
    stop();
}

void EventStreamReader::setBackoff(int initialMs, int maxMs)
{
    m_initialBackoffMs = initialMs;
    m_maxBackoffMs = maxMs;
    m_backoffMs = initialMs;
}

void EventStreamReader::start(const QUrl &url)
{
    stop();
    m_url = url;
    m_running = true;
    m_everConnected = false;
    m_backoffMs = m_initialBackoffMs;
    open(url, 0);
}

void EventStreamReader::stop()
{
    m_running = false;
    m_idle->stop();
    m_retry->stop();
    dropReply();
    m_connected = false;
}

// Aborts the stream being read, if any; its signals no longer reach us.
void EventStreamReader::dropReply()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void EventStreamReader::open(const QUrl &url, int redirects)
{
    m_parser = {};
    QNetworkRequest request = m_client->prepareRequest(url, { { "Accept", "text/event-stream" } });
    QNetworkReply *reply = m_client->network()->get(request);
    m_reply = reply;
    m_idle->start(m_idleTimeoutMs);

    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (reply != m_reply)
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 200 && !m_connected) {
            m_connected = true;
            m_backoffMs = m_initialBackoffMs;
            const bool afterDrop = m_everConnected;
            m_everConnected = true;
            qCDebug(lcHttp).noquote()
                << "Event stream" << logging::shown(m_url) << (afterDrop ? "open again" : "open");
            Q_EMIT connected(afterDrop);
        }
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        if (reply != m_reply)
            return;
        m_idle->start(m_idleTimeoutMs);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200)
            return; // error and redirect bodies are read in finished()
        const QList<ServerSentEvent> events = m_parser.feed(reply->readAll());
        for (const ServerSentEvent &event : events)
            Q_EMIT eventReceived(event);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url, redirects] {
        reply->deleteLater();
        if (reply != m_reply)
            return;
        m_reply = nullptr;
        m_idle->stop();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray location = reply->rawHeader("Location");
        if (HttpClient::isRedirect(status) && !location.isEmpty()
            && redirects < m_client->options().maxRedirects) {
            qCDebug(lcHttp).noquote()
                << "Event stream" << logging::shown(url) << "redirects with HTTP" << status;
            open(HttpClient::resolveLocation(url, location), redirects + 1);
            return;
        }
        Error reason;
        if (status == 0) {
            reason = m_client->explain(HttpClient::transportError(reply, {}));
        } else if (status == 200) {
            reason = { tr("The event stream of %1 was closed by the server.")
                           .arg(url.toDisplayString(QUrl::RemoveUserInfo)),
                       {} };
        } else {
            reason = { tr("The event stream of %1 was refused with HTTP %2.")
                           .arg(url.toDisplayString(QUrl::RemoveUserInfo), QString::number(status)),
                       QString::fromUtf8(reply->readAll().left(1024)) };
        }
        scheduleReconnect(reason);
    });
}

void EventStreamReader::scheduleReconnect(const Error &reason)
{
    const bool wasConnected = m_connected;
    m_connected = false;
    if (wasConnected || !m_retry->isActive())
        Q_EMIT disconnected(reason);
    if (!m_running)
        return;
    const int jitter = int(QRandomGenerator::global()->bounded(m_backoffMs / 4 + 1));
    m_retry->start(m_backoffMs + jitter);
    // Once per drop, not per failed attempt while it stays down.
    const QString line = QStringLiteral("%1 Connecting again in %2 ms.")
                             .arg(reason.message, QString::number(m_retry->interval()));
    if (wasConnected)
        qCWarning(lcHttp).noquote() << line;
    else
        qCDebug(lcHttp).noquote() << line;
    m_backoffMs = qMin(m_maxBackoffMs, m_backoffMs * 2);
}

} // namespace mc::http
