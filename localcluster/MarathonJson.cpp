// Marathon's JSON (as Marathon 1.x writes it, tests/fixtures/marathon): apps, tasks, deployments
// and their plans, groups, the launch queue, and the response shapes (errors, 409 locks,
// deployment results) with Marathon's headers.
#include "localcluster/Marathon.h"

#include "localcluster/HttpServer.h"
#include "localcluster/MarathonUtil.h"
#include "localcluster/OfferMatcher.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace mc::localcluster {

using namespace marathon;

namespace {

// A reject summary as Marathon's queue has it: the reasons in funnel order, each with
// the offers it declined and the offers that reached it.
QJsonArray funnelSteps(int processed, const QHash<QString, int> &declined)
{
    QJsonArray steps;
    for (const QString &reason : OfferMatcher::reasonFunnel()) {
        const int n = declined.value(reason);
        steps.append(QJsonObject { { QStringLiteral("reason"), reason },
                                   { QStringLiteral("declined"), n },
                                   { QStringLiteral("processed"), processed } });
        processed -= n;
    }
    return steps;
}
} // namespace

HttpResponse Marathon::json(const QJsonValue &value, int status) const
{
    const QByteArray body = value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    HttpResponse r = HttpResponse::json(body, status);
    r.withHeader("Cache-Control", "no-cache, no-store, must-revalidate")
        .withHeader("Pragma", "no-cache")
        .withHeader("Expires", "0")
        .withHeader("X-Marathon-Leader", leaderUrl().toUtf8());
    return r;
}

HttpResponse Marathon::error(int status, const QString &message, const QJsonArray &details) const
{
    QJsonObject o { { QStringLiteral("message"), message } };
    if (!details.isEmpty())
        o.insert(QStringLiteral("details"), details);
    return json(o, status);
}

HttpResponse Marathon::locked(const QStringList &deployments) const
{
    QJsonArray list;
    for (const QString &id : deployments)
        list.append(QJsonObject { { QStringLiteral("id"), id } });
    return json(
        QJsonObject { { QStringLiteral("message"),
                        QStringLiteral("App is locked by one or more deployments. Override with the option "
                                       "'?force=true'. View details at '/v2/deployments/<DEPLOYMENT_ID>'.") },
                      { QStringLiteral("deployments"), list } },
        409);
}

HttpResponse Marathon::deploymentResult(const Deployment &d, int status) const
{
    HttpResponse r = json(
        QJsonObject { { QStringLiteral("deploymentId"), d.id }, { QStringLiteral("version"), d.version } },
        status);
    r.withHeader("Marathon-Deployment-Id", d.id.toUtf8());
    return r;
}

QString Marathon::instanceId(const Task &task) const
{
    const QString prefix = taskPrefix(task.appId) + QLatin1Char('.');
    return prefix + QStringLiteral("marathon-") + task.id.mid(prefix.size());
}

QJsonObject Marathon::taskJson(const Task &t, bool withServicePorts) const
{
    const AgentNode &agent = m_cluster.agents()[size_t(t.agent)];
    QJsonArray ports;
    for (int p : t.ports)
        ports.append(p);
    QJsonObject o { { QStringLiteral("id"), t.id },
                    { QStringLiteral("appId"), t.appId },
                    { QStringLiteral("host"), agent.hostname },
                    { QStringLiteral("slaveId"), agent.id },
                    { QStringLiteral("state"), QLatin1String(mesosName(t.state)) },
                    { QStringLiteral("stagedAt"), iso(t.stagedAtMs) },
                    { QStringLiteral("ports"), ports },
                    { QStringLiteral("version"), t.appVersion },
                    { QStringLiteral("ipAddresses"),
                      QJsonArray { QJsonObject { { QStringLiteral("ipAddress"), agent.ip },
                                                 { QStringLiteral("protocol"), QStringLiteral("IPv4") } } } },
                    { QStringLiteral("localVolumes"), QJsonArray() },
                    { QStringLiteral("role"), QStringLiteral("*") } };
    if (t.startedAtMs > 0)
        o.insert(QStringLiteral("startedAt"), iso(t.startedAtMs));
    if (withServicePorts) {
        QJsonArray sp;
        for (int p : t.servicePorts)
            sp.append(p);
        o.insert(QStringLiteral("servicePorts"), sp);
    }
    if (!t.health.isEmpty()) {
        QJsonArray results;
        for (const HealthResult &h : t.health) {
            QJsonObject r { { QStringLiteral("alive"), h.alive },
                            { QStringLiteral("consecutiveFailures"), h.consecutiveFailures },
                            { QStringLiteral("instanceId"), instanceId(t) } };
            if (!h.firstSuccess.isEmpty())
                r.insert(QStringLiteral("firstSuccess"), h.firstSuccess);
            if (!h.lastSuccess.isEmpty())
                r.insert(QStringLiteral("lastSuccess"), h.lastSuccess);
            if (!h.lastFailure.isEmpty())
                r.insert(QStringLiteral("lastFailure"), h.lastFailure);
            if (!h.lastFailureCause.isEmpty())
                r.insert(QStringLiteral("lastFailureCause"), h.lastFailureCause);
            results.append(r);
        }
        o.insert(QStringLiteral("healthCheckResults"), results);
    }
    return o;
}

