#pragma once

#include "core/provision/Plan.h"
#include "core/provision/RunProfile.h"
#include "core/provision/StepResult.h"
#include "core/ssh/SshSession.h"

#include <QHash>
#include <QSet>

#include <atomic>
#include <functional>
#include <optional>

namespace mc::provision {

struct ExecutionMode
{
    bool check = false; // change nothing; report what would change
    bool diff = false; // unified diffs of changed files also when applying
    bool become = true; // run through sudo
};

// Runs one role of one host on a connected session: its steps in order, then
// the handlers they notified (once each, in definition order, only when a
// notifying step changed something), then the role's closing wait_for steps
// (the waits after its last other step), so that a restarted service answers
// again before the next host of a serial batch or the next role starts.
// Every step compares what the host has with what it should have and acts
// only on a difference, so a second run changes nothing. Stops at the first
// failed step and at cancellation (between steps).
//
// A notified handler is not lost when the run stops before it (a later step
// failed, the run was cancelled, the host went away, the console died): it
// is recorded on the host (pendingPath()) before the change it follows is
// made, and cleared once it ran. The next run on that host runs it even when
// nothing changes then.
class StepExecutor
{
public:
    using StepCallback = std::function<void(const StepResult &)>;
    using LineCallback = std::function<void(const ssh::OutputLine &)>;

    StepExecutor(ssh::SshSession &session, ExecutionMode mode, StepCallback onStep, LineCallback onLine,
                 const std::atomic<bool> *cancelled = nullptr);

    // Told of work that is no step (the role's stat/checksum round trip), for the run's profile.
    void setSpanCallback(std::function<void(const TimedSpan &)> onSpan) { m_onSpan = std::move(onSpan); }

    enum class Outcome { Ok, Failed, Unreachable, Cancelled };
    Outcome runRole(const HostPlan &host, const RolePlan &role);

    // The remote shell scripts, for tests and for "commands that would run".
    [[nodiscard]] static QString packageScript(const PlannedStep &step, bool check);
    [[nodiscard]] static QString repositoryScript(const PlannedStep &step, bool check);
    [[nodiscard]] static QString directoryScript(const PlannedStep &step, bool check);
    [[nodiscard]] static QString commandScript(const PlannedStep &step, bool check);
    [[nodiscard]] static QString serviceScript(const PlannedStep &step, bool check);
    [[nodiscard]] static QString waitScript(const PlannedStep &step);

    // Exit status of the scripts meaning "changed" ("would change" in check mode).
    static constexpr int kChanged = 100;

    // Handlers notified but not yet run, on each host: one "<role>: <handler>"
    // per line.
    [[nodiscard]] static QString pendingPath();
    [[nodiscard]] static QString pendingEntry(const QString &role, const QString &handler);

private:
    struct FileState
    {
        bool exists = false;
        bool parentExists = true;
        QString sha256;
        QString mode;
        QString owner;
        QString group;
    };
    StepResult runStep(const HostPlan &host, const PlannedStep &step, bool handler);
    bool inspectRole(const HostPlan &host, const RolePlan &role);
    bool lookAtFile(const QString &dest, StepResult &result);
    bool makeParentFolder(const QString &dest, StepResult &result);
    void emitResult(const StepResult &result);
    std::optional<Outcome> runSteps(const HostPlan &host, const RolePlan &role, qsizetype from, qsizetype to,
                                    QHash<QString, qsizetype> *notified,
                                    QHash<QString, qsizetype> *startedAt);
    std::optional<Outcome> runHandlers(const HostPlan &host, const RolePlan &role,
                                       QHash<QString, qsizetype> notified,
                                       const QHash<QString, qsizetype> &startedAt);
    // `created`: set when the file did not exist and is (or would be) created.
    StepResult runFile(const PlannedStep &step, StepResult result, bool *created = nullptr);
    StepResult runScript(const QString &script, const PlannedStep &step, StepResult result, int timeoutMs);
    void inspect(const RolePlan &role);
    bool unreachable() const;
    // Shell that records (add) or clears (del) pending handler entries.
    [[nodiscard]] static QString pendingScript(const QString &op, const QStringList &entries);
    [[nodiscard]] QStringList entriesOf(const PlannedStep &step) const;
    Status markPending(const PlannedStep &step);
    void clearPending(const QStringList &entries);

    ssh::SshSession &m_session;
    ExecutionMode m_mode;
    StepCallback m_onStep;
    LineCallback m_onLine;
    const std::atomic<bool> *m_cancelled;
    std::function<void(const TimedSpan &)> m_onSpan;
    QHash<QString, FileState> m_files;
    QSet<QString> m_pending; // entries recorded on the host (read at the role's start, or added since)
    bool m_pendingKnown = false;
    bool m_lostConnection = false;
};

} // namespace mc::provision
