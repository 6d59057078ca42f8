#include "core/inventory/InventoryImporter.h"

#include "core/inventory/IniImporter.h"
#include "core/inventory/TextFile.h"
#include "core/inventory/VarsDirectories.h"
#include "core/inventory/YamlImporter.h"

#include <QFileInfo>

namespace mc::inventory {

namespace {

bool yamlExtension(const QString &name)
{
    const QString suffix = QFileInfo(name).fileName();
    return suffix.endsWith(QLatin1String(".yml")) || suffix.endsWith(QLatin1String(".yaml"))
        || suffix.endsWith(QLatin1String(".json"));
}

bool noExtension(const QString &name)
{
    const QString file = QFileInfo(name).fileName();
    qsizetype start = 0;
    while (start < file.size() && file.at(start) == u'.')
        ++start;
    return file.lastIndexOf(u'.') <= start;
}

} // namespace

Result<ImportedInventory> InventoryImporter::importText(const QString &text, const QString &name,
                                                        std::optional<InventoryFormat> format)
{
    if (format == InventoryFormat::Yaml)
        return YamlImporter::parse(text, name);
    if (format == InventoryFormat::Ini)
        return IniImporter::parse(text, name);
    // Ansible tries its yaml plugin first (for these names), then ini.
    // Ansible tries its yaml plugin first for these names, then ini. A .yml
    // file is only read as YAML here: its YAML error is the useful one.
    if (yamlExtension(name))
        return YamlImporter::parse(text, name);
    if (noExtension(name)) {
        auto yaml = YamlImporter::parse(text, name);
        if (yaml)
            return yaml;
    }
    return IniImporter::parse(text, name);
}

Result<ImportedInventory> InventoryImporter::importFile(const QString &path,
                                                        std::optional<InventoryFormat> format,
                                                        bool readVarsDirectories)
{
    auto text = TextFile::read(path);
    if (!text)
        return text.error();
    auto imported = importText(text.value(), path, format);
    if (!imported)
        return imported;
    if (readVarsDirectories) {
        ImportedInventory result = std::move(imported).value();
        if (auto s = VarsDirectories::load(result.inventory, QFileInfo(path).absolutePath()); !s)
            return s.error();
        return result;
    }
    return imported;
}

} // namespace mc::inventory
