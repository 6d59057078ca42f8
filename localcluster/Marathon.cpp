// Marathon's scheduling: apps and deployments (the deployment lock, steps done when their apps
// converged), launching and replacing instances through the cluster's offers, back-off after
// failures, health, the event stream, the demo apps and scale mode. Its routes are in
// MarathonApi.cpp, its JSON in MarathonJson.cpp, pods and groups in MarathonPods/Groups.cpp.
#include "localcluster/Marathon.h"

#include "localcluster/AppDefinition.h"
#include "localcluster/HealthChecker.h"
#include "localcluster/HttpServer.h"
#include "localcluster/Logging.h"
#include "localcluster/MarathonUtil.h"
#include "localcluster/OfferMatcher.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace mc::localcluster {

using namespace marathon;

namespace {

// Mesos offers an agent's resources again about once a second (the allocator's
// --allocation_interval); an app that found no room waits for the next round.
constexpr qint64 kOfferRoundMs = 1000;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// "/demo/web" -> "web.demo" (Mesos task name)
QString taskName(const QString &appId)
{
    QStringList parts = appId.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    std::reverse(parts.begin(), parts.end());
    return parts.join(QLatin1Char('.'));
}

QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}
} // namespace

Marathon::Marathon(Cluster &cluster, QObject *parent)
    : QObject(parent)
    , m_cluster(cluster)
{
    m_health = new HealthChecker(
        cluster.options().address,
        [this](const QString &id, int index, bool ok, const QString &cause) {
            onHealth(id, index, ok, cause);
        },
        this);
    connect(&m_cluster, &Cluster::taskChanged, this, &Marathon::onTaskChanged);
}

Marathon::~Marathon()
{
    stop();
}

void Marathon::start()
{
    m_tick = new QTimer(this);
    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, &Marathon::tick);
    m_tick->start();
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(m_cluster.options().sseHeartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, &Marathon::heartbeat);
    m_heartbeat->start();
}

void Marathon::stop()
{
    if (m_tick)
        m_tick->stop();
    if (m_heartbeat)
        m_heartbeat->stop();
    m_health->stopAll();
}

QString Marathon::leaderUrl() const
{
    return QStringLiteral("http://%1:%2").arg(m_cluster.hostname()).arg(m_cluster.marathonPort());
}

QString Marathon::newVersion()
{
    m_lastVersionMs = qMax(QDateTime::currentMSecsSinceEpoch(), m_lastVersionMs + 1);
    return iso(m_lastVersionMs);
}

bool Marathon::isHealthy(const Task &task) const
{
    if (task.health.isEmpty())
        return true;
    return std::all_of(task.health.cbegin(), task.health.cend(),
                       [](const HealthResult &h) { return h.alive; });
}

// ---------------------------------------------------------------- events

void Marathon::emitEvent(const QString &type, QJsonObject payload)
{
    payload.insert(QStringLiteral("eventType"), type);
    payload.insert(QStringLiteral("timestamp"), nowIso());
    const QByteArray frame = "event: " + type.toUtf8()
        + "\r\ndata: " + QJsonDocument(payload).toJson(QJsonDocument::Compact) + "\r\n\r\n";
    m_subscribers.removeIf([](const Subscriber &s) { return s.connection.isNull(); });
    for (const Subscriber &s : std::as_const(m_subscribers)) {
        if (s.eventTypes.isEmpty() || s.eventTypes.contains(type))
            s.connection->write(frame);
    }
}

void Marathon::heartbeat()
{
    m_subscribers.removeIf([](const Subscriber &s) { return s.connection.isNull(); });
    for (const Subscriber &s : std::as_const(m_subscribers))
        s.connection->write("\r\n");
}

void Marathon::emitDeploymentInfo(const Deployment &d)
{
    emitEvent(QStringLiteral("deployment_info"),
              { { QStringLiteral("plan"), planJson(d) }, { QStringLiteral("currentStep"), stepJson(d) } });
}

void Marathon::emitApiPost(const HttpRequest &request, const QString &uri, const App &app)
{
    emitEvent(QStringLiteral("api_post_event"),
              { { QStringLiteral("clientIp"), request.peer.toString() },
                { QStringLiteral("uri"), uri },
                { QStringLiteral("appDefinition"), appJson(app, false, false) } });
}

