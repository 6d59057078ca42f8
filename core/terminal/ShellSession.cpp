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
        // Through the application object, which outlives the session: the session
        // may be gone (closed while connecting), or stopped, by the time this arrives.
        const std::weak_ptr<Shared> mine = shared;
        const auto post = [&](auto function) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, mine, function] {
                    if (self && self->m_shared && self->m_shared == mine.lock())
                        function(self.data());
                },
                Qt::QueuedConnection);
        };
        const auto finish = [&](ShellEnd end) {
            post([end](ShellSession *session) {
                session->takeBatch();
                session->end(end);
            });
        };
        const QString who = request.host.displayName();
        ssh::SshSession session(request.host, options);
        {
            const std::lock_guard lock(shared->mutex);
            if (shared->stopped)
                return;
            shared->session = &session;
        }
        const auto forget = [&] {
            const std::lock_guard lock(shared->mutex);
            shared->session = nullptr;
        };
        if (Status connected = session.connect(); !connected) {
            forget();
            finish({ ShellEnd::Kind::ConnectFailed, -1, connected.error().message });
            return;
        }
        ssh_session s = session.nativeHandle();
        ssh_channel channel = ssh_channel_new(s);
        const QString sudoPrompt
            = QStringLiteral("[mc-sudo-%1]")
                  .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
        const QByteArray command = remoteCommand(request, sudoPrompt).toUtf8();
        int rows = 0;
        int cols = 0;
        {
            const std::lock_guard lock(shared->mutex);
            rows = shared->rows;
            cols = shared->cols;
            shared->resized = false;
        }
        if (!channel || ssh_channel_open_session(channel) != SSH_OK
            || ssh_channel_request_pty_size(channel, request.term.toUtf8().constData(), cols, rows) != SSH_OK
            || (command.isEmpty() ? ssh_channel_request_shell(channel)
                                  : ssh_channel_request_exec(channel, command.constData()))
                != SSH_OK) {
            const QString detail = sshError(s);
            if (channel)
                ssh_channel_free(channel);
            forget();
            finish({ ShellEnd::Kind::ConnectFailed, -1, tr("%1: cannot open a shell: %2").arg(who, detail) });
            return;
        }
        post([](ShellSession *session) { Q_EMIT session->connected(); });

        ssh_event event = ssh_event_new();
        ssh_event_add_session(event, s);
        const QByteArray promptBytes = sudoPrompt.toUtf8();
        QByteArray held; // output that may be the start of the sudo prompt
        int sudoAnswers = 0;
        // With become, keystrokes wait until sudo is through: typed ahead they
        // would be read as the password, and one that arrives while sudo has
        // echo on between two attempts would show the password on the screen.
        bool holdInput = request.become;
        QByteArray heldInput;
        QByteArray afterAnswer; // what came since the last answer
        ShellEnd end;
        char buffer[kChunk];
        for (;;) {
            QByteArray input;
            bool resized = false;
            bool full = false;
            bool stopped = false;
            {
                const std::lock_guard lock(shared->mutex);
                stopped = shared->stopped;
                input = std::exchange(shared->input, {});
                resized = std::exchange(shared->resized, false);
                rows = shared->rows;
                cols = shared->cols;
                full = shared->batch.size() >= kMaxPendingBytes;
            }
            if (stopped) {
                end = { ShellEnd::Kind::Stopped, -1, tr("Closed") };
                break;
            }
            if (resized)
                ssh_channel_change_pty_size(channel, cols, rows);
            if (holdInput) {
                heldInput += input;
                input.clear();
            }
            for (qsizetype at = 0; at < input.size();) {
                const int n = ssh_channel_write(channel, input.constData() + at, uint32_t(input.size() - at));
                if (n <= 0)
                    break;
                at += n;
            }
            bool gotData = false;
            while (!full) {
                const int n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, 0);
                if (n <= 0)
                    break;
                gotData = true;
                QByteArray chunk = held + QByteArray(buffer, n);
                held.clear();
                bool answered = false;
                if (request.become && sudoAnswers < kMaxSudoAnswers) {
                    // sudo asks with our prompt: answer from the host spec or the
                    // prompt, and keep the prompt (and the password) out of the screen.
                    const qsizetype at = chunk.indexOf(promptBytes);
                    if (at >= 0) {
                        chunk.remove(at, promptBytes.size());
                        QString password = sudoAnswers == 0 ? request.host.becomePassword : QString();
                        if (sudoAnswers > 0 && options.prompts.secretRejected)
                            options.prompts.secretRejected({ who, ssh::SecretKind::BecomePassword, {} });
                        if (password.isEmpty() && options.prompts.secret)
                            password = options.prompts
                                           .secret({ who, ssh::SecretKind::BecomePassword,
                                                     tr("sudo password on %1").arg(who) })
                                           .value_or(QString());
                        ++sudoAnswers;
                        afterAnswer = chunk.mid(at); // the answer's effect comes after the prompt
                        answered = true;
                        const QByteArray line = password.toUtf8() + '\n';
                        ssh_channel_write(channel, line.constData(), uint32_t(line.size()));
                    } else {
                        // Hold back a tail that could be the prompt's beginning.
                        for (qsizetype keep = std::min(chunk.size(), promptBytes.size() - 1); keep > 0;
                             --keep) {
                            if (promptBytes.startsWith(chunk.right(keep))) {
                                held = chunk.right(keep);
                                chunk.chop(keep);
                                break;
                            }
                        }
                    }
                }
                if (holdInput) {
                    // sudo is through once something other than its newline or
                    // "try again" follows the answer (or, when it never asks,
                    // once the shell says anything).
                    if (!answered)
                        afterAnswer += chunk;
                    const QByteArray said = afterAnswer.trimmed();
                    if (!said.isEmpty() && !said.startsWith("Sorry") && held.isEmpty()) {
                        holdInput = false;
                        {
                            const std::lock_guard lock(shared->mutex);
                            shared->input.prepend(heldInput);
                        }
                        heldInput.clear();
                    }
                }
                bool first = false;
                {
                    const std::lock_guard lock(shared->mutex);
                    first = shared->batch.isEmpty();
                    shared->batch += chunk;
                    full = shared->batch.size() >= kMaxPendingBytes;
                }
                if (first && !chunk.isEmpty()) {
                    post([](ShellSession *session) { session->takeBatch(); });
                }
            }
            if (gotData)
                continue;
            // A dropped connection closes the channel too: ask about the connection first.
            if (!ssh_is_connected(s)) {
                end = { ShellEnd::Kind::Lost, -1, tr("Connection to %1 lost: %2").arg(who, sshError(s)) };
                break;
            }
            if (ssh_channel_is_eof(channel) || ssh_channel_is_closed(channel)) {
                const int status = ssh_channel_get_exit_status(channel);
                if (status < 0 && !ssh_is_connected(s)) {
                    end = { ShellEnd::Kind::Lost, -1, tr("Connection to %1 lost: %2").arg(who, sshError(s)) };
                    break;
                }
                end = { ShellEnd::Kind::Exited, status,
                        status >= 0 ? tr("The shell ended with exit status %1").arg(status)
                                    : tr("The shell ended") };
                break;
            }
            if (Status alive = session.checkPeer(); !alive) {
                end = { ShellEnd::Kind::Lost, -1, alive.error().message };
                break;
            }
            if (full) {
                QThread::msleep(kPollMs);
                continue;
            }
            if (ssh_event_dopoll(event, kPollMs) == SSH_ERROR && !ssh_is_connected(s)) {
                end = { ShellEnd::Kind::Lost, -1, tr("Connection to %1 lost: %2").arg(who, sshError(s)) };
                break;
            }
        }
        ssh_event_remove_session(event, s);
        ssh_event_free(event);
        if (ssh_channel_is_open(channel))
            ssh_channel_close(channel);
        ssh_channel_free(channel);
        forget();
        session.disconnect();
        finish(end);
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
