// Marathon's events are the data (ClusterWatcher + MarathonState against
// localcluster): after the full read at connect, a burst of app changes
// (scale, a new app, a changed definition) reaches the lists with the changed
// apps read alone (GET /v2/apps/{id}), never the whole /v2/apps or /v2/tasks
// (localcluster's request counts say so), and the lists then equal a fresh
// full read: nothing lost, nothing doubled.
#include "core/cluster/ClusterWatcher.h"
#include "core/marathon/MarathonParser.h"
#include "tests/support/HttpFetch.h"
#include "tests/support/LocalClusterProcess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <map>

using namespace mc;
using cluster::ConnectionState;

namespace {
constexpr int kWaitMs = 30000;

// What a person sees of an app and its tasks, comparable between two reads.
struct Seen
{
    std::map<QString, QString> apps; // id -> "instances cmd version"
    std::map<QString, QString> tasks; // id -> "app state version"

    bool operator==(const Seen &) const = default;
};

template<typename Apps, typename Tasks> Seen seen(const Apps &apps, const Tasks &tasks)
{
    Seen s;
    for (const marathon::App &app : apps)
        s.apps[app.id] = QStringLiteral("%1 %2 %3").arg(app.instances).arg(app.cmd, app.version);
    for (const marathon::MarathonTask &task : tasks)
        s.tasks[task.id] = QStringLiteral("%1 %2 %3").arg(task.appId, task.state, task.version);
    return s;
}

QString describe(const Seen &s)
{
    QString out;
    for (const auto &[id, what] : s.apps)
        out += id + u' ' + what + u'\n';
    for (const auto &[id, what] : s.tasks)
        out += u"  " + id + u' ' + what + u'\n';
    return out;
}
} // namespace

class tst_MarathonEventsLive : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void connectReadsTheListsOnceSubscribed();
    void burstOfChangesIsReadAppByApp();

private:
    QJsonObject marathonRequests(bool reset = false);
    void send(const QByteArray &method, const QString &path, const QByteArray &body, int expectStatus);

    std::unique_ptr<test::LocalClusterProcess> m_cluster;
};

void tst_MarathonEventsLive::initTestCase()
{
    m_cluster = std::make_unique<test::LocalClusterProcess>(
        QStringList { QStringLiteral("--agents"), QStringLiteral("2"), QStringLiteral("--kill-grace"),
                      QStringLiteral("200"), QStringLiteral("--sse-heartbeat"), QStringLiteral("1000") });
    QVERIFY2(m_cluster->start(), qPrintable(m_cluster->error()));
}

void tst_MarathonEventsLive::cleanupTestCase()
{
    m_cluster.reset();
}

QJsonObject tst_MarathonEventsLive::marathonRequests(bool reset)
{
    const test::HttpResult result = test::httpRequest(reset ? "DELETE" : "GET",
                                                      m_cluster->marathonUrl() + QStringLiteral("/__admin/requests"));
    return result.json().object().value(QStringLiteral("requests")).toObject();
}

void tst_MarathonEventsLive::send(const QByteArray &method, const QString &path, const QByteArray &body,
                                  int expectStatus)
{
    const test::HttpResult result = test::httpRequest(method, m_cluster->marathonUrl() + path, body,
                                                      { { "Content-Type", "application/json" } });
    QVERIFY2(result.status == expectStatus,
             qPrintable(QStringLiteral("%1 %2 -> %3 %4")
                            .arg(QString::fromLatin1(method), path)
                            .arg(result.status)
                            .arg(QString::fromUtf8(result.body))));
}

// At connect the lists are read once, after the event stream is subscribed: a read before it
// could miss what happened in between, and was made a second time (at 100,000 tasks, tens of MB
// more while the Mesos state was taken in).
void tst_MarathonEventsLive::connectReadsTheListsOnceSubscribed()
{
    marathonRequests(true);
    cluster::WatcherConfig config;
    config.marathons = { QUrl(m_cluster->marathonUrl()) };
    config.pollIntervalMs = 400;
    config.maxPollIntervalMs = 800;
    cluster::ClusterWatcher watcher(config);
    cluster::SnapshotPtr last;
    connect(&watcher, &cluster::ClusterWatcher::snapshotChanged, this,
            [&](cluster::SnapshotPtr s) { last = s; });
    watcher.start();
    QVERIFY(
        QTest::qWaitFor([&] { return last && last->marathon.kind == ConnectionState::Kind::Live; }, kWaitMs));
    QTest::qWait(3000); // past the first read's fallback and a few light reads
    const QJsonObject requests = marathonRequests();
    const QString counts = QString::fromUtf8(QJsonDocument(requests).toJson(QJsonDocument::Compact));
    QVERIFY2(requests.value(QStringLiteral("GET /v2/events")).toInteger() == 1, qPrintable(counts));
    QVERIFY2(requests.value(QStringLiteral("GET /v2/apps")).toInteger() == 1, qPrintable(counts));
    QVERIFY2(requests.value(QStringLiteral("GET /v2/info")).toInteger() >= 2,
             qPrintable(counts)); // light reads
}

