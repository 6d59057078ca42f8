#pragma once

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QString>
#include <QtGlobal>

#include <vector>

namespace mc::logging {

// One message of the log as the message handler received it (already redacted).
struct LogEntry
{
    QDateTime time; // UTC
    QtMsgType type = QtDebugMsg;
    QString category; // "mc.cluster", "default", "qt.network.ssl"…
    QString message;

    bool operator==(const LogEntry &) const = default;
    // "2026-12-07 00:41:02.123 mc.cluster info: Leading master …" (the time in UTC).
    [[nodiscard]] QString line() const;
};

// "debug", "info", "warning", "critical", "fatal".
[[nodiscard]] QString typeName(QtMsgType type);

// The recent log, bounded: the last `capacity` entries, older ones dropped as new ones
// come. Thread safe: messages arrive from worker threads (SSH pools, the provisioning
// driver, the thread pool's parsers) while the GUI reads.
class LogRing
{
public:
    explicit LogRing(int capacity);
    LogRing(const LogRing &) = delete;
    LogRing &operator=(const LogRing &) = delete;

    void append(LogEntry entry);
    // The kept entries, oldest first.
    [[nodiscard]] QList<LogEntry> entries() const;
    // How many entries were ever appended (the kept ones and the dropped ones): a reader
    // compares it with what it showed to know whether something came.
    [[nodiscard]] quint64 appended() const;
    [[nodiscard]] int capacity() const { return m_capacity; }

private:
    const int m_capacity;
    mutable QMutex m_mutex;
    std::vector<LogEntry> m_entries; // a circle once full: m_next is the oldest
    size_t m_next = 0;
    quint64 m_appended = 0;
};

} // namespace mc::logging
