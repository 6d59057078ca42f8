#pragma once

#include "core/http/HttpClient.h"
#include "core/logs/LogSource.h"
#include "core/util/Result.h"

#include <QPointer>
#include <QUrl>

#include <functional>
#include <map>

class QTimer;

namespace mc::http {
class HttpClient;
struct HttpResponse;
} // namespace mc::http

namespace mc::logs {

struct TailOptions
{
    static constexpr int kMesosReadCap = 64 * 1024; // /files/read answers at most 16 pages

    int chunkBytes = kMesosReadCap;
    int fastPollMs = 250; // after a short (but not empty) chunk: data is flowing
    int idlePollMaxMs = 4000; // empty reads back off (doubling) up to this
    int retryMinMs = 500; // agent unreachable: first retry after this, doubling...
    int retryMaxMs = 15000; // ...up to this
    qint64 startOffset = 0; // where to start reading; -1: at the end, minus backlogBytes
    qint64 backlogBytes = qint64(1024) * 1024; // with startOffset -1: how much of the end to show first
    int readsInFlight = 6; // after a full chunk: reads of the next chunks already on their way (Qt opens up
                           // to 6 connections per host)
};

// Follows one file on a Mesos agent through /files/read by byte offset, the
// web UI's "pailer" corrected for bytes: the next position is always the
// requested offset plus the bytes received, so nothing is lost or read twice.
// Adaptive polling: a full chunk is followed at once, a short one after
// fastPollMs, empty reads back off up to idlePollMaxMs. An empty read probes
// the size: when it is below the position the file was truncated or rotated
// (restarted(), state Truncated) and reading starts again at 0. Transport
// errors and 5xx keep the position and retry with back-off (state Retrying).
// A 404 on /files/read retries once with the pre-1.8 /files/read.json.
// markFinished(): read to the end once more, then stop (state Finished).
class LogTail : public LogSource
{
    Q_OBJECT

public:
    LogTail(http::HttpClient *http, QUrl agentUrl, QString path, TailOptions options = {},
            QObject *parent = nullptr);
    ~LogTail() override;

    void start() override;
    void stop() override;
    void setPaused(bool paused) override;
    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool canReadRange() const override { return true; }
    void readRange(qint64 offset, qint64 length, QObject *context, RangeCallback callback) override;

    // The task ended: read what is left, then stop.
    void markFinished();

    [[nodiscard]] qint64 position() const { return m_position; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QUrl agentUrl() const { return m_agentUrl; }
    // /files/download of the whole file (pre-1.8 agents: download.json).
    [[nodiscard]] QUrl downloadUrl() const override;
    [[nodiscard]] int requestsMade() const { return m_requests; }

private:
    [[nodiscard]] QUrl readUrl(qint64 offset, qint64 length) const;
    void poll();
    // One read while not streaming: busy until the answer, which `handle` gets unless the
    // tail restarted (a new generation) in between.
    void readOne(const QUrl &url, std::function<void(const Result<http::HttpResponse> &)> handle);
    void schedule(int ms);
    void probeStart();
    void onRead(qint64 requested, const Result<http::HttpResponse> &response);
    void onStreamed(qint64 requested, const Result<http::HttpResponse> &response);
    void stopStreaming();
    void onProbe(const Result<http::HttpResponse> &response);
    void retryLater(const QString &why, const QString &detail);
    void fail(const QString &message, const QString &detail = {});
    void finish();
    void truncated(qint64 size);

    http::HttpClient *m_http;
    QUrl m_agentUrl;
    QString m_path;
    TailOptions m_options;
    QTimer *m_timer;
    qint64 m_position = 0;
    quint64 m_generation = 0; // replies of an older generation are ignored
    int m_idleMs = 0;
    int m_retryMs = 0;
    int m_requests = 0;
    bool m_running = false;
    bool m_started = false;
    bool m_streaming = false; // several reads in flight; answers delivered in offset order
    int m_inFlight = 0;
    qint64 m_requestedUpTo = 0;
    std::map<qint64, Result<http::HttpResponse>> m_arrived;
    bool m_busy = false;
    bool m_paused = false;
    bool m_finishing = false;
    bool m_legacy = false; // files/read.json (0.19-1.7 only)
    bool m_legacyTried = false;
    bool m_everRead = false;
    bool m_dropPartialLine = false;
};

} // namespace mc::logs
