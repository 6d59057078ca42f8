#include "app/cli/ViaOption.h"

#include "core/http/HttpClient.h"

#include <QNetworkProxy>
#include <QRegularExpression>

namespace mc::cli {

void ViaOption::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({ m_via, m_identity, m_knownHosts });
}

Result<ssh::HostSpec> ViaOption::parseHost(const QString &text)
{
    ssh::HostSpec spec;
    QString rest = text.trimmed();
    if (const qsizetype at = rest.lastIndexOf(u'@'); at >= 0) {
        spec.user = rest.left(at);
        rest = rest.mid(at + 1);
    }
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return Error { QStringLiteral("--via '%1': missing ']'").arg(text), {} };
        const QString port = rest.mid(close + 2);
        rest = rest.mid(1, close - 1);
        if (!port.isEmpty())
            spec.port = port.toUShort();
    } else if (rest.count(u':') == 1) {
        bool ok = false;
        const quint16 port = rest.section(u':', 1).toUShort(&ok);
        if (!ok || port == 0)
            return Error { QStringLiteral("--via '%1' is not host:port with a port 1-65535").arg(text), {} };
        spec.port = port;
        rest = rest.section(u':', 0, 0);
    }
    if (rest.isEmpty() || rest.contains(QRegularExpression(QStringLiteral("[\\s;&|$`'\"<>()]"))))
        return Error { QStringLiteral("--via '%1' is not a host name or address").arg(text), {} };
    spec.name = rest;
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
    http::HttpClient::setDefaultProxy(http::HttpClient::socks5Proxy(m_proxy->port()));
    return {};
}

} // namespace mc::cli
