#pragma once

#include "core/audit/ActionGate.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

namespace mc::http {
class HttpClient;
struct HttpResponse;
} // namespace mc::http

namespace mc::mesos {

// A machine as Mesos' maintenance names it. Mesos matches a machine to its agents by both
// fields (the agent's hostname and IP), so a schedule names both.
struct MachineId
{
    QString hostname;
    QString ip;

    bool operator==(const MachineId &o) const
    {
        return hostname.compare(o.hostname, Qt::CaseInsensitive) == 0 && ip == o.ip;
    }
    [[nodiscard]] QString text() const; // "host (10.0.0.1)"
};

// One maintenance window: its machines are DRAINING from when it is scheduled, DOWN from
// `machine/down` until `machine/up`.
struct MaintenanceWindow
{
    QList<MachineId> machines;
    QDateTime start;
    qint64 durationSeconds = -1; // -1: none given

    bool operator==(const MaintenanceWindow &) const = default;
};

struct MaintenanceStatus
{
    QList<MachineId> draining;
    QList<MachineId> down;
};

// cpus, mem (MB), disk (MB), gpus of one role's column; absent names are 0 (or, for a quota's
// guarantee and limit, not set).
using ScalarMap = QHash<QString, double>;

// One role as `/master/roles` has it (quota and allocation 1.9+; weight and frameworks always).
struct RoleInfo
{
    QString name;
    double weight = 1;
    QStringList frameworks;
    ScalarMap allocated;
    ScalarMap offered;
    ScalarMap reserved;
    ScalarMap quotaGuarantee;
    ScalarMap quotaLimit;
    ScalarMap quotaConsumed;
};

// What `/master/slaves` says of an agent's operator state (1.9+).
struct AgentOperatorState
{
    bool deactivated = false;
    QString drainState; // "DRAINING", "DRAINED" or empty
    QString hostname; // as the agent advertises it (its --hostname)
};

// The operator calls of a Mesos master that change it: each one gated.
enum class OperatorCall {
    DrainAgent,
    DeactivateAgent,
    ReactivateAgent,
    MarkAgentGone,
    UpdateMaintenanceSchedule,
    MachinesDown,
    MachinesUp,
    TeardownFramework,
};

// What a Mesos master's operator does: maintenance windows, machines down and up, draining,
// deactivating and marking agents gone, tearing down frameworks (asynchronous over
// HttpClient). Every change passes the gate first; a call the master's version lacks is
// refused before anything is sent, with the version that has it.
class MesosOperator : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(Status)>;

    MesosOperator(http::HttpClient *http, QUrl master, QObject *parent = nullptr);

    void setGate(std::shared_ptr<const audit::ActionGate> gate) { m_gate = std::move(gate); }
    // The master's version ("1.4.3"); empty: unknown, every call is tried.
    void setVersion(const QString &version) { m_version = version; }
    // The leader moved (a failover).
    void setMaster(const QUrl &master) { m_master = master; }
    [[nodiscard]] QString version() const { return m_version; }
    [[nodiscard]] QUrl master() const { return m_master; }

    // Why `version` lacks `call` ("Mesos 1.4.3 has no DRAIN_AGENT: it came with 1.9."), or
    // nothing when it has it or the version is unknown.
    [[nodiscard]] static std::optional<QString> unsupported(OperatorCall call, const QString &version);
    // A master as given ("m1", "m1:5050", "https://m1:5050/x"): http(s), port 5050 when none,
    // no path; nothing when it is no master URL.
    [[nodiscard]] static std::optional<QUrl> masterUrl(const QString &text);
    // The audit action name ("agent.drain").
    [[nodiscard]] static QString actionName(OperatorCall call);

    // Reads
    void fetchVersion(QObject *context, std::function<void(Result<QString>)> callback);
    void fetchSchedule(QObject *context, std::function<void(Result<QList<MaintenanceWindow>>)> callback);
    void fetchStatus(QObject *context, std::function<void(Result<MaintenanceStatus>)> callback);
    void fetchRoles(QObject *context, std::function<void(Result<QList<RoleInfo>>)> callback);
    // Agent id -> deactivated and drain state, from /master/slaves (the event stream does not carry them).
    void fetchAgentStates(QObject *context,
                          std::function<void(Result<QHash<QString, AgentOperatorState>>)> callback);

    // Changes. `maxGraceSeconds` < 0: no max grace period (each task's own).
    void drainAgent(const QString &agentId, int maxGraceSeconds, bool markGone, QObject *context, Done done);
    void deactivateAgent(const QString &agentId, QObject *context, Done done);
    void reactivateAgent(const QString &agentId, QObject *context, Done done);
    void markAgentGone(const QString &agentId, QObject *context, Done done);
    // Replaces the whole schedule (Mesos keeps one).
    void updateSchedule(const QList<MaintenanceWindow> &schedule, QObject *context, Done done);
    void machinesDown(const QList<MachineId> &machines, QObject *context, Done done);
    void machinesUp(const QList<MachineId> &machines, QObject *context, Done done);
    void teardownFramework(const QString &frameworkId, QObject *context, Done done);

    // Parsers of the answers (public for the tests and the fuzz targets).
    [[nodiscard]] static Result<QList<MaintenanceWindow>> parseSchedule(const QByteArray &json);
    [[nodiscard]] static Result<MaintenanceStatus> parseStatus(const QByteArray &json);
    [[nodiscard]] static Result<QList<RoleInfo>> parseRoles(const QByteArray &json);
    [[nodiscard]] static Result<QHash<QString, AgentOperatorState>> parseAgentStates(const QByteArray &json);
    [[nodiscard]] static QByteArray scheduleJson(const QList<MaintenanceWindow> &schedule);

private:
    // Gate, version check, send, outcome: the one way a change goes out.
    void change(OperatorCall call, const QString &path, const QByteArray &body, const QByteArray &contentType,
                audit::Action action, QObject *context, Done done);
    void v1Call(OperatorCall call, const QJsonObject &body, const QStringList &targets,
                const QJsonObject &parameters, QObject *context, Done done);
    // A v1 call on one agent: `args` and its agent_id under the call's own key.
    void agentCall(OperatorCall call, const QString &agentId, QJsonObject args, const QJsonObject &parameters,
                   QObject *context, Done done);
    void read(const QString &path, QObject *context, std::function<void(Result<QByteArray>)> callback);
    [[nodiscard]] QUrl url(const QString &path) const;

    http::HttpClient *m_http;
    QUrl m_master;
    QString m_version;
    std::shared_ptr<const audit::ActionGate> m_gate;
};

} // namespace mc::mesos
