// The soak (issue 22): the console as `mesos-console --demo` builds it (MainWindow offscreen, every
// page built and shown once, a task's log followed, Routing's automatic sync on) against its demo
// cluster (localcluster: 3 masters in a ZooKeeper ensemble when ZooKeeper is installed, 2 agents,
// the demo apps) for M minutes while faults repeat: the leading master killed every S seconds and
// restarted, and between two kills one of the other faults in turn: both event streams dropped
// (the leader's v1 SUBSCRIBE and Marathon's /v2/events), an agent lost and restored, Marathon
// answering 500, Marathon answering slower than the console's timeout, a task flapping (its
// process killed three times, Marathon relaunching it each time).
//
// Prints a sample every 30 s (RSS, open file descriptors, threads) and at the end: RSS after the
// first B minutes (the baseline) against the end, fds and threads over the run, each fault with
// what the console told about it (notifications, and the status bar's Mesos / Marathon state)
// and about its recovery, and every view (agents, frameworks, apps, tasks, deployments) against a
// fresh read. Figures and verdicts only: the exit code is not 0 only when the bench could not run.
//
//   build-release/bench/bench_soak [--minutes 30] [--fault-every 120] [--baseline 5] [--sample 30]

#include "app/gui/ClusterSession.h"
#include "app/gui/Composition.h"
#include "app/gui/DemoCluster.h"
#include "core/cluster/ClusterWatcher.h"
#include "models/cluster/ClusterModels.h"
#include "models/cluster/SnapshotTableModel.h"
#include "tests/support/DemoConsole.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/ProcessStats.h"
#include "widgets/logs/LogView.h"
#include "widgets/mainwindow/MainWindow.h"
#include "widgets/notify/NotificationCenter.h"
#include "widgets/routing/RoutingView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <vector>

using namespace mc;

namespace {

using Kind = cluster::ConnectionState::Kind;

constexpr int kFlapFailures = 3; // process kills in one flapping episode
constexpr int kSlowAnswerMs = 12000; // over the console's 10 s HTTP timeout
constexpr int kSettleSeconds = 60; // faults off before the views are compared
constexpr int kCompareSeconds = 90; // how long the views may take to equal a fresh read

int openFds()
{
    return int(
        QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size());
}

QString clock()
{
    return QDateTime::currentDateTimeUtc().toString(u"hh:mm:ss");
}

struct Sample
{
    double minute = 0;
    double rssMb = 0;
    int fds = 0;
    int threads = 0;
};

// What the console told, with when (seconds since the soak began).
struct Told
{
    double at = 0;
    cluster::Notice notice;
};
struct StateChange
{
    double at = 0;
    QString what; // "Mesos error: …", "Marathon live"
    bool live = false;
};

// One fault and its recovery; what the console told in [start, end) is its.
struct Episode
{
    QString kind; // leader, streams, agent, 500s, slow, flap
    QString subject; // what the notices about it name: a master's host:port, an agent's, an app id
    double start = 0;
    double recoveredAt = -1;
    double end = 1e18;
    QString note; // what was done, for the table
};

// The admin calls of localcluster (any server answers them; Marathon's never dies).
class Faults
{
public:
    explicit Faults(QString adminUrl)
        : m_url(std::move(adminUrl))
    { }
    QJsonObject post(const QString &path, const QJsonObject &body = {}) const
    {
        const test::HttpResult r
            = test::httpRequest("POST", m_url + QStringLiteral("/__admin/") + path,
                                body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(),
                                { { "Content-Type", "application/json" } });
        if (r.status / 100 != 2)
            std::printf("%s admin %s: %d %s\n", qPrintable(clock()), qPrintable(path), r.status,
                        r.body.trimmed().constData());
        if (r.status == 404 && r.body.contains("Unknown admin call")) {
            // A localcluster without this fault: the soak would measure something else.
            std::fprintf(stderr, "bench_soak: localcluster has no /__admin/%s (an old build?)\n",
                         qPrintable(path));
            std::exit(1);
        }
        return r.json().object();
    }
    void clearFaults() const { test::httpRequest("DELETE", m_url + QStringLiteral("/__admin/faults")); }

private:
    QString m_url;
};

// "host:port" of a URL, as the notices name masters and agents.
QString hostPort(const QString &url)
{
    const QUrl u(url);
    return QStringLiteral("%1:%2").arg(u.host()).arg(u.port());
}

// A model's rows as id -> the display text of its columns (without those that change between two
// reads of the same state: the usage a sampler adds, `skip`).
std::map<QString, QStringList> rowsOf(const QAbstractItemModel *model, const std::vector<int> &skip = {})
{
    std::map<QString, QStringList> rows;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c) {
            if (std::find(skip.begin(), skip.end(), c) == skip.end())
                cells << model->index(r, c).data().toString();
        }
        rows[model->index(r, 0).data(models::IdRole).toString()] = cells;
    }
    return rows;
}

