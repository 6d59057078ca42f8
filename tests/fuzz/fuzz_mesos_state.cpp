// A master's /master/state (MesosParser::parseState) through both of its
// paths: whole (a body someone else holds) and in place with the task arrays
// parsed apart in runs of a size the input's first byte picks; and as the polling
// watcher reads it, as it arrives (StateReader, in pieces the first byte picks too).
// On valid JSON all three agree on whether the body is a state and on what it holds.

#include "FuzzInput.h"

#include "core/mesos/MesosParser.h"

#include <QJsonDocument>

using namespace mc::mesos;

MC_FUZZ_TARGET(fuzz_mesos_state)
{
    if (size < 1)
        return 0;
    const qsizetype chunkBytes = 1 + data[0] * 4; // 1..1021: many runs for small bodies
    const QByteArray body = mc::fuzz::bytes(data + 1, size - 1);

    const QByteArray shared = body; // shared with `body`: parsed whole
    const auto whole = MesosParser::parseState(shared, chunkBytes);
    QByteArray own = body;
    own.detach();
    const auto apart = MesosParser::parseState(std::move(own), chunkBytes);

    StateReader reader(chunkBytes);
    const qsizetype piece = 1 + data[0] % 13;
    mc::Status fed;
    for (qsizetype at = 0; at < body.size() && fed.ok(); at += piece)
        fed = reader.feed(body.constData() + at, std::min(piece, body.size() - at));
    const auto arriving = fed.ok() ? reader.finish() : mc::Result<MasterState>(fed.error());

    // On broken JSON each may refuse it or salvage a different part: simdjson's on-demand walk
    // does not check what it skips, nor does the skimmer that finds the task lists check inside
    // what it steps over (`{"leader_info":{"":},"frameworks":[{"tasks":[…]}]}` is a state with
    // other tasks whole than apart), nor StateReader every level. None of them crashes, hangs or
    // grows without bound, which the fuzzer checks on every input.
    if (QJsonDocument::fromJson(body).isNull())
        return 0;
    mc::fuzz::check(whole.ok() == apart.ok(), "whole and apart agree on whether it is a state");
    mc::fuzz::check(whole.ok() == arriving.ok(), "whole and as it arrives agree on whether it is a state");
    if (!whole.ok())
        return 0;
    for (const auto *other : { &*apart, &*arriving }) {
        mc::fuzz::check(whole->agents == other->agents, "the three read the same agents");
        mc::fuzz::check(whole->frameworks == other->frameworks, "the three read the same frameworks");
        mc::fuzz::check(whole->tasks == other->tasks, "the three read the same tasks");
    }
    (void)whole->leader();
    (void)whole->answeredByLeader();
    return 0;
}
