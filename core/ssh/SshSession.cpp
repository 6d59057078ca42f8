#include "core/ssh/SshSession.h"

#include "core/ssh/JumpTransport.h"
#include "core/util/Logging.h"
#include "core/util/ShellQuote.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>

#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <libssh/server.h>
#include <libssh/sftp.h>

#include <fcntl.h>

#include <cstring>

namespace mc::ssh {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mc::ssh::SshSession)
};

constexpr int kPollMs = 100;
constexpr int kChunk = 32 * 1024;
constexpr int kMaxJumpDepth = 8;
// Files up to this size go through a kept shell as base64 on its command line (a single
// argument may have 128 KiB on Linux); larger ones over SFTP.
constexpr qsizetype kInlineUploadBytes = qsizetype(48) * 1024;

QString fromUtf8(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

QString randomToken()
{
    return QString::number(QRandomGenerator::global()->generate64(), 36);
}

// Splits a stream into lines and hands each complete one on.
class LineSplitter
{
public:
    QByteArray pending;
    template<typename Emit> void feed(const QByteArray &data, Emit emitLine)
    {
        pending += data;
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            QByteArray line = pending.left(nl);
            if (line.endsWith('\r'))
                line.chop(1);
            pending.remove(0, nl + 1);
            emitLine(line);
        }
    }
    template<typename Emit> void flush(Emit emitLine)
    {
        if (!pending.isEmpty())
            emitLine(pending);
        pending.clear();
    }
};

struct KeyInfo
{
    QString type;
    QString fingerprint;
};

KeyInfo describeKey(ssh_key key)
{
    KeyInfo info;
    if (!key)
        return info;
    info.type = fromUtf8(ssh_key_type_to_char(ssh_key_type(key)));
    unsigned char *hash = nullptr;
    size_t hashLen = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &hashLen) == SSH_OK) {
        char *fp = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, hashLen);
        info.fingerprint = fromUtf8(fp);
        ssh_string_free_char(fp);
        ssh_clean_pubkey_hash(&hash);
    }
    return info;
}

// The key known_hosts records for host:port (first match; plain or hashed lines).
KeyInfo recordedKeyIn(const QString &path, const QString &address, quint16 port)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray host
        = (port == 22 ? address : QStringLiteral("[%1]:%2").arg(address, QString::number(port))).toUtf8();
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        ssh_knownhosts_entry *entry = nullptr;
        if (ssh_known_hosts_parse_line(host.constData(), line.constData(), &entry) == SSH_OK && entry) {
            KeyInfo info = describeKey(entry->publickey);
            ssh_knownhosts_entry_free(entry);
            if (!info.fingerprint.isEmpty())
                return info;
        }
    }
    return {};
}

} // namespace

struct SshSession::Impl
{
    ssh_session session = nullptr;
    sftp_session sftp = nullptr;
    ssh_callbacks_struct callbacks {};
    SshSession *owner = nullptr;
    bool passphraseAsked = false;
    std::unique_ptr<JumpTransport> jump; // when reached through a jump host
    // What libssh counts arriving on the session (bytes read, packets decoded):
    // any change means the host is alive. See checkPeer().
    ssh_counter_struct received {};
    ssh_counter_struct decoded {};
    quint64 lastReceived = 0;
    QElapsedTimer heard; // since something last came from the host
    QElapsedTimer probed; // since the last keepalive was sent or polled
    // The kept shell (SshSession::setKeepShell) and whom it runs as ("" without become).
    ssh_channel shell = nullptr;
    QString shellUser;

    ~Impl() { reset(); }
    void closeShell()
    {
        if (shell) {
            if (ssh_channel_is_open(shell))
                ssh_channel_close(shell);
            ssh_channel_free(shell);
            shell = nullptr;
        }
        shellUser.clear();
    }
    void reset()
    {
        closeShell();
        if (sftp) {
            sftp_free(sftp);
            sftp = nullptr;
        }
        if (session) {
            if (ssh_is_connected(session))
                ssh_disconnect(session);
            ssh_free(session); // closes the socket the jump transport serves
            session = nullptr;
        }
        if (jump) {
            {
                QMutexLocker lock(&owner->m_jumpMutex);
                owner->m_jumpSession = nullptr;
            }
            jump.reset();
        }
    }
};

SshSession::SshSession(HostSpec host, SessionOptions options)
    : m_host(std::move(host))
    , m_options(std::move(options))
    , d(std::make_unique<Impl>())
{
    d->owner = this;
}

SshSession::~SshSession()
{
    d->reset(); // before the members reset() uses (m_jumpMutex) go
}

Error SshSession::fail(FailureKind kind, QString message, QString detail)
{
    m_lastFailure = kind;
    return Error { std::move(message), std::move(detail) };
}

bool SshSession::isConnected() const
{
    return d->session && ssh_is_connected(d->session);
}

ssh_session_struct *SshSession::nativeHandle() const
{
    return d->session;
}

void SshSession::cancel()
{
    m_cancelled.store(true);
    QMutexLocker lock(&m_jumpMutex);
    if (m_jumpSession)
        m_jumpSession->cancel();
}

void SshSession::disconnect()
{
    d->reset();
}

Status SshSession::checkPeer()
{
    ssh_session s = d->session;
    if (!s || !ssh_is_connected(s))
        return {};
    const auto noteArrivals = [this] {
        const quint64 arrived = d->received.in_bytes + d->decoded.in_packets;
        if (arrived != d->lastReceived) {
            d->lastReceived = arrived;
            d->heard.restart();
        }
    };
    noteArrivals();
    const qint64 probeAfterMs = qint64(qMax(1, m_options.keepaliveSeconds)) * 1000;
    if (m_options.keepaliveSeconds > 0 && d->heard.elapsed() >= probeAfterMs
        && (!d->probed.isValid() || d->probed.elapsed() >= 1000)) {
        // Non-blocking: libssh sends the request (or, while one is unanswered,
        // only reads what has arrived) and returns at once.
        const bool blocking = ssh_is_blocking(s);
        ssh_set_blocking(s, 0);
        ssh_send_keepalive(s);
        ssh_set_blocking(s, blocking ? 1 : 0);
        d->probed.restart();
        noteArrivals();
    }
    const qint64 silentMs = d->heard.elapsed();
    if (m_options.deadPeerSeconds > 0 && silentMs > qint64(m_options.deadPeerSeconds) * 1000)
        return fail(
            FailureKind::Unreachable,
            QCoreApplication::translate("mc::ssh::SshSession",
                                        "%1 stopped answering: nothing came back for %2 s, not even "
                                        "an answer to SSH keepalives. The host, its SSH server or the "
                                        "network in between is down or stalled.")
                .arg(m_host.displayName())
                .arg(silentMs / 1000));
    return {};
}

