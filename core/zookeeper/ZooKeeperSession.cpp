#include "core/zookeeper/ZooKeeperSession.h"

#include "core/zookeeper/ZkUrl.h"

#include <QCoreApplication>

// The synchronous API exists only in the multi-threaded client.
#define THREADED
#include <zookeeper/zookeeper.h>

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>

namespace mc::zookeeper {

namespace {

// The C client logs every failed connect attempt to stderr; errors reach the
// user through Result values instead.
void silenceClientLog()
{
    static std::once_flag once;
    std::call_once(once, [] {
        zoo_set_debug_level(ZOO_LOG_LEVEL_ERROR);
        if (FILE *null = std::fopen("/dev/null", "w"))
            zoo_set_log_stream(null);
    });
}

Error zkError(const QString &what, int rc)
{
    return { ZooKeeperSession::tr("ZooKeeper: %1 failed: %2.").arg(what, QString::fromUtf8(zerror(rc))),
             QString::number(rc) };
}
} // namespace

struct ZooKeeperSession::Handle
{
    zhandle_t *zh = nullptr;
    std::mutex mutex;
    std::condition_variable changed;
    bool connected = false;
    bool expired = false;

    ~Handle()
    {
        if (zh)
            zookeeper_close(zh);
    }

    static void watcher(zhandle_t *, int type, int state, const char *, void *context)
    {
        auto *self = static_cast<Handle *>(context);
        if (type != ZOO_SESSION_EVENT)
            return;
        std::lock_guard lock(self->mutex);
        self->connected = state == ZOO_CONNECTED_STATE;
        self->expired = state == ZOO_EXPIRED_SESSION_STATE;
        self->changed.notify_all();
    }
};

ZooKeeperSession::ZooKeeperSession(std::unique_ptr<Handle> handle)
    : m_handle(std::move(handle))
{ }

ZooKeeperSession::~ZooKeeperSession() = default;

Result<std::unique_ptr<ZooKeeperSession>> ZooKeeperSession::connect(const ZkUrl &url, int timeoutMs)
{
    silenceClientLog();
    auto handle = std::make_unique<Handle>();
    const QByteArray hosts = url.connectString().toUtf8();
    handle->zh = zookeeper_init(hosts.constData(), &Handle::watcher, qMax(timeoutMs, 2000), nullptr,
                                handle.get(), 0);
    if (!handle->zh)
        return Error { tr("ZooKeeper: cannot start a session with %1.").arg(url.connectString()), {} };
    {
        std::unique_lock lock(handle->mutex);
        const bool ready = handle->changed.wait_for(lock, std::chrono::milliseconds(timeoutMs),
                                                    [&] { return handle->connected || handle->expired; });
        if (!ready || !handle->connected) {
            return Error {
                tr("ZooKeeper at %1 did not answer within %2 s. Check that the ensemble runs and that "
                   "the hosts and ports are right.")
                    .arg(url.connectString())
                    .arg(timeoutMs / 1000.0),
                {}
            };
        }
    }
    if (!url.user.isEmpty()) {
        const QByteArray credentials = (url.user + u':' + url.password).toUtf8();
        zoo_add_auth(handle->zh, "digest", credentials.constData(), int(credentials.size()), nullptr,
                     nullptr);
    }
    return std::unique_ptr<ZooKeeperSession>(new ZooKeeperSession(std::move(handle)));
}

Result<QStringList> ZooKeeperSession::children(const QString &path)
{
    String_vector strings { 0, nullptr };
    const int rc = zoo_get_children(m_handle->zh, path.toUtf8().constData(), 0, &strings);
    if (rc == ZNONODE)
        return Error { tr("ZooKeeper has no node %1: no Mesos master registered there (check the path in the "
                          "zk:// URL).")
                           .arg(path),
                       {} };
    if (rc != ZOK)
        return zkError(tr("listing %1").arg(path), rc);
    QStringList names;
    for (int i = 0; i < strings.count; ++i)
        names << QString::fromUtf8(strings.data[i]);
    deallocate_String_vector(&strings);
    return names;
}

Result<QByteArray> ZooKeeperSession::data(const QString &path)
{
    QByteArray buffer(qsizetype(1024) * 1024, Qt::Uninitialized);
    int length = int(buffer.size());
    const int rc = zoo_get(m_handle->zh, path.toUtf8().constData(), 0, buffer.data(), &length, nullptr);
    if (rc != ZOK)
        return zkError(tr("reading %1").arg(path), rc);
    buffer.truncate(qMax(0, length));
    return buffer;
}

Result<QString> ZooKeeperSession::create(const QString &path, const QByteArray &data, bool sequential)
{
    // parents first
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    QString parent;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        parent += u'/' + parts[i];
        const int rc = zoo_create(m_handle->zh, parent.toUtf8().constData(), nullptr, -1,
                                  &ZOO_OPEN_ACL_UNSAFE, ZOO_PERSISTENT, nullptr, 0);
        if (rc != ZOK && rc != ZNODEEXISTS)
            return zkError(tr("creating %1").arg(parent), rc);
    }
    QByteArray created(1024, '\0');
    const int rc = zoo_create(m_handle->zh, path.toUtf8().constData(), data.constData(), int(data.size()),
                              &ZOO_OPEN_ACL_UNSAFE, sequential ? ZOO_PERSISTENT_SEQUENTIAL : ZOO_PERSISTENT,
                              created.data(), int(created.size()));
    if (rc != ZOK)
        return zkError(tr("creating %1").arg(path), rc);
    return QString::fromUtf8(created.constData());
}

Status ZooKeeperSession::remove(const QString &path)
{
    const int rc = zoo_delete(m_handle->zh, path.toUtf8().constData(), -1);
    if (rc != ZOK)
        return zkError(tr("deleting %1").arg(path), rc);
    return {};
}

} // namespace mc::zookeeper
