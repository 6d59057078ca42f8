#pragma once

#include "localcluster/Cluster.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace mc::localcluster {

// The v1 operator API of the leading master (`POST /api/v1`), as Mesos 1.11's
// Master::Http::api: GET_HEALTH, GET_VERSION, GET_STATE, GET_TASKS, GET_AGENTS,
// GET_FRAMEWORKS, GET_EXECUTORS and the SUBSCRIBE event stream. Standbys
// redirect before this is reached (MasterApi).
//
// SUBSCRIBE: 200, `Content-Type: application/json` (the message encoding; the
// body is RecordIO: `<decimal length>\n<JSON>` per event), chunked, open
// until the master dies or loses the leadership. First SUBSCRIBED with
// get_state and heartbeat_interval_seconds, then TASK_ADDED, TASK_UPDATED,
// AGENT_ADDED, AGENT_REMOVED, FRAMEWORK_*, and a HEARTBEAT every interval
// (the first one interval after SUBSCRIBED, as the master's heartbeater).
class OperatorApi : public QObject
{
    Q_OBJECT

public:
    OperatorApi(Cluster &cluster, QObject *parent = nullptr);
    ~OperatorApi() override;

    void handle(int master, const HttpRequest &request, HttpConnection *connection);
    [[nodiscard]] int subscriberCount() const;
    // FRAMEWORK_ADDED / FRAMEWORK_UPDATED / FRAMEWORK_REMOVED to every subscriber.
    void announceFramework(const char *eventType);

private:
    struct Subscriber
    {
        QPointer<HttpConnection> connection;
        int master = -1;
        QTimer *heartbeat = nullptr;
        bool noHeartbeat = false;
        bool stalled = false;
    };

    void subscribe(int master, const HttpRequest &request, HttpConnection *connection);
    // Renders the record only when somebody listens.
    void broadcast(const std::function<QByteArray()> &render);
    void sendRecord(Subscriber &subscriber, const QByteArray &json);
    void injectFault(Subscriber &subscriber, const Fault &fault);
    void closeStreamsOf(int master);
    void prune();

    Cluster &m_cluster;
    QList<std::shared_ptr<Subscriber>> m_subscribers;
};

// "<length>\n<bytes>": one RecordIO record.
[[nodiscard]] QByteArray recordIo(const QByteArray &json);
// One HTTP/1.1 chunk holding `bytes`.
[[nodiscard]] QByteArray httpChunk(const QByteArray &bytes);

} // namespace mc::localcluster
