#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <memory>

class QProcess;

namespace mc::test {

class SshTestHosts;

// Starts `localcluster ARGUMENTS --print-endpoints` in the background inside
// test host `host` (it dies with the host) and reads its endpoints.
bool startLocalClusterInHost(const SshTestHosts &hosts, int host, const QStringList &arguments,
                             QJsonObject *endpoints, QString *error);

// Runs the `localcluster` executable of the build tree for a test and reads
// its endpoints (--print-endpoints). Stops it (SIGTERM, which stops every
// task) when destroyed. Usage:
//   LocalClusterProcess cluster({"--masters", "3", "--agents", "2", "--demo-apps"});
//   QVERIFY2(cluster.start(), qPrintable(cluster.error()));
//   cluster.marathonUrl(), cluster.masterUrls(), cluster.leaderUrl() ...
class LocalClusterProcess
{
public:
    explicit LocalClusterProcess(QStringList arguments = {});
    ~LocalClusterProcess();

    // Extra environment for the process (e.g. LOCALCLUSTER_HTTP_CREDENTIALS); before start().
    void setEnvironmentVariable(const QString &name, const QString &value);
    bool start(int timeoutMs = 10000);
    void stop();
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] qint64 pid() const;

    [[nodiscard]] QJsonObject endpoints() const { return m_endpoints; }
    [[nodiscard]] QStringList masterUrls() const;
    [[nodiscard]] QString leaderUrl() const;
    [[nodiscard]] QStringList agentUrls() const;
    [[nodiscard]] QString marathonUrl() const;
    [[nodiscard]] QString workDir() const;
    // The masters as localcluster says they are now (GET /__admin/endpoints: index, port, url,
    // running, leader each); endpoints() is what they were at the start.
    [[nodiscard]] QJsonArray currentMasters() const;
    // Posts `app` to Marathon and waits until a task of it is in `state` (a Mesos state name,
    // as /master/tasks says it); that task as the master lists it (slave_id, framework_id…),
    // or an empty object after `timeoutMs`.
    [[nodiscard]] QJsonObject launchApp(const QJsonObject &app, const QString &state = QStringLiteral("TASK_RUNNING"),
                                        int timeoutMs = 15000) const;

private:
    QStringList m_arguments;
    QList<QPair<QString, QString>> m_environment;
    std::unique_ptr<QProcess> m_process;
    QJsonObject m_endpoints;
    QString m_error;
};

} // namespace mc::test
