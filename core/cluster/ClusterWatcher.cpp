#include "core/cluster/ClusterWatcher.h"

#include "core/cluster/MasterSubscription.h"
#include "core/http/EventStreamReader.h"
#include "core/marathon/MarathonParser.h"
#include "core/mesos/MesosParser.h"
#include "core/util/Logging.h"
#include "core/util/PieceIntake.h"
#include "core/zookeeper/MesosMasterDiscovery.h"
#include "core/zookeeper/ZkUrl.h"
#include "core/zookeeper/ZooKeeperProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QTimer>
#include <QUrlQuery>

#include <utility>

namespace mc::cluster {

namespace {
constexpr int kMarathonDebounceMs = 150;
constexpr int kEventPollFactor = 5; // with a live event stream Marathon is polled this much less often
constexpr int kFailedDeploymentsKept = 50;
constexpr int kAppReadAttempts = 4; // a re-read of one app that fails this often: a full read instead
constexpr int kAppReadRetryMs = 1000; // doubled for each attempt: 1, 2, 4 s
constexpr int kResubscribeInitialMs = 500;
constexpr int kResubscribeMaxMs = 30000;
constexpr int kZooKeeperRetryMs = 30000; // a learned ensemble that did not answer is tried again after this
// With Marathon's events, its lists are first read once the stream is subscribed, or this long
// after the start when it is not by then.
constexpr int kFirstReadWaitMs = 2000;

// Runs `work` on the thread pool and hands its result to `done` on `context`'s thread.
template<typename R> void offThread(QObject *context, std::function<R()> work, std::function<void(R)> done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work = std::move(work), done = std::move(done)] {
        auto result = std::make_shared<R>(work());
        if (!guard)
            return;
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, done, result] {
                if (guard)
                    done(std::move(*result));
            },
            Qt::QueuedConnection);
    });
}

QUrl withPath(QUrl base, const QString &path)
{
    QString prefix = base.path();
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    const qsizetype query = path.indexOf(u'?');
    base.setPath(prefix + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        base.setQuery(path.mid(query + 1));
    return base;
}

QString hostPort(const QUrl &url)
{
    return QStringLiteral("%1:%2").arg(url.host()).arg(url.port(80));
}

// The watch route in the log's words (English, as every log line).
QString routeText(const WatchRoute &route)
{
    if (route.way == WatchRoute::Way::ZooKeeper)
        return QStringLiteral("via ZooKeeper %1").arg(route.zkUrl);
    QStringList names;
    for (const QUrl &master : route.masters)
        names << hostPort(master);
    return QStringLiteral("via masters %1").arg(names.join(QStringLiteral(", ")));
}

// One line when a connection's state changes (not one per poll): live, stale, error and why.
void logConnection(const QLoggingCategory &category, const char *what, const ConnectionState &before,
                   const ConnectionState &after)
{
    if (after.kind == before.kind && after.reason == before.reason)
        return;
    switch (after.kind) {
    case ConnectionState::Kind::Live:
        qCInfo(category, "%s: live", what);
        break;
    case ConnectionState::Kind::Stale:
        qCInfo(category, "%s: stale, no update for a while", what);
        break;
    case ConnectionState::Kind::Error:
        qCWarning(category, "%s: %s", what, qUtf8Printable(after.reason));
        break;
    case ConnectionState::Kind::Connecting:
    case ConnectionState::Kind::Disconnected:
        qCDebug(category, "%s: connecting", what);
        break;
    }
}

// The decisions a snapshot shows: the leading master found, changed or lost, the connections' states.
void logChanges(const ClusterSnapshot &before, const ClusterSnapshot &after)
{
    const QString was = before.leader ? before.leader->displayName() : QString();
    const QString is = after.leader ? after.leader->displayName() : QString();
    if (is != was && !is.isEmpty())
        qCInfo(lcCluster).noquote() << "Leading master" << is << "found" << routeText(after.watch)
                                    << (was.isEmpty() ? QString() : QStringLiteral("(was %1)").arg(was));
    else if (is != was)
        qCWarning(lcCluster).noquote() << "Leading master" << was << "lost:" << after.mesos.reason;
    logConnection(lcMesos(), "Mesos", before.mesos, after.mesos);
    logConnection(lcMarathon(), "Marathon", before.marathon, after.marathon);
}

} // namespace

struct ClusterWatcher::MesosCycle
{
    std::vector<MasterStatus> masters;
    std::optional<mesos::MasterInfo> leader;
    mesos::Metrics leaderMetrics;
    int pending = 0;
};

ClusterWatcher::ClusterWatcher(WatcherConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_mesosHttp(new http::HttpClient(m_config.mesosHttp, this))
    , m_redirectHttp(nullptr)
    , m_marathonHttp(new http::HttpClient(m_config.marathonHttp, this))
    , m_mesosTimer(new QTimer(this))
    , m_marathonTimer(new QTimer(this))
    , m_marathonDebounce(new QTimer(this))
    , m_staleTimer(new QTimer(this))
    , m_resubscribe(new QTimer(this))
    , m_snapshot(std::make_shared<const ClusterSnapshot>())
    , m_intervalMs(m_config.pollIntervalMs)
{
    http::HttpOptions noRedirects = m_config.mesosHttp;
    noRedirects.maxRedirects = 0;
    m_redirectHttp = new http::HttpClient(noRedirects, this);
    m_staleFromInterval = m_config.staleAfterMs <= 0;
    if (m_staleFromInterval)
        m_config.staleAfterMs = 3 * m_config.pollIntervalMs + 1000;

    m_mesosTimer->setSingleShot(true);
    connect(m_mesosTimer, &QTimer::timeout, this, &ClusterWatcher::pollMesos);
    m_marathonTimer->setSingleShot(true);
    connect(m_marathonTimer, &QTimer::timeout, this, &ClusterWatcher::refreshMarathon);
    m_marathonDebounce->setSingleShot(true);
    m_marathonDebounce->setInterval(kMarathonDebounceMs);
    connect(m_marathonDebounce, &QTimer::timeout, this, &ClusterWatcher::refreshMarathon);
    m_staleTimer->setInterval(1000);
    connect(m_staleTimer, &QTimer::timeout, this, &ClusterWatcher::checkStale);
    m_marathonBatch = new QTimer(this);
    m_resubscribe->setSingleShot(true);
    connect(m_resubscribe, &QTimer::timeout, this, &ClusterWatcher::pollMesos);

    if (m_config.mesosEvents) {
        m_subscription = new MasterSubscription(m_mesosHttp, this);
        m_subscription->setConnectTimeout(qMax(60000, m_config.mesosHttp.timeoutMs));
        m_subscription->setParseArrivingOver(m_config.mesosParseArrivingOver);
        connect(m_subscription, &MasterSubscription::updated, this, &ClusterWatcher::onStreamUpdated);
        connect(m_subscription, &MasterSubscription::failed, this, &ClusterWatcher::onStreamFailed);
    }

    if (!m_config.marathons.isEmpty() && m_config.marathonEvents) {
        m_events = new http::EventStreamReader(m_marathonHttp, this);
        m_events->setIdleTimeout(qMax(30000, m_config.staleAfterMs));
        connect(m_events, &http::EventStreamReader::connected, this, [this](bool afterDrop) {
            m_marathonStreamUp = true;
            m_marathonStreamLost = {};
            qCInfo(lcMarathon) << (afterDrop ? "Event stream subscribed again" : "Event stream subscribed");
            m_marathonFullWanted = true; // events may have been missed before (or while) connecting: re-read all
            refreshMarathon();
        });
        m_marathonBatch->setSingleShot(true);
        m_marathonBatch->setInterval(MasterSubscription::kDefaultBatchMs);
        connect(m_marathonBatch, &QTimer::timeout, this, &ClusterWatcher::runMarathonChanges);
        connect(m_events, &http::EventStreamReader::eventReceived, this, &ClusterWatcher::onMarathonEvent);
        connect(m_events, &http::EventStreamReader::disconnected, this, [this](const Error &reason) {
            if (std::exchange(m_marathonStreamUp, false))
                m_marathonStreamLost = QDateTime::currentDateTimeUtc();
            // A stream that cannot come up does not hold the first read back.
            readMarathonFirstTime();
            // Without the stream Marathon is polled at the poll pace again, not the stream's slower one.
            if (m_running && !m_marathonBusy && m_marathonTimer->remainingTime() > m_config.pollIntervalMs) {
                qCDebug(lcMarathon).noquote() << "Event stream down:" << reason.message
                                              << "- polling Marathon in" << m_config.pollIntervalMs << "ms";
                m_marathonTimer->start(m_config.pollIntervalMs);
            }
        });
    }
}

ClusterWatcher::~ClusterWatcher() = default;

void ClusterWatcher::setProxy(const QNetworkProxy &proxy, const std::function<QString()> &whyUnreachable)
{
    for (http::HttpClient *client : { m_mesosHttp, m_redirectHttp, m_marathonHttp })
        client->setProxy(proxy, whyUnreachable);
}

void ClusterWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    publish([this](ClusterSnapshot &s) {
        if (!m_config.masters.isEmpty() || !m_config.zkUrl.isEmpty())
            s.mesos.kind = ConnectionState::Kind::Connecting;
        if (!m_config.marathons.isEmpty())
            s.marathon.kind = ConnectionState::Kind::Connecting;
    });
    if (watchesMesos())
        pollMesos();
    if (!m_config.marathons.isEmpty()) {
        if (m_events) {
            // The lists are read when the stream is subscribed (`connected`): read before, they
            // could miss what happened until then and be read a second time at once. At 100,000
            // tasks that second read (tens of MB) came while the Mesos state was taken in.
            m_events->start(
                withPath(m_config.marathons.value(m_marathonIndex), QStringLiteral("/v2/events")));
            QTimer::singleShot(kFirstReadWaitMs, this, [this] { readMarathonFirstTime(); });
        } else {
            refreshMarathon();
        }
    }
    m_staleTimer->start();
}

