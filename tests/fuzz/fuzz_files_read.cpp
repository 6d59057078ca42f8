// An agent's /files/read answer (FilesReadReply): the tolerant JSON string
// reader for raw and \u00XX-escaped file bytes.

#include "FuzzInput.h"

#include "core/logs/FilesReadReply.h"

MC_FUZZ_TARGET(fuzz_files_read)
{
    const QByteArray body = mc::fuzz::bytes(data, size);
    const auto reply = mc::logs::FilesReadReply::parse(body);
    if (reply.ok())
        mc::fuzz::check(reply->data.size() <= body.size(), "the data is never longer than the body");
    return 0;
}
