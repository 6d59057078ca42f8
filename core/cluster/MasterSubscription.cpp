#include "core/cluster/MasterSubscription.h"

#include "core/http/HttpClient.h"
#include "core/http/HttpStream.h"
#include "core/mesos/MesosParser.h"
#include "core/util/Logging.h"

#include <QMetaObject>
#include <QThreadPool>
#include <QTimer>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace mc::cluster {

namespace {
const QByteArray kSubscribeCall = R"({"type":"SUBSCRIBE"})";
// The stream's socket buffers at most this much (beyond it the master waits: TCP's flow
// control), and it is read this much at a time: a 200 MB SUBSCRIBED record is never held
// whole in a buffer of the transport, nor read in one piece.
constexpr qint64 kReplyBufferBytes = qint64(4) * 1024 * 1024;
constexpr qint64 kReadBytes = qint64(1024) * 1024;
// A SUBSCRIBED parsed as it arrives: pieces read from the stream and not yet parsed. Beyond
// this, reading waits for the parse (and so, through kReplyBufferBytes, does the master).
constexpr qsizetype kMaxQueuedBytes = qsizetype(8) * 1024 * 1024;
// Of a refusal's body (an HTTP error instead of the stream), this much is kept for the message.
constexpr qsizetype kRefusalBytes = 1024;

// Answers of a master whose /api/v1 does not know SUBSCRIBE (or has no /api/v1 at all).
bool meansUnsupported(int status)
{
    return status == 400 || status == 404 || status == 405 || status == 501;
}

QString shown(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery);
}
} // namespace

// What a batch produced on the thread pool.
struct MasterSubscription::Batch
{
    quint64 session = 0;
    std::optional<mesos::MasterStream::Lists> lists;
    ResourceTotals totals; // of the lists
    bool subscribed = false;
    double heartbeatSeconds = 0;
    std::optional<Error> error;
    qint64 costNs = 0; // applying the batch, on the worker
};