Status SshSession::connect()
{
    d->reset();
    m_lastFailure = FailureKind::None;
    const QString who = m_host.displayName();
    if (m_cancelled)
        return fail(FailureKind::Cancelled, Tr::tr("%1: cancelled").arg(who));

    d->session = ssh_new();
    if (!d->session)
        return fail(FailureKind::Failed, Tr::tr("%1: cannot create an SSH session").arg(who));
    ssh_session s = d->session;
    d->received = {};
    d->decoded = {};
    d->lastReceived = 0;
    d->heard.start();
    d->probed.invalidate();
    ssh_set_counters(s, &d->received, &d->decoded);

    if (Status st = applyOptions(); !st)
        return st;
    installCallbacks();
    const std::optional<QList<HostSpec>> hops = takeJumpHops();
    if (hops && !hops->isEmpty()) {
        if (Status st = connectThrough(*hops); !st) {
            d->reset();
            return st;
        }
    }

    if (ssh_connect(s) != SSH_OK) {
        qCInfo(lcSsh).noquote() << who << "unreachable:" << fromUtf8(ssh_get_error(s));
        return fail(FailureKind::Unreachable,
                    Tr::tr("%1 is unreachable: %2").arg(who, fromUtf8(ssh_get_error(s))),
                    fromUtf8(ssh_get_error(s)));
    }
    if (Status st = verifyHostKey(); !st) {
        d->reset();
        return st;
    }
    if (m_cancelled) {
        d->reset();
        return fail(FailureKind::Cancelled, Tr::tr("%1: cancelled").arg(who));
    }
    if (Status st = authenticate(); !st) {
        qCInfo(lcSsh).noquote() << st.error().message;
        d->reset();
        return st;
    }
    qCDebug(lcSsh).noquote() << who << "connected and logged in"
                             << (hops && !hops->isEmpty() ? "through a jump host" : "");
    return {};
}

// The host spec and the session options onto the libssh session, over ~/.ssh/config.
Status SshSession::applyOptions()
{
    const QString who = m_host.displayName();
    ssh_session s = d->session;
    // The alias first, so that ~/.ssh/config's `Host` blocks match it; explicit
    // values in the host spec win over the config file.
    const QByteArray alias = (m_host.name.isEmpty() ? m_host.address : m_host.name).toUtf8();
    ssh_options_set(s, SSH_OPTIONS_HOST, alias.constData());
    if (m_options.sshConfigPath == u"none") {
        const int no = 0;
        ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no);
    } else {
        const QByteArray path = QFile::encodeName(m_options.sshConfigPath);
        if (ssh_options_parse_config(s, path.isEmpty() ? nullptr : path.constData()) != SSH_OK)
            return fail(FailureKind::Failed,
                        Tr::tr("%1: cannot read the SSH config file %2").arg(who, m_options.sshConfigPath),
                        fromUtf8(ssh_get_error(s)));
    }
    if (!m_host.address.isEmpty()) {
        const QByteArray address = m_host.address.toUtf8();
        ssh_options_set(s, SSH_OPTIONS_HOST, address.constData());
    }
    if (m_host.port != 0) {
        const unsigned int port = m_host.port;
        ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    }
    if (!m_host.user.isEmpty()) {
        const QByteArray user = m_host.user.toUtf8();
        ssh_options_set(s, SSH_OPTIONS_USER, user.constData());
    }
    const long seconds = m_options.connectTimeoutMs / 1000;
    const long usec = long(m_options.connectTimeoutMs % 1000) * 1000;
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &seconds);
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT_USEC, &usec);
    const QString knownHosts = m_options.knownHostsPath.isEmpty()
        ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts")
        : m_options.knownHostsPath;
    const QByteArray knownHostsPath = QFile::encodeName(knownHosts);
    ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, knownHostsPath.constData());
    if (!m_options.extraKnownHostsPath.isEmpty()) {
        const QByteArray extra = QFile::encodeName(m_options.extraKnownHostsPath);
        ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, extra.constData());
    }
    return {};
}

// Key passphrases are asked through the prompts.
void SshSession::installCallbacks()
{
    ssh_session s = d->session;
    d->callbacks = {};
    d->callbacks.userdata = d.get();
    d->callbacks.auth_function
        = [](const char *prompt, char *buf, size_t len, int, int, void *userdata) -> int {
        auto *impl = static_cast<Impl *>(userdata);
        SshSession *self = impl->owner;
        impl->passphraseAsked = true;
        if (!self->m_options.prompts.secret)
            return -1;
        const auto answer = self->m_options.prompts.secret(
            { self->m_host.displayName(), SecretKind::Passphrase, fromUtf8(prompt).trimmed() });
        if (!answer)
            return -1;
        const QByteArray bytes = answer->toUtf8();
        if (size_t(bytes.size()) + 1 > len)
            return -1;
        std::memcpy(buf, bytes.constData(), size_t(bytes.size()) + 1);
        return 0;
    };
    ssh_callbacks_init(&d->callbacks);
    ssh_set_callbacks(s, &d->callbacks);
}

