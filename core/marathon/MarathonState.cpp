#include "core/marathon/MarathonState.h"

#include "core/marathon/MarathonParser.h"
#include "core/mesos/TaskState.h"
#include "core/util/IdIndex.h"

#include <QJsonArray>

namespace mc::marathon {

namespace {
bool isStaged(const QString &state)
{
    return state == u"TASK_STAGING" || state == u"TASK_STARTING";
}

// Marathon records these as the app's last task failure (TaskFailure.isFailureState; the
// partition-aware states since 1.4, where an agent gone for good ends its tasks TASK_GONE).
bool isFailure(const QString &state)
{
    static const QStringList failures { QStringLiteral("TASK_FAILED"),  QStringLiteral("TASK_ERROR"),
                                        QStringLiteral("TASK_LOST"),    QStringLiteral("TASK_DROPPED"),
                                        QStringLiteral("TASK_GONE"),    QStringLiteral("TASK_GONE_BY_OPERATOR"),
                                        QStringLiteral("TASK_UNKNOWN") };
    return failures.contains(state);
}

QList<int> intsOf(const QJsonValue &value)
{
    QList<int> out;
    for (const QJsonArray items = value.toArray(); const QJsonValue &item : items)
        out << item.toInt();
    return out;
}

// 1.x: steps [{actions:[{action|type, app|pod}]}]; the event docs' older shape: steps [{action, app}].
QStringList actionsOf(const QJsonObject &step, bool withAction)
{
    QStringList out;
    QJsonArray actions = step.value(u"actions").toArray();
    if (actions.isEmpty() && step.contains(u"app"))
        actions = QJsonArray { step };
    for (const QJsonValue &value : std::as_const(actions)) {
        const QJsonObject action = value.toObject();
        const QString target = action.value(u"app").toString(action.value(u"pod").toString());
        const QString kind = action.value(u"action").toString(action.value(u"type").toString());
        out << (withAction ? kind + u' ' + target : target);
    }
    return out;
}
// The apps (not pods: /v2/apps has none) a step acts on.
QStringList appsOf(const QJsonObject &step)
{
    QStringList out;
    QJsonArray actions = step.value(u"actions").toArray();
    if (actions.isEmpty() && step.contains(u"app"))
        actions = QJsonArray { step };
    for (const QJsonValue &action : std::as_const(actions)) {
        const QString app = action.toObject().value(u"app").toString();
        if (!app.isEmpty())
            out << app;
    }
    return out;
}
} // namespace

MarathonState::MarathonState()
    : m_published { std::make_shared<const SharedList<App>>(), std::make_shared<const SharedList<MarathonTask>>(),
                    std::make_shared<const std::vector<Deployment>>() }
{ }

void MarathonState::reset(std::vector<App> apps, std::vector<MarathonTask> tasks, std::vector<Deployment> deployments)
{
    m_ready = true;
    for (App &app : apps)
        app.tasksStaged = app.tasksRunning = app.tasksHealthy = app.tasksUnhealthy = 0;
    m_apps = SharedList<App>(std::move(apps));
    reindex(m_apps, m_appIndex);
    m_tasks.clear();
    m_taskIndex.clear();
    m_tasks.reserve(tasks.size());
    for (MarathonTask &task : tasks)
        upsertTask(std::move(task));
    m_deployments = std::move(deployments);
    m_followUp = {};
    m_appsChanged = m_tasksChanged = m_deploymentsChanged = true;
}

void MarathonState::replaceApp(const QString &appId, std::optional<App> app, std::vector<MarathonTask> tasks)
{
    if (!app) {
        removeApp(appId);
        return;
    }
    // The app's tasks as read replace the ones the events built.
    for (int i = int(m_tasks.size()) - 1; i >= 0; --i) {
        if (m_tasks[size_t(i)].appId == appId)
            removeTask(i);
    }
    app->tasksStaged = app->tasksRunning = app->tasksHealthy = app->tasksUnhealthy = 0;
    const int index = appIndex(appId);
    if (index < 0) {
        m_appIndex.insert(app->id, int(m_apps.size()));
        m_apps.push_back(std::move(*app));
    } else {
        m_apps.set(size_t(index), std::move(*app));
    }
    m_appsChanged = true;
    for (MarathonTask &task : tasks)
        upsertTask(std::move(task));
}

void MarathonState::setDeployments(std::vector<Deployment> deployments)
{
    if (deployments == m_deployments)
        return;
    m_deployments = std::move(deployments);
    m_deploymentsChanged = true;
}

void MarathonState::apply(const QString &type, const QByteArray &data)
{
    auto event = MarathonParser::parseEvent(type, data);
    if (event.ok())
        apply(*event);
    else
        m_followUp.refresh = true;
}

void MarathonState::apply(const MarathonEvent &event)
{
    if (!m_ready)
        return;
    const QString &type = event.type;
    const QJsonObject &payload = event.payload;
    if (type == u"status_update_event") {
        statusUpdate(event);
    } else if (type == u"health_status_changed_event") {
        healthChanged(event.taskId, payload.value(u"alive").toBool());
    } else if (type == u"instance_health_changed_event") {
        healthChanged(event.taskId, payload.value(u"healthy").toBool());
    } else if (type == u"instance_changed_event") {
        // Its tasks' own status updates carry the change; an app not known yet is read.
        if (!event.appId.isEmpty() && appIndex(event.appId) < 0)
            askFor(event.appId);
    } else if (type == u"deployment_info" || type == u"deployment_step_success"
               || type == u"deployment_step_failure") {
        deploymentProgress(payload);
    } else if (type == u"deployment_success" || type == u"deployment_failed") {
        const QJsonObject plan = payload.value(u"plan").toObject();
        QStringList planApps; // a deployment whose deployment_info was missed (or never sent) still names its apps
        for (const QJsonArray items = plan.value(u"steps").toArray(); const QJsonValue &step : items)
            planApps += appsOf(step.toObject());
        deploymentEnded(payload.value(u"id").toString(plan.value(u"id").toString()), planApps);
    } else if (type == u"api_post_event") {
        const QString appId = payload.value(u"appDefinition").toObject().value(u"id").toString(event.appId);
        if (!appId.isEmpty())
            askFor(appId);
    } else if (type == u"app_terminated_event") {
        removeApp(event.appId);
    }
    // group_change_success needs no read: Marathon sends it after every change of an app too (each
    // goes through its root group), and the deployment events of the change name the apps, which
    // deploymentEnded() reads alone. Pods are not in /v2/apps: their events change nothing here.
}

void MarathonState::statusUpdate(const MarathonEvent &event)
{
    const QJsonObject &p = event.payload;
    const QString &state = event.taskStatus;
    const QString timestamp = p.value(u"timestamp").toString();
    const int existing = m_taskIndex.value(event.taskId, -1);
    if (mesos::isTerminal(mesos::taskStateFromString(state))) {
        if (existing >= 0)
            removeTask(existing);
        if (const int app = appIndex(event.appId); app >= 0 && isFailure(state)) {
            m_apps.edit(size_t(app)).lastTaskFailure
                = TaskFailure { event.taskId, state, p.value(u"message").toString(), p.value(u"host").toString(),
                                timestamp, p.value(u"version").toString() };
            m_appsChanged = true;
        }
        return;
    }
    MarathonTask task = existing >= 0 ? m_tasks[size_t(existing)] : MarathonTask {};
    task.id = event.taskId;
    task.appId = event.appId;
    task.state = state;
    task.host = p.value(u"host").toString(task.host);
    task.agentId = p.value(u"slaveId").toString(p.value(u"agentId").toString(task.agentId));
    if (p.contains(u"ports"))
        task.ports = intsOf(p.value(u"ports"));
    if (p.contains(u"ipAddresses")) {
        task.ipAddresses.clear();
        for (const QJsonArray items = p.value(u"ipAddresses").toArray(); const QJsonValue &ip : items)
            task.ipAddresses << ip.toObject().value(u"ipAddress").toString();
    }
    task.version = p.value(u"version").toString(task.version);
    if (task.stagedAt.isEmpty())
        task.stagedAt = timestamp;
    if (state == u"TASK_RUNNING" && task.startedAt.isEmpty())
        task.startedAt = timestamp;
    const int app = appIndex(event.appId);
    if (app < 0)
        askFor(event.appId);
    else if (existing < 0)
        task.servicePorts = m_apps[size_t(app)].servicePorts;
    upsertTask(std::move(task));
}

void MarathonState::healthChanged(const QString &taskOrInstanceId, bool healthy)
{
    // 1.4+ names the instance ("app.instance-<uuid>"), whose task ids extend it.
    const auto update = [&](int index) {
        MarathonTask task = m_tasks[size_t(index)];
        if (task.healthy == healthy)
            return;
        task.healthy = healthy;
        upsertTask(std::move(task));
    };
    if (const int index = m_taskIndex.value(taskOrInstanceId, -1); index >= 0) {
        update(index);
        return;
    }
    // A legacy instance "app.marathon-<uuid>" holds the one task "app.<uuid>".
    if (const qsizetype legacy = taskOrInstanceId.lastIndexOf(QLatin1String(".marathon-")); legacy >= 0) {
        const QString taskId = taskOrInstanceId.left(legacy + 1) + taskOrInstanceId.mid(legacy + 10);
        if (const int index = m_taskIndex.value(taskId, -1); index >= 0) {
            update(index);
            return;
        }
    }
    const QString prefix = taskOrInstanceId + u'.';
    for (size_t i = 0; i < m_tasks.size(); ++i) {
        if (m_tasks[i].id.startsWith(prefix))
            update(int(i));
    }
}

void MarathonState::deploymentProgress(const QJsonObject &payload)
{
    const QJsonObject plan = payload.value(u"plan").toObject();
    Deployment deployment;
    deployment.id = plan.value(u"id").toString();
    if (deployment.id.isEmpty())
        return;
    deployment.version = plan.value(u"version").toString();
    const QJsonArray steps = plan.value(u"steps").toArray();
    deployment.totalSteps = int(steps.size());
    const QJsonObject current = payload.value(u"currentStep").toObject();
    deployment.currentActions = actionsOf(current, true);
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject step = steps[i].toObject();
        for (const QString &app : actionsOf(step, false)) {
            if (!deployment.affectedApps.contains(app))
                deployment.affectedApps << app;
        }
        if (deployment.currentStep == 0 && actionsOf(step, true) == deployment.currentActions)
            deployment.currentStep = int(i) + 1;
    }
    auto it = std::find_if(m_deployments.begin(), m_deployments.end(),
                           [&](const Deployment &d) { return d.id == deployment.id; });
    if (it == m_deployments.end())
        m_deployments.push_back(deployment);
    else if (*it == deployment)
        return;
    else
        *it = deployment;
    m_deploymentsChanged = true;
    for (const QString &appId : std::as_const(deployment.affectedApps)) {
        if (const int app = appIndex(appId); app >= 0 && !m_apps[size_t(app)].deploymentIds.contains(deployment.id)) {
            m_apps.edit(size_t(app)).deploymentIds << deployment.id;
            m_appsChanged = true;
        }
    }
}

