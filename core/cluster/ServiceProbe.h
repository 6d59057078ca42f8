#pragma once

#include "core/cluster/ServiceTypes.h"

#include <QString>

#include <functional>
#include <optional>

namespace mc::cluster {

// Asks a service over the network whether it serves: ZooKeeper `srvr` (then
// `ruok`) on 2181, Mesos master GET /health on 5050, Marathon GET /ping on 8080.
// Blocking; for worker threads.
class ServiceProbe
{
public:
    struct Ports
    {
        quint16 zooKeeper = 2181;
        quint16 mesosMaster = 5050;
        quint16 marathon = 8080;
    };

    // Whether `service` has a network probe at all (the others are checked by status).
    [[nodiscard]] static bool hasProbe(Service service);
    // One attempt. `detail` gets what was seen (e.g. "Mode: standalone" or the error).
    [[nodiscard]] static bool answers(Service service, const QString &address, const Ports &ports,
                                      int timeoutMs, QString *detail = nullptr);
    // Polls until it answers or `timeoutMs` passed or `cancelled` says stop.
    [[nodiscard]] static bool waitUntilAnswers(Service service, const QString &address, const Ports &ports,
                                               int timeoutMs, const std::function<bool()> &cancelled = {},
                                               QString *detail = nullptr);
};

} // namespace mc::cluster
