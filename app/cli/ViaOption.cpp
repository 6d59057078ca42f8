#include "app/cli/ViaOption.h"

#include "app/cli/SshCliOptions.h"

#include "core/http/HttpClient.h"

#include <QNetworkProxy>
#include <QPointer>
#include <QRegularExpression>

namespace mc::cli {

void ViaOption::addTo(CommandParser &parser) const
{
    parser.addOptions({ m_via, m_identity, m_knownHosts });
}

Result<ssh::HostSpec> ViaOption::parseHost(const QString &text)
{
    auto spec = parseHostSpec(text);
    if (!spec)
        return Error { QStringLiteral("--via: %1").arg(spec.error().message), {} };
    return spec;
}

Status ViaOption::apply(const QCommandLineParser &parser) const
{
    if (!parser.isSet(m_via))
        return {};
    const auto parsed = parseHost(parser.value(m_via));
    if (!parsed)
        return parsed.error();
    ssh::HostSpec host = *parsed;
    host.keyPath = parser.value(m_identity);
    host.password = qEnvironmentVariable("MC_SSH_PASSWORD");
    ssh::SessionOptions options;
    options.knownHostsPath = parser.value(m_knownHosts);
    m_proxy = std::make_unique<ssh::SshSocksProxy>(host, options);
    if (Status started = m_proxy->start(true); !started)
        return started;
    // A request failing later (--watch) names the jump host when it went away.
    http::HttpClient::setDefaultProxy(m_proxy->proxy(),
                                      [proxy = QPointer<ssh::SshSocksProxy>(m_proxy.get())] {
                                          return proxy ? proxy->problem() : QString();
                                      });
    return {};
}

} // namespace mc::cli