int Marathon::dropEventStreams()
{
    const auto subscribers = m_subscribers;
    m_subscribers.clear();
    int dropped = 0;
    for (const Subscriber &s : subscribers) {
        if (s.connection) {
            s.connection->abort();
            ++dropped;
        }
    }
    qCInfo(lcLocalCluster) << "Marathon dropped" << dropped << "event stream(s)";
    return dropped;
}

// ---------------------------------------------------------------- apps and deployments

void Marathon::assignServicePorts(App &app)
{
    QJsonObject &d = app.definition;
    app.servicePorts.clear();
    auto assign = [&](QJsonArray list, const char *key) {
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject p = list[i].toObject();
            int port = p.value(QLatin1String(key)).toInt(0);
            if (port == 0) {
                port = m_nextServicePort++;
                p.insert(QLatin1String(key), port);
            }
            app.servicePorts.append(port);
            list[i] = p;
        }
        return list;
    };
    if (d.contains(QLatin1String("portDefinitions"))) {
        d.insert(QStringLiteral("portDefinitions"),
                 assign(d.value(QLatin1String("portDefinitions")).toArray(), "port"));
    } else {
        QJsonObject container = d.value(QLatin1String("container")).toObject();
        if (container.contains(QLatin1String("portMappings"))) {
            container.insert(QStringLiteral("portMappings"),
                             assign(container.value(QLatin1String("portMappings")).toArray(), "servicePort"));
            d.insert(QStringLiteral("container"), container);
        }
    }
}

Marathon::App &Marathon::createApp(const QJsonObject &normalized)
{
    const QString id = normalized.value(QLatin1String("id")).toString();
    App app;
    app.definition = normalized;
    assignServicePorts(app);
    app.version = newVersion();
    app.lastScalingAt = app.version;
    app.lastConfigChangeAt = app.version;
    app.versions.append({ app.version, app.definition });
    app.queuedSinceMs = QDateTime::currentMSecsSinceEpoch();
    m_apps.insert(id, app);
    m_dirty.insert(id);
    m_cluster.touch();
    return m_apps[id];
}

void Marathon::updateApp(App &app, const QJsonObject &normalized, Change change)
{
    app.definition = normalized;
    assignServicePorts(app);
    app.version = newVersion();
    app.lastScalingAt = app.version;
    if (change == Change::Config) {
        app.lastConfigChangeAt = app.version;
        app.consecutiveFailures = 0;
        app.delayUntilMs = 0;
    }
    app.versions.append({ app.version, app.definition });
    app.queuedSinceMs = QDateTime::currentMSecsSinceEpoch();
    m_dirty.insert(app.definition.value(QLatin1String("id")).toString());
    m_cluster.touch();
}

QStringList Marathon::blockingDeployments(const QStringList &appIds) const
{
    QStringList ids;
    for (const Deployment &d : m_deployments) {
        for (const QString &a : appIds) {
            if (d.apps.contains(a) && !ids.contains(d.id))
                ids.append(d.id);
        }
    }
    return ids;
}

void Marathon::cancelDeployments(const QStringList &ids, const QString &reason)
{
    for (const QString &id : ids) {
        const auto it = std::find_if(m_deployments.cbegin(), m_deployments.cend(),
                                     [&](const Deployment &d) { return d.id == id; });
        if (it == m_deployments.cend())
            continue;
        const Deployment d = m_deployments.takeAt(it - m_deployments.cbegin());
        emitEvent(QStringLiteral("deployment_failed"),
                  { { QStringLiteral("id"), d.id },
                    { QStringLiteral("plan"), planJson(d) },
                    { QStringLiteral("reason"), reason } });
    }
}

Marathon::Deployment &Marathon::addDeployment(const QList<QList<Action>> &steps,
                                              const QHash<QString, std::optional<QJsonObject>> &original)
{
    Deployment d;
    d.id = uuid();
    d.version = newVersion();
    d.steps = steps;
    d.original = original;
    for (const QList<Action> &step : steps) {
        for (const Action &a : step) {
            if (!d.apps.contains(a.second))
                d.apps.append(a.second);
        }
    }
    m_deployments.append(d);
    m_cluster.touch();
    // Marathon publishes this after every change of its root group that made a plan
    // (GroupManagerImpl.updateRootEither): apps created, changed, scaled, restarted,
    // killed with scale, deleted. The group is the one changed: an app's parent, else the root.
    QString group;
    for (const QString &app : std::as_const(d.apps)) {
        const QString parent = app.section(u'/', 0, -2).isEmpty() ? QStringLiteral("/") : app.section(u'/', 0, -2);
        group = group.isNull() || group == parent ? parent : QStringLiteral("/");
    }
    emitEvent(QStringLiteral("group_change_success"),
              { { QStringLiteral("groupId"), group.isNull() ? QStringLiteral("/") : group },
                { QStringLiteral("version"), d.version } });
    return m_deployments.last();
}

