#include "core/inventory/YamlExporter.h"

#include "core/inventory/HostPattern.h"
#include "core/inventory/YamlWriter.h"

#include <QSet>

#include <functional>

namespace mc::inventory {

QString YamlExporter::varsFile(const QVariantMap &vars)
{
    QString out = QStringLiteral("---\n");
    if (vars.isEmpty())
        return out + QStringLiteral("{}\n");
    YamlWriter::appendBlock(out, vars, 0);
    return out;
}

Result<QString> YamlExporter::write(const Inventory &inventory)
{
    QString out;
    QSet<QString> groupsWritten;
    QSet<QString> hostsWritten;
    std::optional<Error> failure;

    std::function<void(const QString &, int)> writeGroup = [&](const QString &name, int indent) {
        if (failure)
            return;
        const QString pad(indent, u' ');
        const Group *g = inventory.group(name);
        if (groupsWritten.contains(name) || !g) {
            out += pad + YamlWriter::key(name, indent) + QStringLiteral(":\n");
            return;
        }
        groupsWritten.insert(name);
        QVariantMap vars = g->vars;
        if (g->priority != Group::kDefaultPriority)
            vars.insert(QStringLiteral("ansible_group_priority"), qlonglong(g->priority));
        if (g->hosts.isEmpty() && g->children.isEmpty() && vars.isEmpty()) {
            out += pad + YamlWriter::key(name, indent) + QStringLiteral(":\n");
            return;
        }
        out += pad + YamlWriter::key(name, indent) + QStringLiteral(":\n");
        if (!g->hosts.isEmpty()) {
            out += pad + QStringLiteral("  hosts:\n");
            for (const QString &h : g->hosts) {
                if (!HostPattern::roundTrips(h, false)) {
                    failure = Error { YamlExporter::tr(
                                          "Cannot write the host \"%1\" to YAML: Ansible would read the "
                                          "name as a range or a port. Rename the host.")
                                          .arg(h),
                                      {} };
                    return;
                }
                const QVariantMap hostVars = inventory.host(h)->vars;
                if (hostsWritten.contains(h) || hostVars.isEmpty()) {
                    out += pad + QStringLiteral("    ") + YamlWriter::key(h, indent + 4)
                        + QStringLiteral(":\n");
                } else {
                    YamlWriter::appendEntry(out, h, hostVars, indent + 4);
                }
                hostsWritten.insert(h);
            }
        }
        if (!vars.isEmpty())
            YamlWriter::appendEntry(out, QStringLiteral("vars"), vars, indent + 2);
        if (!g->children.isEmpty()) {
            out += pad + QStringLiteral("  children:\n");
            for (const QString &c : g->children)
                writeGroup(c, indent + 4);
        }
    };
    writeGroup(allGroupName(), 0);
    if (failure)
        return *failure;
    return out;
}

} // namespace mc::inventory
