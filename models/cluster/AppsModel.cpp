#include "models/cluster/AppsModel.h"

#include "core/util/Numbers.h"
#include "models/cluster/Format.h"
#include "models/common/ColumnTitles.h"
#include "models/common/StateColorPalette.h"

#include <QBrush>
#include <QColor>

namespace mc::models {

AppsModel::AppsModel(QObject *parent)
    : SnapshotTableModel(&AppsModel::idOf, parent, &AppsModel::changedColumns)
{ }

quint64 AppsModel::changedColumns(const marathon::App &before, const marathon::App &after)
{
    // What stateText() says, without its translation.
    const auto state = [](const marathon::App &app) {
        return isSuspended(app)                 ? 0
            : !app.deploymentIds.isEmpty()      ? 1
            : app.tasksRunning >= app.instances ? 2
                                                : 3;
    };
    quint64 columns = 0;
    const auto mark = [&](bool differs, Column column) {
        if (differs)
            columns |= quint64(1) << column;
    };
    const bool health = before.hasHealthChecks != after.hasHealthChecks;
    mark(before.id != after.id, Id);
    mark(state(before) != state(after), State);
    mark(before.instances != after.instances, Instances);
    mark(before.tasksRunning != after.tasksRunning || before.instances != after.instances,
         Running); // its colour
    mark(before.tasksStaged != after.tasksStaged, Staged);
    mark(health || before.tasksHealthy != after.tasksHealthy, Healthy);
    mark(health || before.tasksUnhealthy != after.tasksUnhealthy, Unhealthy);
    mark(before.deploymentIds.size() != after.deploymentIds.size(), Deployments);
    mark(before.cpus != after.cpus, Cpus);
    mark(before.mem != after.mem, Memory);
    mark(before.image != after.image || before.cmd != after.cmd, Image);
    mark(before.lastTaskFailure != after.lastTaskFailure, LastFailure);
    // Anything else (version, labels, ports...) shows in the details pane, which follows the Id column.
    if (columns == 0)
        columns |= quint64(1) << Id;
    return columns;
}

QString AppsModel::stateText(const marathon::App &app)
{
    if (isSuspended(app))
        return tr("suspended");
    if (!app.deploymentIds.isEmpty())
        return tr("deploying");
    return app.tasksRunning >= app.instances ? tr("running") : tr("waiting");
}

QString AppsModel::queueText(const marathon::QueueEntry &entry)
{
    if (entry.isDelayed())
        return tr("delayed %1 s").arg(entry.timeLeftSeconds);
    return tr("waiting: %1").arg(entry.count);
}

void AppsModel::setQueue(const QList<marathon::QueueEntry> &queue)
{
    QHash<QString, marathon::QueueEntry> next;
    for (const marathon::QueueEntry &e : queue)
        next.insert(e.appId, e);
    if (next == m_queue)
        return;
    m_queue = std::move(next);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Queue), index(rowCount() - 1, Queue));
}

QVariant AppsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const marathon::App &a = row(index.row());
    if (role == IdRole)
        return a.id;
    if (index.column() == Used)
        return usedData(a, role);
    if (role == Qt::DisplayRole || role == RawValueRole) {
        const bool raw = role == RawValueRole;
        switch (index.column()) {
        case Id:
            return a.id;
        case State:
            return stateText(a);
        case Queue:
            if (!m_queue.contains(a.id))
                return raw ? QVariant(-1) : QVariant();
            return raw
                ? QVariant(m_queue.value(a.id).isDelayed() ? 100000 + m_queue.value(a.id).timeLeftSeconds
                                                           : m_queue.value(a.id).count)
                : QVariant(queueText(m_queue.value(a.id)));
        case Instances:
            return a.instances;
        case Running:
            return a.tasksRunning;
        case Staged:
            return a.tasksStaged;
        case Healthy:
            return a.hasHealthChecks || a.tasksHealthy > 0 ? QVariant(a.tasksHealthy)
                                                           : QVariant(raw ? -1 : QVariant());
        case Unhealthy:
            return a.hasHealthChecks || a.tasksUnhealthy > 0 ? QVariant(a.tasksUnhealthy)
                                                             : QVariant(raw ? -1 : QVariant());
        case Deployments:
            return int(a.deploymentIds.size());
        case Cpus:
            return raw ? QVariant(a.cpus) : QVariant(Format::cpus(a.cpus));
        case Memory:
            return raw ? QVariant(a.mem) : QVariant(Format::megabytes(a.mem));
        case Image:
            return a.image.isEmpty() ? a.cmd : a.image;
        case LastFailure:
            if (!a.lastTaskFailure)
                return {};
            return raw ? QVariant(a.lastTaskFailure->timestamp)
                       : QVariant(QStringLiteral("%1 %2: %3")
                                      .arg(Format::isoTime(a.lastTaskFailure->timestamp),
                                           a.lastTaskFailure->state, a.lastTaskFailure->message));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Queue && m_queue.contains(a.id))
        return tr("See the Why tab of the app's details for the reasons.");
    if (role == Qt::ForegroundRole) {
        const StateColorPalette palette;
        if (index.column() == Queue && m_queue.contains(a.id))
            return palette.brush(StateColorPalette::Role::Warning);
        if (index.column() == Unhealthy && a.tasksUnhealthy > 0)
            return palette.brush(StateColorPalette::Role::Error);
        if (index.column() == State && isSuspended(a))
            return palette.brush(StateColorPalette::Role::Muted);
        if (index.column() == Running && a.tasksRunning < a.instances)
            return palette.brush(StateColorPalette::Role::Warning);
    }
    return {};
}

QVariant AppsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle(section, orientation, role, [] { // in the order of Column
        return QStringList { tr("App"),          tr("State"),  tr("Launch queue"), tr("Instances"),
                             tr("Running"),      tr("Staged"), tr("Healthy"),      tr("Unhealthy"),
                             tr("Deploying"),    tr("CPUs"),   tr("Memory"),       tr("Image / command"),
                             tr("Last failure"), tr("Used") };
    });
}

void AppsModel::setUsage(std::shared_ptr<const cluster::AppUsageMap> usage)
{
    if (!usage || usage == m_usage || (usage->isEmpty() && m_usage->isEmpty()))
        return;
    m_usage = std::move(usage);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Used), index(rowCount() - 1, Used));
}

QVariant AppsModel::usedData(const marathon::App &app, int role) const
{
    const auto it = m_usage->constFind(app.id);
    if (it == m_usage->cend())
        return role == RawValueRole ? QVariant(-1.0) : QVariant();
    switch (role) {
    case RawValueRole:
        return it->cpusUsed;
    case Qt::DisplayRole:
        return tr("%1 CPUs · %2").arg(Format::number(it->cpusUsed), util::bytes(double(it->memRssBytes)));
    case Qt::ToolTipRole:
        return tr("%n task(s) measured: %1 of %2 CPUs, %3 of %4 memory", nullptr, it->tasks)
            .arg(Format::number(it->cpusUsed), Format::number(it->cpusLimit),
                 util::bytes(double(it->memRssBytes)), util::bytes(double(it->memLimitBytes)));
    default:
        return {};
    }
}

} // namespace mc::models