// The hops to jump through ourselves: the ones given, else a ProxyJump of the config.
// libssh 0.10 turns a ProxyJump into a ProxyCommand that runs `ssh -W`: take it back
// and jump ourselves. Another ProxyCommand of the user's own is left to libssh, as ssh
// would run it.
std::optional<QList<HostSpec>> SshSession::takeJumpHops()
{
    ssh_session s = d->session;
    std::optional<QList<HostSpec>> hops = m_jumpHops;
    char *proxyCommand = nullptr;
    if (ssh_options_get(s, SSH_OPTIONS_PROXYCOMMAND, &proxyCommand) == SSH_OK && proxyCommand) {
        const QString command = fromUtf8(proxyCommand);
        ssh_string_free_char(proxyCommand);
        const std::optional<QList<HostSpec>> fromConfig = proxyJumpHops(command);
        if (fromConfig && !hops)
            hops = fromConfig;
        if (hops)
            ssh_options_set(s, SSH_OPTIONS_PROXYCOMMAND, "none");
    }
    return hops;
}

Status SshSession::connectThrough(const QList<HostSpec> &hops)
{
    const QString who = m_host.displayName();
    if (m_jumpDepth >= kMaxJumpDepth)
        return fail(FailureKind::Failed,
                    QCoreApplication::translate("mc::ssh::SshSession",
                                                "%1: more than %2 jump hosts in a row; does the SSH config "
                                                "make hosts jump through each other (ProxyJump)?")
                        .arg(who)
                        .arg(kMaxJumpDepth));
    // The last hop connects to the target; it reaches the hops before it the same way.
    auto hop = std::make_unique<SshSession>(hops.last(), m_options);
    hop->m_jumpDepth = m_jumpDepth + 1;
    if (hops.size() > 1)
        hop->m_jumpHops = hops.mid(0, hops.size() - 1);
    const QString via = hops.last().displayName();
    {
        QMutexLocker lock(&m_jumpMutex);
        if (m_cancelled)
            return fail(FailureKind::Cancelled, Tr::tr("%1: cancelled").arg(who));
        m_jumpSession = hop.get();
    }
    const auto forget = [this] {
        QMutexLocker lock(&m_jumpMutex);
        m_jumpSession = nullptr;
    };
    if (Status st = hop->connect(); !st) {
        forget();
        return fail(hop->lastFailure(),
                    QCoreApplication::translate("mc::ssh::SshSession", "%1: through the jump host %2: %3")
                        .arg(who, via, st.error().message),
                    st.error().detail);
    }
    char *hostChars = nullptr;
    ssh_options_get(d->session, SSH_OPTIONS_HOST, &hostChars);
    const QString target = fromUtf8(hostChars);
    ssh_string_free_char(hostChars);
    unsigned int port = 22;
    ssh_options_get_port(d->session, &port);

    d->jump = std::make_unique<JumpTransport>(std::move(hop));
    auto fd = d->jump->open(target, quint16(port));
    if (!fd) {
        const FailureKind kind
            = d->jump->jumpSession().isCancelled() ? FailureKind::Cancelled : FailureKind::Unreachable;
        return fail(kind,
                    QCoreApplication::translate("mc::ssh::SshSession", "%1 is unreachable: %2")
                        .arg(who, fd.error().message),
                    fd.error().detail);
    }
    socket_t socket = *fd;
    ssh_options_set(d->session, SSH_OPTIONS_FD, &socket);
    return {};
}

Status SshSession::verifyHostKey()
{
    // The key a known_hosts file records for the host, and which file it is in
    // (the user's file first, then the workspace's own list).
    const QString userKnownHosts = m_options.knownHostsPath.isEmpty()
        ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts")
        : m_options.knownHostsPath;
    const auto recordedKey = [&](const QString &address, quint16 port) -> std::pair<KeyInfo, QString> {
        KeyInfo info = recordedKeyIn(userKnownHosts, address, port);
        if (info.fingerprint.isEmpty() && !m_options.extraKnownHostsPath.isEmpty()) {
            info = recordedKeyIn(m_options.extraKnownHostsPath, address, port);
            if (!info.fingerprint.isEmpty())
                return { info, m_options.extraKnownHostsPath };
        }
        return { info, userKnownHosts };
    };
    ssh_session s = d->session;
    const QString who = m_host.displayName();
    ssh_key serverKey = nullptr;
    if (ssh_get_server_publickey(s, &serverKey) != SSH_OK)
        return fail(FailureKind::HostKey, Tr::tr("%1 sent no host key").arg(who), fromUtf8(ssh_get_error(s)));
    const KeyInfo offered = describeKey(serverKey);
    ssh_key_free(serverKey);

    char *hostChars = nullptr;
    ssh_options_get(s, SSH_OPTIONS_HOST, &hostChars);
    const QString address = fromUtf8(hostChars);
    ssh_string_free_char(hostChars);
    unsigned int port = 22;
    ssh_options_get_port(s, &port);

    switch (ssh_session_is_known_server(s)) {
    case SSH_KNOWN_HOSTS_OK:
        qCDebug(lcSsh).noquote() << who << "host key" << offered.type << offered.fingerprint
                                 << "is known: accepted";
        return {};
    case SSH_KNOWN_HOSTS_CHANGED:
    case SSH_KNOWN_HOSTS_OTHER: {
        const auto [known, file] = recordedKey(address, quint16(port));
        qCWarning(lcSsh).noquote() << who << "host key CHANGED: offered" << offered.type
                                   << offered.fingerprint << "where" << file << "has" << known.type
                                   << known.fingerprint << "- refused";
        // known_hosts names a host on another port "[address]:port".
        const QString entry
            = port == 22 ? address : QStringLiteral("[%1]:%2").arg(address, QString::number(port));
        const QString removeCommand = shellJoin(
            { QStringLiteral("ssh-keygen"), QStringLiteral("-R"), entry, QStringLiteral("-f"), file });
        return fail(FailureKind::HostKey,
                    QCoreApplication::translate(
                        "mc::ssh::SshSession",
                        "The host key of %1 (%2:%3) has CHANGED: %4 has %5 %6, the host offered %7 %8. "
                        "Nothing was sent. If the machine was reinstalled, remove its old entry with `%9` "
                        "and connect again to check and trust the new key; otherwise someone may be "
                        "intercepting the connection.")
                        .arg(who, address, QString::number(port), file, known.type,
                             known.fingerprint.isEmpty() ? QCoreApplication::translate(
                                 "mc::ssh::SshSession", "(a key of another type)")
                                                         : known.fingerprint,
                             offered.type, offered.fingerprint, removeCommand));
    }
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND: {
        TrustDecision decision = TrustDecision::Refuse;
        if (m_options.prompts.unknownHostKey)
            decision = m_options.prompts.unknownHostKey(
                { who, address, quint16(port), offered.type, offered.fingerprint });
        qCInfo(lcSsh).noquote() << who << "host key" << offered.type << offered.fingerprint << "is not known:"
                                << (decision == TrustDecision::Refuse ? "refused"
                                        : decision == TrustDecision::TrustAlways
                                        ? "trusted and recorded"
                                        : "trusted for this session");
        if (decision == TrustDecision::Refuse) {
            return fail(FailureKind::HostKey,
                        Tr::tr("The host key of %1 (%2:%3) is not known (%4 %5) and was not trusted. "
                               "Check the fingerprint on the machine (ssh-keygen -lf "
                               "/etc/ssh/ssh_host_*_key.pub) and trust it.")
                            .arg(who, address)
                            .arg(port)
                            .arg(offered.type, offered.fingerprint));
        }
        if (decision == TrustDecision::TrustAlways) {
            const QString path = m_options.knownHostsPath.isEmpty()
                ? QDir::homePath() + QStringLiteral("/.ssh/known_hosts")
                : m_options.knownHostsPath;
            QDir().mkpath(QFileInfo(path).absolutePath());
            if (ssh_session_update_known_hosts(s) != SSH_OK)
                return fail(FailureKind::HostKey,
                            Tr::tr("Cannot record the host key of %1 in %2").arg(who, path),
                            fromUtf8(ssh_get_error(s)));
        }
        return {};
    }
    case SSH_KNOWN_HOSTS_ERROR:
        break;
    }
    return fail(FailureKind::HostKey, Tr::tr("Cannot check the host key of %1").arg(who),
                fromUtf8(ssh_get_error(s)));
}

