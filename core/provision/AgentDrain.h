#pragma once

#include "core/audit/ActionGate.h"
#include "core/http/HttpClient.h"
#include "core/provision/Plan.h"
#include "core/util/Result.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace mc::mesos {
class MesosOperator;
}

namespace mc::provision {

// Where and how a provisioning run drains an agent before it changes the agent's
// attributes/resources ("drain first").
struct DrainOptions
{
    QList<QUrl> masters; // tried in order; the first that answers /version is used
    http::HttpOptions http;
    int timeoutSeconds = 600; // until DRAINED
    int maxGraceSeconds = -1; // DRAIN_AGENT's max_grace_period; -1: each task's own
    int pollMs = 1000;

    // The Mesos masters of `plan` (hosts with the mesos-master role, at their address and
    // mesos_master_port), as http URLs.
    [[nodiscard]] static QList<QUrl> mastersOf(const Plan &plan);
};

// A blocking client of a Mesos master's operator for the thread of a provisioning run: its own
// HttpClient and event loop, so it is made and used in one thread. Changes go through
// MesosOperator, and so through its gate and version check.
class AgentDrain
{
public:
    struct Agent
    {
        QString id;
        QString hostname;
        bool deactivated = false;
        QString drainState; // "DRAINING", "DRAINED" or empty
    };
    using Progress = std::function<void(const QString &text)>;

    AgentDrain(DrainOptions options, std::shared_ptr<const audit::ActionGate> gate);
    ~AgentDrain();

    // Finds a master that answers and reads its version; an error when none answers or when its
    // version has no DRAIN_AGENT (the reason with the version that has it).
    Status connect();
    [[nodiscard]] QString version() const;
    [[nodiscard]] QUrl master() const;
    // The agents registered with one of `hostnames` (case-insensitive).
    [[nodiscard]] Result<QList<Agent>> agentsOn(const QStringList &hostnames);
    Status drain(const QString &agentId);
    // Asks every pollMs until the agent is DRAINED; `progress` hears each state change and,
    // while it lasts, every 10 s. An error after timeoutSeconds or when cancelled.
    Status waitDrained(const QString &agentId, const Progress &progress, const std::atomic<bool> *cancelled);
    Status reactivate(const QString &agentId);

private:
    Status await(const std::function<void(std::function<void(Status)>)> &start);

    DrainOptions m_options;
    QObject m_context;
    std::unique_ptr<http::HttpClient> m_http;
    std::unique_ptr<mesos::MesosOperator> m_operator;
};

} // namespace mc::provision
