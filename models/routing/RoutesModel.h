#pragma once

#include "core/haproxy/HaproxyConfig.h"
#include "models/cluster/SnapshotTableModel.h"

namespace mc::models {

// The routed apps: URL, service ports and the servers behind them. Updated by
// diff on every new rendered config (keyed by app id).
class RoutesModel : public SnapshotTableModel<haproxy::Route>
{
    Q_OBJECT

public:
    enum Column { App, Url, ServicePorts, Servers, Excluded, ColumnCount };

    explicit RoutesModel(QObject *parent = nullptr);

    void setRoutes(const QList<haproxy::Route> &routes);
    static const QString &idOf(const haproxy::Route &route) { return route.appId; }

    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : ColumnCount;
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

} // namespace mc::models