Status SshSession::authenticate()
{
    ssh_session s = d->session;
    const QString who = m_host.displayName();
    char *userChars = nullptr;
    ssh_options_get(s, SSH_OPTIONS_USER, &userChars);
    const QString user = fromUtf8(userChars);
    ssh_string_free_char(userChars);

    if (ssh_userauth_none(s, nullptr) == SSH_AUTH_SUCCESS)
        return {};
    const int methods = ssh_userauth_list(s, nullptr);
    QStringList tried;

    if (methods & SSH_AUTH_METHOD_PUBLICKEY) {
        if (!m_host.keyPath.isEmpty()) {
            tried << Tr::tr("key %1").arg(m_host.keyPath);
            ssh_key key = nullptr;
            d->passphraseAsked = false;
            const QByteArray path = QFile::encodeName(m_host.keyPath);
            const int rc = ssh_pki_import_privkey_file(path.constData(), nullptr, d->callbacks.auth_function,
                                                       d.get(), &key);
            if (rc != SSH_OK) {
                if (d->passphraseAsked && m_options.prompts.secretRejected)
                    m_options.prompts.secretRejected({ who, SecretKind::Passphrase, {} });
                return fail(FailureKind::Authentication,
                            d->passphraseAsked
                                ? Tr::tr("%1: cannot unlock the key %2: wrong or no passphrase")
                                      .arg(who, m_host.keyPath)
                                : Tr::tr("%1: cannot read the key %2").arg(who, m_host.keyPath));
            }
            const int auth = ssh_userauth_publickey(s, nullptr, key);
            ssh_key_free(key);
            if (auth == SSH_AUTH_SUCCESS)
                return {};
        } else {
            if (qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) {
                tried << Tr::tr("agent");
                if (ssh_userauth_agent(s, nullptr) == SSH_AUTH_SUCCESS)
                    return {};
            }
            tried << Tr::tr("default keys");
            if (ssh_userauth_publickey_auto(s, nullptr, nullptr) == SSH_AUTH_SUCCESS)
                return {};
        }
    }
    if (!ssh_is_connected(s))
        return fail(FailureKind::Unreachable, Tr::tr("%1 closed the connection during login").arg(who));

    if (methods & SSH_AUTH_METHOD_PASSWORD) {
        QString password = m_host.password;
        if (password.isEmpty() && m_options.prompts.secret) {
            password = m_options.prompts
                           .secret({ who, SecretKind::Password,
                                     Tr::tr("Password for %1@%2").arg(user, m_host.effectiveAddress()) })
                           .value_or(QString());
        }
        if (!password.isEmpty()) {
            tried << Tr::tr("password");
            const QByteArray bytes = password.toUtf8();
            if (ssh_userauth_password(s, nullptr, bytes.constData()) == SSH_AUTH_SUCCESS)
                return {};
            if (m_options.prompts.secretRejected)
                m_options.prompts.secretRejected({ who, SecretKind::Password, {} });
        }
    }
    return fail(
        FailureKind::Authentication,
        Tr::tr("%1: authentication as %2 failed (tried: %3)")
            .arg(who, user,
                 tried.isEmpty() ? Tr::tr("nothing the server accepts") : tried.join(QStringLiteral(", "))),
        fromUtf8(ssh_get_error(s)));
}