// A deployment ended: its apps' definitions (version, instances...) may have changed: read them.
void MarathonState::deploymentEnded(const QString &id, const QStringList &planApps)
{
    const auto it
        = std::find_if(m_deployments.begin(), m_deployments.end(), [&](const Deployment &d) { return d.id == id; });
    QStringList affected = planApps;
    if (it != m_deployments.end()) {
        for (const QString &app : std::as_const(it->affectedApps)) {
            if (!affected.contains(app))
                affected << app;
        }
        m_deployments.erase(it);
        m_deploymentsChanged = true;
    }
    for (size_t i = 0; i < m_apps.size(); ++i) {
        if (!m_apps[i].deploymentIds.contains(id))
            continue;
        App &app = m_apps.edit(i);
        app.deploymentIds.removeAll(id);
        m_appsChanged = true;
        if (!affected.contains(app.id))
            affected << app.id;
    }
    for (const QString &appId : std::as_const(affected))
        askFor(appId);
}

void MarathonState::account(const MarathonTask &task, int sign)
{
    const int index = appIndex(task.appId);
    if (index < 0)
        return;
    App &app = m_apps.edit(size_t(index));
    if (isStaged(task.state))
        app.tasksStaged += sign;
    else if (task.state == u"TASK_RUNNING")
        app.tasksRunning += sign;
    if (task.healthy)
        (*task.healthy ? app.tasksHealthy : app.tasksUnhealthy) += sign;
    m_appsChanged = true;
}

