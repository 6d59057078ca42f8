#include "core/marathon/PodParser.h"

#include "core/http/HttpClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace mc::marathon::PodParser {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mc::marathon::PodParser", text);
}

Error shapeError(const QString &what, const QByteArray &body)
{
    return Error {
        tr("%1 is not what Marathon answers there (Marathon 1.4 or later is needed for pods).").arg(what),
        QString::fromUtf8(body.left(200))
    };
}

QList<PodEndpoint> endpointsFrom(const QJsonValue &value)
{
    QList<PodEndpoint> endpoints;
    for (const QJsonArray items = value.toArray(); const QJsonValue &v : items) {
        const QJsonObject o = v.toObject();
        PodEndpoint e;
        e.name = o.value(u"name").toString();
        if (o.value(u"containerPort").isDouble())
            e.containerPort = o.value(u"containerPort").toInt();
        if (o.value(u"hostPort").isDouble())
            e.hostPort = o.value(u"hostPort").toInt();
        e.allocatedHostPort = o.value(u"allocatedHostPort").toInt();
        for (const QJsonArray protocols = o.value(u"protocol").toArray(); const QJsonValue &p : protocols)
            e.protocols.append(p.toString());
        endpoints.append(e);
    }
    return endpoints;
}

QString commandOf(const QJsonObject &container)
{
    const QJsonObject command = container.value(u"exec").toObject().value(u"command").toObject();
    if (command.value(u"shell").isString())
        return command.value(u"shell").toString();
    QStringList argv;
    for (const QJsonArray items = command.value(u"argv").toArray(); const QJsonValue &a : items)
        argv.append(a.toString());
    return argv.join(QLatin1Char(' '));
}

// An array body whose items are objects, each read by `read`, or the error naming `what`.
template<typename Read>
auto eachObject(const QByteArray &body, const QString &what, Read read)
    -> Result<std::vector<decltype(read(QJsonObject()))>>
{
    const auto document = http::HttpClient::parseJson(body, what);
    if (!document.ok())
        return document.error();
    if (!document->isArray())
        return shapeError(what, body);
    const QJsonArray array = document->array();
    std::vector<decltype(read(QJsonObject()))> items;
    items.reserve(size_t(array.size()));
    for (const QJsonValue &v : array) {
        if (!v.isObject() || v.toObject().value(u"id").toString().isEmpty())
            return shapeError(what, body);
        items.push_back(read(v.toObject()));
    }
    return items;
}

Result<QJsonObject> object(const QByteArray &body, const QString &what)
{
    const auto document = http::HttpClient::parseJson(body, what);
    if (!document.ok())
        return document.error();
    if (!document->isObject() || document->object().value(u"id").toString().isEmpty())
        return shapeError(what, body);
    return document->object();
}

} // namespace

Pod podFromJson(const QJsonObject &o)
{
    Pod pod;
    pod.id = o.value(u"id").toString();
    pod.version = o.value(u"version").toString();
    pod.instances = o.value(u"scaling").toObject().value(u"instances").toInt(1);
    for (const QJsonArray items = o.value(u"containers").toArray(); const QJsonValue &v : items) {
        const QJsonObject c = v.toObject();
        const QJsonObject r = c.value(u"resources").toObject();
        PodContainer container;
        container.name = c.value(u"name").toString();
        container.cpus = r.value(u"cpus").toDouble();
        container.mem = r.value(u"mem").toDouble();
        container.disk = r.value(u"disk").toDouble();
        container.image = c.value(u"image").toObject().value(u"id").toString();
        container.command = commandOf(c);
        container.endpoints = endpointsFrom(c.value(u"endpoints"));
        pod.containers.append(container);
    }
    for (const QJsonArray items = o.value(u"networks").toArray(); const QJsonValue &v : items) {
        const QJsonObject n = v.toObject();
        const QString mode = n.value(u"mode").toString(QStringLiteral("container"));
        const QString name = n.value(u"name").toString();
        pod.networks.append(name.isEmpty() ? mode : mode + QLatin1Char(':') + name);
    }
    const QJsonObject labels = o.value(u"labels").toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        pod.labels.append(it.key() + QLatin1Char('=') + it.value().toString());
    return pod;
}

PodStatus statusFromJson(const QJsonObject &o)
{
    PodStatus status;
    status.spec = podFromJson(o.value(u"spec").toObject());
    if (status.spec.id.isEmpty())
        status.spec.id = o.value(u"id").toString();
    status.status = o.value(u"status").toString();
    status.statusSince = o.value(u"statusSince").toString();
    status.message = o.value(u"message").toString();
    for (const QJsonArray items = o.value(u"instances").toArray(); const QJsonValue &v : items) {
        const QJsonObject i = v.toObject();
        PodInstanceStatus instance;
        instance.id = i.value(u"id").toString();
        instance.status = i.value(u"status").toString();
        instance.agentHostname = i.value(u"agentHostname").toString();
        instance.agentId = i.value(u"agentId").toString();
        instance.statusSince = i.value(u"statusSince").toString();
        for (const QJsonArray containers = i.value(u"containers").toArray();
             const QJsonValue &cv : containers) {
            const QJsonObject c = cv.toObject();
            PodContainerStatus container;
            container.name = c.value(u"name").toString();
            container.status = c.value(u"status").toString();
            container.containerId = c.value(u"containerId").toString();
            container.message = c.value(u"message").toString();
            container.endpoints = endpointsFrom(c.value(u"endpoints"));
            for (const QJsonArray conditions = c.value(u"conditions").toArray();
                 const QJsonValue &cond : conditions) {
                if (cond.toObject().value(u"name").toString() == QLatin1String("healthy"))
                    container.healthy = cond.toObject().value(u"value").toString() == QLatin1String("true");
            }
            for (const QJsonArray eps = c.value(u"endpoints").toArray(); const QJsonValue &ep : eps) {
                if (ep.toObject().value(u"healthy").isBool())
                    container.healthy
                        = container.healthy.value_or(true) && ep.toObject().value(u"healthy").toBool();
            }
            instance.containers.append(container);
        }
        status.instances.append(instance);
    }
    return status;
}

Result<std::vector<Pod>> parsePods(const QByteArray &body)
{
    return eachObject(body, tr("Marathon's /v2/pods"), podFromJson);
}

Result<Pod> parsePod(const QByteArray &body)
{
    const auto o = object(body, tr("The pod"));
    if (!o.ok())
        return o.error();
    return podFromJson(*o);
}

Result<std::vector<PodStatus>> parseStatuses(const QByteArray &body)
{
    return eachObject(body, tr("Marathon's /v2/pods/::status"), statusFromJson);
}

Result<PodStatus> parseStatus(const QByteArray &body)
{
    const auto o = object(body, tr("The pod's status"));
    if (!o.ok())
        return o.error();
    return statusFromJson(*o);
}

} // namespace mc::marathon::PodParser