Result<ExecResult> SshSession::exec(const QString &command, const ExecOptions &options)
{
    if (!isConnected()) {
        if (Status st = connect(); !st)
            return st.error();
    }
    if (m_keepShell && options.stdinData.isEmpty() && options.keepOutput)
        return execKept(command, options);
    if (!options.become)
        return execRaw(command, options, {}, {});

    const QString prompt = QStringLiteral("[mc-sudo-%1]").arg(randomToken());
    const QString wrapped = shellJoin(
        { QStringLiteral("sudo"), QStringLiteral("-S"), QStringLiteral("-p"), prompt, QStringLiteral("-u"),
          options.becomeUser, QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"), command });
    return execRaw(wrapped, options, prompt, m_host.becomePassword);
}

namespace {
void sendInputAndEof(ssh_channel channel, const ExecOptions &options)
{
    if (!options.stdinData.isEmpty())
        ssh_channel_write(channel, options.stdinData.constData(), uint32_t(options.stdinData.size()));
    ssh_channel_send_eof(channel);
}
} // namespace

// One command on its own channel: its output so far and where sudo is.
struct SshSession::ExecRun
{
    ssh_channel channel;
    const ExecOptions &options;
    QString who;
    QByteArray promptBytes; // the sudo prompt; empty: no become
    bool becoming = false;
    ExecResult result {};
    LineSplitter outLines {};
    LineSplitter errLines {};
    int promptsSeen = 0;
    bool passwordFed = false;
    bool sawStdout = false;

    auto emitLine(OutputStream stream)
    {
        return [this, stream](const QByteArray &line) {
            if (options.onLine)
                options.onLine({ who, stream, QDateTime::currentDateTimeUtc(), QString::fromUtf8(line) });
        };
    }
    void take(QByteArray chunk, bool isStderr);
};

void SshSession::ExecRun::take(QByteArray chunk, bool isStderr)
{
    if (isStderr) {
        if (becoming) {
            // The prompt comes without a newline; take it out of the stream.
            QByteArray all = errLines.pending + chunk;
            qsizetype at;
            while ((at = all.indexOf(promptBytes)) >= 0) {
                all.remove(at, promptBytes.size());
                ++promptsSeen;
            }
            errLines.pending.clear();
            chunk = all;
        }
        if (options.keepOutput)
            result.stderrData += chunk;
        errLines.feed(chunk, emitLine(OutputStream::Stderr));
    } else {
        sawStdout = true;
        if (options.keepOutput)
            result.stdoutData += chunk;
        outLines.feed(chunk, emitLine(OutputStream::Stdout));
    }
}

Error SshSession::commandLost(const QString &detail)
{
    return fail(FailureKind::Failed,
                Tr::tr("%1: the connection was lost while the command ran").arg(m_host.displayName()),
                detail);
}

Error SshSession::becomeRejected()
{
    const QString who = m_host.displayName();
    if (m_options.prompts.secretRejected)
        m_options.prompts.secretRejected({ who, SecretKind::BecomePassword, {} });
    return fail(FailureKind::Become, Tr::tr("%1: sudo rejected the become password").arg(who));
}

QString SshSession::askBecomePassword(QString given)
{
    const QString who = m_host.displayName();
    if (given.isEmpty() && m_options.prompts.secret)
        given = m_options.prompts
                    .secret({ who, SecretKind::BecomePassword, Tr::tr("sudo password on %1").arg(who) })
                    .value_or(QString());
    return given;
}

Result<ExecResult> SshSession::execRaw(const QString &command, const ExecOptions &options,
                                       const QString &sudoPrompt, const QString &becomePasswordIn)
{
    const QString who = m_host.displayName();
    ssh_session s = d->session;
    ssh_channel channel = ssh_channel_new(s);
    if (!channel)
        return fail(FailureKind::Failed, Tr::tr("%1: cannot open a channel").arg(who),
                    fromUtf8(ssh_get_error(s)));
    struct ChannelGuard
    {
        ssh_channel c;
        ~ChannelGuard()
        {
            if (ssh_channel_is_open(c))
                ssh_channel_close(c);
            ssh_channel_free(c);
        }
    } guard { channel };

    const QByteArray commandBytes = command.toUtf8();
    if (ssh_channel_open_session(channel) != SSH_OK
        || ssh_channel_request_exec(channel, commandBytes.constData()) != SSH_OK) {
        const bool lost = !ssh_is_connected(s);
        return fail(lost ? FailureKind::Unreachable : FailureKind::Failed,
                    Tr::tr("%1: cannot start the command").arg(who), fromUtf8(ssh_get_error(s)));
    }
    ExecRun run { channel, options, who, sudoPrompt.toUtf8(), !sudoPrompt.isEmpty() };
    if (!run.becoming)
        sendInputAndEof(channel, options);

    ssh_event event = ssh_event_new();
    ssh_event_add_session(event, s);
    struct EventGuard
    {
        ssh_event e;
        ssh_session s;
        ~EventGuard()
        {
            ssh_event_remove_session(e, s);
            ssh_event_free(e);
        }
    } eventGuard { event, s };

    QElapsedTimer elapsed;
    elapsed.start();
    for (;;) {
        if (auto stop = stopped(options, elapsed))
            return *stop;
        bool gotData = false;
        if (auto lost = readExecOutput(run, &gotData))
            return *lost;
        if (auto refused = answerSudo(run, becomePasswordIn))
            return *refused;
        if (!gotData && (ssh_channel_is_eof(channel) || ssh_channel_is_closed(channel)))
            break;
        if (!ssh_is_connected(s))
            return commandLost(fromUtf8(ssh_get_error(s)));
        if (!gotData) {
            if (Status alive = checkPeer(); !alive)
                return alive.error();
            if (ssh_event_dopoll(event, kPollMs) == SSH_ERROR && !ssh_is_connected(s))
                return commandLost(fromUtf8(ssh_get_error(s)));
        }
    }
    run.outLines.flush(run.emitLine(OutputStream::Stdout));
    run.errLines.flush(run.emitLine(OutputStream::Stderr));
    ExecResult &result = run.result;
    result.exitStatus = ssh_channel_get_exit_status(channel);
    if (run.becoming && run.passwordFed && result.exitStatus != 0 && run.promptsSeen > 1)
        return becomeRejected();
    if (run.becoming && result.exitStatus != 0 && result.stderrData.contains("incorrect password attempt"))
        return becomeRejected();
    if (result.exitStatus < 0 && !ssh_is_connected(s))
        return commandLost();
    return result;
}

// Reads what stdout and stderr have into `run`; the error when the connection broke.
std::optional<Error> SshSession::readExecOutput(ExecRun &run, bool *gotData)
{
    char buffer[kChunk];
    for (int isStderr = 0; isStderr <= 1; ++isStderr) {
        for (;;) {
            const int n = ssh_channel_read_nonblocking(run.channel, buffer, sizeof buffer, isStderr);
            if (n == SSH_ERROR)
                return commandLost(fromUtf8(ssh_get_error(d->session)));
            if (n <= 0)
                break;
            *gotData = true;
            run.take(QByteArray(buffer, n), isStderr != 0);
        }
    }
    return std::nullopt;
}

// Answers sudo's first prompt with the password, then gives the command its input; a
// second prompt means the password was wrong. Without a prompt but with output, sudo
// did not ask.
std::optional<Error> SshSession::answerSudo(ExecRun &run, const QString &givenPassword)
{
    if (run.becoming && run.promptsSeen > 0) {
        if (run.passwordFed && run.promptsSeen > 1)
            return becomeRejected();
        if (!run.passwordFed) {
            const QString password = askBecomePassword(givenPassword);
            if (password.isEmpty())
                return fail(FailureKind::Become,
                            Tr::tr("%1: sudo asks for a password and none was given").arg(run.who));
            const QByteArray line = password.toUtf8() + '\n';
            ssh_channel_write(run.channel, line.constData(), uint32_t(line.size()));
            run.passwordFed = true;
            sendInputAndEof(run.channel, run.options);
        }
    } else if (run.becoming && !run.passwordFed && run.sawStdout) {
        // sudo did not ask (NOPASSWD or cached): the command runs; give it its input.
        run.passwordFed = true;
        run.promptsSeen = 1;
        sendInputAndEof(run.channel, run.options);
    }
    return std::nullopt;
}

std::optional<Error> SshSession::stopped(const ExecOptions &options, const QElapsedTimer &elapsed)
{
    const QString who = m_host.displayName();
    if (m_cancelled)
        return fail(FailureKind::Cancelled, Tr::tr("%1: cancelled").arg(who));
    if (options.timeoutMs > 0 && elapsed.elapsed() > options.timeoutMs)
        return fail(
            FailureKind::Failed,
            Tr::tr("%1: the command did not finish within %2 s").arg(who).arg(options.timeoutMs / 1000));
    return std::nullopt;
}

Status SshSession::openKeptShell(const ExecOptions &options)
{
    const QString who = m_host.displayName();
    const QString user = options.become ? options.becomeUser : QString();
    if (d->shell && d->shellUser == user && ssh_channel_is_open(d->shell) && !ssh_channel_is_eof(d->shell))
        return {};
    d->closeShell();
    ssh_session s = d->session;
    ssh_channel channel = ssh_channel_new(s);
    if (!channel)
        return fail(FailureKind::Failed, Tr::tr("%1: cannot open a channel").arg(who),
                    fromUtf8(ssh_get_error(s)));
    d->shell = channel;
    d->shellUser = user;
    // The shell says it is there (after sudo let it in) before it reads a command.
    const QString ready = QStringLiteral("mc-shell-%1").arg(randomToken());
    const QString shell = QStringLiteral("echo %1; exec sh").arg(ready);
    const QString prompt = QStringLiteral("[mc-sudo-%1]").arg(randomToken());
    const QString command = options.become
        ? shellJoin({ QStringLiteral("sudo"), QStringLiteral("-S"), QStringLiteral("-p"), prompt,
                      QStringLiteral("-u"), user, QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                      shell })
        : shellJoin({ QStringLiteral("sh"), QStringLiteral("-c"), shell });
    const QByteArray commandBytes = command.toUtf8();
    if (ssh_channel_open_session(channel) != SSH_OK
        || ssh_channel_request_exec(channel, commandBytes.constData()) != SSH_OK) {
        d->closeShell();
        return fail(ssh_is_connected(s) ? FailureKind::Failed : FailureKind::Unreachable,
                    Tr::tr("%1: cannot start a shell").arg(who), fromUtf8(ssh_get_error(s)));
    }
    QByteArray out;
    QByteArray err;
    const QByteArray promptBytes = prompt.toUtf8();
    bool passwordFed = false;
    char buffer[kChunk];
    QElapsedTimer elapsed;
    elapsed.start();
    for (;;) {
        if (m_cancelled) {
            d->closeShell();
            return fail(FailureKind::Cancelled, Tr::tr("%1: cancelled").arg(who));
        }
        int n = 0;
        while ((n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 0)) > 0)
            out.append(buffer, n);
        while (n != SSH_ERROR && (n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 1)) > 0)
            err.append(buffer, n);
        if (out.contains(QByteArray(ready.toUtf8() + '\n')))
            return {};
        if (options.become && err.count(promptBytes) > (passwordFed ? 1 : 0)) {
            if (passwordFed) {
                d->closeShell();
                return becomeRejected();
            }
            const QString password = askBecomePassword(m_host.becomePassword);
            if (password.isEmpty()) {
                d->closeShell();
                return fail(FailureKind::Become,
                            Tr::tr("%1: sudo asks for a password and none was given").arg(who));
            }
            const QByteArray line = password.toUtf8() + '\n';
            ssh_channel_write(channel, line.constData(), uint32_t(line.size()));
            passwordFed = true;
        }
        if (n == SSH_ERROR || ssh_channel_is_eof(channel) || ssh_channel_is_closed(channel)
            || !ssh_is_connected(s) || elapsed.elapsed() > m_options.connectTimeoutMs) {
            const bool lost = !ssh_is_connected(s);
            d->closeShell();
            const QString why = QString::fromUtf8(err).remove(prompt).trimmed();
            if (why.contains(QStringLiteral("incorrect password attempt")))
                return fail(FailureKind::Become, Tr::tr("%1: sudo rejected the become password").arg(who));
            return fail(lost ? FailureKind::Unreachable : FailureKind::Failed,
                        options.become ? Tr::tr("%1: cannot start a shell through sudo").arg(who)
                                       : Tr::tr("%1: cannot start a shell").arg(who),
                        why.isEmpty() ? fromUtf8(ssh_get_error(s)) : why);
        }
        if (Status alive = checkPeer(); !alive) {
            d->closeShell();
            return alive.error();
        }
        ssh_event event = ssh_event_new();
        ssh_event_add_session(event, s);
        ssh_event_dopoll(event, kPollMs);
        ssh_event_remove_session(event, s);
        ssh_event_free(event);
    }
}

