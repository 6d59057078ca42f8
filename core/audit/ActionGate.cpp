#include "core/audit/ActionGate.h"

namespace mc::audit {

ActionGate::ActionGate(Scope scope, AuditLog log)
    : m_scope(std::move(scope))
    , m_log(std::move(log))
{ }

Result<ActionGate::Ticket> ActionGate::admit(Action action) const
{
    const QString cluster
        = m_scope.cluster.isEmpty() ? tr("this cluster") : QStringLiteral("\"%1\"").arg(m_scope.cluster);
    std::optional<Error> refusal;
    if (m_scope.mode == ClusterMode::ReadOnly) {
        refusal = Error { tr("Refused: %1 is read-only, so %2 was not sent.").arg(cluster, action.name), {} };
    } else if (m_scope.mode == ClusterMode::Protected && !(m_confirm && m_confirm(action, m_scope.cluster))) {
        refusal
            = Error { tr("Refused: %1 is protected and %2 was not confirmed by typing the cluster's name.")
                          .arg(cluster, action.name),
                      {} };
        if (!m_toProceed.isEmpty())
            refusal->message += u' ' + m_toProceed;
    }
    if (refusal) {
        log(action, AuditEntry::Outcome::Refused, 0, refusal->message);
        return *refusal;
    }
    Ticket ticket;
    ticket.m_action = std::move(action);
    ticket.m_started.start();
    return ticket;
}

void ActionGate::finish(const Ticket &ticket, const Status &outcome) const
{
    log(ticket.m_action, outcome.ok() ? AuditEntry::Outcome::Ok : AuditEntry::Outcome::Failed,
        ticket.m_started.isValid() ? ticket.m_started.elapsed() : 0,
        outcome.ok() ? QString() : outcome.error().message);
}

void ActionGate::log(const Action &action, AuditEntry::Outcome outcome, qint64 durationMs,
                     const QString &error) const
{
    AuditEntry entry;
    entry.workspace = m_scope.workspace;
    entry.cluster = m_scope.cluster;
    entry.frontEnd = m_scope.frontEnd;
    entry.action = action.name;
    entry.targets = action.targets;
    entry.parameters = action.parameters;
    entry.outcome = outcome;
    entry.durationMs = durationMs;
    entry.error = error;
    if (const Status written = m_log.append(entry); !written && m_logFailed)
        m_logFailed(written.error());
}

} // namespace mc::audit