// The rows where the console's views differ from `fresh`: "model id" -> "shown [...], fresh [...]".
std::map<QString, QString> viewDifferences(const models::ClusterModels &shown,
                                           const models::ClusterModels &fresh)
{
    std::map<QString, QString> out;
    const auto compare = [&out](const QString &name, const QAbstractItemModel *a, const QAbstractItemModel *b,
                                const std::vector<int> &skip) {
        const auto was = rowsOf(a, skip);
        const auto now = rowsOf(b, skip);
        if (was == now)
            return;
        for (const auto &[id, cells] : was) {
            const auto it = now.find(id);
            if (it == now.end())
                out[name + u' ' + id] = QStringLiteral("shown, not in a fresh read");
            else if (it->second != cells)
                out[name + u' ' + id]
                    = QStringLiteral("shown [%1], fresh [%2]")
                          .arg(cells.join(QStringLiteral(" | ")), it->second.join(QStringLiteral(" | ")));
        }
        for (const auto &[id, cells] : now) {
            if (!was.count(id))
                out[name + u' ' + id] = QStringLiteral("in a fresh read, not shown");
        }
    };
    compare(QStringLiteral("agent"), shown.agents(), fresh.agents(), {});
    compare(QStringLiteral("framework"), shown.frameworks(), fresh.frameworks(), {});
    compare(QStringLiteral("app"), shown.apps(), fresh.apps(), {});
    compare(QStringLiteral("task"), shown.tasks(), fresh.tasks(),
            { models::TasksModel::CpuUsed, models::TasksModel::MemoryUsed });
    compare(QStringLiteral("deployment"), shown.deployments(), fresh.deployments(), {});
    return out;
}

// A fresh read of the cluster (the console's own watcher configuration, polled instead of
// followed by events) compared with the console's views at each of its snapshots, until one
// comparison finds them equal or kCompareSeconds pass. /demo/flaky changes every 20 s or so, so a
// read and the view may be a moment apart: a row that differs in one comparison and not in the
// next is such a moment; one that differs in every comparison is a view that is wrong.
struct Comparison
{
    int tries = 0;
    int equal = 0;
    double seconds = 0;
    std::map<QString, int> differed; // row -> comparisons it differed in
    std::map<QString, QString> last; // row -> how it differed last
};

class Soak : public QObject
{
public:
    Soak(widgets::MainWindow *window, app::Composition *composition, double minutes, int faultEvery)
        : m_window(window)
        , m_composition(composition)
        , m_minutes(minutes)
        , m_faultEvery(faultEvery)
        , m_faults(composition->demoCluster()->endpoints().marathonUrl)
    { }

