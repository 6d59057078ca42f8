#include "core/logs/LogSource.h"

namespace mc::logs {

LogSource::LogSource(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<mc::logs::LogState>();
}

void LogSource::readRange(qint64 offset, qint64, QObject *, RangeCallback callback)
{
    callback(offset, {}, tr("This log cannot be read by position."));
}

void LogSource::setState(LogState state, const QString &message)
{
    if (state == m_state && message == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = message;
    Q_EMIT stateChanged(state, message);
}

void LogSource::deliver(qint64 offset, const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    m_delivered += bytes.size();
    Q_EMIT dataReceived(offset, bytes);
}

} // namespace mc::logs
