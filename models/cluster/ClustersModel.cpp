#include "models/cluster/ClustersModel.h"

#include "models/cluster/Format.h"
#include "models/common/ColumnTitles.h"
#include "models/common/StateColorPalette.h"

#include <QFont>

#include <array>

namespace mc::models {

ClusterSummary::Health ClusterSummary::healthOf(const cluster::ClusterSnapshot &snapshot)
{
    using Kind = cluster::ConnectionState::Kind;
    Health health = Health::Live;
    bool any = false;
    for (const cluster::ConnectionState *state : { &snapshot.mesos, &snapshot.marathon }) {
        switch (state->kind) {
        case Kind::Disconnected:
            continue;
        case Kind::Error:
            return Health::Failing;
        case Kind::Stale:
            health = Health::Stale;
            break;
        case Kind::Connecting:
            if (health == Health::Live)
                health = Health::Connecting;
            break;
        case Kind::Live:
            break;
        }
        any = true;
    }
    return any ? health : Health::Connecting;
}

void ClusterSummary::read(const cluster::ClusterSnapshot &snapshot)
{
    health = healthOf(snapshot);
    leader = snapshot.leader ? snapshot.leader->displayName() : QString();
    agentsTotal = int(snapshot.agents->size());
    agentsActive = 0;
    for (const mesos::Agent &agent : *snapshot.agents)
        agentsActive += agent.active && !agent.deactivated ? 1 : 0;
    std::array<int, mesos::kTaskStateCount> counts {};
    for (const mesos::Task &task : *snapshot.tasks)
        ++counts[std::size_t(task.state)];
    tasksByState.clear();
    for (int s = 0; s < mesos::kTaskStateCount; ++s) {
        if (counts[std::size_t(s)] > 0)
            tasksByState.append({ mesos::TaskState(s), counts[std::size_t(s)] });
    }
    appsWaiting = 0;
    appsFailing = 0;
    for (const marathon::App &app : *snapshot.apps) {
        const bool short_ = app.tasksRunning < app.instances;
        if (app.tasksUnhealthy > 0 || (short_ && app.lastTaskFailure))
            ++appsFailing;
        else if (short_)
            ++appsWaiting;
    }
}

int ClustersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClustersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClustersModel::healthText(ClusterSummary::Health health)
{
    switch (health) {
    case ClusterSummary::Health::Live:
        return tr("live");
    case ClusterSummary::Health::Stale:
        return tr("stale");
    case ClusterSummary::Health::Failing:
        return tr("failing");
    case ClusterSummary::Health::Connecting:
        break;
    }
    return tr("connecting");
}

QColor ClustersModel::healthColour(ClusterSummary::Health health)
{
    const StateColorPalette palette;
    switch (health) {
    case ClusterSummary::Health::Live:
        return palette.color(StateColorPalette::Role::Ok);
    case ClusterSummary::Health::Stale:
        return palette.color(StateColorPalette::Role::Warning);
    case ClusterSummary::Health::Failing:
        return palette.color(StateColorPalette::Role::Error);
    case ClusterSummary::Health::Connecting:
        break;
    }
    return palette.color(StateColorPalette::Role::Muted);
}

QString ClustersModel::modeText(audit::ClusterMode mode)
{
    switch (mode) {
    case audit::ClusterMode::ReadOnly:
        return tr("read-only");
    case audit::ClusterMode::Protected:
        return tr("protected");
    case audit::ClusterMode::ReadWrite:
        break;
    }
    return tr("read-write");
}

QString ClustersModel::tasksText(const ClusterSummary &summary)
{
    QStringList parts;
    for (const auto &[state, count] : summary.tasksByState)
        parts << tr("%1 %2").arg(Format::count(count), mesos::taskStateLabel(state));
    return parts.isEmpty() ? tr("none", "no tasks") : parts.join(QStringLiteral(" · "));
}

QString ClustersModel::appsText(const ClusterSummary &summary)
{
    if (summary.appsWaiting == 0 && summary.appsFailing == 0)
        return tr("none waiting or failing");
    QStringList parts;
    if (summary.appsFailing > 0)
        parts << tr("%n failing", nullptr, summary.appsFailing);
    if (summary.appsWaiting > 0)
        parts << tr("%n waiting", nullptr, summary.appsWaiting);
    return parts.join(QStringLiteral(" · "));
}

QVariant ClustersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ClusterSummary &s = m_rows.at(index.row());
    if (role == KeyRole)
        return s.key;
    if (role == HealthRole)
        return int(s.health);
    if (role == Qt::DecorationRole && index.column() == Name)
        return healthColour(s.health);
    if (role == Qt::ForegroundRole && index.column() == Name && s.colour.isValid())
        return s.colour;
    if (role == Qt::ToolTipRole && index.column() == Name)
        return tr("%1 · %2 · %3").arg(s.name, modeText(s.mode), healthText(s.health));
    if (role == Qt::FontRole && s.active && index.column() == Name) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Name:
        return s.name;
    case State:
        return tr("%1, %2").arg(healthText(s.health), modeText(s.mode));
    case Leader:
        return s.leader.isEmpty() ? tr("none", "no leader") : s.leader;
    case Agents:
        return tr("%1 / %2").arg(Format::count(s.agentsActive), Format::count(s.agentsTotal));
    case Tasks:
        return tasksText(s);
    case Apps:
        return appsText(s);
    case LastError:
        return s.lastError;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ClustersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle(section, orientation, role, [] { // in the order of Column
        return QStringList { tr("Cluster"),        tr("State"),
                             tr("Leader"),         tr("Agents active / total"),
                             tr("Tasks by state"), tr("Apps waiting or failing"),
                             tr("Last error") };
    });
}

int ClustersModel::rowOf(const QString &key) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).key == key)
            return r;
    }
    return -1;
}

void ClustersModel::setSummary(const ClusterSummary &summary)
{
    const int row = rowOf(summary.key);
    if (row < 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(summary);
        endInsertRows();
        return;
    }
    if (m_rows.at(row) == summary)
        return;
    m_rows[row] = summary;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ClustersModel::removeKey(const QString &key)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace mc::models
