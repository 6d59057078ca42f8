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
    if (!file.open(QIODevice::WriteOnly)) {
        return Error { InventoryExporter::tr("Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()),
                       {} };
    }
    file.write(text.toUtf8());
    if (!file.commit()) {
        return Error { InventoryExporter::tr("Cannot write %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()),
                       {} };
    }
    return {};
}

bool safeFileName(const QString &name)
{
    return !name.isEmpty() && !name.contains(u'/') && !name.contains(u'\\') && name != QLatin1String(".")
        && name != QLatin1String("..") && !name.startsWith(u'.');
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
    for (const Group &g : inventory.groups()) {
        if (g.fileVars.isEmpty())
            continue;
        if (!safeFileName(g.name))
            return Error { tr("Cannot write group_vars for the group \"%1\".").arg(g.name), {} };
        files.insert(QStringLiteral("group_vars/%1.yml").arg(g.name), YamlExporter::varsFile(g.fileVars));
    }
    for (const Host &h : inventory.hosts()) {
        if (h.fileVars.isEmpty())
            continue;
        if (!safeFileName(h.name))
            return Error { tr("Cannot write host_vars for the host \"%1\".").arg(h.name), {} };
        files.insert(QStringLiteral("host_vars/%1.yml").arg(h.name), YamlExporter::varsFile(h.fileVars));
    }
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
