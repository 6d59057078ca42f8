#pragma once

#include "core/cluster/ResourceTotals.h"
#include "core/http/RecordIoReader.h"
#include "core/mesos/MasterStream.h"
#include "core/mesos/MesosParser.h"
#include "core/util/Pacer.h"
#include "core/util/PieceIntake.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>
#include <vector>

class QTimer;

namespace mc::http {
class HttpClient;
class HttpStream;
}

namespace mc::cluster {

// One SUBSCRIBE call on a Mesos master (v1 operator API, 1.1+): POSTs it
// (following a standby's 307 to the leader), splits the RecordIO answer,
// parses and applies the events to a mesos::MasterStream on the thread pool,
// in order, a batch at a time, and hands out the resulting lists.
//
// It never reconnects by itself: a stream that ends, breaks (bad RecordIO,
// an event that is not JSON), goes silent for two heartbeat intervals and
// some slack, or is refused ends in failed(); the owner resubscribes (to the
// leader of that moment, with back-off). `unsupported` says the master has no
// SUBSCRIBE (before 1.1: 400/404/405/501), so the owner polls instead.
class MasterSubscription : public QObject
{
    Q_OBJECT

public:
    // Events are applied in batches at most this often: each batch copies the
    // changed lists once, however many events it holds. A batch that costs more
    // (a big cluster) spaces the next ones further apart, up to kMaxBatchMs, so
    // that applying events takes at most kBatchShare of a core.
    static constexpr int kDefaultBatchMs = 300;
    static constexpr int kMaxBatchMs = 1000;
    static constexpr double kBatchShare = 0.1;
    static constexpr int kHeartbeatSlackMs = 5000;

    explicit MasterSubscription(http::HttpClient *client, QObject *parent = nullptr);
    ~MasterSubscription() override;

    void start(const QUrl &master);
    void stop();
    [[nodiscard]] bool isActive() const { return m_active; }
    // SUBSCRIBED arrived and nothing failed since.
    [[nodiscard]] bool isLive() const { return m_live; }
    [[nodiscard]] QUrl master() const { return m_master; }
    // The master that answered (after redirects).
    [[nodiscard]] QUrl answeredBy() const { return m_answeredBy; }

    void setBatchInterval(int ms) { m_batchMs = ms; }
    // From one batch to the next now (the interval, or more after a costly batch).
    [[nodiscard]] int nextBatchDelayMs() const;
    void setMaxRecordBytes(qsizetype bytes) { m_maxRecordBytes = bytes; }
    // Silence allowed before SUBSCRIBED (and with masters that send no heartbeats).
    void setConnectTimeout(int ms) { m_connectTimeoutMs = ms; }
    // A SUBSCRIBED longer than this is parsed as it arrives, a run of tasks at a time
    // (mesos::EventRecordReader), and never held whole; a shorter one is read whole first.
    static constexpr qsizetype kDefaultParseArrivingOver = qsizetype(16) * 1024 * 1024; // as WatcherConfig's
    void setParseArrivingOver(qsizetype bytes) { m_parseArrivingOver = bytes; }

Q_SIGNALS:
    // The lists after SUBSCRIBED (`subscribed` true: everything was replaced) or after a batch of events.
    // The lists after a batch of events, with their totals (summed on the worker).
    void updated(const mc::mesos::MasterStream::Lists &lists, bool subscribed,
                 const mc::cluster::ResourceTotals &totals);
    void failed(const mc::Error &reason, bool unsupported);

private:
    struct Batch;
    // A big SUBSCRIBED on its way through an EventRecordReader.
    using Intake = util::PieceIntake<mesos::EventRecordReader, mesos::MasterEvent>;
    void open(const QUrl &url, int redirects);
    void onBytes();
    void streamEnded(const QUrl &url);
    Status takePiece(const char *bytes, qsizetype size, bool last);
    void subscribedParsed(Result<mesos::MasterEvent> event);
    void processBatch();
    void fail(const Error &reason, bool unsupported = false);
    void armIdle();
    void idleTimedOut();
    void dropReply();

    http::HttpClient *m_client;
    QUrl m_master;
    QUrl m_answeredBy;
    QPointer<http::HttpStream> m_reply;
    QByteArray m_refusal; // the start of an HTTP error's body
    QTimer *m_idle;
    QTimer *m_batch;
    std::unique_ptr<http::RecordIoReader> m_reader;
    std::vector<QByteArray> m_records; // read, not yet applied
    std::shared_ptr<Intake> m_intake; // a big SUBSCRIBED being parsed as it arrives
    std::shared_ptr<mesos::MasterEvent> m_first; // that SUBSCRIBED, parsed, applied before m_records
    std::shared_ptr<mesos::MasterStream> m_stream; // touched by one batch at a time
    quint64 m_session = 0; // a batch of an earlier session is dropped
    bool m_active = false;
    bool m_live = false;
    bool m_working = false;
    int m_batchMs = kDefaultBatchMs;
    Pacer m_pacer { kBatchShare, 0, kMaxBatchMs };
    QElapsedTimer m_batchStarted;
    int m_connectTimeoutMs = 60000;
    int m_heartbeatMs = 0;
    qsizetype m_maxRecordBytes = http::RecordIoReader::kDefaultMaxRecordBytes;
    qsizetype m_parseArrivingOver = kDefaultParseArrivingOver;
};

} // namespace mc::cluster

Q_DECLARE_METATYPE(mc::mesos::MasterStream::Lists)
