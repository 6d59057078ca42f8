#pragma once

#include "core/cluster/ServiceTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace mc::models {

// Hosts (rows) x services (columns) with each cell's live status. Updated cell
// by cell (dataChanged), never reset on a status change.
class ServicesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        StatusRole = Qt::UserRole + 1, // int(cluster::ServiceStatus)
        ServiceRole, // int(cluster::Service)
        HostRole, // QString host name
        BusyRole, // bool: an action runs on this cell
        DetailRole, // QString: why unknown / what the action said
    };

    explicit ServicesModel(QObject *parent = nullptr);

    // Rows follow `hosts`: existing rows keep their status, new ones start unknown.
    void setHosts(const QStringList &hosts);
    void setServices(const QList<cluster::Service> &services);
    [[nodiscard]] QStringList hosts() const { return m_hosts; }
    [[nodiscard]] QList<cluster::Service> services() const { return m_services; }

    void setStatus(const QString &host, cluster::Service service, cluster::ServiceStatus status,
                   const QString &detail = {});
    void setBusy(const QString &host, cluster::Service service, bool busy, const QString &action = {});
    [[nodiscard]] cluster::ServiceStatus status(const QString &host, cluster::Service service) const;
    [[nodiscard]] QModelIndex indexFor(const QString &host, cluster::Service service) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    [[nodiscard]] static QString statusText(cluster::ServiceStatus status);
    // Why a status is unknown, in a few words for the cell ("no SSH", "login failed"); the
    // whole reason is in the tool tip and the view's status line.
    [[nodiscard]] static QString shortReason(const QString &detail);

private:
    struct Cell
    {
        cluster::ServiceStatus status = cluster::ServiceStatus::Unknown;
        QString detail;
        bool busy = false;
        QString action;
    };
    Cell *cell(const QString &host, cluster::Service service);
    const Cell *cell(const QString &host, cluster::Service service) const;

    QStringList m_hosts;
    QList<cluster::Service> m_services;
    QHash<QString, QHash<int, Cell>> m_cells; // host -> service -> cell
};

} // namespace mc::models
