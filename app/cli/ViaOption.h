#pragma once

#include "app/cli/CliCommand.h"

#include "core/ssh/SshSocksProxy.h"
#include "core/util/Result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <memory>

namespace mc::cli {

// `--via [user@]HOST[:PORT]` for every subcommand that talks HTTP: starts an
// SshSocksProxy to the jump host and routes every Qt network connection of the
// process through it (names resolved on the jump host). Key: --via-identity or
// the agent / ~/.ssh/config; password only from MC_SSH_PASSWORD; host keys from
// --via-known-hosts or ~/.ssh/known_hosts (unknown keys are refused).
class ViaOption
{
public:
    void addTo(CommandParser &parser) const;
    // Nothing to do without --via. Otherwise connects (errors are returned:
    // unreachable, host key, authentication) and keeps the proxy until destroyed.
    Status apply(const QCommandLineParser &parser) const;
    [[nodiscard]] static Result<ssh::HostSpec> parseHost(const QString &text);

private:
    QCommandLineOption m_via { QStringLiteral("via"),
                               QStringLiteral(
                                   "Reach the cluster through this SSH jump host ([user@]host[:port])."),
                               QStringLiteral("host") };
    QCommandLineOption m_identity { QStringLiteral("via-identity"),
                                    QStringLiteral("Private key for --via (default: agent, ~/.ssh/config)."),
                                    QStringLiteral("file") };
    QCommandLineOption m_knownHosts { QStringLiteral("via-known-hosts"),
                                      QStringLiteral("known_hosts for --via (default: ~/.ssh/known_hosts)."),
                                      QStringLiteral("file") };
    mutable std::unique_ptr<ssh::SshSocksProxy> m_proxy;
};

} // namespace mc::cli
