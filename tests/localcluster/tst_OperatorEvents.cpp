// The v1 operator API of localcluster's masters: SUBSCRIBE as Mesos 1.11 streams it (RecordIO in
// a chunked answer), the non-streaming state calls, scale mode churn, the per-endpoint request
// counts and the stream faults. The RecordIO reader here is the test's own: the console's must
// not be shared with the server it is tested against.

#include "tests/localcluster/LocalClusterTestSupport.h"

#include <QTcpSocket>
#include <QTest>
#include <QUrl>

using namespace mc::test;
using mc::localcluster::Cluster;

namespace {

// Splits complete RecordIO records ("<decimal length>\n<bytes>") off the front of `buffer`.
// `pending` is the length of the record being waited for (-1: none); false on a length that
// is not a number.
bool takeRecords(QByteArray &buffer, QList<QByteArray> &records, qint64 &pending)
{
    qsizetype pos = 0;
    bool ok = true;
    while (true) {
        const qsizetype newline = buffer.indexOf('\n', pos);
        if (newline < 0)
            break;
        bool number = false;
        const qint64 length = buffer.mid(pos, newline - pos).toLongLong(&number);
        if (!number || length < 0) {
            ok = false;
            break;
        }
        pending = length;
        if (buffer.size() - (newline + 1) < length)
            break;
        records.append(buffer.mid(newline + 1, length));
        pos = newline + 1 + length;
        pending = -1;
    }
    buffer.remove(0, pos);
    return ok;
}

QString typeOf(const QByteArray &record)
{
    return QJsonDocument::fromJson(record).object().value(QLatin1String("type")).toString();
}

// One raw HTTP/1.1 exchange whose answer may be a chunked stream: the status, the headers,
// the de-chunked body split into RecordIO records as bytes arrive.
class StreamClient
{
public:
    StreamClient(const QString &baseUrl, const QByteArray &target, const QByteArray &method,
                 const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        const QUrl url(baseUrl);
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { read(); });
        QObject::connect(&m_socket, &QTcpSocket::disconnected, &m_socket, [this] { m_closed = true; });
        QObject::connect(&m_socket, &QTcpSocket::errorOccurred, &m_socket, [this] { m_closed = true; });
        m_socket.connectToHost(url.host(), quint16(url.port()));
        QByteArray request = method + ' ' + target + " HTTP/1.1\r\nHost: " + url.host().toUtf8() + "\r\n";
        for (const auto &[name, value] : headers)
            request += name + ": " + value + "\r\n";
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        m_socket.write(request);
    }

    static StreamClient subscribe(const QString &masterUrl,
                                  const QList<QPair<QByteArray, QByteArray>> &headers
                                  = { { "Content-Type", "application/json" },
                                      { "Accept", "application/json" } })
    {
        return StreamClient(masterUrl, "/api/v1", "POST", R"({"type":"SUBSCRIBE"})", headers);
    }

    StreamClient(StreamClient &&) = delete;

    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] QByteArray header(const QByteArray &lowerName) const { return m_headers.value(lowerName); }
    [[nodiscard]] const QList<QByteArray> &records() const { return m_records; }
    [[nodiscard]] bool closed() const { return m_closed; }
    [[nodiscard]] bool bodyEnded() const { return m_lastChunk; }
    [[nodiscard]] bool badLength() const { return m_badLength; }
    [[nodiscard]] qint64 pendingLength() const { return m_pending; }
    [[nodiscard]] qsizetype leftover() const { return m_body.size(); }
    [[nodiscard]] qint64 bytesRead() const { return m_bytesRead; }
    [[nodiscard]] QByteArray plainBody() const { return m_body; }

    [[nodiscard]] QStringList types() const
    {
        QStringList list;
        for (const QByteArray &r : m_records)
            list.append(typeOf(r));
        return list;
    }
    [[nodiscard]] QJsonObject first(const QString &type) const
    {
        for (const QByteArray &r : m_records) {
            if (typeOf(r) == type)
                return QJsonDocument::fromJson(r).object();
        }
        return {};
    }
    [[nodiscard]] bool waitFor(const std::function<bool()> &done, int timeoutMs = 10000) const
    {
        return QTest::qWaitFor(done, timeoutMs);
    }
    [[nodiscard]] bool waitForType(const QString &type, int count = 1, int timeoutMs = 10000) const
    {
        return waitFor([&] { return types().count(type) >= count; }, timeoutMs);
    }

