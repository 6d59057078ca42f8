#include "app/cli/GateCliOptions.h"

#include "core/inventory/Workspace.h"
#include "core/util/ShellQuote.h"

#include <QFileInfo>

namespace mc::cli {

void GateCliOptions::addTo(CommandParser &parser) const
{
    parser.addOption(m_readOnly);
    parser.addOption(m_cluster);
    parser.addOption(m_confirm);
}

std::shared_ptr<audit::ActionGate> GateCliOptions::gate(const CommandParser &parser,
                                                        const QString &fallbackCluster,
                                                        const QString &workspacePath) const
{
    audit::ActionGate::Scope scope;
    scope.cluster = fallbackCluster;
    scope.mode = audit::ClusterMode::ReadWrite;
    if (!workspacePath.isEmpty() && inventory::Workspace::isWorkspaceFile(workspacePath)) {
        // Read again here (the command read it already): a file it could not read was refused then.
        if (const auto ws = inventory::Workspace::load(workspacePath); ws) {
            if (!ws->profile().name.isEmpty())
                scope.cluster = ws->profile().name;
            scope.mode = ws->profile().mode;
            scope.workspace = QFileInfo(workspacePath).absoluteFilePath();
        }
    }
    if (parser.isSet(m_cluster))
        scope.cluster = parser.value(m_cluster);
    if (parser.isSet(m_readOnly))
        scope.mode = audit::ClusterMode::ReadOnly;
    scope.frontEnd = QStringLiteral("cli");
    auto gate = std::make_shared<audit::ActionGate>(scope);
    gate->setToProceed(
        QStringLiteral("To go ahead, type its name: --confirm-cluster %1").arg(mc::shellQuote(scope.cluster)));
    gate->setConfirm([typed = parser.value(m_confirm)](const audit::Action &, const QString &cluster) {
        return !typed.isEmpty() && typed == cluster;
    });
    gate->setLogFailed([](const Error &error) {
        const auto lock = lockOutput();
        err() << "warning: " << error.message << '\n';
        err().flush();
    });
    return gate;
}

} // namespace mc::cli
