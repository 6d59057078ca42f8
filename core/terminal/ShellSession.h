#pragma once

#include "core/ssh/SshTypes.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

namespace mc::terminal {

// What to open: a login shell on a host, or a command run with a terminal.
struct ShellRequest
{
    ssh::HostSpec host;
    // Empty: the login shell. Otherwise a command line run with a PTY (values
    // in it already quoted by whoever built it, e.g. TaskShellCommand).
    QString command;
    // As root through sudo (the become rules of the rest: the password comes
    // from the host spec or the prompt, never from the terminal).
    bool become = false;
    QString becomeUser = QStringLiteral("root");
    // The terminal type the remote programs see.
    QString term = QStringLiteral("xterm-256color");
};

// Why a shell ended, for the tab that showed it.
struct ShellEnd
{
    enum class Kind { Exited, ConnectFailed, Lost, Stopped };
    Kind kind = Kind::Exited;
    int exitStatus = -1; // Exited: the remote status (-1: the server did not say)
    QString reason; // person-readable
};

// An interactive shell on a host over SSH: the connection (same connect,
// host-key, authentication and ProxyJump rules as every other SSH use:
// SshSession::connect), a channel with a PTY and a shell or command, resize
// (window-change), input and output. Everything SSH runs on a thread of its
// own; output reaches the owner's thread in batches through received().
// At most kMaxPendingBytes of output wait for the owner; past that the
// channel is not read (the SSH window holds the remote program back).
// stop() and the destructor never wait for the SSH thread: a connect that is
// under way is abandoned and ends on its own (util::detachThread).
class ShellSession : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kMaxPendingBytes = qsizetype(4) * 1024 * 1024;

    ShellSession(ShellRequest request, ssh::SessionOptions options, QObject *parent = nullptr);
    ~ShellSession() override;

    // Connects and opens the shell with a rows × cols PTY; returns at once.
    void start(int rows, int cols);
    // Bytes for the remote program (keys, pastes), on the owner's thread.
    // Dropped when no shell runs.
    void write(const QByteArray &bytes);
    void resize(int rows, int cols);
    // Ends the shell (closes the channel and the connection); finished() says Stopped.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] const ShellRequest &request() const { return m_request; }

    // The command the channel runs for `request` (empty: a shell is requested);
    // with become, the sudo wrapper around it with `sudoPrompt`.
    [[nodiscard]] static QString remoteCommand(const ShellRequest &request, const QString &sudoPrompt);

Q_SIGNALS:
    void connected();
    void received(const QByteArray &bytes);
    void finished(const mc::terminal::ShellEnd &end);

private:
    struct Shared;
    class Worker; // the SSH thread's side
    void takeBatch();
    void end(const ShellEnd &end);

    ShellRequest m_request;
    ssh::SessionOptions m_options;
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
};

} // namespace mc::terminal

Q_DECLARE_METATYPE(mc::terminal::ShellEnd)
