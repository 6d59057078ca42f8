#include "models/cluster/DeploymentsModel.h"

#include "models/cluster/Format.h"
#include "models/common/ColumnTitles.h"

namespace mc::models {

DeploymentsModel::DeploymentsModel(QObject *parent)
    : SnapshotTableModel(&DeploymentsModel::idOf, parent)
{ }

QVariant DeploymentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const marathon::Deployment &d = row(index.row());
    if (role == IdRole)
        return d.id;
    if (role == FractionRole && index.column() == Step && d.totalSteps > 0)
        return qBound(0.0, double(d.currentStep) / d.totalSteps, 1.0);
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (index.column()) {
        case Apps:
            return d.affectedApps.join(QStringLiteral(", "));
        case Step:
            return role == RawValueRole ? QVariant(d.currentStep)
                                        : QVariant(tr("%1 of %2").arg(d.currentStep).arg(d.totalSteps));
        case Actions:
            return d.currentActions.join(QStringLiteral("; "));
        case Started:
            return role == RawValueRole ? d.version : Format::isoTime(d.version);
        case Id:
            return d.id;
        default:
            return {};
        }
    }
    return {};
}

QVariant DeploymentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle(section, orientation, role, [] { // in the order of Column
        return QStringList { tr("Apps"), tr("Step"), tr("Current actions"), tr("Started"),
                             tr("Deployment ID") };
    });
}

} // namespace mc::models
