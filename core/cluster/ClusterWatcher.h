#pragma once

#include "core/cluster/ClusterSnapshot.h"
#include "core/cluster/MasterSubscription.h"
#include "core/http/HttpClient.h"
#include "core/marathon/MarathonState.h"
#include "core/mesos/MasterStream.h"
#include "core/util/Pacer.h"

#include <QElapsedTimer>
#include <QHash>
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

class MasterSubscription;

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
    // Follow the leading master's v1 event stream (SUBSCRIBE, Mesos 1.1+): one full
    // state when subscribing, then only changes. false: poll /master/state (the
    // bench and tests force polling with it); masters without SUBSCRIBE are polled anyway.
    bool mesosEvents = true;
    // A SUBSCRIBED longer than this is parsed as it arrives, never held whole
    // (MasterSubscription::setParseArrivingOver; tests lower it).
    qsizetype mesosParseArrivingOver = qsizetype(16) * 1024 * 1024;
    // Learn the ensemble: the masters' /master/flags name their ZooKeeper (--zk), Marathon's
    // /v2/info its Mesos master (marathon_config.master); with a zk:// URL the masters are
    // followed through ZooKeeper as if it had been given, else (or when ZooKeeper cannot be
    // reached from here) every master learned is polled.
    bool discover = true;
};

// Watches one cluster: finds the leading master (from the masters' metrics,
// /master/redirect, the `leader` field of 0.x standbys, or ZooKeeper) on every
// poll, follows its event stream (MasterSubscription; resubscribed with
// back-off when it drops, to the new leader when the leader changes) or,
// without one, polls its state adaptively; keeps Marathon's /v2/events open and
// re-reads Marathon after every event burst and after every reconnect. Parsing runs on the thread
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
    // The pace at which the views take snapshots (ClusterModels::updateIntervalChanged):
    // events are batched no more often than that (never under the 300 ms batch
    // interval), so a 100,000-task list is not copied for snapshots nobody diffs.
    void setUpdateInterval(int ms);
    // Every request (masters, agents, metrics, Marathon and its event stream)
    // through `proxy` (HttpClient::setProxy; an SSH jump host's SOCKS port).
    void setProxy(const QNetworkProxy &proxy, const std::function<QString()> &whyUnreachable = {});

    [[nodiscard]] SnapshotPtr snapshot() const { return m_snapshot; }
    // True while the leading master's state is polled: events switched off
    // (WatcherConfig::mesosEvents), or a leader that has no SUBSCRIBE (Mesos
    // before 1.1: /api/v1 answered 400/404/405/501). False while the lists
    // come from its event stream.
    [[nodiscard]] bool pollsMesosState() const { return !m_subscription || !m_noEventsAt.isEmpty(); }
    [[nodiscard]] const WatcherConfig &config() const { return m_config; }
    // "via ZooKeeper zk://…" / "via masters m1:5050, m2:5050"; empty while none is known.
    [[nodiscard]] static QString describeWatch(const WatchRoute &route);
    // "Mesos: followed by its event stream" / "…polled".
    [[nodiscard]] static QString describeMesosFollow(bool polled);
    [[nodiscard]] int currentPollIntervalMs() const { return m_intervalMs; }

Q_SIGNALS:
    void snapshotChanged(mc::cluster::SnapshotPtr snapshot);

