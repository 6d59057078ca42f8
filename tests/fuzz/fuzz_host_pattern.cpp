// Host patterns and ranges as inventory files write them (HostPattern), and
// the patterns `--on` / Run Command take over a workspace (Workspace::hostsOf).
// The first byte picks the INI rules; the rest is the pattern.

#include "FuzzInput.h"

#include "core/inventory/HostPattern.h"
#include "core/inventory/Workspace.h"

using namespace mc::inventory;

namespace {
const Workspace &workspace()
{
    static const Workspace w = [] {
        const auto read = Workspace::fromText(QStringLiteral("mesos_console_workspace: 1\n"
                                                             "inventory:\n"
                                                             "  all:\n"
                                                             "    children:\n"
                                                             "      masters:\n"
                                                             "        hosts:\n"
                                                             "          m[1:3]: {zoo_id: 1}\n"
                                                             "      agents:\n"
                                                             "        hosts:\n"
                                                             "          a[01:12].example.com:\n"),
                                              QStringLiteral("fixed.mcw.yaml"));
        return read.ok() ? read.value() : Workspace();
    }();
    return w;
}
} // namespace

MC_FUZZ_TARGET(fuzz_host_pattern)
{
    if (size < 1)
        return 0;
    const bool iniRules = data[0] & 1;
    const QString pattern = QString::fromUtf8(mc::fuzz::bytes(data + 1, size - 1));
    const HostPattern::Expansion expansion = HostPattern::expand(pattern, iniRules);
    if (expansion.error.isEmpty()) {
        mc::fuzz::check(expansion.hosts.size() <= HostPattern::kMaxHosts,
                        "a pattern expands to at most kMaxHosts");
        // The per-host readers on the first hosts and the last: a range of 25,000 hosts checked
        // one by one took over libFuzzer's 10 s under ASan on a loaded machine, with nothing
        // the first few hundred do not already cover.
        constexpr qsizetype kHostsChecked = 256;
        QStringList checked = expansion.hosts.mid(0, kHostsChecked);
        if (expansion.hosts.size() > kHostsChecked)
            checked << expansion.hosts.constLast();
        for (const QString &host : checked) {
            (void)HostPattern::isIPv4(host);
            (void)HostPattern::isIPv6(host);
            (void)HostPattern::isDnsName(host);
            (void)HostPattern::roundTrips(host, iniRules);
        }
    } else {
        mc::fuzz::check(expansion.errorOffset >= 0 && expansion.errorOffset <= pattern.size(),
                        "an error points into the pattern");
    }
    (void)workspace().hostsOf(pattern);
    return 0;
}
