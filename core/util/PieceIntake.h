#pragma once

#include "core/util/Allocator.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace mc::util {

// A body parsed as it arrives, off the GUI thread: the owner's thread queues its pieces in order
// (push), one job at a time on the global thread pool feeds them to `Reader` (`Status
// feed(const char *, qsizetype)`, `Result<T> finish()`). After each piece `progress` runs on
// `context`'s thread (a reader of the body may have waited for the queue to shrink: queued());
// once the last piece is parsed, or a piece was bad, `done` runs there with the result, once.
// cancel() (or the context's end) stops the job at its next piece and calls nothing more.
// Once the body is read, the memory its pieces took is given back (releaseFreedMemory).
// Used for a big SUBSCRIBED (MasterSubscription) and a polled /master/state (ClusterWatcher).
template<typename Reader, typename T>
class PieceIntake : public std::enable_shared_from_this<PieceIntake<Reader, T>>
{
public:
    // `readerArguments` construct the Reader.
    template<typename... Arguments>
    PieceIntake(QObject *context, std::function<void()> progress, std::function<void(Result<T>)> done,
                Arguments &&...readerArguments)
        : m_context(context)
        , m_progress(std::move(progress))
        , m_done(std::move(done))
        , m_reader(std::forward<Arguments>(readerArguments)...)
    { }

    // The next piece; `last`: the body is complete with it.
    void push(QByteArray piece, bool last)
    {
        {
            const std::lock_guard lock(m_mutex);
            if (m_cancelled || m_over)
                return;
            m_queued += piece.size();
            m_pieces.push_back(std::move(piece));
            m_complete = last;
        }
        drain();
    }
    // The body is complete (after pieces pushed without `last`).
    void complete() { push(QByteArray(), true); }
    // Bytes queued and not yet parsed.
    [[nodiscard]] qsizetype queued() const { return m_queued.load(); }
    void cancel()
    {
        const std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_pieces.clear();
    }

private:
    void drain()
    {
        {
            const std::lock_guard lock(m_mutex);
            if (m_running || m_pieces.empty())
                return;
            m_running = true;
        }
        QThreadPool::globalInstance()->start([self = this->shared_from_this()] { self->run(); });
    }

    // On the pool: the queued pieces in order, until none is left or the result is known.
    void run()
    {
        for (;;) {
            QByteArray piece;
            bool last = false;
            {
                const std::lock_guard lock(m_mutex);
                if (m_cancelled || m_over || m_pieces.empty()) {
                    m_running = false;
                    return;
                }
                piece = std::move(m_pieces.front());
                m_pieces.pop_front();
                last = m_complete && m_pieces.empty();
            }
            const Status fed = m_reader.feed(piece.constData(), piece.size());
            m_queued -= piece.size();
            piece = QByteArray();
            std::optional<Result<T>> result;
            if (!fed.ok())
                result.emplace(fed.error());
            else if (last)
                result.emplace(m_reader.finish());
            if (result) {
                {
                    const std::lock_guard lock(m_mutex);
                    m_over = true; // later pieces are not read
                    m_pieces.clear();
                    m_running = false;
                }
                releaseFreedMemory(); // the body's pieces, tens of KB each, all freed now
            }
            const bool finished = result.has_value();
            if (finished || m_progress)
                tell(std::move(result));
            if (finished)
                return;
        }
    }

    void tell(std::optional<Result<T>> result)
    {
        QObject *context = m_context.data();
        if (!context)
            return;
        auto shared = std::make_shared<std::optional<Result<T>>>(std::move(result));
        QMetaObject::invokeMethod(
            context,
            [self = this->shared_from_this(), shared] {
                {
                    const std::lock_guard lock(self->m_mutex);
                    if (self->m_cancelled)
                        return;
                }
                if (shared->has_value())
                    self->m_done(std::move(**shared));
                else if (self->m_progress)
                    self->m_progress();
            },
            Qt::QueuedConnection);
    }

    QPointer<QObject> m_context;
    std::function<void()> m_progress;
    std::function<void(Result<T>)> m_done;
    std::mutex m_mutex;
    std::deque<QByteArray> m_pieces; // pushed, not yet parsed
    bool m_running = false; // a job is parsing the pieces
    bool m_complete = false; // the last piece is queued
    bool m_cancelled = false;
    bool m_over = false; // the result is known
    std::atomic<qsizetype> m_queued { 0 }; // bytes in m_pieces and the piece being parsed
    Reader m_reader; // touched by the running job only
};

} // namespace mc::util
