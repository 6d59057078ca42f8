// Marathon's /v2/info and /v2/leader (MarathonParser::parseInfo, parseLeader).

#include "FuzzInput.h"

#include "core/marathon/MarathonParser.h"

MC_FUZZ_TARGET(fuzz_marathon_info)
{
    const QByteArray body = mc::fuzz::bytes(data, size);
    (void)mc::marathon::MarathonParser::parseInfo(body);
    (void)mc::marathon::MarathonParser::parseLeader(body);
    return 0;
}
