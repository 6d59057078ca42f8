// Mesos' RecordIO framing (core/http/RecordIoReader) as the SUBSCRIBE stream
// takes it off the socket: the input cut into chunks the input decides, and
// the same bytes in one piece, must give the same records and fail alike (the
// same error at the same byte); the bytes held for a record never pass the
// (small) record limit.

#include "FuzzInput.h"

#include "core/http/RecordIoReader.h"

using mc::http::RecordIoReader;

namespace {
// A limit the fuzzer reaches; the length's digits are held too (at most 12).
constexpr qsizetype kLimit = 4096;
constexpr qsizetype kMostBuffered = kLimit + RecordIoReader::kSpareBytes + 12;
} // namespace

MC_FUZZ_TARGET(fuzz_recordio)
{
    const QList<QByteArray> chunks = mc::fuzz::chunks(data, size, 64);
    RecordIoReader pieces(kLimit);
    std::vector<QByteArray> fromPieces;
    QByteArray stream;
    bool piecesFailed = false;
    for (const QByteArray &chunk : chunks) {
        const bool ok = pieces.feed(chunk, fromPieces).ok();
        mc::fuzz::check(ok == !pieces.failed(), "feed() fails exactly when the reader is failed");
        piecesFailed = piecesFailed || !ok;
        mc::fuzz::check(pieces.buffered() <= kMostBuffered, "the bytes held stay under the record limit");
        stream += chunk;
    }
    RecordIoReader whole(kLimit);
    std::vector<QByteArray> fromWhole;
    const bool wholeOk = whole.feed(stream, fromWhole).ok();
    mc::fuzz::check(whole.buffered() <= kMostBuffered, "the bytes held stay under the record limit");
    mc::fuzz::check(fromPieces == fromWhole, "the records do not depend on how the stream is cut");
    mc::fuzz::check(piecesFailed == !wholeOk && pieces.failed() == whole.failed(),
                    "the stream fails whichever way it is cut");
    const mc::Status piecesEnd = pieces.finish();
    const mc::Status wholeEnd = whole.finish();
    mc::fuzz::check(piecesEnd.ok() == wholeEnd.ok(), "finish() does not depend on the cutting");
    // The same error at the same byte; what it quotes of a bad length is what
    // had arrived of it when the reader saw it was bad (up to the chunk's end).
    if (!piecesEnd.ok())
        mc::fuzz::check(piecesEnd.error().message.section(u'"', 0, 0) == wholeEnd.error().message.section(u'"', 0, 0),
                        "the error does not depend on the cutting");
    for (const QByteArray &record : fromWhole)
        mc::fuzz::check(record.size() <= kLimit, "no record is longer than the limit");
    return 0;
}
