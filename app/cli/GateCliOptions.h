#pragma once

#include "app/cli/CliCommand.h"

#include "core/audit/ActionGate.h"

#include <QCommandLineOption>

#include <memory>

namespace mc::cli {

// The options of every command that changes a cluster: --read-only refuses every
// change before anything is sent (exit 1, the refusal logged), --cluster names the
// cluster in the audit log (core/audit; `mesos-console-cli audit` shows it).
class GateCliOptions
{
public:
    void addTo(CommandParser &parser) const;
    // The gate the command's changes pass; `fallbackCluster` names the cluster when
    // --cluster is not given (the host of the URL the command talks to). With a workspace
    // (-w), its cluster's name and mode count (--cluster and --read-only still win); a
    // protected cluster's changes need --confirm-cluster with its name.
    [[nodiscard]] std::shared_ptr<audit::ActionGate> gate(const CommandParser &parser,
                                                          const QString &fallbackCluster,
                                                          const QString &workspacePath = {}) const;

private:
    QCommandLineOption m_readOnly { QStringLiteral("read-only"),
                                    QStringLiteral(
                                        "Refuse every change before anything is sent (exit 1); the "
                                        "refusal goes to the audit log.") };
    QCommandLineOption m_cluster { QStringLiteral("cluster"),
                                   QStringLiteral(
                                       "The cluster's name in the audit log (default: the host of the "
                                       "URL)."),
                                   QStringLiteral("name") };
    QCommandLineOption m_confirm { QStringLiteral("confirm-cluster"),
                                   QStringLiteral("On a protected cluster (its workspace's mode): its name, "
                                                  "typed, to go ahead."),
                                   QStringLiteral("name") };
};

} // namespace mc::cli
