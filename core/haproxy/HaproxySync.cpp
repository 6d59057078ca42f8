#include "core/haproxy/HaproxySync.h"

#include "core/audit/GatedRun.h"

#include "core/ssh/SshSession.h"
#include "core/util/Logging.h"
#include "core/util/ShellQuote.h"
#include "core/util/UnifiedDiff.h"

#include <QFileInfo>

namespace mc::haproxy {

namespace {
constexpr int kCommandTimeoutMs = 60000;
constexpr int kConfigMode = 0644;

ssh::JobOutcome outcome(ssh::HostState state, const QString &reason, int exitStatus)
{
    ssh::JobOutcome result;
    result.state = state;
    result.reason = reason;
    result.exitStatus = exitStatus;
    return result;
}

ssh::JobOutcome failed(const QString &reason, int exitStatus = -1)
{
    return outcome(ssh::HostState::Failed, reason, exitStatus);
}

QString outputOf(const ssh::ExecResult &result)
{
    return QString::fromUtf8(result.stdoutData + result.stderrData).trimmed();
}
} // namespace

void SyncDiffs::set(const QString &host, const QString &diff)
{
    const QMutexLocker lock(&m_mutex);
    m_diffs.insert(host, diff);
}

QString SyncDiffs::get(const QString &host) const
{
    const QMutexLocker lock(&m_mutex);
    return m_diffs.value(host);
}

QHash<QString, QString> SyncDiffs::all() const
{
    const QMutexLocker lock(&m_mutex);
    return m_diffs;
}

QString defaultReloadCommand()
{
    return QStringLiteral(
        "if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet haproxy; then "
        "systemctl reload haproxy; elif [ -x /etc/init.d/haproxy ]; then /etc/init.d/haproxy reload; "
        "else service haproxy reload; fi");
}

ssh::Job syncJob(const QString &configText, const SyncOptions &options, std::shared_ptr<SyncDiffs> diffs)
{
    return [configText, options, diffs](ssh::SshSession &session,
                                        const std::function<void(const ssh::OutputLine &)> &emitLine) {
        const QString host = session.host().displayName();
        const Result<std::optional<QByteArray>> current
            = session.readFile(options.remotePath, options.become);
        if (!current)
            return failed(QObject::tr("Cannot read %1: %2").arg(options.remotePath, current.error().message));
        const QString currentText = current.value() ? QString::fromUtf8(*current.value()) : QString();
        if (currentText == configText) {
            qCDebug(lcHaproxy).noquote() << host << options.remotePath << "is up to date: nothing to reload";
            diffs->set(host, {});
            return outcome(ssh::HostState::Ok, {}, 0);
        }
        const QString diff = unifiedDiff(currentText, configText, host + u':' + options.remotePath,
                                         QObject::tr("generated"));
        diffs->set(host, diff);
        if (options.checkOnly)
            return outcome(ssh::HostState::Changed, QObject::tr("would change (check mode)"), 0);

        ssh::ExecOptions exec;
        exec.become = options.become;
        exec.timeoutMs = kCommandTimeoutMs;
        exec.onLine = emitLine;
        const QString dir = QFileInfo(options.remotePath).path();
        const auto mkdir = session.exec(QStringLiteral("mkdir -p ") + shellQuote(dir), exec);
        if (!mkdir || mkdir->exitStatus != 0)
            return failed(QObject::tr("Cannot create %1 on the host.").arg(dir));

        if (options.validateOnHost) {
            const QString candidate = dir + QStringLiteral("/.haproxy.cfg.mc-check");
            ssh::UploadOptions upload;
            upload.become = options.become;
            upload.mode = kConfigMode;
            const auto staged = session.upload(candidate, configText.toUtf8(), upload);
            if (!staged)
                return failed(QObject::tr("Cannot stage the new config: %1").arg(staged.error().message));
            const auto check
                = session.exec(QStringLiteral("haproxy -c -q -f %1; status=$?; rm -f %1; exit $status")
                                   .arg(shellQuote(candidate)),
                               exec);
            if (!check)
                return failed(
                    QObject::tr("Cannot run haproxy -c on the host: %1").arg(check.error().message));
            if (check->exitStatus != 0) {
                qCWarning(lcHaproxy).noquote()
                    << host << "rejects the new config (haproxy -c):" << outputOf(*check);
                return failed(QObject::tr("HAProxy on this host rejects the new config; it was not put in "
                                          "place: %1")
                                  .arg(outputOf(*check)),
                              check->exitStatus);
            }
        }

        ssh::UploadOptions upload;
        upload.become = options.become;
        upload.mode = kConfigMode;
        const auto written = session.upload(options.remotePath, configText.toUtf8(), upload);
        if (!written)
            return failed(
                QObject::tr("Cannot write %1: %2").arg(options.remotePath, written.error().message));

        const QString reload
            = options.reloadCommand.isEmpty() ? defaultReloadCommand() : options.reloadCommand;
        const auto reloaded = session.exec(reload, exec);
        qCInfo(lcHaproxy).noquote() << host << options.remotePath << "replaced, reload"
                                    << (reloaded && reloaded->exitStatus == 0 ? QStringLiteral("done")
                                                                              : QStringLiteral("FAILED"));
        if (!reloaded)
            return failed(QObject::tr("The config is in place but reloading HAProxy failed: %1")
                              .arg(reloaded.error().message));
        if (reloaded->exitStatus != 0)
            return failed(QObject::tr("The config is in place but reloading HAProxy failed (exit %1): %2")
                              .arg(reloaded->exitStatus)
                              .arg(outputOf(*reloaded)),
                          reloaded->exitStatus);
        return outcome(ssh::HostState::Changed, QObject::tr("config updated, HAProxy reloaded"), 0);
    };
}

Status runSync(ssh::SshPool &pool, const QList<ssh::HostSpec> &hosts, const QString &configText,
               const SyncOptions &options, std::shared_ptr<SyncDiffs> diffs,
               const std::shared_ptr<const audit::ActionGate> &gate)
{
    ssh::Job job = syncJob(configText, options, std::move(diffs));
    if (options.checkOnly) {
        pool.run(hosts, std::move(job)); // reads only: not a change
        return {};
    }
    return audit::gatedRun(pool, hosts, std::move(job), gate,
                           { QStringLiteral("haproxy.sync"),
                             {},
                             { { QStringLiteral("path"), options.remotePath },
                               { QStringLiteral("bytes"), qint64(configText.size()) } } });
}

} // namespace mc::haproxy
