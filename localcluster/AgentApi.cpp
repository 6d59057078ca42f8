#include "localcluster/AgentApi.h"

#include "localcluster/HttpServer.h"
#include "localcluster/JsonWriter.h"
#include "localcluster/MesosJson.h"
#include "localcluster/MetricNames.h"
#include "localcluster/SystemMetrics.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

#include <sys/stat.h>
#include <unistd.h>

namespace mc::localcluster {

namespace {
QByteArray modeString(const struct stat &st)
{
    QByteArray m(10, '-');
    if (S_ISDIR(st.st_mode))
        m[0] = 'd';
    else if (S_ISLNK(st.st_mode))
        m[0] = 'l';
    const char rwx[] = "rwx";
    for (int i = 0; i < 9; ++i) {
        if (st.st_mode & (1 << (8 - i)))
            m[1 + i] = rwx[i % 3];
    }
    return m;
}

HttpResponse missingPath()
{
    return HttpResponse::text("Expecting 'path=value' in query.\n", 400);
}

// The query's `name` (offset, length) into `value` when it is given; Mesos' answer when it is
// no number or below -1.
std::optional<HttpResponse> queryNumber(const HttpRequest &request, const char *name, qint64 *value)
{
    const QString key = QString::fromLatin1(name);
    if (!request.hasQuery(key))
        return std::nullopt;
    bool ok = false;
    const QString text = request.queryValue(key);
    *value = text.toLongLong(&ok);
    if (!ok)
        return HttpResponse::text("Failed to parse " + QByteArray(name) + ": Failed to convert '"
                                      + text.toUtf8() + "' to number\n",
                                  400);
    if (*value < -1)
        return HttpResponse::text(
            "Negative " + QByteArray(name) + " provided: " + QByteArray::number(*value) + ".\n", 400);
    return std::nullopt;
}

// v1 GET_HEALTH: always healthy.
HttpResponse v1Health()
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject()
        .field("type", "GET_HEALTH")
        .key("get_health")
        .beginObject()
        .field("healthy", true)
        .endObject()
        .endObject();
    return HttpResponse::json(out);
}

// v1 GET_VERSION: `version` with the build of a 1.11 release.
HttpResponse v1Version(const QString &version)
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject()
        .field("type", "GET_VERSION")
        .key("get_version")
        .beginObject()
        .key("version_info")
        .beginObject();
    w.field("version", version).field("build_date", "2020-11-24 15:20:11").field("build_time", 1606231211.0);
    w.field("build_user", "localcluster")
        .field("git_sha", "04bc7ee1984d86fbb0bd782ccc69ce44c13ae4b9")
        .field("git_tag", version);
    w.endObject().endObject().endObject();
    return HttpResponse::json(out);
}

// v1 LIST_FILES of the directory `real`, whose /files path is `path`.
HttpResponse v1ListFiles(const QString &real, const QString &path)
{
    QByteArray out;
    JsonWriter w(out);
    w.beginObject()
        .field("type", "LIST_FILES")
        .key("list_files")
        .beginObject()
        .key("file_infos")
        .beginArray();
    const QString base = QDir::cleanPath(path);
    for (const QString &name :
         QDir(real).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name)) {
        struct stat st
        {
        };
        if (::lstat(QFile::encodeName(real + QLatin1Char('/') + name).constData(), &st) != 0)
            continue;
        const QFileInfo fi(real + QLatin1Char('/') + name);
        w.beginObject();
        w.field("gid", fi.group());
        w.field("mode", qint64(st.st_mode));
        w.key("mtime").beginObject().field("nanoseconds", qint64(st.st_mtime) * 1000000000).endObject();
        w.field("nlink", qint64(st.st_nlink));
        w.field("path", base + QLatin1Char('/') + name);
        w.field("size", qint64(st.st_size));
        w.field("uid", fi.owner());
        w.endObject();
    }
    w.endArray().endObject().endObject();
    return HttpResponse::json(out);
}

