#include "tests/support/ZooKeeperServer.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

namespace mc::test {

namespace {
const QString kJar = QStringLiteral("/usr/share/java/zookeeper.jar"); // its manifest lists the dependencies
const QString kJava = QStringLiteral("/usr/bin/java");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

// `ruok` answers before the server serves; `srvr` names a Mode only once it does.
bool serves(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(200))
        return false;
    socket.write("srvr");
    QByteArray answer;
    while (socket.waitForReadyRead(500))
        answer += socket.readAll();
    return answer.contains("Mode: ");
}
} // namespace

ZooKeeperServer::ZooKeeperServer() = default;

ZooKeeperServer::~ZooKeeperServer()
{
    stop();
}

QString ZooKeeperServer::unavailableReason()
{
    if (!QFileInfo::exists(kJar) || !QFileInfo::exists(kJava))
        return QStringLiteral("ZooKeeper is not installed (Debian packages zookeeper, default-jre-headless)");
    return {};
}

QString ZooKeeperServer::start(int timeoutMs)
{
    if (QString why = unavailableReason(); !why.isEmpty())
        return why;
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        QFile config(m_dir.filePath(QStringLiteral("zoo.cfg")));
        if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QStringLiteral("cannot write zoo.cfg");
        config.write(QStringLiteral("tickTime=500\n"
                                    "dataDir=%1/data\n"
                                    "clientPort=%2\n"
                                    "clientPortAddress=127.0.0.1\n"
                                    "maxClientCnxns=0\n"
                                    "admin.enableServer=false\n"
                                    "4lw.commands.whitelist=*\n"
                                    "minSessionTimeout=1000\n")
                         .arg(m_dir.path())
                         .arg(m_port)
                         .toUtf8());
        config.close();

        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setStandardOutputFile(m_dir.filePath(QStringLiteral("zookeeper.log")));
        // A short-lived test JVM: small heap, no JIT tiers beyond C1, class data sharing.
        m_process->start(kJava,
                         { QStringLiteral("-Xmx128m"), QStringLiteral("-XX:TieredStopAtLevel=1"),
                           QStringLiteral("-XX:+UseSerialGC"), QStringLiteral("-Xshare:auto"),
                           QStringLiteral("-Dzookeeper.admin.enableServer=false"),
                           QStringLiteral("-Dzookeeper.jmx.log4j.disable=true"), QStringLiteral("-cp"), kJar,
                           QStringLiteral("org.apache.zookeeper.server.ZooKeeperServerMain"),
                           config.fileName() });
        if (!m_process->waitForStarted(5000))
            return QStringLiteral("java did not start: ") + m_process->errorString();
        const QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired() && m_process->state() == QProcess::Running) {
            if (serves(m_port))
                return {};
            QThread::msleep(50);
        }
        const bool died = m_process->state() != QProcess::Running;
        stop();
        if (!died || !log().contains(QStringLiteral("Address already in use")))
            return QStringLiteral("ZooKeeper did not come up:\n") + log().right(3000);
    }
    return QStringLiteral("ZooKeeper found no free port:\n") + log().right(3000);
}

void ZooKeeperServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

bool ZooKeeperServer::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QString ZooKeeperServer::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("zookeeper.log")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace mc::test
