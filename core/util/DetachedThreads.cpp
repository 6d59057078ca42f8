#include "core/util/DetachedThreads.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QSet>
#include <QThread>

namespace mc::util {

namespace {
// How long the application's end waits for detached threads, all together.
constexpr int kExitWaitMs = 15000;

struct Registry
{
    QMutex mutex;
    QSet<QThread *> threads;
    bool routineAdded = false;
};

Registry &registry()
{
    static Registry r;
    return r;
}

void waitForDetached()
{
    QSet<QThread *> threads;
    {
        const QMutexLocker lock(&registry().mutex);
        threads = std::exchange(registry().threads, {});
    }
    const QDeadlineTimer deadline(kExitWaitMs);
    for (QThread *thread : std::as_const(threads)) {
        if (thread->wait(deadline))
            delete thread;
    }
}
} // namespace

void detachThread(QThread *thread)
{
    {
        const QMutexLocker lock(&registry().mutex);
        registry().threads.insert(thread);
        if (!std::exchange(registry().routineAdded, true))
            qAddPostRoutine(waitForDetached);
    }
    QObject::connect(thread, &QThread::finished, thread, [thread] {
        {
            const QMutexLocker lock(&registry().mutex);
            registry().threads.remove(thread);
        }
        thread->deleteLater();
    });
}

int detachedThreadCount()
{
    const QMutexLocker lock(&registry().mutex);
    return int(registry().threads.size());
}

} // namespace mc::util
