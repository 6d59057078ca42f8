#include "app/gui/DemoZooKeeper.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <csignal>
#include <sys/prctl.h>

namespace mc::app {

namespace {
// Debian's jar (its manifest names the dependencies); MESOS_CONSOLE_ZOOKEEPER_JAR names another.
QString zooKeeperJar()
{
    const QString chosen = qEnvironmentVariable("MESOS_CONSOLE_ZOOKEEPER_JAR");
    return chosen.isEmpty() ? QStringLiteral("/usr/share/java/zookeeper.jar") : chosen;
}

QString java()
{
    return QStandardPaths::findExecutable(QStringLiteral("java"));
}
constexpr int kPollMs = 250;
constexpr int kStartTimeoutMs = 90000; // three JVMs on a busy two-core machine
constexpr int kStopWaitMs = 5000;

// Ports nobody listens on now, all different (held open together while chosen).
QList<quint16> freePorts(int count)
{
    std::vector<std::unique_ptr<QTcpServer>> probes;
    QList<quint16> ports;
    for (int i = 0; i < count; ++i) {
        auto probe = std::make_unique<QTcpServer>();
        if (!probe->listen(QHostAddress::LocalHost, 0))
            return {};
        ports << probe->serverPort();
        probes.push_back(std::move(probe));
    }
    return ports;
}
} // namespace

struct DemoZooKeeper::Member
{
    int id = 0; // myid, 1..N
    quint16 clientPort = 0;
    quint16 quorumPort = 0;
    quint16 electionPort = 0;
    QString dir;
    QProcess *process = nullptr;
    QTcpSocket *probe = nullptr; // the `srvr` in flight
    QByteArray answer;
    QString mode;
};

DemoZooKeeper::DemoZooKeeper(QObject *parent)
    : QObject(parent)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &DemoZooKeeper::poll);
}

DemoZooKeeper::~DemoZooKeeper()
{
    stop();
}

QString DemoZooKeeper::unavailableReason()
{
    if (!QFileInfo::exists(zooKeeperJar()))
        return tr("ZooKeeper is not installed (%1 is missing; Debian package zookeeper, which "
                  "scripts/install-deps.sh installs).")
            .arg(zooKeeperJar());
    if (java().isEmpty())
        return tr("Java is not installed (no java on PATH; Debian package default-jre-headless).");
    return {};
}

QString DemoZooKeeper::zkUrl(const QString &path) const
{
    return QStringLiteral("zk://") + hostPorts().join(u',') + path;
}

QStringList DemoZooKeeper::hostPorts() const
{
    QStringList out;
    for (const auto &m : m_members)
        out << QStringLiteral("127.0.0.1:%1").arg(m->clientPort);
    return out;
}

QStringList DemoZooKeeper::modes() const
{
    QStringList out;
    for (const auto &m : m_members)
        out << m->mode;
    return out;
}

bool DemoZooKeeper::writeConfigs(QString *error)
{
    QString servers;
    for (const auto &m : m_members) {
        servers += QStringLiteral("server.%1=127.0.0.1:%2:%3\n")
                       .arg(m->id)
                       .arg(m->quorumPort)
                       .arg(m->electionPort);
    }
    for (const auto &m : m_members) {
        if (!QDir().mkpath(m->dir + QStringLiteral("/data"))) {
            *error = tr("cannot create %1").arg(m->dir);
            return false;
        }
        QFile myid(m->dir + QStringLiteral("/data/myid"));
        QFile config(m->dir + QStringLiteral("/zoo.cfg"));
        if (!myid.open(QIODevice::WriteOnly) || !config.open(QIODevice::WriteOnly)) {
            *error = tr("cannot write the configuration in %1").arg(m->dir);
            return false;
        }
        myid.write(QByteArray::number(m->id) + '\n');
        // A short tick: the ensemble forms and fails over in seconds, not tens of seconds.
        config.write(QStringLiteral("tickTime=500\n"
                                    "initLimit=20\n"
                                    "syncLimit=10\n"
                                    "dataDir=%1/data\n"
                                    "clientPort=%2\n"
                                    "clientPortAddress=127.0.0.1\n"
                                    "maxClientCnxns=0\n"
                                    "admin.enableServer=false\n"
                                    "4lw.commands.whitelist=srvr,mntr,ruok,stat\n"
                                    "minSessionTimeout=1000\n")
                         .arg(m->dir)
                         .arg(m->clientPort)
                         .toUtf8()
                     + servers.toUtf8());
    }
    return true;
}

