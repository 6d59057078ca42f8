#include "models/cluster/AgentsModel.h"

#include "models/cluster/AgentLabel.h"
#include "models/cluster/Format.h"
#include "models/common/ColumnTitles.h"

namespace mc::models {

AgentsModel::AgentsModel(QObject *parent)
    : SnapshotTableModel(&AgentsModel::idOf, parent)
{ }

QString AgentsModel::statusText(const mesos::Agent &agent)
{
    if (agent.recovered)
        return tr("recovering");
    if (agent.deactivated)
        return tr("deactivated");
    return agent.active ? tr("active") : tr("inactive");
}

int AgentsModel::runningTasks(const mesos::Agent &agent)
{
    return agent.taskCounts[size_t(mesos::TaskState::Running)]
        + agent.taskCounts[size_t(mesos::TaskState::Staging)]
        + agent.taskCounts[size_t(mesos::TaskState::Starting)]
        + agent.taskCounts[size_t(mesos::TaskState::Killing)];
}

void AgentsModel::setMaintenance(const QHash<QString, QString> &textById)
{
    if (textById == m_maintenance)
        return;
    m_maintenance = textById;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Maintenance), index(rowCount() - 1, Maintenance));
}

QVariant AgentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const mesos::Agent &a = row(index.row());
    const auto fraction = [](double used, double total) { return total > 0 ? used / total : 0.0; };
    if (role == IdRole)
        return a.id;
    if (role == FractionRole) {
        switch (index.column()) {
        case Cpus:
            return fraction(a.used.cpus, a.total.cpus);
        case Memory:
            return fraction(a.used.mem, a.total.mem);
        case Disk:
            return fraction(a.used.disk, a.total.disk);
        default:
            return {};
        }
    }
    if (role == Qt::DisplayRole || role == RawValueRole) {
        const bool raw = role == RawValueRole;
        switch (index.column()) {
        case Host:
            return raw ? a.hostname : agentLabel(a);
        case Cpus:
            return raw ? QVariant(a.used.cpus) : QVariant(Format::usage(a.used.cpus, a.total.cpus, false));
        case Memory:
            return raw ? QVariant(a.used.mem) : QVariant(Format::usage(a.used.mem, a.total.mem, true));
        case Disk:
            return raw ? QVariant(a.used.disk) : QVariant(Format::usage(a.used.disk, a.total.disk, true));
        case Tasks:
            return runningTasks(a);
        case Attributes:
            return a.attributesText();
        case Status:
            return statusText(a);
        case Maintenance:
            return m_maintenance.value(a.id);
        case Version:
            return a.version;
        case Id:
            return a.id;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Maintenance)
        return m_maintenance.value(a.id);
    if (role == Qt::ToolTipRole && index.column() == Host)
        return QStringLiteral("%1\n%2").arg(a.id, a.pid);
    if (role == Qt::TextAlignmentRole && index.column() == Tasks)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AgentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle(section, orientation, role, [] { // in the order of Column
        return QStringList {
            tr("Agent"),      tr("CPUs"),   tr("Memory"),      tr("Disk"),    tr("Tasks"),
            tr("Attributes"), tr("Status"), tr("Maintenance"), tr("Version"), tr("Agent ID")
        };
    });
}

} // namespace mc::models
