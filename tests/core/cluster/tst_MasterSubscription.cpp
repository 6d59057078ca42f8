// The test data is written as JSON and id literals: plain string literals are QStrings here.
#undef QT_NO_CAST_FROM_ASCII

#include "core/cluster/MasterSubscription.h"
#include "core/http/HttpClient.h"
#include "tests/support/TinyHttpServer.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace mc::cluster;
using mc::test::TinyHttpServer;

namespace {
QByteArray record(const QByteArray &json)
{
    return QByteArray::number(json.size()) + '\n' + json;
}

QByteArray subscribed(const QStringList &taskIds, double heartbeatSeconds = 15)
{
    QByteArray tasks;
    for (const QString &id : taskIds) {
        if (!tasks.isEmpty())
            tasks += ',';
        tasks += R"({"task_id":{"value":")" + id.toUtf8()
            + R"("},"name":"web","framework_id":{"value":"fw"},"agent_id":{"value":"a1"},"state":"TASK_RUNNING",)"
              R"("resources":[{"name":"cpus","type":"SCALAR","scalar":{"value":0.5}}]})";
    }
    return R"({"type":"SUBSCRIBED","subscribed":{"get_state":{"get_tasks":{"tasks":[)" + tasks
        + R"(]},"get_frameworks":{"frameworks":[{"framework_info":{"id":{"value":"fw"},"name":"marathon"},"active":true}]},)"
          R"("get_agents":{"agents":[{"agent_info":{"id":{"value":"a1"},"hostname":"h1"},"active":true,)"
          R"("total_resources":[{"name":"cpus","type":"SCALAR","scalar":{"value":4}}]}]}},"heartbeat_interval_seconds":)"
        + QByteArray::number(heartbeatSeconds) + "}}";
}

QByteArray taskAdded(const QString &id)
{
    return R"({"type":"TASK_ADDED","task_added":{"task":{"task_id":{"value":")" + id.toUtf8()
        + R"("},"framework_id":{"value":"fw"},"agent_id":{"value":"a1"},"state":"TASK_STAGING"}}})";
}

// A master whose /api/v1 answers SUBSCRIBE with a stream that starts with `first`.
struct StreamingMaster
{
    TinyHttpServer server;
    QByteArray first = record(subscribed({ QStringLiteral("t1") }));
    int status = 200;
    QByteArray location;

    StreamingMaster()
    {
        server.listen();
        server.route("/api/v1", [this](const TinyHttpServer::Request &request) {
            TinyHttpServer::Reply reply;
            reply.status = status;
            if (!location.isEmpty()) {
                reply.headers = { { "Location", location } };
                return reply;
            }
            if (status != 200 || QJsonDocument::fromJson(request.body).object().value("type").toString() != u"SUBSCRIBE")
                return TinyHttpServer::jsonReply("Failed to convert JSON into Call protobuf", status == 200 ? 400 : status);
            reply.headers = { { "Content-Type", "application/json" } };
            reply.body = first;
            reply.stream = true;
            return reply;
        });
    }
};

QStringList manyIds(int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i)
        ids << QStringLiteral("web.%1").arg(i);
    return ids;
}

// Counts the debug lines of mc.mesos that say a SUBSCRIBED was parsed as it arrived.
struct ArrivingParses
{
    static inline int count = 0;
    static inline QtMessageHandler previous = nullptr;
    static void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (message.contains(QStringLiteral("parsed as it arrived")))
            ++count;
        if (previous && type != QtDebugMsg)
            previous(type, context, message);
    }
    ArrivingParses()
    {
        count = 0;
        QLoggingCategory::setFilterRules(QStringLiteral("mc.mesos.debug=true"));
        previous = qInstallMessageHandler(handler);
    }
    ~ArrivingParses()
    {
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QString());
    }
};

QStringList taskIds(const mc::mesos::MasterStream::Lists &lists)
{
    QStringList ids;
    for (const auto &task : *lists.tasks)
        ids << task.id;
    ids.sort();
    return ids;
}
} // namespace

class tst_MasterSubscription : public QObject
{
    Q_OBJECT

private slots:
    void appliesSubscribedThenEvents();
    void followsAStandbysRedirect();
    void saysWhenTheMasterHasNoSubscribe_data();
    void saysWhenTheMasterHasNoSubscribe();
    void brokenStreamsFailAndKeepTheLastGoodLists_data();
    void brokenStreamsFailAndKeepTheLastGoodLists();
    void missedHeartbeatsFail();
    void bigSubscribedIsParsedAsItArrives();
    void bigSubscribedThenTheEndIsToldAsTheEnd();
    void brokenBigSubscribedFails();
};

