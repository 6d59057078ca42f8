#pragma once

#include "core/logs/LogTail.h"
#include "core/logs/SandboxLocator.h"

#include <QUrl>

class QTimer;

namespace mc::http {
class HttpClient;
}

namespace mc::logs {

// A task's stdout or stderr: finds the sandbox in the agent's state
// (/slave(1)/state, state.json on old agents), follows the file with a
// LogTail and re-reads the agent's state every few seconds; once the task
// has ended the tail reads what is left and stops (state Finished).
class TaskLogSource : public LogSource
{
    Q_OBJECT

public:
    TaskLogSource(http::HttpClient *http, QUrl agentUrl, TaskRef task, QString fileName,
                  TailOptions options = {}, QObject *parent = nullptr);

    void start() override;
    void stop() override;
    void setPaused(bool paused) override;
    [[nodiscard]] QString title() const override;
    [[nodiscard]] bool canReadRange() const override { return m_tail != nullptr; }
    void readRange(qint64 offset, qint64 length, QObject *context, RangeCallback callback) override;

    void setWatchIntervalMs(int ms) { m_watchMs = ms; }
    // Read to the current end of the file once, then stop (state Finished), as if the task had ended.
    void setReadOnce(bool once) { m_readOnce = once; }
    [[nodiscard]] const TaskRef &task() const { return m_task; }
    [[nodiscard]] QString fileName() const { return m_fileName; }
    // Empty until the sandbox is known.
    [[nodiscard]] QUrl downloadUrl() const override;
    [[nodiscard]] LogTail *tail() const { return m_tail; }

private:
    void lookup();
    void fetchState(bool legacy, std::function<void(Result<Sandbox>, bool reachable)> done);
    void watch();

    http::HttpClient *m_http;
    QUrl m_agentUrl;
    TaskRef m_task;
    QString m_fileName;
    TailOptions m_options;
    LogTail *m_tail = nullptr;
    QTimer *m_timer;
    int m_watchMs = 3000;
    int m_retryMs = 0;
    bool m_running = false;
    bool m_paused = false;
    bool m_legacyState = false;
    bool m_readOnce = false;
    bool m_watching = false; // the timer re-reads the agent's state
};

} // namespace mc::logs
