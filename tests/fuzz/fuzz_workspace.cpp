// A workspace file (*.mcw.yaml): read, checked, written and read back the same.

#include "FuzzInput.h"

#include "core/inventory/Workspace.h"

using namespace mc::inventory;

MC_FUZZ_TARGET(fuzz_workspace)
{
    QString text;
    if (!mc::fuzz::utf8Text(data, size, &text))
        return 0;
    const auto workspace = Workspace::fromText(text, QStringLiteral("fuzz.mcw.yaml"));
    if (!workspace.ok())
        return 0;
    (void)workspace->validate();
    (void)workspace->masters();
    (void)workspace->agents();
    (void)workspace->mesosEndpoints();
    (void)workspace->marathonEndpoints();
    (void)workspace->zookeeperConnectString();
    (void)workspace->hostsOf(QStringLiteral("all:!agents"));
    const auto written = workspace->toText();
    if (!written.ok())
        return 0;
    const auto reread = Workspace::fromText(written.value(), QStringLiteral("saved.mcw.yaml"));
    mc::fuzz::check(reread.ok(), "a saved workspace reads back");
    mc::fuzz::check(reread.value() == workspace.value(), "a saved workspace reads back the same");
    return 0;
}
