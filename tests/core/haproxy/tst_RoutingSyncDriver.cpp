#include "core/haproxy/RoutingSyncDriver.h"
#include "core/http/HttpClient.h"
#include "tests/support/TinyHttpServer.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace mc::haproxy;
using mc::test::TinyHttpServer;

namespace {
QByteArray appsBody(const QList<int> &taskPorts)
{
    QByteArray tasks;
    for (const int port : taskPorts) {
        if (!tasks.isEmpty())
            tasks += ',';
        tasks += R"({"id":"www.)" + QByteArray::number(port)
            + R"(","appId":"/www","host":"agent1.test","ports":[)" + QByteArray::number(port)
            + R"(],"state":"TASK_RUNNING","startedAt":"2026-11-25T00:00:00.000Z","slaveId":"S1"})";
    }
    return R"({"apps":[{"id":"/www","instances":)" + QByteArray::number(taskPorts.size())
        + R"(,"cpus":0.25,"mem":512,"portDefinitions":[{"port":10000,"protocol":"tcp"}],"tasks":[)" + tasks
        + "]}]}";
}
} // namespace

// Drives the routing sync against a real HTTP server speaking Marathon's
// /v2/apps and /v2/events (Server-Sent Events).
class tst_RoutingSyncDriver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstReadEmitsConfig();
    void eventWithSameDataCausesNoChange();
    void changedTasksAfterEventEmitOnce();
    void steadyEventsDelayASyncByTheMaximumWaitOnly();
    void marathonErrorKeepsLastConfig();
    void refreshNowAlwaysEmits();

private:
    void startDriver();
    void pushEvent(const QByteArray &type);

    std::unique_ptr<TinyHttpServer> m_server;
    std::unique_ptr<mc::http::HttpClient> m_client;
    std::unique_ptr<RoutingSyncDriver> m_driver;
    QByteArray m_apps;
    int m_status = 200;
};

void tst_RoutingSyncDriver::init()
{
    m_server = std::make_unique<TinyHttpServer>();
    QVERIFY(m_server->listen());
    m_apps = appsBody({ 31001 });
    m_status = 200;
    m_server->route("/v2/apps", [this](const TinyHttpServer::Request &) {
        return TinyHttpServer::jsonReply(m_status == 200 ? m_apps : QByteArray("{\"message\":\"boom\"}"),
                                         m_status);
    });
    m_server->route("/v2/events", [](const TinyHttpServer::Request &) {
        TinyHttpServer::Reply reply;
        reply.stream = true;
        reply.headers = { { "Content-Type", "text/event-stream" } };
        reply.body = "event: event_stream_attached\ndata: {\"remoteAddress\":\"127.0.0.1\"}\n\n";
        return reply;
    });
    m_client = std::make_unique<mc::http::HttpClient>();
}

void tst_RoutingSyncDriver::cleanup()
{
    m_driver.reset();
    m_client.reset();
    m_server.reset();
}

void tst_RoutingSyncDriver::startDriver()
{
    RoutingOptions options;
    options.domain = QStringLiteral("example.test");
    m_driver = std::make_unique<RoutingSyncDriver>(m_client.get(), m_server->url(), options);
    m_driver->setDebounceMs(100);
    m_driver->start();
}

void tst_RoutingSyncDriver::pushEvent(const QByteArray &type)
{
    m_server->pushToStreams("event: " + type + "\ndata: {\"eventType\":\"" + type + "\"}\n\n");
}

void tst_RoutingSyncDriver::firstReadEmitsConfig()
{
    startDriver();
    QSignalSpy changed(m_driver.get(), &RoutingSyncDriver::configChanged);
    QTRY_COMPARE(changed.count(), 1);
    const auto config = changed.first().first().value<RenderedConfig>();
    QVERIFY(config.text.contains(QStringLiteral("server agent1.test_31001 agent1.test:31001 check")));
    QCOMPARE(config.routes.first().hostName, QStringLiteral("www.example.test"));
}

void tst_RoutingSyncDriver::eventWithSameDataCausesNoChange()
{
    startDriver();
    QSignalSpy changed(m_driver.get(), &RoutingSyncDriver::configChanged);
    QSignalSpy refreshed(m_driver.get(), &RoutingSyncDriver::refreshed);
    QTRY_COMPARE(changed.count(), 1);
    QTRY_VERIFY(m_server->streamCount() == 1);
    QTRY_VERIFY(refreshed.count() >= 2); // the read after the stream attached
    const int reads = refreshed.count();
    pushEvent("status_update_event");
    QTRY_COMPARE(refreshed.count(), reads + 1);
    QTest::qWait(300);
    QCOMPARE(changed.count(), 1);
}