QJsonObject Marathon::appJson(const App &app, bool withTasks, bool withFailure) const
{
    QJsonObject o = app.definition;
    o.insert(QStringLiteral("version"), app.version);
    o.insert(QStringLiteral("versionInfo"),
             QJsonObject { { QStringLiteral("lastScalingAt"), app.lastScalingAt },
                           { QStringLiteral("lastConfigChangeAt"), app.lastConfigChangeAt } });
    int staged = 0, running = 0, healthy = 0, unhealthy = 0;
    const QList<TaskPtr> tasks = tasksOf(app.definition.value(QLatin1String("id")).toString());
    QJsonArray taskList;
    for (const TaskPtr &t : tasks) {
        if (t->state == TaskState::Staging || t->state == TaskState::Starting)
            ++staged;
        else if (t->state == TaskState::Running)
            ++running;
        if (!t->health.isEmpty()) {
            if (isHealthy(*t))
                ++healthy;
            else if (std::any_of(t->health.cbegin(), t->health.cend(),
                                 [](const HealthResult &h) { return !h.lastFailure.isEmpty(); }))
                ++unhealthy;
        }
        if (withTasks)
            taskList.append(taskJson(*t, false));
    }
    o.insert(QStringLiteral("tasksStaged"), staged);
    o.insert(QStringLiteral("tasksRunning"), running);
    o.insert(QStringLiteral("tasksHealthy"), healthy);
    o.insert(QStringLiteral("tasksUnhealthy"), unhealthy);
    QJsonArray deployments;
    const QString id = app.definition.value(QLatin1String("id")).toString();
    for (const Deployment &d : m_deployments) {
        if (d.apps.contains(id))
            deployments.append(QJsonObject { { QStringLiteral("id"), d.id } });
    }
    o.insert(QStringLiteral("deployments"), deployments);
    if (withTasks)
        o.insert(QStringLiteral("tasks"), taskList);
    if (withFailure && app.lastTaskFailure)
        o.insert(QStringLiteral("lastTaskFailure"), *app.lastTaskFailure);
    return o;
}

QJsonObject Marathon::planJson(const Deployment &d) const
{
    QJsonArray steps;
    for (const QList<Action> &step : d.steps) {
        QJsonArray actions;
        for (const Action &a : step)
            actions.append(QJsonObject {
                { QStringLiteral("action"), a.first },
                { isPodAction(a.first) ? QStringLiteral("pod") : QStringLiteral("app"), a.second } });
        steps.append(QJsonObject { { QStringLiteral("actions"), actions } });
    }
    return { { QStringLiteral("id"), d.id },
             { QStringLiteral("steps"), steps },
             { QStringLiteral("version"), d.version } };
}

QJsonObject Marathon::stepJson(const Deployment &d) const
{
    QJsonArray actions;
    for (const Action &a : d.steps.value(d.currentStep - 1))
        actions.append(
            QJsonObject { { QStringLiteral("action"), a.first },
                          { isPodAction(a.first) ? QStringLiteral("pod") : QStringLiteral("app"), a.second },
                          { QStringLiteral("readinessCheckResults"), QJsonArray() } });
    return { { QStringLiteral("actions"), actions } };
}

