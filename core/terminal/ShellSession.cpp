#include "core/terminal/ShellSession.h"

#include "core/ssh/SshSession.h"
#include "core/util/DetachedThreads.h"
#include "core/util/ShellQuote.h"

#include <QCoreApplication>
#include <QMutex>
#include <QPointer>
#include <QRandomGenerator>
#include <QThread>

#include <libssh/libssh.h>

#include <algorithm>
#include <mutex>
#include <optional>

namespace mc::terminal {

namespace {
constexpr int kPollMs = 20;
constexpr int kChunk = 32 * 1024;
constexpr int kMaxSudoAnswers = 3;

QString sshError(ssh_session s)
{
    return QString::fromUtf8(ssh_get_error(s));
}
} // namespace

// What the SSH thread and the session object share (guarded by mutex).
struct ShellSession::Shared
{
    QMutex mutex;
    QByteArray input; // for the remote program
    QByteArray batch; // from it, not yet taken by the owner
    int rows = 24;
    int cols = 80;
    bool resized = false;
    bool stopped = false;
    ssh::SshSession *session = nullptr; // while connecting / connected
};

ShellSession::ShellSession(ShellRequest request, ssh::SessionOptions options, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_options(std::move(options))
{
    qRegisterMetaType<ShellEnd>();
}

ShellSession::~ShellSession()
{
    stop();
}

QString ShellSession::remoteCommand(const ShellRequest &request, const QString &sudoPrompt)
{
    if (!request.become)
        return request.command;
    QStringList argv { QStringLiteral("sudo"), QStringLiteral("-p"), sudoPrompt, QStringLiteral("-u"),
                       request.becomeUser };
    if (request.command.isEmpty())
        argv << QStringLiteral("-i"); // the user's login shell
    else
        argv << QStringLiteral("--") << QStringLiteral("sh") << QStringLiteral("-c") << request.command;
    return shellJoin(argv);
}

// The SSH thread of one shell: connects, opens the PTY channel, then moves input
// and output until the shell ends, the connection drops or the owner stops it.
class ShellSession::Worker
{
public:
    Worker(const std::shared_ptr<Shared> &shared, QPointer<ShellSession> self, const ShellRequest &request,
           const ssh::SessionOptions &options)
        : m_shared(shared)
        , m_mine(shared)
        , m_self(std::move(self))
        , m_request(request)
        , m_options(options)
        , m_who(request.host.displayName())
        , m_session(request.host, options)
    { }
    Worker(const Worker &) = delete;
    Worker &operator=(const Worker &) = delete;

    void run();

private:
    template<typename Function> void post(Function function);
    void finish(const ShellEnd &end);
    bool attach();
    void forget();
    bool openChannel();
    ShellEnd pump(ssh_event event);
    void writeInput(const QByteArray &input);
    bool readOutput(bool *full);
    bool answerSudo(QByteArray &chunk);
    void releaseInputOnceSudoIsThrough(const QByteArray &chunk, bool answered);
    std::optional<ShellEnd> ended();
    ShellEnd lost() const;

    const std::shared_ptr<Shared> m_shared;
    const std::weak_ptr<Shared> m_mine;
    const QPointer<ShellSession> m_self;
    const ShellRequest m_request;
    const ssh::SessionOptions m_options;
    const QString m_who;
    ssh::SshSession m_session;
    ssh_session m_ssh = nullptr;
    ssh_channel m_channel = nullptr;
    QByteArray m_prompt; // the sudo prompt we asked for
    QByteArray m_held; // output that may be the start of the sudo prompt
    int m_sudoAnswers = 0;
    // With become, keystrokes wait until sudo is through: typed ahead they
    // would be read as the password, and one that arrives while sudo has
    // echo on between two attempts would show the password on the screen.
    bool m_holdInput = false;
    QByteArray m_heldInput;
    QByteArray m_afterAnswer; // what came since the last answer
};

// Through the application object, which outlives the session: the session
// may be gone (closed while connecting), or stopped, by the time this arrives.
template<typename Function> void ShellSession::Worker::post(Function function)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [self = m_self, mine = m_mine, function] {
            if (self && self->m_shared && self->m_shared == mine.lock())
                function(self.data());
        },
        Qt::QueuedConnection);
}

void ShellSession::Worker::finish(const ShellEnd &end)
{
    post([end](ShellSession *session) {
        session->takeBatch();
        session->end(end);
    });
}

// Lets stop() cancel the connect; false when the owner stopped before it began.
bool ShellSession::Worker::attach()
{
    const std::lock_guard lock(m_shared->mutex);
    if (m_shared->stopped)
        return false;
    m_shared->session = &m_session;
    return true;
}

void ShellSession::Worker::forget()
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->session = nullptr;
}

