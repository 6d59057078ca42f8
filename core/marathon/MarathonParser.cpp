#include "core/marathon/MarathonParser.h"

#include "core/http/HttpClient.h"
#include "core/util/OnDemandJson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace mc::marathon {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mc::marathon::MarathonParser", text);
}

QList<int> intList(const QJsonValue &value)
{
    QList<int> out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        out << item.toInt();
    return out;
}

QList<int> servicePortsOf(const QJsonObject &app)
{
    QList<int> ports;
    // 1.0+: portDefinitions; 1.5+: container.portMappings; 0.7-1.4: container.docker.portMappings
    for (const QJsonArray items = app.value(u"portDefinitions").toArray();
         const QJsonValue &definition : items)
        ports << definition.toObject().value(u"port").toInt();
    const QJsonObject container = app.value(u"container").toObject();
    QJsonArray mappings = container.value(u"portMappings").toArray();
    if (mappings.isEmpty())
        mappings = container.value(u"docker").toObject().value(u"portMappings").toArray();
    if (ports.isEmpty()) {
        for (const QJsonValue &mapping : std::as_const(mappings))
            ports << mapping.toObject().value(u"servicePort").toInt();
    }
    if (ports.isEmpty())
        ports = intList(app.value(u"ports")); // 0.x
    return ports;
}

Result<QJsonDocument> parse(const QByteArray &body, const QString &what)
{
    return http::HttpClient::parseJson(body, what);
}

// ---- the big bodies: simdjson on-demand, straight into the structs ---------
// /v2/apps?embed=apps.tasks and /v2/tasks of 100,000 tasks are about 50 MB each;
// a QJsonDocument of one is several times that. The mapping below is the one
// appFromJson()/taskFromJson() make of a QJsonObject (QJsonValue's conversions:
// a field of another type reads as its default), checked against it in
// tst_MarathonParser.

namespace od = simdjson::ondemand;
using namespace ondemand; // qstr, stringOf, keyOf, Interner, isObject, isArray, number
using std::string_view;

// QJsonValue::toString(fallback).
QString str(od::value value, const QString &fallback = {})
{
    return value.type() == od::json_type::string ? qstr(stringOf(value)) : fallback;
}

QString str(od::value value, Interner &interner)
{
    return value.type() == od::json_type::string ? interner.get(stringOf(value)) : QString();
}

// What QJsonValue::toInt() takes: a whole number in int's range.
std::optional<int> wholeNumber(od::value value)
{
    if (value.type() != od::json_type::number)
        return std::nullopt;
    const double n = value.get_double();
    if (n >= std::numeric_limits<int>::min() && n <= std::numeric_limits<int>::max() && n == std::floor(n))
        return int(n);
    return std::nullopt;
}

int integer(od::value value)
{
    return wholeNumber(value).value_or(0);
}

// QJsonValue::toBool().
bool boolean(od::value value)
{
    return value.type() == od::json_type::boolean && bool(value.get_bool());
}

// fn(key, value) for each member of an object (nothing for another type).
template<typename Fn> void eachMember(od::value value, Fn &&fn)
{
    if (!isObject(value))
        return;
    for (od::field field : value.get_object())
        fn(keyOf(field), field.value());
}

// fn(element) for each element of an array (nothing for another type).
template<typename Fn> void eachElement(od::value value, Fn &&fn)
{
    if (!isArray(value))
        return;
    for (od::value element : value.get_array())
        fn(element);
}

// read(the value at `key`) of each element; an element without one gives T().
template<typename T, typename Read> QList<T> eachAt(od::value array, string_view key, Read &&read)
{
    QList<T> out;
    eachElement(array, [&](od::value element) {
        T item {};
        eachMember(element, [&](string_view k, od::value v) {
            if (k == key)
                item = read(v);
        });
        out << item;
    });
    return out;
}

QList<int> integers(od::value array)
{
    QList<int> out;
    eachElement(array, [&](od::value element) { out << integer(element); });
    return out;
}

QStringList strings(od::value array)
{
    QStringList out;
    eachElement(array, [&](od::value element) { out << str(element); });
    return out;
}

struct ReadTask
{
    MarathonTask task;
    bool hasAppId = false; // else the app's id, as taskFromJson(object, appId)
};