// v1 READ_FILE of the file `real`: `args` has its offset and length.
HttpResponse v1ReadFile(const QString &real, const QJsonObject &args)
{
    const qint64 offset = qint64(args.value(QLatin1String("offset")).toDouble(0));
    const qint64 length = args.contains(QLatin1String("length"))
        ? qint64(args.value(QLatin1String("length")).toDouble())
        : AgentApi::kMaxReadLength;
    if (offset < 0 || length < 0)
        return HttpResponse::text("Negative offset or length", 400);
    QFile file(real);
    if (!file.open(QIODevice::ReadOnly))
        return HttpResponse::text("Failed to open file: " + file.errorString().toUtf8(), 500);
    QByteArray data;
    if (offset < file.size()) {
        file.seek(offset);
        data = file.read(qMin(length, AgentApi::kMaxReadLength));
    }
    QByteArray out;
    JsonWriter w(out);
    w.beginObject().field("type", "READ_FILE").key("read_file").beginObject();
    w.field("size", file.size());
    w.field("data", data.toBase64().constData());
    w.endObject().endObject();
    return HttpResponse::json(out);
}
} // namespace

AgentApi::AgentApi(Cluster &cluster, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
{ }

void AgentApi::handle(int agent, const HttpRequest &request, HttpConnection *connection)
{
    const QString path = request.path;
    if (path == QLatin1String("/api/v1") || path == QLatin1String("/slave(1)/api/v1")) {
        connection->respond(operatorCall(agent, request));
        return;
    }
    if (request.method != "GET" && request.method != "HEAD") {
        connection->respond(HttpResponse::text("Expecting 'GET', received '" + request.method + "'", 405));
        return;
    }
    if (path == QLatin1String("/slave(1)/state") || path == QLatin1String("/state")) {
        connection->respond(HttpResponse::json(MesosJson(m_cluster).agentState(agent)));
    } else if (path == QLatin1String("/files/browse") || path == QLatin1String("/files/browse.json")) {
        connection->respond(browse(agent, request));
    } else if (path == QLatin1String("/files/read") || path == QLatin1String("/files/read.json")) {
        connection->respond(read(agent, request));
    } else if (path == QLatin1String("/files/download") || path == QLatin1String("/files/download.json")) {
        connection->respond(download(agent, request));
    } else if (path == QLatin1String("/files/debug") || path == QLatin1String("/files/debug.json")) {
        QByteArray out;
        JsonWriter w(out);
        w.beginObject();
        for (const auto *list : { &m_cluster.activeTasks(), &m_cluster.completedTasks() }) {
            for (const TaskPtr &t : *list) {
                if (t->agent == agent && !t->sandbox.isEmpty()) {
                    w.field(QStringLiteral("/frameworks/%1/executors/%2/runs/latest")
                                .arg(m_cluster.frameworkIdOf(*t), t->id)
                                .toUtf8()
                                .constData(),
                            t->sandbox);
                }
            }
        }
        w.endObject();
        connection->respond(HttpResponse::json(out));
    } else if (path == QLatin1String("/metrics/snapshot")) {
        connection->respond(HttpResponse::json(metrics(agent)));
    } else if (path == QLatin1String("/slave(1)/monitor/statistics")
               || path == QLatin1String("/monitor/statistics")
               || path == QLatin1String("/slave(1)/monitor/statistics.json")) {
        connection->respond(HttpResponse::json(statistics(agent)));
    } else if (path == QLatin1String("/version")) {
        connection->respond(HttpResponse::json(MesosJson::version(m_cluster.options().mesosVersion)));
    } else if (path == QLatin1String("/slave(1)/health") || path == QLatin1String("/health")) {
        connection->respond(HttpResponse::empty(200));
    } else {
        connection->respond(HttpResponse::empty(404));
    }
}

QString AgentApi::resolve(int agent, const QString &requested) const
{
    if (requested.isEmpty() || requested.contains(QLatin1String("/../"))
        || requested.endsWith(QLatin1String("/..")))
        return {};
    QString path = QDir::cleanPath(requested);
    const AgentNode &a = m_cluster.agents()[size_t(agent)];
    if (path.startsWith(QLatin1String("/frameworks/"))) {
        // /frameworks/<fw>/executors/<executor>/runs/latest[/rest]
        const QStringList parts = path.split(QLatin1Char('/'));
        if (parts.size() < 7 || parts[1] != QLatin1String("frameworks")
            || parts[3] != QLatin1String("executors") || parts[5] != QLatin1String("runs")
            || parts[6] != QLatin1String("latest"))
            return {};
        const TaskPtr t = m_cluster.task(parts[4]);
        if (!t || t->agent != agent || t->sandbox.isEmpty() || m_cluster.frameworkIdOf(*t) != parts[2])
            return {};
        return t->sandbox
            + (parts.size() > 7 ? QLatin1Char('/') + parts.mid(7).join(QLatin1Char('/')) : QString());
    }
    const QString root = a.workDir + QStringLiteral("/slaves/");
    if (path.startsWith(root))
        return path;
    return {};
}

HttpResponse AgentApi::browse(int agent, const HttpRequest &request) const
{
    if (!request.hasQuery(QStringLiteral("path")))
        return missingPath();
    const QString requested = request.queryValue(QStringLiteral("path"));
    const QString real = resolve(agent, requested);
    const QFileInfo info(real);
    if (real.isEmpty() || !info.exists())
        return HttpResponse::empty(404);
    QStringList names;
    QString base = QDir::cleanPath(requested);
    if (info.isDir()) {
        names = QDir(real).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    } else {
        names = { info.fileName() };
        base = QFileInfo(base).path();
    }
    QByteArray out;
    JsonWriter w(out);
    w.beginArray();
    for (const QString &name : names) {
        const QString full = (info.isDir() ? real : info.path()) + QLatin1Char('/') + name;
        struct stat st
        {
        };
        if (::lstat(QFile::encodeName(full).constData(), &st) != 0)
            continue;
        const QFileInfo fi(full);
        w.beginObject();
        w.field("gid", fi.group());
        w.field("mode", modeString(st).constData());
        w.field("mtime", double(st.st_mtime));
        w.field("nlink", qint64(st.st_nlink));
        w.field("path", base + QLatin1Char('/') + name);
        w.field("size", qint64(st.st_size));
        w.field("uid", fi.owner());
        w.endObject();
    }
    w.endArray();
    return HttpResponse::json(out);
}

std::optional<HttpResponse> AgentApi::openFile(int agent, const HttpRequest &request, const QByteArray &verb,
                                               QFile &file) const
{
    const QString real = resolve(agent, request.queryValue(QStringLiteral("path")));
    const QFileInfo info(real);
    if (real.isEmpty() || !info.exists())
        return HttpResponse::empty(404);
    if (info.isDir())
        return HttpResponse::text("Cannot " + verb + " a directory.\n", 400);
    file.setFileName(real);
    if (!file.open(QIODevice::ReadOnly))
        return HttpResponse::text("Failed to open file: " + file.errorString().toUtf8() + "\n", 500);
    return std::nullopt;
}

HttpResponse AgentApi::read(int agent, const HttpRequest &request) const
{
    if (!request.hasQuery(QStringLiteral("path")))
        return missingPath();
    qint64 offset = -1;
    qint64 length = -1;
    if (auto refused = queryNumber(request, "offset", &offset))
        return std::move(*refused);
    if (auto refused = queryNumber(request, "length", &length))
        return std::move(*refused);
    QFile file;
    if (auto refused = openFile(agent, request, "read", file))
        return std::move(*refused);
    const qint64 size = file.size();
    QByteArray data;
    qint64 answerOffset = offset;
    if (offset == -1) {
        answerOffset = size;
    } else if (offset < size) {
        const qint64 want = (length == -1 || length > kMaxReadLength) ? kMaxReadLength : length;
        file.seek(offset);
        data = file.read(want);
    }
    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    w.key("data").rawBytes(data);
    w.field("offset", answerOffset);
    w.endObject();
    return HttpResponse::json(out);
}

HttpResponse AgentApi::download(int agent, const HttpRequest &request) const
{
    if (!request.hasQuery(QStringLiteral("path")))
        return missingPath();
    QFile file;
    if (auto refused = openFile(agent, request, "download", file))
        return std::move(*refused);
    const QFileInfo info(file);
    HttpResponse r;
    r.contentType = info.suffix() == QLatin1String("json") ? "application/json"
        : info.suffix() == QLatin1String("txt")            ? "text/plain"
                                                           : "application/octet-stream";
    r.body = file.readAll();
    r.withHeader("Content-Disposition", "attachment; filename=" + info.fileName().toUtf8());
    return r;
}

HttpResponse AgentApi::operatorCall(int agent, const HttpRequest &request) const
{
    if (request.method != "POST")
        return HttpResponse::text("Expecting a 'POST' request, received '" + request.method + "'", 405);
    if (!request.header("content-type").startsWith("application/json"))
        return HttpResponse::text("Expecting 'Content-Type' of application/json or application/x-protobuf",
                                  415);
    QJsonParseError parseError {};
    const QJsonObject call = QJsonDocument::fromJson(request.body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || call.isEmpty())
        return HttpResponse::text("Failed to parse body into JSON: " + parseError.errorString().toUtf8(),
                                  400);
    const QString type = call.value(QLatin1String("type")).toString();
    if (type == QLatin1String("GET_HEALTH"))
        return v1Health();
    if (type == QLatin1String("GET_VERSION"))
        return v1Version(m_cluster.options().mesosVersion);
    if (agent < 0 || (type != QLatin1String("READ_FILE") && type != QLatin1String("LIST_FILES")))
        return HttpResponse::text("localcluster does not implement the v1 call '" + type.toUtf8() + "'", 501);

    const QJsonObject args = call.value(type == QLatin1String("READ_FILE") ? QLatin1String("read_file")
                                                                           : QLatin1String("list_files"))
                                 .toObject();
    const QString real = resolve(agent, args.value(QLatin1String("path")).toString());
    const QFileInfo info(real);
    if (real.isEmpty() || !info.exists())
        return HttpResponse::text(
            "Failed to find '" + args.value(QLatin1String("path")).toString().toUtf8() + "'", 404);
    if (type == QLatin1String("LIST_FILES")) {
        if (!info.isDir())
            return HttpResponse::text("Cannot list a file", 400);
        return v1ListFiles(real, args.value(QLatin1String("path")).toString());
    }
    if (info.isDir())
        return HttpResponse::text("Cannot read a directory", 400);
    return v1ReadFile(real, args);
}

QByteArray AgentApi::statistics(int agent) const
{
    // CPU seconds and resident pages per process group, one pass over /proc.
    struct Usage
    {
        double user = 0;
        double system = 0;
        qint64 rssPages = 0;
    };
    QHash<qint64, Usage> groups;
    const double tick = double(::sysconf(_SC_CLK_TCK));
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/") + entry + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // Fields after "(comm) ": state ppid pgrp ... utime(14) stime(15) ... rss(24)
        const QList<QByteArray> f = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (f.size() < 22)
            continue;
        Usage &u = groups[f[2].toLongLong()];
        u.user += f[11].toDouble() / tick;
        u.system += f[12].toDouble() / tick;
        u.rssPages += f[21].toLongLong();
    }
    const qint64 page = ::sysconf(_SC_PAGESIZE);
    QByteArray out;
    JsonWriter w(out);
    w.beginArray();
    for (const TaskPtr &t : m_cluster.activeTasks()) {
        if (t->agent != agent || t->pid <= 0 || t->synthetic)
            continue;
        const Usage u = groups.value(t->pid);
        w.beginObject();
        w.field("executor_id", t->id);
        w.field("executor_name", QStringLiteral("Command Executor (Task: %1)").arg(t->id));
        w.field("framework_id", m_cluster.frameworkIdOf(*t));
        w.field("source", t->id);
        // As an agent with the posix/cpu and posix/mem isolators: the limits from the
        // containerizer, times and RSS of the live processes. The cgroups-only fields
        // (cpus_nr_periods, cpus_nr_throttled, cpus_throttled_time_secs, mem_anon_bytes,
        // mem_file_bytes, mem_mapped_file_bytes) are left out, as Mesos leaves them out there.
        w.key("statistics").beginObject();
        w.field("cpus_limit", t->cpus + 0.1);
        w.field("cpus_system_time_secs", u.system);
        w.field("cpus_user_time_secs", u.user);
        w.field("mem_limit_bytes", qint64((t->mem + 32) * 1024 * 1024));
        w.field("mem_rss_bytes", u.rssPages * page);
        w.field("timestamp", m_cluster.now());
        w.endObject();
        w.endObject();
    }
    w.endArray();
    return out;
}