void ShellSession::Worker::run()
{
    if (!attach())
        return;
    if (Status connected = m_session.connect(); !connected) {
        forget();
        finish({ ShellEnd::Kind::ConnectFailed, -1, connected.error().message });
        return;
    }
    if (!openChannel())
        return;
    post([](ShellSession *session) { Q_EMIT session->connected(); });

    ssh_event event = ssh_event_new();
    ssh_event_add_session(event, m_ssh);
    const ShellEnd end = pump(event);
    ssh_event_remove_session(event, m_ssh);
    ssh_event_free(event);
    if (ssh_channel_is_open(m_channel))
        ssh_channel_close(m_channel);
    ssh_channel_free(m_channel);
    forget();
    m_session.disconnect();
    finish(end);
}

// The channel with its PTY and the shell or command; on failure says so and
// returns false.
bool ShellSession::Worker::openChannel()
{
    m_ssh = m_session.nativeHandle();
    m_channel = ssh_channel_new(m_ssh);
    const QString sudoPrompt = QStringLiteral("[mc-sudo-%1]")
                                   .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    m_prompt = sudoPrompt.toUtf8();
    const QByteArray command = remoteCommand(m_request, sudoPrompt).toUtf8();
    int rows = 0;
    int cols = 0;
    {
        const std::lock_guard lock(m_shared->mutex);
        rows = m_shared->rows;
        cols = m_shared->cols;
        m_shared->resized = false;
    }
    if (!m_channel || ssh_channel_open_session(m_channel) != SSH_OK
        || ssh_channel_request_pty_size(m_channel, m_request.term.toUtf8().constData(), cols, rows) != SSH_OK
        || (command.isEmpty() ? ssh_channel_request_shell(m_channel)
                              : ssh_channel_request_exec(m_channel, command.constData()))
            != SSH_OK) {
        const QString detail = sshError(m_ssh);
        if (m_channel)
            ssh_channel_free(m_channel);
        forget();
        finish({ ShellEnd::Kind::ConnectFailed, -1,
                 ShellSession::tr("%1: cannot open a shell: %2").arg(m_who, detail) });
        return false;
    }
    return true;
}

// Until the shell ends: hands input and window size to the channel, its output
// to the owner, and waits for either side.
ShellEnd ShellSession::Worker::pump(ssh_event event)
{
    m_holdInput = m_request.become;
    for (;;) {
        QByteArray input;
        bool resized = false;
        bool full = false;
        bool stopped = false;
        int rows = 0;
        int cols = 0;
        {
            const std::lock_guard lock(m_shared->mutex);
            stopped = m_shared->stopped;
            input = std::exchange(m_shared->input, {});
            resized = std::exchange(m_shared->resized, false);
            rows = m_shared->rows;
            cols = m_shared->cols;
            full = m_shared->batch.size() >= kMaxPendingBytes;
        }
        if (stopped)
            return { ShellEnd::Kind::Stopped, -1, ShellSession::tr("Closed") };
        if (resized)
            ssh_channel_change_pty_size(m_channel, cols, rows);
        if (m_holdInput) {
            m_heldInput += input;
            input.clear();
        }
        writeInput(input);
        if (readOutput(&full))
            continue;
        if (const std::optional<ShellEnd> end = ended())
            return *end;
        if (full) {
            QThread::msleep(kPollMs);
            continue;
        }
        if (ssh_event_dopoll(event, kPollMs) == SSH_ERROR && !ssh_is_connected(m_ssh))
            return lost();
    }
}

void ShellSession::Worker::writeInput(const QByteArray &input)
{
    for (qsizetype at = 0; at < input.size();) {
        const int n = ssh_channel_write(m_channel, input.constData() + at, uint32_t(input.size() - at));
        if (n <= 0)
            break;
        at += n;
    }
}

// Reads what the channel has into the owner's batch, until it is full; true
// when anything came.
bool ShellSession::Worker::readOutput(bool *full)
{
    char buffer[kChunk];
    bool gotData = false;
    while (!*full) {
        const int n = ssh_channel_read_nonblocking(m_channel, buffer, sizeof buffer, 0);
        if (n <= 0)
            break;
        gotData = true;
        QByteArray chunk = m_held + QByteArray(buffer, n);
        m_held.clear();
        const bool answered = m_request.become && m_sudoAnswers < kMaxSudoAnswers && answerSudo(chunk);
        if (m_holdInput)
            releaseInputOnceSudoIsThrough(chunk, answered);
        bool first = false;
        {
            const std::lock_guard lock(m_shared->mutex);
            first = m_shared->batch.isEmpty();
            m_shared->batch += chunk;
            *full = m_shared->batch.size() >= kMaxPendingBytes;
        }
        if (first && !chunk.isEmpty()) {
            post([](ShellSession *session) { session->takeBatch(); });
        }
    }
    return gotData;
}

