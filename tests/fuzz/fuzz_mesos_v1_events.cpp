// The v1 operator API's SUBSCRIBE stream applied to the state the console
// keeps (MesosParser::parseEvent, core/mesos/MasterStream): the input's
// RecordIO records are parsed and applied in order, then the lists read.
// Unknown ids and types must not crash; the task counters are what the tasks
// count; a SUBSCRIBED applied twice is the same as once. Each record is also read as it
// would arrive (mesos::EventRecordReader, in pieces, with small runs of tasks): where both
// reads succeed, they give the same event.

#include "FuzzInput.h"

#include "core/http/RecordIoReader.h"
#include "core/mesos/MasterStream.h"
#include "core/mesos/MesosParser.h"

#include <QSet>

using mc::mesos::MasterEvent;
using mc::mesos::MasterStream;

namespace {
using Counts = std::array<int, mc::mesos::kTaskStateCount>;

template<typename T> QSet<QString> uniqueIds(const std::vector<T> &items)
{
    QSet<QString> seen;
    QSet<QString> twice;
    for (const T &item : items)
        (seen.contains(item.id) ? twice : seen).insert(item.id);
    return seen - twice;
}

// Each agent's and framework's counters (an id the list holds once) are its tasks counted.
void checkCounters(const MasterStream::Lists &lists)
{
    const QSet<QString> agents = uniqueIds(*lists.agents);
    const QSet<QString> frameworks = uniqueIds(*lists.frameworks);
    QHash<QString, Counts> perAgent;
    QHash<QString, Counts> perFramework;
    for (const mc::mesos::Task &task : *lists.tasks) {
        perFramework[task.frameworkId][size_t(task.state)] += 1;
        if (!task.completed)
            perAgent[task.agentId][size_t(task.state)] += 1;
    }
    for (const mc::mesos::Agent &agent : *lists.agents)
        if (agents.contains(agent.id))
            mc::fuzz::check(agent.taskCounts == perAgent.value(agent.id, Counts {}),
                            "an agent's task counters are its tasks counted");
    for (const mc::mesos::Framework &framework : *lists.frameworks)
        if (frameworks.contains(framework.id))
            mc::fuzz::check(framework.taskCounts == perFramework.value(framework.id, Counts {}),
                            "a framework's task counters are its tasks counted");
}

bool same(const MasterStream::Lists &a, const MasterStream::Lists &b)
{
    return *a.agents == *b.agents && *a.frameworks == *b.frameworks && *a.tasks == *b.tasks;
}
} // namespace

MC_FUZZ_TARGET(fuzz_mesos_v1_events)
{
    // The records up to where the framing breaks, as the watcher applies them.
    mc::http::RecordIoReader reader(1 << 20);
    std::vector<QByteArray> records;
    (void)reader.feed(reinterpret_cast<const char *>(data), qsizetype(size), records);

    std::vector<MasterEvent> events;
    for (QByteArray &record : records) {
        mc::mesos::EventRecordReader arriving(64);
        const qsizetype piece = 1 + record.size() % 13;
        mc::Status fed;
        for (qsizetype at = 0; at < record.size() && fed.ok(); at += piece)
            fed = arriving.feed(record.constData() + at, std::min(piece, record.size() - at));
        auto other = fed.ok() ? arriving.finish() : mc::Result<MasterEvent>(fed.error());
        auto event = mc::mesos::MesosParser::parseEvent(std::move(record));
        if (event && other)
            mc::fuzz::check(event->typeName == other->typeName && event->state.tasks == other->state.tasks
                                && event->state.agents == other->state.agents
                                && event->state.frameworks == other->state.frameworks,
                            "a record read as it arrives is the record read whole");
        if (event)
            events.push_back(std::move(event.value()));
    }
    MasterStream stream;
    MasterStream twice; // the first SUBSCRIBED applied twice
    bool doubled = false;
    for (const MasterEvent &event : events) {
        stream.apply(event);
        if (!doubled && event.type == MasterEvent::Type::Subscribed) {
            twice.apply(event);
            doubled = true;
        }
        twice.apply(event);
        checkCounters(stream.lists());
    }
    mc::fuzz::check(same(stream.lists(), twice.lists()), "a SUBSCRIBED applied twice is the same as once");
    return 0;
}
