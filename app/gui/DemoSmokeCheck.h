#pragma once

#include "core/cluster/ClusterSnapshot.h"

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <chrono>

class QTimer;

namespace mc::app {

class Composition;

// `mesos-console --demo --smoke`: watches the console's own connection to the demo cluster until
// Mesos (with a leading master) and Marathon are live and every Marathon app has a task Mesos
// reports as running, then says so in one line; after the timeout, or when the demo cluster
// cannot start, it says what was missing. The console quits with the verdict's exit code.
class DemoSmokeCheck : public QObject
{
    Q_OBJECT

public:
    DemoSmokeCheck(Composition *composition, std::chrono::milliseconds timeout, QObject *parent = nullptr);

    void start();

    // What a snapshot lacks for the demo to count as up (empty: nothing); `summary` gets the
    // one-line description of a demo that is up (masters, Marathon, running tasks per app).
    [[nodiscard]] static QStringList missing(const cluster::ClusterSnapshot *snapshot,
                                             QString *summary = nullptr);

Q_SIGNALS:
    // exitCode 0 (passed) or 1 (failed); `line` says why, for stdout or stderr.
    void finished(int exitCode, const QString &line);

private:
    void check();
    void finish(int exitCode, const QString &line);

    Composition *m_composition;
    std::chrono::milliseconds m_timeout;
    QTimer *m_poll;
    QElapsedTimer m_clock;
    bool m_done = false;
};

} // namespace mc::app
