#include "core/logs/LogTail.h"

#include "core/http/HttpClient.h"
#include "core/logs/FilesReadReply.h"
#include "core/util/Logging.h"

#include <QTime>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace mc::logs {

LogTail::LogTail(http::HttpClient *http, QUrl agentUrl, QString path, TailOptions options, QObject *parent)
    : LogSource(parent)
    , m_http(http)
    , m_agentUrl(std::move(agentUrl))
    , m_path(std::move(path))
    , m_options(options)
    , m_timer(new QTimer(this))
{
    m_options.chunkBytes = std::clamp(m_options.chunkBytes, 1, TailOptions::kMesosReadCap);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LogTail::poll);
}

LogTail::~LogTail() = default;

QString LogTail::title() const
{
    return m_path.section(u'/', -1);
}

QUrl LogTail::readUrl(qint64 offset, qint64 length) const
{
    QUrl url = m_agentUrl;
    url.setPath(m_legacy ? QStringLiteral("/files/read.json") : QStringLiteral("/files/read"));
    QString query = QStringLiteral("path=") + QString::fromLatin1(QUrl::toPercentEncoding(m_path))
        + QStringLiteral("&offset=") + QString::number(offset);
    if (length >= 0)
        query += QStringLiteral("&length=") + QString::number(length);
    url.setQuery(query);
    return url;
}

QUrl LogTail::downloadUrl() const
{
    QUrl url = m_agentUrl;
    url.setPath(m_legacy ? QStringLiteral("/files/download.json") : QStringLiteral("/files/download"));
    url.setQuery(QStringLiteral("path=") + QString::fromLatin1(QUrl::toPercentEncoding(m_path)));
    return url;
}

void LogTail::start()
{
    if (m_running)
        return;
    m_running = true;
    m_paused = false;
    ++m_generation;
    m_busy = false;
    m_idleMs = 0;
    m_retryMs = 0;
    setState(LogState::Connecting, tr("Opening %1").arg(m_path));
    if (m_started) {
        poll(); // started again after stop(): go on from where it stopped
        return;
    }
    m_started = true;
    if (m_options.startOffset < 0) {
        probeStart();
    } else {
        m_position = m_options.startOffset;
        poll();
    }
}

void LogTail::stop()
{
    if (!m_running)
        return;
    stopStreaming();
    m_running = false;
    ++m_generation;
    m_busy = false;
    m_timer->stop();
    if (state() != LogState::Finished && state() != LogState::Failed)
        setState(LogState::Stopped);
}

void LogTail::setPaused(bool paused)
{
    if (!m_running || paused == m_paused)
        return;
    m_paused = paused;
    if (paused) {
        m_timer->stop();
        setState(LogState::Paused, tr("at byte %1").arg(m_position));
    } else {
        setState(LogState::Following);
        m_idleMs = 0;
        if (!m_busy)
            poll();
    }
}

void LogTail::markFinished()
{
    if (m_finishing)
        return;
    m_finishing = true;
    if (m_running && !m_busy && !m_paused) {
        m_timer->stop();
        poll();
    }
}

void LogTail::schedule(int ms)
{
    if (m_running && !m_paused)
        m_timer->start(ms);
}

void LogTail::probeStart()
{
    readOne(readUrl(-1, -1), [this](const Result<http::HttpResponse> &response) {
        if (!response.ok() || response->status >= 500) {
            retryLater(response.ok() ? tr("the agent answered %1").arg(response->status)
                                     : response.error().message,
                       response.ok() ? QString::fromUtf8(response->body.left(200)) : response.error().detail);
            return;
        }
        if (response->status == 404 && !m_legacy && !m_legacyTried) {
            m_legacy = m_legacyTried = true;
            qCInfo(lcLogs) << "The agent has no /files/read (HTTP 404): reading /files/read.json";
            probeStart();
            return;
        }
        if (!response->isSuccess()) {
            fail(tr("Cannot read %1: the agent answered %2.").arg(m_path).arg(response->status),
                 QString::fromUtf8(response->body.left(200)));
            return;
        }
        const auto reply = FilesReadReply::parse(response->body);
        if (!reply) {
            retryLater(reply.error().message, reply.error().detail);
            return;
        }
        m_everRead = true;
        m_position = std::max<qint64>(0, reply->offset - m_options.backlogBytes);
        m_dropPartialLine = m_position > 0;
        poll();
    });
}

