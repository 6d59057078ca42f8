// One event of Marathon's /v2/events (MarathonParser::parseEvent): the first
// line is the SSE event name, the rest its data.

#include "FuzzInput.h"

#include "core/marathon/MarathonParser.h"

MC_FUZZ_TARGET(fuzz_marathon_event)
{
    const QByteArray input = mc::fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QString type = QString::fromUtf8(newline < 0 ? QByteArray() : input.left(newline));
    (void)mc::marathon::MarathonParser::parseEvent(type, input.mid(newline + 1));
    return 0;
}
