#include "models/cluster/FrameworksModel.h"

#include "models/cluster/Format.h"
#include "models/common/ColumnTitles.h"
#include "models/common/StateColorPalette.h"

#include <QBrush>

namespace mc::models {

FrameworksModel::FrameworksModel(QObject *parent)
    : SnapshotTableModel(&FrameworksModel::idOf, parent)
{ }

QString FrameworksModel::statusText(const mesos::Framework &f)
{
    if (f.completed)
        return tr("completed");
    if (!f.connected)
        return tr("disconnected");
    return f.active ? tr("active") : tr("inactive");
}

QVariant FrameworksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const mesos::Framework &f = row(index.row());
    if (role == IdRole)
        return f.id;
    if (role == Qt::DisplayRole || role == RawValueRole) {
        const bool raw = role == RawValueRole;
        switch (index.column()) {
        case Name:
            return f.name;
        case Status:
            return statusText(f);
        case Tasks:
            return f.activeTasks();
        case Cpus:
            return raw ? QVariant(f.used.cpus) : QVariant(Format::cpus(f.used.cpus));
        case Memory:
            return raw ? QVariant(f.used.mem) : QVariant(Format::megabytes(f.used.mem));
        case Roles:
            return f.roles.join(QStringLiteral(", "));
        case User:
            return f.user;
        case Host:
            return f.hostname;
        case Registered:
            return raw ? QVariant(f.registeredTime) : QVariant(Format::epochSeconds(f.registeredTime));
        case Id:
            return f.id;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return f.webuiUrl;
    // Marked: a framework that does not take offers (inactive) or lost its scheduler (disconnected).
    if (role == Qt::ToolTipRole && index.column() == Status && !f.completed && (!f.connected || !f.active))
        return !f.connected
            ? tr("The scheduler is disconnected: its tasks run on, nobody launches or kills any "
                 "until it comes back (or its failover timeout ends)")
            : tr("The framework is inactive: it gets no offers");
    if (role == Qt::ForegroundRole && index.column() == Status && !f.completed && (!f.connected || !f.active))
        return StateColorPalette().brush(StateColorPalette::Role::Warning);
    return {};
}

QVariant FrameworksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle(section, orientation, role, [] { // in the order of Column
        return QStringList { tr("Name"),        tr("Status"),      tr("Active tasks"), tr("CPUs used"),
                             tr("Memory used"), tr("Roles"),       tr("User"),         tr("Host"),
                             tr("Registered"),  tr("Framework ID") };
    });
}

} // namespace mc::models
