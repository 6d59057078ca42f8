#pragma once

#include "core/ssh/HostSpec.h"

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>

#include <functional>
#include <optional>

namespace mc::ssh {

enum class OutputStream { Stdout, Stderr };

// One line a remote command printed, as it arrived.
struct OutputLine
{
    QString host;
    OutputStream stream = OutputStream::Stdout;
    QDateTime timestamp;
    QString text;

    bool operator==(const OutputLine &) const = default;
};

// What the user decides about a host key that is not in known_hosts.
enum class TrustDecision { Refuse, TrustOnce, TrustAlways };

struct UnknownHostKey
{
    QString host; // display name
    QString address;
    quint16 port = 22;
    QString keyType; // e.g. ssh-ed25519
    QString fingerprint; // SHA256:...
};

enum class SecretKind { Password, Passphrase, BecomePassword };

struct SecretRequest
{
    QString host;
    SecretKind kind = SecretKind::Password;
    QString prompt; // e.g. "Passphrase for /home/me/.ssh/id_ed25519"
};

// How the engine asks a person. Called on the SSH worker thread; an empty
// function means "nobody to ask" (unknown keys are refused, secrets missing).
struct Prompts
{
    std::function<TrustDecision(const UnknownHostKey &)> unknownHostKey;
    std::function<std::optional<QString>(const SecretRequest &)> secret;
    // The secret answered for this host and kind was refused (wrong password,
    // passphrase or sudo password): a prompt that remembers answers forgets it,
    // so the next attempt asks again.
    std::function<void(const SecretRequest &)> secretRejected;
};

struct SessionOptions
{
    QString knownHostsPath; // empty: ~/.ssh/known_hosts
    QString extraKnownHostsPath; // e.g. the workspace's own list (read only)
    QString sshConfigPath; // empty: ~/.ssh/config; "none": no config file
    int connectTimeoutMs = 10000;
    // A connected session that has heard nothing from the host for
    // keepaliveSeconds sends it a keepalive (keepalive@openssh.com, which the
    // host must answer); one that has heard nothing for deadPeerSeconds is
    // declared lost (SshSession::checkPeer). 0: never declared lost.
    int keepaliveSeconds = 15;
    int deadPeerSeconds = 30;
    Prompts prompts;
};

// Why a host could not be worked on; decides "unreachable" vs "failed".
enum class FailureKind { None, Unreachable, HostKey, Authentication, Become, Cancelled, Failed };

struct ExecOptions
{
    bool become = false;
    QString becomeUser = QStringLiteral("root");
    QByteArray stdinData; // sent, then EOF
    int timeoutMs = 0; // 0: no limit
    std::function<void(const OutputLine &)> onLine; // called on the worker thread
    bool keepOutput = true; // false: output only goes to onLine (endless commands like tail -F)
};

struct ExecResult
{
    int exitStatus = -1;
    QByteArray stdoutData;
    QByteArray stderrData;
};

enum class WriteOutcome { Unchanged, Changed };

struct UploadOptions
{
    int mode = 0644;
    QString owner; // empty: keep the login user's / root's
    QString group;
    bool become = false;
    // false: the caller compared the remote file already (and found it differs); no
    // SHA-256 round trip first, always written.
    bool compareFirst = true;
};

} // namespace mc::ssh

Q_DECLARE_METATYPE(mc::ssh::OutputLine)