// ---------------------------------------------------------------- scheduling

QString Marathon::standInCommand(const QString &image) const
{
    const Options &o = m_cluster.options();
    if (o.dockerStandIns.contains(image))
        return o.dockerStandIns.value(image);
    if (!o.standInExecutable.isEmpty() && QFileInfo(o.standInExecutable).isExecutable())
        return QStringLiteral("exec %1 --serve-http \"$PORT0\" --task-id \"$MESOS_TASK_ID\"")
            .arg(shellQuote(o.standInExecutable));
    return QStringLiteral("echo 'localcluster: no stand-in command for Docker image %1' >&2; exit 1")
        .arg(image);
}

void Marathon::addLaunchEnv(LaunchSpec &launch, const QJsonObject &env, const QString &id,
                            const QString &version) const
{
    for (auto it = env.constBegin(); it != env.constEnd(); ++it) {
        if (it.value().isString())
            launch.env.insert(it.key(), it.value().toString());
    }
    launch.env.insert(QStringLiteral("MARATHON_APP_ID"), id);
    launch.env.insert(QStringLiteral("MARATHON_APP_VERSION"), version);
    if (!m_cluster.options().standInExecutable.isEmpty())
        launch.env.insert(QStringLiteral("LOCALCLUSTER_BIN"), m_cluster.options().standInExecutable);
}

bool Marathon::launch(App &app)
{
    const QJsonObject &d = app.definition;
    const QString appId = d.value(QLatin1String("id")).toString();
    if (app.synthetic) // scale mode churn: replacements are synthetic too
        return m_cluster.launchSyntheticTask(newTask(appId, app)) != nullptr;
    const int agent = matchOffers(app);
    if (agent < 0)
        return false;
    Task spec = newTask(appId, app);
    spec.agent = agent;
    if (d.contains(QLatin1String("taskKillGracePeriodSeconds")))
        spec.killGracePeriodMs = int(d.value(QLatin1String("taskKillGracePeriodSeconds")).toDouble() * 1000);
    for (const QJsonArray items = d.value(QLatin1String("portDefinitions")).toArray();
         const QJsonValue &p : items)
        spec.portNames.append(p.toObject().value(QLatin1String("name")).toString());
    const QJsonObject container = d.value(QLatin1String("container")).toObject();
    for (const QJsonArray items = container.value(QLatin1String("portMappings")).toArray();
         const QJsonValue &m : items) {
        const QJsonObject mo = m.toObject();
        if (!mo.contains(QLatin1String("hostPort")))
            continue;
        PortMapping pm;
        pm.containerPort = mo.value(QLatin1String("containerPort")).toInt();
        pm.protocol = mo.value(QLatin1String("protocol")).toString(QStringLiteral("tcp"));
        pm.name = mo.value(QLatin1String("name")).toString();
        spec.portMappings.append(pm);
        spec.portNames.append(pm.name);
    }
    if (!container.value(QLatin1String("portMappings")).toArray().isEmpty())
        spec.dockerNetwork = QStringLiteral("BRIDGE");

    LaunchSpec launch;
    if (AppDefinition::isDocker(d)) {
        spec.dockerImage = AppDefinition::dockerImage(d);
        if (spec.dockerNetwork.isEmpty())
            spec.dockerNetwork = QStringLiteral("HOST");
        launch.shell = standInCommand(spec.dockerImage);
        launch.env.insert(QStringLiteral("MARATHON_APP_DOCKER_IMAGE"), spec.dockerImage);
    } else if (d.value(QLatin1String("cmd")).isString()) {
        launch.shell = d.value(QLatin1String("cmd")).toString();
    } else {
        for (const QJsonArray items = d.value(QLatin1String("args")).toArray(); const QJsonValue &a : items)
            launch.argv.append(a.toString());
    }
    spec.command = launch.shell.isEmpty() ? launch.argv.join(QLatin1Char(' ')) : launch.shell;
    addLaunchEnv(launch, d.value(QLatin1String("env")).toObject(), appId, app.version);
    launch.env.insert(QStringLiteral("MARATHON_APP_RESOURCE_CPUS"), QString::number(spec.cpus));
    launch.env.insert(QStringLiteral("MARATHON_APP_RESOURCE_MEM"), QString::number(spec.mem));

    const TaskPtr task = m_cluster.launchTask(spec, launch);
    const QJsonArray checks = d.value(QLatin1String("healthChecks")).toArray();
    task->health = QList<HealthResult>(checks.size());
    return true;
}