void LogTail::poll()
{
    if (!m_running || m_paused)
        return;
    if (m_streaming) {
        while (m_inFlight < std::max(1, m_options.readsInFlight)) {
            const qint64 requested = m_requestedUpTo;
            m_requestedUpTo += m_options.chunkBytes;
            ++m_inFlight;
            ++m_requests;
            const quint64 generation = m_generation;
            m_http->get(readUrl(requested, m_options.chunkBytes), this,
                        [this, generation, requested](Result<http::HttpResponse> response) {
                            if (generation != m_generation)
                                return;
                            --m_inFlight;
                            onStreamed(requested, response);
                        });
        }
        return;
    }
    if (m_busy)
        return;
    if (m_options.startOffset < 0 && !m_everRead) {
        probeStart();
        return;
    }
    const qint64 requested = m_position;
    readOne(readUrl(requested, m_options.chunkBytes),
            [this, requested](const Result<http::HttpResponse> &response) { onRead(requested, response); });
}

void LogTail::readOne(const QUrl &url, std::function<void(const Result<http::HttpResponse> &)> handle)
{
    m_busy = true;
    ++m_requests;
    const quint64 generation = m_generation;
    m_http->get(url, this,
                [this, generation, handle = std::move(handle)](Result<http::HttpResponse> response) {
                    if (generation != m_generation)
                        return;
                    m_busy = false;
                    handle(response);
                });
}

void LogTail::onStreamed(qint64 requested, const Result<http::HttpResponse> &response)
{
    m_arrived.emplace(requested, response);
    for (auto it = m_arrived.find(m_position); m_streaming && it != m_arrived.end();
         it = m_arrived.find(m_position)) {
        const qint64 at = it->first;
        const Result<http::HttpResponse> next = std::move(it->second);
        m_arrived.erase(it);
        onRead(at, next);
    }
}

void LogTail::stopStreaming()
{
    if (!m_streaming)
        return;
    m_streaming = false;
    ++m_generation; // the reads still on their way are dropped
    m_inFlight = 0;
    m_arrived.clear();
}

void LogTail::onRead(qint64 requested, const Result<http::HttpResponse> &response)
{
    const bool fullChunk
        = response.ok() && response->isSuccess() && response->body.size() > m_options.chunkBytes;
    if (m_streaming && !fullChunk)
        stopStreaming(); // checked exactly below; sequential reads from here
    if (!response.ok()) {
        retryLater(response.error().message, response.error().detail);
        return;
    }
    const http::HttpResponse &r = response.value();
    if (r.status == 404 && !m_legacy && !m_legacyTried && !m_everRead) {
        m_legacy = m_legacyTried = true; // a pre-1.8 agent without the bare endpoint names
        qCInfo(lcLogs) << "The agent has no /files/read (HTTP 404): reading /files/read.json";
        poll();
        return;
    }
    if (r.status == 404) {
        fail(tr("%1 is gone: the agent no longer has this sandbox (garbage-collected, or the agent was "
                "replaced).")
                 .arg(m_path),
             QString::fromUtf8(r.body.left(200)));
        return;
    }
    if (r.status >= 500) {
        retryLater(tr("the agent answered %1").arg(r.status), QString::fromUtf8(r.body.left(200)));
        return;
    }
    if (!r.isSuccess()) {
        fail(tr("Cannot read %1: the agent answered %2.").arg(m_path).arg(r.status),
             QString::fromUtf8(r.body.left(200)));
        return;
    }
    auto reply = FilesReadReply::parse(r.body);
    if (!reply) {
        retryLater(reply.error().message, reply.error().detail);
        return;
    }
    m_everRead = true;
    m_retryMs = 0;
    if (state() == LogState::Connecting || state() == LogState::Retrying)
        setState(LogState::Following);

    QByteArray data = std::move(reply.value().data);
    if (data.isEmpty()) {
        // 0.19-0.23 answer offset = size when asked beyond the end: a smaller size is a truncation.
        if (reply->offset >= 0 && reply->offset < requested) {
            truncated(reply->offset);
            return;
        }
        if (m_finishing) {
            finish();
            return;
        }
        // Nothing new: did the file shrink under us? Probe its size.
        readOne(readUrl(-1, -1), [this](const Result<http::HttpResponse> &probe) { onProbe(probe); });
        return;
    }

    m_idleMs = 0;
    const qint64 received = data.size();
    qint64 at = requested;
    if (m_dropPartialLine) {
        const qsizetype newline = data.indexOf('\n');
        if (newline < 0) {
            data.clear();
        } else {
            data.remove(0, newline + 1);
            at += newline + 1;
            m_dropPartialLine = false;
        }
    }
    m_position = requested + received;
    deliver(at, data);
    if (!m_running || m_paused)
        return;
    if (received >= m_options.chunkBytes) {
        if (!m_streaming && m_options.readsInFlight > 1) {
            m_streaming = true; // more is waiting: keep several reads on their way
            m_requestedUpTo = m_position;
        }
        poll();
    } else {
        if (m_streaming)
            stopStreaming();
        schedule(m_options.fastPollMs);
    }
}