    // Everything a user would have open: every page, a followed log, Routing syncing by itself.
    bool openEverything()
    {
        for (const QString &id : m_window->pageIds()) {
            m_window->showPage(id);
            QTest::qWait(300);
        }
        m_window->showPage(QStringLiteral("tasks"));
        if (auto *routing = m_window->findChild<widgets::RoutingView *>())
            routing->setAutoSync(true);
        else
            return fail("no Routing page");
        // The log of a /demo/ticker task (a line every 2 s); the faults spare its agent.
        const cluster::SnapshotPtr s = m_composition->watcher()->snapshot();
        for (const mesos::Task &task : *s->tasks) {
            if (task.state == mesos::TaskState::Running && task.id.contains(u"demo_ticker")) {
                m_followedTask = task.id;
                m_followedAgent = task.agentId;
                break;
            }
        }
        if (m_followedTask.isEmpty() || !m_composition->openLogsOfARunningTask(m_followedTask))
            return fail("no running /demo/ticker task to follow");
        QTest::qWait(2000);
        for (widgets::LogView *view : m_window->findChildren<widgets::LogView *>()) {
            if (view->source())
                connect(view->source(), &logs::LogSource::dataReceived, this,
                        [this](qint64, const QByteArray &bytes) { m_logBytes += bytes.size(); });
        }
        return true;
    }

    void watch()
    {
        auto *center = m_window->findChild<widgets::NotificationCenter *>();
        connect(center, &widgets::NotificationCenter::notified, this,
                [this](const widgets::NotificationCenter::Entry &e) {
                    m_told.push_back({ now(), e.notice });
                    std::printf("%s told: %s: %s\n", qPrintable(clock()), qPrintable(e.notice.title),
                                qPrintable(e.notice.text.section(u'\n', 0, 0)));
                });
        connect(m_composition->activeSession()->models(), &models::ClusterModels::snapshotApplied, this,
                [this](const cluster::SnapshotPtr &s) {
                    noteState(QStringLiteral("Mesos"), s->mesos, m_mesosKind);
                    noteState(QStringLiteral("Marathon"), s->marathon, m_marathonKind);
                });
    }

    void run()
    {
        m_clock.start();
        sample();
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, &Soak::sample);
        sampler.start(m_sampleMs);
        const double total = m_minutes * 60;
        int cycle = 0;
        while (now() + 1 < total) {
            const double cycleStart = now();
            const double cycleEnd = std::min(total, cycleStart + m_faultEvery);
            const auto at = [&](double fraction) { return cycleStart + fraction * m_faultEvery; };
            leaderEpisode(at(0.2));
            waitUntil(at(0.45), cycleEnd);
            if (now() + 0.3 * m_faultEvery < cycleEnd)
                otherEpisode(cycle, at(0.7));
            waitUntil(cycleEnd, total);
            ++cycle;
        }
        closeLastEpisode();
        m_faults.clearFaults();
        std::printf("%s faults over; %d s to settle\n", qPrintable(clock()), kSettleSeconds);
        QTest::qWait(kSettleSeconds * 1000);
        sampler.stop();
        sample();
    }

    void report(const Comparison &views) const
    {
        std::printf("\n== samples (every %d s) ==\nminute | RSS MB | fds | threads\n", m_sampleMs / 1000);
        for (const Sample &s : m_samples)
            std::printf("%6.1f | %6.1f | %3d | %3d\n", s.minute, s.rssMb, s.fds, s.threads);
        reportResources();
        reportEpisodes();
        std::printf("\n== views (agents, frameworks, apps, tasks, deployments) against a fresh read ==\n");
        std::printf("%d comparisons in %.0f s, %d equal\n", views.tries, views.seconds, views.equal);
        int persistent = 0;
        for (const auto &[row, count] : views.differed) {
            const bool always = count == views.tries;
            persistent += always;
            std::printf("  %s %s (in %d of %d): %s\n", always ? "DIFFERS" : "moment", qPrintable(row), count,
                        views.tries, qPrintable(views.last.at(row)));
        }
        std::printf(
            "verdict views: %s\n",
            views.equal > 0 ? "PASS (equal to a fresh read)"
                : persistent == 0 && views.tries > 0
                ? "PASS (every difference gone in the next comparison: the cluster changed between the reads)"
                : views.tries == 0 ? "FAIL (no fresh read)"
                                   : "FAIL (rows that differ in every comparison)");
        std::printf("followed log: %s, %lld bytes received during the soak, %s\n", qPrintable(m_followedTask),
                    m_logBytes, followingNow() ? "still following" : "NOT following any more");
    }

    [[nodiscard]] double baselineMinutes() const { return m_baselineMinutes; }
    void setBaselineMinutes(double minutes) { m_baselineMinutes = minutes; }
    void setSampleSeconds(int seconds) { m_sampleMs = seconds * 1000; }

