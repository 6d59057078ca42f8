// Marathon's event stream as the SSE reader takes it off the socket
// (ServerSentEventParser, core/http/EventStreamReader): the input is cut into
// chunks the input decides; the events must be the same as from the stream
// in one piece.

#include "FuzzInput.h"

#include "core/http/EventStreamReader.h"

using mc::http::ServerSentEvent;
using mc::http::ServerSentEventParser;

namespace {
bool same(const QList<ServerSentEvent> &a, const QList<ServerSentEvent> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (a[i].type != b[i].type || a[i].data != b[i].data)
            return false;
    return true;
}
} // namespace

MC_FUZZ_TARGET(fuzz_sse)
{
    const QList<QByteArray> chunks = mc::fuzz::chunks(data, size, 64);
    ServerSentEventParser pieces;
    QList<ServerSentEvent> fromPieces;
    QByteArray stream;
    for (const QByteArray &chunk : chunks) {
        fromPieces += pieces.feed(chunk);
        stream += chunk;
    }
    ServerSentEventParser whole;
    const QList<ServerSentEvent> fromWhole = whole.feed(stream);
    mc::fuzz::check(same(fromPieces, fromWhole), "the events do not depend on how the stream is cut");
    return 0;
}
