#include "core/haproxy/RoutingSyncDriver.h"

#include "core/haproxy/MarathonRoutes.h"
#include "core/http/EventStreamReader.h"
#include "core/http/HttpClient.h"
#include "core/util/Logging.h"

#include <QTimer>
#include <QUrlQuery>

namespace mc::haproxy {

namespace {
constexpr int kDefaultDebounceMs = 1000;
constexpr int kDefaultMaxWaitMs = 5000;
constexpr int kDefaultFullCheckMs = 60000;

const QStringList kRelevantEvents {
    QStringLiteral("api_post_event"),
    QStringLiteral("status_update_event"),
    QStringLiteral("health_status_changed_event"),
    QStringLiteral("instance_changed_event"),
    QStringLiteral("deployment_success"),
    QStringLiteral("deployment_failed"),
    QStringLiteral("app_terminated_event"),
};

QUrl withPath(QUrl base, const QString &path)
{
    QString basePath = base.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    base.setPath(basePath + path);
    return base;
}
} // namespace

RoutingSyncDriver::RoutingSyncDriver(http::HttpClient *client, QUrl marathonUrl, RoutingOptions options,
                                     QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_marathon(std::move(marathonUrl))
    , m_options(std::move(options))
    , m_events(new http::EventStreamReader(client, this))
    , m_debounce(new QTimer(this))
    , m_maxWait(new QTimer(this))
    , m_fullCheck(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDefaultDebounceMs);
    m_maxWait->setSingleShot(true);
    m_maxWait->setInterval(kDefaultMaxWaitMs);
    m_fullCheck->setInterval(kDefaultFullCheckMs);
    connect(m_debounce, &QTimer::timeout, this, [this] { refresh(false); });
    connect(m_maxWait, &QTimer::timeout, this, [this] { refresh(false); });
    connect(m_fullCheck, &QTimer::timeout, this, [this] { refresh(false); });
    connect(m_events, &http::EventStreamReader::eventReceived, this, &RoutingSyncDriver::onEvent);
    connect(m_events, &http::EventStreamReader::connected, this, [this](bool) {
        Q_EMIT streamStateChanged(true);
        schedule(); // missed events while away: re-read everything
    });
    connect(m_events, &http::EventStreamReader::disconnected, this,
            [this] { Q_EMIT streamStateChanged(false); });
}

RoutingSyncDriver::~RoutingSyncDriver() = default;

void RoutingSyncDriver::setDebounceMs(int ms)
{
    m_debounce->setInterval(ms);
}

void RoutingSyncDriver::setMaxWaitMs(int ms)
{
    m_maxWait->setInterval(ms);
}

void RoutingSyncDriver::setFullCheckIntervalMs(int ms)
{
    m_fullCheck->setInterval(ms);
}

bool RoutingSyncDriver::isStreamConnected() const
{
    return m_events->isConnected();
}

void RoutingSyncDriver::start()
{
    QUrl events = withPath(m_marathon, QStringLiteral("/v2/events"));
    QUrlQuery query;
    for (const QString &type : kRelevantEvents)
        query.addQueryItem(QStringLiteral("event_type"), type);
    events.setQuery(query);
    m_events->start(events);
    m_fullCheck->start();
    refresh(false);
}

void RoutingSyncDriver::stop()
{
    m_events->stop();
    m_debounce->stop();
    m_maxWait->stop();
    m_fullCheck->stop();
}

void RoutingSyncDriver::refreshNow()
{
    refresh(true);
}

void RoutingSyncDriver::onEvent(const http::ServerSentEvent &event)
{
    if (kRelevantEvents.contains(event.type))
        schedule();
}

void RoutingSyncDriver::schedule()
{
    m_debounce->start();
    if (!m_maxWait->isActive())
        m_maxWait->start();
}

void RoutingSyncDriver::refresh(bool forceEmit)
{
    // This read (or the one queued after the read in flight) covers every event so far.
    m_debounce->stop();
    m_maxWait->stop();
    if (m_inFlight) {
        m_again = true;
        m_forceNext = m_forceNext || forceEmit;
        return;
    }
    m_inFlight = true;
    QUrl url = withPath(m_marathon, QStringLiteral("/v2/apps"));
    url.setQuery(QStringLiteral("embed=apps.tasks"));
    m_client->get(url, this, [this, forceEmit](Result<http::HttpResponse> response) {
        m_inFlight = false;
        const auto finish = [this] {
            if (m_again) {
                m_again = false;
                const bool force = m_forceNext;
                m_forceNext = false;
                refresh(force);
            }
        };
        const Result<http::HttpResponse> ok = http::HttpClient::expectSuccess(std::move(response));
        if (!ok) {
            Q_EMIT refreshFailed(ok.error());
            finish();
            return;
        }
        const auto apps = routeAppsFromJson(ok->body);
        if (!apps) {
            Q_EMIT refreshFailed(apps.error());
            finish();
            return;
        }
        const auto config = renderConfig(apps.value(), m_options);
        if (!config) {
            Q_EMIT refreshFailed(config.error());
            finish();
            return;
        }
        const bool changed = !m_hasConfig || config->text != m_last.text;
        if (changed)
            qCInfo(lcHaproxy) << "Marathon's apps give a new config:" << config->text.size() << "bytes";
        m_last = config.value();
        m_hasConfig = true;
        Q_EMIT refreshed(m_last);
        if (changed || forceEmit)
            Q_EMIT configChanged(m_last);
        finish();
    });
}

} // namespace mc::haproxy