void tst_MasterSubscription::appliesSubscribedThenEvents()
{
    StreamingMaster master;
    mc::http::HttpClient client;
    MasterSubscription subscription(&client);
    subscription.setBatchInterval(50);
    QSignalSpy updated(&subscription, &MasterSubscription::updated);
    QSignalSpy failed(&subscription, &MasterSubscription::failed);
    subscription.start(master.server.url());
    QTRY_COMPARE(updated.count(), 1);
    QVERIFY(updated.at(0).at(1).toBool());
    QVERIFY(subscription.isLive());
    auto lists = updated.at(0).at(0).value<mc::mesos::MasterStream::Lists>();
    QCOMPARE(taskIds(lists), QStringList { "t1" });
    QCOMPARE(lists.agents->at(0).used.cpus, 0.5);

    // Events in pieces across reads; a heartbeat between them.
    const QByteArray more = record(taskAdded("t2")) + record(R"({"type":"HEARTBEAT"})") + record(taskAdded("t3"));
    master.server.pushToStreams(more.left(7));
    QTest::qWait(20);
    master.server.pushToStreams(more.mid(7));
    QTRY_VERIFY(updated.count() >= 2);
    lists = updated.last().at(0).value<mc::mesos::MasterStream::Lists>();
    QCOMPARE(taskIds(lists), (QStringList { "t1", "t2", "t3" }));
    QVERIFY(!updated.last().at(1).toBool());
    QCOMPARE(failed.count(), 0);
    QCOMPARE(master.server.count("/api/v1"), 1);
}

void tst_MasterSubscription::followsAStandbysRedirect()
{
    StreamingMaster leader;
    StreamingMaster standby;
    standby.status = 307;
    standby.location = "//" + leader.server.hostPort().toUtf8() + "/api/v1";
    mc::http::HttpClient client;
    MasterSubscription subscription(&client);
    QSignalSpy updated(&subscription, &MasterSubscription::updated);
    subscription.start(standby.server.url());
    QTRY_COMPARE(updated.count(), 1);
    QCOMPARE(subscription.answeredBy().port(), leader.server.url().port());
    QCOMPARE(leader.server.count("/api/v1"), 1);
}

void tst_MasterSubscription::saysWhenTheMasterHasNoSubscribe_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("unsupported");
    QTest::newRow("404 (no /api/v1)") << 404 << true;
    QTest::newRow("400 (1.0 knows no SUBSCRIBE)") << 400 << true;
    QTest::newRow("501") << 501 << true;
    QTest::newRow("401") << 401 << false;
    QTest::newRow("503 (no leader)") << 503 << false;
}

void tst_MasterSubscription::saysWhenTheMasterHasNoSubscribe()
{
    QFETCH(int, status);
    QFETCH(bool, unsupported);
    StreamingMaster master;
    master.status = status;
    mc::http::HttpClient client;
    MasterSubscription subscription(&client);
    QSignalSpy failed(&subscription, &MasterSubscription::failed);
    subscription.start(master.server.url());
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(1).toBool(), unsupported);
    QVERIFY(failed.at(0).at(0).value<mc::Error>().message.contains(QString::number(status)));
    QVERIFY(!subscription.isActive());
}

void tst_MasterSubscription::brokenStreamsFailAndKeepTheLastGoodLists_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("close");
    QTest::addColumn<QString>("says");
    const QByteArray added = record(taskAdded("t2"));
    QTest::newRow("a length that lies (longer)")
        << "300\n" + taskAdded("t3") + record(R"({"type":"HEARTBEAT"})") << true << "inside a record";
    QTest::newRow("a length that lies (shorter)") << "20\n" + taskAdded("t3") << false << "not RecordIO";
    QTest::newRow("not JSON") << record("<html>502 Bad Gateway</html>") << false << "not valid JSON";
    QTest::newRow("a huge length") << QByteArray("99999999999\n{\"type\":") << false << "99999999999";
    QTest::newRow("garbage for a length") << QByteArray("HTTP/1.1 200 OK\r\n") << false << "not RecordIO";
    QTest::newRow("dropped mid-record") << added.left(added.size() / 2) << true << "inside a record";
    QTest::newRow("dropped between records") << QByteArray() << true << "closed its event stream";
}

void tst_MasterSubscription::brokenStreamsFailAndKeepTheLastGoodLists()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, close);
    QFETCH(QString, says);
    StreamingMaster master;
    mc::http::HttpClient client;
    MasterSubscription subscription(&client);
    subscription.setBatchInterval(20);
    QSignalSpy updated(&subscription, &MasterSubscription::updated);
    QSignalSpy failed(&subscription, &MasterSubscription::failed);
    subscription.start(master.server.url());
    QTRY_COMPARE(updated.count(), 1);
    master.server.pushToStreams(record(taskAdded("t2")));
    QTRY_COMPARE(updated.count(), 2);
    master.server.pushToStreams(bytes);
    if (close) {
        QTest::qWait(50);
        master.server.closeStreams();
    }
    QTRY_COMPARE(failed.count(), 1);
    const mc::Error reason = failed.at(0).at(0).value<mc::Error>();
    QVERIFY2(reason.message.contains(says), qPrintable(reason.message));
    QVERIFY(!failed.at(0).at(1).toBool());
    QVERIFY(!subscription.isActive());
    // Nothing after the last good event was announced: what is shown stays.
    QCOMPARE(taskIds(updated.last().at(0).value<mc::mesos::MasterStream::Lists>()), (QStringList { "t1", "t2" }));
}