int Marathon::matchOffers(App &app)
{
    const QJsonObject &d = app.definition;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto &agents = m_cluster.agents();
    QList<const AgentNode *> placed;
    for (const TaskPtr &t : tasksOf(d.value(QLatin1String("id")).toString())) {
        if (!t->killRequested && t->agent >= 0)
            placed.append(&agents[size_t(t->agent)]);
    }
    // Spread: of the agents that fit, the one with the most free CPU.
    int best = -1;
    double bestFree = -1;
    for (const AgentNode &a : agents) {
        // Deactivated (also draining or drained) agents and machines down get no offers.
        if (!a.connected || a.synthetic || a.deactivated)
            continue;
        const QStringList why = OfferMatcher::reasons(d, a, placed);
        app.processedOffers += 1;
        app.lastOffers.insert(a.index, why);
        if (!why.isEmpty()) {
            app.unusedOffers += 1;
            app.attemptRejects[OfferMatcher::funnelReason(why)] += 1;
            const QString offerId = QStringLiteral("%1-O%2").arg(m_cluster.clusterId()).arg(++m_nextOffer);
            app.lastUnused.insert(a.index, { OfferMatcher::offerJson(a, offerId), why, now });
            app.lastUnusedOfferAtMs = now;
            continue;
        }
        app.lastUnused.remove(a.index);
        const double free = a.cpus - a.usedCpus;
        if (free > bestFree) {
            best = a.index;
            bestFree = free;
        }
    }
    if (best < 0)
        app.nextOfferRoundMs = now + kOfferRoundMs;
    else
        app.lastUsedOfferAtMs = now;
    return best;
}

void Marathon::clearOfferStatistics(App &app)
{
    app.processedOffers = 0;
    app.unusedOffers = 0;
    app.attemptRejects.clear();
    app.lastOffers.clear();
    app.lastUnused.clear();
    app.lastUnusedOfferAtMs = 0;
    app.lastUsedOfferAtMs = 0;
    app.nextOfferRoundMs = 0;
}

