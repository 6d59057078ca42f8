// Marathon 1.4+ pods (PodsResource, PodStatusConversion, raml v2/pods.raml): an instance's
// containers run together on one agent, each as its own Mesos task `<instance>.<container>`.
#include "localcluster/Marathon.h"

#include "localcluster/AppDefinition.h"
#include "localcluster/HttpServer.h"
#include "localcluster/MarathonUtil.h"
#include "localcluster/PodDefinition.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>
#include <cmath>

namespace mc::localcluster {

using namespace marathon;

namespace {

// "/shop/cache" -> "shop_cache.instance-<uuid>", as Marathon's Instance.Id for pods.
QString newInstanceId(const QString &podId)
{
    return podId.mid(1).replace(QLatin1Char('/'), QLatin1Char('_')) + QStringLiteral(".instance-")
        + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString podNotFound(const QString &podId)
{
    return QStringLiteral("Pod '%1' does not exist").arg(podId);
}

} // namespace

// ---------------------------------------------------------------- JSON

QJsonObject Marathon::podJson(const Pod &pod) const
{
    QJsonObject o = pod.definition;
    o.insert(QStringLiteral("version"), pod.version);
    return o;
}

QList<QPair<QString, QList<TaskPtr>>> Marathon::podInstances(const QString &podId) const
{
    QList<QPair<QString, QList<TaskPtr>>> instances;
    for (const TaskPtr &t : m_podTasks.value(podId)) {
        auto it = std::find_if(instances.begin(), instances.end(),
                               [&](const auto &i) { return i.first == t->podInstance; });
        if (it == instances.end())
            instances.append({ t->podInstance, { t } });
        else
            it->second.append(t);
    }
    return instances;
}

QJsonObject Marathon::podInstanceJson(const Pod &pod, const QString &instanceId,
                                      const QList<TaskPtr> &tasks) const
{
    const Task &first = *tasks.first();
    const AgentNode &agent = m_cluster.agents()[size_t(first.agent)];
    const QJsonArray specs = pod.definition.value(QLatin1String("containers")).toArray();
    QJsonArray containers;
    double cpus = 0, mem = 0, disk = 0, gpus = 0;
    bool staging = false, killing = false, allRunning = true;
    qint64 since = 0;
    for (const TaskPtr &t : tasks) {
        cpus += t->cpus;
        mem += t->mem;
        disk += t->disk;
        gpus += t->gpus;
        staging = staging || t->state == TaskState::Staging || t->state == TaskState::Starting;
        killing = killing || t->killRequested || t->state == TaskState::Killing;
        allRunning = allRunning && t->state == TaskState::Running;
        const QString name = t->id.mid(instanceId.size() + 1);
        QJsonArray endpoints;
        for (const QJsonValue &spec : specs) {
            if (spec.toObject().value(QLatin1String("name")).toString() != name)
                continue;
            int port = 0;
            for (const QJsonArray eps = spec.toObject().value(QLatin1String("endpoints")).toArray();
                 const QJsonValue &ep : eps) {
                QJsonObject e { { QStringLiteral("name"), ep.toObject().value(QLatin1String("name")) } };
                if (ep.toObject().contains(QLatin1String("hostPort")) && port < t->ports.size())
                    e.insert(QStringLiteral("allocatedHostPort"), t->ports[port++]);
                endpoints.append(e);
            }
        }
        const qint64 taskSince
            = qint64(t->statuses.isEmpty() ? t->stagedAtMs : t->statuses.last().timestamp * 1000);
        since = qMax(since, taskSince);
        QJsonObject c { { QStringLiteral("name"), name },
                        { QStringLiteral("status"), QLatin1String(mesosName(t->state)) },
                        { QStringLiteral("statusSince"), iso(taskSince) },
                        { QStringLiteral("containerId"), t->id },
                        { QStringLiteral("endpoints"), endpoints },
                        { QStringLiteral("conditions"), QJsonArray() },
                        { QStringLiteral("resources"),
                          QJsonObject { { QStringLiteral("cpus"), t->cpus },
                                        { QStringLiteral("mem"), t->mem },
                                        { QStringLiteral("disk"), t->disk },
                                        { QStringLiteral("gpus"), t->gpus } } },
                        { QStringLiteral("lastUpdated"), nowIso() },
                        { QStringLiteral("lastChanged"), iso(taskSince) } };
        if (!t->message.isEmpty())
            c.insert(QStringLiteral("message"), t->message);
        containers.append(c);
    }
    const QJsonObject executor = pod.definition.value(QLatin1String("executorResources")).toObject();
    const QString status = killing ? QStringLiteral("TERMINAL")
        : staging                  ? QStringLiteral("STAGING")
        : allRunning               ? QStringLiteral("STABLE")
                                   : QStringLiteral("DEGRADED");
    return { { QStringLiteral("id"), instanceId },
             { QStringLiteral("status"), status },
             { QStringLiteral("statusSince"), iso(since) },
             { QStringLiteral("agentHostname"), agent.hostname },
             { QStringLiteral("agentId"), agent.id },
             { QStringLiteral("resources"),
               QJsonObject {
                   { QStringLiteral("cpus"), cpus + executor.value(QLatin1String("cpus")).toDouble() },
                   { QStringLiteral("mem"), mem + executor.value(QLatin1String("mem")).toDouble() },
                   { QStringLiteral("disk"), disk + executor.value(QLatin1String("disk")).toDouble() },
                   { QStringLiteral("gpus"), gpus } } },
             { QStringLiteral("networks"),
               QJsonArray { QJsonObject { { QStringLiteral("addresses"), QJsonArray { agent.ip } } } } },
             { QStringLiteral("containers"), containers },
             { QStringLiteral("specReference"),
               QStringLiteral("/v2/pods%1::versions/%2")
                   .arg(pod.definition.value(QLatin1String("id")).toString(), first.appVersion) },
             { QStringLiteral("lastUpdated"), nowIso() },
             { QStringLiteral("lastChanged"), iso(since) },
             { QStringLiteral("role"), QStringLiteral("*") } };
}

QJsonObject Marathon::podStatusJson(Pod &pod)
{
    const QString id = pod.definition.value(QLatin1String("id")).toString();
    QJsonArray instances;
    int stable = 0;
    for (const auto &[instanceId, tasks] : podInstances(id)) {
        const QJsonObject instance = podInstanceJson(pod, instanceId, tasks);
        if (instance.value(QLatin1String("status")).toString() == QLatin1String("STABLE")
            && tasks.first()->configVersion == pod.lastConfigChangeAt)
            ++stable;
        instances.append(instance);
    }
    // PodStatusConversion: TERMINAL while it is being removed, STABLE once as many instances
    // of the current version are stable as are wanted, DEGRADED otherwise.
    const QString status = pod.deleting                      ? QStringLiteral("TERMINAL")
        : stable >= PodDefinition::instances(pod.definition) ? QStringLiteral("STABLE")
                                                             : QStringLiteral("DEGRADED");
    if (pod.status != status) {
        pod.status = status;
        pod.statusSince = nowIso();
    }
    return { { QStringLiteral("id"), id },
             { QStringLiteral("spec"), podJson(pod) },
             { QStringLiteral("status"), status },
             { QStringLiteral("statusSince"), pod.statusSince },
             { QStringLiteral("instances"), instances },
             { QStringLiteral("terminationHistory"), QJsonArray() },
             { QStringLiteral("lastUpdated"), nowIso() },
             { QStringLiteral("lastChanged"), pod.statusSince } };
}

// ---------------------------------------------------------------- HTTP

void Marathon::handlePods(const HttpRequest &request, HttpConnection *connection)
{
    QString rest = request.path.mid(QStringLiteral("/v2/pods").size());
    if (rest.isEmpty() || rest == QLatin1String("/")) {
        if (request.method == "HEAD") { // "does this Marathon have pods?"
            HttpResponse r = json(QJsonObject {});
            r.body.clear();
            connection->respond(r);
            return;
        }
        if (request.method == "GET") {
            QJsonArray pods;
            for (const Pod &p : std::as_const(m_pods)) {
                if (!p.deleting)
                    pods.append(podJson(p));
            }
            connection->respond(json(pods));
            return;
        }
        if (request.method == "POST") {
            writePod(QString(), request, connection);
            return;
        }
        connection->respond(error(405, QStringLiteral("Method not allowed")));
        return;
    }
    if (rest == QLatin1String("/::status")) {
        if (request.method != "GET") {
            connection->respond(error(405, QStringLiteral("Method not allowed")));
            return;
        }
        QJsonArray statuses;
        for (Pod &p : m_pods) {
            if (!p.deleting)
                statuses.append(podStatusJson(p));
        }
        connection->respond(json(statuses));
        return;
    }
    const qsizetype colons = rest.indexOf(QLatin1String("::"));
    const QString id = AppDefinition::absoluteId(colons < 0 ? rest : rest.left(colons));
    handlePod(id, colons < 0 ? QString() : rest.mid(colons), request, connection);
}

void Marathon::handlePod(const QString &podId, const QString &suffix, const HttpRequest &request,
                         HttpConnection *connection)
{
    if (suffix.isEmpty() && request.method == "PUT") {
        writePod(podId, request, connection);
        return;
    }
    auto it = m_pods.find(podId);
    if (it == m_pods.end() || it->deleting) {
        connection->respond(error(404, podNotFound(podId)));
        return;
    }
    Pod &pod = *it;
    if (suffix.isEmpty() && request.method == "GET") {
        connection->respond(json(podJson(pod)));
        return;
    }
    if (suffix == QLatin1String("::status") && request.method == "GET") {
        connection->respond(json(podStatusJson(pod)));
        return;
    }
    if (suffix == QLatin1String("::versions") && request.method == "GET") {
        QJsonArray versions;
        for (const auto &v : std::as_const(pod.versions))
            versions.append(v.first);
        connection->respond(json(versions));
        return;
    }
    if (suffix.startsWith(QLatin1String("::versions/")) && request.method == "GET") {
        const QString version = suffix.mid(QStringLiteral("::versions/").size());
        for (const auto &v : std::as_const(pod.versions)) {
            if (v.first == version) {
                QJsonObject o = v.second;
                o.insert(QStringLiteral("version"), v.first);
                connection->respond(json(o));
                return;
            }
        }
        connection->respond(
            error(404, QStringLiteral("Pod '%1' does not exist in version %2").arg(podId, version)));
        return;
    }
    if (suffix.startsWith(QLatin1String("::instances/")) && request.method == "DELETE") {
        // Killing an instance without scaling: Marathon launches a replacement.
        const QString instanceId = suffix.mid(QStringLiteral("::instances/").size());
        for (const auto &[id, tasks] : podInstances(podId)) {
            if (id != instanceId)
                continue;
            const QJsonObject answer = podInstanceJson(pod, id, tasks);
            for (const TaskPtr &t : tasks)
                m_cluster.killTask(t->id);
            connection->respond(json(answer));
            return;
        }
        connection->respond(error(404, QStringLiteral("No instance %1 of pod %2").arg(instanceId, podId)));
        return;
    }
    if (suffix.isEmpty() && request.method == "DELETE") {
        if (!takeLock({ podId }, request.queryFlag(QStringLiteral("force")),
                      QStringLiteral("Cancelled by a forced delete"), connection))
            return;
        pod.deleting = true;
        m_dirty.insert(podId);
        m_cluster.touch();
        Deployment &d
            = addDeployment({ { { QStringLiteral("StopPod"), podId } } }, { { podId, podJson(pod) } });
        emitEvent(QStringLiteral("pod_deleted_event"),
                  { { QStringLiteral("clientIp"), request.peer.toString() },
                    { QStringLiteral("uri"), QString(QStringLiteral("/v2/pods") + podId) } });
        emitDeploymentInfo(d);
        HttpResponse r = json(QJsonObject {}, 202);
        r.body.clear();
        r.withHeader("Marathon-Deployment-Id", d.id.toUtf8());
        connection->respond(r);
        return;
    }
    connection->respond(error(405, QStringLiteral("Method not allowed")));
}

void Marathon::writePod(const QString &pathId, const HttpRequest &request, HttpConnection *connection)
{
    QJsonObject body;
    if (!readDefinition(request, connection, &body))
        return;
    if (!pathId.isEmpty()) {
        if (!body.contains(QLatin1String("id")))
            body.insert(QStringLiteral("id"), pathId);
        else if (body.value(QLatin1String("id")).isString()
                 && AppDefinition::absoluteId(body.value(QLatin1String("id")).toString()) != pathId) {
            connection->respond(error(400,
                                      QStringLiteral("'%1' does not match definition's id ('%2')")
                                          .arg(pathId, body.value(QLatin1String("id")).toString())));
            return;
        }
    }
    if (rejectInvalid(PodDefinition::validate(body), connection))
        return;
    const QJsonObject normalized = PodDefinition::normalize(body);
    const QString id = normalized.value(QLatin1String("id")).toString();
    const bool exists = m_pods.contains(id) && !m_pods.value(id).deleting;
    if (m_apps.contains(id) || (pathId.isEmpty() && m_pods.contains(id))) {
        connection->respond(
            json(QJsonObject { { QStringLiteral("message"),
                                 QStringLiteral("A pod with id [%1] already exists.").arg(id) } },
                 409));
        return;
    }
    if (!takeLock({ id }, request.queryFlag(QStringLiteral("force")),
                  QStringLiteral("Cancelled by a forced update"), connection))
        return;

    const QString version = newVersion();
    QList<QList<Action>> steps;
    std::optional<QJsonObject> original;
    if (!exists) {
        Pod pod;
        pod.definition = normalized;
        pod.version = version;
        pod.lastConfigChangeAt = version;
        pod.statusSince = version;
        m_pods.insert(id, pod);
        steps = { { { QStringLiteral("StartPod"), id } }, { { QStringLiteral("ScalePod"), id } } };
    } else {
        Pod &pod = m_pods[id];
        original = podJson(pod);
        // Only scaling.instances changed: a scale. Anything else, the same spec included (the
        // UI's restart), is a new version whose instances replace the old ones.
        const bool scaleOnly = PodDefinition::sameButScaling(pod.definition, normalized)
            && PodDefinition::instances(pod.definition) != PodDefinition::instances(normalized);
        pod.definition = normalized;
        pod.version = version;
        if (!scaleOnly) {
            pod.lastConfigChangeAt = version;
            pod.consecutiveFailures = 0;
            pod.delayUntilMs = 0;
        }
        steps = { { { scaleOnly ? QStringLiteral("ScalePod") : QStringLiteral("RestartPod"), id } } };
    }
    Pod &pod = m_pods[id];
    pod.versions.append({ version, normalized });
    m_dirty.insert(id);
    m_cluster.touch();
    Deployment &d = addDeployment(steps, { { id, original } });
    emitEvent(exists ? QStringLiteral("pod_updated_event") : QStringLiteral("pod_created_event"),
              { { QStringLiteral("clientIp"), request.peer.toString() },
                { QStringLiteral("uri"), QString(QStringLiteral("/v2/pods") + id) } });
    emitDeploymentInfo(d);
    HttpResponse r = json(podJson(pod), exists ? 200 : 201);
    if (!exists)
        r.withHeader("Location", (leaderUrl() + QStringLiteral("/v2/pods") + id).toUtf8());
    r.withHeader("Marathon-Deployment-Id", d.id.toUtf8());
    connection->respond(r);
}

// ---------------------------------------------------------------- scheduling

bool Marathon::launchPodInstance(Pod &pod)
{
    const QJsonObject &d = pod.definition;
    const QString podId = d.value(QLatin1String("id")).toString();
    const QJsonArray containers = d.value(QLatin1String("containers")).toArray();
    const QJsonObject executor = d.value(QLatin1String("executorResources")).toObject();
    double cpus = executor.value(QLatin1String("cpus")).toDouble();
    double mem = executor.value(QLatin1String("mem")).toDouble();
    double disk = executor.value(QLatin1String("disk")).toDouble();
    int ports = 0;
    for (const QJsonValue &c : containers) {
        const QJsonObject r = c.toObject().value(QLatin1String("resources")).toObject();
        cpus += r.value(QLatin1String("cpus")).toDouble();
        mem += r.value(QLatin1String("mem")).toDouble();
        disk += r.value(QLatin1String("disk")).toDouble();
        for (const QJsonArray eps = c.toObject().value(QLatin1String("endpoints")).toArray();
             const QJsonValue &ep : eps)
            ports += ep.toObject().contains(QLatin1String("hostPort")) ? 1 : 0;
    }
    // Every container of an instance goes to the same agent (one offer for the task group).
    const int agent = m_cluster.placeTask(cpus, mem, disk, ports, nullptr);
    if (agent < 0)
        return false;
    const QString instanceId = newInstanceId(podId);
    QHash<QString, QString> podEnv;
    const QJsonObject environment = d.value(QLatin1String("environment")).toObject();
    for (auto it = environment.constBegin(); it != environment.constEnd(); ++it) {
        if (it.value().isString())
            podEnv.insert(it.key(), it.value().toString());
    }
    for (const QJsonValue &value : containers) {
        const QJsonObject c = value.toObject();
        const QJsonObject r = c.value(QLatin1String("resources")).toObject();
        const QString name = c.value(QLatin1String("name")).toString();
        Task spec;
        spec.id = instanceId + QLatin1Char('.') + name;
        spec.name = name;
        spec.appId = podId;
        spec.podInstance = instanceId;
        spec.appVersion = pod.version;
        spec.configVersion = pod.lastConfigChangeAt;
        spec.agent = agent;
        spec.cpus = r.value(QLatin1String("cpus")).toDouble();
        spec.mem = r.value(QLatin1String("mem")).toDouble();
        spec.disk = r.value(QLatin1String("disk")).toDouble();
        spec.gpus = r.value(QLatin1String("gpus")).toDouble();
        for (const QJsonArray eps = c.value(QLatin1String("endpoints")).toArray();
             const QJsonValue &ep : eps) {
            if (!ep.toObject().contains(QLatin1String("hostPort")))
                continue;
            spec.ports.append(0);
            spec.portNames.append(ep.toObject().value(QLatin1String("name")).toString());
        }
        const QJsonObject labels = c.value(QLatin1String("labels")).toObject();
        for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
            spec.labels.append({ it.key(), it.value().toString() });
        const QJsonObject command
            = c.value(QLatin1String("exec")).toObject().value(QLatin1String("command")).toObject();
        const QString image
            = c.value(QLatin1String("image")).toObject().value(QLatin1String("id")).toString();
        LaunchSpec launch;
        launch.env = podEnv;
        if (command.value(QLatin1String("shell")).isString()) {
            launch.shell = command.value(QLatin1String("shell")).toString();
        } else if (command.value(QLatin1String("argv")).isArray()) {
            for (const QJsonArray argv = command.value(QLatin1String("argv")).toArray();
                 const QJsonValue &a : argv)
                launch.argv.append(a.toString());
        } else {
            launch.shell = standInCommand(image); // an image without a command: its entrypoint
        }
        spec.command = launch.shell.isEmpty() ? launch.argv.join(QLatin1Char(' ')) : launch.shell;
        addLaunchEnv(launch, c.value(QLatin1String("environment")).toObject(), podId, pod.version);
        launch.env.insert(QStringLiteral("MESOS_EXECUTOR_ID"), instanceId);
        m_cluster.launchTask(spec, launch);
    }
    return true;
}

bool Marathon::reconcilePod(Pod &pod)
{
    const QString podId = pod.definition.value(QLatin1String("id")).toString();
    const auto instances = podInstances(podId);
    if (pod.deleting) {
        for (const auto &instance : instances) {
            for (const TaskPtr &t : instance.second) {
                if (!t->killRequested)
                    m_cluster.killTask(t->id);
            }
        }
        return false;
    }
    const int wanted = PodDefinition::instances(pod.definition);
    QList<QList<TaskPtr>> current;
    QList<QList<TaskPtr>> old;
    for (const auto &instance : instances) {
        const QList<TaskPtr> &tasks = instance.second;
        if (std::any_of(tasks.cbegin(), tasks.cend(), [](const TaskPtr &t) { return t->killRequested; }))
            continue;
        (tasks.first()->configVersion == pod.lastConfigChangeAt ? current : old).append(tasks);
    }
    if (current.size() > wanted) {
        const bool youngestFirst = pod.definition.value(QLatin1String("scheduling"))
                                       .toObject()
                                       .value(QLatin1String("killSelection"))
                                       .toString()
            != QLatin1String("OLDEST_FIRST");
        std::sort(current.begin(), current.end(), [&](const QList<TaskPtr> &a, const QList<TaskPtr> &b) {
            return youngestFirst ? a.first()->stagedAtMs > b.first()->stagedAtMs
                                 : a.first()->stagedAtMs < b.first()->stagedAtMs;
        });
        for (qsizetype i = 0; i < current.size() - wanted; ++i) {
            for (const TaskPtr &t : current[i])
                m_cluster.killTask(t->id);
        }
    }
    if (current.size() < wanted && QDateTime::currentMSecsSinceEpoch() >= pod.delayUntilMs) {
        for (qsizetype i = current.size(); i < wanted; ++i) {
            if (!launchPodInstance(pod))
                return false; // no agent with room: try again on the next tick
        }
    }
    if (!old.isEmpty()) {
        const qsizetype ready
            = std::count_if(current.cbegin(), current.cend(), [](const QList<TaskPtr> &tasks) {
                  return std::all_of(tasks.cbegin(), tasks.cend(),
                                     [](const TaskPtr &t) { return t->state == TaskState::Running; });
              });
        if (ready >= wanted) {
            for (const QList<TaskPtr> &tasks : old) {
                for (const TaskPtr &t : tasks)
                    m_cluster.killTask(t->id);
            }
        }
        return false;
    }
    return current.size() == wanted;
}

void Marathon::onPodTaskChanged(const TaskPtr &task)
{
    m_dirty.insert(task->appId);
    QList<TaskPtr> &list = m_podTasks[task->appId];
    const bool active = !isTerminal(task->state) && task->state != TaskState::Unreachable;
    if (active && !list.contains(task))
        list.append(task);
    else if (!active)
        list.removeOne(task);
    m_cluster.touch();
    if (active || task->killRequested)
        return;
    // A container ended on its own: the default executor kills the rest of its task group,
    // and Marathon launches a new instance after the pod's back-off.
    const QList<TaskPtr> siblings = list; // a kill may end a task at once and change the list
    for (const TaskPtr &t : siblings) {
        if (t->podInstance == task->podInstance)
            m_cluster.killTask(t->id);
    }
    auto pod = m_pods.find(task->appId);
    if (pod == m_pods.end())
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (task->startedAtMs > 0 && now - task->startedAtMs > 10000)
        pod->consecutiveFailures = 0;
    pod->consecutiveFailures += 1;
    const QJsonObject backoff = pod->definition.value(QLatin1String("scheduling"))
                                    .toObject()
                                    .value(QLatin1String("backoff"))
                                    .toObject();
    const double delay = qMin(backoff.value(QLatin1String("backoff")).toDouble(1)
                                  * std::pow(backoff.value(QLatin1String("backoffFactor")).toDouble(1.15),
                                             pod->consecutiveFailures - 1),
                              backoff.value(QLatin1String("maxLaunchDelay")).toDouble(3600));
    pod->delayUntilMs = now + qint64(delay * 1000);
}

bool Marathon::podConverged(const Pod &pod) const
{
    int ready = 0;
    for (const TaskPtr &t : m_podTasks.value(pod.definition.value(QLatin1String("id")).toString())) {
        if (t->configVersion != pod.lastConfigChangeAt || t->killRequested || t->state != TaskState::Running)
            return false;
        ++ready;
    }
    const int containers = int(pod.definition.value(QLatin1String("containers")).toArray().size());
    return ready == PodDefinition::instances(pod.definition) * containers;
}

bool Marathon::podActionDone(const Action &action)
{
    const QString &podId = action.second;
    auto it = m_pods.find(podId);
    if (action.first == QLatin1String("StartPod"))
        return true;
    if (action.first == QLatin1String("StopPod")) {
        if (it == m_pods.end())
            return true;
        if (!m_podTasks.value(podId).isEmpty())
            return false;
        m_pods.remove(podId);
        m_podTasks.remove(podId);
        m_cluster.touch();
        return true;
    }
    return it == m_pods.end() || podConverged(*it);
}

} // namespace mc::localcluster