ReadTask readTask(od::value value, Interner &interner, const QString *appId)
{
    ReadTask read;
    MarathonTask &task = read.task;
    eachMember(value, [&](string_view key, od::value v) {
        if (key == "id") {
            task.id = str(v);
        } else if (key == "appId") {
            read.hasAppId = v.type() == od::json_type::string;
            task.appId = str(v, interner);
        } else if (key == "host") {
            task.host = str(v, interner);
        } else if (key == "slaveId") {
            task.agentId = str(v, interner);
        } else if (key == "ports") {
            task.ports = integers(v);
        } else if (key == "servicePorts") {
            task.servicePorts = integers(v);
        } else if (key == "stagedAt") {
            task.stagedAt = str(v);
        } else if (key == "startedAt") {
            task.startedAt = str(v);
        } else if (key == "version") {
            task.version = str(v, interner);
        } else if (key == "state") {
            task.state = str(v, interner);
        } else if (key == "ipAddresses") {
            task.ipAddresses = eachAt<QString>(v, "ipAddress", [&](od::value ip) { return str(ip, interner); });
        } else if (key == "healthCheckResults") {
            bool alive = true;
            bool any = false;
            eachElement(v, [&](od::value result) {
                any = true;
                bool thisAlive = false;
                eachMember(result, [&](string_view k, od::value a) {
                    if (k == "alive")
                        thisAlive = boolean(a);
                });
                alive = alive && thisAlive;
            });
            task.healthy = any ? std::optional<bool>(alive) : std::nullopt;
        }
    });
    if (!read.hasAppId && appId)
        task.appId = *appId;
    if (task.state.isEmpty())
        task.state = task.startedAt.isEmpty() ? QStringLiteral("TASK_STAGING") : QStringLiteral("TASK_RUNNING");
    return read;
}

// An app's lastTaskFailure; none for an empty object.
std::optional<TaskFailure> readTaskFailure(od::value value, Interner &interner)
{
    TaskFailure failure;
    bool any = false;
    eachMember(value, [&](string_view k, od::value f) {
        any = true;
        if (k == "taskId")
            failure.taskId = str(f);
        else if (k == "state")
            failure.state = str(f, interner);
        else if (k == "message")
            failure.message = str(f);
        else if (k == "host")
            failure.host = str(f, interner);
        else if (k == "timestamp")
            failure.timestamp = str(f);
        else if (k == "version")
            failure.version = str(f, interner);
    });
    return any ? std::optional<TaskFailure>(failure) : std::nullopt;
}

