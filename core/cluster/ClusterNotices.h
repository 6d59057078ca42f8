#pragma once

#include "core/cluster/ClusterSnapshot.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace mc::cluster {

// Something a person should hear about without watching the views.
struct Notice
{
    enum class Severity { Info, Warning, Error };
    enum class Kind {
        LeaderChanged,
        LeaderLost,
        DeploymentFinished,
        TaskFailed,
        HostUnreachable,
        HostBack,
        DeploymentFailed,
        AppRunningAgain, // after a TaskFailed: all its instances ran NoticeFeed::kRunningAgainAfterSecs
        Message // a message of the window (banner), kept whole in the panel
    };

    Kind kind = Kind::LeaderChanged;
    Severity severity = Severity::Info;
    QString title;
    QString text;
    // Notices with the same non-empty key say the same thing: NoticeFeed lets
    // one through per NoticeFeed::kRepeatAfterSecs ("deployment-failing:<id>",
    // "task-failed:<task id>"), and one "app-failed:<app id>" per failure episode.
    QString key = {};
    // What the notice is about, for going to it (the notifications panel opens it): an app, a task.
    QString appId = {};
    QString taskId = {};

    bool operator==(const Notice &) const = default;
};

// What changed between two consecutive snapshots that deserves a notice:
// the leading Mesos master or Marathon instance changed or was lost; a
// deployment left the list (finished, or failed when Marathon said so on its
// event stream, with the apps' task failures since it began) or began and
// ended between two reads (told by its event); an app reported a new task failure (during a
// deployment of the app: the deployment is failing); a task of another framework ended TASK_FAILED / LOST /
// ERROR; a master, an agent, a ZooKeeper member or Marathon became unreachable or came back; a master
// left or joined the ones registered in ZooKeeper (a leader that left is told with the leader's
// change). The first snapshot (no `before`) yields nothing.
[[nodiscard]] QList<Notice> noticesBetween(const ClusterSnapshot *before, const ClusterSnapshot &after);

// Feeds successive snapshots through noticesBetween and drops repeats: the
// first snapshot says nothing, a notice whose key was let through less than
// kRepeatAfterSecs ago is dropped. An app's task failures are told per episode:
// the first failure is told, further ones are not (a task flapping, or failing
// again and again under Marathon's back-off, is one notice, not one per retry)
// until the app is running again, which is told too (AppRunningAgain): all its
// instances running, healthy where it has health checks, for
// kRunningAgainAfterSecs with no new failure. An app destroyed or scaled to 0
// ends its episode without a word.
class NoticeFeed
{
public:
    static constexpr int kRepeatAfterSecs = 10 * 60;
    static constexpr int kRunningAgainAfterSecs = 30;

    [[nodiscard]] QList<Notice> next(const SnapshotPtr &snapshot,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    void runningAgain(const ClusterSnapshot &snapshot, const QDateTime &now, QList<Notice> &out);

    SnapshotPtr m_previous;
    QHash<QString, QDateTime> m_keys;
    // Apps in a failure episode -> since when all their instances run (null: not all of them).
    QHash<QString, QDateTime> m_failingApps;
};

} // namespace mc::cluster