private:
    bool fail(const char *why)
    {
        std::fprintf(stderr, "bench_soak: %s\n", why);
        return false;
    }
    double now() const { return double(m_clock.elapsed()) / 1000.0; }
    void waitUntil(double second, double limit)
    {
        const double until = std::min(second, limit);
        while (now() < until)
            QTest::qWait(int(std::min(1000.0, (until - now()) * 1000) + 1));
    }

    void sample()
    {
        m_samples.push_back({ now() / 60.0, test::procStatusKb("VmRSS") / 1024.0, openFds(),
                              int(test::procStatusKb("Threads")) });
        const Sample &s = m_samples.back();
        std::printf("%s sample: minute %.1f, RSS %.1f MB, fds %d, threads %d\n", qPrintable(clock()),
                    s.minute, s.rssMb, s.fds, s.threads);
    }

    // Every change of the state the status bar shows; leaving Live and coming back are what it told.
    void noteState(const QString &side, const cluster::ConnectionState &state, Kind &last)
    {
        if (state.kind == last)
            return;
        const bool wasLive = last == Kind::Live;
        const bool live = state.kind == Kind::Live;
        last = state.kind;
        std::printf("%s status bar: %s %s\n", qPrintable(clock()), qPrintable(side),
                    qPrintable(state.describe()));
        if (wasLive != live)
            m_states.push_back({ now(), QStringLiteral("%1 %2").arg(side, state.describe()), live });
    }

    void begin(const QString &kind, const QString &subject, const QString &note)
    {
        closeLastEpisode();
        m_episodes.push_back({ kind, subject, now(), -1, 1e18, note });
        std::printf("%s fault: %s (%s)\n", qPrintable(clock()), qPrintable(kind), qPrintable(note));
    }
    void recovered()
    {
        m_episodes.back().recoveredAt = now();
        std::printf("%s recovery: %s\n", qPrintable(clock()), qPrintable(m_episodes.back().kind));
    }
    void closeLastEpisode()
    {
        if (!m_episodes.empty() && m_episodes.back().end > 1e17)
            m_episodes.back().end = now();
    }

    // The leading master killed, restarted at `restartAt` (a standby then).
    void leaderEpisode(double restartAt)
    {
        const QStringList masters = m_composition->demoCluster()->endpoints().masterUrls;
        begin(QStringLiteral("leader"), {}, QStringLiteral("killing the leading master"));
        const QJsonObject killed = m_faults.post(QStringLiteral("masters/leader/kill"));
        if (!killed.contains(QLatin1String("killed"))) {
            m_episodes.back().note = QStringLiteral("kill refused");
            return;
        }
        const int index = killed.value(QLatin1String("killed")).toInt();
        m_episodes.back().subject = hostPort(masters.value(index));
        m_episodes.back().note = QStringLiteral("master %1 killed").arg(index);
        waitUntil(restartAt, 1e18);
        m_faults.post(QStringLiteral("masters/%1/restart").arg(index));
        recovered();
    }

    // One of the other faults, in turn; its recovery at `recoverAt`.
    void otherEpisode(int cycle, double recoverAt)
    {
        const app::DemoEndpoints &e = m_composition->demoCluster()->endpoints();
        switch (cycle % 5) {
        case 0: {
            begin(QStringLiteral("streams"), {},
                  QStringLiteral("leader's SUBSCRIBE and Marathon's /v2/events reset"));
            m_faults.post(QStringLiteral("masters/leader/drop-streams"));
            m_faults.post(QStringLiteral("events/drop"));
            recovered(); // the console reconnects by itself
            break;
        }
        case 1: {
            const int agent = agentToLose();
            begin(QStringLiteral("agent"), hostPort(e.agentUrls.value(agent)),
                  QStringLiteral("agent %1 lost").arg(agent));
            m_faults.post(QStringLiteral("agents/%1/lose").arg(agent));
            waitUntil(recoverAt, 1e18);
            m_faults.post(QStringLiteral("agents/%1/restore").arg(agent));
            recovered();
            break;
        }
        case 2:
        case 3: {
            const bool slow = cycle % 5 == 3;
            begin(slow ? QStringLiteral("slow") : QStringLiteral("500s"), QStringLiteral("Marathon"),
                  slow ? QStringLiteral("Marathon answers /v2 after %1 s").arg(kSlowAnswerMs / 1000)
                       : QStringLiteral("Marathon answers /v2 with 500"));
            QJsonObject fault { { QStringLiteral("target"), QStringLiteral("marathon") },
                                { QStringLiteral("path"), QStringLiteral("/v2") },
                                { QStringLiteral("mode"),
                                  slow ? QStringLiteral("slow") : QStringLiteral("error") },
                                { QStringLiteral("delayMs"), kSlowAnswerMs } };
            m_faults.post(QStringLiteral("faults"), fault);
            waitUntil(recoverAt, 1e18);
            m_faults.clearFaults();
            recovered();
            break;
        }
        default:
            flapEpisode(cycle, recoverAt);
        }
    }

    // A task flapping: its process killed kFlapFailures times, each replacement as soon as it runs.
    // /demo/web and /demo/ticker in turn. Told once (the first failure of the episode) and its
    // recovery once (running again, NoticeFeed::kRunningAgainAfterSecs after the last failure).
    void flapEpisode(int cycle, double recoverAt)
    {
        const QString app
            = (cycle / 5) % 2 == 0 ? QStringLiteral("/demo/web") : QStringLiteral("/demo/ticker");
        begin(QStringLiteral("flap"), app,
              QStringLiteral("%1: a task's process killed %2 times").arg(app).arg(kFlapFailures));
        QSet<QString> failed;
        for (int i = 0; i < kFlapFailures; ++i) {
            QString victim;
            (void)QTest::qWaitFor(
                [&] {
                    victim = runningTaskOf(app, failed);
                    return !victim.isEmpty();
                },
                20000);
            if (victim.isEmpty())
                break;
            failed.insert(victim);
            m_faults.post(QStringLiteral("tasks/%1/fail").arg(victim));
            QTest::qWait(1000);
        }
        waitUntil(recoverAt, 1e18);
        recovered(); // Marathon runs it again by itself
    }

    // A running task of `app` (not the followed one) that has not failed yet, as Marathon lists it.
    QString runningTaskOf(const QString &app, const QSet<QString> &not_) const
    {
        const QString url = m_composition->demoCluster()->endpoints().marathonUrl;
        const QJsonArray tasks = test::httpGet(url + QStringLiteral("/v2/apps") + app)
                                     .json()
                                     .object()
                                     .value(QLatin1String("app"))
                                     .toObject()
                                     .value(QLatin1String("tasks"))
                                     .toArray();
        for (const QJsonValue &t : tasks) {
            QString id = t.toObject().value(QLatin1String("id")).toString();
            if (t.toObject().value(QLatin1String("state")).toString() == QLatin1String("TASK_RUNNING")
                && id != m_followedTask && !not_.contains(id))
                return id;
        }
        return {};
    }

    // An agent that does not run the followed task.
    int agentToLose() const
    {
        const QStringList agents = m_composition->demoCluster()->endpoints().agentUrls;
        QString followedUrl;
        for (const mesos::Agent &a : *m_composition->watcher()->snapshot()->agents) {
            if (a.id == m_followedAgent)
                followedUrl = hostPort(a.url().toString());
        }
        for (int i = 0; i < agents.size(); ++i) {
            if (hostPort(agents.at(i)) != followedUrl)
                return i;
        }
        return int(agents.size()) - 1;
    }

    bool followingNow() const
    {
        for (widgets::LogView *view : m_window->findChildren<widgets::LogView *>()) {
            if (view->isFollowing())
                return true;
        }
        return false;
    }

    void reportResources() const
    {
        std::printf("\n== resources ==\n");
        if (m_samples.size() < 3) {
            std::printf("too few samples\n");
            return;
        }
        // The baseline: the first sample at or after B minutes.
        size_t base = 0;
        while (base + 1 < m_samples.size() && m_samples[base].minute < m_baselineMinutes)
            ++base;
        const Sample &b = m_samples[base];
        const Sample &end = m_samples.back();
        double peak = 0;
        for (const Sample &s : m_samples)
            peak = std::max(peak, s.rssMb);
        const double ratio = end.rssMb / b.rssMb;
        std::printf(
            "RSS: %.1f MB at minute %.1f (baseline), %.1f MB at the end (minute %.1f), x%.3f (%+.1f %%); "
            "peak sample %.1f MB; VmHWM %.1f MB\n",
            b.rssMb, b.minute, end.rssMb, end.minute, ratio, (ratio - 1) * 100, peak,
            test::procStatusKb("VmHWM") / 1024.0);
        std::printf("verdict RSS: %s (end within +10 %% of the baseline)\n", ratio <= 1.10 ? "PASS" : "FAIL");
        // Flat: nothing left behind that grows: the highest value of the last third of the samples
        // after the baseline is no higher than the highest of the first third.
        const auto flat = [&](const char *name, auto value) {
            const size_t n = m_samples.size() - base;
            const size_t third = std::max<size_t>(1, n / 3);
            int firstMax = 0;
            int lastMax = 0;
            int lo = 1 << 30;
            int hi = 0;
            for (size_t i = base; i < m_samples.size(); ++i) {
                const int v = value(m_samples[i]);
                lo = std::min(lo, v);
                hi = std::max(hi, v);
                if (i < base + third)
                    firstMax = std::max(firstMax, v);
                if (i >= m_samples.size() - third)
                    lastMax = std::max(lastMax, v);
            }
            std::printf("%s: %d at the start, %d at the baseline, %d at the end; after the baseline %d..%d, "
                        "highest of the first third %d, of the last third %d\n",
                        name, value(m_samples.front()), value(b), value(end), lo, hi, firstMax, lastMax);
            std::printf("verdict %s: %s\n", name,
                        lastMax <= firstMax && value(end) <= value(b) ? "PASS (flat)"
                            : lastMax <= firstMax                     ? "PASS (flat, ends above the baseline)"
                                                                      : "FAIL (grows)");
        };
        flat("fds", [](const Sample &s) { return s.fds; });
        flat("threads", [](const Sample &s) { return s.threads; });
    }

    // A notice about `e`'s fault (true) or its recovery (false); nullopt when it is about neither.
    static std::optional<bool> classify(const Episode &e, const cluster::Notice &n)
    {
        using NK = cluster::Notice::Kind;
        const bool bad = n.kind == NK::HostUnreachable || n.kind == NK::LeaderLost || n.kind == NK::TaskFailed
            || n.kind == NK::DeploymentFailed;
        const bool back = n.kind == NK::HostBack;
        if (e.kind == QLatin1String("leader")) {
            if (n.kind == NK::LeaderChanged || n.kind == NK::LeaderLost)
                return true;
            if ((bad || back) && n.text.contains(e.subject) && n.title.contains(u"Master"))
                return bad;
        } else if (e.kind == QLatin1String("agent")) {
            if ((bad || back) && n.title.contains(u"Agent"))
                return bad;
        } else if (e.kind == QLatin1String("500s") || e.kind == QLatin1String("slow")) {
            if ((bad || back) && n.title.contains(u"Marathon"))
                return bad;
        } else if (e.kind == QLatin1String("flap")) {
            if (n.appId == e.subject && (bad || n.kind == NK::AppRunningAgain))
                return bad;
        } else if (e.kind == QLatin1String("streams")) {
            if ((bad || back) && (n.title.contains(u"Marathon") || n.title.contains(u"Master")))
                return bad;
        }
        return std::nullopt;
    }

    // Each notification goes to the latest episode before it that it is about (a recovery may be
    // told after the next fault began); each status bar change to the latest episode before it.
    void reportEpisodes() const
    {
        std::printf("\n== faults: what the console told ==\n");
        std::printf("start s | fault | told (notifications, s after the start) | recovery told | status bar "
                    "(left live / live again)\n");
        std::vector<int> episodeOf(m_told.size(), -1);
        std::vector<bool> aboutFault(m_told.size(), false);
        for (size_t i = 0; i < m_told.size(); ++i) {
            for (int e = int(m_episodes.size()) - 1; e >= 0; --e) {
                if (m_episodes[size_t(e)].start > m_told[i].at)
                    continue;
                if (m_told[i].at - m_episodes[size_t(e)].start > 2.0 * m_faultEvery)
                    break;
                if (const std::optional<bool> which = classify(m_episodes[size_t(e)], m_told[i].notice)) {
                    episodeOf[i] = e;
                    aboutFault[i] = *which;
                    break;
                }
            }
        }
        struct Tally
        {
            int episodes = 0;
            int toldOnce = 0;
            int recoveryOnce = 0;
        };
        std::map<QString, Tally> tally;
        for (size_t e = 0; e < m_episodes.size(); ++e) {
            const Episode &ep = m_episodes[e];
            QStringList fault;
            QStringList recovery;
            for (size_t i = 0; i < m_told.size(); ++i) {
                if (episodeOf[i] == int(e))
                    (aboutFault[i] ? fault : recovery) << QStringLiteral("%1 @%2")
                                                              .arg(m_told[i].notice.title)
                                                              .arg(m_told[i].at - ep.start, 0, 'f', 0);
            }
            int away = 0;
            int again = 0;
            for (const StateChange &c : m_states) {
                if (c.at >= ep.start && c.at < ep.end)
                    ++(c.live ? again : away);
            }
            // The event streams have no notification: what the console tells of them is the status bar.
            const bool byStatus = ep.kind == QLatin1String("streams");
            const int told = byStatus ? away : int(fault.size());
            const int back = byStatus ? again : int(recovery.size());
            Tally &t = tally[ep.kind];
            ++t.episodes;
            t.toldOnce += told == 1;
            t.recoveryOnce += back == 1;
            std::printf("%7.0f | %s (%s) | %lld: %s | %lld: %s | %d / %d\n", ep.start, qPrintable(ep.kind),
                        qPrintable(ep.note), qlonglong(fault.size()),
                        qPrintable(fault.join(QStringLiteral(", "))), qlonglong(recovery.size()),
                        qPrintable(recovery.join(QStringLiteral(", "))), away, again);
        }
        std::printf("\nper fault: fault told exactly once, recovery told exactly once (notifications; the "
                    "status bar for the event streams)\n");
        for (const auto &[kind, t] : tally)
            std::printf("verdict %s: %d episodes, told once %d/%d, recovery told once %d/%d\n",
                        qPrintable(kind), t.episodes, t.toldOnce, t.episodes, t.recoveryOnce, t.episodes);
        std::map<QString, int> others;
        for (size_t i = 0; i < m_told.size(); ++i) {
            if (episodeOf[i] < 0)
                ++others[m_told[i].notice.title];
        }
        std::printf("other notifications (no fault of the soak's; /demo/flaky fails by design):");
        for (const auto &[title, count] : others)
            std::printf(" %s x%d;", qPrintable(title), count);
        std::printf("\n");
    }

    widgets::MainWindow *m_window;
    app::Composition *m_composition;
    double m_minutes;
    int m_faultEvery;
    int m_sampleMs = 30000;
    double m_baselineMinutes = 5;
    Faults m_faults;
    QElapsedTimer m_clock;
    std::vector<Sample> m_samples;
    std::vector<Told> m_told;
    std::vector<StateChange> m_states;
    std::vector<Episode> m_episodes;
    Kind m_mesosKind = Kind::Live;
    Kind m_marathonKind = Kind::Live;
    QString m_followedTask;
    QString m_followedAgent;
    qint64 m_logBytes = 0;
};

