#include "core/inventory/AnsibleJson.h"

#include "core/inventory/VariantUtil.h"

#include <QSet>

#include <functional>

namespace mc::inventory {

namespace {
// ansible.cli.inventory.INTERNAL_VARS: never printed.
QVariantMap withoutInternal(QVariantMap vars)
{
    static const char *const internal[] = { "ansible_diff_mode",
                                            "ansible_config_file",
                                            "ansible_facts",
                                            "ansible_forks",
                                            "ansible_inventory_sources",
                                            "ansible_limit",
                                            "ansible_playbook_python",
                                            "ansible_run_tags",
                                            "ansible_skip_tags",
                                            "ansible_verbosity",
                                            "ansible_version",
                                            "inventory_dir",
                                            "inventory_file",
                                            "inventory_hostname",
                                            "inventory_hostname_short",
                                            "groups",
                                            "group_names",
                                            "omit",
                                            "playbook_dir" };
    for (const char *name : internal)
        vars.remove(QLatin1String(name));
    return vars;
}
} // namespace

QVariantMap AnsibleJson::toVariant(const Inventory &inventory, Mode mode)
{
    QVariantMap results;
    QSet<QString> seen;
    // ansible.cli.inventory.InventoryCLI.json_inventory(): format_group.
    std::function<void(const QString &)> formatGroup = [&](const QString &name) {
        const Group *g = inventory.group(name);
        if (!g)
            return;
        QVariantMap entry;
        if (name != allGroupName() && !g->hosts.isEmpty())
            entry.insert(QStringLiteral("hosts"), QVariant(g->hosts));
        if (!g->children.isEmpty())
            entry.insert(QStringLiteral("children"), QVariant(g->children));
        if (mode == Mode::Export) {
            const QVariantMap vars = withoutInternal(inventory.exportGroupVars(name));
            if (!vars.isEmpty())
                entry.insert(QStringLiteral("vars"), vars);
        }
        for (const QString &child : g->children) {
            if (!seen.contains(child)) {
                seen.insert(child);
                formatGroup(child);
            }
        }
        if (!entry.isEmpty())
            results.insert(name, entry);
    };
    formatGroup(allGroupName());

    QVariantMap hostvars;
    for (const Host &h : inventory.hosts()) {
        const QVariantMap vars = withoutInternal(mode == Mode::Export ? inventory.exportHostVars(h.name)
                                                                      : inventory.effectiveVars(h.name));
        if (!vars.isEmpty())
            hostvars.insert(h.name, vars);
    }
    results.insert(QStringLiteral("_meta"), QVariantMap { { QStringLiteral("hostvars"), hostvars } });
    return results;
}

QByteArray AnsibleJson::toJson(const Inventory &inventory, Mode mode)
{
    QByteArray out = VariantUtil::toPythonJson(toVariant(inventory, mode));
    out.append('\n');
    return out;
}

} // namespace mc::inventory
