#pragma once

#include "core/haproxy/HaproxyConfig.h"
#include "core/util/Result.h"

#include <QObject>
#include <QUrl>

class QTimer;

namespace mc::http {
class HttpClient;
class EventStreamReader;
struct ServerSentEvent;
} // namespace mc::http

namespace mc::haproxy {

// Keeps the routing config in step with Marathon: listens to /v2/events
// (api_post_event, status_update_event, health_status_changed_event,
// deployment_success...), re-reads `/v2/apps?embed=apps.tasks` once the
// events settle (debounce) but no later than the maximum wait after the first
// of them (a steady flow of events does not hold a sync back), on a timer as a
// safety net, and after the event stream reconnects. Emits configChanged() only when the rendered text
// differs from the last one; when Marathon cannot be read nothing is emitted
// but refreshFailed(): a config is never built from missing data.
class RoutingSyncDriver : public QObject
{
    Q_OBJECT

public:
    RoutingSyncDriver(http::HttpClient *client, QUrl marathonUrl, RoutingOptions options,
                      QObject *parent = nullptr);
    ~RoutingSyncDriver() override;

    void setDebounceMs(int ms);
    // The longest time from the first event not yet read to the read (default 5 s).
    void setMaxWaitMs(int ms);
    void setFullCheckIntervalMs(int ms);

    void start();
    void stop();
    // Re-reads Marathon now, and emits configChanged() even when the text is
    // the same as last time (so "sync now" pushes).
    void refreshNow();

    [[nodiscard]] const RenderedConfig &lastConfig() const { return m_last; }
    [[nodiscard]] bool hasConfig() const { return m_hasConfig; }
    [[nodiscard]] bool isStreamConnected() const;

Q_SIGNALS:
    void configChanged(const mc::haproxy::RenderedConfig &config);
    void refreshed(const mc::haproxy::RenderedConfig &config);
    void refreshFailed(const mc::Error &error);
    void streamStateChanged(bool connected);

private:
    void onEvent(const http::ServerSentEvent &event);
    void schedule(); // a read once the events settle, at the latest after the maximum wait
    void refresh(bool forceEmit);

    http::HttpClient *m_client;
    QUrl m_marathon;
    RoutingOptions m_options;
    http::EventStreamReader *m_events;
    QTimer *m_debounce;
    QTimer *m_maxWait;
    QTimer *m_fullCheck;
    RenderedConfig m_last;
    bool m_hasConfig = false;
    bool m_inFlight = false;
    bool m_again = false;
    bool m_forceNext = false;
};

} // namespace mc::haproxy