// One element of the app list with its embedded tasks, as appFromJson() and taskFromJson(task, app.id).
void readApp(od::value value, Interner &interner, MarathonParser::AppsAndTasks &out)
{
    App app;
    QList<int> definitionPorts, mappingPorts, dockerMappingPorts, legacyPorts;
    bool hasMappings = false;
    QString dockerImage, containerImage;
    const size_t firstTask = out.tasks.size();
    std::vector<bool> taskHasAppId;
    eachMember(value, [&](string_view key, od::value v) {
        if (key == "id") {
            app.id = str(v, interner); // shared with its tasks' appId
        } else if (key == "cmd") {
            app.cmd = str(v);
        } else if (key == "instances") {
            app.instances = integer(v);
        } else if (key == "cpus") {
            app.cpus = number(v);
        } else if (key == "mem") {
            app.mem = number(v);
        } else if (key == "disk") {
            app.disk = number(v);
        } else if (key == "portDefinitions") {
            definitionPorts = eachAt<int>(v, "port", integer);
        } else if (key == "ports") {
            legacyPorts = integers(v);
        } else if (key == "container") {
            eachMember(v, [&](string_view k, od::value c) {
                if (k == "portMappings") {
                    mappingPorts = eachAt<int>(c, "servicePort", integer);
                    hasMappings = !mappingPorts.isEmpty();
                } else if (k == "image") {
                    containerImage = str(c);
                } else if (k == "docker") {
                    eachMember(c, [&](string_view d, od::value dv) {
                        if (d == "image")
                            dockerImage = str(dv);
                        else if (d == "portMappings")
                            dockerMappingPorts = eachAt<int>(dv, "servicePort", integer);
                    });
                }
            });
        } else if (key == "tasksStaged") {
            app.tasksStaged = integer(v);
        } else if (key == "tasksRunning") {
            app.tasksRunning = integer(v);
        } else if (key == "tasksHealthy") {
            app.tasksHealthy = integer(v);
        } else if (key == "tasksUnhealthy") {
            app.tasksUnhealthy = integer(v);
        } else if (key == "healthChecks") {
            app.hasHealthChecks = false;
            eachElement(v, [&](od::value) { app.hasHealthChecks = true; });
        } else if (key == "version") {
            app.version = str(v, interner);
        } else if (key == "deployments") {
            app.deploymentIds = eachAt<QString>(v, "id", [](od::value id) { return str(id); });
        } else if (key == "labels") {
            app.labels.clear();
            eachMember(v, [&](string_view k, od::value label) { app.labels.append({ qstr(k), str(label) }); });
        } else if (key == "lastTaskFailure") {
            app.lastTaskFailure = readTaskFailure(v, interner);
        } else if (key == "tasks") {
            out.tasks.resize(firstTask);
            taskHasAppId.clear();
            eachElement(v, [&](od::value task) {
                ReadTask read = readTask(task, interner, nullptr);
                taskHasAppId.push_back(read.hasAppId);
                out.tasks.push_back(std::move(read.task));
            });
        }
    });
    // 1.0+: portDefinitions; 1.5+: container.portMappings; 0.7-1.4: container.docker.portMappings; 0.x: ports.
    app.servicePorts = !definitionPorts.isEmpty() ? definitionPorts
        : hasMappings                              ? mappingPorts
        : !dockerMappingPorts.isEmpty()            ? dockerMappingPorts
                                                   : legacyPorts;
    app.image = dockerImage.isEmpty() ? containerImage : dockerImage; // 0.6 Deimos: container.image
    if (app.image.startsWith(u"docker:///"))
        app.image = app.image.mid(10);
    // QJsonObject's order: by key; a repeated key keeps its last value.
    std::stable_sort(app.labels.begin(), app.labels.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (qsizetype i = app.labels.size() - 1; i > 0; --i) {
        if (app.labels[i - 1].first == app.labels[i].first)
            app.labels.removeAt(i - 1);
    }
    for (size_t i = firstTask; i < out.tasks.size(); ++i) {
        if (!taskHasAppId[i - firstTask])
            out.tasks[i].appId = app.id; // the tasks may come before the app's id
    }
    out.apps.push_back(std::move(app));
}

Deployment readDeployment(od::value value)
{
    Deployment deployment;
    QStringList apps, pods;
    std::optional<int> totalSteps;
    int steps = 0;
    eachMember(value, [&](string_view key, od::value v) {
        if (key == "id") {
            deployment.id = str(v);
        } else if (key == "version") {
            deployment.version = str(v);
        } else if (key == "affectedApps") {
            apps = strings(v);
        } else if (key == "affectedPods") {
            pods = strings(v);
        } else if (key == "currentStep") {
            deployment.currentStep = integer(v);
        } else if (key == "totalSteps") {
            totalSteps = wholeNumber(v);
        } else if (key == "steps") {
            steps = 0;
            eachElement(v, [&](od::value) { ++steps; });
        } else if (key == "currentActions") {
            deployment.currentActions.clear();
            eachElement(v, [&](od::value action) {
                QString kind, app, pod;
                bool appIsText = false;
                eachMember(action, [&](string_view k, od::value a) {
                    if (k == "action") {
                        kind = str(a);
                    } else if (k == "app") {
                        appIsText = a.type() == od::json_type::string;
                        app = str(a);
                    } else if (k == "pod") {
                        pod = str(a);
                    }
                });
                deployment.currentActions << kind + u' ' + (appIsText ? app : pod);
            });
        }
    });
    deployment.affectedApps = apps + pods;
    deployment.totalSteps = totalSteps.value_or(steps);
    return deployment;
}

// Runs fn(document) over the body with simdjson on-demand; a body that is no
// JSON gives the error QJsonDocument names (with its line) when small enough to
// parse twice, else simdjson's.
template<typename Fn>
auto guarded(QByteArray &body, const QString &what, Fn &&fn) -> decltype(fn(std::declval<od::document &>()))
{
    if (std::all_of(body.cbegin(), body.cend(),
                    [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }))
        return Error { tr("%1 came back empty where JSON was expected.").arg(what), {} };
    const qsizetype size = body.size();
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: room the buffer has (even a shared one)
    // will do; else it grows, in place when nobody else holds the body, else as a copy.
    if (body.capacity() - size < qsizetype(simdjson::SIMDJSON_PADDING))
        body.reserve(size + qsizetype(simdjson::SIMDJSON_PADDING));
    try {
        od::parser parser;
        od::document document
            = parser.iterate(simdjson::padded_string_view(body.constData(), size_t(size), size_t(body.capacity())));
        return fn(document);
    } catch (const simdjson::simdjson_error &error) {
        constexpr qsizetype kReparseLimit = qsizetype(16) * 1024 * 1024;
        if (size < kReparseLimit) {
            const auto parsed = parse(body, what);
            if (!parsed.ok())
                return parsed.error();
        }
        return Error { tr("%1 is not valid JSON (%2).").arg(what, QString::fromLatin1(error.what())),
                       QString::fromUtf8(body.left(200)) };
    }
}
} // namespace