MasterSubscription::MasterSubscription(http::HttpClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_idle(new QTimer(this))
    , m_batch(new QTimer(this))
{
    m_idle->setSingleShot(true);
    m_batch->setSingleShot(true);
    // The timer can fire when the thread comes back from a long piece of
    // work (a big state applied to the models) while the bytes the network
    // thread delivered meanwhile still wait in the event queue behind it.
    // Those go first; only then is the silence judged.
    connect(m_idle, &QTimer::timeout, this, [this] {
        QMetaObject::invokeMethod(this, &MasterSubscription::idleTimedOut, Qt::QueuedConnection);
    });
    connect(m_batch, &QTimer::timeout, this, &MasterSubscription::processBatch);
}

void MasterSubscription::idleTimedOut()
{
    // Bytes that waited in the queue armed the timer again (onBytes). Not a
    // clock comparison: a coarse QTimer may fire a little early.
    if (!m_active || m_idle->isActive())
        return;
    fail({ m_live ? tr("The event stream of %1 missed its heartbeats (none for %2 s); subscribing again.")
                        .arg(shown(m_answeredBy), QString::number(m_idle->interval() / 1000))
                  : tr("The event stream of %1 sent nothing for %2 s; subscribing again.")
                        .arg(shown(m_answeredBy), QString::number(m_idle->interval() / 1000)),
           {} });
}

MasterSubscription::~MasterSubscription()
{
    dropReply();
}

void MasterSubscription::start(const QUrl &master)
{
    stop();
    m_master = master;
    m_active = true;
    ++m_session;
    m_stream = std::make_shared<mesos::MasterStream>();
    m_reader = std::make_unique<http::RecordIoReader>(m_maxRecordBytes);
    m_reader->streamFirstRecordOver(m_parseArrivingOver, [this](const char *bytes, qsizetype size, bool last) {
        return takePiece(bytes, size, last);
    });
    m_heartbeatMs = 0;
    open(master, 0);
}

void MasterSubscription::stop()
{
    ++m_session;
    dropReply();
    m_idle->stop();
    m_batch->stop();
    m_records.clear();
    if (m_intake)
        m_intake->cancel();
    m_intake.reset();
    m_first.reset();
    m_reader.reset(); // with the record it was reading: up to a whole SUBSCRIBED
    m_active = false;
    m_live = false;
    m_working = false;
}

void MasterSubscription::dropReply()
{
    if (http::HttpStream *stream = std::exchange(m_reply, nullptr)) {
        stream->disconnect(this);
        stream->abort();
        stream->deleteLater();
    }
}

void MasterSubscription::armIdle()
{
    m_idle->start(m_heartbeatMs > 0 ? 2 * m_heartbeatMs + kHeartbeatSlackMs : m_connectTimeoutMs);
}

void MasterSubscription::open(const QUrl &url, int redirects)
{
    QUrl api = url;
    api.setPath(QStringLiteral("/api/v1"));
    api.setQuery(QString());
    m_answeredBy = url;
    m_refusal.clear();
    auto *stream = new http::HttpStream(m_client, kReplyBufferBytes, this);
    m_reply = stream;
    armIdle();
    connect(stream, &http::HttpStream::headersReceived, this, [this, stream, url, redirects] {
        const QByteArray location = stream->header("Location");
        if (stream != m_reply || !http::HttpClient::isRedirect(stream->status()) || location.isEmpty()
            || redirects >= m_client->options().maxRedirects)
            return;
        const QUrl next = http::HttpClient::resolveLocation(stream->url(), location);
        qCDebug(lcMesos).noquote() << shown(url) << "sends SUBSCRIBE on to" << shown(next);
        dropReply();
        open(QUrl(next.toString(QUrl::RemovePath | QUrl::RemoveQuery)), redirects + 1);
    });
    connect(stream, &http::HttpStream::readyRead, this, [this, stream] {
        if (stream == m_reply)
            onBytes();
    });
    connect(stream, &http::HttpStream::finished, this, [this, stream, url] {
        if (stream == m_reply)
            streamEnded(url);
    });
    stream->post(api, kSubscribeCall,
                 { { "Content-Type", "application/json" }, { "Accept", "application/json" } });
}

// Every byte of the stream was read (HttpStream tells its end only then).
void MasterSubscription::streamEnded(const QUrl &url)
{
    const int status = m_reply->status();
    const std::optional<Error> broken = m_reply->error();
    dropReply();
    if (status == 0) {
        fail(m_client->explain(
            broken.value_or(Error { tr("%1 closed its event stream.").arg(shown(url)), {} })));
        return;
    }
    if (status != 200) {
        const QString body = QString::fromUtf8(m_refusal);
        if (meansUnsupported(status))
            fail({ tr("%1 has no event stream (SUBSCRIBE answered HTTP %2); polling its state instead.")
                       .arg(shown(url), QString::number(status)),
                   body },
                 true);
        else if (status == 401 || status == 403)
            fail({ tr("%1 refused the event stream (HTTP %2): check the user and password or token of the "
                      "cluster profile.")
                       .arg(shown(url), QString::number(status)),
                   body });
        else
            fail({ tr("The event stream of %1 was refused with HTTP %2.")
                       .arg(shown(url), QString::number(status)),
                   body });
        return;
    }
    // A record cut short says more than the connection's end (whose reason is the detail).
    const Status ended = m_reader->finish();
    if (!ended.ok())
        fail(ended.error());
    else
        fail({ tr("%1 closed its event stream.").arg(shown(m_answeredBy)),
               broken ? broken->message : QString() });
}

void MasterSubscription::onBytes()
{
    http::HttpStream *stream = m_reply;
    if (!stream || !m_reader || stream->status() == 0)
        return;
    QByteArray bytes(qsizetype(kReadBytes), Qt::Uninitialized);
    if (stream->status() != 200) { // a refusal or a redirect: its start is kept for the message
        for (qint64 read; (read = stream->read(bytes.data(), kReadBytes)) > 0;)
            m_refusal.append(bytes.constData(), qMin(qsizetype(read), kRefusalBytes - m_refusal.size()));
        return;
    }
    armIdle();
    const qsizetype before = qsizetype(m_records.size());
    for (;;) {
        if (m_intake && m_intake->queued() > kMaxQueuedBytes)
            break; // the intake's parse catches up first, then reads on (drainIntake)
        const qint64 read = stream->read(bytes.data(), kReadBytes);
        if (read <= 0)
            break;
        const Status fed = m_reader->feed(bytes.constData(), qsizetype(read), m_records);
        if (!fed.ok()) {
            fail(fed.error());
            return;
        }
    }
    if (qsizetype(m_records.size()) == before || m_working || m_batch->isActive())
        return;
    m_batch->start(m_live ? nextBatchDelayMs() : 0); // SUBSCRIBED at once
}

Status MasterSubscription::takePiece(const char *bytes, qsizetype size, bool last)
{
    if (!m_intake) {
        // A later session cancels this intake (stop()), so nothing of it reaches that one.
        m_intake = std::make_shared<Intake>(
            this, [this] { onBytes(); }, // reading may have waited for this parse (kMaxQueuedBytes)
            [this](Result<mesos::MasterEvent> event) { subscribedParsed(std::move(event)); });
    }
    m_intake->push(QByteArray(bytes, size), last);
    return {};
}

void MasterSubscription::subscribedParsed(Result<mesos::MasterEvent> event)
{
    m_intake.reset();
    if (!event.ok()) {
        fail(event.error());
        return;
    }
    qCDebug(lcMesos).noquote() << "SUBSCRIBED of" << shown(m_answeredBy) << "parsed as it arrived";
    m_first = std::make_shared<mesos::MasterEvent>(std::move(event).value());
    if (!m_working && !m_batch->isActive())
        m_batch->start(0);
    onBytes(); // what waited behind the parse
}

int MasterSubscription::nextBatchDelayMs() const
{
    const int paced = m_batchStarted.isValid() ? m_pacer.delayMs(m_batchStarted.elapsed()) : 0;
    return qMax(m_batchMs, paced);
}

void MasterSubscription::processBatch()
{
    // The events after a SUBSCRIBED still being parsed wait for it.
    if (m_working || m_intake || (m_records.empty() && !m_first))
        return;
    m_working = true;
    m_batchStarted.start();
    auto records = std::make_shared<std::vector<QByteArray>>(std::move(m_records));
    m_records.clear();
    QPointer<MasterSubscription> self(this);
    const quint64 session = m_session;
    std::shared_ptr<mesos::MasterStream> stream = m_stream;
    std::shared_ptr<mesos::MasterEvent> first = std::exchange(m_first, nullptr);
    QThreadPool::globalInstance()->start([self, session, stream, records, first] {
        QElapsedTimer cost;
        cost.start();
        auto batch = std::make_shared<Batch>();
        batch->session = session;
        if (first) { // the first record, parsed as it arrived (a SUBSCRIBED, from a master)
            if (first->type == mesos::MasterEvent::Type::Subscribed) {
                batch->subscribed = true;
                batch->heartbeatSeconds = first->heartbeatIntervalSeconds;
            }
            stream->apply(std::move(*first));
        }
        for (QByteArray &record : *records) {
            auto event = mesos::MesosParser::parseEvent(std::exchange(record, QByteArray()));
            if (!event.ok()) {
                batch->error = event.error();
                break;
            }
            if (event->type == mesos::MasterEvent::Type::Subscribed) {
                batch->subscribed = true;
                batch->heartbeatSeconds = event->heartbeatIntervalSeconds;
            }
            stream->apply(std::move(event).value());
        }
        records->clear();
        if (stream->subscribed()) {
            batch->lists = stream->lists();
            batch->totals = ResourceTotals::of(*batch->lists->agents, *batch->lists->frameworks,
                                               stream->liveTasksByState());
        }
        batch->costNs = cost.nsecsElapsed();
#ifdef __GLIBC__
        // The record and the parse's scratch (hundreds of MB at 100k tasks) were just freed,
        // much of it in this worker's malloc arena: give those pages back to the system now,
        // or the console's RSS keeps the peak for good.
        if (batch->subscribed)
            malloc_trim(0);
#endif
        QObject *target = self.data();
        if (!target)
            return;
        QMetaObject::invokeMethod(
            target,
            [self, batch] {
                if (!self || batch->session != self->m_session)
                    return;
                self->m_working = false;
                if (!batch->subscribed) // SUBSCRIBED's parse says nothing about the events' cost
                    self->m_pacer.record(batch->costNs);
                if (batch->subscribed) {
                    self->m_live = true;
                    self->m_heartbeatMs = int(batch->heartbeatSeconds * 1000);
                    self->armIdle();
                }
                // What applied before a broken record stays: the last good state is shown.
                if (batch->lists && (batch->subscribed || self->m_live))
                    Q_EMIT self->updated(*batch->lists, batch->subscribed, batch->totals);
                if (batch->error) {
                    self->fail(*batch->error);
                    return;
                }
                if (!self->m_records.empty() && !self->m_batch->isActive())
                    self->m_batch->start(self->nextBatchDelayMs());
            },
            Qt::QueuedConnection);
    });
}

void MasterSubscription::fail(const Error &reason, bool unsupported)
{
    stop();
    Q_EMIT failed(reason, unsupported);
}

} // namespace mc::cluster
