#include "models/cluster/TasksModel.h"

#include "core/util/Numbers.h"
#include "models/cluster/Format.h"
#include "models/common/ColumnTitles.h"
#include "models/common/StateColorPalette.h"

#include <QBrush>
#include <QColor>

namespace mc::models {

TasksModel::TasksModel(QObject *parent)
    : SnapshotTableModel(&TasksModel::idOf, parent, &TasksModel::changedColumns)
{ }

quint64 TasksModel::changedColumns(const TaskRow &before, const TaskRow &after)
{
    const mesos::Task &a = *before.task;
    const mesos::Task &b = *after.task;
    quint64 columns = 0;
    const auto mark = [&](bool differs, Column column) {
        if (differs)
            columns |= quint64(1) << column;
    };
    mark(a.state != b.state || a.completed != b.completed, State);
    mark(before.appId() != after.appId(), App);
    mark(before.host() != after.host(), Host);
    mark(a.resources.ports != b.resources.ports, Ports);
    mark(a.startedAt != b.startedAt, Started);
    mark(before.healthy != after.healthy, Health);
    mark(a.resources.cpus != b.resources.cpus, Cpus);
    mark(a.resources.mem != b.resources.mem, Memory);
    // Anything else (name, addresses, last status...) shows in the id's tooltip and the details pane.
    if (columns == 0)
        columns |= quint64(1) << Id;
    return columns;
}

bool TasksModel::lessThan(const TaskRow &a, const TaskRow &b, int column)
{
    const mesos::Task &x = *a.task;
    const mesos::Task &y = *b.task;
    const auto health = [](const TaskRow &r) { return r.healthy ? (*r.healthy ? 1 : 0) : -1; };
    switch (column) {
    case Id:
        return x.id < y.id;
    case App:
        return a.appId() < b.appId();
    case State:
        return int(x.state) < int(y.state);
    case Host:
        return a.host() < b.host();
    case Ports:
        return x.resources.ports < y.resources.ports;
    case Started:
        return x.startedAt < y.startedAt;
    case Health:
        return health(a) < health(b);
    case Cpus:
        return x.resources.cpus < y.resources.cpus;
    case Memory:
        return x.resources.mem < y.resources.mem;
    default:
        return false;
    }
}

void TasksModel::setUsage(std::shared_ptr<const cluster::TaskUsageMap> usage)
{
    if (!usage || usage == m_usage)
        return;
    m_usage = std::move(usage);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, CpuUsed), index(rowCount() - 1, MemoryUsed));
}

double TasksModel::usageValue(const cluster::TaskUsageMap &usage, const TaskRow &row, int column)
{
    const auto it = usage.constFind(row.task->id);
    if (it == usage.cend())
        return -1;
    return column == CpuUsed ? it->cpuFraction() : it->memFraction();
}

QString TasksModel::healthText(const std::optional<bool> &healthy)
{
    if (!healthy)
        return {};
    return *healthy ? tr("healthy") : tr("unhealthy");
}

QVariant TasksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const TaskRow &r = row(index.row());
    const mesos::Task &t = *r.task;
    if (role == IdRole)
        return t.id;
    if (role == StateRole)
        return int(t.state);
    if (isUsageColumn(index.column()))
        return usageData(r, index.column(), role);
    if (role == Qt::DisplayRole || role == RawValueRole) {
        const bool raw = role == RawValueRole;
        switch (index.column()) {
        case Id:
            return t.id;
        case App:
            return r.appId();
        case State:
            return raw ? QVariant(int(t.state)) : QVariant(mesos::taskStateLabel(t.state));
        case Host:
            return r.host();
        case Ports:
            return TaskRow::portsText(t.resources.ports);
        case Started:
            return raw ? QVariant(t.startedAt) : QVariant(Format::epochSeconds(t.startedAt));
        case Health:
            return raw ? QVariant(r.healthy ? (*r.healthy ? 1 : 0) : -1) : QVariant(healthText(r.healthy));
        case Cpus:
            return raw ? QVariant(t.resources.cpus) : QVariant(Format::cpus(t.resources.cpus));
        case Memory:
            return raw ? QVariant(t.resources.mem) : QVariant(Format::megabytes(t.resources.mem));
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if (index.column() == State
            && (t.state == mesos::TaskState::Failed || t.state == mesos::TaskState::Error
                || t.state == mesos::TaskState::Lost))
            return StateColorPalette().brush(StateColorPalette::Role::TaskFailed);
        if (index.column() == Health && r.healthy && !*r.healthy)
            return StateColorPalette().brush(StateColorPalette::Role::TaskFailed);
        if (index.column() == State && t.completed)
            return StateColorPalette().brush(StateColorPalette::Role::TaskEnded);
    }
    if (role == Qt::ToolTipRole && index.column() == Id)
        return QStringLiteral("%1\n%2").arg(t.name, t.ipAddresses.join(QStringLiteral(", ")));
    return {};
}

QVariant TasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle(section, orientation, role, [] { // in the order of Column
        return QStringList { tr("Task"),   tr("App"),     tr("State"),      tr("Agent"),
                             tr("Ports"),  tr("Started"), tr("Health"),     tr("CPUs"),
                             tr("Memory"), tr("CPU %"),   tr("Memory used") };
    });
}

QVariant TasksModel::usageData(const TaskRow &row, int column, int role) const
{
    const auto it = m_usage->constFind(row.task->id);
    if (it == m_usage->cend())
        return role == RawValueRole ? QVariant(-1.0) : QVariant();
    const cluster::TaskUsage &u = *it;
    const double fraction = column == CpuUsed ? u.cpuFraction() : u.memFraction();
    switch (role) {
    case RawValueRole:
        return fraction;
    case FractionRole:
        return fraction < 0 ? QVariant() : QVariant(fraction);
    case Qt::DisplayRole:
        if (column == CpuUsed)
            return fraction < 0 ? QStringLiteral("…") : Format::percent(fraction);
        return QStringLiteral("%1 / %2").arg(util::bytes(double(u.memRssBytes)),
                                             util::bytes(double(u.memLimitBytes)));
    case Qt::ToolTipRole:
        if (column == CpuUsed) {
            const QString used = u.cpusUsed < 0
                ? tr("measuring (two samples needed)")
                : tr("%1 of %2 CPUs").arg(Format::number(u.cpusUsed), Format::number(u.cpusLimit));
            return u.throttledSecs
                ? tr("%1; throttled %2 s in all").arg(used, Format::number(*u.throttledSecs))
                : used;
        }
        return tr("%1 resident of a %2 limit")
            .arg(util::bytes(double(u.memRssBytes)), util::bytes(double(u.memLimitBytes)));
    default:
        return {};
    }
}

} // namespace mc::models
