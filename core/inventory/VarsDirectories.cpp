#include "core/inventory/VarsDirectories.h"

#include "core/inventory/SourceError.h"
#include "core/inventory/TextFile.h"
#include "core/inventory/YamlImporter.h"

#include <QDir>
#include <QFileInfo>

#include <functional>

namespace mc::inventory {

namespace {

const QStringList kExtensions { QStringLiteral(".yml"), QStringLiteral(".yaml"), QStringLiteral(".json") };

// os.path.splitext(): the extension of the last component, ignoring leading dots.
QString extensionOf(const QString &fileName)
{
    qsizetype start = 0;
    while (start < fileName.size() && fileName.at(start) == u'.')
        ++start;
    const qsizetype dot = fileName.lastIndexOf(u'.');
    return dot > start ? fileName.mid(dot) : QString();
}

void collectDir(const QString &path, QStringList &out, int depth)
{
    if (depth > 20)
        return;
    QDir dir(path);
    QStringList names
        = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::NoSort);
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names)) {
        if (name.startsWith(u'.') || name.endsWith(u'~'))
            continue;
        const QString ext = extensionOf(name);
        const QString full = dir.filePath(name);
        const QFileInfo info(full);
        if (info.isDir() && ext.isEmpty())
            collectDir(full, out, depth + 1);
        else if (info.isFile() && (ext.isEmpty() || kExtensions.contains(ext)))
            out << full;
    }
}

Result<QVariantMap> loadFiles(const QStringList &files)
{
    QVariantMap merged;
    for (const QString &file : files) {
        auto text = TextFile::read(file);
        if (!text)
            return text.error();
        auto vars = YamlImporter::parseVarsFile(text.value(), file);
        if (!vars)
            return vars.error();
        for (auto it = vars->cbegin(); it != vars->cend(); ++it)
            merged.insert(it.key(), it.value());
    }
    return merged;
}

} // namespace

QStringList VarsDirectories::filesFor(const QString &dir, const QString &name)
{
    QStringList found;
    if (name.startsWith(u'/'))
        return found;
    const QString base = QDir(dir).filePath(name);
    for (const QString &ext : QStringList { QString() } + kExtensions) {
        const QString candidate = base + ext;
        const QFileInfo info(candidate);
        if (!info.exists())
            continue;
        if (info.isDir())
            collectDir(candidate, found, 0);
        else
            found << candidate;
        break;
    }
    return found;
}

namespace {

// The file layer of each group or host in `items` (a copy: `set` changes the inventory they
// come from), read from its files under `dir` (group_vars/ or host_vars/), if there is one.
template<typename Item>
Status loadEach(const QString &dir, const QList<Item> items,
                const std::function<void(const QString &name, const QVariantMap &vars)> &set)
{
    if (!QFileInfo(dir).isDir())
        return {};
    for (const Item &item : items) {
        const QStringList files = VarsDirectories::filesFor(dir, item.name);
        if (files.isEmpty())
            continue;
        auto vars = loadFiles(files);
        if (!vars)
            return vars.error();
        set(item.name, vars.value());
    }
    return {};
}

} // namespace

Status VarsDirectories::load(Inventory &inventory, const QString &baseDir)
{
    const QDir base(baseDir);
    if (Status groups = loadEach(
            base.filePath(QStringLiteral("group_vars")), inventory.groups(),
            [&](const QString &name, const QVariantMap &vars) { inventory.setGroupFileVars(name, vars); });
        !groups)
        return groups;
    return loadEach(
        base.filePath(QStringLiteral("host_vars")), inventory.hosts(),
        [&](const QString &name, const QVariantMap &vars) { inventory.setHostFileVars(name, vars); });
}

} // namespace mc::inventory