void DemoZooKeeper::start(int members)
{
    stop();
    m_done = false;
    m_ready = false;
    m_startupMs = -1;
    m_clock.start();
    if (const QString why = unavailableReason(); !why.isEmpty()) {
        fail(why);
        return;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/mesos-console-zk-XXXXXX"));
    const int portCount = 3 * members; // client, quorum and election port each
    const QList<quint16> ports = freePorts(portCount);
    if (!m_dir->isValid() || ports.size() != portCount) {
        fail(tr("no temporary directory or free loopback ports for ZooKeeper."));
        return;
    }
    for (int i = 0; i < members; ++i) {
        auto m = std::make_unique<Member>();
        m->id = i + 1;
        const int first = 3 * i;
        m->clientPort = ports[first];
        m->quorumPort = ports[first + 1];
        m->electionPort = ports[first + 2];
        m->dir = m_dir->filePath(QStringLiteral("zk%1").arg(m->id));
        m_members.push_back(std::move(m));
    }
    QString error;
    if (!writeConfigs(&error)) {
        fail(error);
        return;
    }
    for (const auto &m : m_members) {
        m->process = new QProcess(this);
        m->process->setProcessChannelMode(QProcess::MergedChannels);
        m->process->setStandardOutputFile(m->dir + QStringLiteral("/zookeeper.log"));
        m->process->setWorkingDirectory(m->dir);
        // The members go with the console, even one that is killed.
        m->process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        connect(m->process, &QProcess::finished, this, [this, id = m->id](int code) {
            if (!m_done)
                fail(tr("ZooKeeper member %1 exited with code %2.").arg(id).arg(code));
        });
        // A small JVM that starts fast: small heap, C1 only, serial GC.
        m->process->start(java(),
                          { QStringLiteral("-Xmx128m"), QStringLiteral("-XX:TieredStopAtLevel=1"),
                            QStringLiteral("-XX:+UseSerialGC"), QStringLiteral("-Xshare:auto"),
                            QStringLiteral("-Dzookeeper.admin.enableServer=false"),
                            QStringLiteral("-Dzookeeper.jmx.log4j.disable=true"), QStringLiteral("-cp"),
                            zooKeeperJar(),
                            QStringLiteral("org.apache.zookeeper.server.quorum.QuorumPeerMain"),
                            m->dir + QStringLiteral("/zoo.cfg") });
    }
    m_poll->start();
}

void DemoZooKeeper::poll()
{
    if (m_clock.elapsed() > kStartTimeoutMs && !m_ready) {
        fail(tr("the ensemble did not serve within %1 s.").arg(kStartTimeoutMs / 1000));
        return;
    }
    bool all = true;
    for (const auto &m : m_members) {
        all = all && !m->mode.isEmpty();
        if (!m->mode.isEmpty() || m->probe)
            continue;
        // `ruok` answers before the member serves; `srvr` names a Mode only once it does.
        m->probe = new QTcpSocket(this);
        m->answer.clear();
        Member *member = m.get();
        connect(m->probe, &QTcpSocket::connected, m->probe, [member] { member->probe->write("srvr"); });
        connect(m->probe, &QTcpSocket::readyRead, m->probe,
                [member] { member->answer += member->probe->readAll(); });
        const auto done = [this, member] {
            if (!member->probe)
                return;
            const qsizetype at = member->answer.indexOf("Mode: ");
            if (at >= 0) {
                const qsizetype end = member->answer.indexOf('\n', at);
                member->mode = QString::fromLatin1(member->answer.mid(at + 6, end - at - 6)).trimmed();
            }
            std::exchange(member->probe, nullptr)->deleteLater();
        };
        connect(m->probe, &QTcpSocket::disconnected, this, done);
        connect(m->probe, &QTcpSocket::errorOccurred, this, done);
        m->probe->connectToHost(QHostAddress::LocalHost, m->clientPort);
    }
    if (all && !m_members.empty() && !m_done) {
        m_done = true;
        m_ready = true;
        m_startupMs = m_clock.elapsed();
        m_poll->stop();
        Q_EMIT ready();
    }
}

void DemoZooKeeper::fail(const QString &reason)
{
    if (m_done)
        return;
    m_done = true;
    m_poll->stop();
    const QString tail = logTail();
    stop();
    Q_EMIT failed(tail.isEmpty() ? reason : reason + u'\n' + tail);
}

QString DemoZooKeeper::logTail() const
{
    // The first member's last lines that say what went wrong (the log is noisy otherwise).
    QStringList lines;
    for (const auto &m : m_members) {
        QFile log(m->dir + QStringLiteral("/zookeeper.log"));
        if (!log.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : log.readAll().split('\n')) {
            if (line.contains("ERROR") || line.contains("Exception")
                || line.contains("Address already in use"))
                lines << QString::fromUtf8(line).trimmed();
        }
    }
    return lines.mid(qMax(0, int(lines.size()) - 3)).join(u'\n');
}

void DemoZooKeeper::stop()
{
    m_poll->stop();
    m_done = true;
    m_ready = false;
    for (const auto &m : m_members) {
        if (m->probe) {
            m->probe->disconnect(); // its callbacks point at the member
            std::exchange(m->probe, nullptr)->deleteLater();
        }
        if (!m->process)
            continue;
        m->process->disconnect(this);
        if (m->process->state() != QProcess::NotRunning)
            m->process->terminate(); // all at once: the JVMs stop in parallel
    }
    for (const auto &m : m_members) {
        if (!m->process)
            continue;
        if (m->process->state() != QProcess::NotRunning && !m->process->waitForFinished(kStopWaitMs)) {
            m->process->kill();
            m->process->waitForFinished(kStopWaitMs);
        }
        m->process->deleteLater();
    }
    m_members.clear();
    m_dir.reset();
}

} // namespace mc::app