void ClusterWatcher::stop()
{
    m_running = false;
    m_mesosTimer->stop();
    m_marathonTimer->stop();
    m_marathonDebounce->stop();
    m_staleTimer->stop();
    m_resubscribe->stop();
    if (m_events)
        m_events->stop();
    if (m_subscription)
        m_subscription->stop();
}

void ClusterWatcher::refreshNow()
{
    if (!m_running)
        return;
    if (watchesMesos())
        pollMesos();
    if (!m_config.marathons.isEmpty()) {
        m_marathonFullWanted = true;
        refreshMarathon();
    }
}

void ClusterWatcher::setFullStateWanted(bool wanted)
{
    if (m_config.fullState == wanted)
        return;
    m_config.fullState = wanted;
    refreshNow();
}

void ClusterWatcher::publish(const std::function<void(ClusterSnapshot &)> &change)
{
    auto next = std::make_shared<ClusterSnapshot>(*m_snapshot);
    change(*next);
    next->watch = route();
    next->mesosPolled = pollsMesosState();
    next->generation = m_snapshot->generation + 1;
    next->time = QDateTime::currentDateTimeUtc();
    logChanges(*m_snapshot, *next);
    m_snapshot = next;
    Q_EMIT snapshotChanged(m_snapshot);
}

// ---- Mesos -----------------------------------------------------------------

void ClusterWatcher::pollMesos()
{
    if (!m_running)
        return;
    if (m_mesosBusy) {
        m_mesosAgain = true;
        return;
    }
    m_mesosBusy = true;
    m_mesosTimer->stop();
    m_cycleClock.start();
    auto cycle = std::make_shared<MesosCycle>();
    if (!m_config.zkUrl.isEmpty())
        findLeaderFromZooKeeper(cycle); // NOLINT(bugprone-branch-clone): the order of the tests is the precedence
    else if (m_config.discover && !m_discovered && mastersToPoll().isEmpty())
        discoverFromMarathon(cycle);
    else if (m_config.discover && !m_discovered)
        discoverFromFlags(cycle, mastersToPoll());
    else if (followsZooKeeper())
        findLeaderFromZooKeeper(cycle);
    else if (!mastersToPoll().isEmpty()) {
        retryZooKeeper();
        findLeaderFromMasters(cycle);
    } else {
        m_mesosBusy = false; // Marathon named no Mesos master: nothing to watch
    }
}

bool ClusterWatcher::watchesMesos() const
{
    return !m_config.masters.isEmpty() || !m_config.zkUrl.isEmpty()
        || (m_config.discover && !m_config.marathons.isEmpty());
}

QList<QUrl> ClusterWatcher::mastersToPoll() const
{
    QList<QUrl> out = m_config.masters;
    for (const QUrl &learned : m_learnedMasters) {
        if (std::none_of(out.cbegin(), out.cend(), [&](const QUrl &u) { return hostPort(u) == hostPort(learned); }))
            out << learned;
    }
    return out;
}

void ClusterWatcher::learnMaster(const QUrl &master)
{
    const QUrl base(master.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment));
    if (!m_config.discover || !base.isValid() || base.host().isEmpty())
        return;
    const QList<QUrl> known = mastersToPoll();
    if (std::none_of(known.cbegin(), known.cend(), [&](const QUrl &u) { return hostPort(u) == hostPort(base); }))
        m_learnedMasters << base;
}

WatchRoute ClusterWatcher::route() const
{
    WatchRoute r;
    if (const auto zk = zookeeper::ZkUrl::parse(zkUrl()); zk.ok())
        r.zkUrl = zk->withoutCredentials();
    r.zkLearned = m_config.zkUrl.isEmpty() && !r.zkUrl.isEmpty();
    r.masters = mastersToPoll();
    r.mastersLearned = r.masters.size() > m_config.masters.size();
    r.reason = m_zkProblem;
    if (followsZooKeeper())
        r.way = WatchRoute::Way::ZooKeeper;
    else if (!r.masters.isEmpty())
        r.way = WatchRoute::Way::Masters;
    return r;
}

QString ClusterWatcher::describeWatch(const WatchRoute &route)
{
    switch (route.way) {
    case WatchRoute::Way::ZooKeeper:
        return route.zkLearned ? tr("via ZooKeeper %1 (learned from the cluster)").arg(route.zkUrl)
                               : tr("via ZooKeeper %1").arg(route.zkUrl);
    case WatchRoute::Way::Masters: {
        QStringList names;
        for (const QUrl &master : route.masters)
            names << hostPort(master);
        return tr("via masters %1").arg(names.join(QStringLiteral(", ")));
    }
    case WatchRoute::Way::None:
        break;
    }
    return {};
}

QString ClusterWatcher::describeMesosFollow(bool polled)
{
    return polled ? tr("the leader's state is polled") : tr("the leader's event stream is followed");
}

