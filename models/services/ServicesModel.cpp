#include "models/services/ServicesModel.h"

#include "models/common/StateColorPalette.h"

#include <QBrush>
#include <QColor>

namespace mc::models {

using cluster::Service;
using cluster::ServiceStatus;

ServicesModel::ServicesModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_services(cluster::allServices())
{ }

void ServicesModel::setHosts(const QStringList &hosts)
{
    // Remove rows that are gone (from the bottom), then append the new ones.
    for (int row = int(m_hosts.size()) - 1; row >= 0; --row) {
        if (!hosts.contains(m_hosts[row])) {
            beginRemoveRows({}, row, row);
            m_cells.remove(m_hosts[row]);
            m_hosts.removeAt(row);
            endRemoveRows();
        }
    }
    QStringList added;
    for (const QString &h : hosts) {
        if (!m_hosts.contains(h) && !added.contains(h))
            added << h;
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_hosts.size()), int(m_hosts.size() + added.size() - 1));
        m_hosts += added;
        endInsertRows();
    }
}

void ServicesModel::setServices(const QList<Service> &services)
{
    if (services == m_services)
        return;
    if (!m_services.isEmpty()) {
        beginRemoveColumns({}, 0, int(m_services.size()) - 1);
        m_services.clear();
        endRemoveColumns();
    }
    if (!services.isEmpty()) {
        beginInsertColumns({}, 0, int(services.size()) - 1);
        m_services = services;
        endInsertColumns();
    }
}

ServicesModel::Cell *ServicesModel::cell(const QString &host, Service service)
{
    if (!m_hosts.contains(host) || !m_services.contains(service))
        return nullptr;
    return &m_cells[host][int(service)];
}

const ServicesModel::Cell *ServicesModel::cell(const QString &host, Service service) const
{
    const auto row = m_cells.constFind(host);
    if (row == m_cells.cend())
        return nullptr;
    const auto c = row->constFind(int(service));
    return c == row->cend() ? nullptr : &*c;
}

QModelIndex ServicesModel::indexFor(const QString &host, Service service) const
{
    const int row = int(m_hosts.indexOf(host));
    const int column = int(m_services.indexOf(service));
    return row < 0 || column < 0 ? QModelIndex() : index(row, column);
}

void ServicesModel::setStatus(const QString &host, Service service, ServiceStatus status,
                              const QString &detail)
{
    Cell *c = cell(host, service);
    if (!c || (c->status == status && c->detail == detail))
        return;
    c->status = status;
    c->detail = detail;
    const QModelIndex i = indexFor(host, service);
    Q_EMIT dataChanged(i, i);
}

void ServicesModel::setBusy(const QString &host, Service service, bool busy, const QString &action)
{
    Cell *c = cell(host, service);
    if (!c || (c->busy == busy && c->action == action))
        return;
    c->busy = busy;
    c->action = action;
    const QModelIndex i = indexFor(host, service);
    Q_EMIT dataChanged(i, i);
}

ServiceStatus ServicesModel::status(const QString &host, Service service) const
{
    const Cell *c = cell(host, service);
    return c ? c->status : ServiceStatus::Unknown;
}

int ServicesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hosts.size());
}

int ServicesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

QString ServicesModel::statusText(ServiceStatus status)
{
    switch (status) {
    case ServiceStatus::Active:
        return tr("active");
    case ServiceStatus::Inactive:
        return tr("inactive");
    case ServiceStatus::Failed:
        return tr("failed");
    case ServiceStatus::Absent:
        return tr("not installed");
    case ServiceStatus::Starting:
        return tr("starting");
    case ServiceStatus::Unknown:
        break;
    }
    return tr("unknown");
}

QString ServicesModel::shortReason(const QString &detail)
{
    const auto has = [&](const char *word) { return detail.contains(QLatin1String(word), Qt::CaseInsensitive); };
    if (detail.isEmpty())
        return {};
    if (has("host key"))
        return tr("host key");
    if (has("auth") || has("permission denied") || has("password") || has("passphrase"))
        return tr("login failed");
    if (has("resolve") || has("not known") || has("no such host"))
        return tr("unknown host");
    if (has("timed out") || has("timeout"))
        return tr("SSH timeout");
    if (has("sudo"))
        return tr("needs sudo");
    return tr("no SSH");
}

QVariant ServicesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &host = m_hosts.at(index.row());
    const Service service = m_services.at(index.column());
    const Cell *c = cell(host, service);
    const ServiceStatus status = c ? c->status : ServiceStatus::Unknown;
    const bool busy = c && c->busy;
    switch (role) {
    case Qt::DisplayRole:
        if (busy)
            return tr("%1…").arg(c->action);
        if (status == ServiceStatus::Unknown && c && !c->detail.isEmpty())
            return tr("%1 (%2)").arg(statusText(status), shortReason(c->detail));
        return statusText(status);
    case Qt::ToolTipRole:
        if (c && !c->detail.isEmpty())
            return tr("%1 on %2: %3 (%4)")
                .arg(cluster::serviceName(service), host, statusText(status), c->detail);
        return tr("%1 on %2: %3").arg(cluster::serviceName(service), host, statusText(status));
    case Qt::ForegroundRole:
        switch (status) {
        case ServiceStatus::Active:
            return StateColorPalette().brush(StateColorPalette::Role::Ok);
        case ServiceStatus::Failed:
            return StateColorPalette().brush(StateColorPalette::Role::Error);
        case ServiceStatus::Starting:
            return StateColorPalette().brush(StateColorPalette::Role::Warning);
        case ServiceStatus::Inactive:
        case ServiceStatus::Absent:
        case ServiceStatus::Unknown:
            return StateColorPalette().brush(StateColorPalette::Role::Muted);
        }
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case StatusRole:
        return int(status);
    case ServiceRole:
        return int(service);
    case HostRole:
        return host;
    case BusyRole:
        return busy;
    case DetailRole:
        return c ? c->detail : QString();
    default:
        return {};
    }
}

QVariant ServicesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_services.size() ? cluster::serviceName(m_services[section])
                                                           : QVariant();
    return section >= 0 && section < m_hosts.size() ? m_hosts[section] : QVariant();
}

} // namespace mc::models
