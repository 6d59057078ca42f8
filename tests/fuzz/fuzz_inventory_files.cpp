// An inventory file with group_vars/ and host_vars/ beside it, read from disk
// the way File > Open does (InventoryImporter::importFile: format detection,
// TextFile checks, VarsDirectories). The input holds the files, separated by
// lines "%%": hosts, group_vars/all.yml, group_vars/masters.yml,
// host_vars/m1.yml, group_vars/agents/10.yaml.

#include "FuzzInput.h"

#include "core/inventory/InventoryImporter.h"
#include "core/inventory/YamlImporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace mc::inventory;

namespace {
const char *const kFiles[] = { "hosts", "group_vars/all.yml", "group_vars/masters.yml", "host_vars/m1.yml",
                               "group_vars/agents/10.yaml" };

void write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(content);
}
} // namespace

MC_FUZZ_TARGET(fuzz_inventory_files)
{
    static QTemporaryDir root;
    if (!root.isValid())
        mc::fuzz::fail("no temporary folder");
    QDir(root.path()).removeRecursively();
    QDir().mkpath(root.path());

    const QList<QByteArray> parts
        = mc::fuzz::parts(mc::fuzz::bytes(data, size), "%%", int(std::size(kFiles)));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        write(root.filePath(QString::fromLatin1(kFiles[i])), parts[i]);
        if (i > 0)
            (void)YamlImporter::parseVarsFile(QString::fromUtf8(parts[i]), QString::fromLatin1(kFiles[i]));
    }
    (void)InventoryImporter::importFile(root.filePath(QStringLiteral("hosts")));
    return 0;
}
