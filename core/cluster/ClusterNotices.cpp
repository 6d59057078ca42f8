#include "core/cluster/ClusterNotices.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <algorithm>
#include <optional>

namespace mc::cluster {

namespace {

using Kind = Notice::Kind;
using Severity = Notice::Severity;

// More task failures than this in one step are told as one notice.
constexpr int kTaskFailuresListed = 3;

bool isUp(const ConnectionState &state)
{
    return state.kind == ConnectionState::Kind::Live || state.kind == ConnectionState::Kind::Stale;
}

QString agentName(const mesos::Agent &agent)
{
    return QStringLiteral("%1:%2").arg(agent.hostname.isEmpty() ? agent.id : agent.hostname).arg(agent.port);
}

const MasterStatus *findMaster(const std::vector<MasterStatus> &masters, const QString &name)
{
    const auto it = std::find_if(masters.cbegin(), masters.cend(),
                                 [&name](const MasterStatus &m) { return m.name == name; });
    return it == masters.cend() ? nullptr : &*it;
}

// Through ZooKeeper the masters listed are the ones registered: a master that stops (or loses its
// session) leaves the list, one that starts joins it. Only between two such listings: not at the
// first one (connect), nor when the way of watching changed; polled masters are always all listed
// and turn unreachable instead.
bool mastersComeAndGo(const ClusterSnapshot &before, const ClusterSnapshot &after)
{
    return before.watch.way == WatchRoute::Way::ZooKeeper && after.watch.way == WatchRoute::Way::ZooKeeper
        && !before.masters.empty() && !after.masters.empty();
}

// The leader of `before` that left the masters, when the leader's notice tells it (it names it).
bool leaderLeft(const ClusterSnapshot &before, const ClusterSnapshot &after)
{
    if (!before.leader || (after.leader && after.leader->displayName() == before.leader->displayName())
        || !mastersComeAndGo(before, after))
        return false;
    return std::any_of(before.masters.cbegin(), before.masters.cend(), [&after](const MasterStatus &m) {
        return m.leader && !findMaster(after.masters, m.name);
    });
}

void leaderNotices(const ClusterSnapshot &before, const ClusterSnapshot &after, QList<Notice> &out)
{
    const QString was = before.leader ? before.leader->displayName() : QString();
    const QString now = after.leader ? after.leader->displayName() : QString();
    if (was != now) {
        // A killed leader leaves the masters as it loses the lead: one notice says both.
        const bool left = leaderLeft(before, after);
        if (now.isEmpty()) {
            out << Notice {
                Kind::LeaderLost, Severity::Warning, QObject::tr("No leading master"),
                left ? QObject::tr("%1 no longer leads and left the masters (it stopped, or lost "
                                   "its ZooKeeper session); the masters are electing a new "
                                   "leader.")
                           .arg(was)
                     : QObject::tr("%1 no longer leads; the masters are electing a new leader.").arg(was)
            };
        } else if (!was.isEmpty() || before.electing) {
            out << Notice { Kind::LeaderChanged, Severity::Info, QObject::tr("Leader changed"),
                            was.isEmpty() ? QObject::tr("%1 was elected leading master.").arg(now)
                                : left ? QObject::tr("%1 now leads instead of %2, which left the masters (it "
                                                     "stopped, or lost its ZooKeeper session).")
                                             .arg(now, was)
                                       : QObject::tr("%1 now leads instead of %2.").arg(now, was) };
        }
    }

    // Marathon's leader (HA Marathon instances elect one through ZooKeeper).
    const QString marathonWas = before.marathonInfo ? before.marathonInfo->leader : QString();
    const QString marathonNow = after.marathonInfo ? after.marathonInfo->leader : QString();
    if (!marathonWas.isEmpty() && !marathonNow.isEmpty() && marathonWas != marathonNow) {
        out << Notice { Kind::LeaderChanged, Severity::Info, QObject::tr("Marathon leader changed"),
                        QObject::tr("Marathon %1 now leads instead of %2.").arg(marathonNow, marathonWas) };
    }
}

const marathon::App *findApp(const ClusterSnapshot &snapshot, const QString &id)
{
    for (const marathon::App &app : *snapshot.apps) {
        if (app.id == id)
            return &app;
    }
    return nullptr;
}

QString failureText(const marathon::TaskFailure &f)
{
    return f.message.isEmpty()
        ? QObject::tr("%1 ended as %2 on %3.").arg(f.taskId, f.state, f.host)
        : QObject::tr("%1 ended as %2 on %3: %4").arg(f.taskId, f.state, f.host, f.message);
}

// Marathon keeps an app's last task failure until the next one: a failure from
// before the deployment began (its version is when it began) is not the deployment's.
bool failedDuring(const marathon::TaskFailure &failure, const marathon::Deployment &deployment)
{
    const QDateTime began = QDateTime::fromString(deployment.version, Qt::ISODateWithMs);
    const QDateTime failed = QDateTime::fromString(failure.timestamp, Qt::ISODateWithMs);
    return !began.isValid() || !failed.isValid() || failed >= began;
}

// Apps of `affected` the deployment `id` destroyed: its plan's StopApplication said so on the
// event stream, or they were listed before and are gone now.
QStringList removedApps(const QString &id, const QStringList &affected, const ClusterSnapshot &before,
                        const ClusterSnapshot &after)
{
    QStringList stopped;
    for (const auto &[deployment, apps] : after.destroyingDeployments) {
        if (deployment == id)
            stopped = apps;
    }
    QStringList removed;
    for (const QString &app : affected) {
        if (stopped.contains(app) || (findApp(before, app) && !findApp(after, app)))
            removed << app;
    }
    return removed;
}

// The apps a deployment destroyed: its step said StopApplication, or the app left the list with it.
QStringList destroyedBy(const marathon::Deployment &d, const ClusterSnapshot &before, const ClusterSnapshot &after)
{
    QStringList destroyed = removedApps(d.id, d.affectedApps, before, after);
    static const QString kStop = QStringLiteral("StopApplication ");
    for (const QString &action : d.currentActions) {
        if (action.startsWith(kStop) && !destroyed.contains(action.mid(kStop.size())))
            destroyed << action.mid(kStop.size());
    }
    return destroyed;
}

// A deployment that ended well: "destroyed" when it removed its apps, else "finished".
Notice finishedNotice(const QString &id, const QStringList &apps, const QStringList &destroyed)
{
    const QString names = apps.join(QStringLiteral(", "));
    Notice notice { Kind::DeploymentFinished, Severity::Info, QObject::tr("Deployment finished"),
                    names.isEmpty() ? QObject::tr("Deployment %1 finished.").arg(id)
                                    : QObject::tr("The deployment of %1 finished.").arg(names),
                    QStringLiteral("deployment-done:") + id, apps.value(0) };
    if (!destroyed.isEmpty() && destroyed.size() == apps.size()) {
        notice.title = QObject::tr("%n app(s) destroyed", nullptr, int(destroyed.size()));
        notice.text = QObject::tr("%1: destroyed (its tasks were killed and its definition removed from "
                                  "Marathon).")
                          .arg(destroyed.join(QStringLiteral(", ")));
    }
    return notice;
}

void deploymentNotices(const ClusterSnapshot &before, const ClusterSnapshot &after, QList<Notice> &out)
{
    QSet<QString> still;
    for (const marathon::Deployment &d : *after.deployments)
        still.insert(d.id);
    if (!isUp(after.marathon))
        return; // an empty list from a failed read says nothing
    QHash<QString, QString> failed;
    for (const auto &[id, reason] : after.failedDeployments)
        failed.insert(id, reason);
    for (const marathon::Deployment &d : *before.deployments) {
        if (still.contains(d.id))
            continue;
        const QString apps = d.affectedApps.join(QStringLiteral(", "));
        if (!failed.contains(d.id)) {
            out << finishedNotice(d.id, d.affectedApps, destroyedBy(d, before, after));
            continue;
        }
        QStringList text;
        text << (apps.isEmpty() ? QObject::tr("Deployment %1 failed.").arg(d.id)
                                : QObject::tr("The deployment of %1 failed.").arg(apps));
        if (const QString reason = failed.value(d.id); !reason.isEmpty())
            text << reason;
        for (const QString &id : d.affectedApps) {
            // A destroyed app is gone from `after`: its last failure is in `before`.
            const marathon::App *app = findApp(after, id);
            if (!app || !app->lastTaskFailure)
                app = findApp(before, id);
            if (app && app->lastTaskFailure && failedDuring(*app->lastTaskFailure, d))
                text << QObject::tr("Last task failure: %1").arg(failureText(*app->lastTaskFailure));
        }
        out << Notice { Kind::DeploymentFailed, Severity::Error, QObject::tr("Deployment failed"),
                        text.join(u'\n'), QStringLiteral("deployment-done:") + d.id, d.affectedApps.value(0) };
    }

    // Deployments that began and ended between two reads of the list: told from their events.
    QSet<QString> listedOrTold = still;
    for (const marathon::Deployment &d : *before.deployments)
        listedOrTold.insert(d.id);
    for (const auto &[id, apps] : before.succeededDeployments)
        listedOrTold.insert(id);
    for (const auto &[id, reason] : before.failedDeployments)
        listedOrTold.insert(id);
    for (const auto &[id, reason] : after.failedDeployments) {
        if (listedOrTold.contains(id))
            continue;
        QStringList text { QObject::tr("Deployment %1 failed.").arg(id) };
        if (!reason.isEmpty())
            text << reason;
        out << Notice { Kind::DeploymentFailed, Severity::Error, QObject::tr("Deployment failed"),
                        text.join(u'\n'), QStringLiteral("deployment-done:") + id };
    }
    for (const auto &[id, apps] : after.succeededDeployments) {
        if (listedOrTold.contains(id) || failed.contains(id))
            continue;
        out << finishedNotice(id, apps, removedApps(id, apps, before, after));
    }
}

void failureNotices(const ClusterSnapshot &before, const ClusterSnapshot &after, QList<Notice> &out)
{
    if (before.apps == after.apps)
        return;
    // An app's previous self: at the same place in the list almost always (the lists are
    // read and kept in one order); an index of the previous list only once one moved.
    const SharedList<marathon::App> &was = *before.apps;
    std::optional<QHash<QString, size_t>> wasIndex;
    const auto previous = [&](size_t i, const QString &id) -> const marathon::App * {
        if (i < was.size() && was[i].id == id)
            return &was[i];
        if (!wasIndex) {
            wasIndex.emplace();
            wasIndex->reserve(qsizetype(was.size()));
            for (size_t k = 0; k < was.size(); ++k)
                wasIndex->insert(was[k].id, k);
        }
        const auto it = wasIndex->constFind(id);
        return it == wasIndex->cend() ? nullptr : &was[*it];
    };
    // Deployments that already ran in `before` (a failure arriving with a new
    // deployment belongs to the config it replaces); apps whose deployment
    // ended in this step (its notice carries the failure).
    QSet<QString> running, ended;
    for (const marathon::Deployment &d : *before.deployments) {
        running.insert(d.id);
        for (const QString &id : d.affectedApps)
            ended.insert(id);
    }
    QHash<QString, const marathon::Deployment *> deploying;
    for (const marathon::Deployment &d : *after.deployments) {
        for (const QString &id : d.affectedApps) {
            if (running.contains(d.id)) {
                deploying.insert(id, &d);
                ended.remove(id);
            }
        }
    }
    if (!isUp(after.marathon))
        ended.clear();
    for (size_t i = 0; i < after.apps->size(); ++i) {
        const marathon::App &app = (*after.apps)[i];
        if (!app.lastTaskFailure)
            continue;
        const marathon::App *old = previous(i, app.id);
        if (!old || (old->lastTaskFailure ? old->lastTaskFailure->taskId : QString()) == app.lastTaskFailure->taskId)
            continue;
        const marathon::TaskFailure &f = *app.lastTaskFailure;
        if (ended.contains(app.id))
            continue;
        const bool oldConfig = !f.version.isEmpty() && !app.version.isEmpty() && f.version != app.version;
        if (oldConfig && deploying.contains(app.id))
            continue; // a task of the config being replaced
        if (const marathon::Deployment *d = deploying.value(app.id)) {
            // Marathon keeps relaunching with back-off: the deployment does not end by itself.
            out << Notice {
                Kind::DeploymentFailed, Severity::Error, QObject::tr("Deployment of %1 failing").arg(app.id),
                QObject::tr("%1\nMarathon retries with back-off; fix the app or roll the deployment "
                            "back.")
                    .arg(failureText(f)),
                QStringLiteral("deployment-failing:") + d->id, app.id, f.taskId
            };
        } else {
            out << Notice { Kind::TaskFailed, Severity::Error, QObject::tr("Task of %1 failed").arg(app.id),
                            failureText(f), QStringLiteral("app-failed:") + app.id, app.id, f.taskId };
        }
    }
}

bool isFailure(mesos::TaskState state)
{
    return state == mesos::TaskState::Failed || state == mesos::TaskState::Lost
        || state == mesos::TaskState::Error;
}

// Tasks of frameworks other than the watched Marathon (whose failures come
// with a message through lastTaskFailure).
void mesosTaskNotices(const ClusterSnapshot &before, const ClusterSnapshot &after, QList<Notice> &out)
{
    if (!before.hasTaskList || !after.hasTaskList || !isUp(before.mesos) || !isUp(after.mesos)
        || before.tasks == after.tasks)
        return;
    const QString marathonFramework = after.marathonInfo ? after.marathonInfo->frameworkId : QString();
    // A task that did not change is the same object at the same place in both
    // lists (see TaskList): only the places that differ are read, so 100,000
    // tasks with a hundred changes cost a walk over pointers.
    const mesos::TaskList &was = *before.tasks;
    const mesos::TaskList &now = *after.tasks;
    const auto same = [&](size_t i, const mesos::TaskList &other, const mesos::TaskList &list) {
        return i < other.size() && other.ptr(i) == list.ptr(i);
    };
    QSet<QString> failedBefore; // of the tasks that changed or moved
    for (size_t i = 0; i < was.size(); ++i) {
        if (!same(i, now, was) && isFailure(was[i].state))
            failedBefore.insert(was[i].id);
    }
    QList<const mesos::Task *> failed;
    for (size_t i = 0; i < now.size(); ++i) {
        if (same(i, was, now))
            continue;
        const mesos::Task &t = now[i];
        if (isFailure(t.state) && !failedBefore.contains(t.id)
            && (marathonFramework.isEmpty() || t.frameworkId != marathonFramework))
            failed << &t;
    }
    if (failed.size() > kTaskFailuresListed) {
        QStringList ids;
        for (int i = 0; i < kTaskFailuresListed; ++i)
            ids << failed[i]->id;
        out << Notice { Kind::TaskFailed, Severity::Error, QObject::tr("%1 tasks failed").arg(failed.size()),
                        QObject::tr("%1 and %2 more ended as failed, lost or in error.")
                            .arg(ids.join(QStringLiteral(", ")))
                            .arg(failed.size() - kTaskFailuresListed) };
        return;
    }
    QHash<QString, QString> agentNames; // only when a failure is told
    if (!failed.isEmpty()) {
        for (const mesos::Agent &a : *after.agents)
            agentNames.insert(a.id, agentName(a));
    }
    for (const mesos::Task *t : std::as_const(failed)) {
        const QString agent = agentNames.value(t->agentId, t->agentId);
        out << Notice { Kind::TaskFailed, Severity::Error,
                        QObject::tr("Task %1 failed").arg(t->name.isEmpty() ? t->id : t->name),
                        QObject::tr("%1 (framework %2) ended as %3 on %4.")
                            .arg(t->id, t->frameworkId, mesos::taskStateName(t->state), agent),
                        QStringLiteral("task-failed:") + t->id, {}, t->id };
    }
}

// Masters turning unreachable or reachable again, and masters leaving or joining.
void masterNotices(const ClusterSnapshot &before, const ClusterSnapshot &after, QList<Notice> &out)
{
    QHash<QString, bool> wasReachable;
    for (const MasterStatus &m : before.masters)
        wasReachable.insert(m.name, m.reachable);
    for (const MasterStatus &m : after.masters) {
        if (!wasReachable.contains(m.name) || wasReachable.value(m.name) == m.reachable)
            continue;
        if (m.reachable) {
            out << Notice { Kind::HostBack, Severity::Info, QObject::tr("Master reachable again"),
                            QObject::tr("%1 answers again.").arg(m.name) };
        } else {
            out << Notice { Kind::HostUnreachable, Severity::Error, QObject::tr("Master unreachable"),
                            m.error.isEmpty() ? QObject::tr("%1 does not answer.").arg(m.name)
                                              : QObject::tr("%1 does not answer: %2").arg(m.name, m.error) };
        }
    }
    // Masters leaving or joining the ones registered in ZooKeeper; the leader's notice tells a
    // leader that left and one that joined leading ("was elected").
    if (mastersComeAndGo(before, after)) {
        const QString wasLeader = before.leader ? before.leader->displayName() : QString();
        const QString nowLeader = after.leader ? after.leader->displayName() : QString();
        const bool leaderChanged = wasLeader != nowLeader;
        for (const MasterStatus &m : before.masters) {
            if (findMaster(after.masters, m.name) || (m.leader && leaderLeft(before, after)))
                continue;
            out << Notice { Kind::HostUnreachable, Severity::Warning, QObject::tr("Master left"),
                            QObject::tr("%1 left the masters: it stopped, or lost its ZooKeeper session. "
                                        "Check that it runs.")
                                .arg(m.name) };
        }
        for (const MasterStatus &m : after.masters) {
            if (findMaster(before.masters, m.name) || (m.leader && leaderChanged))
                continue;
            out << Notice { Kind::HostBack, Severity::Info, QObject::tr("Master joined"),
                            m.leader ? QObject::tr("%1 joined the masters and leads.").arg(m.name)
                                     : QObject::tr("%1 joined the masters as a standby.").arg(m.name) };
        }
    }
}

void marathonNotices(const ClusterSnapshot &before, const ClusterSnapshot &after, QList<Notice> &out)
{
    if (isUp(before.marathon) && after.marathon.kind == ConnectionState::Kind::Error) {
        out << Notice { Kind::HostUnreachable, Severity::Error, QObject::tr("Marathon unreachable"),
                        after.marathon.reason };
    } else if (before.marathon.kind == ConnectionState::Kind::Error && isUp(after.marathon)) {
        out << Notice { Kind::HostBack, Severity::Info, QObject::tr("Marathon reachable again"),
                        QObject::tr("Marathon answers again.") };
    }
}

// Agents: deactivated (the master lost it) or gone from the list; only
// between two good reads of the master.
void agentNotices(const ClusterSnapshot &before, const ClusterSnapshot &after, QList<Notice> &out)
{
    if (isUp(before.mesos) && isUp(after.mesos) && before.agents != after.agents) {
        QHash<QString, const mesos::Agent *> now;
        for (const mesos::Agent &a : *after.agents)
            now.insert(a.id, &a);
        QSet<QString> was;
        for (const mesos::Agent &a : *before.agents) {
            was.insert(a.id);
            const mesos::Agent *n = now.value(a.id);
            if (!n) {
                // Mesos 1.x moves an agent it lost to unreachable_slaves.
                out << Notice { Kind::HostUnreachable, Severity::Error, QObject::tr("Agent unreachable"),
                                QObject::tr(
                                    "The master no longer lists agent %1 (%2): it is unreachable or was "
                                    "removed.")
                                    .arg(agentName(a), a.id) };
            } else if (a.active && !n->active) {
                out << Notice { Kind::HostUnreachable, Severity::Error, QObject::tr("Agent unreachable"),
                                QObject::tr("Agent %1 is no longer active: the master lost contact with it; "
                                            "its tasks become unreachable.")
                                    .arg(agentName(*n)) };
            } else if (!a.active && n->active) {
                out << Notice { Kind::HostBack, Severity::Info, QObject::tr("Agent back"),
                                QObject::tr("Agent %1 is active again.").arg(agentName(*n)) };
            }
        }
        for (const mesos::Agent &a : *after.agents) {
            if (!was.contains(a.id) && a.active) {
                out << Notice {
                    Kind::HostBack, Severity::Info, QObject::tr("Agent registered"),
                    QObject::tr("Agent %1 (%2) registered with the master.").arg(agentName(a), a.id)
                };
            }
        }
    }
}

// ZooKeeper members, as the watcher probes them (ruok / srvr).
void zookeeperNotices(const ClusterSnapshot &before, const ClusterSnapshot &after, QList<Notice> &out)
{
    QHash<QString, bool> zkWasHealthy;
    for (const zookeeper::ZkServerStatus &z : before.zookeeper)
        zkWasHealthy.insert(z.hostPort, z.healthy);
    for (const zookeeper::ZkServerStatus &z : after.zookeeper) {
        if (!zkWasHealthy.contains(z.hostPort) || zkWasHealthy.value(z.hostPort) == z.healthy)
            continue;
        if (z.healthy) {
            out << Notice { Kind::HostBack, Severity::Info, QObject::tr("ZooKeeper member back"),
                            QObject::tr("ZooKeeper %1 answers again (%2).").arg(z.hostPort, z.mode) };
        } else {
            out << Notice { Kind::HostUnreachable, Severity::Error, QObject::tr("ZooKeeper member down"),
                            z.error.isEmpty()
                                ? QObject::tr("ZooKeeper %1 does not answer.").arg(z.hostPort)
                                : QObject::tr("ZooKeeper %1 does not answer: %2").arg(z.hostPort, z.error) };
        }
    }
}

void reachabilityNotices(const ClusterSnapshot &before, const ClusterSnapshot &after, QList<Notice> &out)
{
    masterNotices(before, after, out);
    marathonNotices(before, after, out);
    agentNotices(before, after, out);
    zookeeperNotices(before, after, out);
}

} // namespace

QList<Notice> noticesBetween(const ClusterSnapshot *before, const ClusterSnapshot &after)
{
    QList<Notice> notices;
    if (!before)
        return notices;
    leaderNotices(*before, after, notices);
    deploymentNotices(*before, after, notices);
    failureNotices(*before, after, notices);
    mesosTaskNotices(*before, after, notices);
    reachabilityNotices(*before, after, notices);
    return notices;
}

QList<Notice> NoticeFeed::next(const SnapshotPtr &snapshot, const QDateTime &now)
{
    if (!snapshot)
        return {};
    QList<Notice> notices = noticesBetween(m_previous.get(), *snapshot);
    m_previous = snapshot;
    // Forget keys old enough to be told again, so the map stays small.
    m_keys.removeIf([&now](QHash<QString, QDateTime>::iterator it) {
        return it.value().secsTo(now) >= kRepeatAfterSecs;
    });
    QList<Notice> fresh;
    for (Notice &n : notices) {
        if (n.key.startsWith(u"app-failed:")) {
            // An app's failure: told when it begins an episode, which runningAgain() ends.
            const bool begins = !m_failingApps.contains(n.appId);
            m_failingApps.insert(n.appId, QDateTime());
            if (begins)
                fresh << std::move(n);
            continue;
        }
        if (!n.key.isEmpty()) {
            if (m_keys.contains(n.key))
                continue;
            m_keys.insert(n.key, now);
        }
        fresh << std::move(n);
    }
    runningAgain(*snapshot, now, fresh);
    return fresh;
}

void NoticeFeed::runningAgain(const ClusterSnapshot &snapshot, const QDateTime &now, QList<Notice> &out)
{
    if (m_failingApps.isEmpty() || !isUp(snapshot.marathon) || !snapshot.apps)
        return;
    QSet<QString> listed;
    for (const marathon::App &app : *snapshot.apps) {
        const auto it = m_failingApps.find(app.id);
        if (it == m_failingApps.end())
            continue;
        listed.insert(app.id);
        if (app.instances <= 0) {
            m_failingApps.remove(app.id); // suspended: nothing left to run again
            continue;
        }
        const bool allRunning = app.tasksRunning >= app.instances && app.tasksUnhealthy == 0
            && (!app.hasHealthChecks || app.tasksHealthy >= app.instances);
        if (!allRunning) {
            it.value() = QDateTime();
            continue;
        }
        if (!it.value().isValid())
            it.value() = now;
        if (it.value().secsTo(now) < kRunningAgainAfterSecs)
            continue;
        out << Notice { Notice::Kind::AppRunningAgain,
                        Notice::Severity::Info,
                        QObject::tr("%1 running again").arg(app.id),
                        QObject::tr("All %n instance(s) running, with no new failure for %1 s.", nullptr,
                                    app.instances)
                            .arg(kRunningAgainAfterSecs),
                        QString(),
                        app.id };
        m_failingApps.remove(app.id);
    }
    m_failingApps.removeIf([&listed](QHash<QString, QDateTime>::iterator it) {
        return !listed.contains(it.key()); // destroyed
    });
}

} // namespace mc::cluster
