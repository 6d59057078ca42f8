#include "core/http/RecordIoReader.h"

#include <algorithm>
#include <cstring>

namespace mc::http {

namespace {
// 1 GiB has 10 digits; more than this many digits is not a length.
constexpr qsizetype kMaxLengthDigits = 12;

QString printable(const QByteArray &bytes)
{
    QString text;
    for (const char c : bytes)
        text += c >= 0x20 && c < 0x7f ? QChar(QLatin1Char(c)) : QChar(u'\u00b7');
    return text;
}
} // namespace

RecordIoReader::RecordIoReader(qsizetype maxRecordBytes)
    : m_max(maxRecordBytes)
{ }

Status RecordIoReader::fail(Error error)
{
    m_header.clear();
    m_header.squeeze();
    m_record.clear();
    m_record.squeeze();
    m_error = error;
    return error;
}

Status RecordIoReader::feed(const char *bytes, qsizetype size, std::vector<QByteArray> &records)
{
    if (m_error)
        return *m_error;
    const char *p = bytes;
    const char *end = bytes + size;
    while (p < end) {
        if (m_length < 0) {
            const auto *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            const char *stop = newline ? newline : end;
            if (m_header.isEmpty())
                m_headerAt = m_offset;
            m_header.append(p, stop - p);
            m_offset += (stop - p) + (newline ? 1 : 0);
            p = newline ? newline + 1 : end;
            const bool digits = std::all_of(m_header.cbegin(), m_header.cend(),
                                            [](char c) { return c >= '0' && c <= '9'; });
            if (!digits || m_header.size() > kMaxLengthDigits || (newline && m_header.isEmpty()))
                return fail({ tr("The event stream is not RecordIO: expected a record length at byte %1, "
                                 "got \"%2\".")
                                  .arg(m_headerAt)
                                  .arg(printable(m_header.left(40))),
                              {} });
            if (!newline)
                break;
            bool ok = false;
            const qint64 length = m_header.toLongLong(&ok);
            m_header.clear();
            if (!ok || length > m_max)
                return fail({ tr("The event stream announced a record of %1 bytes, more than the %2 bytes "
                                 "the console accepts; the stream is dropped.")
                                  .arg(length)
                                  .arg(m_max),
                              {} });
            m_length = qsizetype(length);
            m_record = QByteArray();
            if (m_started++ == 0 && m_streamOver > 0 && m_length > m_streamOver)
                m_streamed = 0;
            else
                m_record.reserve(m_length + kSpareBytes);
        }
        if (m_streamed >= 0) {
            const qsizetype take = std::min<qsizetype>(m_length - m_streamed, end - p);
            m_streamed += take;
            const bool last = m_streamed == m_length;
            const Status handed = m_piece(p, take, last);
            if (!handed.ok())
                return fail(handed.error());
            p += take;
            m_offset += take;
            if (last) {
                m_streamed = -1;
                m_length = -1;
            }
            continue;
        }
        const qsizetype take = std::min<qsizetype>(m_length - m_record.size(), end - p);
        m_record.append(p, take);
        p += take;
        m_offset += take;
        if (m_record.size() == m_length) {
            records.push_back(std::exchange(m_record, QByteArray()));
            m_length = -1;
        }
    }
    return {};
}

void RecordIoReader::streamFirstRecordOver(qsizetype bytes, PieceHandler piece)
{
    m_streamOver = piece ? bytes : 0;
    m_piece = std::move(piece);
}

Status RecordIoReader::finish() const
{
    if (m_error)
        return *m_error;
    if (m_length >= 0)
        return Error { tr("The event stream ended inside a record (%1 of %2 bytes arrived).")
                           .arg(m_streamed >= 0 ? m_streamed : m_record.size())
                           .arg(m_length),
                       {} };
    if (!m_header.isEmpty())
        return Error { tr("The event stream ended inside a record length (\"%1\").").arg(printable(m_header)),
                       {} };
    return {};
}

} // namespace mc::http