// Reads the masters' flags: `zk` names the ensemble they register in (zk://), a file on
// their own hosts that holds it (file://), or nothing (no ZooKeeper: one master, or a
// stand-in). The first master that answers tells; the rest are not asked.
void ClusterWatcher::discoverFromFlags(std::shared_ptr<MesosCycle> cycle, QList<QUrl> candidates)
{
    const QUrl master = candidates.takeFirst();
    m_mesosHttp->get(withPath(master, QStringLiteral("/master/flags")), this,
                     [this, cycle, candidates](Result<http::HttpResponse> response) {
                         if (!response.ok()) {
                             if (!candidates.isEmpty())
                                 discoverFromFlags(cycle, candidates);
                             else
                                 findLeaderFromMasters(cycle); // says why none answers; asked again next time
                             return;
                         }
                         m_discovered = true; // a master without /master/flags (or zk) says no more next time
                         if (!response->isSuccess() && response->status != 404) {
                             m_zkProblem = tr("The masters' flags cannot be read (HTTP %1), so their ZooKeeper "
                                              "is not known; the console follows the masters it knows.")
                                               .arg(response->status);
                         }
                         const QString zk = QJsonDocument::fromJson(response->body)
                                                .object()
                                                .value(QStringLiteral("flags"))
                                                .toObject()
                                                .value(QStringLiteral("zk"))
                                                .toString()
                                                .trimmed();
                         if (zookeeper::ZkUrl::looksLikeZk(zk)) {
                             if (const auto url = zookeeper::ZkUrl::parse(zk); url.ok()) {
                                 qCInfo(lcCluster).noquote() << "The masters' --zk flag names"
                                                             << url->withoutCredentials() << ": following it";
                                 m_learnedZk = zk;
                                 findLeaderFromZooKeeper(cycle);
                                 return;
                             }
                             m_zkProblem = tr("The masters' --zk flag is not a ZooKeeper URL the console "
                                              "can read; it follows the masters it knows instead.");
                         } else if (zk.startsWith(QStringLiteral("file://"))) {
                             m_zkProblem = tr("The masters read their ZooKeeper URL from the file %1 on their "
                                              "own hosts (--zk=file://…), which cannot be read from here; the "
                                              "console follows the masters it knows instead. Give the zk:// "
                                              "URL to follow them through ZooKeeper.")
                                               .arg(zk.mid(7));
                         }
                         if (!m_zkProblem.isEmpty())
                             qCInfo(lcCluster).noquote()
                                 << "Following the masters, not ZooKeeper:" << m_zkProblem;
                         findLeaderFromMasters(cycle);
                     });
}

// Marathon alone: its /v2/info names the Mesos master it uses (marathon_config.master,
// zk://…/mesos or host:port) and the leading master's web UI (mesos_leader_ui_url).
// zookeeper_config.zk is Marathon's own state (zk://…/marathon), not the masters' group.
void ClusterWatcher::discoverFromMarathon(std::shared_ptr<MesosCycle> cycle)
{
    const QUrl base = m_config.marathons.value(m_marathonIndex % qMax(1, int(m_config.marathons.size())));
    m_mesosHttp->get(withPath(base, QStringLiteral("/v2/info")), this, [this, cycle](Result<http::HttpResponse> r) {
        if (!r.ok() || !r->isSuccess()) {
            // Asked again at the next poll; until then no master is known.
            const QString why = r.ok() ? QStringLiteral("HTTP %1").arg(r->status) : r.error().message;
            mesosFailed(cycle, { tr("No Mesos master known yet: Marathon does not name one (%1).").arg(why), {} });
            return;
        }
        const QJsonObject config = QJsonDocument::fromJson(r->body).object().value(QStringLiteral("marathon_config")).toObject();
        const QString master = config.value(QStringLiteral("master")).toString().trimmed();
        qCInfo(lcCluster).noquote() << "Marathon names the Mesos master" << logging::redact(master);
        if (zookeeper::ZkUrl::looksLikeZk(master) && zookeeper::ZkUrl::parse(master).ok()) {
            m_discovered = true;
            m_learnedZk = master;
        } else if (!zookeeper::ZkUrl::looksLikeZk(master) && !master.startsWith(QStringLiteral("file://"))) {
            for (const QString &entry : master.split(u',', Qt::SkipEmptyParts))
                learnMaster(QUrl(entry.contains(u"://") ? entry.trimmed() : QStringLiteral("http://") + entry.trimmed()));
        }
        learnMaster(QUrl(config.value(QStringLiteral("mesos_leader_ui_url")).toString()));
        if (m_learnedZk.isEmpty() && m_learnedMasters.isEmpty()) {
            m_discovered = true; // Marathon names no master the console can reach
            m_zkProblem = tr("Marathon names no Mesos master the console can reach (marathon_config.master "
                             "is \"%1\"); give a master or a zk:// URL.")
                              .arg(master);
            m_mesosBusy = false;
            publish([this](ClusterSnapshot &snap) {
                snap.mesos.kind = ConnectionState::Kind::Error;
                snap.mesos.reason = m_zkProblem;
            });
            return;
        }
        publish([](ClusterSnapshot &snap) { snap.mesos.kind = ConnectionState::Kind::Connecting; });
        if (!m_learnedZk.isEmpty())
            findLeaderFromZooKeeper(cycle);
        else
            discoverFromFlags(cycle, mastersToPoll());
    });
}

void ClusterWatcher::zooKeeperUnreachable(const Error &error)
{
    m_zkReachable = false;
    m_zkRetryClock.start();
    m_zkProblem = tr("ZooKeeper %1 cannot be reached from here, so the console polls the masters it "
                     "learned instead. %2")
                      .arg(route().zkUrl, error.message);
    qCWarning(lcCluster).noquote() << QStringLiteral(
                                          "ZooKeeper %1 unreachable (%2): polling the masters learned, "
                                          "ZooKeeper again in %3 s")
                                          .arg(route().zkUrl, error.message)
                                          .arg(kZooKeeperRetryMs / 1000);
}

// In the background, while the masters are polled: back to ZooKeeper when it answers again.
void ClusterWatcher::retryZooKeeper()
{
    if (m_learnedZk.isEmpty() || m_zkReachable || m_zkRetrying || m_zkRetryClock.elapsed() < kZooKeeperRetryMs)
        return;
    const auto url = zookeeper::ZkUrl::parse(m_learnedZk);
    if (!url.ok())
        return;
    m_zkRetrying = true;
    zookeeper::MesosMasterDiscovery::discover(
        url.value(), this,
        [this](Result<zookeeper::MesosMasters> masters) {
            m_zkRetrying = false;
            if (!masters.ok()) {
                zooKeeperUnreachable(masters.error());
                return;
            }
            qCInfo(lcCluster).noquote() << "ZooKeeper" << route().zkUrl << "answers again: following it";
            m_zkReachable = true;
            m_zkProblem.clear();
            for (const auto &member : masters->members)
                learnMaster(member.info.url());
        },
        qMax(1000, m_config.mesosHttp.timeoutMs));
}

void ClusterWatcher::findLeaderFromZooKeeper(std::shared_ptr<MesosCycle> cycle)
{
    const auto url = zookeeper::ZkUrl::parse(zkUrl());
    if (!url.ok()) {
        mesosFailed(cycle, url.error());
        return;
    }
    probeZooKeeper();
    zookeeper::MesosMasterDiscovery::discover(
        url.value(), this,
        [this, cycle](Result<zookeeper::MesosMasters> masters) {
            if (!masters.ok() && m_config.zkUrl.isEmpty()) {
                // Learned, not given: the masters it names are polled instead.
                zooKeeperUnreachable(masters.error());
                if (mastersToPoll().isEmpty())
                    mesosFailed(cycle, { m_zkProblem, masters.error().detail });
                else
                    findLeaderFromMasters(cycle);
                return;
            }
            if (!masters.ok()) {
                mesosFailed(cycle, masters.error());
                return;
            }
            if (m_config.zkUrl.isEmpty())
                m_zkProblem.clear();
            for (const auto &member : masters->members) {
                learnMaster(member.info.url());
                MasterStatus status;
                status.url = member.info.url();
                status.name = member.info.displayName();
                status.reachable = true; // registered in ZooKeeper = alive
                status.version = member.info.version;
                status.leader = masters->leader && member.info == *masters->leader;
                cycle->masters.push_back(status);
            }
            if (!masters->leader) {
                mesosFailed(
                    cycle,
                    { tr("No leading master: no master is registered in ZooKeeper under %1; the masters "
                         "are electing one or are all down.")
                          .arg(route().zkUrl),
                      {} },
                    true);
                return;
            }
            cycle->leader = masters->leader;
            readLeader(cycle, masters->leader->url());
        },
        qMax(1000, m_config.mesosHttp.timeoutMs));
}

