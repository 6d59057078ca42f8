// An Ansible INI inventory (IniImporter), then the console's own INI export of
// what it read, which must read back to the same inventory.

#include "FuzzInput.h"

#include "core/inventory/AnsibleJson.h"
#include "core/inventory/IniExporter.h"
#include "core/inventory/IniImporter.h"
#include "core/inventory/InventoryValidator.h"

using namespace mc::inventory;

MC_FUZZ_TARGET(fuzz_ini_inventory)
{
    QString text;
    if (!mc::fuzz::utf8Text(data, size, &text))
        return 0;
    const auto imported = IniImporter::parse(text, QStringLiteral("hosts.ini"));
    if (!imported.ok())
        return 0;
    const Inventory &inventory = imported->inventory;
    (void)InventoryValidator::validate(inventory);
    const auto written = IniExporter::write(inventory);
    if (!written.ok())
        return 0;
    const auto reread = IniImporter::parse(written.value(), QStringLiteral("export.ini"));
    mc::fuzz::check(reread.ok(), "the INI export reads back");
    // What ansible-inventory would list (as tst_InventoryExport compares).
    mc::fuzz::check(AnsibleJson::toJson(reread->inventory, AnsibleJson::Mode::Export)
                        == AnsibleJson::toJson(inventory, AnsibleJson::Mode::Export),
                    "the INI export reads back to the same inventory");
    return 0;
}
