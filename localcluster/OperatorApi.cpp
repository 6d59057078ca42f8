#include "localcluster/OperatorApi.h"

#include "localcluster/MaintenanceApi.h"
#include "localcluster/OperatorJson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace mc::localcluster {

namespace {
const QStringList kStateCalls
    = { QStringLiteral("GET_STATE"), QStringLiteral("GET_TASKS"), QStringLiteral("GET_AGENTS"),
        QStringLiteral("GET_FRAMEWORKS"), QStringLiteral("GET_EXECUTORS") };
const QStringList kKnownCalls = { QStringLiteral("GET_HEALTH"),
                                  QStringLiteral("GET_FLAGS"),
                                  QStringLiteral("GET_VERSION"),
                                  QStringLiteral("GET_METRICS"),
                                  QStringLiteral("GET_LOGGING_LEVEL"),
                                  QStringLiteral("SET_LOGGING_LEVEL"),
                                  QStringLiteral("LIST_FILES"),
                                  QStringLiteral("READ_FILE"),
                                  QStringLiteral("GET_STATE"),
                                  QStringLiteral("GET_AGENTS"),
                                  QStringLiteral("GET_FRAMEWORKS"),
                                  QStringLiteral("GET_EXECUTORS"),
                                  QStringLiteral("GET_OPERATIONS"),
                                  QStringLiteral("GET_TASKS"),
                                  QStringLiteral("GET_ROLES"),
                                  QStringLiteral("GET_WEIGHTS"),
                                  QStringLiteral("UPDATE_WEIGHTS"),
                                  QStringLiteral("GET_MASTER"),
                                  QStringLiteral("SUBSCRIBE"),
                                  QStringLiteral("RESERVE_RESOURCES"),
                                  QStringLiteral("UNRESERVE_RESOURCES"),
                                  QStringLiteral("CREATE_VOLUMES"),
                                  QStringLiteral("DESTROY_VOLUMES"),
                                  QStringLiteral("GROW_VOLUME"),
                                  QStringLiteral("SHRINK_VOLUME"),
                                  QStringLiteral("GET_MAINTENANCE_STATUS"),
                                  QStringLiteral("GET_MAINTENANCE_SCHEDULE"),
                                  QStringLiteral("UPDATE_MAINTENANCE_SCHEDULE"),
                                  QStringLiteral("START_MAINTENANCE"),
                                  QStringLiteral("STOP_MAINTENANCE"),
                                  QStringLiteral("DRAIN_AGENT"),
                                  QStringLiteral("DEACTIVATE_AGENT"),
                                  QStringLiteral("REACTIVATE_AGENT"),
                                  QStringLiteral("GET_QUOTA"),
                                  QStringLiteral("UPDATE_QUOTA"),
                                  QStringLiteral("SET_QUOTA"),
                                  QStringLiteral("REMOVE_QUOTA"),
                                  QStringLiteral("TEARDOWN"),
                                  QStringLiteral("MARK_AGENT_GONE") };

// An Accept header's verdict on a media type, as libprocess' Request::acceptsMediaType:
// no header accepts everything; the most specific matching range decides, q=0 refuses.
bool accepts(const QByteArray &header, const QByteArray &type)
{
    if (header.trimmed().isEmpty())
        return true;
    const QByteArray family = type.left(type.indexOf('/')) + "/*";
    int bestSpecificity = -1;
    double bestQ = 0;
    for (const QByteArray &part : header.split(',')) {
        const QList<QByteArray> fields = part.split(';');
        const QByteArray range = fields.value(0).trimmed().toLower();
        int specificity = -1;
        if (range == type)
            specificity = 2;
        else if (range == family)
            specificity = 1;
        else if (range == "*/*")
            specificity = 0;
        if (specificity < bestSpecificity || specificity < 0)
            continue;
        double q = 1;
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const QByteArray param = fields[i].trimmed();
            if (param.startsWith("q="))
                q = param.mid(2).toDouble();
        }
        bestSpecificity = specificity;
        bestQ = q;
    }
    return bestSpecificity >= 0 && bestQ > 0;
}

HttpResponse text(int status, const QByteArray &message)
{
    return HttpResponse::text(message, status);
}

constexpr qint64 kHugeLength = 107374182400; // 100 GB
} // namespace

QByteArray recordIo(const QByteArray &json)
{
    return QByteArray::number(json.size()) + '\n' + json;
}