void ClusterWatcher::findLeaderFromMasters(std::shared_ptr<MesosCycle> cycle)
{
    const QList<QUrl> masters = mastersToPoll();
    cycle->masters.clear();
    cycle->masters.resize(size_t(masters.size()));
    cycle->pending = int(masters.size());
    for (qsizetype i = 0; i < masters.size(); ++i) {
        const QUrl &base = masters[i];
        MasterStatus &status = cycle->masters[size_t(i)];
        status.url = base;
        status.name = hostPort(base);
        m_mesosHttp->get(withPath(base, QStringLiteral("/metrics/snapshot")), this,
                         [this, cycle, i](Result<http::HttpResponse> response) {
                             // Each master answers once, into its own slot of this cycle.
                             Q_ASSERT(cycle->pending > 0 && size_t(i) < cycle->masters.size());
                             MasterStatus &status = cycle->masters[size_t(i)];
                             if (!response.ok()) {
                                 status.error = response.error().message;
                             } else {
                                 status.reachable = true;
                                 if (response->isSuccess()) {
                                     const auto metrics = mesos::MesosParser::parseMetrics(response->body);
                                     if (metrics.ok()) {
                                         status.leader
                                             = metrics->value(QStringLiteral("master/elected")) == 1.0;
                                         if (status.leader)
                                             cycle->leaderMetrics = metrics.value();
                                     }
                                 }
                             }
                             if (--cycle->pending > 0)
                                 return;
                             for (const MasterStatus &master : cycle->masters) {
                                 if (master.leader) {
                                     readLeader(cycle, master.url);
                                     return;
                                 }
                             }
                             QList<QUrl> reachable;
                             for (const MasterStatus &master : cycle->masters) {
                                 if (master.reachable)
                                     reachable << master.url;
                             }
                             if (reachable.isEmpty()) {
                                 QStringList reasons;
                                 for (const MasterStatus &master : cycle->masters)
                                     reasons << master.error;
                                 mesosFailed(cycle,
                                             { tr("No Mesos master answers. %1").arg(reasons.value(0)),
                                               reasons.join(u'\n') });
                                 return;
                             }
                             askRedirect(cycle, reachable);
                         });
    }
}

// No master says "elected" (a 0.x master without metrics, or a failover in
// progress): /master/redirect names the leader, 503 means there is none.
void ClusterWatcher::askRedirect(std::shared_ptr<MesosCycle> cycle, QList<QUrl> candidates)
{
    const QUrl base = candidates.takeFirst();
    m_redirectHttp->get(
        withPath(base, QStringLiteral("/master/redirect")), this,
        [this, cycle, base, candidates](Result<http::HttpResponse> response) {
            if (response.ok() && http::HttpClient::isRedirect(response->status)) {
                const QUrl leader
                    = http::HttpClient::resolveLocation(response->url, response->header("Location"));
                qCDebug(lcCluster).noquote() << "No master says it is elected;" << hostPort(base)
                                             << "redirects to the leader" << hostPort(leader);
                readLeader(cycle, QUrl(leader.toString(QUrl::RemovePath | QUrl::RemoveQuery)));
                return;
            }
            if (response.ok() && response->status == 503) {
                mesosFailed(cycle,
                            { tr("No leading master: the masters are electing one."),
                              QString::fromUtf8(response->body) },
                            true);
                return;
            }
            if (!candidates.isEmpty()) {
                askRedirect(cycle, candidates);
                return;
            }
            // Very old masters: ask any for its state, which names the leader.
            qCDebug(lcCluster).noquote()
                << "No master redirects to a leader: asking" << hostPort(base) << "for its state";
            fetchState(cycle, base, 0);
        });
}

// The leader is known: follow its event stream, or read its state when it has none.
void ClusterWatcher::readLeader(std::shared_ptr<MesosCycle> cycle, const QUrl &leader)
{
    const QString leaderName = hostPort(leader);
    if (!m_subscription || leaderName == m_noEventsAt) {
        fetchState(cycle, leader, 0);
        return;
    }
    m_noEventsAt.clear();
    const bool sameLeader = m_subscription->isActive()
        && (hostPort(m_subscription->master()) == leaderName || hostPort(m_subscription->answeredBy()) == leaderName);
    if (!sameLeader) {
        const bool leaderChanged = m_subscription->isActive() || (m_snapshot->leader && m_snapshot->leader->displayName() != leaderName);
        // After a drop the back-off decides when to try again, unless another master leads now.
        if (leaderChanged || !m_resubscribe->isActive()) {
            qCDebug(lcMesos).noquote() << "Subscribing to the event stream of" << leaderName;
            m_resubscribe->stop();
            m_subscription->start(leader);
        }
    }
    if (!cycle->leader) {
        mesos::MasterInfo info;
        info.hostname = leader.host();
        info.ip = leader.host();
        info.port = leader.port(5050);
        cycle->leader = info;
    }
    bool listed = false;
    for (MasterStatus &master : cycle->masters) {
        master.leader = hostPort(master.url) == leaderName;
        listed = listed || master.leader;
    }
    if (!listed) {
        learnMaster(leader);
        MasterStatus status;
        status.url = leader;
        status.name = leaderName;
        status.reachable = true;
        status.leader = true;
        cycle->masters.push_back(status);
    }
    const bool live = m_subscription->isLive();
    publish([&](ClusterSnapshot &snap) {
        if (live)
            snap.mesos = { ConnectionState::Kind::Live, {}, QDateTime::currentDateTimeUtc() };
        snap.electing = false;
        snap.leader = cycle->leader;
        snap.masters = cycle->masters;
        for (MasterStatus &master : snap.masters) {
            if (master.leader && master.version.isEmpty())
                master.version = snap.mesosVersion;
        }
        snap.metrics = cycle->leaderMetrics;
    });
    finishMesosCycle();
}

void ClusterWatcher::onStreamUpdated(const mesos::MasterStream::Lists &lists, bool subscribed,
                                     const ResourceTotals &totals)
{
    if (!m_running)
        return;
    if (subscribed) {
        qCInfo(lcMesos).noquote() << "Subscribed to the event stream of"
                                  << hostPort(m_subscription->answeredBy());
        m_resubscribeBackoffMs = 0;
        readVersionAndCluster(m_subscription->answeredBy());
    }
    const bool changed = lists.agents != m_snapshot->agents || lists.frameworks != m_snapshot->frameworks
        || lists.tasks != m_snapshot->tasks || !m_snapshot->hasTaskList;
    if (!changed && m_snapshot->mesos.kind == ConnectionState::Kind::Live)
        return;
    publish([&](ClusterSnapshot &snap) {
        snap.mesos = { ConnectionState::Kind::Live, {}, QDateTime::currentDateTimeUtc() };
        snap.agents = lists.agents;
        snap.frameworks = lists.frameworks;
        snap.tasks = lists.tasks;
        snap.hasTaskList = true;
        snap.totals = totals;
    });
}

void ClusterWatcher::onStreamFailed(const Error &reason, bool unsupported)
{
    if (!m_running)
        return;
    if (unsupported) {
        // A master before 1.1: poll it (until another master leads).
        m_noEventsAt = hostPort(m_subscription->answeredBy());
        qCInfo(lcMesos).noquote() << m_noEventsAt << "has no event stream: polling its state instead";
        pollMesos();
        return;
    }
    publish([&](ClusterSnapshot &snap) {
        snap.mesos.kind = ConnectionState::Kind::Error;
        snap.mesos.reason = reason.message;
    });
    m_resubscribeBackoffMs = m_resubscribeBackoffMs == 0 ? kResubscribeInitialMs
                                                         : qMin(kResubscribeMaxMs, m_resubscribeBackoffMs * 2);
    const int jitter = int(QRandomGenerator::global()->bounded(m_resubscribeBackoffMs / 4 + 1));
    m_resubscribe->start(m_resubscribeBackoffMs + jitter);
    qCWarning(lcMesos).noquote() << "Event stream dropped:" << reason.message << "- subscribing again in"
                                 << m_resubscribe->interval() << "ms";
}

