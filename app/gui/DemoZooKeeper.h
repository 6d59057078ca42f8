#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

class QProcess;
class QTemporaryDir;
class QTimer;

namespace mc::app {

// A real ZooKeeper ensemble for the demo (Debian's `zookeeper` package): N
// members on free loopback ports, each with its own zoo.cfg and data directory
// under one temporary directory, run as `java ... QuorumPeerMain`. start()
// returns at once; ready() comes when every member serves (four-letter word
// `srvr` names its mode), failed() with the reason otherwise. The members are
// stopped when this object is destroyed, and die with the console even when
// it is killed (PR_SET_PDEATHSIG).
class DemoZooKeeper : public QObject
{
    Q_OBJECT

public:
    explicit DemoZooKeeper(QObject *parent = nullptr);
    ~DemoZooKeeper() override;

    // Why no ensemble can run here (java or the ZooKeeper jar missing); empty when one can.
    [[nodiscard]] static QString unavailableReason();

    void start(int members = 3);
    void stop();
    [[nodiscard]] bool isReady() const { return m_ready; }
    // zk://127.0.0.1:p1,127.0.0.1:p2,127.0.0.1:p3<path>
    [[nodiscard]] QString zkUrl(const QString &path = QStringLiteral("/mesos")) const;
    [[nodiscard]] QStringList hostPorts() const;
    // Each member's mode from its last `srvr` (leader, follower), empty until it serves.
    [[nodiscard]] QStringList modes() const;
    // Milliseconds from start() to ready() (for the demo's banner and the report).
    [[nodiscard]] qint64 startupMs() const { return m_startupMs; }

Q_SIGNALS:
    void ready();
    void failed(const QString &reason);

private:
    struct Member;
    bool writeConfigs(QString *error);
    void poll();
    void fail(const QString &reason);
    [[nodiscard]] QString logTail() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<std::unique_ptr<Member>> m_members;
    QTimer *m_poll = nullptr;
    QElapsedTimer m_clock;
    qint64 m_startupMs = -1;
    bool m_ready = false;
    bool m_done = false; // ready or failed: said once
};

} // namespace mc::app
