#pragma once

#include "core/audit/AuditLog.h"

#include <QAbstractTableModel>

namespace mc::models {

// The audit lines the Audit page shows (already filtered by AuditLog::read()),
// newest first.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Cluster, Action, Targets, Result, Duration, User, FrontEnd, Error, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // `entries` oldest first, as the log reads.
    void setEntries(const QList<audit::AuditEntry> &entries);
    [[nodiscard]] const audit::AuditEntry &entry(int row) const { return m_entries.at(row); }
    [[nodiscard]] const QList<audit::AuditEntry> &entries() const { return m_entries; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    QList<audit::AuditEntry> m_entries; // newest first
};

} // namespace mc::models