// The shell ended under the command: killed on the host, or the host going away (its
// processes die before its connection does). A new shell tells which.
Error SshSession::keptShellEnded(const ExecOptions &options)
{
    const QString who = m_host.displayName();
    ssh_session s = d->session;
    d->closeShell();
    const QString lost = Tr::tr("%1: the connection was lost while the command ran").arg(who);
    if (!ssh_is_connected(s))
        return fail(FailureKind::Unreachable, lost, fromUtf8(ssh_get_error(s)));
    if (Status again = openKeptShell(options); !again) {
        d->closeShell();
        return fail(FailureKind::Unreachable, lost, again.error().message);
    }
    return fail(FailureKind::Failed,
                Tr::tr("%1: the shell ended while the command ran (killed on the host?)").arg(who));
}

Result<ExecResult> SshSession::execKept(const QString &command, const ExecOptions &options)
{
    if (Status opened = openKeptShell(options); !opened)
        return opened.error();
    const QString who = m_host.displayName();
    ssh_session s = d->session;
    ssh_channel channel = d->shell;
    // The command in its own sh, then its exit status and a mark on each stream, each on a
    // line of its own: what came before the mark is the command's.
    const QByteArray mark = QStringLiteral("mc-done-%1").arg(randomToken()).toUtf8();
    const QByteArray script = "sh -c " + shellQuote(command).toUtf8() + " </dev/null; printf '\\n%s %d\\n' "
        + mark + " $?; printf '\\n%s\\n' " + mark + " >&2\n";
    if (ssh_channel_write(channel, script.constData(), uint32_t(script.size())) != int(script.size())) {
        const bool lost = !ssh_is_connected(s);
        d->closeShell();
        return fail(lost ? FailureKind::Unreachable : FailureKind::Failed,
                    Tr::tr("%1: cannot start the command").arg(who), fromUtf8(ssh_get_error(s)));
    }
    struct Stream
    {
        QByteArray raw;
        LineSplitter lines;
        bool heldEmpty = false; // an empty line that may be the one before the mark
        bool done = false;
    };
    Stream streams[2];
    ExecResult result;
    auto emitLine = [&](OutputStream stream, const QByteArray &line) {
        if (options.onLine)
            options.onLine({ who, stream, QDateTime::currentDateTimeUtc(), QString::fromUtf8(line) });
    };
    auto feed = [&](int which, const QByteArray &chunk) {
        Stream &st = streams[which];
        const OutputStream kind = which ? OutputStream::Stderr : OutputStream::Stdout;
        st.raw += chunk;
        st.lines.feed(chunk, [&](const QByteArray &line) {
            if (st.done)
                return; // whatever a leftover background process writes after the mark
            if (line == mark || line.startsWith(QByteArray(mark + ' '))) {
                st.done = true;
                const qsizetype at = st.raw.indexOf(QByteArray('\n' + mark));
                (which ? result.stderrData : result.stdoutData) = st.raw.left(at);
                if (!which)
                    result.exitStatus = line.mid(mark.size() + 1).toInt();
                return;
            }
            if (st.heldEmpty)
                emitLine(kind, {});
            st.heldEmpty = line.isEmpty();
            if (!st.heldEmpty)
                emitLine(kind, line);
        });
    };
    auto shellEnded = [&] { return keptShellEnded(options); };
    QElapsedTimer elapsed;
    elapsed.start();
    char buffer[kChunk];
    ssh_event event = ssh_event_new();
    ssh_event_add_session(event, s);
    const auto freeEvent = qScopeGuard([&] {
        ssh_event_remove_session(event, s);
        ssh_event_free(event);
    });
    while (!streams[0].done || !streams[1].done) {
        if (auto stop = stopped(options, elapsed)) {
            d->closeShell(); // its command may still run: the next one gets a new shell
            return *stop;
        }
        bool gotData = false;
        for (int which = 0; which <= 1; ++which) {
            for (;;) {
                const int n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, which);
                if (n == SSH_ERROR)
                    return shellEnded();
                if (n <= 0)
                    break;
                gotData = true;
                feed(which, QByteArray(buffer, n));
            }
        }
        if (gotData)
            continue;
        if (ssh_channel_is_eof(channel) || ssh_channel_is_closed(channel) || !ssh_is_connected(s))
            return shellEnded();
        if (Status alive = checkPeer(); !alive) {
            d->closeShell();
            return alive.error();
        }
        if (ssh_event_dopoll(event, kPollMs) == SSH_ERROR && !ssh_is_connected(s))
            return shellEnded();
    }
    return result;
}

