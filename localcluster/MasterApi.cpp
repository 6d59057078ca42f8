#include "localcluster/MasterApi.h"

#include "localcluster/HttpServer.h"
#include "localcluster/JsonWriter.h"
#include "localcluster/MaintenanceApi.h"
#include "localcluster/MesosJson.h"
#include "localcluster/MetricNames.h"
#include "localcluster/OperatorApi.h"
#include "localcluster/SystemMetrics.h"

#include <QHash>

namespace mc::localcluster {

namespace {
bool isStateEndpoint(const QString &path)
{
    static const QStringList paths = { QStringLiteral("/master/state"),
                                       QStringLiteral("/state"),
                                       QStringLiteral("/master/state-summary"),
                                       QStringLiteral("/state-summary"),
                                       QStringLiteral("/master/tasks"),
                                       QStringLiteral("/tasks"),
                                       QStringLiteral("/master/slaves"),
                                       QStringLiteral("/slaves"),
                                       QStringLiteral("/master/frameworks"),
                                       QStringLiteral("/frameworks"),
                                       QStringLiteral("/master/roles"),
                                       QStringLiteral("/roles"),
                                       QStringLiteral("/api/v1") };
    static const QStringList operatorPaths
        = { QStringLiteral("/maintenance/schedule"), QStringLiteral("/maintenance/status"),
            QStringLiteral("/machine/down"),         QStringLiteral("/machine/up"),
            QStringLiteral("/weights"),              QStringLiteral("/quota"),
            QStringLiteral("/teardown") };
    const QString bare = path.startsWith(QLatin1String("/master/")) ? path.mid(7) : path;
    return paths.contains(path) || operatorPaths.contains(bare);
}

QString normalised(const QString &path)
{
    return path.startsWith(QLatin1String("/master/")) ? path : QStringLiteral("/master") + path;
}
} // namespace

MasterApi::MasterApi(Cluster &cluster, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
    , m_operatorApi(new OperatorApi(cluster, this))
{ }

void MasterApi::warmCache()
{
    if (m_cluster.leader() >= 0)
        m_state = cachedState(m_cluster.leader());
}

const QByteArray &MasterApi::cachedState(int leader)
{
    if (m_stateGeneration != m_cluster.generation() || m_stateMaster != leader) {
        m_state = MesosJson(m_cluster).state(leader);
        m_stateGeneration = m_cluster.generation();
        m_stateMaster = leader;
    }
    return m_state;
}

void MasterApi::handle(int master, const HttpRequest &request, HttpConnection *connection)
{
    const QString path = request.path;
    const int leader = m_cluster.leader();
    const QString host = m_cluster.hostname();

    if (path == QLatin1String("/master/redirect") || path.startsWith(QLatin1String("/master/redirect/"))) {
        if (path != QLatin1String("/master/redirect")) {
            connection->respond(HttpResponse::empty(404));
        } else if (leader < 0) {
            connection->respond(HttpResponse::text("No leader elected", 503));
        } else {
            connection->respond(HttpResponse::empty(307).withHeader(
                "Location",
                QStringLiteral("//%1:%2")
                    .arg(host, QString::number(m_cluster.masters()[size_t(leader)].port))
                    .toUtf8()));
        }
        return;
    }
    if (isStateEndpoint(path) && master != leader) {
        if (leader < 0) {
            connection->respond(HttpResponse::text("No leader elected", 503));
            return;
        }
        const QByteArray location = QStringLiteral("//%1:%2")
                                        .arg(host, QString::number(m_cluster.masters()[size_t(leader)].port))
                                        .toUtf8()
            + request.target;
        connection->respond(HttpResponse::empty(307).withHeader("Location", location));
        return;
    }
    if (path == QLatin1String("/api/v1")) {
        m_operatorApi->handle(master, request, connection);
        return;
    }
    if (auto answer = MaintenanceApi(m_cluster).handleV0(request)) {
        connection->respond(*answer);
        return;
    }
    if (request.method != "GET" && request.method != "HEAD") {
        connection->respond(HttpResponse::text("Expecting 'GET', received '" + request.method + "'", 405));
        return;
    }

    const MesosJson json(m_cluster);
    const QString endpoint = isStateEndpoint(path) ? normalised(path) : path;
    if (endpoint == QLatin1String("/master/state")) {
        connection->respond(HttpResponse::json(cachedState(master)));
    } else if (endpoint == QLatin1String("/master/state-summary")) {
        connection->respond(HttpResponse::json(json.stateSummary(master)));
    } else if (endpoint == QLatin1String("/master/tasks")) {
        bool ok = true;
        const int limit = request.hasQuery(QStringLiteral("limit"))
            ? request.queryValue(QStringLiteral("limit")).toInt(&ok)
            : 100;
        bool ok2 = true;
        const int offset = request.hasQuery(QStringLiteral("offset"))
            ? request.queryValue(QStringLiteral("offset")).toInt(&ok2)
            : 0;
        const QString order = request.queryValue(QStringLiteral("order"));
        if (!ok || !ok2 || limit < 0 || offset < 0) {
            connection->respond(HttpResponse::text(
                "Failed to parse query parameters: limit/offset must be non-negative numbers", 400));
            return;
        }
        if (!order.isEmpty() && order != QLatin1String("asc") && order != QLatin1String("desc")) {
            connection->respond(HttpResponse::text("Unknown order '" + order.toUtf8() + "'", 400));
            return;
        }
        connection->respond(HttpResponse::json(json.tasks(limit, offset, order == QLatin1String("asc"),
                                                          request.queryValue(QStringLiteral("framework_id")),
                                                          request.queryValue(QStringLiteral("task_id")))));
    } else if (endpoint == QLatin1String("/master/slaves")) {
        connection->respond(HttpResponse::json(json.slaves(request.queryValue(QStringLiteral("slave_id")))));
    } else if (endpoint == QLatin1String("/master/frameworks")) {
        connection->respond(
            HttpResponse::json(json.frameworks(request.queryValue(QStringLiteral("framework_id")))));
    } else if (path == QLatin1String("/master/flags") || path == QLatin1String("/flags")) {
        connection->respond(HttpResponse::json(json.flags(master)));
    } else if (path == QLatin1String("/master/health") || path == QLatin1String("/health")) {
        connection->respond(HttpResponse::empty(200));
    } else if (path == QLatin1String("/metrics/snapshot")) {
        connection->respond(HttpResponse::json(metrics(master)));
    } else if (path == QLatin1String("/version")) {
        connection->respond(HttpResponse::json(MesosJson::version(m_cluster.options().mesosVersion)));
    } else {
        connection->respond(HttpResponse::empty(404));
    }
}

QByteArray MasterApi::metrics(int master) const
{
    const MasterNode &m = m_cluster.masters()[size_t(master)];
    const bool elected = m_cluster.leader() == master;
    QHash<QByteArray, double> v;
    v.insert("master/elected", elected ? 1 : 0);
    v.insert("master/uptime_secs", m_cluster.now() - m.startTime);
    v.insert("registrar/log/ensemble_size", double(m_cluster.masters().size()));
    v.insert("registrar/log/recovered", 1);
    if (elected) {
        double cpus = 0, usedCpus = 0, mem = 0, usedMem = 0, disk = 0, usedDisk = 0;
        int connected = 0, unreachable = 0;
        for (const AgentNode &a : m_cluster.agents()) {
            if (!a.connected) {
                ++unreachable;
                continue;
            }
            ++connected;
            cpus += a.cpus;
            usedCpus += a.usedCpus;
            mem += a.mem;
            usedMem += a.usedMem;
            disk += a.disk;
            usedDisk += a.usedDisk;
        }
        v.insert("master/cpus_total", cpus);
        v.insert("master/cpus_used", usedCpus);
        v.insert("master/cpus_percent", cpus > 0 ? usedCpus / cpus : 0);
        v.insert("master/mem_total", mem);
        v.insert("master/mem_used", usedMem);
        v.insert("master/mem_percent", mem > 0 ? usedMem / mem : 0);
        v.insert("master/disk_total", disk);
        v.insert("master/disk_used", usedDisk);
        v.insert("master/disk_percent", disk > 0 ? usedDisk / disk : 0);
        v.insert("master/slaves_active", connected);
        v.insert("master/slaves_connected", connected);
        v.insert("master/slaves_unreachable", unreachable);
        v.insert("master/slave_registrations", double(m_cluster.agents().size()));
        v.insert("master/frameworks_active", 1);
        v.insert("master/frameworks_connected", 1);
        int staging = 0, starting = 0, running = 0, killing = 0;
        for (const TaskPtr &t : m_cluster.activeTasks()) {
            switch (t->state) {
            case TaskState::Staging:
                ++staging;
                break;
            case TaskState::Starting:
                ++starting;
                break;
            case TaskState::Running:
                ++running;
                break;
            case TaskState::Killing:
                ++killing;
                break;
            default:
                break;
            }
        }
        v.insert("master/tasks_staging", staging);
        v.insert("master/tasks_starting", starting);
        v.insert("master/tasks_running", running);
        v.insert("master/tasks_killing", killing);
        v.insert("master/tasks_unreachable", double(m_cluster.unreachableTasks().size()));
        const auto &counts = m_cluster.terminalCounts();
        v.insert("master/tasks_finished", counts.value(int(TaskState::Finished)));
        v.insert("master/tasks_failed", counts.value(int(TaskState::Failed)));
        v.insert("master/tasks_killed", counts.value(int(TaskState::Killed)));
        v.insert("master/tasks_lost", counts.value(int(TaskState::Lost)));
        v.insert("master/tasks_error", counts.value(int(TaskState::Error)));
        v.insert("master/tasks_gone", counts.value(int(TaskState::Gone)));
        v.insert("master/event_queue_http_requests", 0);
    }

    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    for (const char *name : kMasterMetricNames)
        w.field(name, v.value(name, 0.0));
    if (elected) {
        const QByteArray prefix = "master/frameworks/marathon/" + m_cluster.frameworkId().toUtf8();
        w.field(QByteArray(prefix + "/subscribed").constData(), 1.0);
        w.field(QByteArray(prefix + "/tasks/active/TASK_RUNNING").constData(),
                v.value("master/tasks_running"));
        w.field(QByteArray(prefix + "/tasks/active/TASK_STAGING").constData(),
                v.value("master/tasks_staging"));
    }
    writeSystemMetrics(w);
    w.endObject();
    return out;
}

} // namespace mc::localcluster
