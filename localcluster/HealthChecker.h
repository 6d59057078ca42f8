#pragma once

#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QObject>
#include <QProcessEnvironment>

#include <functional>

class QNetworkAccessManager;
class QTimer;

namespace mc::localcluster {

// Runs Marathon health checks (HTTP, TCP, COMMAND and their MESOS_ forms)
// against a task for real, every intervalSeconds, and reports each result.
class HealthChecker : public QObject
{
    Q_OBJECT

public:
    // (task id, check index, passed, cause of a failure)
    using Report = std::function<void(const QString &, int, bool, const QString &)>;

    HealthChecker(const QHostAddress &host, Report report, QObject *parent = nullptr);
    ~HealthChecker() override;

    // checks: the app's healthChecks (defaults filled in); ports: host ports.
    void watch(const QString &taskId, const QJsonArray &checks, const QList<int> &ports,
               const QProcessEnvironment &env);
    void stop(const QString &taskId);
    void stopAll();

private:
    void run(const QString &taskId, int index);
    void checkHttp(const QString &taskId, int index, int port, const QString &path, int timeoutMs);
    void checkTcp(const QString &taskId, int index, int port, int timeoutMs);
    void checkCommand(const QString &taskId, int index, const QString &command, int timeoutMs);

    struct Watched
    {
        QJsonArray checks;
        QList<int> ports;
        QProcessEnvironment env;
        QList<QTimer *> timers;
    };

    QHostAddress m_host;
    Report m_report;
    QNetworkAccessManager *m_network;
    QHash<QString, Watched> m_watched;
};

} // namespace mc::localcluster