App MarathonParser::appFromJson(const QJsonObject &object)
{
    App app;
    app.id = object.value(u"id").toString();
    app.cmd = object.value(u"cmd").toString();
    app.instances = object.value(u"instances").toInt();
    app.cpus = object.value(u"cpus").toVariant().toDouble();
    app.mem = object.value(u"mem").toVariant().toDouble();
    app.disk = object.value(u"disk").toVariant().toDouble();
    app.servicePorts = servicePortsOf(object);
    app.tasksStaged = object.value(u"tasksStaged").toInt();
    app.tasksRunning = object.value(u"tasksRunning").toInt();
    app.tasksHealthy = object.value(u"tasksHealthy").toInt();
    app.tasksUnhealthy = object.value(u"tasksUnhealthy").toInt();
    app.hasHealthChecks = !object.value(u"healthChecks").toArray().isEmpty();
    app.version = object.value(u"version").toString();
    for (const QJsonArray items = object.value(u"deployments").toArray();
         const QJsonValue &deployment : items)
        app.deploymentIds << deployment.toObject().value(u"id").toString();
    const QJsonObject labels = object.value(u"labels").toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        app.labels.append({ it.key(), it.value().toString() });

    const QJsonObject container = object.value(u"container").toObject();
    QString image = container.value(u"docker").toObject().value(u"image").toString();
    if (image.isEmpty())
        image = container.value(u"image").toString(); // 0.6 Deimos: docker:///owner/img
    if (image.startsWith(u"docker:///"))
        image = image.mid(10);
    app.image = image;

    const QJsonObject failure = object.value(u"lastTaskFailure").toObject();
    if (!failure.isEmpty()) {
        app.lastTaskFailure
            = TaskFailure { failure.value(u"taskId").toString(),    failure.value(u"state").toString(),
                            failure.value(u"message").toString(),   failure.value(u"host").toString(),
                            failure.value(u"timestamp").toString(), failure.value(u"version").toString() };
    }
    return app;
}

MarathonTask MarathonParser::taskFromJson(const QJsonObject &object, const QString &appId)
{
    MarathonTask task;
    task.id = object.value(u"id").toString();
    task.appId = object.value(u"appId").toString(appId);
    task.host = object.value(u"host").toString();
    task.agentId = object.value(u"slaveId").toString();
    task.ports = intList(object.value(u"ports"));
    task.servicePorts = intList(object.value(u"servicePorts"));
    task.stagedAt = object.value(u"stagedAt").toString();
    task.startedAt = object.value(u"startedAt").toString();
    task.version = object.value(u"version").toString();
    task.state = object.value(u"state").toString();
    if (task.state.isEmpty())
        task.state
            = task.startedAt.isEmpty() ? QStringLiteral("TASK_STAGING") : QStringLiteral("TASK_RUNNING");
    for (const QJsonArray items = object.value(u"ipAddresses").toArray(); const QJsonValue &ip : items)
        task.ipAddresses << ip.toObject().value(u"ipAddress").toString();
    const QJsonArray results = object.value(u"healthCheckResults").toArray();
    if (!results.isEmpty()) {
        bool alive = true;
        for (const QJsonValue &result : results)
            alive = alive && result.toObject().value(u"alive").toBool();
        task.healthy = alive;
    }
    return task;
}

Result<QJsonArray> MarathonParser::appArray(const QByteArray &body)
{
    const auto document = parse(body, tr("Marathon's app list"));
    if (!document.ok())
        return document.error();
    QJsonArray array;
    if (document->isArray()) {
        array = document->array();
    } else {
        const QJsonObject root = document->object();
        if (root.contains(u"apps"))
            array = root.value(u"apps").toArray();
        else if (root.contains(u"*"))
            array = root.value(u"*").toArray();
        else if (root.contains(u"app"))
            array = QJsonArray { root.value(u"app") };
        else
            return Error { tr("Marathon's app list has no \"apps\" array."),
                           QString::fromUtf8(body.left(200)) };
    }
    return array;
}