QByteArray AgentApi::metrics(int agent) const
{
    const AgentNode &a = m_cluster.agents()[size_t(agent)];
    QHash<QByteArray, double> v;
    v.insert("slave/registered", a.connected && m_cluster.leader() >= 0 ? 1 : 0);
    v.insert("slave/uptime_secs", m_cluster.now() - a.startTime);
    v.insert("slave/cpus_total", a.cpus);
    v.insert("slave/cpus_used", a.usedCpus);
    v.insert("slave/cpus_percent", a.cpus > 0 ? a.usedCpus / a.cpus : 0);
    v.insert("slave/mem_total", a.mem);
    v.insert("slave/mem_used", a.usedMem);
    v.insert("slave/mem_percent", a.mem > 0 ? a.usedMem / a.mem : 0);
    v.insert("slave/disk_total", a.disk);
    v.insert("slave/disk_used", a.usedDisk);
    v.insert("slave/disk_percent", a.disk > 0 ? a.usedDisk / a.disk : 0);
    int staging = 0, starting = 0, running = 0, executors = 0;
    for (const TaskPtr &t : m_cluster.activeTasks()) {
        if (t->agent != agent)
            continue;
        ++executors;
        if (t->state == TaskState::Staging)
            ++staging;
        else if (t->state == TaskState::Starting)
            ++starting;
        else if (t->state == TaskState::Running)
            ++running;
    }
    int finished = 0, failed = 0, killed = 0, lost = 0;
    for (const TaskPtr &t : m_cluster.completedTasks()) {
        if (t->agent != agent)
            continue;
        finished += t->state == TaskState::Finished;
        failed += t->state == TaskState::Failed;
        killed += t->state == TaskState::Killed;
        lost += t->state == TaskState::Lost;
    }
    v.insert("slave/tasks_staging", staging);
    v.insert("slave/tasks_starting", starting);
    v.insert("slave/tasks_running", running);
    v.insert("slave/tasks_finished", finished);
    v.insert("slave/tasks_failed", failed);
    v.insert("slave/tasks_killed", killed);
    v.insert("slave/tasks_lost", lost);
    v.insert("slave/executors_running", executors);
    v.insert("slave/frameworks_active", executors > 0 ? 1 : 0);

    QByteArray out;
    JsonWriter w(out);
    w.beginObject();
    for (const char *name : kAgentMetricNames)
        w.field(name, v.value(name, 0.0));
    writeSystemMetrics(w);
    w.endObject();
    return out;
}

} // namespace mc::localcluster
