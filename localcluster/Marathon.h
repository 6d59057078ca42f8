#pragma once

#include "localcluster/Cluster.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

class QTimer;

namespace mc::localcluster {

class HealthChecker;

// Marathon 1.x on top of the cluster: apps, deployments with the deployment
// lock, tasks launched through the cluster, health checks, the event stream.
class Marathon : public QObject
{
    Q_OBJECT

public:
    Marathon(Cluster &cluster, QObject *parent = nullptr);
    ~Marathon() override;

    void start();
    void stop();
    void handle(const HttpRequest &request, HttpConnection *connection);
    void createDemoApps();
    void synthesizeScale(const ScaleSpec &scale);
    // Closes every /v2/events stream (fault injection). Returns how many.
    int dropEventStreams();

    static constexpr const char *kVersion = "1.9.109";

private:
    struct UnusedOffer
    {
        QJsonObject offer;
        QStringList reasons;
        qint64 atMs = 0;
    };
    struct App
    {
        QJsonObject definition; // normalised, without runtime fields
        QString version;
        QString lastScalingAt;
        QString lastConfigChangeAt;
        QList<QPair<QString, QJsonObject>> versions;
        std::optional<QJsonObject> lastTaskFailure;
        QList<int> servicePorts;
        int consecutiveFailures = 0;
        qint64 delayUntilMs = 0;
        qint64 queuedSinceMs = 0;
        // Offer matching of the current launch attempt (Marathon's RunSpecOfferStatistics);
        // cleared once every instance is launched.
        int processedOffers = 0;
        int unusedOffers = 0;
        QHash<QString, int> attemptRejects; // funnel reason -> declined offers
        QMap<int, QStringList> lastOffers; // agent -> why its last offer was declined (empty: usable)
        QMap<int, UnusedOffer> lastUnused; // agent -> its last declined offer
        qint64 lastUnusedOfferAtMs = 0;
        qint64 lastUsedOfferAtMs = 0;
        qint64 nextOfferRoundMs = 0;
        bool deleting = false;
        bool synthetic = false; // scale mode: its tasks have no process
    };
    // A Marathon 1.4+ pod: instances of containers launched together on one agent; each
    // container of an instance is a Mesos task `<instance id>.<container name>`.
    struct Pod
    {
        QJsonObject definition; // normalised, without version
        QString version;
        QString lastConfigChangeAt;
        QString statusSince;
        QString status; // STABLE / DEGRADED / TERMINAL, as last reported
        QList<QPair<QString, QJsonObject>> versions;
        int consecutiveFailures = 0;
        qint64 delayUntilMs = 0;
        bool deleting = false;
    };
    using Action = QPair<QString, QString>; // action, app or pod id (actions named *Pod)
    struct Deployment
    {
        QString id;
        QString version;
        QStringList apps;
        QList<QList<Action>> steps;
        int currentStep = 1; // 1-based
        QHash<QString, std::optional<QJsonObject>> original;
    };
    struct Subscriber
    {
        QPointer<HttpConnection> connection;
        QStringList eventTypes;
    };
    enum class Change { Scale, Config };
    // A group created by POST/PUT /v2/groups (groups that only hold apps are derived from ids).
    struct GroupMeta
    {
        QJsonArray dependencies;
        QString version;
    };
    // The apps and explicit groups under one group after a group change.
    struct GroupTarget
    {
        QMap<QString, QJsonObject> apps; // id -> normalised definition
        QMap<QString, QJsonArray> groups; // id -> dependencies
    };

