#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkReply;
class QTimer;

namespace mc::http {

class HttpClient;

// One Server-Sent Event: `event:` name and the joined `data:` lines.
struct ServerSentEvent
{
    QString type;
    QByteArray data;
};

// Splits an SSE byte stream into events: lines end with CRLF (Jetty) or LF,
// several data: lines join with '\n', comments and empty events are dropped.
class ServerSentEventParser
{
public:
    QList<ServerSentEvent> feed(const QByteArray &bytes);

private:
    QByteArray m_buffer;
    QString m_type;
    QByteArray m_data;
    bool m_hasData = false;
};

// Keeps a text/event-stream open (Marathon /v2/events): follows redirects by
// hand (1.7+ standbys answer 302 to the leader), reconnects with growing,
// jittered back-off after a drop, and says so: every `connected()` after a
// drop means events were missed and the consumer must re-read everything.
class EventStreamReader : public QObject
{
    Q_OBJECT

public:
    explicit EventStreamReader(HttpClient *client, QObject *parent = nullptr);
    ~EventStreamReader() override;

    void start(const QUrl &url);
    void stop();
    [[nodiscard]] bool isConnected() const { return m_connected; }
    [[nodiscard]] QUrl url() const { return m_url; }

    // Silence longer than this (Jetty sends a heartbeat every ~10 s) counts as a dead link.
    void setIdleTimeout(int ms) { m_idleTimeoutMs = ms; }
    void setBackoff(int initialMs, int maxMs);

Q_SIGNALS:
    void connected(bool afterDrop);
    void eventReceived(const mc::http::ServerSentEvent &event);
    void disconnected(const mc::Error &reason);

private:
    void open(const QUrl &url, int redirects);
    void dropReply();
    void scheduleReconnect(const Error &reason);

    HttpClient *m_client;
    QUrl m_url;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_idle;
    QTimer *m_retry;
    ServerSentEventParser m_parser;
    bool m_running = false;
    bool m_connected = false;
    bool m_everConnected = false;
    int m_idleTimeoutMs = 30000;
    int m_initialBackoffMs = 500;
    int m_maxBackoffMs = 30000;
    int m_backoffMs = 500;
};

} // namespace mc::http
