#include "core/cluster/ClusterNotices.h"

#include <QHash>
#include <QObject>
#include <QSet>

namespace mc::cluster {

namespace {

using Kind = Notice::Kind;
using Severity = Notice::Severity;

bool isUp(const ConnectionState &state)
{
    return state.kind == ConnectionState::Kind::Live || state.kind == ConnectionState::Kind::Stale;
}

void leaderNotices(const ClusterSnapshot &before, const ClusterSnapshot &after, QList<Notice> &out)
{
    const QString was = before.leader ? before.leader->displayName() : QString();
    const QString now = after.leader ? after.leader->displayName() : QString();
    if (was == now)
        return;
    if (now.isEmpty()) {
        out << Notice { Kind::LeaderLost, Severity::Warning, QObject::tr("No leading master"),
                        QObject::tr("%1 no longer leads; the masters are electing a new leader.").arg(was) };
    } else if (!was.isEmpty() || before.electing) {
        out << Notice { Kind::LeaderChanged, Severity::Info, QObject::tr("Leader changed"),
                        was.isEmpty() ? QObject::tr("%1 was elected leading master.").arg(now)
                                      : QObject::tr("%1 now leads instead of %2.").arg(now, was) };
    }
}

void deploymentNotices(const ClusterSnapshot &before, const ClusterSnapshot &after, QList<Notice> &out)
{
    QSet<QString> still;
    for (const marathon::Deployment &d : *after.deployments)
        still.insert(d.id);
    if (!isUp(after.marathon))
        return; // an empty list from a failed read says nothing
    for (const marathon::Deployment &d : *before.deployments) {
        if (still.contains(d.id))
            continue;
        const QString apps = d.affectedApps.join(QStringLiteral(", "));
        out << Notice { Kind::DeploymentFinished, Severity::Info, QObject::tr("Deployment finished"),
                        apps.isEmpty() ? QObject::tr("Deployment %1 finished.").arg(d.id)
                                       : QObject::tr("The deployment of %1 finished.").arg(apps) };
    }
}

void failureNotices(const ClusterSnapshot &before, const ClusterSnapshot &after, QList<Notice> &out)
{
    QHash<QString, QString> lastFailure;
    for (const marathon::App &app : *before.apps)
        lastFailure.insert(app.id, app.lastTaskFailure ? app.lastTaskFailure->taskId : QString());
    for (const marathon::App &app : *after.apps) {
        if (!app.lastTaskFailure || !lastFailure.contains(app.id))
            continue;
        if (lastFailure.value(app.id) == app.lastTaskFailure->taskId)
            continue;
        const marathon::TaskFailure &f = *app.lastTaskFailure;
        out << Notice {
            Kind::TaskFailed, Severity::Error, QObject::tr("Task of %1 failed").arg(app.id),
            f.message.isEmpty()
                ? QObject::tr("%1 ended as %2 on %3.").arg(f.taskId, f.state, f.host)
                : QObject::tr("%1 ended as %2 on %3: %4").arg(f.taskId, f.state, f.host, f.message)
        };
    }
}

void reachabilityNotices(const ClusterSnapshot &before, const ClusterSnapshot &after, QList<Notice> &out)
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
    if (isUp(before.marathon) && after.marathon.kind == ConnectionState::Kind::Error) {
        out << Notice { Kind::HostUnreachable, Severity::Error, QObject::tr("Marathon unreachable"),
                        after.marathon.reason };
    }
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
    reachabilityNotices(*before, after, notices);
    return notices;
}

} // namespace mc::cluster
