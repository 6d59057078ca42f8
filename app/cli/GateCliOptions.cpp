#include "app/cli/GateCliOptions.h"

namespace mc::cli {

void GateCliOptions::addTo(CommandParser &parser) const
{
    parser.addOption(m_readOnly);
    parser.addOption(m_cluster);
}

std::shared_ptr<audit::ActionGate> GateCliOptions::gate(const CommandParser &parser,
                                                        const QString &fallbackCluster) const
{
    audit::ActionGate::Scope scope;
    scope.cluster = parser.isSet(m_cluster) ? parser.value(m_cluster) : fallbackCluster;
    scope.mode = parser.isSet(m_readOnly) ? audit::ClusterMode::ReadOnly : audit::ClusterMode::ReadWrite;
    scope.frontEnd = QStringLiteral("cli");
    auto gate = std::make_shared<audit::ActionGate>(scope);
    gate->setLogFailed([](const Error &error) {
        const auto lock = lockOutput();
        err() << "warning: " << error.message << '\n';
        err().flush();
    });
    return gate;
}

} // namespace mc::cli
