#pragma once

#include "core/cluster/ServiceProbe.h"
#include "core/cluster/ServiceTypes.h"
#include "core/ssh/SshTypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QTimer>

namespace mc::ssh {
class SshPool;
struct HostResult;
} // namespace mc::ssh

namespace mc::cluster {

// Polls the status of services on hosts over SSH (one session per host, every
// service checked in it; services with a probe are "starting" until they answer)
// and reports each cell. Work runs on the pool's threads; signals are queued.
class ServiceStatusWatcher : public QObject
{
    Q_OBJECT

public:
    explicit ServiceStatusWatcher(ssh::SessionOptions options, QObject *parent = nullptr);
    ~ServiceStatusWatcher() override;

    void setHosts(const QList<ssh::HostSpec> &hosts);
    void setServices(const QList<Service> &services);
    void setInterval(int ms);
    void setBecome(bool become) { m_become = become; }
    void setPorts(const ServiceProbe::Ports &ports) { m_ports = ports; }

    void start(); // refresh now and then every interval
    void stop();
    void refresh(); // one round now (ignored while one runs)
    [[nodiscard]] bool isRefreshing() const;
    // The caller knows newer about this cell (an action on it just ended): what
    // the round in flight, begun before, says about it is dropped; the next
    // round reports it again. Without a round in flight, nothing to drop.
    void supersede(const QString &host, mc::cluster::Service service);

Q_SIGNALS:
    void statusChanged(const QString &host, mc::cluster::Service service, mc::cluster::ServiceStatus status,
                       const QString &detail);
    void refreshFinished();
    // A host that answered over SSH before no longer does (reachable false,
    // with why), or answers again. Not for a host's first round.
    void hostReachabilityChanged(const QString &host, bool reachable, const QString &reason);

private:
    void onHostFinished(const ssh::HostResult &result);

    ssh::SshPool *m_pool;
    QTimer m_timer;
    QList<ssh::HostSpec> m_hosts;
    QList<Service> m_services;
    ServiceProbe::Ports m_ports;
    bool m_become = false; // status needs no root for systemd and most init scripts
    QHash<QString, bool> m_reachable; // host -> answered in its last round
    QSet<QPair<QString, int>> m_superseded; // (host, Service) // cells the round in flight must not report
};

} // namespace mc::cluster