private:
    void read()
    {
        const QByteArray bytes = m_socket.readAll();
        m_bytesRead += bytes.size();
        m_raw += bytes;
        if (m_status == 0) {
            const qsizetype end = m_raw.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = m_raw.left(end).split('\n');
            m_status = lines.value(0).split(' ').value(1).toInt();
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                m_headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
            }
            m_raw.remove(0, end + 4);
            m_chunked = m_headers.value("transfer-encoding") == "chunked";
        }
        if (!m_chunked) {
            m_body += m_raw;
            m_raw.clear();
            return;
        }
        while (!m_lastChunk) {
            const qsizetype lineEnd = m_raw.indexOf("\r\n");
            if (lineEnd < 0)
                break;
            bool ok = false;
            const qsizetype size = m_raw.left(lineEnd).toLongLong(&ok, 16);
            if (!ok || m_raw.size() < lineEnd + 2 + size + 2)
                break;
            m_body += m_raw.mid(lineEnd + 2, size);
            m_raw.remove(0, lineEnd + 2 + size + 2);
            m_lastChunk = size == 0;
        }
        if (!m_badLength)
            m_badLength = !takeRecords(m_body, m_records, m_pending);
    }

    QByteArray m_raw;
    QByteArray m_body;
    int m_status = 0;
    QHash<QByteArray, QByteArray> m_headers;
    bool m_chunked = false;
    bool m_lastChunk = false;
    bool m_closed = false;
    bool m_badLength = false;
    qint64 m_pending = -1;
    qint64 m_bytesRead = 0;
    QList<QByteArray> m_records;
    QTcpSocket m_socket; // last: destroyed first, while the members its signals touch live
};

// The records of the assembled Mesos 1.11 SUBSCRIBE stream (SUBSCRIBED, HEARTBEAT, TASK_ADDED,
// TASK_UPDATED, AGENT_ADDED, HEARTBEAT).
QJsonObject fixtureRecord(int index)
{
    QFile f(fixturePath(QStringLiteral("mesos/recordio/master-subscribe.json.assembled.recordio")));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing RecordIO fixture");
    QByteArray bytes = f.readAll();
    QList<QByteArray> records;
    qint64 pending = -1;
    takeRecords(bytes, records, pending);
    return QJsonDocument::fromJson(records.value(index)).object();
}

QJsonObject postFault(const Cluster &c, const QJsonObject &fault)
{
    return httpRequest("POST", masterUrl(c, c.leader()) + QStringLiteral("/__admin/faults"), toJson(fault))
        .json()
        .object();
}

QJsonObject requestCounts(const QString &serverUrl)
{
    return httpGet(serverUrl + QStringLiteral("/__admin/requests")).json().object();
}

const QList<QPair<QByteArray, QByteArray>> kJsonCall { { "Content-Type", "application/json" },
                                                       { "Accept", "application/json" } };

} // namespace

class tst_OperatorEvents : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readerSplitsTheFixtureStream();
    void subscribeStartsWithTheState();
    void launchedTaskGivesTaskAddedThenRunning();
    void heartbeatsArriveEveryInterval();
    void agentLostAndBackGiveAgentEvents();
    void frameworkFailoverGivesFrameworkUpdated();
    void standbyRedirectsAndBadCallsGetMesosErrors();
    void stateCallsAnswerWithoutStreaming();
    void streamEndsWhenTheMasterDies();
    void droppedStreamsEndWhileTheMasterLeads();
    void requestsAreCountedPerEndpoint();
    void streamFaults_data();
    void streamFaults();
    void churnGivesEventsOnBothApis();

private:
    Cluster &start(mc::localcluster::Options options);
    QString leaderUrl() const { return masterUrl(*m_cluster, m_cluster->leader()); }

    std::unique_ptr<Cluster> m_cluster;
};

void tst_OperatorEvents::init()
{
    auto options = fastOptions(2, 1);
    options.operatorHeartbeatMs = 150;
    start(options);
    const QJsonObject app { { QStringLiteral("id"), QStringLiteral("/sleeper") },
                            { QStringLiteral("cmd"), QStringLiteral("exec sleep 600") },
                            { QStringLiteral("instances"), 2 },
                            { QStringLiteral("cpus"), 0.1 },
                            { QStringLiteral("mem"), 16 } };
    QVERIFY(postAppAndWait(*m_cluster, app, 2));
}

