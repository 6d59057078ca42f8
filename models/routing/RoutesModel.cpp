#include "models/routing/RoutesModel.h"

#include "models/common/ColumnTitles.h"
#include "models/common/StateColorPalette.h"

#include <QBrush>
#include <QColor>

namespace mc::models {

RoutesModel::RoutesModel(QObject *parent)
    : SnapshotTableModel<haproxy::Route>(&RoutesModel::idOf, parent)
{ }

void RoutesModel::setRoutes(const QList<haproxy::Route> &routes)
{
    setItems(std::make_shared<const std::vector<haproxy::Route>>(routes.cbegin(), routes.cend()));
}

QVariant RoutesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const haproxy::Route &r = row(index.row());
    if (role == IdRole)
        return r.appId;
    if (role == Qt::DisplayRole || role == RawValueRole) {
        const bool raw = role == RawValueRole;
        switch (index.column()) {
        case App:
            return r.appId;
        case Url:
            return QStringLiteral("http://%1/").arg(r.hostName);
        case ServicePorts: {
            QStringList ports;
            for (const int port : r.servicePorts)
                ports << QString::number(port);
            return raw ? QVariant(r.servicePorts.isEmpty() ? 0 : r.servicePorts.first())
                       : QVariant(ports.join(QStringLiteral(", ")));
        }
        case Servers:
            return raw ? QVariant(int(r.servers.size()))
                       : QVariant(r.servers.isEmpty() ? tr("none") : r.servers.join(QStringLiteral(", ")));
        case Excluded:
            return r.excludedTasks;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Servers)
        return r.servers.isEmpty() ? tr("No running, healthy task: requests get 503.")
                                   : r.servers.join(u'\n');
    if (role == Qt::ToolTipRole && index.column() == Excluded)
        return tr("Tasks that get no traffic: not running, or failing their health checks.");
    if (role == Qt::ForegroundRole && index.column() == Servers && r.servers.isEmpty())
        return StateColorPalette().brush(StateColorPalette::Role::Error);
    return {};
}

QVariant RoutesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle(section, orientation, role, [] { // in the order of Column
        return QStringList { tr("App"), tr("URL"), tr("Service ports"), tr("Backends"), tr("Left out") };
    });
}

} // namespace mc::models
