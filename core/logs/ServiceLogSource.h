#pragma once

#include "core/cluster/ServiceTypes.h"
#include "core/logs/LogSource.h"
#include "core/ssh/SshTypes.h"

#include <QPointer>
#include <QThread>

#include <memory>

class QThread;
class QTimer;

namespace mc::logs {

// A service's log on a host over SSH (ServiceLogCommand: journalctl -f or
// tail -F). The command runs on its own thread; output lines are batched to
// the GUI thread and nothing is kept beyond what is delivered. When the
// connection drops it reconnects with back-off (state Retrying). While paused
// the lines are held (at most kPausedBufferBytes; older ones are dropped and
// the state says how much).
class ServiceLogSource : public LogSource
{
    Q_OBJECT

public:
    static constexpr qint64 kPausedBufferBytes = qint64(8) * 1024 * 1024;

    ServiceLogSource(ssh::HostSpec host, cluster::Service service, ssh::SessionOptions options,
                     QObject *parent = nullptr);
    ~ServiceLogSource() override;

    void start() override;
    void stop() override;
    void setPaused(bool paused) override;
    [[nodiscard]] QString title() const override;

    void setBecome(bool become) { m_become = become; }
    // false: print the recent lines and finish (state Finished) instead of following.
    void setFollow(bool follow);
    void setRetryDelays(int minMs, int maxMs)
    {
        m_retryMinMs = minMs;
        m_retryMaxMs = maxMs;
    }
    // For tests: another command than ServiceLogCommand::command().
    void setCommand(const QString &command) { m_command = command; }
    [[nodiscard]] QString command() const { return m_command; }

private:
    struct Shared;
    void launch();
    void takeBatch();
    void ended(bool connected, int exitStatus, const QString &error);

    ssh::HostSpec m_host;
    cluster::Service m_service;
    ssh::SessionOptions m_options;
    QString m_command;
    std::shared_ptr<Shared> m_shared;
    QPointer<QThread> m_thread;
    QTimer *m_retryTimer;
    QByteArray m_held; // lines received while paused
    qint64 m_dropped = 0;
    int m_retryMs = 0;
    int m_retryMinMs = 1000;
    int m_retryMaxMs = 30000;
    bool m_running = false;
    bool m_paused = false;
    bool m_become = false;
    bool m_follow = true;
    bool m_everConnected = false;
};

} // namespace mc::logs