    // HTTP (MarathonApi.cpp)
    void handleApps(const HttpRequest &request, HttpConnection *connection);
    // PUT/PATCH /v2/apps with an array: one deployment for all.
    void updateApps(const HttpRequest &request, HttpConnection *connection);
    // /v2/apps/{id}[/restart|/versions[/{version}]|/tasks[/{task}]]: one function per route below.
    void handleApp(const QString &appId, const QString &suffix, const HttpRequest &request,
                   HttpConnection *connection);
    // PUT/PATCH /v2/apps/{id}: creates (app nullptr: none, or one being deleted), updates or
    // goes back to a version.
    void putApp(const QString &appId, App *app, const HttpRequest &request, HttpConnection *connection);
    void deleteApp(const QString &appId, App &app, HttpConnection *connection);
    void restartApp(const QString &appId, App &app, const HttpRequest &request, HttpConnection *connection);
    // `suffix`: /versions (the list) or /versions/{version} (that definition).
    [[nodiscard]] HttpResponse appVersions(const QString &appId, const App &app, const QString &suffix) const;
    [[nodiscard]] HttpResponse appTasks(const QString &appId) const;
    // DELETE /v2/apps/{id}/tasks[/{taskId}] (?host, ?scale, ?wipe, ?force).
    void killAppTasks(const QString &appId, const QString &taskId, const HttpRequest &request,
                      HttpConnection *connection);
    [[nodiscard]] HttpResponse appNotFound(const QString &appId) const;
    // Kills `victims` and scales `appIds` down by theirs: one ScaleApplication deployment, answered.
    void killAndScale(const QStringList &appIds, const QList<TaskPtr> &victims, HttpConnection *connection);
    // Kills `victims`; their JSON as they were.
    QJsonArray kill(const QList<TaskPtr> &victims);
    // The request's JSON object into `out`, or false (400 answered).
    bool readDefinition(const HttpRequest &request, HttpConnection *connection, QJsonObject *out) const;
    // True (422 answered) when `details` lists problems.
    bool rejectInvalid(const QJsonArray &details, HttpConnection *connection) const;
    // The deployment lock of `appIds`: false (409 answered) while a deployment holds one of them,
    // unless `force`, which cancels those deployments with `reason`.
    bool takeLock(const QStringList &appIds, bool force, const QString &reason, HttpConnection *connection);
    void handleTasks(const HttpRequest &request, HttpConnection *connection);
    // POST /v2/tasks/delete (?scale, ?wipe, ?force).
    void killTasks(const HttpRequest &request, HttpConnection *connection);
    // GET /v2/tasks as text/plain: per app and service port, the tasks' host:port.
    [[nodiscard]] QByteArray tasksText(const std::function<bool(const Task &)> &wanted) const;
    // The app path after /v2/apps: its id and the route's suffix.
    void handleAppPath(const QString &rest, const HttpRequest &request, HttpConnection *connection);
    void handleDeployments(const HttpRequest &request, HttpConnection *connection);
    // /v2/groups[/{id}]: GET, POST (create), PUT (update, scaleBy), DELETE (MarathonGroups.cpp).
    void handleGroups(const HttpRequest &request, HttpConnection *connection);
    void handleQueue(const HttpRequest &request, HttpConnection *connection);
    // /v2/pods[/{id}][::status|::instances/{instance}|::versions] (MarathonPods.cpp).
    void handlePods(const HttpRequest &request, HttpConnection *connection);
    void handlePod(const QString &podId, const QString &suffix, const HttpRequest &request,
                   HttpConnection *connection);
    // POST /v2/pods and PUT /v2/pods/{id}: validation, lock, deployment.
    void writePod(const QString &pathId, const HttpRequest &request, HttpConnection *connection);
    void handleEvents(const HttpRequest &request, HttpConnection *connection);
    [[nodiscard]] HttpResponse json(const QJsonValue &value, int status = 200) const;
    [[nodiscard]] HttpResponse error(int status, const QString &message,
                                     const QJsonArray &details = {}) const;
    [[nodiscard]] HttpResponse locked(const QStringList &deployments) const;
    [[nodiscard]] HttpResponse deploymentResult(const Deployment &d, int status = 200) const;

    // Apps and deployments
    std::optional<HttpResponse> parseDefinition(const QByteArray &body, QJsonObject *out) const;
    App &createApp(const QJsonObject &normalized);
    void updateApp(App &app, const QJsonObject &normalized, Change change);
    [[nodiscard]] QStringList blockingDeployments(const QStringList &appIds) const;
    void cancelDeployments(const QStringList &ids, const QString &reason);
    Deployment &addDeployment(const QList<QList<Action>> &steps,
                              const QHash<QString, std::optional<QJsonObject>> &original);
    void assignServicePorts(App &app);
    [[nodiscard]] QString newVersion();

    // Scheduling
    void tick();
    // Returns true when the app is settled (no launch, kill or wait pending).
    bool reconcile(App &app);
    bool launch(App &app);
    // A task's environment: the definition's string `env`, then MARATHON_APP_ID / _VERSION of
    // `id` and `version`, and LOCALCLUSTER_BIN for the stand-ins.
    void addLaunchEnv(LaunchSpec &launch, const QJsonObject &env, const QString &id,
                      const QString &version) const;
    // Offers of every agent for one more instance: the best agent, or -1 (statistics updated).
    int matchOffers(App &app);
    static void clearOfferStatistics(App &app);
    [[nodiscard]] QJsonObject queueEntry(const App &app, int missing, bool withOffers) const;
    // A new task of the app: ids, versions, resources, labels; not placed yet.
    [[nodiscard]] Task newTask(const QString &appId, const App &app) const;
    [[nodiscard]] bool converged(const App &app) const;
    [[nodiscard]] bool actionDone(const Action &action);
    void onTaskChanged(const TaskPtr &task, TaskState previous);
    void onHealth(const QString &taskId, int index, bool passed, const QString &cause);
    [[nodiscard]] QList<TaskPtr> tasksOf(const QString &appId) const { return m_appTasks.value(appId); }
    [[nodiscard]] bool isHealthy(const Task &task) const;
    [[nodiscard]] QString standInCommand(const QString &image) const;

