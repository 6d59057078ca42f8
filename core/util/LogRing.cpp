#include "core/util/LogRing.h"

#include <QMutexLocker>

namespace mc::logging {

QString typeName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("critical");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("debug");
}

QString LogEntry::line() const
{
    return QStringLiteral("%1 %2 %3: %4")
        .arg(time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")), category, typeName(type), message);
}

LogRing::LogRing(int capacity)
    : m_capacity(qMax(1, capacity))
{
    m_entries.reserve(size_t(m_capacity));
}

void LogRing::append(LogEntry entry)
{
    const QMutexLocker lock(&m_mutex);
    ++m_appended;
    if (m_entries.size() < size_t(m_capacity)) {
        m_entries.push_back(std::move(entry));
        return;
    }
    Q_ASSERT(m_next < m_entries.size());
    m_entries[m_next] = std::move(entry);
    m_next = (m_next + 1) % m_entries.size();
}

QList<LogEntry> LogRing::entries() const
{
    const QMutexLocker lock(&m_mutex);
    QList<LogEntry> out;
    out.reserve(qsizetype(m_entries.size()));
    for (size_t i = 0; i < m_entries.size(); ++i)
        out.append(m_entries[(m_next + i) % m_entries.size()]);
    return out;
}

quint64 LogRing::appended() const
{
    const QMutexLocker lock(&m_mutex);
    return m_appended;
}

} // namespace mc::logging
