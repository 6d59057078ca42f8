// A zk:// URL as the Connect dialog, --master and workspaces take it (ZkUrl::parse).

#include "FuzzInput.h"

#include "core/zookeeper/ZkUrl.h"

MC_FUZZ_TARGET(fuzz_zk_url)
{
    QString text;
    if (!mc::fuzz::utf8Text(data, size, &text))
        return 0;
    const auto url = mc::zookeeper::ZkUrl::parse(text);
    if (url.ok())
        mc::fuzz::check(!url->hosts.isEmpty(), "a zk:// URL names a server");
    return 0;
}