bool Marathon::reconcile(App &app)
{
    const QString appId = app.definition.value(QLatin1String("id")).toString();
    const QList<TaskPtr> tasks = tasksOf(appId);
    if (app.deleting) {
        for (const TaskPtr &t : tasks) {
            if (!t->killRequested)
                m_cluster.killTask(t->id);
        }
        return false;
    }
    const int instances = app.definition.value(QLatin1String("instances")).toInt();
    QList<TaskPtr> current;
    QList<TaskPtr> old;
    for (const TaskPtr &t : tasks) {
        if (t->killRequested)
            continue;
        (t->configVersion == app.lastConfigChangeAt ? current : old).append(t);
    }
    if (current.size() > instances) {
        std::sort(current.begin(), current.end(), [&](const TaskPtr &a, const TaskPtr &b) {
            const bool youngest = app.definition.value(QLatin1String("killSelection")).toString()
                != QLatin1String("OLDEST_FIRST");
            return youngest ? a->stagedAtMs > b->stagedAtMs : a->stagedAtMs < b->stagedAtMs;
        });
        for (qsizetype i = 0; i < current.size() - instances; ++i)
            m_cluster.killTask(current[i]->id);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (current.size() >= instances)
        clearOfferStatistics(app); // Marathon's LaunchFinished
    else if (now >= app.delayUntilMs && now >= app.nextOfferRoundMs) {
        for (qsizetype i = current.size(); i < instances; ++i) {
            if (!launch(app))
                break;
        }
    }
    // Old tasks go once the new ones run (and are healthy).
    if (!old.isEmpty()) {
        const qsizetype ready = std::count_if(current.cbegin(), current.cend(), [this](const TaskPtr &t) {
            return t->state == TaskState::Running && isHealthy(*t);
        });
        if (ready >= instances) {
            for (const TaskPtr &t : old)
                m_cluster.killTask(t->id);
        }
        return false;
    }
    // Settled: nothing to do until a task or the definition changes.
    return current.size() == instances;
}

bool Marathon::converged(const App &app) const
{
    const int instances = app.definition.value(QLatin1String("instances")).toInt();
    int ready = 0;
    for (const TaskPtr &t : tasksOf(app.definition.value(QLatin1String("id")).toString())) {
        if (t->configVersion != app.lastConfigChangeAt || t->killRequested)
            return false;
        if (t->state == TaskState::Running && isHealthy(*t))
            ++ready;
        else
            return false;
    }
    return ready == instances;
}

bool Marathon::actionDone(const Action &action)
{
    if (isPodAction(action.first))
        return podActionDone(action);
    const QString &appId = action.second;
    auto it = m_apps.find(appId);
    if (action.first == QLatin1String("StartApplication"))
        return true;
    if (action.first == QLatin1String("StopApplication")) {
        if (it == m_apps.end())
            return true;
        if (!tasksOf(appId).isEmpty())
            return false;
        m_health->stop(appId);
        m_apps.remove(appId);
        m_appTasks.remove(appId);
        m_cluster.touch();
        emitEvent(QStringLiteral("app_terminated_event"), { { QStringLiteral("appId"), appId } });
        return true;
    }
    return it == m_apps.end() || converged(*it);
}

void Marathon::tick()
{
    const QSet<QString> dirty = m_dirty;
    for (const QString &id : dirty) {
        auto it = m_apps.find(id);
        if (it != m_apps.end()) {
            if (reconcile(*it))
                m_dirty.remove(id);
            continue;
        }
        auto pod = m_pods.find(id);
        if (pod == m_pods.end() || reconcilePod(*pod))
            m_dirty.remove(id);
    }
    // Deployments progress step by step.
    for (qsizetype i = 0; i < m_deployments.size();) {
        Deployment &d = m_deployments[i];
        const QList<Action> step = d.steps.value(d.currentStep - 1);
        bool done = true;
        for (const Action &a : step)
            done = actionDone(a) && done;
        if (!done) {
            ++i;
            continue;
        }
        emitEvent(
            QStringLiteral("deployment_step_success"),
            { { QStringLiteral("plan"), planJson(d) }, { QStringLiteral("currentStep"), stepJson(d) } });
        if (d.currentStep < d.steps.size()) {
            ++d.currentStep;
            m_cluster.touch();
            emitDeploymentInfo(d);
            ++i;
            continue;
        }
        const Deployment finished = d;
        m_deployments.removeAt(i);
        m_cluster.touch();
        emitEvent(QStringLiteral("deployment_success"),
                  { { QStringLiteral("id"), finished.id }, { QStringLiteral("plan"), planJson(finished) } });
    }
}

void Marathon::emitTaskEvents(const Task &task, const QString &instance)
{
    const AgentNode &agent = m_cluster.agents()[size_t(task.agent)];
    if (task.state != TaskState::Staging) {
        QJsonArray ports;
        for (int p : std::as_const(task.ports))
            ports.append(p);
        emitEvent(QStringLiteral("status_update_event"),
                  { { QStringLiteral("slaveId"), agent.id },
                    { QStringLiteral("taskId"), task.id },
                    { QStringLiteral("taskStatus"), QLatin1String(mesosName(task.state)) },
                    { QStringLiteral("message"), task.message },
                    { QStringLiteral("appId"), task.appId },
                    { QStringLiteral("host"), agent.hostname },
                    { QStringLiteral("ipAddresses"),
                      QJsonArray { QJsonObject { { QStringLiteral("ipAddress"), agent.ip },
                                                 { QStringLiteral("protocol"), QStringLiteral("IPv4") } } } },
                    { QStringLiteral("ports"), ports },
                    { QStringLiteral("version"), task.appVersion } });
    }
    emitEvent(QStringLiteral("instance_changed_event"),
              { { QStringLiteral("instanceId"), instance },
                { QStringLiteral("condition"), QLatin1String(marathonCondition(task.state)) },
                { QStringLiteral("runSpecId"), task.appId },
                { QStringLiteral("agentId"), agent.id },
                { QStringLiteral("host"), agent.hostname },
                { QStringLiteral("runSpecVersion"), task.appVersion } });
}

void Marathon::onTaskChanged(const TaskPtr &task, TaskState)
{
    if (task->appId.isEmpty())
        return;
    if (!task->podInstance.isEmpty()) {
        onPodTaskChanged(task);
        emitTaskEvents(*task, task->podInstance);
        return;
    }
    m_dirty.insert(task->appId);
    QList<TaskPtr> &list = m_appTasks[task->appId];
    const bool active = !isTerminal(task->state) && task->state != TaskState::Unreachable;
    if (active && !list.contains(task))
        list.append(task);
    else if (!active)
        list.removeOne(task);

    const AgentNode &agent = m_cluster.agents()[size_t(task->agent)];
    emitTaskEvents(*task, instanceId(*task));

    auto app = m_apps.find(task->appId);
    if (task->state == TaskState::Running && app != m_apps.end()) {
        const QJsonArray checks = app->definition.value(QLatin1String("healthChecks")).toArray();
        if (!checks.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("MESOS_TASK_ID"), task->id);
            env.insert(QStringLiteral("MESOS_SANDBOX"), task->sandbox);
            env.insert(QStringLiteral("HOST"), m_cluster.hostname());
            for (qsizetype i = 0; i < task->ports.size(); ++i)
                env.insert(QStringLiteral("PORT%1").arg(i), QString::number(task->ports[i]));
            if (!task->ports.isEmpty())
                env.insert(QStringLiteral("PORT"), QString::number(task->ports.first()));
            m_health->watch(task->id, checks, task->ports, env);
        }
    }
    if (task->state == TaskState::Killing || !active)
        m_health->stop(task->id);

    if (isTerminal(task->state) && app != m_apps.end() && !task->killRequested) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (task->startedAtMs > 0 && now - task->startedAtMs > 10000)
            app->consecutiveFailures = 0;
        app->consecutiveFailures += 1;
        const QJsonObject &d = app->definition;
        const double delay = qMin(d.value(QLatin1String("backoffSeconds")).toDouble(1)
                                      * std::pow(d.value(QLatin1String("backoffFactor")).toDouble(1.15),
                                                 app->consecutiveFailures - 1),
                                  d.value(QLatin1String("maxLaunchDelaySeconds")).toDouble(300));
        app->delayUntilMs = now + qint64(delay * 1000);
        app->queuedSinceMs = now;
        if (task->state != TaskState::Finished) {
            app->lastTaskFailure
                = QJsonObject { { QStringLiteral("appId"), task->appId },
                                { QStringLiteral("host"), agent.hostname },
                                { QStringLiteral("message"), task->message },
                                { QStringLiteral("state"), QLatin1String(mesosName(task->state)) },
                                { QStringLiteral("taskId"), task->id },
                                { QStringLiteral("timestamp"), nowIso() },
                                { QStringLiteral("version"), task->appVersion },
                                { QStringLiteral("slaveId"), agent.id } };
        }
    }
    if (task->state == TaskState::Unreachable && app != m_apps.end())
        app->queuedSinceMs = QDateTime::currentMSecsSinceEpoch();
}

