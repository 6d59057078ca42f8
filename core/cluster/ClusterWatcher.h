#pragma once

#include "core/cluster/ClusterSnapshot.h"
#include "core/http/HttpClient.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QUrl>

class QTimer;

namespace mc::http {
class EventStreamReader;
struct ServerSentEvent;
} // namespace mc::http

namespace mc::cluster {

struct WatcherConfig
{
    QList<QUrl> masters; // http://host:5050 of each master (any of them; the leader is found)
    QString zkUrl; // or zk://h1:2181,h2:2181/mesos
    QList<QUrl> marathons; // http://host:8080 of each Marathon instance
    http::HttpOptions mesosHttp;
    http::HttpOptions marathonHttp;
    int pollIntervalMs = 2000; // fastest polling; slows down when a cycle takes long
    int maxPollIntervalMs = 30000;
    int staleAfterMs = 0; // 0: three poll intervals
    bool fullState = true; // tasks need /master/state; without it state-summary is polled
    bool marathonEvents = true; // subscribe to /v2/events
};

// Watches one cluster: finds the leading master (from the masters' metrics,
// /master/redirect, the `leader` field of 0.x standbys, or ZooKeeper), polls
// it adaptively, keeps Marathon's /v2/events open and re-reads Marathon after
// every event burst and after every reconnect. Parsing runs on the thread
// pool. Each change is published as a new immutable ClusterSnapshot; when an
// update fails the last good data stays in it and the state says why.
class ClusterWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ClusterWatcher(WatcherConfig config, QObject *parent = nullptr);
    ~ClusterWatcher() override;

    void start();
    void stop();
    void refreshNow();
    void setFullStateWanted(bool wanted);
    // The fastest polling from now on (Settings > poll interval); the next poll comes at the new pace.
    void setPollInterval(int ms);
    // Every request (masters, agents, metrics, Marathon and its event stream)
    // through `proxy` (HttpClient::setProxy; an SSH jump host's SOCKS port).
    void setProxy(const QNetworkProxy &proxy, const std::function<QString()> &whyUnreachable = {});

    [[nodiscard]] SnapshotPtr snapshot() const { return m_snapshot; }
    [[nodiscard]] const WatcherConfig &config() const { return m_config; }
    [[nodiscard]] int currentPollIntervalMs() const { return m_intervalMs; }

Q_SIGNALS:
    void snapshotChanged(mc::cluster::SnapshotPtr snapshot);

private:
    struct MesosCycle;

    void publish(const std::function<void(ClusterSnapshot &)> &change);

    void pollMesos();
    void findLeaderFromMasters(std::shared_ptr<MesosCycle> cycle);
    void findLeaderFromZooKeeper(std::shared_ptr<MesosCycle> cycle);
    void askRedirect(std::shared_ptr<MesosCycle> cycle, QList<QUrl> candidates);
    void fetchState(std::shared_ptr<MesosCycle> cycle, const QUrl &leader, int hops);
    void mesosFailed(std::shared_ptr<MesosCycle> cycle, const Error &error, bool electing = false);
    void finishMesosCycle();
    void probeZooKeeper();

    void refreshMarathon();
    void scheduleMarathonRefresh();
    void onMarathonEvent(const http::ServerSentEvent &event);
    void checkStale();

    WatcherConfig m_config;
    http::HttpClient *m_mesosHttp;
    http::HttpClient *m_redirectHttp; // no automatic redirects: reads /master/redirect's Location
    http::HttpClient *m_marathonHttp;
    http::EventStreamReader *m_events = nullptr;
    QTimer *m_mesosTimer;
    QTimer *m_marathonTimer;
    QTimer *m_marathonDebounce;
    QTimer *m_staleTimer;
    SnapshotPtr m_snapshot;
    bool m_running = false;
    bool m_mesosBusy = false;
    bool m_mesosAgain = false;
    bool m_marathonBusy = false;
    bool m_marathonAgain = false;
    bool m_useStateJson = false; // 0.19-0.24 masters have only state.json
    bool m_noStateSummary = false; // 0.19-0.23 masters have no state-summary
    int m_intervalMs = 2000;
    bool m_staleFromInterval = false; // staleAfterMs follows the poll interval
    int m_marathonIndex = 0;
    QElapsedTimer m_cycleClock;
};

} // namespace mc::cluster
