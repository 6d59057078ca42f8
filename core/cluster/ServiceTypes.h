#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace mc::cluster {

// The services the console starts, stops and restarts on hosts.
enum class Service { ZooKeeper, MesosMaster, Marathon, HAProxy, MesosAgent, Docker };
enum class ServiceAction { Status, Start, Stop, Restart };
// Starting: the process runs but the service does not answer its probe yet.
enum class ServiceStatus { Unknown, Active, Inactive, Failed, Absent, Starting };
// How a host runs a service: systemd unit, SysV/upstart `service` script, or a
// Docker container (container installs).
enum class ServiceManager { None, Systemd, SysV, Docker };

[[nodiscard]] QList<Service> allServices();
// "zookeeper", "mesos-master", "marathon", "haproxy", "mesos-agent", "docker"
[[nodiscard]] QString serviceName(Service service);
[[nodiscard]] std::optional<Service> serviceFromName(const QString &name); // also "mesos-slave"
// Unit / script / container names to look for, in order (mesos-slave before mesos-agent).
[[nodiscard]] QStringList serviceUnitNames(Service service);
// Masters are restarted one at a time in rolling mode.
[[nodiscard]] bool isMasterService(Service service);
[[nodiscard]] bool isDisruptive(ServiceAction action);

[[nodiscard]] QString actionName(ServiceAction action);
[[nodiscard]] std::optional<ServiceAction> actionFromName(const QString &name);
[[nodiscard]] QString statusName(ServiceStatus status); // active / inactive / failed / unknown / absent
[[nodiscard]] ServiceStatus statusFromName(const QString &name);
[[nodiscard]] QString managerName(ServiceManager manager);

} // namespace mc::cluster

Q_DECLARE_METATYPE(mc::cluster::Service)
Q_DECLARE_METATYPE(mc::cluster::ServiceStatus)