QJsonObject Marathon::deploymentJson(const Deployment &d) const
{
    QJsonObject o = planJson(d);
    QJsonArray apps;
    QJsonArray pods;
    for (const QList<Action> &step : d.steps) {
        for (const Action &a : step) {
            QJsonArray &list = isPodAction(a.first) ? pods : apps;
            if (!list.contains(a.second))
                list.append(a.second);
        }
    }
    o.insert(QStringLiteral("affectedApps"), apps);
    o.insert(QStringLiteral("affectedPods"), pods);
    o.insert(QStringLiteral("currentActions"), stepJson(d).value(QLatin1String("actions")));
    o.insert(QStringLiteral("currentStep"), d.currentStep);
    o.insert(QStringLiteral("totalSteps"), int(d.steps.size()));
    return o;
}

QJsonObject Marathon::groupJson(const QString &groupId) const
{
    // Groups are the explicit ones and the paths above the app ids: /a/b/app is in /a/b, in /a, in /.
    if (!groupExists(groupId))
        return {};
    const QString prefix = groupId == QLatin1String("/") ? groupId : groupId + QLatin1Char('/');
    QJsonArray apps;
    QStringList children;
    QString version = m_groups.value(groupId).version;
    auto addChild = [&](const QString &rest) {
        const qsizetype slash = rest.indexOf(QLatin1Char('/'));
        const QString child = prefix + (slash < 0 ? rest : rest.left(slash));
        if (!children.contains(child))
            children.append(child);
    };
    // Apps and pods: those right in the group, and the subgroups the others are in.
    const auto collect = [&](const auto &specs, QJsonArray &here, const auto &toJson) {
        for (auto it = specs.cbegin(); it != specs.cend(); ++it) {
            if (it->deleting || !it.key().startsWith(prefix))
                continue;
            version = qMax(version, it->version);
            const QString rest = it.key().mid(prefix.size());
            if (rest.contains(QLatin1Char('/')))
                addChild(rest);
            else
                here.append(toJson(*it));
        }
    };
    collect(m_apps, apps, [this](const App &app) { return appJson(app, false, false); });
    QJsonArray pods;
    collect(m_pods, pods, [this](const Pod &pod) { return podJson(pod); });
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        if (it.key() != groupId && it.key().startsWith(prefix))
            addChild(it.key().mid(prefix.size()));
    }
    children.sort();
    QJsonArray groups;
    for (const QString &child : std::as_const(children))
        groups.append(groupJson(child));
    return { { QStringLiteral("id"), groupId },
             { QStringLiteral("apps"), apps },
             { QStringLiteral("groups"), groups },
             { QStringLiteral("pods"), pods },
             { QStringLiteral("dependencies"), m_groups.value(groupId).dependencies },
             { QStringLiteral("version"), version.isEmpty() ? nowIso() : version } };
}

QJsonObject Marathon::queueEntry(const App &a, int missing, bool withOffers) const
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 left = qMax<qint64>(0, a.delayUntilMs - now);
    QJsonObject summary { { QStringLiteral("processedOffersCount"), a.processedOffers },
                          { QStringLiteral("unusedOffersCount"), a.unusedOffers } };
    if (a.lastUnusedOfferAtMs > 0)
        summary.insert(QStringLiteral("lastUnusedOfferAt"), iso(a.lastUnusedOfferAtMs));
    if (a.lastUsedOfferAtMs > 0)
        summary.insert(QStringLiteral("lastUsedOfferAt"), iso(a.lastUsedOfferAtMs));
    // The last offer of every agent, each under the first reason that declined it.
    QHash<QString, int> last;
    for (const QStringList &why : a.lastOffers) {
        if (!why.isEmpty())
            last[OfferMatcher::funnelReason(why)] += 1;
    }
    summary.insert(QStringLiteral("rejectSummaryLastOffers"), funnelSteps(int(a.lastOffers.size()), last));
    summary.insert(QStringLiteral("rejectSummaryLaunchAttempt"),
                   funnelSteps(a.processedOffers, a.attemptRejects));
    QJsonObject entry { { QStringLiteral("app"), appJson(a, false, false) },
                        { QStringLiteral("count"), missing },
                        { QStringLiteral("role"), QStringLiteral("*") },
                        { QStringLiteral("delay"),
                          QJsonObject {
                              { QStringLiteral("timeLeftSeconds"), int(std::ceil(double(left) / 1000.0)) },
                              { QStringLiteral("overdue"), left == 0 } } },
                        { QStringLiteral("since"), iso(a.queuedSinceMs ? a.queuedSinceMs : now) },
                        { QStringLiteral("processedOffersSummary"), summary } };
    if (withOffers) {
        QJsonArray offers;
        for (const UnusedOffer &u : a.lastUnused)
            offers.append(
                QJsonObject { { QStringLiteral("offer"), u.offer },
                              { QStringLiteral("timestamp"), iso(u.atMs) },
                              { QStringLiteral("reason"), QJsonArray::fromStringList(u.reasons) } });
        entry.insert(QStringLiteral("lastUnusedOffers"), offers);
    }
    return entry;
}

