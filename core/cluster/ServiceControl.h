#pragma once

#include "core/audit/ActionGate.h"
#include "core/cluster/ServiceProbe.h"
#include "core/cluster/ServiceTypes.h"
#include "core/ssh/SshPool.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace mc::cluster {

struct ServiceControlOptions
{
    bool become = true; // service commands run through sudo
    // Rolling: one host at a time; after a start/restart wait until the service
    // answers again (ZooKeeper srvr, Mesos /health, Marathon /ping, else status
    // active) before the next host; the first failure stops the roll.
    bool rolling = false;
    int answerTimeoutMs = 60000;
    ServiceProbe::Ports ports;
    // start / stop / restart pass it ("service.restart" of the hosts); status does not.
    std::shared_ptr<const audit::ActionGate> gate;
};

struct DetectedService
{
    ServiceManager manager = ServiceManager::None;
    QString unit; // unit / init script / container name
};

// Start / stop / restart / status of a service on hosts over SSH. The pool's
// HostResult::value carries the service status after the action
// (statusName(): active / inactive / failed / unknown / absent).
class ServiceControl
{
    Q_DECLARE_TR_FUNCTIONS(mc::cluster::ServiceControl)

public:
    // Shell script printing "systemd UNIT", "sysv NAME", "docker NAME" or "none".
    [[nodiscard]] static QString detectCommand(Service service);
    [[nodiscard]] static DetectedService parseDetection(const QByteArray &output);
    [[nodiscard]] static QString actionCommand(const DetectedService &detected, ServiceAction action);
    // The command alone, without the PATH set-up actionCommand() puts in front.
    [[nodiscard]] static QString bareActionCommand(const DetectedService &detected, ServiceAction action);
    [[nodiscard]] static ServiceStatus parseStatus(ServiceManager manager, int exitStatus,
                                                   const QByteArray &output);

    [[nodiscard]] static ssh::Job job(Service service, ServiceAction action,
                                      const ServiceControlOptions &options);
    // Sets the pool up (rolling: forks 1 and stop on failure) and starts the run, once the
    // gate admits it; the refusal otherwise (the pool is not started).
    static Status run(ssh::SshPool &pool, const QList<ssh::HostSpec> &hosts, Service service,
                      ServiceAction action, const ServiceControlOptions &options);
};

} // namespace mc::cluster
