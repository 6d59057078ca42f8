#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <functional>
#include <optional>
#include <vector>

namespace mc::http {

// Splits a RecordIO byte stream (Mesos' streaming responses: repeated
// `<decimal length>\n<that many bytes>`, nothing in between) into records,
// whatever the chunking. A plain class on bytes: no I/O, no Qt event loop.
//
// Bad input is an error value, never a crash or an unbounded buffer: a length
// that is not a number, longer than its digits can be, or above the record
// limit fails at once, before anything of the record is buffered. After an
// error the reader stays failed (a byte stream cannot be resynchronised): the
// caller drops the connection and subscribes again.
class RecordIoReader
{
    Q_DECLARE_TR_FUNCTIONS(mc::http::RecordIoReader)

public:
    // A 100,000-task SUBSCRIBED record is about 250 MB of JSON.
    static constexpr qsizetype kDefaultMaxRecordBytes = qsizetype(1) << 30;
    // Each record's buffer has this many spare bytes past its end (a JSON
    // parser's padding), so it need not be copied again to be parsed.
    static constexpr qsizetype kSpareBytes = 64;

    explicit RecordIoReader(qsizetype maxRecordBytes = kDefaultMaxRecordBytes);

    // Appends the records `bytes` completes to `records`. An error once the
    // stream is broken (and for every later call).
    Status feed(const char *bytes, qsizetype size, std::vector<QByteArray> &records);
    Status feed(const QByteArray &bytes, std::vector<QByteArray> &records)
    {
        return feed(bytes.constData(), bytes.size(), records);
    }
    // The first record of the stream (Mesos' SUBSCRIBED: the whole state, 250 MB at
    // 100,000 tasks) is not buffered when it is longer than `bytes`: its bytes go to
    // `piece` as they arrive, `last` with its final ones, and no record is appended
    // for it. An error from `piece` fails the stream.
    using PieceHandler = std::function<Status(const char *bytes, qsizetype size, bool last)>;
    void streamFirstRecordOver(qsizetype bytes, PieceHandler piece);
    // The stream ended: an error if it ended inside a record.
    [[nodiscard]] Status finish() const;

    [[nodiscard]] bool failed() const { return m_error.has_value(); }
    // Bytes held for the record being read (at most its length + kSpareBytes).
    [[nodiscard]] qsizetype buffered() const { return m_header.size() + m_record.size(); }
    [[nodiscard]] qsizetype maxRecordBytes() const { return m_max; }

private:
    Status fail(Error error);

    qsizetype m_max;
    QByteArray m_header; // digits of the length read so far
    QByteArray m_record; // bytes of the record read so far
    qsizetype m_length = -1; // length of the record being read; -1: reading a header
    qint64 m_offset = 0; // bytes of the stream consumed, for error messages
    qint64 m_headerAt = 0; // where the length being read starts
    qint64 m_started = 0; // records whose length was read
    qsizetype m_streamOver = 0; // 0: every record is buffered
    PieceHandler m_piece;
    qsizetype m_streamed = -1; // bytes of the first record handed to m_piece; -1: not streaming
    std::optional<Error> m_error;
};

} // namespace mc::http
