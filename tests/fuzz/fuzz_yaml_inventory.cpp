// An Ansible YAML inventory (YamlImporter), then the console's own YAML export
// of what it read, which must read back to the same inventory.

#include "FuzzInput.h"

#include "core/inventory/AnsibleJson.h"
#include "core/inventory/InventoryValidator.h"
#include "core/inventory/YamlExporter.h"
#include "core/inventory/YamlImporter.h"

using namespace mc::inventory;

MC_FUZZ_TARGET(fuzz_yaml_inventory)
{
    QString text;
    if (!mc::fuzz::utf8Text(data, size, &text))
        return 0;
    const auto imported = YamlImporter::parse(text, QStringLiteral("hosts.yml"));
    if (!imported.ok())
        return 0;
    const Inventory &inventory = imported->inventory;
    (void)InventoryValidator::validate(inventory);
    const auto written = YamlExporter::write(inventory);
    if (!written.ok())
        return 0;
    const auto reread = YamlImporter::parse(written.value(), QStringLiteral("export.yml"));
    mc::fuzz::check(reread.ok(), "the YAML export reads back");
    // What ansible-inventory would list (as tst_InventoryExport compares).
    mc::fuzz::check(AnsibleJson::toJson(reread->inventory, AnsibleJson::Mode::Export)
                        == AnsibleJson::toJson(inventory, AnsibleJson::Mode::Export),
                    "the YAML export reads back to the same inventory");
    return 0;
}
