#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mc::localcluster {

// An injected fault: requests to `target` (master, agent, marathon or *)
// whose path starts with `pathPrefix` are delayed, fail with 500, get a
// malformed JSON body, or have their connection dropped. The Stream* modes
// hit a v1 SUBSCRIBE stream `delayMs` after its SUBSCRIBED record instead
// (EventStream.h).
struct Fault
{
    enum class Mode {
        Slow,
        Error,
        Malformed,
        Drop,
        StreamCut, // connection reset in the middle of a record
        StreamLyingLength, // a record whose length prefix is larger than its bytes
        StreamTruncated, // half a record, then the stream ends cleanly
        StreamNotJson, // a record whose bytes are not JSON
        StreamHugeLength, // a length prefix of 100 GB, then a trickle of bytes
        StreamNoHeartbeat, // events still flow, heartbeats stop
        StreamStall, // nothing more is written, the connection stays open
    };
    [[nodiscard]] bool isStreamFault() const { return mode >= Mode::StreamCut; }

    int id = 0;
    QString target = QStringLiteral("*");
    int index = -1; // -1: every server of the target kind
    QString pathPrefix = QStringLiteral("/");
    Mode mode = Mode::Error;
    int delayMs = 2000;
    int remaining = -1; // -1: until cleared

    // "target[:index]:/path=mode[:ms]", e.g. "marathon:/v2/apps=slow:2000".
    static std::optional<Fault> parse(const QString &spec, QString *error);
    static std::optional<Fault> fromJson(const QJsonObject &object, QString *error);
    [[nodiscard]] QJsonObject toJson() const;
};

class FaultTable
{
public:
    int add(Fault fault);
    void clear() { m_faults.clear(); }
    [[nodiscard]] QList<Fault> faults() const { return m_faults; }
    // The first fault for this request (or, with `stream`, for a SUBSCRIBE
    // stream that starts); counts it down.
    std::optional<Fault> take(const QString &target, int index, const QString &path, bool stream = false);

private:
    QList<Fault> m_faults;
    int m_nextId = 1;
};

} // namespace mc::localcluster
