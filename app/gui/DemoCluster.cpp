#include "app/gui/DemoCluster.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

namespace mc::app {

DemoCluster::DemoCluster(QObject *parent)
    : QObject(parent)
{ }

DemoCluster::~DemoCluster()
{
    stop();
}

QString DemoCluster::findExecutable(const QString &applicationDir)
{
    const QFileInfo beside(applicationDir + QStringLiteral("/localcluster"));
    if (beside.isFile() && beside.isExecutable())
        return beside.absoluteFilePath();
    return QStandardPaths::findExecutable(QStringLiteral("localcluster"));
}

bool DemoCluster::parseEndpoints(const QByteArray &line, DemoEndpoints *out)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    if (!o.value(QLatin1String("masterUrls")).isArray() || !o.value(QLatin1String("marathon")).isString())
        return false;
    DemoEndpoints e;
    for (const QJsonArray items = o.value(QLatin1String("masterUrls")).toArray(); const QJsonValue &v : items)
        e.masterUrls.append(v.toString());
    for (const QJsonArray items = o.value(QLatin1String("agents")).toArray(); const QJsonValue &v : items)
        e.agentUrls.append(v.toObject().value(QLatin1String("url")).toString());
    e.leaderUrl = o.value(QLatin1String("leader")).toString();
    e.marathonUrl = o.value(QLatin1String("marathon")).toString();
    e.workDir = o.value(QLatin1String("workDir")).toString();
    *out = e;
    return true;
}

void DemoCluster::start()
{
    const QString program = findExecutable(QCoreApplication::applicationDirPath());
    if (program.isEmpty()) {
        Q_EMIT failed(tr("The demo cluster program (localcluster) was not found next to mesos-console "
                         "or on PATH. Build it with the rest of the project (target localcluster)."));
        return;
    }
    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this, &DemoCluster::readEndpoints);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            Q_EMIT failed(tr("The demo cluster could not be started: %1").arg(m_process->errorString()));
    });
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (m_stopping)
            return;
        m_ready = false;
        const QString detail = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
        Q_EMIT failed(detail.isEmpty()
                          ? tr("The demo cluster stopped (exit code %1).").arg(code)
                          : tr("The demo cluster stopped (exit code %1): %2").arg(code).arg(detail));
    });
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(program,
                     QStringList { QStringLiteral("--masters"), QStringLiteral("3"),
                                   QStringLiteral("--agents"), QStringLiteral("2"),
                                   QStringLiteral("--demo-apps"), QStringLiteral("--print-endpoints"),
                                   QStringLiteral("--exit-with-parent") }
                         + m_extraArguments);
}

void DemoCluster::readEndpoints()
{
    m_stdout += m_process->readAllStandardOutput();
    if (m_ready)
        return;
    const qsizetype newline = m_stdout.indexOf('\n');
    if (newline < 0)
        return;
    if (!parseEndpoints(m_stdout.left(newline), &m_endpoints)) {
        Q_EMIT failed(tr("The demo cluster answered with something other than its endpoints."));
        return;
    }
    m_ready = true;
    Q_EMIT ready(m_endpoints);
}

void DemoCluster::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_stopping = true;
    m_ready = false;
    // SIGTERM: localcluster stops every task process group before it exits.
    m_process->terminate();
    if (!m_process->waitForFinished(8000)) {
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

} // namespace mc::app