QJsonObject Marathon::infoJson() const
{
    // As Marathon started with --master and --zk: with localcluster's --zk the masters' group
    // (zk://…/mesos) and Marathon's own state in the same ensemble (zk://…/marathon); without
    // it the first master's host:port (Marathon's standalone --master) and Marathon's default --zk.
    const QString zk = m_cluster.options().zkUrl;
    const QString ensemble = zk.section(u'/', 0, 2); // zk://hosts
    const QString mesosMaster = !zk.isEmpty()
        ? zk
        : QStringLiteral("%1:%2")
              .arg(m_cluster.hostname())
              .arg(m_cluster.masters().empty() ? 5050 : m_cluster.masters().front().port);
    const QString marathonZk = !zk.isEmpty() ? ensemble + QStringLiteral("/marathon")
                                             : QStringLiteral("zk://localhost:2181/marathon");
    return QJsonObject { { QStringLiteral("name"), QStringLiteral("marathon") },
                         { QStringLiteral("version"), QLatin1String(kVersion) },
                         { QStringLiteral("buildref"), QStringLiteral("localcluster") },
                         { QStringLiteral("elected"), true },
                         { QStringLiteral("leader"),
                           QStringLiteral("%1:%2").arg(m_cluster.hostname()).arg(m_cluster.marathonPort()) },
                         { QStringLiteral("frameworkId"), m_cluster.frameworkId() },
                         { QStringLiteral("marathon_config"),
                           QJsonObject {
                               { QStringLiteral("master"), mesosMaster },
                               { QStringLiteral("mesos_role"), QStringLiteral("*") },
                               { QStringLiteral("mesos_user"), QStringLiteral("root") },
                               { QStringLiteral("framework_name"), QStringLiteral("marathon") },
                               { QStringLiteral("ha"), true },
                               { QStringLiteral("hostname"), m_cluster.hostname() },
                               { QStringLiteral("local_port_min"), 10000 },
                               { QStringLiteral("local_port_max"), 20000 },
                               { QStringLiteral("checkpoint"), true },
                               { QStringLiteral("failover_timeout"), 604800 },
                               { QStringLiteral("features"), QJsonArray() },
                               { QStringLiteral("webui_url"), leaderUrl() },
                               { QStringLiteral("mesos_leader_ui_url"),
                                 m_cluster.leader() >= 0
                                     ? QStringLiteral("http://%1:%2/")
                                           .arg(m_cluster.hostname())
                                           .arg(m_cluster.masters()[size_t(m_cluster.leader())].port)
                                     : QString() } } },
                         { QStringLiteral("zookeeper_config"),
                           QJsonObject { { QStringLiteral("zk"), marathonZk },
                                         { QStringLiteral("zk_timeout"), 10000 },
                                         { QStringLiteral("zk_session_timeout"), 10000 },
                                         { QStringLiteral("zk_max_versions"), 50 } } },
                         { QStringLiteral("http_config"),
                           QJsonObject { { QStringLiteral("http_port"), m_cluster.marathonPort() },
                                         { QStringLiteral("https_port"), 8443 } } } };
}

} // namespace mc::localcluster
