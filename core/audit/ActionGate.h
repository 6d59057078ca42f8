#pragma once

#include "core/audit/AuditLog.h"
#include "core/audit/ClusterMode.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace mc::audit {

// One change as the user asked for it: "app.scale" of ["/web"] with {"instances": 3}.
struct Action
{
    QString name;
    QStringList targets;
    QJsonObject parameters; // never written unredacted: AuditLog::redacted()
};

// The one gate every change to a cluster or a host passes (MarathonClient's
// mutating calls, …): it refuses what the cluster's mode forbids, asks the front
// end to confirm on a protected cluster, and writes one audit line per change
// (refused ones included) once its outcome is known.
class ActionGate
{
    Q_DECLARE_TR_FUNCTIONS(mc::audit::ActionGate)

public:
    struct Scope
    {
        QString cluster; // its name, as the user knows it (the workspace's cluster name)
        QString workspace; // the workspace file, if any
        ClusterMode mode = ClusterMode::ReadWrite;
        QString frontEnd; // "gui", "cli"
    };
    // Protected clusters: true when the user confirmed `action` by typing `cluster`.
    using Confirm = std::function<bool(const Action &action, const QString &cluster)>;
    // The audit line could not be written (the change itself went through).
    using LogFailed = std::function<void(const Error &error)>;

    class Ticket
    {
    public:
        [[nodiscard]] const Action &action() const { return m_action; }

    private:
        friend class ActionGate;
        Action m_action;
        QElapsedTimer m_started;
    };

    explicit ActionGate(Scope scope, AuditLog log = AuditLog());

    [[nodiscard]] const Scope &scope() const { return m_scope; }
    // The GUI's gate follows the open workspace (its cluster's name and mode).
    void setScope(Scope scope) { m_scope = std::move(scope); }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setLogFailed(LogFailed logFailed) { m_logFailed = std::move(logFailed); }
    [[nodiscard]] const LogFailed &logFailed() const { return m_logFailed; }
    // Said after a protected cluster's refusal: how this front end goes ahead ("To go ahead…
    // --confirm-cluster prod"); the GUI asks in a dialog instead.
    void setToProceed(QString toProceed) { m_toProceed = std::move(toProceed); }

    // A ticket to go ahead, or why not (read-only; protected and not confirmed), in
    // which case the refusal is already logged.
    [[nodiscard]] Result<Ticket> admit(Action action) const;
    // Logs the change's outcome (ok, or failed with `outcome`'s error).
    void finish(const Ticket &ticket, const Status &outcome) const;

private:
    void log(const Action &action, AuditEntry::Outcome outcome, qint64 durationMs,
             const QString &error) const;

    Scope m_scope;
    AuditLog m_log;
    Confirm m_confirm;
    LogFailed m_logFailed;
    QString m_toProceed;
};

} // namespace mc::audit