void LogTail::onProbe(const Result<http::HttpResponse> &response)
{
    if (!response.ok() || !response->isSuccess()) {
        if (response.ok() && response->status == 404) {
            fail(tr("%1 is gone: the agent no longer has this sandbox.").arg(m_path));
            return;
        }
        retryLater(response.ok() ? tr("the agent answered %1").arg(response->status)
                                 : response.error().message,
                   response.ok() ? QString() : response.error().detail);
        return;
    }
    const auto reply = FilesReadReply::parse(response->body);
    if (reply && reply->offset >= 0 && reply->offset < m_position) {
        truncated(reply->offset);
        return;
    }
    if (reply && reply->offset > m_position) {
        poll(); // it grew between the two requests
        return;
    }
    m_idleMs = m_idleMs == 0 ? m_options.fastPollMs : std::min(m_idleMs * 2, m_options.idlePollMaxMs);
    schedule(m_idleMs);
}

void LogTail::truncated(qint64 size)
{
    const QString why = tr("%1 shrank from %2 to %3 bytes at %4 (truncated or rotated); reading it again "
                           "from the start.")
                            .arg(m_path.section(u'/', -1))
                            .arg(m_position)
                            .arg(size)
                            .arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
    m_position = 0;
    m_dropPartialLine = false;
    m_idleMs = 0;
    Q_EMIT restarted(why);
    setState(LogState::Truncated, why);
    poll();
}

void LogTail::retryLater(const QString &why, const QString &detail)
{
    Q_UNUSED(detail)
    m_retryMs = m_retryMs == 0 ? m_options.retryMinMs : std::min(m_retryMs * 2, m_options.retryMaxMs);
    qCInfo(lcLogs).noquote() << QStringLiteral("Reading %1 failed (%2): trying again in %3 ms")
                                    .arg(m_path, why, QString::number(m_retryMs));
    setState(LogState::Retrying,
             tr("Agent unreachable (%1); retrying in %2 s")
                 .arg(why, QString::number(double(m_retryMs) / 1000.0, 'f', 1)));
    schedule(m_retryMs);
}

void LogTail::fail(const QString &message, const QString &detail)
{
    Q_UNUSED(detail)
    m_running = false;
    ++m_generation;
    m_timer->stop();
    setState(LogState::Failed, message);
}

void LogTail::finish()
{
    m_running = false;
    ++m_generation;
    m_timer->stop();
    setState(LogState::Finished, tr("Task finished; all %1 bytes read.").arg(m_position));
}

void LogTail::readRange(qint64 offset, qint64 length, QObject *context, RangeCallback callback)
{
    struct Job
    {
        qint64 start = 0;
        qint64 next = 0;
        qint64 end = 0;
        QByteArray bytes;
        QPointer<QObject> context;
        RangeCallback callback;
        std::function<void()> step;
    };
    auto job = std::make_shared<Job>();
    job->start = job->next = std::max<qint64>(0, offset);
    job->end = job->start + std::max<qint64>(0, length);
    job->context = context;
    job->callback = std::move(callback);
    job->step = [this, job] {
        if (job->next >= job->end) {
            if (job->context)
                job->callback(job->start, std::move(job->bytes), {});
            job->step = nullptr;
            return;
        }
        const qint64 want = std::min<qint64>(job->end - job->next, m_options.chunkBytes);
        m_http->get(readUrl(job->next, want), this, [job](Result<http::HttpResponse> response) {
            QString error;
            if (!response.ok())
                error = response.error().message;
            else if (!response->isSuccess())
                error = tr("The agent answered %1.").arg(response->status);
            auto reply = error.isEmpty() ? FilesReadReply::parse(response->body)
                                         : Result<FilesReadReply>(Error { error, {} });
            if (!reply) {
                if (job->context)
                    job->callback(job->start, std::move(job->bytes), reply.error().message);
                job->step = nullptr;
                return;
            }
            if (reply->data.isEmpty())
                job->end = job->next; // end of file
            job->bytes += reply->data;
            job->next += reply->data.size();
            job->step();
        });
    };
    job->step();
}

} // namespace mc::logs
