#pragma once

#include "core/logs/LogState.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

namespace mc::logs {

// Something that streams a log as bytes, in order: a sandbox file read over
// HTTP (LogTail, TaskLogSource) or a service log over SSH (ServiceLogSource).
// Consumers append what dataReceived() gives; after restarted() the data
// starts over (the file was truncated or rotated). Bytes are never decoded
// here: the consumer decodes (invalid UTF-8 becomes U+FFFD there).
class LogSource : public QObject
{
    Q_OBJECT

public:
    using RangeCallback = std::function<void(qint64 offset, QByteArray bytes, QString error)>;

    explicit LogSource(QObject *parent = nullptr);

    virtual void start() = 0;
    virtual void stop() = 0;
    // Paused sources read nothing; resuming continues where they stopped, nothing is lost.
    virtual void setPaused(bool paused) = 0;
    [[nodiscard]] virtual QString title() const = 0;

    // Sources backed by a random-access file can read older parts on demand.
    [[nodiscard]] virtual bool canReadRange() const { return false; }
    // Where the whole file can be downloaded (/files/download); empty when it cannot.
    [[nodiscard]] virtual QUrl downloadUrl() const { return {}; }
    // Reads [offset, offset + length) (several requests if needed); the callback gets
    // the bytes or an error. Guarded by `context`.
    virtual void readRange(qint64 offset, qint64 length, QObject *context, RangeCallback callback);

    [[nodiscard]] LogState state() const { return m_state; }
    [[nodiscard]] QString stateMessage() const { return m_stateMessage; }
    // Total bytes delivered through dataReceived() since the start.
    [[nodiscard]] qint64 bytesDelivered() const { return m_delivered; }

Q_SIGNALS:
    // `offset`: the position of `bytes` in the file (-1 when the source has no offsets, e.g. SSH).
    void dataReceived(qint64 offset, const QByteArray &bytes);
    // What follows starts at the beginning of the file again; `why` says so for a person.
    void restarted(const QString &why);
    void stateChanged(mc::logs::LogState state, const QString &message);

protected:
    void setState(LogState state, const QString &message = {});
    void deliver(qint64 offset, const QByteArray &bytes);

private:
    LogState m_state = LogState::Idle;
    QString m_stateMessage;
    qint64 m_delivered = 0;
};

} // namespace mc::logs
