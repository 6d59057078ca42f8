#include "localcluster/HealthChecker.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QProcess>
#include <QTcpSocket>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace mc::localcluster {

HealthChecker::HealthChecker(const QHostAddress &host, Report report, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_report(std::move(report))
    , m_network(new QNetworkAccessManager(this))
{ }

HealthChecker::~HealthChecker()
{
    stopAll();
}

void HealthChecker::watch(const QString &taskId, const QJsonArray &checks, const QList<int> &ports,
                          const QProcessEnvironment &env)
{
    stop(taskId);
    Watched w { checks, ports, env, {} };
    for (int i = 0; i < checks.size(); ++i) {
        const QJsonObject check = checks[i].toObject();
        auto *timer = new QTimer(this);
        timer->setInterval(qMax(100, int(check.value(QLatin1String("intervalSeconds")).toDouble(60) * 1000)));
        connect(timer, &QTimer::timeout, this, [this, taskId, i] { run(taskId, i); });
        timer->start();
        w.timers.append(timer);
        // First check right away, as Marathon does once the task runs.
        QTimer::singleShot(0, this, [this, taskId, i] { run(taskId, i); });
    }
    m_watched.insert(taskId, w);
}

void HealthChecker::stop(const QString &taskId)
{
    const Watched w = m_watched.take(taskId);
    for (QTimer *t : w.timers) {
        t->stop();
        t->deleteLater();
    }
}

void HealthChecker::stopAll()
{
    const QStringList ids = m_watched.keys();
    for (const QString &id : ids)
        stop(id);
}

void HealthChecker::run(const QString &taskId, int index)
{
    const auto it = m_watched.constFind(taskId);
    if (it == m_watched.cend())
        return;
    const QJsonObject check = it->checks[index].toObject();
    const QString protocol = check.value(QLatin1String("protocol")).toString(QStringLiteral("HTTP"));
    const int timeoutMs = qMax(100, int(check.value(QLatin1String("timeoutSeconds")).toDouble(20) * 1000));
    int port = check.value(QLatin1String("port")).toInt(0);
    if (port == 0) {
        const int portIndex = check.value(QLatin1String("portIndex")).toInt(0);
        port = it->ports.value(portIndex, 0);
    }
    if (protocol.endsWith(QLatin1String("COMMAND"))) {
        checkCommand(
            taskId, index,
            check.value(QLatin1String("command")).toObject().value(QLatin1String("value")).toString(),
            timeoutMs);
        return;
    }
    if (port == 0) {
        m_report(taskId, index, false,
                 QStringLiteral("The task has no port for portIndex %1")
                     .arg(check.value(QLatin1String("portIndex")).toInt(0)));
        return;
    }
    if (protocol.endsWith(QLatin1String("TCP")))
        checkTcp(taskId, index, port, timeoutMs);
    else
        checkHttp(taskId, index, port, check.value(QLatin1String("path")).toString(QStringLiteral("/")),
                  timeoutMs);
}

void HealthChecker::checkHttp(const QString &taskId, int index, int port, const QString &path, int timeoutMs)
{
    QNetworkRequest request(
        QUrl(QStringLiteral("http://%1:%2%3").arg(m_host.toString()).arg(port).arg(path)));
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, taskId, index] {
        reply->deleteLater();
        if (!m_watched.contains(taskId))
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 400)
            m_report(taskId, index, true, {});
        else if (status > 0)
            m_report(taskId, index, false,
                     QStringLiteral("%1 %2").arg(status).arg(
                         reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
        else
            m_report(taskId, index, false, reply->errorString());
    });
}

void HealthChecker::checkTcp(const QString &taskId, int index, int port, int timeoutMs)
{
    auto *socket = new QTcpSocket(this);
    auto *timer = new QTimer(socket);
    timer->setSingleShot(true);
    auto done = [this, socket, taskId, index](bool ok, const QString &cause) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
        if (m_watched.contains(taskId))
            m_report(taskId, index, ok, cause);
    };
    connect(socket, &QTcpSocket::connected, this, [done] { done(true, {}); });
    connect(socket, &QTcpSocket::errorOccurred, this, [done, socket] { done(false, socket->errorString()); });
    connect(timer, &QTimer::timeout, this, [done] { done(false, QStringLiteral("Connection timed out")); });
    timer->start(timeoutMs);
    socket->connectToHost(m_host, quint16(port));
}

void HealthChecker::checkCommand(const QString &taskId, int index, const QString &command, int timeoutMs)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(m_watched.value(taskId).env);
    process->setChildProcessModifier([] {
        ::setsid();
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [process] {
        if (process->processId() > 0)
            ::kill(-pid_t(process->processId()), SIGKILL);
    });
    connect(process, &QProcess::finished, this,
            [this, process, taskId, index](int code, QProcess::ExitStatus status) {
                process->deleteLater();
                if (!m_watched.contains(taskId))
                    return;
                if (status == QProcess::NormalExit && code == 0)
                    m_report(taskId, index, true, {});
                else
                    m_report(taskId, index, false,
                             status == QProcess::NormalExit
                                 ? QStringLiteral("Command exited with status %1").arg(code)
                                 : QStringLiteral("Command timed out or was killed"));
            });
    connect(process, &QProcess::errorOccurred, this,
            [this, process, taskId, index](QProcess::ProcessError e) {
                if (e != QProcess::FailedToStart)
                    return;
                process->deleteLater();
                if (m_watched.contains(taskId))
                    m_report(taskId, index, false, process->errorString());
            });
    timer->start(timeoutMs);
    process->start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), command });
}

} // namespace mc::localcluster
