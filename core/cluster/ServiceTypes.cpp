#include "core/cluster/ServiceTypes.h"

#include "core/util/EnumNames.h"

namespace mc::cluster {

QList<Service> allServices()
{
    return { Service::ZooKeeper, Service::MesosMaster, Service::Marathon,
             Service::HAProxy,   Service::MesosAgent,  Service::Docker };
}

QString serviceName(Service service)
{
    switch (service) {
    case Service::ZooKeeper:
        return QStringLiteral("zookeeper");
    case Service::MesosMaster:
        return QStringLiteral("mesos-master");
    case Service::Marathon:
        return QStringLiteral("marathon");
    case Service::HAProxy:
        return QStringLiteral("haproxy");
    case Service::MesosAgent:
        return QStringLiteral("mesos-agent");
    case Service::Docker:
        return QStringLiteral("docker");
    }
    return {};
}

std::optional<Service> serviceFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"mesos-slave")
        return Service::MesosAgent;
    return valueNamed(n, allServices(), serviceName);
}

QStringList serviceUnitNames(Service service)
{
    if (service == Service::MesosAgent)
        return { QStringLiteral("mesos-slave"), QStringLiteral("mesos-agent") };
    return { serviceName(service) };
}

bool isMasterService(Service service)
{
    return service == Service::ZooKeeper || service == Service::MesosMaster || service == Service::Marathon;
}

bool isDisruptive(ServiceAction action)
{
    return action == ServiceAction::Stop || action == ServiceAction::Restart;
}

QString actionName(ServiceAction action)
{
    switch (action) {
    case ServiceAction::Status:
        return QStringLiteral("status");
    case ServiceAction::Start:
        return QStringLiteral("start");
    case ServiceAction::Stop:
        return QStringLiteral("stop");
    case ServiceAction::Restart:
        return QStringLiteral("restart");
    }
    return {};
}

std::optional<ServiceAction> actionFromName(const QString &name)
{
    return valueNamed(
        name, { ServiceAction::Status, ServiceAction::Start, ServiceAction::Stop, ServiceAction::Restart },
        actionName);
}

QString statusName(ServiceStatus status)
{
    switch (status) {
    case ServiceStatus::Unknown:
        return QStringLiteral("unknown");
    case ServiceStatus::Active:
        return QStringLiteral("active");
    case ServiceStatus::Inactive:
        return QStringLiteral("inactive");
    case ServiceStatus::Failed:
        return QStringLiteral("failed");
    case ServiceStatus::Absent:
        return QStringLiteral("absent");
    case ServiceStatus::Starting:
        return QStringLiteral("starting");
    }
    return {};
}

ServiceStatus statusFromName(const QString &name)
{
    return valueNamed(name,
                      { ServiceStatus::Active, ServiceStatus::Inactive, ServiceStatus::Failed,
                        ServiceStatus::Absent, ServiceStatus::Starting },
                      statusName)
        .value_or(ServiceStatus::Unknown);
}

QString managerName(ServiceManager manager)
{
    switch (manager) {
    case ServiceManager::None:
        return QStringLiteral("none");
    case ServiceManager::Systemd:
        return QStringLiteral("systemd");
    case ServiceManager::SysV:
        return QStringLiteral("service");
    case ServiceManager::Docker:
        return QStringLiteral("docker");
    }
    return {};
}

} // namespace mc::cluster
