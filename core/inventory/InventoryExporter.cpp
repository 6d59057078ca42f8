#include "core/inventory/InventoryExporter.h"

#include "core/inventory/IniExporter.h"
#include "core/inventory/YamlExporter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace mc::inventory {

namespace {

Status saveText(const QString &path, const QString &text)
{
    QSaveFile file(path);
    const auto cannotWrite = [&] {
        return Error { InventoryExporter::tr("Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()),
                       {} };
    };
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite();
    file.write(text.toUtf8());
    if (!file.commit())
        return cannotWrite();
    return {};
}

bool safeFileName(const QString &name)
{
    return !name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\') && name != QLatin1String(".")
        && name != QLatin1String("..") && !name.startsWith(u'.');
}

// Adds the group_vars/ or host_vars/ file (`dir`) of each of `items` that has file variables;
// `refusal` (%1: the name) when a name cannot be a file's.
template<typename Item>
Status addVarsFiles(QMap<QString, QString> &files, const QString &dir, const QList<Item> &items,
                    const QString &refusal)
{
    for (const Item &item : items) {
        if (item.fileVars.isEmpty())
            continue;
        if (!safeFileName(item.name))
            return Error { refusal.arg(item.name), {} };
        files.insert(QStringLiteral("%1/%2.yml").arg(dir, item.name), YamlExporter::varsFile(item.fileVars));
    }
    return {};
}

} // namespace

InventoryFormat InventoryExporter::formatForPath(const QString &path)
{
    const QString lower = path.toLower();
    if (lower.endsWith(QLatin1String(".yml")) || lower.endsWith(QLatin1String(".yaml")))
        return InventoryFormat::Yaml;
    return InventoryFormat::Ini;
}

Result<QString> InventoryExporter::text(const Inventory &inventory, InventoryFormat format)
{
    return format == InventoryFormat::Yaml ? YamlExporter::write(inventory) : IniExporter::write(inventory);
}

Result<QMap<QString, QString>> InventoryExporter::varsFiles(const Inventory &inventory)
{
    QMap<QString, QString> files;
    if (Status groups = addVarsFiles(files, QStringLiteral("group_vars"), inventory.groups(),
                                     tr("Cannot write group_vars for the group \"%1\"."));
        !groups)
        return groups.error();
    if (Status hosts = addVarsFiles(files, QStringLiteral("host_vars"), inventory.hosts(),
                                    tr("Cannot write host_vars for the host \"%1\"."));
        !hosts)
        return hosts.error();
    return files;
}

Result<QStringList> InventoryExporter::writeFile(const Inventory &inventory, const QString &path,
                                                 InventoryFormat format)
{
    auto main = text(inventory, format);
    if (!main)
        return main.error();
    auto side = varsFiles(inventory);
    if (!side)
        return side.error();
    QStringList written;
    const QDir dir = QFileInfo(path).absoluteDir();
    for (auto it = side->cbegin(); it != side->cend(); ++it) {
        const QString full = dir.filePath(it.key());
        if (!QDir().mkpath(QFileInfo(full).absolutePath()))
            return Error { tr("Cannot create the folder for %1.").arg(QDir::toNativeSeparators(full)), {} };
        if (auto s = saveText(full, it.value()); !s)
            return s.error();
        written << full;
    }
    if (auto s = saveText(path, main.value()); !s)
        return s.error();
    written.prepend(path);
    return written;
}

} // namespace mc::inventory