Result<MarathonParser::AppsAndTasks> MarathonParser::parseApps(QByteArray body)
{
    return guarded(body, tr("Marathon's app list"), [&](od::document &document) -> Result<AppsAndTasks> {
        AppsAndTasks result;
        Interner interner;
        if (document.type() == od::json_type::array) {
            for (od::value app : document.get_array())
                readApp(app, interner, result);
            return result;
        }
        if (document.type() == od::json_type::object) {
            // /v2/apps, else 0.x's /v2/apps/{group}/*, else /v2/apps/{id}; in one pass, whatever their order.
            int found = 3;
            for (od::field field : document.get_object()) {
                const string_view key = keyOf(field);
                const int rank = key == "apps" ? 0 : key == "*" ? 1 : key == "app" ? 2 : 3;
                if (rank >= found)
                    continue;
                found = rank;
                result = {};
                od::value v = field.value();
                if (rank == 2)
                    readApp(v, interner, result);
                else
                    eachElement(v, [&](od::value app) { readApp(app, interner, result); });
            }
            if (found < 3)
                return result;
        }
        return Error { tr("Marathon's app list has no \"apps\" array."), QString::fromUtf8(body.left(200)) };
    });
}

Result<std::vector<MarathonTask>> MarathonParser::parseTasks(QByteArray body)
{
    return guarded(body, tr("Marathon's task list"), [](od::document &document) -> Result<std::vector<MarathonTask>> {
        std::vector<MarathonTask> tasks;
        Interner interner;
        const auto read = [&](od::value task) { tasks.push_back(readTask(task, interner, nullptr).task); };
        if (document.type() == od::json_type::array) {
            for (od::value task : document.get_array())
                read(task);
        } else if (document.type() == od::json_type::object) {
            for (od::field field : document.get_object()) {
                if (keyOf(field) == string_view("tasks")) {
                    tasks.clear();
                    eachElement(field.value(), read);
                }
            }
        }
        return tasks;
    });
}

Result<std::vector<Deployment>> MarathonParser::parseDeployments(QByteArray body)
{
    return guarded(body, tr("Marathon's deployment list"),
                   [&](od::document &document) -> Result<std::vector<Deployment>> {
                       if (document.type() != od::json_type::array)
                           return Error { tr("Marathon's deployment list is not a JSON array."),
                                          QString::fromUtf8(body.left(200)) };
                       std::vector<Deployment> deployments;
                       for (od::value item : document.get_array())
                           deployments.push_back(readDeployment(item));
                       return deployments;
                   });
}

Result<MarathonInfo> MarathonParser::parseInfo(const QByteArray &body)
{
    const auto document = parse(body, tr("Marathon's /v2/info"));
    if (!document.ok())
        return document.error();
    const QJsonObject root = document->object();
    MarathonInfo info;
    info.name = root.value(u"name").toString();
    info.version = root.value(u"version").toString();
    info.leader = root.value(u"leader").toString();
    info.frameworkId = root.value(u"frameworkId").toString();
    info.elected = root.value(u"elected").toBool();
    info.master = root.value(u"marathon_config").toObject().value(u"master").toString();
    if (info.version.isEmpty())
        return Error { tr("Marathon's /v2/info names no version."), QString::fromUtf8(body.left(200)) };
    return info;
}

Result<QString> MarathonParser::parseLeader(const QByteArray &body)
{
    const auto document = parse(body, tr("Marathon's /v2/leader"));
    if (!document.ok())
        return document.error();
    const QString leader = document->object().value(u"leader").toString();
    if (leader.isEmpty())
        return Error { tr("Marathon has no leader right now."), QString::fromUtf8(body.left(200)) };
    return leader;
}

Result<MarathonEvent> MarathonParser::parseEvent(const QString &type, const QByteArray &data)
{
    const auto document = parse(data, tr("A Marathon event"));
    if (!document.ok())
        return document.error();
    MarathonEvent event;
    event.payload = document->object();
    event.type = event.payload.value(u"eventType").toString(type);
    event.appId = event.payload.value(u"appId").toString(event.payload.value(u"runSpecId").toString());
    event.taskId = event.payload.value(u"taskId").toString(event.payload.value(u"instanceId").toString());
    event.taskStatus = event.payload.value(u"taskStatus").toString();
    return event;
}

} // namespace mc::marathon
