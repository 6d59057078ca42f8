#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace mc::localcluster {

class Cluster;

// Scale mode churn (`--scale ...,churn=N`): ends N running synthetic tasks
// per second, spread over 100 ms ticks. Nine in ten are killed, one in ten
// fails; Marathon replaces them (a new synthetic task: STAGING, STARTING,
// RUNNING), so statuses change and events flow on both APIs.
class ScaleChurn : public QObject
{
    Q_OBJECT

public:
    ScaleChurn(Cluster &cluster, int perSecond, QObject *parent = nullptr);

    [[nodiscard]] qint64 ended() const { return m_ended; }

private:
    void tick();

    Cluster &m_cluster;
    int m_perSecond;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    qint64 m_ended = 0;
};

} // namespace mc::localcluster