void Marathon::onHealth(const QString &taskId, int index, bool passed, const QString &cause)
{
    const TaskPtr task = m_cluster.task(taskId);
    if (!task || index >= task->health.size() || task->state != TaskState::Running)
        return;
    auto app = m_apps.find(task->appId);
    if (app == m_apps.end())
        return;
    const QJsonObject check
        = app->definition.value(QLatin1String("healthChecks")).toArray().at(index).toObject();
    const bool wasHealthy = isHealthy(*task) && !task->health[index].lastSuccess.isEmpty();
    const bool hadResult = std::any_of(task->health.cbegin(), task->health.cend(), [](const HealthResult &h) {
        return !h.lastSuccess.isEmpty() || !h.lastFailure.isEmpty();
    });
    HealthResult &h = task->health[index];
    const QString now = nowIso();
    if (passed) {
        h.alive = true;
        h.consecutiveFailures = 0;
        h.lastSuccess = now;
        if (h.firstSuccess.isEmpty())
            h.firstSuccess = now;
    } else {
        const qint64 grace = qint64(check.value(QLatin1String("gracePeriodSeconds")).toDouble(300) * 1000);
        const bool inGrace
            = h.firstSuccess.isEmpty() && QDateTime::currentMSecsSinceEpoch() - task->startedAtMs < grace;
        h.lastFailure = now;
        h.lastFailureCause = cause;
        h.alive = false;
        if (!inGrace)
            h.consecutiveFailures += 1;
        const int max = check.value(QLatin1String("maxConsecutiveFailures")).toInt(3);
        if (max > 0 && h.consecutiveFailures >= max) {
            const AgentNode &agent = m_cluster.agents()[size_t(task->agent)];
            emitEvent(QStringLiteral("unhealthy_instance_kill_event"),
                      { { QStringLiteral("appId"), task->appId },
                        { QStringLiteral("taskId"), task->id },
                        { QStringLiteral("instanceId"), instanceId(*task) },
                        { QStringLiteral("version"), task->appVersion },
                        { QStringLiteral("reason"), cause },
                        { QStringLiteral("host"), agent.hostname },
                        { QStringLiteral("slaveId"), agent.id } });
            task->message = QStringLiteral("Health check failed: %1").arg(cause);
            m_cluster.killTask(task->id);
        }
    }
    const bool healthy = isHealthy(*task);
    if (healthy != wasHealthy || !hadResult) {
        if (healthy || !h.lastFailure.isEmpty()) {
            m_cluster.setTaskHealth(task, healthy);
            emitEvent(QStringLiteral("health_status_changed_event"),
                      { { QStringLiteral("appId"), task->appId },
                        { QStringLiteral("instanceId"), instanceId(*task) },
                        { QStringLiteral("version"), task->appVersion },
                        { QStringLiteral("alive"), healthy } });
            emitEvent(QStringLiteral("instance_health_changed_event"),
                      { { QStringLiteral("instanceId"), instanceId(*task) },
                        { QStringLiteral("runSpecId"), task->appId },
                        { QStringLiteral("runSpecVersion"), task->appVersion },
                        { QStringLiteral("healthy"), healthy } });
        }
    }
    m_cluster.touch();
}

