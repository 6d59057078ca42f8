#include "core/inventory/InventoryValidator.h"

#include "core/inventory/HostPattern.h"
#include "core/inventory/VariantUtil.h"

#include <QHash>

namespace mc::inventory {

namespace {
using Severity = ValidationIssue::Severity;
const QString kZooId = QStringLiteral("zoo_id");
const QString kAnsibleHost = QStringLiteral("ansible_host");
const QString kAnsiblePort = QStringLiteral("ansible_port");
} // namespace

int InventoryValidator::zooId(const Inventory &inventory, const QString &host)
{
    const QVariantMap vars = inventory.effectiveVars(host);
    if (!vars.contains(kZooId))
        return -1;
    const QVariant v = vars.value(kZooId);
    switch (VariantUtil::kind(v)) {
    case VariantUtil::Kind::Int: {
        const qlonglong n = v.toLongLong();
        return n >= 0 && n < 1'000'000 ? int(n) : 0;
    }
    case VariantUtil::Kind::String: {
        bool ok = false;
        const int n = v.toString().trimmed().toInt(&ok);
        return ok ? n : 0;
    }
    default:
        return 0;
    }
}

QString InventoryValidator::address(const Inventory &inventory, const QString &host)
{
    const QVariant v = inventory.effectiveVars(host).value(kAnsibleHost);
    const QString a
        = VariantUtil::kind(v) == VariantUtil::Kind::Null ? QString() : VariantUtil::displayText(v);
    return a.trimmed().isEmpty() ? host : a.trimmed();
}

bool InventoryValidator::hasErrors(const ValidationIssues &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(),
                       [](const ValidationIssue &i) { return i.severity == Severity::Error; });
}

ValidationIssues InventoryValidator::validate(const Inventory &inventory, const RoleMapping &roles)
{
    ValidationIssues issues;
    const QStringList masters = roles.masters(inventory);
    const QStringList agents = roles.agents(inventory);
    checkRoleSizes(inventory, roles, masters, agents, &issues);
    checkMasters(inventory, masters, agents, &issues);
    checkHosts(inventory, &issues);
    return issues;
}

void InventoryValidator::checkRoleSizes(const Inventory &inventory, const RoleMapping &roles,
                                        const QStringList &masters, const QStringList &agents,
                                        ValidationIssues *out)
{
    ValidationIssues &issues = *out;
    const QString masterGroup = roles.masterGroupIn(inventory);
    if (masters.isEmpty()) {
        issues << ValidationIssue { Severity::Error,
                                    {},
                                    masterGroup,
                                    {},
                                    tr("There are no masters. Put 3 hosts into a group named \"%1\" "
                                       "(each with a zoo_id from 1 to 255).")
                                        .arg(masterGroup) };
    } else if (masters.size() == 1) {
        issues << ValidationIssue { Severity::Warning,
                                    {},
                                    masterGroup,
                                    {},
                                    tr("A single master has no failover: if it stops, the cluster "
                                       "stops. Use 3 masters for a cluster that survives one failure.") };
    } else if (masters.size() % 2 == 0) {
        issues << ValidationIssue { Severity::Error,
                                    {},
                                    masterGroup,
                                    {},
                                    tr("There are %1 masters. ZooKeeper needs an odd number (3 or 5) "
                                       "for a quorum: %1 masters survive no more failures than %2. Add "
                                       "or remove one.")
                                        .arg(masters.size())
                                        .arg(masters.size() - 1) };
    }
    if (agents.isEmpty() && !masters.isEmpty()) {
        issues << ValidationIssue { Severity::Warning,
                                    {},
                                    roles.agentGroupIn(inventory),
                                    {},
                                    tr("There are no agents, so tasks have nowhere to run. Add hosts "
                                       "to the group \"%1\".")
                                        .arg(roles.agentGroupIn(inventory)) };
    }
}

