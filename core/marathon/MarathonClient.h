#pragma once

#include "core/audit/ActionGate.h"
#include "core/marathon/AppDefinition.h"
#include "core/marathon/LaunchQueue.h"
#include "core/marathon/Pod.h"
#include "core/marathon/TaskHealth.h"
#include "core/util/Result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

namespace mc::http {
class HttpClient;
struct HttpResponse;
} // namespace mc::http

namespace mc::marathon {

// What Marathon answered to a change: the deployment it started.
struct DeploymentRef
{
    QString deploymentId; // empty when nothing was deployed (a kill without scale, a forced stop)
    QString version;
    QString appId; // the created app's id (POST)
};

// The outcome of one change. `outcome` is the result; on failure the fields
// below say what a person (or the form) can do about it.
struct ActionResult
{
    Result<DeploymentRef> outcome = Error {};
    int status = 0; // HTTP status, 0 for transport failures
    QStringList blockingDeployments; // 409 deployment lock: retry with force or wait for these
    QList<FieldError> fieldErrors; // 422 (and 400 with details), on canonical form paths

    [[nodiscard]] bool ok() const { return outcome.ok(); }
    [[nodiscard]] bool isLocked() const { return status == 409 && !blockingDeployments.isEmpty(); }
};

// GET /v2/pods/::status: every pod with its instances; `supported` is false when this Marathon
// has no pods (before 1.4: 404), `pods` then empty.
struct PodsAnswer
{
    bool supported = true;
    std::vector<PodStatus> pods;
};

// Lifecycle calls on Marathon apps, tasks and deployments, asynchronous over
// HttpClient. Request bodies are written in the server's dialect (detectDialect()).
class MarathonClient : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(ActionResult)>;

    MarathonClient(http::HttpClient *http, QUrl baseUrl, QObject *parent = nullptr);

    // Every change passes `gate` (read-only and protected clusters, the audit log); none set:
    // changes are sent without either.
    void setGate(std::shared_ptr<const audit::ActionGate> gate) { m_gate = std::move(gate); }
    [[nodiscard]] const audit::ActionGate *gate() const { return m_gate.get(); }

    [[nodiscard]] QUrl baseUrl() const { return m_baseUrl; }
    [[nodiscard]] http::HttpClient *httpClient() const { return m_http; }
    [[nodiscard]] AppDialect dialect() const { return m_dialect; }
    void setDialect(AppDialect dialect) { m_dialect = dialect; }
    // GET /v2/info -> version -> dialect (404: 0.6). Also sets dialect().
    void detectDialect(QObject *context, std::function<void(Result<AppDialect>)> callback);
    // GET /v2/apps/{id} -> the app's JSON (as sent back by Marathon), for editing.
    void fetchApp(const QString &appId, QObject *context, std::function<void(Result<QJsonObject>)> callback);

    void createApp(const AppDefinition &app, QObject *context, Callback callback);
    // PUT of only what changed between `before` (the app as fetched) and `after`: the body of
    // AppDefinition::previewUpdate(before, after, dialect()).
    void updateApp(const QJsonObject &before, const AppDefinition &after, bool force, QObject *context,
                   Callback callback);
    void scaleApp(const QString &appId, int instances, bool force, QObject *context, Callback callback);
    void restartApp(const QString &appId, bool force, QObject *context, Callback callback);
    // Suspend = scale to 0; resume = scale back to `instances`.
    void suspendApp(const QString &appId, bool force, QObject *context, Callback callback);
    void destroyApp(const QString &appId, QObject *context, Callback callback);
    // Kills tasks; with `scale` the apps shrink by the killed count, else Marathon replaces them.
    void killTasks(const QStringList &taskIds, bool scale, bool force, QObject *context, Callback callback);
    // DELETE /v2/deployments/{id}: a rollback deployment; with `force` just stops it.
    void rollbackDeployment(const QString &deploymentId, bool force, QObject *context, Callback callback);

