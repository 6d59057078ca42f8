#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace mc::inventory {

// Ansible host patterns as inventory files write them: a host name, IPv4 or
// IPv6 address with an optional ":port" (IPv6 only in brackets), and ranges
// such as node[01:20], [a:f], [1:9:4]. Mirrors ansible's parse_address()
// and expand_hostname_range(), but refuses empty and oversized ranges that
// Ansible would silently turn into no hosts.
class HostPattern
{
    Q_DECLARE_TR_FUNCTIONS(mc::inventory::HostPattern)

public:
    // Most hosts one pattern may expand to.
    static constexpr int kMaxHosts = 100000;

    struct Expansion
    {
        QStringList hosts;
        std::optional<int> port;
        QString error; // empty when the pattern is fine
        qsizetype errorOffset = 0; // where in the pattern the problem is
    };

    // `iniRules` adds the INI plugin's checks (no trailing ':', no '---').
    [[nodiscard]] static Expansion expand(const QString &pattern, bool iniRules);

    // True when `name` is an IPv4 address, IPv6 address or host name
    // (Ansible's notion: letters, digits, '-', '_').
    [[nodiscard]] static bool isIPv4(const QString &name);
    [[nodiscard]] static bool isIPv6(const QString &name);
    [[nodiscard]] static bool isAnsibleHostName(const QString &name);
    // RFC 1123 host name: labels of letters, digits and '-', 1..63 chars, 253 in all.
    [[nodiscard]] static bool isDnsName(const QString &name);

    // Whether writing `name` as a pattern reads back as exactly this one host
    // and no port.
    [[nodiscard]] static bool roundTrips(const QString &name, bool iniRules);
};

} // namespace mc::inventory
