#pragma once

#include "localcluster/Cluster.h"
#include "localcluster/HttpResponse.h"

#include <QJsonObject>

#include <optional>

namespace mc::localcluster {

// What a Mesos master operator may do to agents, machines, roles and frameworks, in both of its
// APIs: the v0 endpoints (`/master/maintenance/schedule|status`, `/master/machine/down|up`,
// `/master/weights`, `/master/quota`, `/master/roles`, `/master/teardown`) and the v1 calls
// (maintenance, DRAIN_AGENT, DEACTIVATE_AGENT, REACTIVATE_AGENT, MARK_AGENT_GONE, weights,
// quota, TEARDOWN). Refusals are 400s with Mesos' reason as plain text.
class MaintenanceApi
{
public:
    explicit MaintenanceApi(Cluster &cluster)
        : m_cluster(cluster)
    { }

    // A v0 endpoint of the leading master, or nullopt when `path` is none of these.
    [[nodiscard]] std::optional<HttpResponse> handleV0(const HttpRequest &request);
    // A v1 call of those above, or nullopt when `type` is none of them.
    [[nodiscard]] std::optional<HttpResponse> handleV1(const QString &type, const QJsonObject &call);

    // The version a v1 call appeared in ({1, 9} for DRAIN_AGENT); {1, 0} for the others.
    [[nodiscard]] static QPair<int, int> introducedIn(const QString &type);
    // "1.4.3" -> {1, 4}
    [[nodiscard]] static QPair<int, int> majorMinor(const QString &version);

private:
    [[nodiscard]] QByteArray scheduleJson() const;
    [[nodiscard]] QJsonObject statusJson() const;
    [[nodiscard]] QJsonArray weightsJson() const;
    [[nodiscard]] QJsonObject quotaJson() const;
    [[nodiscard]] QByteArray rolesJson() const;
    [[nodiscard]] HttpResponse agentCall(const QString &type, const QJsonObject &args);
    [[nodiscard]] HttpResponse teardown(const QString &frameworkId);

    Cluster &m_cluster;
};

} // namespace mc::localcluster