private:
    struct MesosCycle;

    void publish(const std::function<void(ClusterSnapshot &)> &change);

    void pollMesos();
    void findLeaderFromMasters(std::shared_ptr<MesosCycle> cycle);
    void findLeaderFromZooKeeper(std::shared_ptr<MesosCycle> cycle);
    // Discovery: the flags of the first master that answers, or Marathon's /v2/info.
    void discoverFromFlags(std::shared_ptr<MesosCycle> cycle, QList<QUrl> candidates);
    void discoverFromMarathon(std::shared_ptr<MesosCycle> cycle);
    void zooKeeperUnreachable(const Error &error);
    void retryZooKeeper();
    void learnMaster(const QUrl &master);
    [[nodiscard]] QString zkUrl() const { return m_config.zkUrl.isEmpty() ? m_learnedZk : m_config.zkUrl; }
    [[nodiscard]] bool followsZooKeeper() const
    {
        return !m_config.zkUrl.isEmpty() || (!m_learnedZk.isEmpty() && m_zkReachable);
    }
    [[nodiscard]] QList<QUrl> mastersToPoll() const;
    [[nodiscard]] bool watchesMesos() const;
    [[nodiscard]] WatchRoute route() const;
    void askRedirect(std::shared_ptr<MesosCycle> cycle, QList<QUrl> candidates);
    void readLeader(std::shared_ptr<MesosCycle> cycle, const QUrl &leader);
    void fetchState(std::shared_ptr<MesosCycle> cycle, const QUrl &leader, int hops);
    void stateRead(std::shared_ptr<MesosCycle> cycle, const QUrl &answeredBy, int hops,
                   Result<mesos::MasterState> state);
    // The master that answered (after redirects) is the leader, whatever name it gives itself.
    void markLeader(MesosCycle &cycle, const QUrl &answeredBy, const QString &version);
    void onStreamUpdated(const mesos::MasterStream::Lists &lists, bool subscribed, const ResourceTotals &totals);
    void onStreamFailed(const Error &reason, bool unsupported);
    void readVersionAndCluster(const QUrl &master);
    void mesosFailed(std::shared_ptr<MesosCycle> cycle, const Error &error, bool electing = false);
    void finishMesosCycle();
    void probeZooKeeper();

    // Marathon's lists read unless they have been or are being read (with its event stream,
    // which reads them once subscribed).
    void readMarathonFirstTime();
    void refreshMarathon();
    void scheduleMarathonRefresh();
    // Events as data: queues a change of the Marathon lists; batches run in order on the thread pool.
    void changeMarathon(std::function<void(marathon::MarathonState &)> change);
    void runMarathonChanges();
    void startMarathonBatch();
    void readApps(const QStringList &appIds);
    void appReadFailed(const QString &appId, const Error &error, bool retry = true);
    struct MarathonRead;
    void finishFullMarathonRead(Result<http::HttpResponse> appsAnswer, const Result<http::HttpResponse> &info,
                                const Result<http::HttpResponse> &leader,
                                const Result<http::HttpResponse> &deployments);
    void applyMarathonRead(std::shared_ptr<MarathonRead> parsed);
    void finishLightMarathonRead(const Result<http::HttpResponse> &info, const Result<http::HttpResponse> &leader,
                                 const Result<http::HttpResponse> &deployments);
    void onMarathonEvent(const http::ServerSentEvent &event);
    void checkStale();

    WatcherConfig m_config;
    http::HttpClient *m_mesosHttp;
    http::HttpClient *m_redirectHttp; // no automatic redirects: reads /master/redirect's Location
    http::HttpClient *m_marathonHttp;
    http::EventStreamReader *m_events = nullptr;
    MasterSubscription *m_subscription = nullptr;
    QTimer *m_mesosTimer;
    QTimer *m_marathonTimer;
    QTimer *m_marathonDebounce;
    QTimer *m_staleTimer;
    QTimer *m_resubscribe; // back-off after the stream dropped
    int m_resubscribeBackoffMs = 0;
    QString m_noEventsAt; // host:port of a leader without SUBSCRIBE: polled
    SnapshotPtr m_snapshot;
    bool m_running = false;
    bool m_mesosBusy = false;
    bool m_mesosAgain = false;
    bool m_marathonBusy = false;
    bool m_marathonAgain = false;
    bool m_marathonFullWanted = true; // at connect, after a reconnect or an event the lists cannot follow
    bool m_marathonReadFailed = false; // the last read of Marathon's API failed: events do not make it live
    std::shared_ptr<marathon::MarathonState> m_marathonState
        = std::make_shared<marathon::MarathonState>(); // touched by one batch at a time
    std::vector<std::function<void(marathon::MarathonState &)>> m_marathonChanges;
    bool m_marathonApplying = false;
    QTimer *m_marathonBatch = nullptr;
    Pacer m_marathonPacer { MasterSubscription::kBatchShare, MasterSubscription::kDefaultBatchMs,
                            MasterSubscription::kMaxBatchMs };
    QElapsedTimer m_marathonBatchStarted;
    QStringList m_appsReading;
    bool m_marathonStreamUp = false;
    QDateTime m_marathonStreamLost; // when Marathon's event stream dropped; null while it is up
    QHash<QString, int> m_appReadAttempts; // app id -> failed re-reads in a row
    bool m_useStateJson = false; // 0.19-0.24 masters have only state.json
    bool m_noStateSummary = false; // 0.19-0.23 masters have no state-summary
    int m_intervalMs = 2000;
    bool m_staleFromInterval = false; // staleAfterMs follows the poll interval
    int m_marathonIndex = 0;
    QElapsedTimer m_cycleClock;
    // Discovery (WatcherConfig::discover).
    bool m_discovered = false; // the flags (or Marathon) answered
    QString m_learnedZk; // from the flags or Marathon (with credentials: connecting needs them)
    bool m_zkReachable = true;
    bool m_zkRetrying = false;
    QElapsedTimer m_zkRetryClock; // since ZooKeeper last failed
    QString m_zkProblem; // why not ZooKeeper, for the person watching
    QList<QUrl> m_learnedMasters; // from ZooKeeper, Marathon or the state's leader
};

} // namespace mc::cluster