Result<QString> SshSession::remoteSha256(const QString &remotePath, bool become)
{
    const QString q = shellQuote(remotePath);
    ExecOptions opts;
    opts.become = become;
    auto r = exec(QStringLiteral("if [ -e %1 ]; then sha256sum -- %1 | cut -d' ' -f1; fi").arg(q), opts);
    if (!r)
        return r.error();
    if (r->exitStatus != 0)
        return fail(FailureKind::Failed, Tr::tr("%1: cannot read %2").arg(m_host.displayName(), remotePath),
                    QString::fromUtf8(r->stderrData));
    return QString::fromLatin1(r->stdoutData).trimmed();
}

Result<std::optional<QByteArray>> SshSession::readFile(const QString &remotePath, bool become)
{
    ExecOptions opts;
    opts.become = become;
    const QString q = shellQuote(remotePath);
    auto r = exec(QStringLiteral("if [ -e %1 ]; then cat -- %1; else exit 3; fi").arg(q), opts);
    if (!r)
        return r.error();
    if (r->exitStatus == 3)
        return std::optional<QByteArray>();
    if (r->exitStatus != 0)
        return fail(FailureKind::Failed, Tr::tr("%1: cannot read %2").arg(m_host.displayName(), remotePath),
                    QString::fromUtf8(r->stderrData));
    return std::optional<QByteArray>(r->stdoutData);
}