// Compares (see Comparison).
Comparison compareWithFreshReads(app::Composition *composition)
{
    cluster::WatcherConfig config = composition->watcher()->config();
    config.mesosEvents = false;
    config.marathonEvents = false;
    cluster::ClusterWatcher fresh(config);
    models::ClusterModels freshModels;
    const models::ClusterModels &shown = *composition->activeSession()->models();
    Comparison c;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&fresh, &cluster::ClusterWatcher::snapshotChanged, &freshModels,
                     [&](const cluster::SnapshotPtr &s) {
                         if (s->mesos.kind != Kind::Live || s->marathon.kind != Kind::Live || !s->hasTaskList)
                             return;
                         freshModels.applyNow(s);
                         ++c.tries;
                         const std::map<QString, QString> diffs = viewDifferences(shown, freshModels);
                         c.equal += diffs.empty();
                         for (const auto &[row, how] : diffs) {
                             ++c.differed[row];
                             c.last[row] = how;
                         }
                     });
    fresh.start();
    (void)QTest::qWaitFor([&] { return c.equal > 0; }, kCompareSeconds * 1000);
    fresh.stop();
    c.seconds = double(clock.elapsed()) / 1000.0;
    return c;
}

} // namespace

int main(int argc, char *argv[])
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // progress shows as it happens in a log file
    QTemporaryDir config;
    test::prepareConsoleBench(config.path());
    QApplication app(argc, argv);

    QCommandLineParser parser;
    const QCommandLineOption minutes(QStringLiteral("minutes"), QStringLiteral("Soak minutes."),
                                     QStringLiteral("m"), QStringLiteral("30"));
    const QCommandLineOption faultEvery(
        QStringLiteral("fault-every"),
        QStringLiteral("Seconds between two leader kills (the other faults between)."), QStringLiteral("s"),
        QStringLiteral("120"));
    const QCommandLineOption baseline(
        QStringLiteral("baseline"),
        QStringLiteral("Minutes after which RSS is the baseline (at most half the run)."),
        QStringLiteral("m"), QStringLiteral("5"));
    const QCommandLineOption sampleEvery(QStringLiteral("sample"), QStringLiteral("Seconds between samples."),
                                         QStringLiteral("s"), QStringLiteral("30"));
    parser.addOptions({ minutes, faultEvery, baseline, sampleEvery });
    parser.addHelpOption();
    parser.process(app);
    const double soakMinutes = parser.value(minutes).toDouble();
    const int every = parser.value(faultEvery).toInt();
    const int sampleSeconds = parser.value(sampleEvery).toInt();
    if (soakMinutes <= 0 || every < 30 || sampleSeconds < 1) {
        std::fprintf(stderr, "bench_soak: bad arguments (see --help; --fault-every at least 30)\n");
        return 2;
    }

    widgets::MainWindow *window = nullptr;
    app::Composition *composition = nullptr;
    QString error;
    if (!test::startDemoConsole(window, composition, &error)) {
        std::fprintf(stderr, "bench_soak: %s\n", qPrintable(error));
        return 1;
    }
    const std::unique_ptr<widgets::MainWindow> owner(window);
    window->resize(1280, 800);
    std::printf(
        "bench_soak: %.1f min, leader killed every %d s; demo cluster: leader %s of %lld masters, %lld "
        "agents, Marathon %s; watched %s\n",
        soakMinutes, every, qPrintable(composition->demoCluster()->endpoints().leaderUrl),
        qlonglong(composition->demoCluster()->endpoints().masterUrls.size()),
        qlonglong(composition->demoCluster()->endpoints().agentUrls.size()),
        qPrintable(composition->demoCluster()->endpoints().marathonUrl),
        qPrintable(composition->activeSession()->key()));

    Soak soak(window, composition, soakMinutes, every);
    soak.setBaselineMinutes(std::min(parser.value(baseline).toDouble(), soakMinutes / 2));
    soak.setSampleSeconds(sampleSeconds);
    // Every demo app has a task running before the soak begins (the smoke check's condition).
    QTest::qWait(15000);
    if (!soak.openEverything())
        return 1;
    soak.watch();
    soak.run();
    soak.report(compareWithFreshReads(composition));
    return 0;
}
