#include "core/marathon/MarathonClient.h"

#include "core/http/HttpClient.h"
#include "core/marathon/AppVersions.h"
#include "core/marathon/MarathonParser.h"
#include "core/marathon/PodParser.h"
#include "core/util/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace mc::marathon {

namespace {

QString appPath(const QString &appId)
{
    return appId.startsWith(QLatin1Char('/')) ? appId : QLatin1Char('/') + appId;
}

QList<QPair<QString, QString>> forceQuery(bool force)
{
    if (!force)
        return {};
    return { { QStringLiteral("force"), QStringLiteral("true") } };
}

const QList<QPair<QByteArray, QByteArray>> kJsonHeaders = {
    { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") },
    { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") },
};

} // namespace

MarathonClient::MarathonClient(http::HttpClient *http, QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_baseUrl(std::move(baseUrl))
{ }

QUrl MarathonClient::url(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl u = m_baseUrl;
    QString base = u.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    // App ids go into the path unescaped: "/v2/apps/prod/web".
    u.setPath(base + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        q.setQueryItems(query);
        u.setQuery(q);
    }
    return u;
}

void MarathonClient::detectDialect(QObject *context, std::function<void(Result<AppDialect>)> callback)
{
    QPointer<MarathonClient> self(this);
    m_http->get(
        url(QStringLiteral("/v2/info")), context, [self, callback](Result<http::HttpResponse> response) {
            if (!response.ok())
                return callback(response.error());
            AppDialect dialect = AppDialect::V15;
            if (response->status == 404) {
                qCInfo(lcMarathon) << "Marathon has no /v2/info (HTTP 404): speaking the 0.x app format";
                dialect = AppDialect::V06;
            } else {
                const auto ok = http::HttpClient::expectSuccess(response);
                if (!ok.ok())
                    return callback(ok.error());
                const auto info = MarathonParser::parseInfo(response->body);
                if (!info.ok())
                    return callback(info.error());
                dialect = dialectForVersion(info->version.isEmpty() ? QStringLiteral("1.5") : info->version);
            }
            if (self)
                self->m_dialect = dialect;
            callback(dialect);
        });
}

void MarathonClient::fetchApp(const QString &appId, QObject *context,
                              std::function<void(Result<QJsonObject>)> callback)
{
    m_http->get(url(QStringLiteral("/v2/apps") + appPath(appId)), context,
                [appId, callback](Result<http::HttpResponse> response) {
                    const ActionResult r = interpret(response, tr("Reading app %1").arg(appId));
                    if (!r.ok())
                        return callback(r.outcome.error());
                    const auto doc = http::HttpClient::parseJson(response->body, tr("The app %1").arg(appId));
                    if (!doc.ok())
                        return callback(doc.error());
                    const QJsonObject o = doc->object();
                    callback(o.value(QStringLiteral("app")).isObject()
                                 ? o.value(QStringLiteral("app")).toObject()
                                 : o);
                },
                { { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") } });
}

void MarathonClient::change(const QByteArray &method, const QUrl &url, const QByteArray &body,
                            const QString &what, audit::Action action, QObject *context, Callback callback)
{
    std::optional<audit::ActionGate::Ticket> ticket;
    if (m_gate) {
        auto admitted = m_gate->admit(std::move(action));
        if (!admitted) {
            qCInfo(lcMarathon).noquote() << what << "not sent:" << admitted.error().message;
            ActionResult refused;
            refused.outcome = admitted.error();
            QMetaObject::invokeMethod(
                context, [callback, refused] { callback(refused); }, Qt::QueuedConnection);
            return;
        }
        ticket = std::move(admitted).value();
    }
    m_http->send(
        method, url, body, context,
        [what, callback, gate = m_gate, ticket](Result<http::HttpResponse> response) {
            ActionResult result = interpret(response, what);
            qCInfo(lcMarathon).noquote()
                << what << (result.ok() ? QStringLiteral("accepted") : result.outcome.error().message);
            if (gate && ticket)
                gate->finish(*ticket, result.ok() ? Status() : Status(result.outcome.error()));
            callback(std::move(result));
        },
        kJsonHeaders);
}

void MarathonClient::createApp(const AppDefinition &app, QObject *context, Callback callback)
{
    const QUrl target = url(QStringLiteral("/v2/apps"));
    change("POST", target, QJsonDocument(app.toJson(m_dialect)).toJson(QJsonDocument::Compact),
           tr("Creating app %1").arg(app.absoluteId()),
           { QStringLiteral("app.create"), { app.absoluteId() }, app.toJson(m_dialect) }, context,
           std::move(callback));
}

void MarathonClient::updateApp(const QJsonObject &before, const AppDefinition &after, bool force,
                               QObject *context, Callback callback)
{
    const QJsonObject body = AppDefinition::previewUpdate(before, after, m_dialect).body;
    QJsonObject parameters = body;
    parameters.insert(QStringLiteral("force"), force);
    change("PUT", url(QStringLiteral("/v2/apps") + appPath(after.id), forceQuery(force)),
           QJsonDocument(body).toJson(QJsonDocument::Compact), tr("Updating app %1").arg(after.absoluteId()),
           { QStringLiteral("app.update"), { after.absoluteId() }, parameters }, context,
           std::move(callback));
}

void MarathonClient::scaleApp(const QString &appId, int instances, bool force, QObject *context,
                              Callback callback)
{
    const QJsonObject body { { QStringLiteral("instances"), instances } };
    change("PUT", url(QStringLiteral("/v2/apps") + appPath(appId), forceQuery(force)),
           QJsonDocument(body).toJson(QJsonDocument::Compact),
           tr("Scaling app %1 to %2").arg(appPath(appId)).arg(instances),
           { QStringLiteral("app.scale"),
             { appPath(appId) },
             { { QStringLiteral("instances"), instances }, { QStringLiteral("force"), force } } },
           context, std::move(callback));
}

void MarathonClient::restartApp(const QString &appId, bool force, QObject *context, Callback callback)
{
    change("POST",
           url(QStringLiteral("/v2/apps") + appPath(appId) + QStringLiteral("/restart"), forceQuery(force)),
           QByteArrayLiteral("{}"), tr("Restarting app %1").arg(appPath(appId)),
           { QStringLiteral("app.restart"), { appPath(appId) }, { { QStringLiteral("force"), force } } },
           context, std::move(callback));
}

void MarathonClient::suspendApp(const QString &appId, bool force, QObject *context, Callback callback)
{
    scaleApp(appId, 0, force, context, std::move(callback));
}

void MarathonClient::destroyApp(const QString &appId, QObject *context, Callback callback)
{
    change("DELETE", url(QStringLiteral("/v2/apps") + appPath(appId)), {},
           tr("Destroying app %1").arg(appPath(appId)),
           { QStringLiteral("app.destroy"), { appPath(appId) }, {} }, context, std::move(callback));
}

void MarathonClient::killTasks(const QStringList &taskIds, bool scale, bool force, QObject *context,
                               Callback callback)
{
    QList<QPair<QString, QString>> query = forceQuery(force);
    query.prepend({ QStringLiteral("scale"), scale ? QStringLiteral("true") : QStringLiteral("false") });
    const QJsonObject body { { QStringLiteral("ids"), QJsonArray::fromStringList(taskIds) } };
    change("POST", url(QStringLiteral("/v2/tasks/delete"), query),
           QJsonDocument(body).toJson(QJsonDocument::Compact),
           taskIds.size() == 1 ? tr("Killing task %1").arg(taskIds.first())
                               : tr("Killing %1 tasks").arg(taskIds.size()),
           { QStringLiteral("task.kill"),
             taskIds,
             { { QStringLiteral("scale"), scale }, { QStringLiteral("force"), force } } },
           context, std::move(callback));
}

void MarathonClient::rollbackDeployment(const QString &deploymentId, bool force, QObject *context,
                                        Callback callback)
{
    change("DELETE", url(QStringLiteral("/v2/deployments/") + deploymentId, forceQuery(force)), {},
           force ? tr("Stopping deployment %1").arg(deploymentId)
                 : tr("Rolling back deployment %1").arg(deploymentId),
           { force ? QStringLiteral("deployment.stop") : QStringLiteral("deployment.rollback"),
             { deploymentId },
             {} },
           context, std::move(callback));
}

void MarathonClient::fetchGroup(const QString &groupId, QObject *context,
                                std::function<void(Result<QJsonObject>)> callback)
{
    const QString path = groupId == QLatin1String("/") ? QString() : appPath(groupId);
    getJson(url(QStringLiteral("/v2/groups") + path), tr("the group %1").arg(appPath(groupId)), context,
            [callback](Result<QJsonDocument> doc) {
                if (!doc.ok())
                    return callback(doc.error());
                callback(doc->object());
            });
}

void MarathonClient::putApp(const QJsonObject &app, bool force, QObject *context, Callback callback)
{
    const QString id = appPath(app.value(QStringLiteral("id")).toString());
    QList<QPair<QString, QString>> query = forceQuery(force);
    query.prepend({ QStringLiteral("partialUpdate"), QStringLiteral("false") });
    QJsonObject parameters = app;
    parameters.insert(QStringLiteral("force"), force);
    change("PUT", url(QStringLiteral("/v2/apps") + id, query),
           QJsonDocument(app).toJson(QJsonDocument::Compact), tr("Importing app %1").arg(id),
           { QStringLiteral("app.import"), { id }, parameters }, context, std::move(callback));
}

void MarathonClient::updateGroup(const QString &groupId, const QJsonObject &update, bool force,
                                 QObject *context, Callback callback)
{
    const QString id = appPath(groupId);
    QStringList apps;
    for (const QJsonArray items = update.value(QStringLiteral("apps")).toArray(); const QJsonValue &a : items)
        apps.append(a.toObject().value(QStringLiteral("id")).toString());
    QJsonObject parameters { { QStringLiteral("apps"), QJsonArray::fromStringList(apps) },
                             { QStringLiteral("force"), force } };
    change("PUT", url(QStringLiteral("/v2/groups") + id, forceQuery(force)),
           QJsonDocument(update).toJson(QJsonDocument::Compact), tr("Updating group %1").arg(id),
           { QStringLiteral("group.update"), { id }, parameters }, context, std::move(callback));
}

void MarathonClient::scaleGroup(const QString &groupId, double factor, bool force, QObject *context,
                                Callback callback)
{
    const QString id = appPath(groupId);
    change(
        "PUT", url(QStringLiteral("/v2/groups") + id, forceQuery(force)),
        QJsonDocument(QJsonObject { { QStringLiteral("scaleBy"), factor } }).toJson(QJsonDocument::Compact),
        tr("Scaling group %1 by %2").arg(id).arg(factor),
        { QStringLiteral("group.scale"),
          { id },
          { { QStringLiteral("scaleBy"), factor }, { QStringLiteral("force"), force } } },
        context, std::move(callback));
}

void MarathonClient::destroyGroup(const QString &groupId, bool force, QObject *context, Callback callback)
{
    const QString id = appPath(groupId);
    change("DELETE", url(QStringLiteral("/v2/groups") + id, forceQuery(force)), {},
           tr("Destroying group %1").arg(id), { QStringLiteral("group.destroy"), { id }, {} }, context,
           std::move(callback));
}

void MarathonClient::getJson(const QUrl &url, const QString &what, QObject *context,
                             std::function<void(Result<QJsonDocument>)> callback)
{
    m_http->get(url, context,
                [what, callback](Result<http::HttpResponse> response) {
                    const ActionResult r = interpret(response, tr("Reading %1").arg(what));
                    if (!r.ok())
                        return callback(r.outcome.error());
                    callback(http::HttpClient::parseJson(response->body, what));
                },
                { { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") } });
}

void MarathonClient::fetchQueue(QObject *context, std::function<void(Result<QList<QueueEntry>>)> callback)
{
    m_http->get(
        url(QStringLiteral("/v2/queue"), { { QStringLiteral("embed"), QStringLiteral("lastUnusedOffers") } }),
        context,
        [callback](Result<http::HttpResponse> response) {
            const ActionResult r = interpret(response, tr("Reading the launch queue"));
            if (!r.ok())
                return callback(r.outcome.error());
            callback(parseQueue(response->body));
        },
        { { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") } });
}

void MarathonClient::fetchTaskHealth(const QString &appId, QObject *context,
                                     std::function<void(Result<QList<TaskHealth>>)> callback)
{
    m_http->get(url(QStringLiteral("/v2/apps") + appPath(appId) + QStringLiteral("/tasks")), context,
                [appId, callback](Result<http::HttpResponse> response) {
                    const ActionResult r
                        = interpret(response, tr("Reading the tasks of %1").arg(appPath(appId)));
                    if (!r.ok())
                        return callback(r.outcome.error());
                    callback(parseTaskHealth(response->body));
                },
                { { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") } });
}

void MarathonClient::resetDelay(const QString &appId, QObject *context, Callback callback)
{
    change("DELETE", url(QStringLiteral("/v2/queue") + appPath(appId) + QStringLiteral("/delay")), {},
           tr("Resetting the launch delay of %1").arg(appPath(appId)),
           { QStringLiteral("app.reset_delay"), { appPath(appId) }, {} }, context, std::move(callback));
}

void MarathonClient::fetchVersions(const QString &appId, QObject *context,
                                   std::function<void(Result<QStringList>)> callback)
{
    getJson(url(QStringLiteral("/v2/apps") + appPath(appId) + QStringLiteral("/versions")),
            tr("the versions of %1").arg(appPath(appId)), context, [callback](Result<QJsonDocument> doc) {
                if (!doc.ok())
                    return callback(doc.error());
                QStringList versions;
                const QJsonArray list = doc->object().value(QStringLiteral("versions")).toArray();
                for (const QJsonValue &v : list)
                    versions << v.toString();
                callback(sortedVersions(versions));
            });
}

void MarathonClient::fetchVersion(const QString &appId, const QString &version, QObject *context,
                                  std::function<void(Result<QJsonObject>)> callback)
{
    getJson(url(QStringLiteral("/v2/apps") + appPath(appId) + QStringLiteral("/versions/") + version),
            tr("version %1 of %2").arg(version, appPath(appId)), context,
            [callback](Result<QJsonDocument> doc) {
                if (!doc.ok())
                    return callback(doc.error());
                callback(doc->object());
            });
}

void MarathonClient::applyVersion(const QString &appId, const QString &version, bool force, QObject *context,
                                  Callback callback)
{
    const QJsonObject body { { QStringLiteral("version"), version } };
    change("PUT", url(QStringLiteral("/v2/apps") + appPath(appId), forceQuery(force)),
           QJsonDocument(body).toJson(QJsonDocument::Compact),
           tr("Applying version %1 of %2").arg(version, appPath(appId)),
           { QStringLiteral("app.apply_version"),
             { appPath(appId) },
             { { QStringLiteral("version"), version }, { QStringLiteral("force"), force } } },
           context, std::move(callback));
}

void MarathonClient::fetchPods(QObject *context, std::function<void(Result<PodsAnswer>)> callback)
{
    m_http->get(url(QStringLiteral("/v2/pods/::status")), context,
                [callback](Result<http::HttpResponse> response) {
                    // Marathon before 1.4 has no /v2/pods: 404 with its "not found" page.
                    if (response.ok() && response->status == 404)
                        return callback(PodsAnswer { false, {} });
                    const ActionResult r = interpret(response, tr("Reading the pods"));
                    if (!r.ok())
                        return callback(r.outcome.error());
                    auto pods = PodParser::parseStatuses(response->body);
                    if (!pods.ok())
                        return callback(pods.error());
                    callback(PodsAnswer { true, std::move(pods).value() });
                },
                { { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") } });
}

void MarathonClient::fetchPodStatus(const QString &podId, QObject *context,
                                    std::function<void(Result<PodStatus>)> callback)
{
    m_http->get(url(QStringLiteral("/v2/pods") + appPath(podId) + QStringLiteral("::status")), context,
                [podId, callback](Result<http::HttpResponse> response) {
                    const ActionResult r
                        = interpret(response, tr("Reading the status of pod %1").arg(appPath(podId)));
                    if (!r.ok())
                        return callback(r.outcome.error());
                    callback(PodParser::parseStatus(response->body));
                },
                { { QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") } });
}

void MarathonClient::fetchPod(const QString &podId, QObject *context,
                              std::function<void(Result<QJsonObject>)> callback)
{
    getJson(url(QStringLiteral("/v2/pods") + appPath(podId)), tr("pod %1").arg(appPath(podId)), context,
            [callback](Result<QJsonDocument> doc) {
                if (!doc.ok())
                    return callback(doc.error());
                callback(doc->object());
            });
}

QJsonObject MarathonClient::podForUpdate(QJsonObject pod)
{
    pod.remove(QStringLiteral("version"));
    return pod;
}

void MarathonClient::createPod(const QJsonObject &pod, QObject *context, Callback callback)
{
    const QString id = appPath(pod.value(QStringLiteral("id")).toString());
    change("POST", url(QStringLiteral("/v2/pods")), QJsonDocument(pod).toJson(QJsonDocument::Compact),
           tr("Creating pod %1").arg(id), { QStringLiteral("pod.create"), { id }, pod }, context,
           std::move(callback));
}

void MarathonClient::updatePod(const QJsonObject &pod, bool force, QObject *context, Callback callback)
{
    const QString id = appPath(pod.value(QStringLiteral("id")).toString());
    QJsonObject parameters = podForUpdate(pod);
    parameters.insert(QStringLiteral("force"), force);
    change("PUT", url(QStringLiteral("/v2/pods") + id, forceQuery(force)),
           QJsonDocument(podForUpdate(pod)).toJson(QJsonDocument::Compact), tr("Updating pod %1").arg(id),
           { QStringLiteral("pod.update"), { id }, parameters }, context, std::move(callback));
}

void MarathonClient::rewritePod(const QString &podId, bool force, const QString &what, audit::Action action,
                                std::function<void(QJsonObject &)> edit, QObject *context, Callback callback)
{
    QPointer<MarathonClient> self(this);
    QPointer<QObject> guard(context);
    fetchPod(podId, context, [=](Result<QJsonObject> pod) {
        if (!self || !guard)
            return;
        if (!pod.ok()) {
            ActionResult failed;
            failed.outcome = Error { tr("%1 failed: %2").arg(what, pod.error().message), pod.error().detail };
            return callback(failed);
        }
        QJsonObject body = podForUpdate(pod.value());
        edit(body);
        self->change("PUT", self->url(QStringLiteral("/v2/pods") + appPath(podId), forceQuery(force)),
                     QJsonDocument(body).toJson(QJsonDocument::Compact), what, action, guard, callback);
    });
}

void MarathonClient::scalePod(const QString &podId, int instances, bool force, QObject *context,
                              Callback callback)
{
    const QString id = appPath(podId);
    rewritePod(
        id, force, tr("Scaling pod %1 to %2").arg(id).arg(instances),
        { QStringLiteral("pod.scale"),
          { id },
          { { QStringLiteral("instances"), instances }, { QStringLiteral("force"), force } } },
        [instances](QJsonObject &pod) {
            QJsonObject scaling = pod.value(QStringLiteral("scaling")).toObject();
            scaling.insert(QStringLiteral("kind"),
                           scaling.value(QStringLiteral("kind")).toString(QStringLiteral("fixed")));
            scaling.insert(QStringLiteral("instances"), instances);
            pod.insert(QStringLiteral("scaling"), scaling);
        },
        context, std::move(callback));
}

void MarathonClient::restartPod(const QString &podId, bool force, QObject *context, Callback callback)
{
    const QString id = appPath(podId);
    rewritePod(
        id, force, tr("Restarting pod %1").arg(id),
        { QStringLiteral("pod.restart"), { id }, { { QStringLiteral("force"), force } } },
        [](QJsonObject &) {}, context, std::move(callback));
}

void MarathonClient::destroyPod(const QString &podId, bool force, QObject *context, Callback callback)
{
    const QString id = appPath(podId);
    change("DELETE", url(QStringLiteral("/v2/pods") + id, forceQuery(force)), {},
           tr("Destroying pod %1").arg(id), { QStringLiteral("pod.destroy"), { id }, {} }, context,
           std::move(callback));
}

void MarathonClient::killPodInstance(const QString &podId, const QString &instanceId, QObject *context,
                                     Callback callback)
{
    const QString id = appPath(podId);
    change("DELETE", url(QStringLiteral("/v2/pods") + id + QStringLiteral("::instances/") + instanceId), {},
           tr("Killing instance %1 of pod %2").arg(instanceId, id),
           { QStringLiteral("pod.kill_instance"), { id, instanceId }, {} }, context, std::move(callback));
}

ActionResult MarathonClient::interpret(const Result<http::HttpResponse> &response, const QString &what)
{
    ActionResult r;
    if (!response.ok()) {
        r.outcome
            = Error { tr("%1 failed: %2").arg(what, response.error().message), response.error().detail };
        return r;
    }
    const http::HttpResponse &http = response.value();
    r.status = http.status;
    const QJsonObject body = QJsonDocument::fromJson(http.body).object();
    const QString serverMessage = body.value(QStringLiteral("message")).toString();
    const QString detail = QString::fromUtf8(http.body.left(4096));
    if (http.isSuccess()) {
        DeploymentRef ref;
        ref.deploymentId = body.value(QStringLiteral("deploymentId")).toString();
        ref.version = body.value(QStringLiteral("version")).toString();
        if (ref.deploymentId.isEmpty())
            ref.deploymentId = QString::fromUtf8(http.header(QByteArrayLiteral("Marathon-Deployment-Id")));
        if (ref.deploymentId.isEmpty()) {
            const QJsonArray deployments = body.value(QStringLiteral("deployments")).toArray();
            if (!deployments.isEmpty())
                ref.deploymentId = deployments.first().toObject().value(QStringLiteral("id")).toString();
        }
        ref.appId = body.value(QStringLiteral("id")).toString();
        r.outcome = ref;
        return r;
    }
    switch (http.status) {
    case 401:
        r.outcome = Error { tr("%1 failed: Marathon wants credentials (401). Set the HTTP user and "
                               "password (or the DC/OS token) in the cluster settings and try again.")
                                .arg(what),
                            detail };
        break;
    case 403:
        r.outcome
            = Error { tr("%1 failed: Marathon refused it (403)%2. Ask for the permission, or "
                         "wait until running deployments finish.")
                          .arg(what,
                               serverMessage.isEmpty() ? QString() : QStringLiteral(": ") + serverMessage),
                      detail };
        break;
    case 404:
        r.outcome = Error {
            tr("%1 failed: %2").arg(what, serverMessage.isEmpty() ? tr("not found (404).") : serverMessage),
            detail
        };
        break;
    case 409: {
        for (const QJsonArray items = body.value(QStringLiteral("deployments")).toArray();
             const QJsonValue &v : items)
            r.blockingDeployments.append(v.toObject().value(QStringLiteral("id")).toString());
        if (!r.blockingDeployments.isEmpty())
            r.outcome = Error { tr("%1 failed: the app is locked by deployment %2. Wait for it to "
                                   "finish, or force the change (this cancels the running deployment).")
                                    .arg(what, r.blockingDeployments.join(QStringLiteral(", "))),
                                detail };
        else
            r.outcome
                = Error { tr("%1 failed: %2")
                              .arg(what, serverMessage.isEmpty() ? tr("conflict (409).") : serverMessage),
                          detail };
        break;
    }
    case 400:
    case 422: {
        r.fieldErrors = AppDefinition::fieldErrorsFrom422(http.body);
        QStringList lines;
        for (const FieldError &e : std::as_const(r.fieldErrors))
            lines.append(QStringLiteral("%1: %2").arg(e.path, e.message));
        r.outcome = Error { tr("%1 failed: Marathon rejected the definition (%2): %3")
                                .arg(what)
                                .arg(http.status)
                                .arg(lines.isEmpty() ? serverMessage : lines.join(QStringLiteral("; "))),
                            detail };
        break;
    }
    default:
        r.outcome = Error { tr("%1 failed: Marathon answered %2%3. If the leader is changing, try "
                               "again in a few seconds.")
                                .arg(what)
                                .arg(http.status)
                                .arg(serverMessage.isEmpty() ? QString()
                                                             : QStringLiteral(" (") + serverMessage + u')'),
                            detail };
        break;
    }
    return r;
}

} // namespace mc::marathon
