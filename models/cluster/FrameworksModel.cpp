#include "models/cluster/FrameworksModel.h"

#include "models/cluster/Format.h"
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
        return !f.connected ? tr("The scheduler is disconnected: its tasks run on, nobody launches or kills any "
                                 "until it comes back (or its failover timeout ends)")
                            : tr("The framework is inactive: it gets no offers");
    if (role == Qt::ForegroundRole && index.column() == Status && !f.completed && (!f.connected || !f.active))
        return StateColorPalette().brush(StateColorPalette::Role::Warning);
    return {};
}

QVariant FrameworksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Tasks:
        return tr("Active tasks");
    case Cpus:
        return tr("CPUs used");
    case Memory:
        return tr("Memory used");
    case Roles:
        return tr("Roles");
    case User:
        return tr("User");
    case Host:
        return tr("Host");
    case Registered:
        return tr("Registered");
    case Id:
        return tr("Framework ID");
    default:
        return {};
    }
}

} // namespace mc::models
