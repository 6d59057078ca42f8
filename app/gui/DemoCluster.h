#pragma once

#include <QObject>
#include <QStringList>

class QProcess;

namespace mc::app {

// Where the demo cluster answers (from `localcluster --print-endpoints`).
struct DemoEndpoints
{
    QStringList masterUrls; // every Mesos master, e.g. http://127.0.0.1:40123
    QString leaderUrl; // the elected master at start
    QStringList agentUrls;
    QString marathonUrl;
    QString workDir; // sandboxes live below it
};

// Runs the embedded demo cluster (`localcluster`, found next to this
// executable or on PATH) as a child process with three masters, two agents
// and sample apps, and stops it when destroyed. The child also exits if
// the console dies (--exit-with-parent).
class DemoCluster : public QObject
{
    Q_OBJECT

public:
    explicit DemoCluster(QObject *parent = nullptr);
    ~DemoCluster() override;

    // More localcluster flags (e.g. `--zk URL`); before start().
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_ready; }
    [[nodiscard]] const DemoEndpoints &endpoints() const { return m_endpoints; }

    // Parses one --print-endpoints line; false if it is not that JSON.
    static bool parseEndpoints(const QByteArray &line, DemoEndpoints *out);
    // localcluster next to `applicationDir`, else on PATH; empty if missing.
    static QString findExecutable(const QString &applicationDir);

Q_SIGNALS:
    void ready(const mc::app::DemoEndpoints &endpoints);
    void failed(const QString &message);

private:
    void readEndpoints();

    QProcess *m_process = nullptr;
    QStringList m_extraArguments;
    DemoEndpoints m_endpoints;
    QByteArray m_stdout;
    bool m_ready = false;
    bool m_stopping = false;
};

} // namespace mc::app
