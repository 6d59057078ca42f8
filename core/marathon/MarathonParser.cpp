#include "core/marathon/MarathonParser.h"

#include "core/http/HttpClient.h"

#include <QCoreApplication>
#include <QJsonArray>

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

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        out << item.toString();
    return out;
}

QList<int> servicePortsOf(const QJsonObject &app)
{
    QList<int> ports;
    // 1.0+: portDefinitions; 1.5+: container.portMappings; 0.7-1.4: container.docker.portMappings
    for (const QJsonValue &definition : app.value(u"portDefinitions").toArray())
        ports << definition.toObject().value(u"port").toInt();
    const QJsonObject container = app.value(u"container").toObject();
    QJsonArray mappings = container.value(u"portMappings").toArray();
    if (mappings.isEmpty())
        mappings = container.value(u"docker").toObject().value(u"portMappings").toArray();
    if (ports.isEmpty()) {
        for (const QJsonValue &mapping : mappings)
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
    for (const QJsonValue &deployment : object.value(u"deployments").toArray())
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
    for (const QJsonValue &ip : object.value(u"ipAddresses").toArray())
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

Result<MarathonParser::AppsAndTasks> MarathonParser::parseApps(const QByteArray &body)
{
    const auto apps = appArray(body);
    if (!apps)
        return apps.error();
    const QJsonArray &array = apps.value();
    AppsAndTasks result;
    result.apps.reserve(size_t(array.size()));
    for (const QJsonValue &value : std::as_const(array)) {
        const QJsonObject object = value.toObject();
        App app = appFromJson(object);
        for (const QJsonValue &task : object.value(u"tasks").toArray())
            result.tasks.push_back(taskFromJson(task.toObject(), app.id));
        result.apps.push_back(std::move(app));
    }
    return result;
}

Result<std::vector<MarathonTask>> MarathonParser::parseTasks(const QByteArray &body)
{
    const auto document = parse(body, tr("Marathon's task list"));
    if (!document.ok())
        return document.error();
    const QJsonArray array
        = document->isArray() ? document->array() : document->object().value(u"tasks").toArray();
    std::vector<MarathonTask> tasks;
    tasks.reserve(size_t(array.size()));
    for (const QJsonValue &value : array)
        tasks.push_back(taskFromJson(value.toObject()));
    return tasks;
}

Result<std::vector<Deployment>> MarathonParser::parseDeployments(const QByteArray &body)
{
    const auto document = parse(body, tr("Marathon's deployment list"));
    if (!document.ok())
        return document.error();
    if (!document->isArray())
        return Error { tr("Marathon's deployment list is not a JSON array."),
                       QString::fromUtf8(body.left(200)) };
    std::vector<Deployment> deployments;
    for (const QJsonValue &value : document->array()) {
        const QJsonObject object = value.toObject();
        Deployment deployment;
        deployment.id = object.value(u"id").toString();
        deployment.version = object.value(u"version").toString();
        deployment.affectedApps
            = stringList(object.value(u"affectedApps")) + stringList(object.value(u"affectedPods"));
        deployment.currentStep = object.value(u"currentStep").toInt();
        const QJsonArray steps = object.value(u"steps").toArray();
        deployment.totalSteps = object.value(u"totalSteps").toInt(int(steps.size()));
        for (const QJsonValue &action : object.value(u"currentActions").toArray()) {
            const QJsonObject a = action.toObject();
            deployment.currentActions << a.value(u"action").toString() + u' '
                    + a.value(u"app").toString(a.value(u"pod").toString());
        }
        deployments.push_back(std::move(deployment));
    }
    return deployments;
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
