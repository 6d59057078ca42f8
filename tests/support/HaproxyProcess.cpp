#include "tests/support/HaproxyProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTcpSocket>
#include <QThread>

namespace mc::test {

namespace {
constexpr int kStartTimeoutMs = 10000;
}

HaproxyProcess::HaproxyProcess() = default;

HaproxyProcess::~HaproxyProcess()
{
    stop();
}

QString HaproxyProcess::configPath() const
{
    return m_dir.filePath(QStringLiteral("haproxy.cfg"));
}

void HaproxyProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

bool HaproxyProcess::start(const QString &config, quint16 readyPort)
{
    stop();
    QFile file(configPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(config.toUtf8()) < 0) {
        m_error = file.errorString();
        return false;
    }
    file.close();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("haproxy"), { QStringLiteral("-db"), QStringLiteral("-f"), configPath() });
    if (!m_process.waitForStarted()) {
        m_error = m_process.errorString();
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < kStartTimeoutMs) {
        if (m_process.state() == QProcess::NotRunning) {
            m_error = QString::fromUtf8(m_process.readAll());
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, readyPort);
        if (probe.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    m_error = QStringLiteral("HAProxy did not listen on port %1 in time: ").arg(readyPort)
        + QString::fromUtf8(m_process.readAll());
    return false;
}

} // namespace mc::test