void tst_MarathonEventsLive::burstOfChangesIsReadAppByApp()
{
    send("POST", QStringLiteral("/v2/apps"), R"({"id":"/burst/one","cmd":"sleep 300","instances":1,"cpus":0.1,"mem":16})",
         201);

    cluster::WatcherConfig config;
    config.masters = { QUrl(m_cluster->leaderUrl()) };
    config.marathons = { QUrl(m_cluster->marathonUrl()) };
    config.pollIntervalMs = 400;
    config.maxPollIntervalMs = 800;
    cluster::ClusterWatcher watcher(config);
    cluster::SnapshotPtr last;
    connect(&watcher, &cluster::ClusterWatcher::snapshotChanged, this, [&](cluster::SnapshotPtr s) { last = s; });
    watcher.start();
    const auto running = [&](const QString &appId, const QString &cmd, int count) {
        if (!last || last->marathon.kind != ConnectionState::Kind::Live)
            return false;
        QString version;
        for (const marathon::App &app : *last->apps) {
            if (app.id == appId && app.cmd == cmd && app.instances == count)
                version = app.version;
        }
        int n = 0;
        for (const marathon::MarathonTask &task : *last->marathonTasks)
            n += task.appId == appId && task.state == u"TASK_RUNNING" && task.version == version ? 1 : 0;
        return !version.isEmpty() && n == count;
    };
    QVERIFY(QTest::qWaitFor([&] { return running(QStringLiteral("/burst/one"), QStringLiteral("sleep 300"), 1); }, kWaitMs));
    QTest::qWait(1000); // the full read at connect is done
    marathonRequests(true);

    // The burst: a scale, a new app, then a new definition of the first (forced over the scale).
    send("PUT", QStringLiteral("/v2/apps/burst/one"), R"({"instances":3})", 200);
    send("POST", QStringLiteral("/v2/apps"), R"({"id":"/burst/two","cmd":"sleep 300","instances":1,"cpus":0.1,"mem":16})",
         201);
    send("PUT", QStringLiteral("/v2/apps/burst/one?force=true"), R"({"cmd":"sleep 301"})", 200);
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return running(QStringLiteral("/burst/one"), QStringLiteral("sleep 301"), 3)
                         && running(QStringLiteral("/burst/two"), QStringLiteral("sleep 300"), 1)
                         && last->deployments->empty();
                 },
                 kWaitMs),
             qPrintable(last ? describe(seen(*last->apps, *last->marathonTasks)) : QString()));
    QTest::qWait(1500); // any read the burst would cause has been made

    const QJsonObject requests = marathonRequests();
    const QString counts = QString::fromUtf8(QJsonDocument(requests).toJson(QJsonDocument::Compact));
    QVERIFY2(!requests.contains(QStringLiteral("GET /v2/apps")), qPrintable(counts));
    QVERIFY2(!requests.contains(QStringLiteral("GET /v2/tasks")), qPrintable(counts));
    QVERIFY2(requests.value(QStringLiteral("GET /v2/apps/burst/one")).toInteger() >= 1, qPrintable(counts));
    QVERIFY2(requests.value(QStringLiteral("GET /v2/apps/burst/two")).toInteger() >= 1, qPrintable(counts));

    // Nothing lost or doubled: the lists equal a fresh full read.
    const test::HttpResult full
        = test::httpGet(m_cluster->marathonUrl() + QStringLiteral("/v2/apps?embed=apps.tasks"));
    QCOMPARE(full.status, 200);
    const auto fresh = marathon::MarathonParser::parseApps(full.body);
    QVERIFY(fresh.ok());
    const Seen expected = seen(fresh->apps, fresh->tasks);
    const Seen shown = seen(*last->apps, *last->marathonTasks);
    QVERIFY2(shown == expected, qPrintable(u"shown:\n" + describe(shown) + u"a fresh read:\n" + describe(expected)));
}

QTEST_GUILESS_MAIN(tst_MarathonEventsLive)
#include "tst_MarathonEventsLive.moc"