void InventoryValidator::checkMasters(const Inventory &inventory, const QStringList &masters,
                                      const QStringList &agents, ValidationIssues *out)
{
    ValidationIssues &issues = *out;
    QHash<int, QString> zooIds;
    for (const QString &m : masters) {
        const int id = zooId(inventory, m);
        if (id == -1) {
            issues << ValidationIssue { Severity::Error,
                                        m,
                                        {},
                                        kZooId,
                                        tr("The master %1 has no zoo_id. Give every master a unique "
                                           "zoo_id from %2 to %3 (its ZooKeeper myid).")
                                            .arg(m)
                                            .arg(kMinZooId)
                                            .arg(kMaxZooId) };
        } else if (id < kMinZooId || id > kMaxZooId) {
            issues << ValidationIssue {
                Severity::Error,
                m,
                {},
                kZooId,
                tr("The zoo_id of %1 is %2; it must be a whole number from %3 "
                   "to %4.")
                    .arg(m, VariantUtil::displayText(inventory.effectiveVars(m).value(kZooId)))
                    .arg(kMinZooId)
                    .arg(kMaxZooId)
            };
        } else if (zooIds.contains(id)) {
            issues << ValidationIssue { Severity::Error,
                                        m,
                                        {},
                                        kZooId,
                                        tr("The zoo_id %1 of %2 is already used by %3; every master "
                                           "needs its own.")
                                            .arg(id)
                                            .arg(m, zooIds.value(id)) };
        } else {
            zooIds.insert(id, m);
        }
        if (agents.contains(m)) {
            issues << ValidationIssue { Severity::Info,
                                        m,
                                        {},
                                        {},
                                        tr("%1 is both a master and an agent. That is allowed: it "
                                           "runs the master services and takes tasks.")
                                            .arg(m) };
        }
    }
}

void InventoryValidator::checkHosts(const Inventory &inventory, ValidationIssues *out)
{
    ValidationIssues &issues = *out;
    QHash<QString, QString> addresses;
    QHash<QString, QString> lowerNames;
    for (const Host &h : inventory.hosts()) {
        const QString addr = address(inventory, h.name);
        const bool fromVar = addr != h.name;
        const bool isIp = HostPattern::isIPv4(addr) || HostPattern::isIPv6(addr);
        if (!isIp && !HostPattern::isDnsName(addr)) {
            const bool underscoreOnly = HostPattern::isDnsName(QString(addr).replace(u'_', u'-'));
            if (underscoreOnly) {
                issues << ValidationIssue { Severity::Warning,
                                            h.name,
                                            {},
                                            fromVar ? kAnsibleHost : QString(),
                                            tr("\"%1\" contains '_', which is not valid in a DNS name; "
                                               "resolving it may fail. Set ansible_host to an IP "
                                               "address or use '-'.")
                                                .arg(addr) };
            } else {
                issues << ValidationIssue { Severity::Error,
                                            h.name,
                                            {},
                                            fromVar ? kAnsibleHost : QString(),
                                            fromVar ? tr("ansible_host \"%1\" of %2 is neither an IP "
                                                         "address nor a host name.")
                                                          .arg(addr, h.name)
                                                    : tr("\"%1\" is neither an IP address nor a host "
                                                         "name. Rename the host or set ansible_host.")
                                                          .arg(addr) };
            }
        }
        const QVariant port = inventory.effectiveVars(h.name).value(kAnsiblePort);
        if (port.isValid()) {
            bool ok = false;
            const int p = VariantUtil::displayText(port).toInt(&ok);
            if (!ok || p < 1 || p > 65535) {
                issues << ValidationIssue { Severity::Error,
                                            h.name,
                                            {},
                                            kAnsiblePort,
                                            tr("ansible_port of %1 is \"%2\"; use a port from 1 to "
                                               "65535 (22 for SSH).")
                                                .arg(h.name, VariantUtil::displayText(port)) };
            }
        }
        const QString key = addr.toLower();
        if (addresses.contains(key)) {
            issues << ValidationIssue { Severity::Warning,
                                        h.name,
                                        {},
                                        fromVar ? kAnsibleHost : QString(),
                                        tr("%1 and %2 both connect to %3. If they are one machine, "
                                           "keep one host and put it in both groups.")
                                            .arg(addresses.value(key), h.name, addr) };
        } else {
            addresses.insert(key, h.name);
        }
        const QString lower = h.name.toLower();
        if (lowerNames.contains(lower)) {
            issues << ValidationIssue { Severity::Warning,
                                        h.name,
                                        {},
                                        {},
                                        tr("%1 and %2 differ only in upper/lower case; DNS treats them "
                                           "as the same host.")
                                            .arg(lowerNames.value(lower), h.name) };
        } else {
            lowerNames.insert(lower, h.name);
        }
    }
}

} // namespace mc::inventory