// SUBSCRIBED carries no version or cluster name: two small reads give them.
void ClusterWatcher::readVersionAndCluster(const QUrl &master)
{
    m_mesosHttp->get(withPath(master, QStringLiteral("/version")), this, [this](Result<http::HttpResponse> r) {
        if (!r.ok() || !r->isSuccess())
            return;
        const QString version
            = QJsonDocument::fromJson(r->body).object().value(QStringLiteral("version")).toString();
        if (!version.isEmpty() && version != m_snapshot->mesosVersion)
            publish([&](ClusterSnapshot &snap) { snap.mesosVersion = version; });
    });
    m_mesosHttp->get(withPath(master, QStringLiteral("/master/flags")), this, [this](Result<http::HttpResponse> r) {
        if (!r.ok() || !r->isSuccess())
            return;
        const QString cluster = QJsonDocument::fromJson(r->body)
                                    .object()
                                    .value(QStringLiteral("flags"))
                                    .toObject()
                                    .value(QStringLiteral("cluster"))
                                    .toString();
        if (cluster != m_snapshot->clusterName)
            publish([&](ClusterSnapshot &snap) { snap.clusterName = cluster; });
    });
}

void ClusterWatcher::fetchState(std::shared_ptr<MesosCycle> cycle, const QUrl &leader, int hops)
{
    // Without tasks wanted the summary is enough, where the master has one.
    const bool full = m_config.fullState || m_noStateSummary;
    const QString path = !full
        ? QStringLiteral("/master/state-summary")
        : (m_useStateJson ? QStringLiteral("/master/state.json") : QStringLiteral("/master/state"));
    // The full state is parsed as it arrives (never held whole: 150 MB at 100,000 tasks); the
    // summary, a few MB, when it is complete.
    using StateIntake = util::PieceIntake<mesos::StateReader, mesos::MasterState>;
    std::shared_ptr<StateIntake> intake;
    auto answeredBy = std::make_shared<QUrl>();
    if (full) {
        intake = std::make_shared<StateIntake>(
            this, nullptr,
            [this, cycle, hops, answeredBy](Result<mesos::MasterState> state) {
                stateRead(cycle, *answeredBy, hops, std::move(state));
            },
            mesos::MesosParser::kTaskChunkBytes);
    }
    const auto answered =
        [this, cycle, leader, hops, full, intake, answeredBy](Result<http::HttpResponse> raw) {
            if (intake && !(raw.ok() && raw->isSuccess()))
                intake->cancel(); // what arrived of a body is no whole state
            if (raw.ok() && raw->status == 404 && !full) {
                m_noStateSummary = true; // Mesos before 0.24: the full state instead
                qCInfo(lcMesos).noquote()
                    << hostPort(leader) << "has no /master/state-summary (HTTP 404): reading the full state";
                fetchState(cycle, leader, hops);
                return;
            }
            if (raw.ok() && raw->status == 404 && full && !m_useStateJson) {
                m_useStateJson = true; // Mesos before 0.25
                qCInfo(lcMesos).noquote()
                    << hostPort(leader) << "has no /master/state (HTTP 404): reading /master/state.json";
                fetchState(cycle, leader, hops);
                return;
            }
            if (raw.ok() && raw->status == 503) {
                mesosFailed(cycle,
                            { tr("No leading master: %1 says no leader is elected.").arg(hostPort(leader)),
                              QString::fromUtf8(raw->body) },
                            true);
                return;
            }
            auto response = http::HttpClient::expectSuccess(std::move(raw));
            if (!response.ok()) {
                mesosFailed(cycle, response.error());
                return;
            }
            *answeredBy = response->url;
            if (intake) {
                intake->complete();
                return;
            }
            offThread<Result<mesos::MasterState>>(
                this,
                [body = std::move(response.value().body)]() mutable {
                    return mesos::MesosParser::parseStateSummary(std::move(body));
                },
                [this, cycle, answeredBy, hops](Result<mesos::MasterState> state) {
                    stateRead(cycle, *answeredBy, hops, std::move(state));
                });
        };
    if (intake)
        m_mesosHttp->getStreamed(
            withPath(leader, path), this,
            [intake](QByteArray piece) { intake->push(std::move(piece), false); }, answered);
    else
        m_mesosHttp->get(withPath(leader, path), this, answered);
}

// A state read and parsed: a standby's view sends us to its leader once; else the
// leader, the masters and the lists into the snapshot.
void ClusterWatcher::stateRead(std::shared_ptr<MesosCycle> cycle, const QUrl &answeredBy, int hops,
                               Result<mesos::MasterState> state)
{
    if (!state.ok()) {
        mesosFailed(cycle, state.error());
        return;
    }
    mesos::MasterState &s = state.value();
    if (!s.summary && s.leaderPid.isEmpty()) {
        mesosFailed(cycle, { tr("No leading master: %1 knows no leader.").arg(hostPort(answeredBy)), {} },
                    true);
        return;
    }
    if (!s.summary && !s.answeredByLeader() && hops == 0) {
        // 0.19-0.28 standbys answer with their own near-empty view.
        qCDebug(lcMesos).noquote() << hostPort(answeredBy) << "is a standby: reading the state of"
                                   << s.leader().displayName();
        fetchState(cycle, s.leader().url(), 1);
        return;
    }
    if (!s.summary) {
        cycle->leader = s.leader();
        if (cycle->leader->hostname.isEmpty() || cycle->leader->hostname == cycle->leader->ip)
            cycle->leader->hostname = s.hostname;
    } else if (!cycle->leader) {
        mesos::MasterInfo info;
        info.hostname = s.hostname;
        info.ip = answeredBy.host();
        info.port = answeredBy.port(5050);
        cycle->leader = info;
    }
    markLeader(*cycle, answeredBy, s.version);
    auto agents = std::make_shared<const std::vector<mesos::Agent>>(std::move(s.agents));
    auto frameworks = std::make_shared<const std::vector<mesos::Framework>>(std::move(s.frameworks));
    std::shared_ptr<const mesos::TaskList> tasks;
    if (!s.summary)
        tasks = std::make_shared<const mesos::TaskList>(std::move(s.tasks));
    const ResourceTotals totals = ResourceTotals::of(*agents, *frameworks, tasks.get());
    publish([&](ClusterSnapshot &snap) {
        snap.mesos = { ConnectionState::Kind::Live, {}, QDateTime::currentDateTimeUtc() };
        snap.electing = false;
        snap.leader = cycle->leader;
        snap.masters = cycle->masters;
        snap.clusterName = s.cluster;
        if (!s.version.isEmpty())
            snap.mesosVersion = s.version;
        snap.metrics = cycle->leaderMetrics;
        snap.totals = totals;
        snap.agents = agents;
        snap.frameworks = frameworks;
        if (tasks) {
            snap.tasks = tasks;
            snap.hasTaskList = true;
        }
    });
    finishMesosCycle();
}

void ClusterWatcher::markLeader(MesosCycle &cycle, const QUrl &answeredBy, const QString &version)
{
    const QString leaderName = hostPort(answeredBy);
    bool listed = false;
    for (MasterStatus &master : cycle.masters) {
        master.leader = hostPort(master.url) == leaderName;
        listed = listed || master.leader;
        if (master.leader && !version.isEmpty())
            master.version = version;
    }
    if (!listed) {
        learnMaster(answeredBy);
        MasterStatus status;
        status.url = QUrl(answeredBy.toString(QUrl::RemovePath | QUrl::RemoveQuery));
        status.name = cycle.leader->displayName();
        status.reachable = true;
        status.leader = true;
        status.version = version;
        cycle.masters.push_back(status);
    }
}

