#include "models/apps/PodsModel.h"

#include "models/cluster/Format.h"
#include "models/common/ColumnTitles.h"

namespace mc::models {

PodsModel::PodsModel(QObject *parent)
    : SnapshotTableModel(&PodsModel::idOf, parent)
{ }

void PodsModel::setPods(std::vector<marathon::PodStatus> pods)
{
    setItems(std::make_shared<const std::vector<marathon::PodStatus>>(std::move(pods)));
}

const marathon::PodStatus *PodsModel::pod(const QString &id) const
{
    const int r = rowOf(id);
    return r < 0 ? nullptr : &row(r);
}

QString PodsModel::endpointsText(const marathon::PodStatus &pod)
{
    QStringList list;
    for (const marathon::PodInstanceStatus &i : pod.instances) {
        for (const marathon::PodContainerStatus &c : i.containers) {
            for (const marathon::PodEndpoint &e : c.endpoints)
                list.append(e.allocatedHostPort > 0
                                ? QStringLiteral("%1:%2").arg(e.name).arg(e.allocatedHostPort)
                                : e.name);
        }
    }
    if (list.isEmpty()) { // no instance yet: the endpoints the definition asks for
        for (const marathon::PodContainer &c : pod.spec.containers) {
            for (const marathon::PodEndpoint &e : c.endpoints)
                list.append(e.name);
        }
    }
    return list.join(QStringLiteral(", "));
}

QVariant PodsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const marathon::PodStatus &p = row(index.row());
    if (role == IdRole)
        return p.spec.id;
    if (role == FractionRole && index.column() == Instances && p.spec.instances > 0)
        return qBound(0.0, double(p.stableInstances()) / p.spec.instances, 1.0);
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Id:
        return p.spec.id;
    case Instances:
        if (role == RawValueRole)
            return p.stableInstances();
        if (role == Qt::ToolTipRole)
            return tr("%1 of %n wanted instance(s) stable", nullptr, p.spec.instances)
                .arg(p.stableInstances());
        return tr("%1 / %2").arg(p.stableInstances()).arg(p.spec.instances);
    case Status:
        return p.status;
    case Containers: {
        QStringList names;
        for (const marathon::PodContainer &c : p.spec.containers)
            names.append(c.name);
        return role == RawValueRole ? QVariant(int(names.size()))
                                    : QVariant(names.join(QStringLiteral(", ")));
    }
    case Endpoints:
        return endpointsText(p);
    case Cpus:
        return role == RawValueRole ? QVariant(p.spec.cpus()) : QVariant(Format::cpus(p.spec.cpus()));
    case Mem:
        return role == RawValueRole ? QVariant(p.spec.mem()) : QVariant(Format::megabytes(p.spec.mem()));
    default:
        return {};
    }
}

QVariant PodsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return columnTitle(section, orientation, role, [] { // in the order of Column
        return QStringList { tr("Pod"),       tr("Instances"), tr("Status"), tr("Containers"),
                             tr("Endpoints"), tr("CPUs"),      tr("Memory") };
    });
}

} // namespace mc::models
