#include "core/cluster/ServiceControl.h"

#include "core/audit/GatedRun.h"

#include "core/ssh/SshSession.h"
#include "core/util/ShellQuote.h"

#include <QDeadlineTimer>
#include <QThread>

namespace mc::cluster {

using ssh::HostState;
using ssh::JobOutcome;

namespace {

constexpr int kStatusPollMs = 500;
// Login shells of ordinary users lack the sbin directories where `service`,
// `start-stop-daemon` and friends live (sudo's secure_path has them).
const QString kSbinPath = QStringLiteral("PATH=\"$PATH:/usr/local/sbin:/usr/sbin:/sbin\"; export PATH; ");

struct StatusAnswer
{
    ServiceStatus status = ServiceStatus::Unknown;
    QString error;
};

StatusAnswer queryStatus(ssh::SshSession &session, const DetectedService &detected, bool become)
{
    ssh::ExecOptions opts;
    opts.become = become;
    auto r = session.exec(ServiceControl::actionCommand(detected, ServiceAction::Status), opts);
    if (!r)
        return { ServiceStatus::Unknown, r.error().message };
    return { ServiceControl::parseStatus(detected.manager, r->exitStatus, r->stdoutData), {} };
}

JobOutcome failedFrom(ssh::SshSession &session, const QString &message)
{
    return { session.lastFailure() == ssh::FailureKind::Unreachable ? HostState::Unreachable
                                                                    : HostState::Failed,
             message, -1, statusName(ServiceStatus::Unknown) };
}

} // namespace

QString ServiceControl::detectCommand(Service service)
{
    QStringList names;
    for (const QString &n : serviceUnitNames(service))
        names << shellQuote(n);
    const QString list = names.join(u' ');
    QString script = kSbinPath
        + QStringLiteral(
              "for n in %1; do "
              "if [ -d /run/systemd/system ] && systemctl list-unit-files \"$n.service\" 2>/dev/null "
              "| grep -q \"^$n.service\"; then echo \"systemd $n\"; exit 0; fi; done; "
              "for n in %1; do if [ -x \"/etc/init.d/$n\" ]; then echo \"sysv $n\"; exit 0; fi; done; ")
              .arg(list);
    if (service != Service::Docker) {
        script += QStringLiteral(
                      "if command -v docker >/dev/null 2>&1; then for n in %1; do "
                      "if docker inspect --type container \"$n\" >/dev/null 2>&1; then echo \"docker $n\"; "
                      "exit 0; fi; done; fi; ")
                      .arg(list);
    }
    script += QStringLiteral("echo none");
    return script;
}

DetectedService ServiceControl::parseDetection(const QByteArray &output)
{
    const QString line = QString::fromUtf8(output).trimmed().section(u'\n', -1);
    const QString kind = line.section(u' ', 0, 0);
    const QString unit = line.section(u' ', 1);
    if (kind == u"systemd")
        return { ServiceManager::Systemd, unit };
    if (kind == u"sysv")
        return { ServiceManager::SysV, unit };
    if (kind == u"docker")
        return { ServiceManager::Docker, unit };
    return {};
}

QString ServiceControl::actionCommand(const DetectedService &detected, ServiceAction action)
{
    return kSbinPath + bareActionCommand(detected, action);
}

QString ServiceControl::bareActionCommand(const DetectedService &detected, ServiceAction action)
{
    const QString unit = detected.unit;
    switch (detected.manager) {
    case ServiceManager::Systemd:
        if (action == ServiceAction::Status)
            return shellJoin({ QStringLiteral("systemctl"), QStringLiteral("is-active"), unit });
        return shellJoin({ QStringLiteral("systemctl"), actionName(action), unit });
    case ServiceManager::SysV:
        // `service` where it exists; the init script itself otherwise.
        return QStringLiteral("if command -v service >/dev/null 2>&1; then %1; else %2; fi")
            .arg(shellJoin({ QStringLiteral("service"), unit, actionName(action) }),
                 shellJoin({ QStringLiteral("/etc/init.d/") + unit, actionName(action) }));
    case ServiceManager::Docker:
        if (action == ServiceAction::Status)
            return shellJoin({ QStringLiteral("docker"), QStringLiteral("inspect"), QStringLiteral("-f"),
                               QStringLiteral("{{.State.Status}}"), unit });
        return shellJoin({ QStringLiteral("docker"), actionName(action), unit });
    case ServiceManager::None:
        break;
    }
    return QStringLiteral("false");
}

ServiceStatus ServiceControl::parseStatus(ServiceManager manager, int exitStatus, const QByteArray &output)
{
    const QByteArray word = output.trimmed();
    switch (manager) {
    case ServiceManager::Systemd:
        if (word == "active" || word == "reloading")
            return ServiceStatus::Active;
        if (word == "inactive" || word == "deactivating" || word == "activating")
            return ServiceStatus::Inactive;
        if (word == "failed")
            return ServiceStatus::Failed;
        return ServiceStatus::Unknown;
    case ServiceManager::SysV:
        // LSB: 0 running, 1/2 dead but pid/lock file left, 3 not running, 4 unknown.
        switch (exitStatus) {
        case 0:
            return ServiceStatus::Active;
        case 1:
        case 2:
            return ServiceStatus::Failed;
        case 3:
            return ServiceStatus::Inactive;
        default:
            return ServiceStatus::Unknown;
        }
    case ServiceManager::Docker:
        if (word == "running")
            return ServiceStatus::Active;
        if (word == "exited" || word == "created" || word == "paused")
            return ServiceStatus::Inactive;
        if (word == "dead" || word == "restarting")
            return ServiceStatus::Failed;
        return ServiceStatus::Unknown;
    case ServiceManager::None:
        return ServiceStatus::Absent;
    }
    return ServiceStatus::Unknown;
}

ssh::Job ServiceControl::job(Service service, ServiceAction action, const ServiceControlOptions &options)
{
    return [service, action,
            options](ssh::SshSession &session,
                     const std::function<void(const ssh::OutputLine &)> &emitLine) -> JobOutcome {
        const QString name = serviceName(service);
        ssh::ExecOptions opts;
        opts.become = options.become;
        opts.onLine = emitLine;

        ssh::ExecOptions quiet;
        quiet.become = options.become;
        auto detection = session.exec(detectCommand(service), quiet);
        if (!detection)
            return failedFrom(session, detection.error().message);
        const DetectedService detected = parseDetection(detection->stdoutData);
        if (detected.manager == ServiceManager::None) {
            if (action == ServiceAction::Status)
                return { HostState::Ok, {}, 0, statusName(ServiceStatus::Absent) };
            return { HostState::Failed,
                     tr("%1 is not installed here (no systemd unit, init script or container)").arg(name), -1,
                     statusName(ServiceStatus::Absent) };
        }
        if (action == ServiceAction::Status) {
            const StatusAnswer answer = queryStatus(session, detected, options.become);
            if (!answer.error.isEmpty())
                return failedFrom(session, answer.error);
            return { HostState::Ok, {}, 0, statusName(answer.status) };
        }

        if (session.isStopRequested())
            return { HostState::Skipped, QObject::tr("cancelled before it started"), -1, {} };
        auto r = session.exec(actionCommand(detected, action), opts);
        if (!r)
            return failedFrom(session, r.error().message);
        if (r->exitStatus != 0) {
            const StatusAnswer after = queryStatus(session, detected, options.become);
            return { HostState::Failed,
                     tr("%1 %2 (%3) exited with status %4")
                         .arg(actionName(action), name, managerName(detected.manager))
                         .arg(r->exitStatus),
                     r->exitStatus, statusName(after.status) };
        }

        const bool shouldRun = action != ServiceAction::Stop;
        if (options.rolling && shouldRun) {
            const QString address = session.host().effectiveAddress();
            QString detail;
            bool up = false;
            if (ServiceProbe::hasProbe(service)) {
                up = ServiceProbe::waitUntilAnswers(
                    service, address, options.ports, options.answerTimeoutMs,
                    [&session] { return session.isStopRequested(); }, &detail);
            } else {
                QDeadlineTimer deadline(options.answerTimeoutMs);
                while (!up && !deadline.hasExpired() && !session.isStopRequested()) {
                    up = queryStatus(session, detected, options.become).status == ServiceStatus::Active;
                    if (!up)
                        QThread::msleep(kStatusPollMs);
                }
            }
            if (!up && session.isStopRequested())
                return { HostState::Failed,
                         detail.isEmpty()
                             ? QObject::tr(
                                   "%1 ran, but the wait for %2 to answer again was cancelled; check it")
                                   .arg(actionName(action), name)
                             : QObject::tr("%1 ran, but the wait for %2 to answer again was cancelled (last: "
                                           "%3); check it")
                                   .arg(actionName(action), name, detail),
                         0, statusName(ServiceStatus::Unknown) };
            if (!up)
                return { HostState::Failed,
                         tr("%1 did not answer within %2 s after %3 (%4); the rolling %3 stops here")
                             .arg(name)
                             .arg(options.answerTimeoutMs / 1000)
                             .arg(actionName(action), detail),
                         0, statusName(ServiceStatus::Unknown) };
            if (emitLine)
                emitLine({ session.host().displayName(), ssh::OutputStream::Stdout,
                           QDateTime::currentDateTimeUtc(), tr("%1 answers again (%2)").arg(name, detail) });
        }
        const StatusAnswer after = queryStatus(session, detected, options.become);
        const bool asExpected
            = shouldRun ? after.status == ServiceStatus::Active : after.status == ServiceStatus::Inactive;
        if (!asExpected && after.error.isEmpty())
            return { HostState::Failed,
                     tr("%1 is %2 after %3").arg(name, statusName(after.status), actionName(action)), 0,
                     statusName(after.status) };
        return { HostState::Changed, {}, 0, statusName(after.status) };
    };
}

Status ServiceControl::run(ssh::SshPool &pool, const QList<ssh::HostSpec> &hosts, Service service,
                           ServiceAction action, const ServiceControlOptions &options)
{
    if (options.rolling) {
        pool.setForks(1);
        pool.setStopOnFailure(true);
    } else {
        pool.setStopOnFailure(false);
    }
    if (action == ServiceAction::Status) {
        pool.run(hosts, job(service, action, options));
        return {};
    }
    return audit::gatedRun(pool, hosts, job(service, action, options), options.gate,
                           { QStringLiteral("service.") + actionName(action),
                             {},
                             { { QStringLiteral("service"), serviceName(service) },
                               { QStringLiteral("rolling"), options.rolling },
                               { QStringLiteral("become"), options.become } } });
}

} // namespace mc::cluster