void ClusterWatcher::mesosFailed(std::shared_ptr<MesosCycle> cycle, const Error &error, bool electing)
{
    publish([&](ClusterSnapshot &snap) {
        snap.mesos.kind = ConnectionState::Kind::Error;
        snap.mesos.reason = error.message;
        snap.electing = electing;
        if (electing)
            snap.leader.reset();
        if (!cycle->masters.empty()) {
            for (MasterStatus &master : cycle->masters)
                master.leader = master.leader && !electing;
            snap.masters = cycle->masters;
        }
    });
    finishMesosCycle();
}

void ClusterWatcher::setUpdateInterval(int ms)
{
    const int batchMs = qBound(MasterSubscription::kDefaultBatchMs, ms, MasterSubscription::kMaxBatchMs);
    m_marathonBatch->setInterval(batchMs);
    if (m_subscription)
        m_subscription->setBatchInterval(batchMs);
}

void ClusterWatcher::setPollInterval(int ms)
{
    if (ms <= 0 || ms == m_config.pollIntervalMs)
        return;
    m_config.pollIntervalMs = ms;
    if (m_staleFromInterval)
        m_config.staleAfterMs = 3 * ms + 1000;
    m_intervalMs = ms;
    if (m_mesosTimer->isActive())
        m_mesosTimer->start(m_intervalMs);
    if (m_marathonTimer->isActive()) {
        const bool streaming = m_events && m_events->isConnected();
        m_marathonTimer->start(ms * (streaming ? kEventPollFactor : 1));
    }
}

void ClusterWatcher::finishMesosCycle()
{
    m_mesosBusy = false;
    if (!m_running)
        return;
    // Adaptive: a cycle that took long (big cluster, slow master) spaces the next ones out.
    const qint64 took = m_cycleClock.elapsed();
    const int before = m_intervalMs;
    m_intervalMs = int(std::clamp<qint64>(took * 4, m_config.pollIntervalMs, m_config.maxPollIntervalMs));
    if (m_intervalMs != before)
        qCDebug(lcMesos) << "A cycle took" << took << "ms: polling every" << m_intervalMs << "ms";
    if (m_mesosAgain) {
        m_mesosAgain = false;
        m_mesosTimer->start(0);
    } else {
        m_mesosTimer->start(m_intervalMs);
    }
}

void ClusterWatcher::probeZooKeeper()
{
    const auto url = zookeeper::ZkUrl::parse(zkUrl());
    if (!url.ok())
        return;
    auto results = std::make_shared<std::vector<zookeeper::ZkServerStatus>>(size_t(url->hosts.size()));
    auto pending = std::make_shared<int>(int(url->hosts.size()));
    for (qsizetype i = 0; i < url->hosts.size(); ++i) {
        const QString host = url->hosts[i].section(u':', 0, -2);
        const auto port = quint16(url->hosts[i].section(u':', -1).toUInt());
        zookeeper::ZooKeeperProbe::probe(
            host, port, this, [this, results, pending, i](zookeeper::ZkServerStatus s) {
                (*results)[size_t(i)] = std::move(s);
                if (--*pending == 0)
                    publish([&](ClusterSnapshot &snap) { snap.zookeeper = *results; });
            });
    }
}

// ---- Marathon --------------------------------------------------------------

void ClusterWatcher::scheduleMarathonRefresh()
{
    if (!m_marathonDebounce->isActive())
        m_marathonDebounce->start();
}

void ClusterWatcher::onMarathonEvent(const http::ServerSentEvent &event)
{
    static const QStringList kIgnored { QStringLiteral("event_stream_attached"),
                                        QStringLiteral("event_stream_detached"),
                                        QStringLiteral("framework_message_event") };
    if (kIgnored.contains(event.type))
        return;
    if (event.type == u"deployment_failed") {
        // Only the event tells a failed deployment from a finished one: both leave /v2/deployments.
        const QJsonObject data = QJsonDocument::fromJson(event.data).object();
        const QString id = data.value(QStringLiteral("id")).toString();
        if (!id.isEmpty()) {
            publish([&](ClusterSnapshot &snap) {
                snap.failedDeployments.append({ id, data.value(QStringLiteral("reason")).toString() });
                while (snap.failedDeployments.size() > kFailedDeploymentsKept)
                    snap.failedDeployments.removeFirst();
            });
        }
    } else if (event.type == u"deployment_success") {
        // A deployment may begin and end between two reads of /v2/deployments: the event tells it.
        const QJsonObject data = QJsonDocument::fromJson(event.data).object();
        const QString id = data.value(QStringLiteral("id")).toString();
        QStringList apps;
        QStringList destroyed;
        for (const QJsonArray steps =
                 data.value(QStringLiteral("plan")).toObject().value(QStringLiteral("steps")).toArray();
             const QJsonValue &step : steps)
            for (const QJsonArray actions = step.toObject().value(QStringLiteral("actions")).toArray();
                 const QJsonValue &action : actions) {
                const QString app = action.toObject().value(QStringLiteral("app")).toString();
                if (!app.isEmpty() && !apps.contains(app))
                    apps.append(app);
                if (!app.isEmpty() && action.toObject().value(QStringLiteral("action")).toString() == u"StopApplication")
                    destroyed.append(app);
            }
        if (!id.isEmpty()) {
            publish([&](ClusterSnapshot &snap) {
                snap.succeededDeployments.append({ id, apps });
                while (snap.succeededDeployments.size() > kFailedDeploymentsKept)
                    snap.succeededDeployments.removeFirst();
                if (!destroyed.isEmpty())
                    snap.destroyingDeployments.append({ id, destroyed });
                while (snap.destroyingDeployments.size() > kFailedDeploymentsKept)
                    snap.destroyingDeployments.removeFirst();
            });
        }
    }
    // The event is the data once a full read is there (or on its way: changes apply in order after it).
    // It is read with the batch, on the worker: a burst of status updates costs the GUI thread nothing.
    if (m_marathonState->ready() || m_marathonBusy) {
        changeMarathon([type = event.type, data = event.data](marathon::MarathonState &state) {
            state.apply(type, data);
        });
        return;
    }
    scheduleMarathonRefresh();
}

void ClusterWatcher::changeMarathon(std::function<void(marathon::MarathonState &)> change)
{
    m_marathonChanges.push_back(std::move(change));
    startMarathonBatch();
}

// Changes wait for the batch interval, or longer after a costly batch (see Pacer).
void ClusterWatcher::startMarathonBatch()
{
    if (m_marathonApplying || m_marathonBatch->isActive() || m_marathonChanges.empty())
        return;
    const qint64 since = m_marathonBatchStarted.isValid() ? m_marathonBatchStarted.elapsed() : 0;
    m_marathonBatch->start(qMax(m_marathonBatch->interval(), m_marathonPacer.delayMs(since)));
}

void ClusterWatcher::runMarathonChanges()
{
    if (m_marathonApplying || m_marathonChanges.empty())
        return;
    m_marathonApplying = true;
    m_marathonBatchStarted.start();
    struct Applied
    {
        marathon::MarathonState::Lists lists;
        marathon::MarathonState::FollowUp followUp;
        qint64 costNs = 0;
    };
    offThread<std::shared_ptr<Applied>>(
        this,
        [state = m_marathonState, changes = std::exchange(m_marathonChanges, {})] {
            QElapsedTimer cost;
            cost.start();
            for (const auto &change : changes)
                change(*state);
            auto applied = std::make_shared<Applied>(Applied { state->lists(), state->takeFollowUp() });
            applied->costNs = cost.nsecsElapsed();
            return applied;
        },
        [this](std::shared_ptr<Applied> applied) {
            m_marathonApplying = false;
            m_marathonPacer.record(applied->costNs);
            const auto &lists = applied->lists;
            // Events are no answer of Marathon's API: while its reads fail (slow, erring) the error stays.
            const bool live = !m_marathonReadFailed;
            if (lists.apps != m_snapshot->apps || lists.tasks != m_snapshot->marathonTasks
                || lists.deployments != m_snapshot->deployments
                || (live && m_snapshot->marathon.kind != ConnectionState::Kind::Live)) {
                publish([&](ClusterSnapshot &snap) {
                    if (live)
                        snap.marathon = { ConnectionState::Kind::Live, {}, QDateTime::currentDateTimeUtc() };
                    snap.apps = lists.apps;
                    snap.marathonTasks = lists.tasks;
                    snap.deployments = lists.deployments;
                });
            }
            if (applied->followUp.everything)
                m_marathonFullWanted = true;
            if (applied->followUp.everything || applied->followUp.refresh)
                scheduleMarathonRefresh();
            readApps(applied->followUp.apps);
            startMarathonBatch();
        });
}

