#pragma once

#include "core/util/Result.h"

#include <QByteArray>

namespace mc::logs {

// One answer of an agent's /files/read (read.json before 1.8):
// {"data": "<string>", "offset": N}.
struct FilesReadReply
{
    QByteArray data; // the file's bytes, exactly
    qint64 offset = -1;

    bool operator==(const FilesReadReply &) const = default;

    // A tolerant parser: Mesos 1.x puts the raw file bytes into the JSON
    // string (a chunk cut inside a multi-byte character is invalid UTF-8,
    // which QJsonDocument refuses), 0.19-0.23 escape every byte >= 0x7F as
    // its own \u00XX. Escapes become bytes (\u0000-\u00FF one byte each,
    // higher code points UTF-8); nothing is validated as UTF-8.
    [[nodiscard]] static Result<FilesReadReply> parse(const QByteArray &body);
};

} // namespace mc::logs
