#pragma once

#include "core/ssh/SshTypes.h"
#include "core/util/Result.h"

#include <QList>
#include <QMutex>

#include <atomic>
#include <memory>
#include <optional>

class QElapsedTimer;
struct ssh_session_struct;

namespace mc::ssh {

// One SSH connection to one host (libssh). Blocking: use it on a worker thread
// (SshPool does). cancel() may be called from any thread; a running exec() ends
// within ~100 ms, a connect within its timeout.
class SshSession
{
public:
    SshSession(HostSpec host, SessionOptions options);
    ~SshSession();
    SshSession(const SshSession &) = delete;
    SshSession &operator=(const SshSession &) = delete;

    // Connects, verifies the host key (unknown: asks; changed: refuses before
    // anything is sent), authenticates. A ProxyJump of ~/.ssh/config is
    // followed without the ssh program: the jump hosts are SSH sessions of
    // their own (same known_hosts and prompts) and the target is reached over a
    // direct-tcpip channel of the last one (JumpTransport.h).
    Status connect();
    void disconnect();
    [[nodiscard]] bool isConnected() const;

    // Runs `command` through the login shell. With options.become it runs as
    // `sudo -S -p <prompt> -u USER -- sh -c <command>`; the password is written to
    // stdin only when sudo shows that prompt, and never appears in output or errors.
    Result<ExecResult> exec(const QString &command, const ExecOptions &options = {});

    // From now on exec() runs its commands in a shell kept open on this session (one per
    // become user; with become: one sudo, one password check, for all of them) instead of a
    // channel (and a sudo) each. Every command still runs in its own `sh -c`, with /dev/null
    // as input, and has its own exit status and output. A command with stdinData or without
    // keepOutput still gets a channel of its own. The shell ends with the session, and after
    // a command that timed out or was cancelled (the next one starts a new shell).
    void setKeepShell(bool keep) { m_keepShell = keep; }

    // Writes `data` to `remotePath` atomically (a temp file in the same directory,
    // then rename), with mode/owner. Reports Unchanged when the remote SHA-256
    // already matches (nothing written).
    Result<WriteOutcome> upload(const QString &remotePath, const QByteArray &data,
                                const UploadOptions &options = {});
    // Reads a remote file; std::nullopt when it does not exist.
    Result<std::optional<QByteArray>> readFile(const QString &remotePath, bool become = false);
    // SHA-256 (hex) of a remote file; empty when it does not exist.
    Result<QString> remoteSha256(const QString &remotePath, bool become = false);

    // The libssh session after connect() (nullptr before): for channels the
    // caller opens itself (SshSocksProxy), on the thread that uses this session.
    [[nodiscard]] ssh_session_struct *nativeHandle() const;

    // Liveness of a connected session, for callers that keep one open (the
    // tunnel, log follows, exec): call it every second or so on the session's
    // thread. When nothing has come from the host for options.keepaliveSeconds
    // it sends a keepalive without waiting for the answer; when nothing has come
    // for options.deadPeerSeconds it returns the error that says so (the host,
    // its sshd or the network in between stopped answering). Never blocks.
    Status checkPeer();

    void cancel();
    [[nodiscard]] bool isCancelled() const { return m_cancelled.load(); }
    // A gentler stop (any thread): the running command finishes, but a job
    // should not start anything new or keep waiting (e.g. for a restarted
    // service to answer). Jobs check isStopRequested().
    void requestStop() { m_stopRequested.store(true); }
    [[nodiscard]] bool isStopRequested() const { return m_stopRequested.load() || m_cancelled.load(); }

    [[nodiscard]] const HostSpec &host() const { return m_host; }
    // The kind of the last error returned (unreachable, host key, auth, ...).
    [[nodiscard]] FailureKind lastFailure() const { return m_lastFailure; }

private:
    struct Impl;
    Error fail(FailureKind kind, QString message, QString detail = {});
    Status applyOptions();
    void installCallbacks();
    std::optional<QList<HostSpec>> takeJumpHops();
    Status verifyHostKey();
    Status authenticate();
    Result<ExecResult> execRaw(const QString &command, const ExecOptions &options, const QString &sudoPrompt,
                               const QString &becomePassword);
    struct ExecRun;
    std::optional<Error> readExecOutput(ExecRun &run, bool *gotData);
    std::optional<Error> answerSudo(ExecRun &run, const QString &givenPassword);
    Error commandLost(const QString &detail = {});
    // Tells the prompts the become password was wrong; the error that says so.
    Error becomeRejected();
    // `given`, else the become password asked through the prompts (empty: none).
    QString askBecomePassword(QString given);
    Result<ExecResult> execKept(const QString &command, const ExecOptions &options);
    Error keptShellEnded(const ExecOptions &options);
    // Cancelled, or the command past its time limit: the error that says so.
    std::optional<Error> stopped(const ExecOptions &options, const QElapsedTimer &elapsed);
    Status openKeptShell(const ExecOptions &options);
    Result<bool> sameOnHost(const QString &remotePath, const QByteArray &data, const UploadOptions &options);
    Status writeBySftp(const QString &tempPath, const QByteArray &data);
    Result<WriteOutcome> putInPlace(const QString &command, bool become, const QString &remotePath);
    // Reaches the target through `hops` (visited in order); sets the session's socket.
    Status connectThrough(const QList<HostSpec> &hops);

    HostSpec m_host;
    SessionOptions m_options;
    std::unique_ptr<Impl> d;
    std::atomic<bool> m_cancelled { false };
    std::atomic<bool> m_stopRequested { false };
    // Jumping: the hops to go through instead of ~/.ssh/config's ProxyJump
    // (set on the session of a hop that has hops before it), and how deep in
    // a chain of jumps this session is.
    std::optional<QList<HostSpec>> m_jumpHops;
    int m_jumpDepth = 0;
    QMutex m_jumpMutex; // guards m_jumpSession for cancel() from other threads
    SshSession *m_jumpSession = nullptr; // the hop session being connected / in use
    FailureKind m_lastFailure = FailureKind::None;
    bool m_keepShell = false;
};

} // namespace mc::ssh
