#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace mc::test {

// A real, standalone ZooKeeper server (Debian's `zookeeper` package) on a
// free 127.0.0.1 port, in a temporary directory, four-letter words allowed,
// admin server off. Stopped (and its files removed) on destruction.
class ZooKeeperServer
{
public:
    ZooKeeperServer();
    ~ZooKeeperServer();

    // Starts the JVM and waits until it serves (`srvr` names its mode). Returns an
    // empty string on success, else why it failed (with the server log).
    QString start(int timeoutMs = 30000);
    void stop();

    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    [[nodiscard]] QString zkUrl(const QString &path) const
    {
        return QStringLiteral("zk://") + hostPort() + path;
    }
    [[nodiscard]] QString log() const;
    // Is the package there? Tests skip with this message when it is not.
    [[nodiscard]] static QString unavailableReason();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

} // namespace mc::test
