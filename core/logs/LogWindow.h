#pragma once

#include <QByteArray>

namespace mc::logs {

// The part of a log kept in memory: the last `capacity` bytes (a little more
// until the next trim, cut at a line start), with the file offset of its first
// byte so that older parts can be read back on demand and put in front.
class LogWindow
{
public:
    explicit LogWindow(qint64 capacity);

    void clear();
    [[nodiscard]] qint64 capacity() const { return m_capacity; }
    void setCapacity(qint64 capacity);

    // Appends bytes read at `offset` (-1: right after what is there). Returns
    // the bytes dropped from the front to stay within the capacity (the
    // caller removes the same text from its view).
    QByteArray append(qint64 offset, const QByteArray &bytes);
    // Puts older bytes (ending at startOffset()) in front; may exceed the capacity until the next append.
    void prepend(const QByteArray &bytes);

    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }
    [[nodiscard]] qint64 startOffset() const { return m_start; }
    [[nodiscard]] qint64 endOffset() const { return m_start + m_bytes.size(); }
    [[nodiscard]] qint64 size() const { return m_bytes.size(); }

private:
    qint64 m_capacity;
    qint64 m_start = 0;
    QByteArray m_bytes;
};

} // namespace mc::logs