void tst_RoutingSyncDriver::changedTasksAfterEventEmitOnce()
{
    startDriver();
    QSignalSpy changed(m_driver.get(), &RoutingSyncDriver::configChanged);
    QTRY_COMPARE(changed.count(), 1);
    QTRY_VERIFY(m_server->streamCount() == 1);
    m_apps = appsBody({ 31001, 31002 });
    // A burst of events settles into one read.
    const int before = m_server->count("/v2/apps");
    for (int i = 0; i < 5; ++i)
        pushEvent("status_update_event");
    QTRY_COMPARE(changed.count(), 2);
    QTest::qWait(300);
    QVERIFY2(m_server->count("/v2/apps") - before <= 2, "events were not debounced");
    QVERIFY(m_driver->lastConfig().text.contains(QStringLiteral("agent1.test:31002")));
}

// Events every 100 ms never leave a 1 s quiet spell for the debounce: the change is read
// within the maximum wait after the first of them, while they keep coming, and the
// reads stay bounded by it.
void tst_RoutingSyncDriver::steadyEventsDelayASyncByTheMaximumWaitOnly()
{
    startDriver();
    m_driver->setDebounceMs(1000);
    m_driver->setMaxWaitMs(500);
    QSignalSpy changed(m_driver.get(), &RoutingSyncDriver::configChanged);
    QSignalSpy refreshed(m_driver.get(), &RoutingSyncDriver::refreshed);
    QTRY_COMPARE(changed.count(), 1);
    QTRY_VERIFY(m_server->streamCount() == 1);
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 2, 5000); // the read after the stream attached
    QTest::qWait(200);

    m_apps = appsBody({ 31001, 31002 });
    const int readsBefore = m_server->count("/v2/apps");
    QTimer events;
    events.setInterval(100);
    connect(&events, &QTimer::timeout, this, [this] { pushEvent("status_update_event"); });
    QElapsedTimer clock;
    clock.start();
    pushEvent("status_update_event");
    events.start();
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() == 2 || clock.elapsed() > 4000, 5000);
    const qint64 changedAfter = clock.elapsed();
    QVERIFY(events.isActive()); // still coming
    QVERIFY2(changed.count() == 2 && changedAfter < 2500,
             qPrintable(QStringLiteral("the change was read only after %1 ms").arg(changedAfter)));
    QVERIFY(m_driver->lastConfig().text.contains(QStringLiteral("agent1.test:31002")));

    QTest::qWait(2000); // 2 s more of events: a read about every 500 ms, not one per event
    events.stop();
    const qint64 streamed = clock.elapsed();
    const int reads = m_server->count("/v2/apps") - readsBefore;
    QVERIFY2(reads >= 3 && reads <= streamed / 500 + 2,
             qPrintable(QStringLiteral("%1 reads in %2 ms of events").arg(reads).arg(streamed)));
    QCOMPARE(changed.count(), 2); // the same data: no further change
}

void tst_RoutingSyncDriver::marathonErrorKeepsLastConfig()
{
    startDriver();
    QSignalSpy changed(m_driver.get(), &RoutingSyncDriver::configChanged);
    QSignalSpy failed(m_driver.get(), &RoutingSyncDriver::refreshFailed);
    QTRY_COMPARE(changed.count(), 1);
    const QString good = m_driver->lastConfig().text;
    m_status = 500;
    m_driver->refreshNow();
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(failed.first().first().value<mc::Error>().message.contains(QStringLiteral("500")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_driver->lastConfig().text, good);
}

void tst_RoutingSyncDriver::refreshNowAlwaysEmits()
{
    startDriver();
    QSignalSpy changed(m_driver.get(), &RoutingSyncDriver::configChanged);
    QTRY_COMPARE(changed.count(), 1);
    m_driver->refreshNow();
    QTRY_COMPARE(changed.count(), 2);
}

QTEST_GUILESS_MAIN(tst_RoutingSyncDriver)
#include "tst_RoutingSyncDriver.moc"
