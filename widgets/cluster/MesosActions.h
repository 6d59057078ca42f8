#pragma once

#include "core/cluster/ClusterSnapshot.h"
#include "core/mesos/MesosOperator.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QPushButton;
class QTimer;

namespace mc::models {
class ClusterModels;
class RolesModel;
} // namespace mc::models

namespace mc::widgets {

class ChangeGuard;
class ClusterPage;
class DetailTable;
struct Confirmation;

// The Mesos operator's actions on the Cluster page: on the selected agents Drain, Deactivate,
// Reactivate, Mark Gone and maintenance (schedule a window, take the machines down, bring
// machines up); on a framework Teardown; and a Roles tab. Each change asks first, naming the
// tasks, apps and frameworks it touches, and goes through MesosOperator (the gate). A call
// the leader's version lacks stays disabled, its tool tip saying why. The maintenance column
// and the roles are read from the leader every few seconds while their tab is shown.
class MesosActions : public QObject
{
    Q_OBJECT

public:
    MesosActions(ClusterPage *page, models::ClusterModels *models, QObject *parent = nullptr);

    // The leader's operator (its URL and version follow the snapshots); none: actions disabled.
    void setOperator(mesos::MesosOperator *op);
    void setGuard(ChangeGuard *guard);
    // Asked before each change; default: ConfirmDialog. Tests replace it.
    void setConfirmation(std::function<bool(const Confirmation &)> confirm) { m_confirm = std::move(confirm); }
    // Asks for a maintenance window (start, duration in seconds); default: a dialog. Tests replace it.
    using WindowPrompt = std::function<bool(QDateTime *start, qint64 *durationSeconds)>;
    void setWindowPrompt(WindowPrompt prompt) { m_prompt = std::move(prompt); }

    // Reads now what the current tab shows: the agents' operator state and the maintenance, or the roles.
    void refresh();
    [[nodiscard]] models::RolesModel *roles() const { return m_roles; }
    [[nodiscard]] DetailTable *rolesTable() const { return m_rolesTable; }

Q_SIGNALS:
    // A change finished: "Draining agent …" or why it failed.
    void finished(const QString &message, bool ok);

private:
    struct Impact
    {
        QStringList lines; // one per agent: "host:5051 · S0: 3 tasks (apps /web; frameworks marathon)"
        int tasks = 0;
    };
    QPushButton *addButton(DetailTable *table, const QString &objectName, const QString &text);
    void updateButtons();
    void onSnapshot(const cluster::SnapshotPtr &snapshot);
    [[nodiscard]] Impact impactOfAgents(const QStringList &agentIds) const;
    [[nodiscard]] QList<mesos::MachineId> machinesOf(const QStringList &agentIds) const;
    [[nodiscard]] QString agentLabelOf(const QString &agentId) const;
    void runOnAgents(mesos::OperatorCall call);
    void scheduleWindow();
    void machinesDown();
    void machinesUp();
    void teardown();
    bool ask(const Confirmation &confirmation);
    void report(const mc::Status &status, const QString &success);
    void updateMaintenanceColumn();

    ClusterPage *m_page;
    models::ClusterModels *m_models;
    models::RolesModel *m_roles;
    DetailTable *m_rolesTable;
    QPointer<mesos::MesosOperator> m_operator;
    QPointer<ChangeGuard> m_guard;
    cluster::SnapshotPtr m_snapshot;
    QTimer *m_poll;
    std::function<bool(const Confirmation &)> m_confirm;
    WindowPrompt m_prompt;
    QHash<mesos::OperatorCall, QPushButton *> m_agentButtons;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_teardownButton = nullptr;
    // What the leader said last.
    QHash<QString, mesos::AgentOperatorState> m_agentStates;
    QList<mesos::MaintenanceWindow> m_schedule;
    mesos::MaintenanceStatus m_status;
};

} // namespace mc::widgets