    // JSON (MarathonJson.cpp)
    // GET /v2/info
    [[nodiscard]] QJsonObject infoJson() const;
    [[nodiscard]] QJsonObject appJson(const App &app, bool withTasks, bool withFailure) const;
    [[nodiscard]] QJsonObject taskJson(const Task &task, bool withServicePorts) const;
    [[nodiscard]] QJsonObject deploymentJson(const Deployment &d) const;
    // {} when no such group (explicit, or holding apps)
    // Marathon's Group (pods as definitions, what a group event carries); empty when there is none.
    [[nodiscard]] QJsonObject groupJson(const QString &groupId) const;
    // GET /v2/groups: Marathon's GroupInfo, the same with each pod as its PodStatus.
    [[nodiscard]] QJsonObject groupInfoJson(const QString &groupId);

    // Groups (MarathonGroups.cpp)
    [[nodiscard]] bool groupExists(const QString &groupId) const;
    // The apps and explicit groups under groupId (itself included) as they are now.
    [[nodiscard]] GroupTarget currentGroup(const QString &groupId) const;
    // Applies a group update body (Marathon's GroupUpdate: `apps` replaces the group's apps,
    // `groups` its subgroups, `dependencies`; an absent field keeps what is there) to `target`.
    void applyGroupUpdate(const QString &groupId, const QJsonObject &update, const QString &path,
                          GroupTarget &target, QJsonArray &details) const;
    // Makes the subtree under groupId `target`: one deployment (stops, starts, then the
    // changes ordered by dependencies), or 409 while a deployment holds one of the apps.
    void commitGroup(const QString &groupId, const GroupTarget &target, bool force, int status,
                     const HttpRequest &request, HttpConnection *connection);
    // Dependency level of each app of `apps` (0: depends on nothing there); nullopt on a cycle.
    [[nodiscard]] std::optional<QHash<QString, int>>
    dependencyLevels(const QMap<QString, QJsonObject> &apps, const QMap<QString, QJsonArray> &groups) const;
    // Pods (MarathonPods.cpp)
    [[nodiscard]] QJsonObject podJson(const Pod &pod) const;
    [[nodiscard]] QJsonObject podStatusJson(Pod &pod);
    [[nodiscard]] QJsonObject podInstanceJson(const Pod &pod, const QString &instanceId,
                                              const QList<TaskPtr> &tasks) const;
    // The pod's active tasks by instance id, in launch order.
    [[nodiscard]] QList<QPair<QString, QList<TaskPtr>>> podInstances(const QString &podId) const;
    bool reconcilePod(Pod &pod);
    bool launchPodInstance(Pod &pod);
    void onPodTaskChanged(const TaskPtr &task);
    [[nodiscard]] bool podActionDone(const Action &action);
    [[nodiscard]] bool podConverged(const Pod &pod) const;
    [[nodiscard]] static bool isPodAction(const QString &action)
    {
        return action.endsWith(QLatin1String("Pod"));
    }
    // status_update_event and instance_changed_event of a task (app or pod).
    void emitTaskEvents(const Task &task, const QString &instance);
    [[nodiscard]] QJsonObject planJson(const Deployment &d) const;
    [[nodiscard]] QJsonObject stepJson(const Deployment &d) const;
    [[nodiscard]] QString instanceId(const Task &task) const;
    [[nodiscard]] QString leaderUrl() const;

    // Events
    void emitEvent(const QString &type, QJsonObject payload);
    // deployment_info: the plan and its current step.
    void emitDeploymentInfo(const Deployment &d);
    // api_post_event: an app created or changed through `uri`.
    void emitApiPost(const HttpRequest &request, const QString &uri, const App &app);
    void heartbeat();

    Cluster &m_cluster;
    QMap<QString, App> m_apps;
    QHash<QString, QList<TaskPtr>> m_appTasks; // active tasks per app
    QList<Deployment> m_deployments;
    QMap<QString, GroupMeta> m_groups; // explicit groups
    QMap<QString, Pod> m_pods;
    QHash<QString, QList<TaskPtr>> m_podTasks; // active tasks per pod
    QSet<QString> m_dirty; // apps to reconcile on the next tick
    QList<Subscriber> m_subscribers;
    HealthChecker *m_health = nullptr;
    QTimer *m_tick = nullptr;
    QTimer *m_heartbeat = nullptr;
    int m_nextServicePort = 10000;
    qint64 m_lastVersionMs = 0;
    quint64 m_nextOffer = 0;
};

} // namespace mc::localcluster