void tst_OperatorEvents::cleanup()
{
    m_cluster.reset();
}

Cluster &tst_OperatorEvents::start(mc::localcluster::Options options)
{
    m_cluster = std::make_unique<Cluster>(std::move(options));
    QString error;
    if (!m_cluster->start(&error))
        qFatal("localcluster does not start: %s", qPrintable(error));
    return *m_cluster;
}

void tst_OperatorEvents::readerSplitsTheFixtureStream()
{
    QFile f(fixturePath(QStringLiteral("mesos/recordio/master-subscribe.json.assembled.recordio")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray stream = f.readAll();
    QList<QByteArray> records;
    qint64 pending = -1;
    // Byte by byte: chunk boundaries are arbitrary.
    QByteArray buffer;
    for (char c : std::as_const(stream)) {
        buffer += c;
        QVERIFY(takeRecords(buffer, records, pending));
    }
    QVERIFY(buffer.isEmpty());
    QStringList types;
    for (const QByteArray &r : std::as_const(records))
        types.append(typeOf(r));
    const QJsonArray index
        = fixtureJson(QStringLiteral("mesos/recordio/master-subscribe.json.assembled.index.json"))
              .object()
              .value(QLatin1String("records"))
              .toArray();
    QCOMPARE(types.size(), index.size());
    for (qsizetype i = 0; i < index.size(); ++i)
        QCOMPARE(types[i], index[i].toObject().value(QLatin1String("type")).toString());
}

void tst_OperatorEvents::subscribeStartsWithTheState()
{
    const StreamClient stream = StreamClient::subscribe(leaderUrl());
    QVERIFY(stream.waitForType(QStringLiteral("SUBSCRIBED")));
    QCOMPARE(stream.status(), 200);
    QCOMPARE(stream.header("content-type"), QByteArray("application/json"));
    QCOMPARE(stream.header("transfer-encoding"), QByteArray("chunked"));
    QCOMPARE(stream.types().constFirst(), QStringLiteral("SUBSCRIBED"));

    const QJsonObject subscribed = stream.first(QStringLiteral("SUBSCRIBED"));
    MC_VERIFY_SHAPE(subscribed, fixtureRecord(0),
                    (JsonShapeOptions { { QStringLiteral("executors"), QStringLiteral("executor_id"),
                                          QStringLiteral("completed_tasks") },
                                        {},
                                        {} }));

    const QJsonObject body = subscribed.value(QLatin1String("subscribed")).toObject();
    QCOMPARE(body.value(QLatin1String("heartbeat_interval_seconds")).toDouble(), 0.15);
    const QJsonObject state = body.value(QLatin1String("get_state")).toObject();
    const QJsonArray tasks
        = state.value(QLatin1String("get_tasks")).toObject().value(QLatin1String("tasks")).toArray();
    QCOMPARE(tasks.size(), 2);
    for (const QJsonValue &t : tasks) {
        const QJsonObject task = t.toObject();
        QCOMPARE(task.value(QLatin1String("state")).toString(), QStringLiteral("TASK_RUNNING"));
        const QString id
            = task.value(QLatin1String("task_id")).toObject().value(QLatin1String("value")).toString();
        QVERIFY2(m_cluster->task(id), qPrintable(id));
        QCOMPARE(task.value(QLatin1String("agent_id")).toObject().value(QLatin1String("value")).toString(),
                 m_cluster->agents()[0].id);
        const QJsonArray resources = task.value(QLatin1String("resources")).toArray();
        QCOMPARE(resources.at(0).toObject().value(QLatin1String("name")).toString(), QStringLiteral("cpus"));
        QCOMPARE(resources.at(0)
                     .toObject()
                     .value(QLatin1String("scalar"))
                     .toObject()
                     .value(QLatin1String("value"))
                     .toDouble(),
                 0.1);
        QCOMPARE(task.value(QLatin1String("statuses"))
                     .toArray()
                     .last()
                     .toObject()
                     .value(QLatin1String("state"))
                     .toString(),
                 QStringLiteral("TASK_RUNNING"));
    }
    const QJsonArray agents
        = state.value(QLatin1String("get_agents")).toObject().value(QLatin1String("agents")).toArray();
    QCOMPARE(agents.size(), 1);
    QCOMPARE(agents[0]
                 .toObject()
                 .value(QLatin1String("agent_info"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toObject()
                 .value(QLatin1String("value"))
                 .toString(),
             m_cluster->agents()[0].id);
    const QJsonArray frameworks = state.value(QLatin1String("get_frameworks"))
                                      .toObject()
                                      .value(QLatin1String("frameworks"))
                                      .toArray();
    QCOMPARE(frameworks.size(), 1);
    QCOMPARE(frameworks[0]
                 .toObject()
                 .value(QLatin1String("framework_info"))
                 .toObject()
                 .value(QLatin1String("id"))
                 .toObject()
                 .value(QLatin1String("value"))
                 .toString(),
             m_cluster->frameworkId());
}

void tst_OperatorEvents::launchedTaskGivesTaskAddedThenRunning()
{
    const StreamClient stream = StreamClient::subscribe(leaderUrl());
    QVERIFY(stream.waitForType(QStringLiteral("SUBSCRIBED")));
    httpRequest("DELETE", leaderUrl() + QStringLiteral("/__admin/requests"));

    const QJsonObject app { { QStringLiteral("id"), QStringLiteral("/fresh") },
                            { QStringLiteral("cmd"), QStringLiteral("exec sleep 600") },
                            { QStringLiteral("instances"), 1 },
                            { QStringLiteral("cpus"), 0.1 },
                            { QStringLiteral("mem"), 16 } };
    QVERIFY(postAppAndWait(*m_cluster, app, 1));
    QVERIFY(stream.waitFor([&] {
        for (const QByteArray &r : stream.records()) {
            const QJsonObject o = QJsonDocument::fromJson(r).object();
            if (o.value(QLatin1String("type")).toString() == QLatin1String("TASK_UPDATED")
                && o.value(QLatin1String("task_updated")).toObject().value(QLatin1String("state")).toString()
                    == QLatin1String("TASK_RUNNING"))
                return true;
        }
        return false;
    }));

    // The order the master sends: the task (STAGING), then its statuses.
    QStringList seen;
    QString taskId;
    for (const QByteArray &r : stream.records()) {
        const QJsonObject o = QJsonDocument::fromJson(r).object();
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QLatin1String("TASK_ADDED")) {
            const QJsonObject task
                = o.value(QLatin1String("task_added")).toObject().value(QLatin1String("task")).toObject();
            QCOMPARE(task.value(QLatin1String("name")).toString(), QStringLiteral("fresh"));
            QCOMPARE(task.value(QLatin1String("state")).toString(), QStringLiteral("TASK_STAGING"));
            taskId = task.value(QLatin1String("task_id")).toObject().value(QLatin1String("value")).toString();
            seen.append(QStringLiteral("ADDED"));
        } else if (type == QLatin1String("TASK_UPDATED")) {
            const QJsonObject u = o.value(QLatin1String("task_updated")).toObject();
            QCOMPARE(u.value(QLatin1String("status"))
                         .toObject()
                         .value(QLatin1String("task_id"))
                         .toObject()
                         .value(QLatin1String("value"))
                         .toString(),
                     taskId);
            QCOMPARE(
                u.value(QLatin1String("framework_id")).toObject().value(QLatin1String("value")).toString(),
                m_cluster->frameworkId());
            seen.append(u.value(QLatin1String("state")).toString());
        }
    }
    QCOMPARE(seen,
             (QStringList { QStringLiteral("ADDED"), QStringLiteral("TASK_STARTING"),
                            QStringLiteral("TASK_RUNNING") }));

    // Shape of TASK_UPDATED as master.proto has it (the fixture's fourth record).
    MC_VERIFY_SHAPE(stream.first(QStringLiteral("TASK_UPDATED")), fixtureRecord(3), {});

    // Nothing re-read the state meanwhile.
    const QJsonObject counts = requestCounts(leaderUrl());
    QVERIFY2(!counts.value(QLatin1String("requests")).toObject().contains(QLatin1String("GET /master/state")),
             toJson(counts).constData());
}

void tst_OperatorEvents::heartbeatsArriveEveryInterval()
{
    const StreamClient stream = StreamClient::subscribe(leaderUrl());
    QVERIFY(stream.waitForType(QStringLiteral("HEARTBEAT"), 3));
    QCOMPARE(stream.types().constFirst(), QStringLiteral("SUBSCRIBED"));
    QCOMPARE(stream.first(QStringLiteral("HEARTBEAT")),
             QJsonObject({ { QStringLiteral("type"), QStringLiteral("HEARTBEAT") } }));
}

void tst_OperatorEvents::agentLostAndBackGiveAgentEvents()
{
    const StreamClient stream = StreamClient::subscribe(leaderUrl());
    QVERIFY(stream.waitForType(QStringLiteral("SUBSCRIBED")));
    QVERIFY(m_cluster->loseAgent(0));
    QVERIFY(stream.waitForType(QStringLiteral("AGENT_REMOVED")));
    QCOMPARE(stream.first(QStringLiteral("AGENT_REMOVED"))
                 .value(QLatin1String("agent_removed"))
                 .toObject()
                 .value(QLatin1String("agent_id"))
                 .toObject()
                 .value(QLatin1String("value"))
                 .toString(),
             m_cluster->agents()[0].id);
    const QJsonObject unreachable = stream.first(QStringLiteral("TASK_UPDATED"));
    QCOMPARE(
        unreachable.value(QLatin1String("task_updated")).toObject().value(QLatin1String("state")).toString(),
        QStringLiteral("TASK_UNREACHABLE"));
    QVERIFY(m_cluster->restoreAgent(0));
    QVERIFY(stream.waitForType(QStringLiteral("AGENT_ADDED")));
    MC_VERIFY_SHAPE(
        stream.first(QStringLiteral("AGENT_ADDED")), fixtureRecord(4),
        (JsonShapeOptions {
            { QStringLiteral("offered_resources"), QStringLiteral("allocated_resources") }, {}, {} }));
}

void tst_OperatorEvents::frameworkFailoverGivesFrameworkUpdated()
{
    const StreamClient stream = StreamClient::subscribe(leaderUrl());
    QVERIFY(stream.waitForType(QStringLiteral("SUBSCRIBED")));
    const QString admin = leaderUrl() + QStringLiteral("/__admin/frameworks/marathon/");
    QCOMPARE(httpRequest("POST", admin + QStringLiteral("disconnect")).status, 200);
    QCOMPARE(httpRequest("POST", admin + QStringLiteral("disconnect")).status, 409);
    QVERIFY(stream.waitForType(QStringLiteral("FRAMEWORK_UPDATED")));
    const QJsonObject framework = stream.first(QStringLiteral("FRAMEWORK_UPDATED"))
                                      .value(QLatin1String("framework_updated"))
                                      .toObject()
                                      .value(QLatin1String("framework"))
                                      .toObject();
    QCOMPARE(framework.value(QLatin1String("connected")).toBool(true), false);
    QCOMPARE(framework.value(QLatin1String("active")).toBool(true), false);
    MC_VERIFY_SHAPE(
        stream.first(QStringLiteral("FRAMEWORK_UPDATED")),
        fixtureJson(QStringLiteral("mesos/v1.FRAMEWORK_UPDATED.event.json")).object(),
        (JsonShapeOptions {
            { QStringLiteral("allocated_resources"), QStringLiteral("inverse_offers") }, {}, {} }));
    // The v0 state says the same.
    const QJsonObject v0 = httpGet(leaderUrl() + QStringLiteral("/master/frameworks"))
                               .json()
                               .object()
                               .value(QLatin1String("frameworks"))
                               .toArray()
                               .at(0)
                               .toObject();
    QCOMPARE(v0.value(QLatin1String("connected")).toBool(true), false);

    QCOMPARE(httpRequest("POST", admin + QStringLiteral("reconnect")).status, 200);
    QVERIFY(stream.waitForType(QStringLiteral("FRAMEWORK_UPDATED"), 2));
}

void tst_OperatorEvents::standbyRedirectsAndBadCallsGetMesosErrors()
{
    const int standby = 1 - m_cluster->leader();
    const HttpResult redirected
        = httpRequest("POST", masterUrl(*m_cluster, standby) + QStringLiteral("/api/v1"),
                      R"({"type":"SUBSCRIBE"})", kJsonCall);
    QCOMPARE(redirected.status, 307);
    QCOMPARE(redirected.header("Location"),
             QStringLiteral("//127.0.0.1:%1/api/v1")
                 .arg(m_cluster->masters()[size_t(m_cluster->leader())].port)
                 .toUtf8());

    const QString api = leaderUrl() + QStringLiteral("/api/v1");
    const HttpResult get = httpGet(api);
    QCOMPARE(get.status, 405);
    QCOMPARE(get.header("Allow"), QByteArray("POST"));
    QCOMPARE(httpRequest("POST", api, R"({"type":"SUBSCRIBE"})", { { "Content-Type", "text/plain" } }).status,
             415);
    QCOMPARE(httpRequest("POST", api, "{not json", kJsonCall).status, 400);
    QCOMPARE(httpRequest("POST", api, R"({"type":"NO_SUCH_CALL"})", kJsonCall).status, 400);
    QCOMPARE(httpRequest("POST", api, R"({"type":"SUBSCRIBE"})",
                         { { "Content-Type", "application/json" }, { "Accept", "text/html" } })
                 .status,
             406);
    QCOMPARE(httpRequest("POST", api, R"({"type":"GET_METRICS"})", kJsonCall).status, 501);
}

void tst_OperatorEvents::stateCallsAnswerWithoutStreaming()
{
    const QString api = leaderUrl() + QStringLiteral("/api/v1");
    const HttpResult state = httpRequest("POST", api, R"({"type":"GET_STATE"})", kJsonCall);
    QCOMPARE(state.status, 200);
    QCOMPARE(state.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject o = state.json().object();
    QCOMPARE(o.value(QLatin1String("type")).toString(), QStringLiteral("GET_STATE"));
    QCOMPARE(o.value(QLatin1String("get_state"))
                 .toObject()
                 .value(QLatin1String("get_tasks"))
                 .toObject()
                 .value(QLatin1String("tasks"))
                 .toArray()
                 .size(),
             2);
    const HttpResult version = httpRequest("POST", api, R"({"type":"GET_VERSION"})", kJsonCall);
    QCOMPARE(version.json()
                 .object()
                 .value(QLatin1String("get_version"))
                 .toObject()
                 .value(QLatin1String("version_info"))
                 .toObject()
                 .value(QLatin1String("version"))
                 .toString(),
             QStringLiteral("1.11.0"));
    const HttpResult agents = httpRequest("POST", api, R"({"type":"GET_AGENTS"})", kJsonCall);
    MC_VERIFY_SHAPE(agents.json().object(),
                    fixtureJson(QStringLiteral("mesos/v1.GET_AGENTS.response.json")).object(), {});
}

void tst_OperatorEvents::streamEndsWhenTheMasterDies()
{
    const StreamClient stream = StreamClient::subscribe(leaderUrl());
    QVERIFY(stream.waitForType(QStringLiteral("SUBSCRIBED")));
    QVERIFY(!stream.closed());
    QVERIFY(m_cluster->killMaster(m_cluster->leader()));
    QVERIFY(stream.waitFor([&] { return stream.closed(); }));
    QVERIFY(!stream.bodyEnded()); // no last chunk: the process died
}

void tst_OperatorEvents::droppedStreamsEndWhileTheMasterLeads()
{
    const int leader = m_cluster->leader();
    const StreamClient stream = StreamClient::subscribe(leaderUrl());
    QVERIFY(stream.waitForType(QStringLiteral("SUBSCRIBED")));
    const HttpResult dropped
        = httpRequest("POST", leaderUrl() + QStringLiteral("/__admin/masters/leader/drop-streams"));
    QCOMPARE(dropped.status, 200);
    QCOMPARE(dropped.json().object().value(QLatin1String("dropped")).toInt(), leader);
    QVERIFY(stream.waitFor([&] { return stream.closed(); }));
    QVERIFY(!stream.bodyEnded()); // reset, no last chunk
    QCOMPARE(m_cluster->leader(), leader);
    // A new subscription is served as before.
    const StreamClient again = StreamClient::subscribe(leaderUrl());
    QVERIFY(again.waitForType(QStringLiteral("SUBSCRIBED")));
    QVERIFY(m_cluster->killMaster(leader));
    QCOMPARE(httpRequest("POST",
                         masterUrl(*m_cluster, 1 - leader)
                             + QStringLiteral("/__admin/masters/%1/drop-streams").arg(leader))
                 .status,
             409);
}

void tst_OperatorEvents::requestsAreCountedPerEndpoint()
{
    httpRequest("DELETE", leaderUrl() + QStringLiteral("/__admin/requests"));
    QCOMPARE(httpGet(leaderUrl() + QStringLiteral("/master/state")).status, 200);
    QCOMPARE(httpGet(leaderUrl() + QStringLiteral("/master/state?jsonp=x")).status, 200);
    QCOMPARE(httpGet(leaderUrl() + QStringLiteral("/metrics/snapshot")).status, 200);
    const StreamClient stream = StreamClient::subscribe(leaderUrl());
    QVERIFY(stream.waitForType(QStringLiteral("SUBSCRIBED")));

    const QJsonObject counts = requestCounts(leaderUrl());
    QCOMPARE(counts.value(QLatin1String("server")).toString(), QStringLiteral("master"));
    QCOMPARE(counts.value(QLatin1String("index")).toInt(), m_cluster->leader());
    const QJsonObject requests = counts.value(QLatin1String("requests")).toObject();
    QCOMPARE(requests.value(QLatin1String("GET /master/state")).toInt(), 2);
    QCOMPARE(requests.value(QLatin1String("GET /metrics/snapshot")).toInt(), 1);
    QCOMPARE(requests.value(QLatin1String("POST /api/v1")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("calls")).toObject().value(QLatin1String("SUBSCRIBE")).toInt(), 1);
    QCOMPARE(counts.value(QLatin1String("total")).toInt(), 4); // /__admin is not counted

    // Each server counts its own.
    QCOMPARE(httpGet(marathonUrl(*m_cluster) + QStringLiteral("/v2/apps")).status, 200);
    QCOMPARE(requestCounts(marathonUrl(*m_cluster))
                 .value(QLatin1String("requests"))
                 .toObject()
                 .value(QLatin1String("GET /v2/apps"))
                 .toInt(),
             1);
    QCOMPARE(httpGet(agentUrl(*m_cluster, 0) + QStringLiteral("/slave(1)/state")).status, 200);
    QCOMPARE(requestCounts(agentUrl(*m_cluster, 0))
                 .value(QLatin1String("requests"))
                 .toObject()
                 .value(QLatin1String("GET /slave(1)/state"))
                 .toInt(),
             1);

    const HttpResult reset = httpRequest("DELETE", leaderUrl() + QStringLiteral("/__admin/requests"));
    QCOMPARE(reset.status, 200);
    QCOMPARE(reset.json().object().value(QLatin1String("total")).toInt(), 4); // what was reset
    QCOMPARE(requestCounts(leaderUrl()).value(QLatin1String("total")).toInt(), 0);
}

void tst_OperatorEvents::streamFaults_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("cut") << QStringLiteral("stream-cut");
    QTest::newRow("lying length") << QStringLiteral("stream-lying-length");
    QTest::newRow("truncated") << QStringLiteral("stream-truncated");
    QTest::newRow("not json") << QStringLiteral("stream-not-json");
    QTest::newRow("huge length") << QStringLiteral("stream-huge-length");
    QTest::newRow("no heartbeat") << QStringLiteral("stream-no-heartbeat");
    QTest::newRow("stall") << QStringLiteral("stream-stall");
}

void tst_OperatorEvents::streamFaults()
{
    QFETCH(QString, mode);
    const QJsonObject added = postFault(*m_cluster,
                                        { { QStringLiteral("target"), QStringLiteral("master") },
                                          { QStringLiteral("path"), QStringLiteral("/api/v1") },
                                          { QStringLiteral("mode"), mode },
                                          { QStringLiteral("delayMs"), 50 },
                                          { QStringLiteral("count"), 1 } });
    QVERIFY2(added.contains(QLatin1String("id")), toJson(added).constData());
    // A non-streaming call does not take a stream fault.
    QCOMPARE(
        httpRequest("POST", leaderUrl() + QStringLiteral("/api/v1"), R"({"type":"GET_HEALTH"})", kJsonCall)
            .status,
        200);

    const StreamClient stream = StreamClient::subscribe(leaderUrl());
    QVERIFY(stream.waitForType(QStringLiteral("SUBSCRIBED")));
    auto jsonRecords = [&] {
        int valid = 0;
        for (const QByteArray &r : stream.records())
            valid += QJsonDocument::fromJson(r).isObject() ? 1 : 0;
        return valid;
    };
    auto invalidRecords = [&] { return int(stream.records().size()) - jsonRecords(); };

    if (mode == QLatin1String("stream-cut")) {
        QVERIFY(stream.waitFor([&] { return stream.closed(); }));
        QVERIFY(!stream.bodyEnded());
        QVERIFY(stream.leftover() > 0); // half a record
    } else if (mode == QLatin1String("stream-truncated")) {
        QVERIFY(stream.waitFor([&] { return stream.bodyEnded(); }));
        QVERIFY(stream.leftover() > 0);
        QVERIFY(stream.waitFor([&] { return stream.closed(); }));
    } else if (mode == QLatin1String("stream-lying-length") || mode == QLatin1String("stream-not-json")) {
        // The reader gets bytes that are no JSON (or loses the framing altogether).
        QVERIFY(stream.waitFor([&] { return invalidRecords() > 0 || stream.badLength(); }));
        QVERIFY(!stream.closed());
    } else if (mode == QLatin1String("stream-huge-length")) {
        QVERIFY(stream.waitFor([&] { return stream.pendingLength() == 107374182400LL; }));
        QVERIFY(!stream.closed());
    } else if (mode == QLatin1String("stream-no-heartbeat")) {
        QTest::qWait(300); // the fault is in place
        const int heartbeats = int(stream.types().count(QStringLiteral("HEARTBEAT")));
        QTest::qWait(600); // four intervals
        QCOMPARE(int(stream.types().count(QStringLiteral("HEARTBEAT"))), heartbeats);
        m_cluster->loseAgent(0); // events still flow
        QVERIFY(stream.waitForType(QStringLiteral("AGENT_REMOVED")));
    } else if (mode == QLatin1String("stream-stall")) {
        QTest::qWait(300);
        const qint64 bytes = stream.bytesRead();
        m_cluster->loseAgent(0);
        QTest::qWait(600);
        QCOMPARE(stream.bytesRead(), bytes);
        QVERIFY(!stream.closed());
    }
    // Faults are one-shot here: the next stream is clean.
    const StreamClient next = StreamClient::subscribe(leaderUrl());
    QVERIFY(next.waitForType(QStringLiteral("HEARTBEAT"), 2));
    QVERIFY(!next.badLength());
}

void tst_OperatorEvents::churnGivesEventsOnBothApis()
{
    auto options = fastOptions(1, 0);
    options.scale = { 20, 5, 50, 20 };
    start(options);
    QCOMPARE(m_cluster->activeTasks().size(), 50);
    const StreamClient mesos = StreamClient::subscribe(leaderUrl());
    const StreamClient marathon(marathonUrl(*m_cluster), "/v2/events", "GET", {},
                                { { "Accept", "text/event-stream" } });
    QVERIFY(mesos.waitForType(QStringLiteral("SUBSCRIBED")));
    QVERIFY(mesos.waitFor([&] {
        const QStringList types = mesos.types();
        return types.count(QStringLiteral("TASK_ADDED")) >= 5
            && types.count(QStringLiteral("TASK_UPDATED")) >= 15;
    }));
    QStringList states;
    for (const QByteArray &r : mesos.records()) {
        const QJsonObject o = QJsonDocument::fromJson(r).object();
        states.append(
            o.value(QLatin1String("task_updated")).toObject().value(QLatin1String("state")).toString());
    }
    QVERIFY(states.contains(QStringLiteral("TASK_KILLED")));
    QVERIFY(states.contains(QStringLiteral("TASK_RUNNING")));
    QVERIFY(marathon.waitFor([&] {
        const QByteArray body = marathon.plainBody();
        return body.contains("event: status_update_event") && body.contains("event: instance_changed_event");
    }));
    // Marathon keeps every app at its instance count.
    QVERIFY(QTest::qWaitFor([&] { return m_cluster->activeTasks().size() >= 45; }, 5000));
    QVERIFY(!requestCounts(leaderUrl())
                 .value(QLatin1String("requests"))
                 .toObject()
                 .contains(QLatin1String("GET /master/state")));
}

QTEST_GUILESS_MAIN(tst_OperatorEvents)
#include "tst_OperatorEvents.moc"
