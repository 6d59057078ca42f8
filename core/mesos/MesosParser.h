#pragma once

#include "core/mesos/MasterEvent.h"
#include "core/mesos/MasterInfo.h"
#include "core/mesos/MasterState.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

#include <memory>

namespace mc::mesos {

using Metrics = QHash<QString, double>;

// Parsers for the master's v0 JSON, Mesos 0.19-1.11, and the v1 event stream. Whole-cluster bodies go
// through simdjson's on-demand API straight into our structs (a 100k-task
// state is 165 MB; QJsonDocument would need 1.3 GB and seconds). Small bodies
// use QJsonDocument. Missing fields take defaults; wrong JSON is an Error.
class MesosParser
{
    Q_DECLARE_TR_FUNCTIONS(mc::mesos::MesosParser)

public:
    // Task arrays of a state are parsed a run of about this many bytes at a time.
    static constexpr qsizetype kTaskChunkBytes = qsizetype(4) * 1024 * 1024;

    // /master/state or /master/state.json (also 0.19 standbys' own view).
    // A body nobody else holds is parsed in place, its task arrays in runs of
    // `taskChunkBytes` (smaller runs only for tests and fuzzing); a shared one whole.
    [[nodiscard]] static Result<MasterState> parseState(QByteArray body,
                                                        qsizetype taskChunkBytes = kTaskChunkBytes);
    // /master/state-summary: agents and frameworks with per-state task counters.
    [[nodiscard]] static Result<MasterState> parseStateSummary(QByteArray body);
    // /master/tasks: {"tasks":[...]}.
    [[nodiscard]] static Result<std::vector<Task>> parseTasks(QByteArray body);
    // /metrics/snapshot: flat name -> number.
    [[nodiscard]] static Result<Metrics> parseMetrics(const QByteArray &body);
    // A ZooKeeper json.info_* node (MasterInfo as JSON).
    [[nodiscard]] static Result<MasterInfo> parseMasterInfo(const QByteArray &body);
    // One record of the v1 SUBSCRIBE stream (v1 JSON: ids as {"value":..}, resources as
    // arrays, times as {"nanoseconds":..}). SUBSCRIBED's state has its task counters
    // counted and each agent's used resources summed from its active tasks (the
    // stream carries no later change of them).
    // A record bigger than `taskChunkBytes` that nobody else holds (a SUBSCRIBED of a big
    // cluster) has its task lists parsed a run at a time and its pages released as read, as
    // parseState does.
    [[nodiscard]] static Result<MasterEvent> parseEvent(QByteArray record,
                                                        qsizetype taskChunkBytes = kTaskChunkBytes);
};

// One record of the v1 stream read as its bytes arrive (RecordIoReader hands a big SUBSCRIBED
// over in pieces): the task lists of subscribed.get_state.get_tasks are parsed a run of about
// `taskChunkBytes` at a time while the record still arrives, and their bytes dropped, so a
// 250 MB SUBSCRIBED is never held whole; the rest (agents, frameworks, the lists' brackets)
// is parsed when the record is complete. finish() gives what parseEvent() gives for the same
// bytes (a record whose path to the task lists repeats a key is an error here). Bad JSON is
// an Error, at the latest from finish(); what it holds is the rest and one run of tasks.
class EventRecordReader
{
public:
    explicit EventRecordReader(qsizetype taskChunkBytes = MesosParser::kTaskChunkBytes);
    ~EventRecordReader();
    EventRecordReader(const EventRecordReader &) = delete;
    EventRecordReader &operator=(const EventRecordReader &) = delete;

    // The next bytes of the record. An error once the record is known bad (and for every later call).
    Status feed(const char *bytes, qsizetype size);
    // All the record's bytes were fed: the event.
    [[nodiscard]] Result<MasterEvent> finish();
    // Bytes held now (capacity).
    [[nodiscard]] qsizetype held() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// A /master/state read as its bytes arrive (the polling watcher hands the body over as it comes
// in): its task lists ((completed_)frameworks[].tasks, .unreachable_tasks, .completed_tasks and
// orphan_tasks) are parsed a run of about `taskChunkBytes` at a time and their bytes dropped, so a
// 150 MB state is never held whole; the rest (agents, frameworks without their tasks) is parsed
// by finish(), which gives what parseState() gives for the same bytes. Bad JSON is an Error, at
// the latest from finish().
class StateReader
{
public:
    explicit StateReader(qsizetype taskChunkBytes = MesosParser::kTaskChunkBytes);
    ~StateReader();
    StateReader(const StateReader &) = delete;
    StateReader &operator=(const StateReader &) = delete;

    // The next bytes of the body. An error once the body is known bad (and for every later call).
    Status feed(const char *bytes, qsizetype size);
    // All the body's bytes were fed: the state.
    [[nodiscard]] Result<MasterState> finish();
    // Bytes held now (capacity).
    [[nodiscard]] qsizetype held() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mc::mesos