// sudo asks with our prompt: answer from the host spec or the prompt, and keep
// the prompt (and the password) out of the screen. True when it answered.
bool ShellSession::Worker::answerSudo(QByteArray &chunk)
{
    const qsizetype at = chunk.indexOf(m_prompt);
    if (at < 0) {
        // Hold back a tail that could be the prompt's beginning.
        for (qsizetype keep = std::min(chunk.size(), m_prompt.size() - 1); keep > 0; --keep) {
            if (m_prompt.startsWith(chunk.right(keep))) {
                m_held = chunk.right(keep);
                chunk.chop(keep);
                break;
            }
        }
        return false;
    }
    chunk.remove(at, m_prompt.size());
    QString password = m_sudoAnswers == 0 ? m_request.host.becomePassword : QString();
    if (m_sudoAnswers > 0 && m_options.prompts.secretRejected)
        m_options.prompts.secretRejected({ m_who, ssh::SecretKind::BecomePassword, {} });
    if (password.isEmpty() && m_options.prompts.secret)
        password = m_options.prompts
                       .secret({ m_who, ssh::SecretKind::BecomePassword,
                                 ShellSession::tr("sudo password on %1").arg(m_who) })
                       .value_or(QString());
    ++m_sudoAnswers;
    m_afterAnswer = chunk.mid(at); // the answer's effect comes after the prompt
    const QByteArray line = password.toUtf8() + '\n';
    ssh_channel_write(m_channel, line.constData(), uint32_t(line.size()));
    return true;
}

// sudo is through once something other than its newline or "try again" follows
// the answer (or, when it never asks, once the shell says anything): the held
// keystrokes go first.
void ShellSession::Worker::releaseInputOnceSudoIsThrough(const QByteArray &chunk, bool answered)
{
    if (!answered)
        m_afterAnswer += chunk;
    const QByteArray said = m_afterAnswer.trimmed();
    if (!said.isEmpty() && !said.startsWith("Sorry") && m_held.isEmpty()) {
        m_holdInput = false;
        {
            const std::lock_guard lock(m_shared->mutex);
            m_shared->input.prepend(m_heldInput);
        }
        m_heldInput.clear();
    }
}

// How the shell ended, once it did: the connection dropped, the channel closed, or the peer stopped
// answering.
std::optional<ShellEnd> ShellSession::Worker::ended()
{
    // A dropped connection closes the channel too: ask about the connection first.
    if (!ssh_is_connected(m_ssh))
        return lost();
    if (ssh_channel_is_eof(m_channel) || ssh_channel_is_closed(m_channel)) {
        const int status = ssh_channel_get_exit_status(m_channel);
        if (status < 0 && !ssh_is_connected(m_ssh))
            return lost();
        return ShellEnd { ShellEnd::Kind::Exited, status,
                          status >= 0 ? ShellSession::tr("The shell ended with exit status %1").arg(status)
                                      : ShellSession::tr("The shell ended") };
    }
    if (Status alive = m_session.checkPeer(); !alive)
        return ShellEnd { ShellEnd::Kind::Lost, -1, alive.error().message };
    return std::nullopt;
}

ShellEnd ShellSession::Worker::lost() const
{
    return { ShellEnd::Kind::Lost, -1,
             ShellSession::tr("Connection to %1 lost: %2").arg(m_who, sshError(m_ssh)) };
}

void ShellSession::start(int rows, int cols)
{
    if (m_running)
        return;
    m_running = true;
    auto shared = std::make_shared<Shared>();
    shared->rows = std::max(rows, 1);
    shared->cols = std::max(cols, 1);
    m_shared = shared;
    QPointer<ShellSession> self(this);
    const ShellRequest request = m_request;
    const ssh::SessionOptions options = m_options;
    QThread *thread = QThread::create([shared, self, request, options] {
        Worker worker(shared, self, request, options);
        worker.run();
    });
    util::detachThread(thread);
    thread->start();
}

void ShellSession::write(const QByteArray &bytes)
{
    if (!m_shared || bytes.isEmpty())
        return;
    const std::lock_guard lock(m_shared->mutex);
    if (m_shared->input.size() < kMaxPendingBytes)
        m_shared->input += bytes;
}

void ShellSession::resize(int rows, int cols)
{
    if (!m_shared)
        return;
    const std::lock_guard lock(m_shared->mutex);
    if (m_shared->rows == rows && m_shared->cols == cols)
        return;
    m_shared->rows = std::max(rows, 1);
    m_shared->cols = std::max(cols, 1);
    m_shared->resized = true;
}

void ShellSession::stop()
{
    if (!m_shared)
        return;
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->stopped = true;
        if (m_shared->session)
            m_shared->session->cancel(); // a connect in progress gives up
    }
    // Not waited for: a connect to a host that never answers goes on until its
    // timeout, and the window must not freeze meanwhile. The thread sees
    // `stopped`, ends the connection and deletes itself.
    takeBatch();
    m_shared.reset();
    if (m_running)
        end({ ShellEnd::Kind::Stopped, -1, tr("Closed") });
}

void ShellSession::takeBatch()
{
    if (!m_shared)
        return;
    QByteArray batch;
    {
        const std::lock_guard lock(m_shared->mutex);
        batch = std::exchange(m_shared->batch, {});
    }
    if (!batch.isEmpty())
        Q_EMIT received(batch);
}

void ShellSession::end(const ShellEnd &end)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT finished(end);
}

} // namespace mc::terminal