// Reads apps alone (/v2/apps/{id}) whose definition an event cannot carry.
void ClusterWatcher::readApps(const QStringList &appIds)
{
    const QUrl base = m_config.marathons.value(m_marathonIndex % qMax(1, int(m_config.marathons.size())));
    for (const QString &appId : appIds) {
        if (m_appsReading.contains(appId) || !appId.startsWith(u'/'))
            continue;
        m_appsReading << appId;
        const QString path = QStringLiteral("/v2/apps%1?embed=app.tasks&embed=app.deployments&embed=app.lastTaskFailure")
                                 .arg(QString::fromUtf8(QUrl::toPercentEncoding(appId, "/")));
        m_marathonHttp->get(withPath(base, path), this, [this, appId](Result<http::HttpResponse> response) {
            m_appsReading.removeAll(appId);
            if (response.ok() && response->status == 404) {
                changeMarathon([appId](marathon::MarathonState &state) { state.replaceApp(appId, std::nullopt, {}); });
                return;
            }
            if (!response.ok() || !response->isSuccess()) {
                appReadFailed(appId, http::HttpClient::expectSuccess(std::move(response)).error());
                return;
            }
            offThread<Result<marathon::MarathonParser::AppsAndTasks>>(
                this, [body = response->body] { return marathon::MarathonParser::parseApps(body); },
                [this, appId](Result<marathon::MarathonParser::AppsAndTasks> parsed) {
                    if (!parsed.ok() || parsed->apps.empty()) {
                        // The same answer again would not parse better: the full read has the app.
                        appReadFailed(appId,
                                      parsed.ok() ? Error { QStringLiteral("no app in the answer"), {} }
                                                  : parsed.error(),
                                      false);
                        return;
                    }
                    m_appReadAttempts.remove(appId);
                    auto read = std::make_shared<marathon::MarathonParser::AppsAndTasks>(std::move(parsed).value());
                    changeMarathon([appId, read](marathon::MarathonState &state) {
                        state.replaceApp(appId, std::move(read->apps.front()), std::move(read->tasks));
                    });
                });
        });
    }
}

// A re-read of one app failed: it is tried again after a back-off (a slow or erring Marathon may
// answer the next one), and after kAppReadAttempts, or when trying again cannot help, the next read
// of Marathon is a full one. Until then the app stays as the events left it.
void ClusterWatcher::appReadFailed(const QString &appId, const Error &error, bool retry)
{
    const int attempts = ++m_appReadAttempts[appId];
    if (retry && attempts < kAppReadAttempts) {
        const int delayMs = kAppReadRetryMs << (attempts - 1);
        qCDebug(lcMarathon).noquote()
            << "Reading app" << appId << "failed:" << error.message << "- trying again in" << delayMs << "ms";
        QTimer::singleShot(delayMs, this, [this, appId] {
            if (m_running && m_appReadAttempts.contains(appId))
                readApps({ appId });
        });
        return;
    }
    m_appReadAttempts.remove(appId);
    qCInfo(lcMarathon).noquote() << "Reading app" << appId << "failed" << attempts
                                 << "times:" << error.message << "- reading all apps instead";
    m_marathonFullWanted = true;
    scheduleMarathonRefresh();
}

namespace {
// The body of a successful answer; empty for a failed one.
QByteArray successBody(const Result<http::HttpResponse> &answer)
{
    return answer.ok() && answer->isSuccess() ? answer->body : QByteArray();
}

// /v2/info with the leader /v2/leader names; either body may be empty (not read).
std::optional<marathon::MarathonInfo> parseInfoAndLeader(const QByteArray &infoBody,
                                                         const QByteArray &leaderBody)
{
    std::optional<marathon::MarathonInfo> parsed;
    if (!infoBody.isEmpty()) {
        if (auto info = marathon::MarathonParser::parseInfo(infoBody); info.ok())
            parsed = info.value();
    }
    if (!leaderBody.isEmpty()) {
        if (auto leader = marathon::MarathonParser::parseLeader(leaderBody); leader.ok()) {
            if (!parsed)
                parsed = marathon::MarathonInfo {};
            parsed->leader = leader.value();
        }
    }
    return parsed;
}
} // namespace

// A full read of Marathon, parsed.
struct ClusterWatcher::MarathonRead
{
    Result<marathon::MarathonParser::AppsAndTasks> apps = Error {};
    std::optional<marathon::MarathonInfo> info;
    std::optional<std::vector<marathon::Deployment>> deployments;
};

void ClusterWatcher::readMarathonFirstTime()
{
    if (m_running && !m_marathonBusy && !m_marathonState->ready())
        refreshMarathon();
}

void ClusterWatcher::refreshMarathon()
{
    if (!m_running || m_config.marathons.isEmpty())
        return;
    if (m_marathonBusy) {
        m_marathonAgain = true;
        return;
    }
    m_marathonBusy = true;
    m_marathonTimer->stop();
    const QUrl base = m_config.marathons.value(m_marathonIndex % m_config.marathons.size());
    // With events as data a timed refresh reads only the small answers: the lists follow the events.
    const bool light = m_events && m_events->isConnected() && m_marathonState->ready() && !m_marathonFullWanted;

    struct Bodies
    {
        std::optional<Result<http::HttpResponse>> info, leader, apps, deployments;
        int pending = 4;
    };
    auto bodies = std::make_shared<Bodies>();
    bodies->pending = light ? 3 : 4;
    auto done = [this, bodies, light] {
        if (--bodies->pending > 0)
            return;
        if (light)
            finishLightMarathonRead(bodies->info.value(), bodies->leader.value(), bodies->deployments.value());
        else
            finishFullMarathonRead(std::move(*bodies->apps), *bodies->info, *bodies->leader,
                                   *bodies->deployments);
    };
    m_marathonHttp->get(withPath(base, QStringLiteral("/v2/info")), this,
                        [bodies, done](Result<http::HttpResponse> r) {
                            bodies->info = std::move(r);
                            done();
                        });
    m_marathonHttp->get(withPath(base, QStringLiteral("/v2/leader")), this,
                        [bodies, done](Result<http::HttpResponse> r) {
                            bodies->leader = std::move(r);
                            done();
                        });
    if (!light) {
        m_marathonHttp->get(withPath(base,
                                     QStringLiteral("/v2/apps?embed=apps.tasks&embed=apps.deployments&embed="
                                                    "apps.lastTaskFailure&embed=apps.counts")),
                            this, [bodies, done](Result<http::HttpResponse> r) {
                                bodies->apps = std::move(r);
                                done();
                            });
    }
    m_marathonHttp->get(withPath(base, QStringLiteral("/v2/deployments")), this,
                        [bodies, done](Result<http::HttpResponse> r) {
                            bodies->deployments = std::move(r);
                            done();
                        });
}