    // GET /v2/queue?embed=lastUnusedOffers: the apps waiting to launch and why (before 1.4: no
    // offer summary).
    void fetchQueue(QObject *context, std::function<void(Result<QList<QueueEntry>>)> callback);
    // GET /v2/apps/{id}/tasks: the health check results of its tasks.
    void fetchTaskHealth(const QString &appId, QObject *context,
                         std::function<void(Result<QList<TaskHealth>>)> callback);
    // DELETE /v2/queue/{id}/delay: ends the app's back-off, it is launched at the next offer.
    void resetDelay(const QString &appId, QObject *context, Callback callback);
    // GET /v2/apps/{id}/versions, oldest first.
    void fetchVersions(const QString &appId, QObject *context,
                       std::function<void(Result<QStringList>)> callback);
    // GET /v2/apps/{id}/versions/{version}: the app as it was then.
    void fetchVersion(const QString &appId, const QString &version, QObject *context,
                      std::function<void(Result<QJsonObject>)> callback);
    // PUT /v2/apps/{id} {"version": v}: a deployment to that version of the app.
    void applyVersion(const QString &appId, const QString &version, bool force, QObject *context,
                      Callback callback);

    // GET /v2/groups[/{id}]: the group tree as Marathon answers it (apps with their deployments).
    void fetchGroup(const QString &groupId, QObject *context,
                    std::function<void(Result<QJsonObject>)> callback);
    // PUT /v2/apps/{id}?partialUpdate=false with a whole definition as JSON (an import): creates the
    // app or replaces its definition.
    void putApp(const QJsonObject &app, bool force, QObject *context, Callback callback);
    // PUT /v2/groups/{id} with a group update (`apps` replaces the group's own apps): one deployment.
    void updateGroup(const QString &groupId, const QJsonObject &update, bool force, QObject *context,
                     Callback callback);

    // PUT /v2/groups/{id} {"scaleBy": factor}: every app below the group to round(instances × factor).
    void scaleGroup(const QString &groupId, double factor, bool force, QObject *context, Callback callback);
    // DELETE /v2/groups/{id}: the group, its subgroups and all their apps.
    void destroyGroup(const QString &groupId, bool force, QObject *context, Callback callback);

    // Pods (Marathon 1.4+).
    void fetchPods(QObject *context, std::function<void(Result<PodsAnswer>)> callback);
    // GET /v2/pods/{id}::status.
    void fetchPodStatus(const QString &podId, QObject *context,
                        std::function<void(Result<PodStatus>)> callback);
    // GET /v2/pods/{id}: the definition as Marathon has it (with `version`), for editing.
    void fetchPod(const QString &podId, QObject *context, std::function<void(Result<QJsonObject>)> callback);
    // POST /v2/pods with a whole definition.
    void createPod(const QJsonObject &pod, QObject *context, Callback callback);
    // PUT /v2/pods/{id} with a whole definition (what Marathon manages is left out): a new
    // version; its instances are replaced unless only scaling.instances changed.
    void updatePod(const QJsonObject &pod, bool force, QObject *context, Callback callback);
    // Reads the pod, then PUTs it with scaling.instances = `instances`.
    void scalePod(const QString &podId, int instances, bool force, QObject *context, Callback callback);
    // Reads the pod, then PUTs the same definition: a new version, every instance replaced
    // (what Marathon's UI does for a pod's restart).
    void restartPod(const QString &podId, bool force, QObject *context, Callback callback);
    // DELETE /v2/pods/{id}: the pod and its instances.
    void destroyPod(const QString &podId, bool force, QObject *context, Callback callback);
    // DELETE /v2/pods/{id}::instances/{instance}: Marathon launches a replacement.
    void killPodInstance(const QString &podId, const QString &instanceId, QObject *context,
                         Callback callback);
    // A pod definition as it is PUT back: without what Marathon manages (`version`).
    [[nodiscard]] static QJsonObject podForUpdate(QJsonObject pod);

    // The ActionResult for an answer (public for tests and the CLI).
    [[nodiscard]] static ActionResult interpret(const Result<http::HttpResponse> &response,
                                                const QString &what);

private:
    [[nodiscard]] QUrl url(const QString &path, const QList<QPair<QString, QString>> &query = {}) const;
    // GET of a JSON document; `what` names it in errors.
    void getJson(const QUrl &url, const QString &what, QObject *context,
                 std::function<void(Result<QJsonDocument>)> callback);
    // Reads the pod, changes it with `edit` and PUTs it (scale, restart).
    void rewritePod(const QString &podId, bool force, const QString &what, audit::Action action,
                    std::function<void(QJsonObject &)> edit, QObject *context, Callback callback);
    // Sends one change, through the gate when there is one.
    void change(const QByteArray &method, const QUrl &url, const QByteArray &body, const QString &what,
                audit::Action action, QObject *context, Callback callback);

    http::HttpClient *m_http;
    QUrl m_baseUrl;
    AppDialect m_dialect = AppDialect::V15;
    std::shared_ptr<const audit::ActionGate> m_gate;
};

} // namespace mc::marathon