QByteArray httpChunk(const QByteArray &bytes)
{
    return QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n";
}

OperatorApi::OperatorApi(Cluster &cluster, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
{
    connect(&m_cluster, &Cluster::taskAdded, this, [this](const TaskPtr &task) {
        broadcast([this, task] { return OperatorJson(m_cluster).taskAdded(*task); });
    });
    connect(&m_cluster, &Cluster::taskStatusAdded, this, [this](const TaskPtr &task) {
        broadcast([this, task] { return OperatorJson(m_cluster).taskUpdated(*task); });
    });
    connect(&m_cluster, &Cluster::agentAdded, this, [this](int agent) {
        broadcast(
            [this, agent] { return OperatorJson(m_cluster).agentAdded(m_cluster.agents()[size_t(agent)]); });
    });
    connect(&m_cluster, &Cluster::agentRemoved, this, [this](int agent) {
        broadcast([this, agent] {
            return OperatorJson(m_cluster).agentRemoved(m_cluster.agents()[size_t(agent)]);
        });
    });
    connect(&m_cluster, &Cluster::frameworkRemoved, this, [this](const QString &id) {
        broadcast([this, id] { return OperatorJson(m_cluster).frameworkRemoved(id); });
    });
    connect(&m_cluster, &Cluster::frameworkChanged, this,
            [this] { broadcast([this] { return OperatorJson(m_cluster).frameworkUpdated(); }); });
    connect(&m_cluster, &Cluster::streamsDropped, this, &OperatorApi::closeStreamsOf);
    // A master that is not the leader any more ends its streams (Mesos aborts the process).
    connect(&m_cluster, &Cluster::leaderChanged, this, [this](int leader) {
        for (const MasterNode &m : m_cluster.masters()) {
            if (m.index != leader)
                closeStreamsOf(m.index);
        }
    });
}

OperatorApi::~OperatorApi() = default;

void OperatorApi::handle(int master, const HttpRequest &request, HttpConnection *connection)
{
    if (request.method != "POST") {
        connection->respond(text(405, "Expecting one of { 'POST' }, but received '" + request.method + "'")
                                .withHeader("Allow", "POST"));
        return;
    }
    const QByteArray contentType = request.header("content-type");
    if (contentType.isEmpty()) {
        connection->respond(text(400, "Expecting 'Content-Type' to be present"));
        return;
    }
    if (contentType == "application/x-protobuf") {
        connection->respond(text(415, "localcluster reads 'Content-Type' application/json only"));
        return;
    }
    if (contentType != "application/json") {
        connection->respond(
            text(415, "Expecting 'Content-Type' of application/json or application/x-protobuf"));
        return;
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        connection->respond(text(400,
                                 "Failed to parse body into JSON: "
                                     + (document.isObject() ? parseError.errorString().toUtf8()
                                                            : QByteArray("not a JSON object"))));
        return;
    }
    const QString type = document.object().value(QLatin1String("type")).toString();
    // A call newer than the version the master claims is not in its Call enum either.
    const bool tooNew = MaintenanceApi::introducedIn(type)
        > MaintenanceApi::majorMinor(m_cluster.options().mesosVersion);
    if ((!kKnownCalls.contains(type) && type != QLatin1String("UNKNOWN")) || tooNew) {
        connection->respond(text(400,
                                 "Failed to convert JSON into Call protobuf: Failed to find enum for '"
                                     + type.toUtf8() + "'"));
        return;
    }
    const QByteArray accept = request.header("accept");
    if (!accepts(accept, "application/json")) {
        connection->respond(text(406,
                                 accepts(accept, "application/x-protobuf")
                                     ? "localcluster answers 'Accept' application/json only"
                                     : "Expecting 'Accept' to allow 'application/x-protobuf' or "
                                       "'application/json'"));
        return;
    }
    m_cluster.requestCounts(QStringLiteral("master"), master).calls[type.toUtf8()] += 1;

    if (type == QLatin1String("SUBSCRIBE")) {
        subscribe(master, request, connection);
    } else if (kStateCalls.contains(type)) {
        connection->respond(HttpResponse::json(OperatorJson(m_cluster).response(type)));
    } else if (type == QLatin1String("GET_HEALTH") || type == QLatin1String("GET_VERSION")) {
        connection->respond(m_cluster.operatorCall(request));
    } else if (auto answer = MaintenanceApi(m_cluster).handleV1(type, document.object())) {
        connection->respond(*answer);
    } else if (type == QLatin1String("UNKNOWN")) {
        connection->respond(HttpResponse::empty(501));
    } else {
        connection->respond(text(501, "localcluster does not implement the v1 call '" + type.toUtf8() + "'"));
    }
}

void OperatorApi::subscribe(int master, const HttpRequest &request, HttpConnection *connection)
{
    connection->beginStream(200,
                            { { "Content-Type", "application/json" }, { "Transfer-Encoding", "chunked" } });
    auto subscriber = std::make_shared<Subscriber>();
    subscriber->connection = connection;
    subscriber->master = master;
    prune();
    m_subscribers.append(subscriber);

    const double interval = m_cluster.options().operatorHeartbeatMs / 1000.0;
    sendRecord(*subscriber, OperatorJson(m_cluster).subscribed(interval));

    subscriber->heartbeat = new QTimer(connection);
    subscriber->heartbeat->setInterval(m_cluster.options().operatorHeartbeatMs);
    std::weak_ptr<Subscriber> weak = subscriber;
    connect(subscriber->heartbeat, &QTimer::timeout, this, [this, weak] {
        if (const auto s = weak.lock(); s && !s->noHeartbeat)
            sendRecord(*s, OperatorJson::heartbeat());
    });
    subscriber->heartbeat->start();

    const auto fault = m_cluster.faults().take(QStringLiteral("master"), master, request.path, true);
    if (fault) {
        QTimer::singleShot(fault->delayMs, connection, [this, weak, f = *fault] {
            if (const auto s = weak.lock())
                injectFault(*s, f);
        });
    }
}

void OperatorApi::prune()
{
    m_subscribers.removeIf([](const std::shared_ptr<Subscriber> &s) { return s->connection.isNull(); });
}

void OperatorApi::broadcast(const std::function<QByteArray()> &render)
{
    prune();
    if (m_subscribers.isEmpty())
        return;
    const QByteArray json = render();
    for (const auto &s : std::as_const(m_subscribers))
        sendRecord(*s, json);
}

void OperatorApi::sendRecord(Subscriber &subscriber, const QByteArray &json)
{
    if (subscriber.stalled || !subscriber.connection)
        return;
    // Pieces, not one copy: a SUBSCRIBED of 100,000 tasks is over 100 MB.
    const QByteArray prefix = QByteArray::number(json.size()) + '\n';
    subscriber.connection->write(QByteArray::number(prefix.size() + json.size(), 16) + "\r\n" + prefix);
    subscriber.connection->write(json);
    subscriber.connection->write("\r\n");
}

void OperatorApi::closeStreamsOf(int master)
{
    for (const auto &s : std::as_const(m_subscribers)) {
        if (s->master == master && s->connection)
            s->connection->abort();
    }
    prune();
}

void OperatorApi::injectFault(Subscriber &s, const Fault &fault)
{
    HttpConnection *c = s.connection.data();
    if (!c)
        return;
    const QByteArray record = recordIo(OperatorJson::heartbeat());
    switch (fault.mode) {
    case Fault::Mode::StreamCut:
        c->write(httpChunk(record.left(record.size() / 2)));
        c->flush(); // the half record goes out before the reset
        c->abort();
        break;
    case Fault::Mode::StreamLyingLength:
        // Says 7 bytes more than there are: the reader takes the next record's start as this one's end.
        c->write(httpChunk(QByteArray::number(OperatorJson::heartbeat().size() + 7) + '\n'
                           + OperatorJson::heartbeat()));
        break;
    case Fault::Mode::StreamTruncated:
        c->write(httpChunk(record.left(record.size() / 2)));
        c->write("0\r\n\r\n"); // the body ends cleanly, in the middle of the record
        c->close();
        break;
    case Fault::Mode::StreamNotJson: {
        const QByteArray garbage = "<html><body>502 Bad Gateway</body></html>";
        c->write(httpChunk(recordIo(garbage)));
        break;
    }
    case Fault::Mode::StreamHugeLength:
        c->write(httpChunk(QByteArray::number(kHugeLength) + "\n{\"type\":\"SUBSCRIBED\","));
        break;
    case Fault::Mode::StreamNoHeartbeat:
        s.noHeartbeat = true;
        break;
    case Fault::Mode::StreamStall:
        s.stalled = true;
        break;
    default:
        break;
    }
}

} // namespace mc::localcluster