// The apps list failed: the next Marathon (unless it timed out) and the error shown; else
// the answers parsed off the thread.
void ClusterWatcher::finishFullMarathonRead(Result<http::HttpResponse> appsAnswer,
                                            const Result<http::HttpResponse> &info,
                                            const Result<http::HttpResponse> &leader,
                                            const Result<http::HttpResponse> &deployments)
{
    auto apps = http::HttpClient::expectSuccess(std::move(appsAnswer));
    if (!apps.ok()) {
        if (m_config.marathons.size() > 1 && apps.error().detail != QStringLiteral("timeout")) {
            m_marathonIndex = (m_marathonIndex + 1) % int(m_config.marathons.size());
            qCWarning(lcMarathon).noquote()
                << "Trying the next Marathon," << hostPort(m_config.marathons[m_marathonIndex]);
            if (m_events)
                m_events->start(withPath(m_config.marathons[m_marathonIndex], QStringLiteral("/v2/events")));
        }
        m_marathonReadFailed = true;
        publish([&](ClusterSnapshot &snap) {
            snap.marathon.kind = ConnectionState::Kind::Error;
            snap.marathon.reason = apps.error().message;
        });
        m_marathonBusy = false;
        m_marathonTimer->start(m_config.pollIntervalMs);
        return;
    }
    // The apps body (tens of MB at scale) has one owner on its way to the parse, which can then
    // pad it in place instead of copying it, and frees it as soon as it is parsed.
    auto appsBody = std::make_shared<QByteArray>(std::move(apps.value().body));
    QByteArray infoBody = successBody(info);
    QByteArray leaderBody = successBody(leader);
    QByteArray deploymentsBody = successBody(deployments);
    offThread<std::shared_ptr<MarathonRead>>(
        this,
        [appsBody, infoBody, leaderBody, deploymentsBody] {
            auto parsed = std::make_shared<MarathonRead>();
            parsed->apps = marathon::MarathonParser::parseApps(std::exchange(*appsBody, {}));
            parsed->info = parseInfoAndLeader(infoBody, leaderBody);
            if (!deploymentsBody.isEmpty()) {
                if (auto d = marathon::MarathonParser::parseDeployments(deploymentsBody); d.ok())
                    parsed->deployments = std::move(d).value();
            }
            return parsed;
        },
        [this](std::shared_ptr<MarathonRead> parsed) { applyMarathonRead(std::move(parsed)); });
}

// A full read into the snapshot (through the events' state when they are the data).
void ClusterWatcher::applyMarathonRead(std::shared_ptr<MarathonRead> parsed)
{
    m_marathonReadFailed = !parsed->apps.ok();
    if (!parsed->apps.ok()) {
        publish([&](ClusterSnapshot &snap) {
            snap.marathon.kind = ConnectionState::Kind::Error;
            snap.marathon.reason = parsed->apps.error().message;
        });
    } else {
        auto &appsAndTasks = parsed->apps.value();
        if (m_events) {
            // Events as data: the read resets the lists the events then change (diffed by the models).
            m_marathonFullWanted = false;
            changeMarathon([parsed](marathon::MarathonState &state) {
                state.reset(std::move(parsed->apps.value().apps), std::move(parsed->apps.value().tasks),
                            parsed->deployments ? std::move(*parsed->deployments)
                                                : std::vector<marathon::Deployment> {});
            });
            if (parsed->info)
                publish([&](ClusterSnapshot &snap) { snap.marathonInfo = parsed->info; });
        } else {
            publish([&](ClusterSnapshot &snap) {
                snap.marathon = { ConnectionState::Kind::Live, {}, QDateTime::currentDateTimeUtc() };
                snap.apps = std::make_shared<const SharedList<marathon::App>>(std::move(appsAndTasks.apps));
                snap.marathonTasks = std::make_shared<const SharedList<marathon::MarathonTask>>(
                    std::move(appsAndTasks.tasks));
                if (parsed->info)
                    snap.marathonInfo = parsed->info;
                if (parsed->deployments) {
                    snap.deployments = std::make_shared<const std::vector<marathon::Deployment>>(
                        std::move(*parsed->deployments));
                }
            });
        }
    }
    m_marathonBusy = false;
    if (m_marathonAgain) {
        m_marathonAgain = false;
        scheduleMarathonRefresh();
    }
    const bool streaming = m_events && m_events->isConnected();
    m_marathonTimer->start(m_config.pollIntervalMs * (streaming ? kEventPollFactor : 1));
}

void ClusterWatcher::finishLightMarathonRead(const Result<http::HttpResponse> &info,
                                             const Result<http::HttpResponse> &leader,
                                             const Result<http::HttpResponse> &deployments)
{
    m_marathonBusy = false;
    const std::optional<marathon::MarathonInfo> parsedInfo
        = parseInfoAndLeader(successBody(info), successBody(leader));
    if (deployments.ok() && deployments->isSuccess()) {
        if (auto d = marathon::MarathonParser::parseDeployments(deployments->body); d.ok()) {
            auto list = std::make_shared<std::vector<marathon::Deployment>>(std::move(d).value());
            changeMarathon([list](marathon::MarathonState &state) { state.setDeployments(std::move(*list)); });
        }
    }
    // The read is a sign of life only when every answer is one. An HTTP error (a 500 of a Marathon
    // that lost its leader, say) is none: the event stream may still be up while Marathon answers
    // nothing else. Nor is a /v2/info that answered before Marathon slowed down while /v2/leader
    // or /v2/deployments then timed out: that is the outage going on, not a recovery between two
    // errors. (A 404 of /v2/leader or /v2/deployments is a Marathon without them, and alive.)
    std::optional<Error> failure;
    if (auto answered = http::HttpClient::expectSuccess(info); !answered.ok())
        failure = answered.error();
    for (const Result<http::HttpResponse> *answer : { &leader, &deployments }) {
        if (failure || (answer->ok() && answer->value().status == 404))
            continue;
        if (auto answered = http::HttpClient::expectSuccess(*answer); !answered.ok())
            failure = answered.error();
    }
    m_marathonReadFailed = failure.has_value();
    if (failure) {
        publish([&](ClusterSnapshot &snap) {
            snap.marathon.kind = ConnectionState::Kind::Error;
            snap.marathon.reason = failure->message;
        });
    } else {
        publish([&](ClusterSnapshot &snap) {
            snap.marathon = { ConnectionState::Kind::Live, {}, QDateTime::currentDateTimeUtc() };
            if (parsedInfo)
                snap.marathonInfo = parsedInfo;
        });
    }
    if (m_marathonAgain) {
        m_marathonAgain = false;
        scheduleMarathonRefresh();
    }
    m_marathonTimer->start(m_config.pollIntervalMs * kEventPollFactor);
}

void ClusterWatcher::checkStale()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto stale = [&](const ConnectionState &state, int afterMs) {
        return state.kind == ConnectionState::Kind::Live && state.lastSuccess.isValid()
            && state.lastSuccess.msecsTo(now) > afterMs;
    };
    const bool mesosStale = stale(m_snapshot->mesos, m_config.staleAfterMs);
    // With a live event stream Marathon is re-read on every change and polled less often. Once the
    // stream dropped, the data was current until then (the events kept it so): without the stream
    // it is stale when neither the last read nor the drop is recent, never for the drop alone.
    const bool streaming = m_events && m_events->isConnected();
    const int streamedStaleMs = 3 * m_config.pollIntervalMs * kEventPollFactor + 1000;
    bool marathonStale = stale(m_snapshot->marathon, streamedStaleMs);
    if (!streaming && !marathonStale) {
        const bool justLost
            = m_marathonStreamLost.isValid() && m_marathonStreamLost.msecsTo(now) <= m_config.staleAfterMs;
        marathonStale = !justLost && stale(m_snapshot->marathon, m_config.staleAfterMs);
    }
    if (!mesosStale && !marathonStale)
        return;
    publish([&](ClusterSnapshot &snap) {
        if (mesosStale)
            snap.mesos.kind = ConnectionState::Kind::Stale;
        if (marathonStale)
            snap.marathon.kind = ConnectionState::Kind::Stale;
    });
}

} // namespace mc::cluster
