// An agent's /slave(1)/state (SandboxLocator): the sandbox of a task looked
// up by task id alone, with its framework, and with an executor id.

#include "FuzzInput.h"

#include "core/logs/SandboxLocator.h"

using namespace mc::logs;

MC_FUZZ_TARGET(fuzz_agent_state)
{
    const QByteArray body = mc::fuzz::bytes(data, size);
    const TaskRef refs[] = {
        { QStringLiteral("web.1"), {}, {} },
        { QStringLiteral("web.1"), QStringLiteral("marathon"), {} },
        { QStringLiteral("web.1"), QStringLiteral("marathon"), QStringLiteral("exec") },
        { {}, {}, {} },
    };
    for (const TaskRef &ref : refs)
        (void)SandboxLocator::locate(body, ref);
    return 0;
}