// ---------------------------------------------------------------- demo and scale

void Marathon::createDemoApps()
{
    const QList<QJsonObject> apps = {
        QJsonObject {
            { QStringLiteral("id"), QStringLiteral("/demo/web") },
            { QStringLiteral("instances"), 2 },
            { QStringLiteral("cpus"), 0.1 },
            { QStringLiteral("mem"), 32 },
            { QStringLiteral("container"),
              QJsonObject {
                  { QStringLiteral("type"), QStringLiteral("DOCKER") },
                  { QStringLiteral("docker"),
                    QJsonObject { { QStringLiteral("image"), QStringLiteral("nginx:1.25") } } },
                  { QStringLiteral("portMappings"),
                    QJsonArray { QJsonObject { { QStringLiteral("containerPort"), 80 },
                                               { QStringLiteral("hostPort"), 0 },
                                               { QStringLiteral("name"), QStringLiteral("http") } } } } } },
            { QStringLiteral("networks"),
              QJsonArray { QJsonObject { { QStringLiteral("mode"), QStringLiteral("container/bridge") } } } },
            { QStringLiteral("labels"),
              QJsonObject { { QStringLiteral("HAPROXY_GROUP"), QStringLiteral("external") },
                            { QStringLiteral("HAPROXY_0_VHOST"), QStringLiteral("web.demo.localhost") } } },
            { QStringLiteral("healthChecks"),
              QJsonArray { QJsonObject { { QStringLiteral("protocol"), QStringLiteral("HTTP") },
                                         { QStringLiteral("path"), QStringLiteral("/") },
                                         { QStringLiteral("portIndex"), 0 },
                                         { QStringLiteral("gracePeriodSeconds"), 10 },
                                         { QStringLiteral("intervalSeconds"), 5 },
                                         { QStringLiteral("timeoutSeconds"), 2 } } } } },
        QJsonObject {
            { QStringLiteral("id"), QStringLiteral("/demo/ticker") },
            { QStringLiteral("instances"), 2 },
            { QStringLiteral("cpus"), 0.1 },
            { QStringLiteral("mem"), 16 },
            { QStringLiteral("cmd"),
              QStringLiteral(
                  "i=0; while true; do i=$((i+1)); echo \"tick $i at $(date +%T) from $MESOS_TASK_ID\"; "
                  "if [ $((i % 3)) -eq 0 ]; then echo \"warning: sample stderr line $i\" >&2; fi; sleep 2; "
                  "done") } },
        QJsonObject { { QStringLiteral("id"), QStringLiteral("/demo/flaky") },
                      { QStringLiteral("instances"), 1 },
                      { QStringLiteral("cpus"), 0.1 },
                      { QStringLiteral("mem"), 16 },
                      { QStringLiteral("backoffSeconds"), 5 },
                      { QStringLiteral("cmd"),
                        QStringLiteral("echo \"starting $MESOS_TASK_ID\"; sleep 20; echo 'giving up: "
                                       "simulated crash' >&2; exit 3") } },
    };
    for (const QJsonObject &def : apps) {
        const QJsonObject normalized = AppDefinition::normalize(def);
        const QString id = normalized.value(QLatin1String("id")).toString();
        createApp(normalized);
        addDeployment({ { { QStringLiteral("StartApplication"), id } },
                        { { QStringLiteral("ScaleApplication"), id } } },
                      { { id, std::nullopt } });
    }
}

