#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace mc::zookeeper {

struct ZkUrl;

// A blocking session with the ZooKeeper C client (libzookeeper-mt). Every call
// waits for the server: use it off the GUI thread only.
class ZooKeeperSession
{
    Q_DECLARE_TR_FUNCTIONS(mc::zookeeper::ZooKeeperSession)

public:
    ~ZooKeeperSession();
    ZooKeeperSession(const ZooKeeperSession &) = delete;
    ZooKeeperSession &operator=(const ZooKeeperSession &) = delete;

    // Connects to any of the hosts (and authenticates with digest credentials when given).
    [[nodiscard]] static Result<std::unique_ptr<ZooKeeperSession>> connect(const ZkUrl &url, int timeoutMs);

    [[nodiscard]] Result<QStringList> children(const QString &path);
    [[nodiscard]] Result<QByteArray> data(const QString &path);
    // Creates a persistent node (with the parents it needs); returns the created path.
    Result<QString> create(const QString &path, const QByteArray &data, bool sequential = false);
    Status remove(const QString &path);

private:
    struct Handle;
    explicit ZooKeeperSession(std::unique_ptr<Handle> handle);
    std::unique_ptr<Handle> m_handle;
};

} // namespace mc::zookeeper
