#include "core/cluster/ServiceStatusWatcher.h"

#include "core/cluster/ServiceControl.h"
#include "core/ssh/SshPool.h"
#include "core/ssh/SshSession.h"

namespace mc::cluster {

namespace {

constexpr int kDefaultIntervalMs = 10000;
constexpr int kProbeTimeoutMs = 1000;

} // namespace

ServiceStatusWatcher::ServiceStatusWatcher(ssh::SessionOptions options, QObject *parent)
    : QObject(parent)
    , m_pool(new ssh::SshPool(std::move(options), this))
    , m_services(allServices())
{
    qRegisterMetaType<mc::cluster::Service>();
    qRegisterMetaType<mc::cluster::ServiceStatus>();
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ServiceStatusWatcher::refresh);
    connect(m_pool, &ssh::SshPool::hostFinished, this, &ServiceStatusWatcher::onHostFinished);
    connect(m_pool, &ssh::SshPool::finished, this, [this] {
        m_superseded.clear();
        Q_EMIT refreshFinished();
    });
}

ServiceStatusWatcher::~ServiceStatusWatcher() = default;

void ServiceStatusWatcher::setHosts(const QList<ssh::HostSpec> &hosts)
{
    m_hosts = hosts;
}

void ServiceStatusWatcher::setServices(const QList<Service> &services)
{
    m_services = services;
}

void ServiceStatusWatcher::setInterval(int ms)
{
    m_timer.setInterval(ms);
}

void ServiceStatusWatcher::start()
{
    refresh();
    m_timer.start();
}

void ServiceStatusWatcher::stop()
{
    m_timer.stop();
    m_pool->cancel();
}

bool ServiceStatusWatcher::isRefreshing() const
{
    return m_pool->isRunning();
}

void ServiceStatusWatcher::supersede(const QString &host, Service service)
{
    if (m_pool->isRunning())
        m_superseded.insert({ host, int(service) });
}

void ServiceStatusWatcher::refresh()
{
    if (m_pool->isRunning() || m_hosts.isEmpty())
        return;
    const QList<Service> services = m_services;
    const bool become = m_become;
    const ServiceProbe::Ports ports = m_ports;
    // value: "zookeeper=active,marathon=absent,..." (names and status words only).
    m_pool->run(
        m_hosts, [services, become, ports](ssh::SshSession &session, const auto &) -> ssh::JobOutcome {
            QStringList cells;
            ssh::ExecOptions opts;
            opts.become = become;
            for (Service service : services) {
                auto detection = session.exec(ServiceControl::detectCommand(service), opts);
                if (!detection)
                    return { ssh::HostState::Failed, detection.error().message, -1, cells.join(u',') };
                const DetectedService detected = ServiceControl::parseDetection(detection->stdoutData);
                ServiceStatus status = ServiceStatus::Absent;
                if (detected.manager != ServiceManager::None) {
                    auto r
                        = session.exec(ServiceControl::actionCommand(detected, ServiceAction::Status), opts);
                    if (!r)
                        return { ssh::HostState::Failed, r.error().message, -1, cells.join(u',') };
                    status = ServiceControl::parseStatus(detected.manager, r->exitStatus, r->stdoutData);
                    if (status == ServiceStatus::Active && ServiceProbe::hasProbe(service)
                        && !ServiceProbe::answers(service, session.host().effectiveAddress(), ports,
                                                  kProbeTimeoutMs))
                        status = ServiceStatus::Starting;
                }
                cells << serviceName(service) + u'=' + statusName(status);
            }
            return { ssh::HostState::Ok, {}, 0, cells.join(u',') };
        });
}

void ServiceStatusWatcher::onHostFinished(const ssh::HostResult &result)
{
    QList<Service> reported;
    for (const QString &cell : result.value.split(u',', Qt::SkipEmptyParts)) {
        const auto service = serviceFromName(cell.section(u'=', 0, 0));
        if (!service)
            continue;
        reported << *service;
        if (m_superseded.contains({ result.host, int(*service) }))
            continue;
        Q_EMIT statusChanged(result.host, *service, statusFromName(cell.section(u'=', 1)), {});
    }
    const bool reachable = result.state != ssh::HostState::Unreachable;
    const auto known = m_reachable.constFind(result.host);
    if (known != m_reachable.cend() && *known != reachable)
        Q_EMIT hostReachabilityChanged(result.host, reachable, reachable ? QString() : result.reason);
    m_reachable.insert(result.host, reachable);
    if (result.state == ssh::HostState::Ok)
        return;
    for (Service service : std::as_const(m_services)) {
        if (!reported.contains(service) && !m_superseded.contains({ result.host, int(service) }))
            Q_EMIT statusChanged(result.host, service, ServiceStatus::Unknown, result.reason);
    }
}

} // namespace mc::cluster
