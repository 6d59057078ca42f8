#include "core/logs/LogWindow.h"

#include <algorithm>

namespace mc::logs {

namespace {
// Trim only when the window is this much over its capacity: one big cut instead of many small ones.
constexpr qint64 kSlackDivisor = 10;
} // namespace

LogWindow::LogWindow(qint64 capacity)
    : m_capacity(std::max<qint64>(capacity, 1024))
{ }

void LogWindow::clear()
{
    m_bytes.clear();
    m_start = 0;
}

void LogWindow::setCapacity(qint64 capacity)
{
    m_capacity = std::max<qint64>(capacity, 1024);
}

QByteArray LogWindow::append(qint64 offset, const QByteArray &bytes)
{
    if (m_bytes.isEmpty() && offset >= 0)
        m_start = offset;
    m_bytes += bytes;
    if (m_bytes.size() <= m_capacity + m_capacity / kSlackDivisor)
        return {};
    qint64 cut = m_bytes.size() - m_capacity;
    const qsizetype newline = m_bytes.indexOf('\n', cut - 1);
    if (newline >= 0)
        cut = newline + 1; // keep whole lines
    QByteArray dropped = m_bytes.left(cut);
    m_bytes.remove(0, cut);
    m_start += cut;
    return dropped;
}

void LogWindow::prepend(const QByteArray &bytes)
{
    m_bytes.prepend(bytes);
    m_start = std::max<qint64>(0, m_start - bytes.size());
}

} // namespace mc::logs