void MarathonState::upsertTask(MarathonTask task)
{
    if (task.id.isEmpty())
        return;
    const int existing = m_taskIndex.value(task.id, -1);
    if (existing >= 0) {
        account(m_tasks[size_t(existing)], -1);
        account(task, +1);
        m_tasks.set(size_t(existing), std::move(task));
    } else {
        account(task, +1);
        m_taskIndex.insert(task.id, int(m_tasks.size()));
        m_tasks.push_back(std::move(task));
    }
    m_tasksChanged = true;
}

void MarathonState::removeTask(int index)
{
    account(m_tasks[size_t(index)], -1);
    swapRemove(m_tasks, m_taskIndex, index);
    m_tasksChanged = true;
}

void MarathonState::removeApp(const QString &appId)
{
    const int index = appIndex(appId);
    if (index < 0)
        return;
    for (int i = int(m_tasks.size()) - 1; i >= 0; --i) {
        if (m_tasks[size_t(i)].appId == appId)
            removeTask(i);
    }
    m_apps.erase(size_t(index));
    reindex(m_apps, m_appIndex);
    m_appsChanged = true;
}

void MarathonState::askFor(const QString &appId)
{
    if (!appId.isEmpty() && !m_followUp.apps.contains(appId))
        m_followUp.apps << appId;
}

MarathonState::Lists MarathonState::lists()
{
    if (m_appsChanged)
        m_published.apps = std::make_shared<const SharedList<App>>(m_apps); // pointers only
    if (m_tasksChanged)
        m_published.tasks = std::make_shared<const SharedList<MarathonTask>>(m_tasks); // pointers only
    if (m_deploymentsChanged)
        m_published.deployments = std::make_shared<const std::vector<Deployment>>(m_deployments);
    m_appsChanged = m_tasksChanged = m_deploymentsChanged = false;
    return m_published;
}

} // namespace mc::marathon
