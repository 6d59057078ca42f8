#pragma once

#include "core/provision/Plan.h"
#include "core/provision/RunSummary.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mc::provision {

// One way a host differs from what the recipe would make of it.
struct DriftItem
{
    enum class Kind {
        File, // a file's content, mode or owner (diff when the content differs)
        Flag, // a running Mesos flag differs from the file the recipe writes
        Step, // a package, service, command or handler that would act
        Failed, // the check itself failed on this step
    };
    Kind kind = Kind::File;
    QString role;
    QString what; // path, flag name or step name
    QString message; // "would update /etc/mesos/zk", "running: 3, recipe writes: 2"
    QString diff; // unified diff (files)
    QString expected; // flags: what the recipe writes
    QString actual; // flags: what the process runs with
    QString warning; // e.g. the agent will need a new agent id
};

struct HostDrift
{
    QString host;
    bool reachable = true;
    QString error; // why it could not be checked
    int inSync = 0; // steps that need nothing
    QList<DriftItem> items;
    QStringList notes; // e.g. running flags not readable, and why

    [[nodiscard]] bool drifted() const { return !reachable || !items.isEmpty(); }
    [[nodiscard]] int count(DriftItem::Kind kind) const
    {
        int n = 0;
        for (const DriftItem &i : items)
            n += i.kind == kind;
        return n;
    }
};

struct DriftReport
{
    QList<HostDrift> hosts; // in plan order

    [[nodiscard]] QStringList driftedHosts() const
    {
        QStringList out;
        for (const HostDrift &h : hosts) {
            if (h.drifted())
                out << h.host;
        }
        return out;
    }
    [[nodiscard]] HostDrift *host(const QString &name)
    {
        for (HostDrift &h : hosts) {
            if (h.host == name)
                return &h;
        }
        return nullptr;
    }
    // Per host: "in sync" or its drift items, with diffs when `diffs`.
    [[nodiscard]] QString text(bool diffs = true) const;
};

// A running flag as the recipe's files would set it.
struct ExpectedFlag
{
    QString endpoint; // "/master/flags" or "/slave(1)/flags"
    QString name; // "quorum"
    QString value; // "2"
    QString file; // "/etc/mesos-master/quorum"
};

// Drift = check mode presented per host: a check-mode run (nothing changes)
// tells which files would change (with diffs) and what would act; the
// running Mesos flags, where a master or agent answers, tell whether the
// processes run with what their files say (a file changed by hand and the
// service not restarted, or restarted with other flags).
class Drift
{
public:
    // From a check-mode run of `plan` (RunOptions::check).
    [[nodiscard]] static DriftReport fromCheckRun(const Plan &plan, const RunSummary &checkRun);

    // The flags a host's Mesos master / agent should run with: one per file
    // the plan writes under /etc/mesos-master/, /etc/mesos-slave/ (the
    // init wrapper's file-per-flag layout) and /etc/mesos/zk (`zk` for the
    // master, `master` for the agent).
    [[nodiscard]] static QList<ExpectedFlag> expectedFlags(const HostPlan &host);
    // Differences between `expected` and a /flags answer ({"flags": {...}}).
    [[nodiscard]] static QList<DriftItem> compareFlags(const QList<ExpectedFlag> &expected,
                                                       const QJsonObject &flagsAnswer);

    // Asks every master (mesos_master_port, default 5050) and agent
    // (mesos_agent_port, default 5051) of the plan for its running flags
    // and adds the differences; an endpoint that does not answer adds a
    // note saying which and why. Blocking, all hosts at once, each bounded
    // by `timeoutMs`.
    static void addRunningFlags(DriftReport *report, const Plan &plan, int timeoutMs = 3000);
};

} // namespace mc::provision
