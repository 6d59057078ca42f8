#include "models/cluster/RolesModel.h"

#include "models/cluster/Format.h"
#include "models/cluster/SnapshotTableModel.h"
#include "models/common/ColumnTitles.h"

namespace mc::models {

RolesModel::RolesModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RolesModel::setRoles(const QList<mesos::RoleInfo> &roles)
{
    const auto names = [](const QList<mesos::RoleInfo> &list) {
        QStringList n;
        for (const mesos::RoleInfo &r : list)
            n << r.name;
        return n;
    };
    if (names(roles) == names(m_roles)) {
        m_roles = roles;
        if (!m_roles.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel(); // roles came or went: few rows, a new list
    m_roles = roles;
    endResetModel();
}

QString RolesModel::scalarsText(const mesos::ScalarMap &scalars)
{
    QStringList parts;
    if (scalars.value(QStringLiteral("cpus")) > 0)
        parts << tr("%1 CPUs").arg(Format::cpus(scalars.value(QStringLiteral("cpus"))));
    if (scalars.value(QStringLiteral("mem")) > 0)
        parts << Format::megabytes(scalars.value(QStringLiteral("mem")));
    if (scalars.value(QStringLiteral("disk")) > 0)
        parts << tr("%1 disk").arg(Format::megabytes(scalars.value(QStringLiteral("disk"))));
    if (scalars.value(QStringLiteral("gpus")) > 0)
        parts << tr("%1 GPUs").arg(Format::number(scalars.value(QStringLiteral("gpus"))));
    return parts.isEmpty() ? QStringLiteral("–") : parts.join(QStringLiteral(", "));
}

QVariant RolesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const mesos::RoleInfo &r = m_roles.at(index.row());
    if (role == IdRole)
        return r.name;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Weight:
            return r.weight;
        case Frameworks:
            return int(r.frameworks.size());
        case Allocated:
            return r.allocated.value(QStringLiteral("cpus"));
        case Consumed:
            return r.quotaConsumed.value(QStringLiteral("cpus"));
        default:
            break;
        }
    }
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (index.column()) {
        case Name:
            return r.name;
        case Weight:
            return Format::number(r.weight);
        case Frameworks:
            return int(r.frameworks.size());
        case Allocated:
            return scalarsText(r.allocated);
        case Offered:
            return scalarsText(r.offered);
        case Reserved:
            return scalarsText(r.reserved);
        case Guarantee:
            return scalarsText(r.quotaGuarantee);
        case Limit:
            return r.quotaLimit.isEmpty() ? tr("none") : scalarsText(r.quotaLimit);
        case Consumed:
            return scalarsText(r.quotaConsumed);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Frameworks)
        return r.frameworks.join(QLatin1Char('\n'));
    if (role == Qt::TextAlignmentRole && (index.column() == Weight || index.column() == Frameworks))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant RolesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle(section, orientation, role, [] { // in the order of Column
        return QStringList { tr("Role"),    tr("Weight"),   tr("Frameworks"),      tr("Allocated"),
                             tr("Offered"), tr("Reserved"), tr("Quota guarantee"), tr("Quota limit"),
                             tr("Consumed") };
    });
}

} // namespace mc::models