void Marathon::synthesizeScale(const ScaleSpec &scale)
{
    const int appCount = qMax(1, scale.apps);
    const int agentCount = int(m_cluster.agents().size());
    const int firstSynthetic = qMin(m_cluster.options().agents, agentCount);
    const int syntheticAgents = agentCount - firstSynthetic;
    const int spread = syntheticAgents > 0 ? syntheticAgents : agentCount;
    const int taskCount = scale.tasks;
    const double t = m_cluster.now();
    qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < appCount; ++i) {
        const int instances = taskCount / appCount + (i < taskCount % appCount ? 1 : 0);
        const QJsonObject def = AppDefinition::normalize(QJsonObject {
            { QStringLiteral("id"), QStringLiteral("/scale/group-%1/app-%2").arg(i / 100).arg(i) },
            { QStringLiteral("cmd"), QStringLiteral("sleep 3600") },
            { QStringLiteral("instances"), instances },
            { QStringLiteral("cpus"), 0.1 },
            { QStringLiteral("mem"), 64 },
            { QStringLiteral("labels"),
              QJsonObject { { QStringLiteral("team"), QStringLiteral("t%1").arg(i % 10) } } } });
        createApp(def);
    }
    int n = 0;
    for (auto it = m_apps.begin(); it != m_apps.end(); ++it) {
        it->synthetic = true;
        const int instances = it->definition.value(QLatin1String("instances")).toInt();
        for (int k = 0; k < instances; ++k, ++n) {
            Task spec = newTask(it.key(), *it);
            // Synthetic agents only, when there are any: real agents keep real tasks.
            spec.agent = syntheticAgents > 0 ? firstSynthetic + n % spread : n % spread;
            spec.ports = { 31000 + (n / spread) % 1000 };
            spec.containerId = uuid();
            spec.state = TaskState::Running;
            spec.stagedAtMs = nowMs - 60000;
            spec.startedAtMs = nowMs - 55000;
            spec.statuses = { TaskStatusEntry { TaskState::Starting, t - 56, std::nullopt },
                              TaskStatusEntry { TaskState::Running, t - 55, std::nullopt } };
            m_cluster.addSyntheticTask(spec);
            m_appTasks[it.key()].append(m_cluster.task(spec.id));
        }
    }
    m_cluster.touch();
}

Task Marathon::newTask(const QString &appId, const App &app) const
{
    const QJsonObject &d = app.definition;
    Task spec;
    spec.id = taskPrefix(appId) + QLatin1Char('.') + uuid();
    spec.name = taskName(appId);
    spec.appId = appId;
    spec.appVersion = app.version;
    spec.configVersion = app.lastConfigChangeAt;
    spec.cpus = d.value(QLatin1String("cpus")).toDouble();
    spec.mem = d.value(QLatin1String("mem")).toDouble();
    spec.disk = d.value(QLatin1String("disk")).toDouble();
    spec.gpus = d.value(QLatin1String("gpus")).toDouble();
    spec.ports = QList<int>(AppDefinition::hostPortCount(d), 0);
    spec.servicePorts = app.servicePorts;
    const QJsonObject labels = d.value(QLatin1String("labels")).toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        spec.labels.append({ it.key(), it.value().toString() });
    return spec;
}

} // namespace mc::localcluster
