#pragma once

#include "core/mesos/MesosOperator.h"

#include <QAbstractTableModel>

namespace mc::models {

// Mesos roles (`/master/roles`): weight, frameworks, what is allocated, offered and reserved,
// and quota (guarantee, limit, what it consumes).
class RolesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Weight, Frameworks, Allocated, Offered, Reserved, Guarantee, Limit, Consumed, ColumnCount };

    explicit RolesModel(QObject *parent = nullptr);

    // Rows keep their place when the same roles come again (only their values change).
    void setRoles(const QList<mesos::RoleInfo> &roles);
    [[nodiscard]] const QList<mesos::RoleInfo> &roles() const { return m_roles; }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_roles.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "1.5 CPUs, 2 GiB" ("-" when empty).
    [[nodiscard]] static QString scalarsText(const mesos::ScalarMap &scalars);

private:
    QList<mesos::RoleInfo> m_roles;
};

} // namespace mc::models