Result<WriteOutcome> SshSession::upload(const QString &remotePath, const QByteArray &data,
                                        const UploadOptions &options)
{
    if (!isConnected()) {
        if (Status st = connect(); !st)
            return st.error();
    }
    const QString q = shellQuote(remotePath);
    const QString mode = QString::number(options.mode, 8);
    if (options.compareFirst) {
        const Result<bool> same = sameOnHost(remotePath, data, options);
        if (!same)
            return same.error();
        if (*same)
            return WriteOutcome::Unchanged;
    }

    const QFileInfo target(remotePath);
    const QString token = randomToken();
    QString ownerSpec = options.owner;
    if (!options.group.isEmpty())
        ownerSpec += u':' + options.group;
    const QString staged = shellQuote(target.path() + QStringLiteral("/.") + target.fileName()
                                      + QStringLiteral(".mc-") + token);
    if (m_keepShell && data.size() <= kInlineUploadBytes) {
        // A small file through the kept shell (as the user it runs as): one round trip, no SFTP,
        // no stop in /tmp. Written next to the target, then renamed over it.
        const QString write
            = QStringLiteral("umask 077; printf '%s' %1 | base64 -d > %2 && chmod %3 -- %2%4 && mv -f -- %2 %5 "
                             "|| { rc=$?; rm -f -- %2; exit $rc; }")
                  .arg(QString::fromLatin1(data.toBase64()), staged, mode,
                       ownerSpec.isEmpty() ? QString()
                                           : QStringLiteral(" && chown -- %1 %2").arg(shellQuote(ownerSpec), staged),
                       q);
        return putInPlace(write, options.become, remotePath);
    }
    // Without become: the temp file sits next to the target, so the rename is atomic.
    // With become: it is uploaded to /tmp as the login user, and root installs it
    // next to the target and renames it there.
    const QString tempPath = options.become
        ? QStringLiteral("/tmp/.mc-upload-%1").arg(token)
        : target.path() + QStringLiteral("/.") + target.fileName() + QStringLiteral(".mc-%1").arg(token);
    if (Status written = writeBySftp(tempPath, data); !written)
        return written.error();

    QString finish;
    const QString qt = shellQuote(tempPath);
    if (options.become) {
        finish = QStringLiteral("install -m %1 %2 -- %3 %4 && mv -f -- %4 %5; rc=$?; rm -f -- %3; exit $rc")
                     .arg(mode,
                          ownerSpec.isEmpty()
                              ? QString()
                              : QStringLiteral("-o %1 %2")
                                    .arg(shellQuote(options.owner.isEmpty() ? QStringLiteral("root")
                                                                            : options.owner),
                                         options.group.isEmpty()
                                             ? QString()
                                             : QStringLiteral("-g ") + shellQuote(options.group)),
                          qt, staged, q);
    } else {
        finish = QStringLiteral("chmod %1 -- %2 %3 && mv -f -- %2 %4 || { rc=$?; rm -f -- %2; exit $rc; }")
                     .arg(mode, qt,
                          ownerSpec.isEmpty()
                              ? QString()
                              : QStringLiteral("&& chown -- %1 %2").arg(shellQuote(ownerSpec), qt),
                          q);
    }
    return putInPlace(finish, options.become, remotePath);
}

// Whether `remotePath` already holds `data` with the mode, owner and group asked for.
Result<bool> SshSession::sameOnHost(const QString &remotePath, const QByteArray &data,
                                    const UploadOptions &options)
{
    ExecOptions execOpts;
    execOpts.become = options.become;
    auto state = exec(
        QStringLiteral("if [ -e %1 ]; then sha256sum -- %1 | cut -d' ' -f1; stat -c '%a %U %G' -- %1; fi")
            .arg(shellQuote(remotePath)),
        execOpts);
    if (!state)
        return state.error();
    const QStringList lines = QString::fromUtf8(state->stdoutData).split(u'\n', Qt::SkipEmptyParts);
    const QString wanted
        = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    if (lines.size() == 2 && lines[0] == wanted) {
        const QStringList st = lines[1].split(u' ');
        if (st.size() == 3 && st[0] == QString::number(options.mode, 8)
            && (options.owner.isEmpty() || st[1] == options.owner)
            && (options.group.isEmpty() || st[2] == options.group))
            return true;
    }
    return false;
}

// Writes `data` to a new file `tempPath` (mode 0600) over SFTP; removes it again when a write fails.
Status SshSession::writeBySftp(const QString &tempPath, const QByteArray &data)
{
    const QString who = m_host.displayName();
    if (!d->sftp) {
        d->sftp = sftp_new(d->session);
        if (!d->sftp || sftp_init(d->sftp) != SSH_OK) {
            if (d->sftp) {
                sftp_free(d->sftp);
                d->sftp = nullptr;
            }
            return fail(FailureKind::Failed, Tr::tr("%1: cannot start SFTP").arg(who),
                        fromUtf8(ssh_get_error(d->session)));
        }
    }
    const QByteArray tempBytes = tempPath.toUtf8();
    sftp_file file = sftp_open(d->sftp, tempBytes.constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (!file)
        return fail(FailureKind::Failed, Tr::tr("%1: cannot create %2").arg(who, tempPath),
                    fromUtf8(ssh_get_error(d->session)));
    qsizetype written = 0;
    while (written < data.size()) {
        const size_t len = size_t(qMin<qsizetype>(kChunk, data.size() - written));
        const ssize_t n = sftp_write(file, data.constData() + written, len);
        if (n <= 0) {
            sftp_close(file);
            sftp_unlink(d->sftp, tempBytes.constData());
            return fail(FailureKind::Failed, Tr::tr("%1: writing %2 failed").arg(who, tempPath),
                        fromUtf8(ssh_get_error(d->session)));
        }
        written += n;
    }
    sftp_close(file);
    return {};
}

// Runs the shell command that moves the written file over `remotePath`.
Result<WriteOutcome> SshSession::putInPlace(const QString &command, bool become, const QString &remotePath)
{
    ExecOptions execOpts;
    execOpts.become = become;
    auto done = exec(command, execOpts);
    if (!done)
        return done.error();
    if (done->exitStatus != 0)
        return fail(FailureKind::Failed,
                    Tr::tr("%1: cannot put %2 in place").arg(m_host.displayName(), remotePath),
                    QString::fromUtf8(done->stderrData).trimmed());
    return WriteOutcome::Changed;
}

} // namespace mc::ssh