void tst_MasterSubscription::missedHeartbeatsFail()
{
    StreamingMaster master;
    master.first = record(subscribed({ "t1" }, 0.2));
    mc::http::HttpClient client;
    MasterSubscription subscription(&client);
    QSignalSpy updated(&subscription, &MasterSubscription::updated);
    QSignalSpy failed(&subscription, &MasterSubscription::failed);
    subscription.start(master.server.url());
    QTRY_COMPARE(updated.count(), 1);
    // 2 x 0.2 s + the slack: heartbeats kept coming for longer than that, then stop.
    for (int i = 0; i < 30; ++i) {
        master.server.pushToStreams(record(R"({"type":"HEARTBEAT"})"));
        QTest::qWait(200);
    }
    QCOMPARE(failed.count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10000);
    QVERIFY(failed.at(0).at(0).value<mc::Error>().message.contains(QStringLiteral("heartbeats")));
}

// A SUBSCRIBED longer than the threshold is parsed as it arrives (never held whole), and the
// events behind it in the same bytes are applied after it, in order.
void tst_MasterSubscription::bigSubscribedIsParsedAsItArrives()
{
    ArrivingParses arriving;
    StreamingMaster master;
    master.first = record(subscribed(manyIds(2000))) + record(taskAdded("late"));
    mc::http::HttpClient client;
    MasterSubscription subscription(&client);
    subscription.setBatchInterval(20);
    subscription.setParseArrivingOver(qsizetype(64) * 1024);
    QSignalSpy updated(&subscription, &MasterSubscription::updated);
    QSignalSpy failed(&subscription, &MasterSubscription::failed);
    subscription.start(master.server.url());
    QTRY_VERIFY(updated.count() >= 1);
    QVERIFY(updated.at(0).at(1).toBool());
    QTRY_COMPARE(taskIds(updated.last().at(0).value<mc::mesos::MasterStream::Lists>()).size(), 2001);
    QVERIFY(taskIds(updated.last().at(0).value<mc::mesos::MasterStream::Lists>()).contains("late"));
    QCOMPARE(updated.at(0).at(0).value<mc::mesos::MasterStream::Lists>().agents->at(0).used.cpus, 1000.0);
    QCOMPARE(ArrivingParses::count, 1);
    master.server.pushToStreams(record(taskAdded("later")));
    QTRY_VERIFY(taskIds(updated.last().at(0).value<mc::mesos::MasterStream::Lists>()).contains("later"));
    QCOMPARE(failed.count(), 0);

    // Below the threshold: read whole first, as before.
    ArrivingParses::count = 0;
    MasterSubscription small(&client);
    QSignalSpy smallUpdated(&small, &MasterSubscription::updated);
    small.start(master.server.url());
    QTRY_COMPARE(smallUpdated.count(), 1);
    QCOMPARE(ArrivingParses::count, 0);
}

// A master that sends a big SUBSCRIBED and an event and closes the stream: the reply ends while
// the console still holds back reading (its parse catches up first). Every byte is still read
// before the end is judged: it is told as the stream closing, not as a record cut short.
void tst_MasterSubscription::bigSubscribedThenTheEndIsToldAsTheEnd()
{
    StreamingMaster master;
    master.first = record(subscribed(manyIds(80000))) + record(taskAdded("late"));
    QVERIFY(master.first.size() > qsizetype(13) * 1024 * 1024); // more than the reply buffer and the intake
    mc::http::HttpClient client;
    MasterSubscription subscription(&client);
    subscription.setBatchInterval(20);
    subscription.setParseArrivingOver(qsizetype(1024) * 1024);
    QSignalSpy failed(&subscription, &MasterSubscription::failed);
    subscription.start(master.server.url());
    QTRY_COMPARE(master.server.streamCount(), 1);
    master.server.closeStreams(); // after what was written
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 60000);
    QVERIFY2(failed.at(0).at(0).value<mc::Error>().message.contains(QStringLiteral("closed its event stream")),
             qPrintable(failed.at(0).at(0).value<mc::Error>().message));
    QVERIFY(!subscription.isActive());
}

// A big SUBSCRIBED broken in the middle of its tasks: an error that says so; nothing shown.
void tst_MasterSubscription::brokenBigSubscribedFails()
{
    StreamingMaster master;
    QByteArray json = subscribed(manyIds(2000));
    const qsizetype state = json.indexOf("\"TASK_RUNNING\"", json.size() / 2);
    QVERIFY(state > 0);
    json[state] = '}'; // "state":}TASK_RUNNING"
    master.first = record(json);
    mc::http::HttpClient client;
    MasterSubscription subscription(&client);
    subscription.setParseArrivingOver(qsizetype(64) * 1024);
    QSignalSpy updated(&subscription, &MasterSubscription::updated);
    QSignalSpy failed(&subscription, &MasterSubscription::failed);
    subscription.start(master.server.url());
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).value<mc::Error>().message.contains(QStringLiteral("not valid JSON")),
             qPrintable(failed.at(0).at(0).value<mc::Error>().message));
    QCOMPARE(updated.count(), 0);
    QVERIFY(!subscription.isActive());
}

QTEST_GUILESS_MAIN(tst_MasterSubscription)
#include "tst_MasterSubscription.moc"
